#!/usr/bin/env python3
"""JavaRosa agrees with the pattern dialect of matches(): every case of Tests/Patterns/cases.json, with the XForm's
translation of its pattern (Tests/Patterns/xform.json, written by the Swift tests), and every random case of
Tests/Patterns/random.json goes through JavaRosa's XPath regex() as `regex(TEXT, PATTERN)`, and the result must be
the case's expectation (which the Swift matcher and the preview's JavaScript runtime are tested against too).

Usage: python3 Tests/xform-javarosa/patterns.py CLASSPATH (ODK_Validate.jar, as for compare.py)."""
import base64, json, os, subprocess, sys, tempfile

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def literal(text):
    """An XPath 1.0 string literal (no escapes): concat() of pieces when the text has both quotes."""
    if "'" not in text:
        return "'" + text + "'"
    if '"' not in text:
        return '"' + text + '"'
    return "concat(" + ", ".join(literal(p) if p else "''" for p in _pieces(text)) + ")"


def _pieces(text):
    out, cur = [], ""
    for ch in text:
        if ch == "'":
            if cur:
                out.append(cur)
            out.append("'")
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


cases = json.load(open(os.path.join(root, "Tests/Patterns/cases.json"), encoding="utf-8"))
xform = json.load(open(os.path.join(root, "Tests/Patterns/xform.json"), encoding="utf-8"))
assert len(cases) == len(xform), "Tests/Patterns/xform.json is stale: run the Swift tests with QDSL_BLESS=1"
# Random patterns and texts with the Swift matcher's results and the XForm's patterns (PatternTests.swift).
for case in json.load(open(os.path.join(root, "Tests/Patterns/random.json"), encoding="utf-8")):
    cases.append(case)
    xform.append(case["xform"])
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    for case, pattern in zip(cases, xform):
        expression = "regex(%s, %s)" % (literal(case["text"]), literal(pattern))
        f.write(base64.b64encode(expression.encode("utf-8")).decode("ascii") + "\n")
    lines = f.name
runner = os.path.join(root, "Tests/xform-javarosa/PatternRunner.java")
out = subprocess.run(["java", "-cp", sys.argv[1], runner, lines], capture_output=True, text=True, encoding="utf-8")
os.unlink(lines)
if out.returncode != 0:
    sys.exit(out.stderr)
results = out.stdout.splitlines()
failures = [
    "%r on %r: expected %s, JavaRosa gives %s" % (c["pattern"], c["text"], str(c["matches"]).lower(), r)
    for c, r in zip(cases, results)
    if r != str(c["matches"]).lower()
]
if len(results) != len(cases):
    failures.append("JavaRosa gave %d results for %d cases" % (len(results), len(cases)))
for line in failures:
    print(line)
print("patterns: %d cases, %d disagree with JavaRosa" % (len(cases), len(failures)))
sys.exit(1 if failures else 0)
