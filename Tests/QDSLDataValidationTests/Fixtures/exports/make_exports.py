#!/usr/bin/env python3
"""Writes the export fixtures of ExportAdapterTests: ODK Central's and KoboToolbox's CSV exports of respondents
that `qdsl simulate --data` drew, entered into JavaRosa (the form engine of ODK Collect) on the XForm that
`qdsl compile --target xform` writes, and the qdsl-layout files the adapters must turn them back into.

1. `qdsl simulate --data` draws the respondents (the expected files, their record ids replaced by instance ids).
2. Each record's answers go to Tests/xform-javarosa/ScenarioRunner.java, which enters them question by question as
   a collector would; its dump of the primary instance (every node, relevant or not, with its value) is the
   submission: a node that is not relevant is left out, as JavaRosa's serializer leaves it out. The runner fixes the
   clock's preloads as text; dateTime and time nodes are written here as JavaRosa serializes DateTimeData and
   TimeData (`2024-06-15T14:21:00.000+03:00`, `10:30:00.000+03:00`: seconds, milliseconds, the device's offset).
3. The submissions are written as central-backend's lib/data/briefcase.js writes them (SubmissionDate first; group
   paths joined by `-` or bare names; `KEY`, `SubmitterID`, ... `FormVersion` last; repeat files
   `FORMID-REPEAT.csv` with `PARENT_KEY`, `KEY`; select_multiple split into `q/value` columns for the values seen)
   and as kobotoolbox/formpack's Export writes them (XML names and values, group paths joined by `/` or bare; every
   cell quoted; `_id`, `_uuid` … `_index` last; repeat sheets with `_index`, `_parent_table_name`, `_parent_index`
   and the `_submission_` copies of the submission's metadata).

Usage (from the package root, with ScenarioRunner compiled as in Tests/xform-javarosa/README.md):
  python3 Tests/QDSLDataValidationTests/Fixtures/exports/make_exports.py .build/debug/qdsl CLASSPATH
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2024-06-15"
OFFSET = "+03:00"
# example, respondents, seed, Central's options, whether Kobo's headers have group paths
EXAMPLES = [
    ("household-services", 3, 8, {"group_paths": False, "split": False}, True),
    ("innovation-barometer", 3, 5, {"group_paths": True, "split": True}, False),
]


def walk(items, out):
    for item in items:
        out.append(item)
        if item["kind"] in ("section", "repeat"):
            walk(item["items"], out)
        elif item["kind"] == "if":
            for branch in item["branches"]:
                walk(branch["items"], out)
    return out


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def xform_schema(path, repeats):
    """The instance's tree as central-backend's schema sees it: (name, kind, children) with kind group, repeat or
    field, in document order, a repeat's template and first iteration counted once."""
    root = ET.parse(path).getroot()
    ns = {"xf": "http://www.w3.org/2002/xforms"}
    instance = root.find(".//xf:model/xf:instance", ns)
    data = list(instance)[0]

    def local(tag):
        return tag.split("}")[-1]

    def tree(element):
        out, seen = [], set()
        for child in element:
            name = local(child.tag)
            if name in seen:
                continue
            seen.add(name)
            if name in repeats and len(child):
                out.append((name, "repeat", tree(child)))
            elif len(child):
                out.append((name, "group", tree(child)))
            else:
                out.append((name, "field", []))
        return out

    return tree(data)


class Submission:
    """One record's instance from the runner's dump: values of relevant nodes by their path with iteration
    numbers (`/household/person[2]/name`), and the iterations present."""

    def __init__(self, nodes, types):
        self.values = {}
        for path, relevant, value in nodes:
            if relevant:
                self.values[path] = self.serialize(path, value, types)

    @staticmethod
    def serialize(path, value, types):
        bare = "/".join(s.split("[")[0] for s in path.split("/"))
        kind = types.get(bare)
        if value and kind == "dateTime" and len(value) == 16:
            return value + ":00.000" + OFFSET
        if value and kind == "time" and len(value) == 5:
            return value + ":00.000" + OFFSET
        return value


def bind_types(path):
    root = ET.parse(path).getroot()
    out = {}
    for bind in root.iter("{http://www.w3.org/2002/xforms}bind"):
        nodeset = bind.get("nodeset", "")
        parts = nodeset.split("/")[2:]
        out["/" + "/".join(p.split(":")[-1] for p in parts)] = bind.get("type")
    return out


