#!/usr/bin/env python3
"""The round trip of real XLSForms (Tests/Fixtures/xlsforms): for each form, pyxform's XForm of the original
against qdsl's XForm of its import (the same data variables, types, and options of each select), then the import
exported back to an XLSForm and converted by pyxform with ODK Validate.

Relevance: with CLASSPATH (ODK_Validate.jar and Tests/xform-javarosa's compiled ScenarioRunner), both XForms run
the same respondent scenarios through JavaRosa (nothing answered; every question outside repeats answered with
its first option, 1, "x" or a date; then with its last option), and the shared variables must be relevant alike.

Usage: realforms.py QDSL_BINARY [CLASSPATH] [--bless]   compares the report with
Tests/Fixtures/xlsforms/comparison.txt (--bless rewrites it) and exits 1 when it differs or an exported XLSForm
is rejected.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

from pyxform.xls2xform import xls2xform_convert

FOLDER = "Tests/Fixtures/xlsforms"
NS = {"h": "http://www.w3.org/1999/xhtml", "x": "http://www.w3.org/2002/xforms"}
X = "{http://www.w3.org/2002/xforms}"
ITEXT = re.compile(r"jr:itext\('choices/([^/']+)/([^']+)'\)")


def local(tag):
    return tag.split("}")[-1]


def variables(xform, qdsl):
    """The data variables of an XForm: leaf elements of the primary instance (meta and, for qdsl's, the helper
    elements with a hyphen left out), each with its bind type, and the options of each select by name."""
    root = ET.parse(xform).getroot()
    model = root.find("h:head/x:model", NS)
    main = next(i for i in model.findall("x:instance", NS) if i.get("id") is None)[0]
    binds = {b.get("nodeset"): b for b in model.findall("x:bind", NS)}
    out = {}

    def walk(element, path):
        seen = set()
        for child in element:
            name = local(child.tag)
            if name in ("meta",) or name in seen:
                continue
            seen.add(name)
            if qdsl and ("-" in name or name.startswith("qdsl")):
                continue
            p = path + "/" + name
            if len(child):
                walk(child, p)
            else:
                bind = binds.get(p)
                out[p] = [bind.get("type", "string") if bind is not None else "string", None]

    repeats = set()
    for r in root.find("h:body", NS).iter(X + "repeat"):
        repeats.add(r.get("nodeset"))
    walk(main, "/" + local(main.tag))
    secondary = {i.get("id"): i for i in model.findall("x:instance", NS) if i.get("id")}
    for control in root.find("h:body", NS).iter():
        if local(control.tag) not in ("select1", "select", "rank") or control.get("ref") not in out:
            continue
        names = []
        for item in control.findall("x:item", NS):
            label = item.find("x:label", NS)
            m = ITEXT.match(label.get("ref", "")) if label is not None else None
            names.append(m.group(2) if m else item.findtext("x:value", default="", namespaces=NS))
            VALUES[(xform, names[-1])] = item.findtext("x:value", default="", namespaces=NS)
        itemset = control.find("x:itemset", NS)
        if itemset is not None:
            m = re.search(r"instance\('([^']+)'\)", itemset.get("nodeset", ""))
            inst = secondary.get(m.group(1)) if m else None
            for item in inst.iter(X + "item") if inst is not None else []:
                label = item.findtext(X + "qdsl_label")
                names.append(label.split("/")[-1] if label else item.findtext(X + "name"))
                VALUES[(xform, names[-1])] = item.findtext(X + "qdsl_code") or item.findtext(X + "name")
        out[control.get("ref")][1] = names
        out[control.get("ref")].append(local(control.tag))
    for p, v in out.items():
        v.append(p.count("/") and any(p.startswith(r + "/") for r in repeats))
    # The paths by element name: the importer keeps names, groups may differ.
    return {p.split("/")[-1]: v for p, v in out.items()}


VALUES = {}  # (xform, option name) -> the XForm's value of that option


def scenario_answers(xform, variables, which):
    """The answers of one scenario for an XForm: each question outside repeats with a value of its type."""
    lines = []
    for name, (kind, options, *rest) in sorted(variables.items()):
        control = rest[0] if rest and isinstance(rest[0], str) else None
        in_repeat = rest[-1] if rest else False
        if in_repeat or which == "none":
            continue
        if options:
            option = options[0] if which == "first" else options[-1]
            value = VALUES.get((xform, option))
            if value is None:
                continue
        elif kind == "int":
            value = "1" if which == "first" else "7"
        elif kind == "decimal":
            value = "1.5"
        elif kind == "string" and control is None:
            continue  # a calculate, a note or a hidden field
        elif kind == "string":
            value = "x"
        elif kind == "date":
            value = "2024-01-31"
        else:
            continue
        lines.append("answer\t%s\t%s\tkeep" % (name, value))
    return lines


def relevance(classpath, xform, variables):
    """Which variables are relevant after each scenario, by name, as JavaRosa finds them."""
    requests = ["form\t" + xform, "language\ten", "today\t2024-05-01"]
    for which in ("none", "first", "last"):
        requests += ["scenario\t" + which] + scenario_answers(xform, variables, which) + ["run"]
    run = subprocess.run(["java", "-cp", classpath, "ScenarioRunner"], input="\n".join(requests) + "\n",
                         capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        return None
    out, current = {}, None
    for line in run.stdout.splitlines():
        f = line.split("\t")
        if f[0] == "scenario":
            current = out.setdefault(f[1], {})
        elif f[0] == "node" and current is not None:
            current[f[2].split(".")[-1]] = f[3] == "1"
    return out


def main():
    qdsl, bless = sys.argv[1], "--bless" in sys.argv[2:]
    classpath = next((a for a in sys.argv[2:] if not a.startswith("--")), None)
    lines, rejected = [], 0
    tmp = tempfile.mkdtemp()
    for form in sorted(glob.glob(os.path.join(FOLDER, "*.xlsx"))):
        stem = os.path.basename(form)[:-5]
        lines.append("## " + stem)
        original = os.path.join(tmp, stem + ".pyxform.xml")
        try:
            xls2xform_convert(form, original, validate=False)
        except Exception as e:
            lines.append("pyxform rejects the original: " + str(e).strip().splitlines()[0][:200])
            continue
        imported = os.path.join(tmp, stem + ".qdsl")
        run = subprocess.run([qdsl, "import", form, "-o", imported, "--color", "never"], capture_output=True, text=True)
        if run.returncode != 0:
            lines.append("not imported: " + run.stderr.strip().splitlines()[0][:200])
            continue
        run = subprocess.run([qdsl, "compile", imported, "-o", tmp, "--target", "xform,xlsform", "--color", "never"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            lines.append("not compiled: the imported form has checker errors (see %s.findings.txt)" % stem)
            continue
        theirs = variables(original, qdsl=False)
        ours = variables(os.path.join(tmp, stem + ".xform.xml"), qdsl=True)
        missing = sorted(n for n in theirs if n not in ours and n.replace("-", "_") not in ours)
        extra = sorted(n for n in ours if n not in theirs and n.replace("_", "-") not in theirs)
        shared = sorted(n for n in theirs if n in ours)
        types = ["%s %s→%s" % (n, theirs[n][0], ours[n][0]) for n in shared if theirs[n][0] != ours[n][0]]
        options = ["%s" % n for n in shared if theirs[n][1] is not None and theirs[n][1] != ours[n][1]]
        lines.append("variables: %d in pyxform's XForm, %d shared" % (len(theirs), len(shared)))
        if missing:
            lines.append("  only in pyxform's: " + ", ".join(missing))
        if extra:
            lines.append("  only in qdsl's: " + ", ".join(extra))
        lines.append("  types differ: " + (", ".join(types) if types else "none"))
        lines.append("  options differ: " + (", ".join(options) if options else "none"))
        if classpath:
            a = relevance(classpath, original, theirs)
            b = relevance(classpath, os.path.join(tmp, stem + ".xform.xml"), ours)
            if a is None or b is None:
                lines.append("  relevance: JavaRosa could not run %s" % ("pyxform's XForm" if a is None else "qdsl's XForm"))
            else:
                differ = sorted({"%s (%s)" % (n, sc) for sc in a for n in shared
                                 if n in a[sc] and n in b.get(sc, {}) and a[sc][n] != b[sc][n]})
                lines.append("  relevance on 3 scenarios: " + (", ".join(differ) if differ else "the same"))
        exported = os.path.join(tmp, stem + ".xlsx")
        try:
            xls2xform_convert(exported, os.path.join(tmp, stem + ".back.xml"), validate=True)
            lines.append("exported XLSForm: pyxform and ODK Validate accept it")
        except Exception as e:
            rejected += 1
            lines.append("exported XLSForm: REJECTED: " + str(e).strip().splitlines()[0][:300])
    report = "\n".join(lines) + "\n"
    golden = os.path.join(FOLDER, "comparison.txt")
    if bless:
        open(golden, "w").write(report)
    print(report)
    same = os.path.exists(golden) and open(golden).read() == report
    if not same:
        print("error: the comparison differs from %s (rerun with --bless after checking the difference)" % golden)
    sys.exit(0 if same and not rejected else 1)


if __name__ == "__main__":
    main()
