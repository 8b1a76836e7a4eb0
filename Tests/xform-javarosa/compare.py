#!/usr/bin/env python3
"""Runs the shared respondent scenarios (Tests/Scenarios) through JavaRosa on the XForms that
`qdsl compile --target xform` wrote, and compares what JavaRosa finds with what the Swift reference evaluator
expects: the items shown (relevant), the end reached, the constraints that fail and their messages, the required
questions left empty and the value of every calculate, in every iteration of every repeat.

Usage: compare.py XFORM_DIR CLASSPATH [--pyxform]   (CLASSPATH holds ODK_Validate.jar and the compiled
ScenarioRunner; --pyxform: the XForms are pyxform's, of the XLSForms of `qdsl compile --target xlsform`)
Prints one line per scenario and a summary; exits 1 on any disagreement.
"""
import glob
import json
import math
import os
import re
import datetime
import subprocess
import sys
import xml.etree.ElementTree as ET

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
# The jr:preloadParams of each paradata kind whose value the clock gives (the runner fixes them) and of the
# device's properties (the runner's property manager answers them).
CLOCK_PRELOADS = {"start": "start", "end": "end", "today": "today"}
PROPERTY_PRELOADS = {"device": "deviceid", "user": "username"}


def walk(items, out):
    """Every item of a form JSON tree, depth first."""
    for item in items:
        out.append(item)
        if item["kind"] in ("section", "repeat"):
            walk(item["items"], out)
        elif item["kind"] == "if":
            for branch in item["branches"]:
                walk(branch["items"], out)
    return out