def run_javarosa(classpath, xform, form, files, layout):
    """Enters each record of the simulated files into JavaRosa; returns the dump of each record's instance."""
    items = walk(form["items"], [])
    repeats = {i["id"]: i for i in items if i["kind"] == "repeat"}
    questions = {}
    for i in items:
        if i["kind"] == "question":
            questions[i.get("variable") or i["id"]] = i
            for v in i.get("variables") or []:
                questions[v] = i
        elif i["kind"] == "grid":
            for r in i["rows"]:
                questions[r["variable"]] = {"kind": "row", "type": "one", "id": r["variable"]}
    paradata = {p["variable"]: p["kind"] for p in form.get("paradata", [])}
    samples = {s["variable"] for s in form.get("sample", []) or []}
    lists = form["choices"]
    requests = ["form\t" + xform] + ["repeat\t" + r for r in repeats]
    main = files[0]
    for row in main[1:]:
        record = row[0]
        cells = dict(zip(main[0], row))
        requests += ["language\t" + form["languages"][0], "today\t" + TODAY, "scenario\t" + record]
        for name, kind in paradata.items():
            value = cells.get(name, "")
            if kind in ("start", "end", "today"):
                requests.append("clock\t%s\t%s" % (kind, value))
            else:
                requests.append("property\t%s\t%s" % ({"device": "deviceid", "user": "username"}[kind], value))
        for name in samples:
            if cells.get(name):
                requests.append("prefill\t%s\t%s" % (name, cells[name]))
        for level, table in zip(layout, files):
            chain = level["chain"]
            keys = level["keys"]
            for r in table[1:]:
                if r[0] != record:
                    continue
                c = dict(zip(table[0], r))
                prefix = "".join("%s[%s]." % (chain[d], c[keys[d + 1]]) for d in range(len(chain)))
                done = set()
                for column in table[0][len(keys):]:
                    q = questions.get(column)
                    if q is None or q["id"] in done or c[column] == "":
                        continue
                    if q["type"] == "many":
                        done.add(q["id"])
                        codes = [str(o["code"]) for o, v in zip(lists[q["choices"]], q["variables"]) if c.get(v) == "1"]
                        requests.append("answer\t%s%s\t%s\tkeep" % (prefix, q.get("variable") or q["id"], " ".join(codes)))
                    elif q["type"] == "rank":
                        done.add(q["id"])
                        ranked = sorted((int(c[v]), str(o["code"])) for o, v in zip(lists[q["choices"]], q["variables"]) if c.get(v))
                        requests.append("answer\t%s%s\t%s\tkeep" % (prefix, q.get("variable") or q["id"], " ".join(x for _, x in ranked)))
                    else:
                        requests.append("answer\t%s%s\t%s\tkeep" % (prefix, column, c[column].replace("\\", "\\\\").replace("\n", "\\n")))
        # "add another" repeats: as many iterations as the simulated record has.
        for level, table in zip(layout, files):
            chain = level["chain"]
            if chain and repeats[chain[-1]]["driver"]["kind"] == "while":
                counts = {}
                for r in table[1:]:
                    if r[0] != record:
                        continue
                    c = dict(zip(table[0], r))
                    outer = "".join("%s[%s]." % (chain[d], c[level["keys"][d + 1]]) for d in range(len(chain) - 1))
                    counts[outer + chain[-1]] = counts.get(outer + chain[-1], 0) + 1
                requests += ["iterations\t%s\t%d" % kv for kv in counts.items()]
        requests.append("run")
    out = subprocess.run(["java", "-cp", classpath, "ScenarioRunner"], input="\n".join(requests) + "\n",
                         capture_output=True, text=True, check=True).stdout
    dumps, current = {}, None
    for line in out.split("\n"):
        f = line.split("\t")
        if f[0] == "scenario":
            current = dumps.setdefault(f[1], [])
        elif f[0] == "node" and current is not None:
            current.append((f[1], f[3] == "1", f[4] if len(f) > 4 else ""))
    return dumps