class Form:
    """What the comparison needs from a form JSON: each variable's kind, type, list and XForm node name."""

    def __init__(self, path):
        form = json.load(open(path))
        self.lists = form["choices"]
        self.items = walk(form["items"], [])
        self.variables = {}  # qdsl name -> item (question or calculate) or (grid, row)
        self.node_ids = {}  # XForm node name -> qdsl id shown
        self.repeats = {}  # repeat id -> item
        self.paradata = {p["variable"]: p["kind"] for p in form.get("paradata", [])}
        # Sample variables: the collector prefills their hidden fields from the respondent's sample row.
        self.samples = {s["variable"]: dict(s, kind="sample") for s in form.get("sample", [])}
        self.ends = 0
        # A shuffled section's items are asked in the XForm's document order (ODK cannot shuffle groups).
        self.shuffled_sections = any(i["kind"] == "section" and i.get("shuffle") for i in self.items)
        self.variables.update(self.samples)
        for item in self.items:
            kind = item["kind"]
            if kind == "repeat":
                self.repeats[item["id"]] = item
            if kind == "question":
                self.variables[item["id"]] = item
                self.node_ids[item["id"]] = item["id"]
            elif kind == "grid":
                self.node_ids[item["id"]] = item["id"]
                for row in item["rows"]:
                    self.variables[row["id"]] = {"kind": "row", "type": "one", "choices": item["choices"],
                                                 "node": row["variable"]}
            elif kind in ("calculate", "note", "section"):
                if kind == "calculate":
                    self.variables[item["id"]] = item
                self.node_ids[item["id"]] = item["id"]
            elif kind == "end":
                self.ends += 1
                self.node_ids["end_%d" % self.ends] = ("end", self.ends - 1)

    def node(self, name):
        v = self.variables[name]
        return v.get("node", name)

    def code(self, list_name, option):
        for o in self.lists[list_name]:
            if o["name"] == option or o["code"] == option:
                return o
        return None

    @staticmethod
    def answer_date(value):
        if not DATE.match(value):
            return False
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return False
        return True

    def preloads(self, spec, scenario):
        """The collector's values for the paradata of one scenario: ("clock", param, value) for the timestamps and the
        date (the runner writes them into the form) and ("property", name, value) for the device's properties; a
        value given with the answers is the collector's, else start and end are the scenario's `now`."""
        answers = scenario.get("answers", {})
        today = scenario.get("today", spec["today"])
        now = scenario.get("now", spec.get("now", today + "T00:00"))
        out = []
        for variable, kind in self.paradata.items():
            given = answers.get(variable)
            if kind in CLOCK_PRELOADS:
                value = given if isinstance(given, str) else (today if kind == "today" else now)
                out.append(("clock", CLOCK_PRELOADS[kind], value))
            else:
                out.append(("property", PROPERTY_PRELOADS[kind], given if isinstance(given, str) else ""))
        return out

    def answer(self, name, value):
        """The XForm value of an answer, and whether the declared type rejects it (bounds, length, exclusive);
        None when no XForm control could take it at all (the evaluator reports it invalid and treats it as missing)."""
        v = self.variables.get(name)
        if v is None or v["kind"] == "calculate" or value is None:
            return None
        t = v["type"]
        if "default" in v and value in ("", []):
            return "", False  # the respondent cleared the default: the question is left empty
        if t in ("integer", "decimal"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return None
            if t == "integer" and value != int(value):
                return None
            lo, hi = v.get("min"), v.get("max")
            rejected = (lo is not None and value < lo) or (hi is not None and value > hi)
            return (str(int(value)) if t == "integer" else repr(float(value))), rejected
        if t == "text":
            if not isinstance(value, str) or value == "":
                return None
            ml = v.get("maxLength")
            return value, ml is not None and len(value) > ml
        if t == "date":
            if not isinstance(value, str) or not DATE.match(value):
                return None
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                return None
            return value, False
        if t == "time":
            return (value, False) if isinstance(value, str) and TIME.match(value) else None
        if t == "datetime":
            if not isinstance(value, str) or len(value) != 16 or value[10] != "T" or not TIME.match(value[11:]):
                return None
            return (value, False) if self.answer_date(value[:10]) else None
        if t == "one":
            o = self.code(v["choices"], value)
            return (str(o["code"]), False) if o else None
        if t == "many":
            if not isinstance(value, list) or not value:
                return None
            chosen = [self.code(v["choices"], x) for x in value]
            if any(o is None for o in chosen):
                return None
            codes = {o["code"] for o in chosen}
            ordered = [str(o["code"]) for o in self.lists[v["choices"]] if o["code"] in codes]
            exclusive = len(codes) > 1 and any(o["exclusive"] for o in chosen)
            return " ".join(ordered), exclusive
        if t == "rank":
            # Every option once, in the order given; an incomplete ranking is not used (as by the evaluator).
            if not isinstance(value, list):
                return None
            ranked = [self.code(v["choices"], x) for x in value]
            codes = [o["code"] for o in ranked if o is not None]
            if len(codes) != len(value) or len(set(codes)) != len(codes) or len(codes) != len(self.lists[v["choices"]]):
                return None
            return " ".join(str(c) for c in codes), False
        return None


def split_key(key):
    """A node key (`person[2].job[1].hours`) as the prefix of its iterations (`person[2].job[1].`) and its name."""
    cut = key.rfind("].") + 2 if "]." in key else 0
    return key[:cut], key[cut:]


def flatten(form, answers, prefix=""):
    """A scenario's answers as (instance path, value) pairs, a repeat's array of iterations flattened into
    `person[1].age`; and the number of iterations given for each repeat, by the key of its iterations."""
    pairs, counts = [], {}
    for name, value in answers.items():
        if name in form.repeats and isinstance(value, list):
            counts[prefix + name] = len(value)
            for i, iteration in enumerate(value):
                if isinstance(iteration, dict):
                    p, c = flatten(form, iteration, "%s%s[%d]." % (prefix, name, i + 1))
                    pairs += p
                    counts.update(c)
        else:
            pairs.append((prefix + name, value))
    return pairs, counts


def document_order(xform):
    """A sort key for the node paths JavaRosa prints (`/person[2]/job[1]/hours`) in the order of the form:
    JavaRosa appends an iteration made from a template after its parent's other children, so its own order is not
    the form's. Each step counts by its place in the primary instance, then by its iteration's number."""
    instance = next(ET.parse(xform).getroot().iter("{http://www.w3.org/2002/xforms}instance"))
    place = {}

    def visit(element, path):
        for child in element:
            name = child.tag.rsplit("}", 1)[-1]
            place.setdefault(path + "/" + name, len(place))
            visit(child, path + "/" + name)

    visit(next(iter(instance)), "")

    def key(node_path):
        out, generic = [], ""
        for step in node_path.strip("/").split("/"):
            name, _, k = step.partition("[")
            generic += "/" + name
            out.append((place.get(generic, len(place)), int(k[:-1]) if k else 0))
        return out

    return key


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def same_value(expected, actual, item, form):
    """Whether a calculate's XForm value (a string, '' for none) agrees with the evaluator's."""
    if expected is None:
        return actual == ""
    if actual == "":
        return False
    if isinstance(expected, bool):
        return actual == ("1" if expected else "0")
    if isinstance(expected, (int, float)):
        try:
            return math.isclose(float(actual), float(expected), rel_tol=1e-9, abs_tol=1e-9)
        except ValueError:
            return False
    if item["type"] == "one":
        return any(o["name"] == expected and str(o["code"]) == actual for l in form.lists.values() for o in l)
    return actual == expected


def plain_one(form, name):
    """Whether an answer is a `one of` or `many of` question outside repeats."""
    v = form.variables.get(name)
    return "[" not in name and v is not None and v["kind"] == "question" and v["type"] in ("one", "many")


def pivot(form, answers):
    """For the going-back variant: the first answered `one of` question (not a grid row), also inside an
    iteration, and another option of its list, to answer first and then change to the scenario's answer."""
    for path, value in answers:
        v = form.variables.get(split_key(path)[1])
        if v is None or v["kind"] != "question" or v["type"] != "one":
            continue
        o = form.code(v["choices"], value)
        others = [x for x in form.lists[v["choices"]] if o is not None and x["code"] != o["code"]]
        if others:
            return path, str(others[0]["code"]), str(o["code"])
    return None


def state(form, by_node, nodes):
    """What the instance says: the ids shown in order (inside repeats as instance paths, `person[2].age`), the
    end reached, each variable's value ('' when empty or not relevant) and each node's (relevant, value) by its
    key.

    A repeat is shown where its hidden count (`person-count`) is relevant, and its iteration k where the
    iteration's element is relevant and k is within that count: the XForm keeps iterations beyond it (left over
    when the count went down, or added by the collector after the list ended) out of the data."""
    shown, end, values, raw = [], None, {}, {}
    for node_path, key, relevant, value in nodes:
        raw[key] = (relevant, value)
    for node_path, key, relevant, value in nodes:
        if "/qdsl-universes" in node_path:
            continue  # the hidden calculates that hold long universes: read by the binds, compared through them
        prefix, leaf = split_key(key)
        if leaf in by_node:
            values[prefix + by_node[leaf]] = value if relevant else ""
        if not relevant or node_path.startswith("/meta"):
            continue
        if leaf.endswith("]") and leaf[: leaf.rfind("[")] in form.repeats:
            name = leaf[: leaf.rfind("[")]
            counted, count = raw.get(prefix + name + "-count", (False, ""))
            if counted and count != "" and int(leaf[leaf.rfind("[") + 1: -1]) <= int(count):
                shown.append(key)
            continue
        if leaf.endswith("-count") and leaf[: -len("-count")] in form.repeats:
            shown.append(prefix + leaf[: -len("-count")])
            continue
        if prefix and leaf == split_key(prefix[:-1])[1].split("[")[0]:
            continue  # an iteration's option (the key column of a `for each` over options)
        ident = form.node_ids.get(leaf)
        if isinstance(ident, tuple):
            end = end if end is not None else ident[1]
        elif ident is not None:
            shown.append(prefix + ident)
    return shown, end, values, raw


def compare_state(form, expect, shown, end, values, raw, problems):
    """The parts of a scenario's expectations that the final instance decides."""
    if "shown" in expect and form.shuffled_sections and sorted(shown) != sorted(expect["shown"]):
        problems.append("shown differs (a shuffled section, compared without order): expected %s, JavaRosa %s" % (
            sorted(expect["shown"]), sorted(shown)))
    elif "shown" in expect and not form.shuffled_sections and shown != expect["shown"]:
        missing = [x for x in expect["shown"] if x not in shown]
        extra = [x for x in shown if x not in expect["shown"]]
        problems.append("shown differs: JavaRosa lacks %s, has extra %s" % (missing, extra))
        if not missing and not extra:
            at = next(i for i, (a, b) in enumerate(zip(shown, expect["shown"])) if a != b)
            problems.append("  in another order from %d: expected %s, JavaRosa %s" % (
                at, expect["shown"][at:at + 4], shown[at:at + 4]))
    for ident in expect.get("shownIncludes", []):
        if ident not in shown:
            problems.append("%s is not relevant in JavaRosa" % ident)
    for ident in expect.get("hidden", []):
        if ident in shown:
            problems.append("%s is relevant in JavaRosa" % ident)
    if "end" in expect:
        want = None if expect["end"] is None else expect["end"]["index"]
        if want != end:
            problems.append("end: expected %s, JavaRosa %s" % (want, end))
    # The codebook's 0/1 columns of each `many of` question (in each iteration) follow its answer.
    for key, answer in values.items():
        prefix, name = split_key(key)
        item = form.variables.get(name)
        if item is None or item["kind"] != "question" or item["type"] != "many":
            continue
        chosen = answer.split()
        for option, column in zip(form.lists[item["choices"]], item["variables"]):
            relevant, flag = raw.get(prefix + column, (False, None))
            want = "" if not chosen else ("1" if str(option["code"]) in chosen else "0")
            if (flag if relevant else "") != want:
                problems.append("column %s: expected %r, JavaRosa %r" % (prefix + column, want, flag))
    # The rank columns of each `rank of` question: the option's place in the answer, 1 for the first.
    for key, answer in values.items():
        prefix, name = split_key(key)
        item = form.variables.get(name)
        if item is None or item["kind"] != "question" or item["type"] != "rank":
            continue
        ranked = answer.split()
        for option, column in zip(form.lists[item["choices"]], item["variables"]):
            relevant, rank = raw.get(prefix + column, (False, None))
            want = str(ranked.index(str(option["code"])) + 1) if str(option["code"]) in ranked else ""
            if (rank if relevant else "") != want:
                problems.append("column %s: expected %r, JavaRosa %r" % (prefix + column, want, rank))
    # The order ODK shows a shuffled question's options in (its own randomize(), not qdsl's generator): every code of
    # the list once, wherever the question is relevant.
    for key, (relevant, order) in raw.items():
        prefix, name = split_key(key)
        section = next((i for i in form.items if i["kind"] == "section" and i.get("shuffle") == name), None)
        if section is not None and relevant:
            # ODK asks a group's items in the order written, which the section's order column records.
            written = " ".join(i.get("id", i["kind"]) for i in section["items"])
            if order != written:
                problems.append("order %s: expected %r (the order written), JavaRosa %r" % (key, written, order))
            continue
        item = next((i for i in form.items if i["kind"] == "question" and i.get("shuffle") == name), None)
        if item is None or not relevant:
            continue
        codes = sorted(str(o["code"]) for o in form.lists[item["choices"]])
        if sorted((order or "").split()) != codes:
            problems.append("order %s: expected a permutation of %s, JavaRosa %r" % (key, codes, order))
    for ident, want in (expect.get("calculates") or {}).items():
        if not same_value(want, values.get(ident, ""), form.variables[split_key(ident)[1]], form):
            problems.append("calculate %s: expected %r, JavaRosa %r" % (ident, want, values.get(ident)))
    # The answers defaults filled (in the instance, or by setvalue), and the defaults the respondent cleared.
    for ident, want in (expect.get("values") or {}).items():
        item = form.variables.get(split_key(ident)[1])
        if item is None or "default" not in item:
            continue
        actual = values.get(ident, "")
        if isinstance(want, list):
            codes = sorted(str(form.code(item["choices"], x)["code"]) for x in want)
            ok = sorted(actual.split()) == codes
        else:
            ok = same_value(want, actual, item, form)
        if not ok:
            problems.append("answer %s (with a default): expected %r, JavaRosa %r" % (ident, want, actual))


def compare_findings(form, by_node, expect, got, rejected, problems):
    """The parts that the first pass through the form decides: failed constraints, messages, required."""
    end = expect.get("end")
    if end:
        text = got["texts"].get("end_%d" % (end["index"] + 1))
        if text != end["message"]:
            problems.append("end message: expected %r, JavaRosa %r" % (end["message"], text))
    def qdsl(key):
        prefix, leaf = split_key(key)
        return prefix + by_node.get(leaf, leaf)

    violated = {qdsl(n): m for n, m in got["violated"].items()}
    # A soft check is no constraint in the XForm: its message is the note QUESTION-soft, shown while it fails.
    soft = {}
    for check in expect.get("failedChecks", []) or []:
        if check.get("soft"):
            soft.setdefault(check["question"], []).append(check["message"])
    if "failedChecks" in expect:
        for key, text in got["texts"].items():
            if key.endswith("-soft"):
                question = qdsl(key[: -len("-soft")])
                if question not in soft:
                    problems.append("the soft check note of %s is shown in JavaRosa: %r" % (question, text))
        for question, lines in soft.items():
            prefix, leaf = split_key(question)
            key = prefix + form.node(leaf) + "-soft"
            if got["texts"].get(key) != "\n".join(lines):
                problems.append("soft checks of %s: expected %r, JavaRosa %r" % (
                    question, "\n".join(lines), got["texts"].get(key)))
    # The wording shown for an item: its text variant that holds, else its text.
    for ident, want in (expect.get("texts") or {}).items():
        prefix, leaf = split_key(ident)
        node = form.node(leaf) if leaf in form.variables else leaf
        if got["texts"].get(prefix + node) != want:
            problems.append("text of %s: expected %r, JavaRosa %r" % (ident, want, got["texts"].get(prefix + node)))
    if "failedChecks" in expect or "invalidAnswers" in expect:
        want = {c["question"] for c in expect.get("failedChecks", []) if not c.get("soft")} | {
            a["name"] for a in expect.get("invalidAnswers", []) or []
            if a["problem"] in ("outOfRange", "tooLong", "exclusiveWithOthers") and a["name"] not in form.samples}
        if "invalidAnswers" not in expect:
            # Only the failed checks are given: the answers that break their type are known from the form.
            want |= rejected
        if want != set(violated):
            problems.append("failed constraints: expected %s, JavaRosa %s" % (sorted(want), sorted(violated)))
        # The message shows the messages of the failing checks, one per line.
        messages = {}
        for check in expect.get("failedChecks", []):
            if not check.get("soft"):
                messages.setdefault(check["question"], []).append(check["message"])
        # pyxform's XForm of the exported XLSForm (--pyxform) writes the line breaks of an expression's literals as
        # spaces (QD5102): its messages are the same but for that.
        joiner = " " if PYXFORM else "\n"
        for question, lines in messages.items():
            if question not in rejected and violated.get(question) != joiner.join(lines):
                problems.append("message of %s: expected %r, JavaRosa %r" % (
                    question, joiner.join(lines), violated.get(question)))
    for r in rejected:
        if r not in violated:
            problems.append("%s breaks its declared type but JavaRosa accepts it" % r)
        elif not violated[r]:
            problems.append("%s breaks its declared type and JavaRosa shows an empty message" % r)
    if "requiredUnanswered" in expect:
        want = [x for x in expect["requiredUnanswered"] if x not in rejected]
        have = [qdsl(n) for n in got["required"]]
        if want != have:
            problems.append("required unanswered: expected %s, JavaRosa %s" % (want, have))


PYXFORM = "--pyxform" in sys.argv[3:]


def main():
    xform_dir, classpath = sys.argv[1], sys.argv[2]
    passed = failed = 0
    # The shared scenarios, and the XForm's own (repeats the shared ones do not reach).
    specs = glob.glob("Tests/Scenarios/*.scenarios.json") + glob.glob("Tests/xform-javarosa/scenarios/*.scenarios.json")
    for spec_path in sorted(specs):
        spec = json.load(open(spec_path))
        form = Form(spec["form"])
        by_node = {v.get("node", k): k for k, v in form.variables.items()}
        stem = os.path.basename(spec["source"])[: -len(".qdsl")]
        xform = os.path.join(xform_dir, stem + ".xform.xml")
        requests = ["form\t" + xform]
        requests += ["repeat\t" + name for name in form.repeats]
        runs = []  # (scenario, label, rejected, going back)
        for scenario in spec["scenarios"]:
            rejected, lines, prefills = set(), [], []
            answers, counts = flatten(form, scenario["answers"])
            for path, value in answers:
                prefix, name = split_key(path)
                converted = form.answer(name, value)
                if converted is None:
                    continue
                text, is_rejected = converted
                if name in form.samples:
                    # A value the type rejects is missing for the evaluator: the collector leaves the field empty.
                    if not is_rejected:
                        prefills.append("prefill\t%s\t%s" % (name, escape(text)))
                    continue
                if is_rejected:
                    rejected.add(path)
                lines.append((prefix + form.node(name), escape(text), "reject" if is_rejected else "keep"))
            # The collector adds as many iterations of an "add another" repeat as the scenario has.
            added = ["iterations\t%s\t%d" % c for c in counts.items()
                     if form.repeats[split_key(c[0])[1]]["driver"]["kind"] == "while"]
            variants = [(scenario["name"], lines, [])]
            # Going back: answer one question differently first, go on, then change it to the scenario's answer and
            # go through the form again; the instance must end up as if it had been answered so from the start.
            p = pivot(form, answers)
            # The XForm drops the options of an answer outside repeats that an earlier answer, changed, no longer
            # offers (a setvalue on the earlier answer's change); JavaRosa keeps a repeated one (the evaluator clears
            # it, docs/outputs.md "What does not map exactly"): such a scenario is not run going back.
            not_offered = any(a.get("problem") == "notOffered" and not plain_one(form, a["name"])
                              for a in scenario["expect"].get("invalidAnswers", []) or [])
            if not_offered and p is not None:
                print("skip %s: %s (going back): JavaRosa keeps an answer its filter no longer offers"
                      % (os.path.basename(spec_path), scenario["name"]))
            if p is not None and not not_offered:
                prefix, name = split_key(p[0])
                node = prefix + form.node(name)
                first = [(n, p[1], k) if n == node else (n, t, k) for n, t, k in lines]
                variants.append((scenario["name"] + " (going back)", first, [(node, p[2])]))
            for label, answer_lines, changes in variants:
                requests.append("language\t" + scenario.get("language", spec["language"]))
                requests.append("today\t" + scenario.get("today", spec["today"]))
                requests.append("scenario\t" + label)
                requests += ["%s\t%s\t%s" % (kind, name, escape(value)) for kind, name, value in form.preloads(spec, scenario)]
                requests += prefills
                requests += ["answer\t%s\t%s\t%s" % a for a in answer_lines]
                requests += added
                requests += ["change\t%s\t%s" % c for c in changes]
                requests.append("run")
                runs.append((scenario, label, rejected, bool(changes)))
        run = subprocess.run(["java", "-cp", classpath, "ScenarioRunner"], input="\n".join(requests) + "\n",
                             capture_output=True, text=True, encoding="utf-8")
        if run.returncode != 0:
            print("error: JavaRosa failed on %s:\n%s" % (xform, run.stderr[-3000:]))
            sys.exit(1)
        order = document_order(xform)
        results = {}
        current = None
        for line in run.stdout.splitlines():
            f = line.split("\t")
            if f[0] == "scenario":
                current = results.setdefault(f[1], {"nodes": [], "after": [], "violated": {}, "required": [], "texts": {}})
                nodes = current["nodes"]
            elif f[0] == "changed":
                nodes = current["after"]
            elif f[0] == "node":
                nodes.append((f[1], f[2], f[3] == "1", f[4] if len(f) > 4 else ""))
            elif f[0] == "violated":
                current["violated"][f[1]] = f[2].replace("\\n", "\n") if len(f) > 2 else ""
            elif f[0] == "required":
                current["required"].append(f[1])
            elif f[0] == "text" and nodes is current["nodes"]:
                current["texts"][f[1]] = f[2].replace("\\n", "\n") if len(f) > 2 else ""
        for got in results.values():
            got["nodes"].sort(key=lambda n: order(n[0]))
            got["after"].sort(key=lambda n: order(n[0]))
        for scenario, label, rejected, going_back in runs:
            expect, got, problems = scenario["expect"], results.get(label), []
            if got is None:
                problems.append("no result from JavaRosa")
            elif going_back:
                compare_state(form, expect, *state(form, by_node, got["after"]), problems)
            else:
                compare_state(form, expect, *state(form, by_node, got["nodes"]), problems)
                compare_findings(form, by_node, expect, got, rejected, problems)
            label = "%s: %s" % (os.path.basename(spec_path), label)
            if problems:
                failed += 1
                print("FAIL " + label)
                for p in problems:
                    print("     " + p)
            else:
                passed += 1
                print("ok   " + label)
    print("JavaRosa agreed with the evaluator on %d of %d scenario runs" % (passed, passed + failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