def central(form_id, version, schema, subs, ids, group_paths, split):
    """central-backend's briefcase CSVs: {file name: text}."""
    tables = {}  # repeat path -> (name, header, rows); "" is the root

    def fields(nodes, path, table_path, out):
        for name, kind, children in nodes:
            p = path + "/" + name
            if kind == "repeat":
                continue
            if kind == "group":
                fields(children, p, table_path, out)
            else:
                out.append(p)

    def repeats_in(nodes, path, out):
        for name, kind, children in nodes:
            p = path + "/" + name
            if kind == "repeat":
                out.append((name, p, children))
            if kind in ("repeat", "group"):
                repeats_in(children, p, out)
        return out

    def header_name(p, table_path):
        return p[len(table_path) + 1:].replace("/", "-") if group_paths else p.split("/")[-1]

    select_values = {}
    for sub in subs:
        for path, value in sub.values.items():
            bare = "/".join(s.split("[")[0] for s in path.split("/"))
            if bare in SELECTS and value:
                for v in value.split():
                    select_values.setdefault(bare, [])
                    if v not in select_values[bare]:
                        select_values[bare].append(v)

    def columns(paths, table_path):
        out = []
        for p in paths:
            out.append((header_name(p, table_path), p, None))
            if split and p in SELECTS:
                for v in select_values.get(p, []):
                    out.append((header_name(p, table_path) + "/" + v, p, v))
        return out

    root_fields = []
    fields(schema, "", "", root_fields)
    root_cols = columns(root_fields, "")
    files = {}
    head = ["SubmissionDate"] + [c[0] for c in root_cols] + [
        "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status",
        "ReviewState", "DeviceID", "Edits", "FormVersion"]
    rows = [head]

    def cell(values, prefix_path, col):
        header, p, v = col
        concrete = prefix_path + p[len(strip(prefix_path)):]
        value = values.get(concrete, "")
        if v is None:
            return value
        return "1" if v in value.split() else "0"

    for sub, key in zip(subs, ids):
        rows.append(["2024-06-15T12:00:00.000Z"] + [cell(sub.values, "", c) for c in root_cols] +
                    [key, "5", "collector", "0", "0", "", "", "collect:qdsl-test", "0", version])
    files["%s.csv" % form_id] = rows
    for name, rpath, children in repeats_in(schema, "", []):
        inner = []
        fields(children, rpath, rpath, inner)
        cols = columns(inner, rpath)
        rows = [[c[0] for c in cols] + ["PARENT_KEY", "KEY"]]
        for sub, key in zip(subs, ids):
            for it in iterations(sub, rpath):
                rows.append([cell(sub.values, it, c) for c in cols] + [parent_key(key, it), key + it])
        files["%s-%s.csv" % (form_id, name)] = rows
    return {n: to_csv(r, quote_all=False) for n, r in files.items()}


def strip(path):
    return "/".join(s.split("[")[0] for s in path.split("/"))


def iterations(sub, rpath, inside=""):
    """The concrete paths of the iterations of the repeat at `rpath` present in a submission, in order (those
    inside the iteration `inside` when given)."""
    out = []
    for path in sub.values:
        if path.endswith("]") and strip(path) == rpath and path.startswith(inside + "/") and path not in out:
            out.append(path)
    return out


def parent_key(key, it):
    segments = it.split("/")
    last = max(i for i, s in enumerate(segments[:-1]) if s.endswith("]")) if any(s.endswith("]") for s in segments[:-1]) else None
    return key if last is None else key + "/".join(segments[: last + 1])


def to_csv(rows, quote_all):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return out.getvalue()


def kobo(form_id, version, schema, subs, ids, lists_of, group_paths):
    """formpack's export sheets of XML values: {file name: text} (the main sheet and one per repeat)."""
    # kpi's COPY_FIELDS (copied into repeat sheets as `_submission_…`), and `__version__` in the main sheet.
    meta = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "_tags"]
    sections = []  # (name, path, parent name, field paths)

    def collect(nodes, path, section):
        for name, kind, children in nodes:
            p = path + "/" + name
            if kind == "repeat":
                sections.append((name, p, section, []))
                collect(children, p, name)
            elif kind == "group":
                if name == "meta":
                    continue
                collect(children, p, section)
            else:
                [s for s in sections if s[0] == section][0][3].append(p)

    sections.append((form_id, "", None, []))
    collect(schema, "", form_id)
    has_children = {s[2] for s in sections}

    def name_of(p):
        return p[1:] if group_paths else p.split("/")[-1]

    def cols(paths):
        out = []
        for p in paths:
            out.append((name_of(p), p, None))
            if p in SELECTS:
                for code in lists_of[p]:
                    out.append((name_of(p) + "/" + code, p, code))
        return out

    files, index = {}, {s[0]: 0 for s in sections}
    for name, path, parent, paths in sections:
        c = cols(paths)
        head = [x[0] for x in c]
        if name == form_id:
            head += meta[:7] + ["__version__", "_tags", "_index"]  # kpi forces `_index`
        else:
            head += (["_index"] if name in has_children else []) + ["_parent_table_name", "_parent_index"]
            head += ["_submission_" + m for m in meta]
        files[name] = [head]
    for n, (sub, key) in enumerate(zip(subs, ids)):
        uuid = key[len("uuid:"):]
        metas = [str(100 + n), uuid, "2024-06-15T12:00:00", "", "[]", "submitted_via_web", "collector", "[]"]

        def value(it, col):
            header, p, code = col
            concrete = it + p[len(strip(it)):]
            v = sub.values.get(concrete, "")
            if code is None:
                return v
            return "" if v == "" else ("1" if code in v.split() else "0")

        def emit(section, it, parent_index):
            name, path, parent, paths = section
            index[name] += 1
            mine = index[name]
            row = [value(it, col) for col in cols(paths)]
            if name == form_id:
                row += metas[:7] + [version, metas[7], str(mine)]
            else:
                row += ([str(mine)] if name in has_children else []) + [parent, str(parent_index)] + metas
            files[name].append(row)
            for child in sections:
                if child[2] == name:
                    for child_it in iterations(sub, child[1], it):
                        emit(child, child_it, mine)

        emit(sections[0], "", 0)
    # The main sheet as kpi's CSV download writes it (formpack's to_csv: every cell quoted, `;` between cells, CRLF);
    # the repeat sheets as the XLS download's sheets saved as CSV.
    out = {}
    for name, rows in files.items():
        if name == form_id:
            out["%s-kobo.csv" % form_id] = "".join(
                '"' + '";"'.join(c.replace('"', '""') for c in r) + '"\r\n' for r in rows)
        else:
            out["%s-kobo-%s.csv" % (form_id, name)] = to_csv(rows, quote_all=True)
    return out


# The paths of the `many of` questions' nodes (select_multiple) of the example being written.
SELECTS = set()


def main():
    qdsl, classpath = sys.argv[1], sys.argv[2]
    root = os.getcwd()
    for stem, respondents, seed, options, kobo_groups in EXAMPLES:
        tmp = tempfile.mkdtemp()
        subprocess.run([qdsl, "compile", "Examples/%s.qdsl" % stem, "--target", "xform", "-o", tmp],
                       check=True, capture_output=True)
        subprocess.run([qdsl, "simulate", "Examples/%s.qdsl" % stem, "--respondents", str(respondents), "--seed",
                        str(seed), "--today", TODAY, "--data", tmp], check=True, capture_output=True)
        form = json.load(open(os.path.join(root, "Tests/QDSLOutputsTests/Golden/%s.form.json" % stem)))
        items = walk(form["items"], [])
        repeats = {i["id"] for i in items if i["kind"] == "repeat"}
        layout = [{"chain": [], "keys": ["record_id"], "id": None}]

        def levels(items_, chain):
            for i in items_:
                if i["kind"] == "repeat":
                    layout.append({"chain": chain + [i["id"]], "keys": i["keys"], "id": i["id"]})
                    levels(i["items"], chain + [i["id"]])
                elif i["kind"] == "section":
                    levels(i["items"], chain)
                elif i["kind"] == "if":
                    for b in i["branches"]:
                        levels(b["items"], chain)

        levels(form["items"], [])
        files = [read_csv(os.path.join(tmp, "%s.csv" % stem if l["id"] is None else "%s.%s.csv" % (stem, l["id"])))
                 for l in layout]
        xform = os.path.join(tmp, "%s.xform.xml" % stem)
        schema = xform_schema(xform, repeats)
        types = bind_types(xform)
        SELECTS.clear()
        lists_of = {}
        for i in items:
            if i["kind"] == "question" and i["type"] == "many":
                for p, t in types.items():
                    if p.split("/")[-1] == (i.get("variable") or i["id"]):
                        SELECTS.add(p)
                        lists_of[p] = [str(o["code"]) for o in form["choices"][i["choices"]]]
        dumps = run_javarosa(classpath, xform, form, files, layout)
        records = [r[0] for r in files[0][1:]]
        ids = ["uuid:00000000-0000-4000-8000-%012d" % int(r) for r in records]
        subs = [Submission(dumps[r], types) for r in records]
        for sub, key in zip(subs, ids):
            sub.values["/meta/instanceID"] = key  # the collector's uid preload, fixed
        form_id = form["survey"]
        version = form.get("version") or ""
        out_dir = os.path.join(HERE, stem)
        os.makedirs(out_dir, exist_ok=True)
        written = central(form_id, version, schema, subs, ids, options["group_paths"], options["split"])
        written.update(kobo(form_id, version, schema, subs, ids, lists_of, kobo_groups))
        # The files `qdsl simulate --data` wrote, their record ids replaced by the submissions' instance ids.
        by_record = dict(zip(records, ids))
        for l, table in zip(layout, files):
            name = "expected.csv" if l["id"] is None else "expected.%s.csv" % l["id"]
            written[name] = to_csv([table[0]] + [[by_record[r[0]]] + r[1:] for r in table[1:]], quote_all=False)
        for name, text in written.items():
            with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            print("wrote", os.path.relpath(os.path.join(out_dir, name), root))


if __name__ == "__main__":
    main()
