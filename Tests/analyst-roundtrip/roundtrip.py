#!/usr/bin/env python3
"""The SPSS and Stata files of `qdsl compile` put to use, and compared with the codebook CSV.

For every questionnaire given: compile it (codebook CSV, SPSS syntax, Stata do-file), and for each of its data
files (the instrument's, and one per repeat, each with its own `.sps` and `.do`) make a data file of simulated
rows from the codebook (every code, missing codes and empty answers included), then

- SPSS: GNU PSPP reads the data (GET DATA), runs the `.sps` as it is and saves a `.sav`; this is done in each of
  PSPP's three syntax modes (auto, the default for files; batch; interactive), and PSPP must report no error or
  warning. pyreadstat reads each `.sav` back: its variables, variable labels, value labels and user-missing
  values must be those of the codebook CSV (labels cut to SPSS's limits as docs/outputs.md says), and the data
  must be the data written.
- Stata (not free, so not run): `stata_do.py` reads the `.do` the way Stata would (its lexical rules for
  comments, `///` continuations, compound quotes and macro characters), checks that every line is a command of
  the expected form with valid names, and compares the labels and extended missing values it defines with the
  codebook CSV.

Usage: roundtrip.py QDSL_BINARY FILE.qdsl...   Prints one line per check; exits 1 on any difference.
"""
import math
import os
import re
import subprocess
import sys
import tempfile

import pyreadstat

from codebook import by_level, label, read_codebook, simulate, truncate_bytes, write_data
import stata_do

RESPONDENTS = 40
SPSS_VARIABLE_LABEL_BYTES = 255
SPSS_VALUE_LABEL_BYTES = 120
PSPP_MESSAGE = re.compile(r"^(\S+?):(\d+)(?:\.\d+(?:-\d+(?:\.\d+)?)?)?: (error|warning)", re.M)


def get_data(path, variables, rows):
    """PSPP syntax that reads the data CSV, with a format for each variable (strings as wide as their data)."""
    specs = []
    for i, v in enumerate(variables):
        if v.is_numeric:
            specs.append("%s F20.%d" % (v.name, 4 if v.storage == "decimal" else 0))
        else:
            width = max([len(r[i].encode("utf-8")) for r in rows] + [1])
            specs.append("%s A%d" % (v.name, width))
    # One line for the variable list: a line that begins with a name could begin a command (see SPSSWriter).
    return (
        "GET DATA /TYPE=TXT /FILE='%s' /ENCODING='UTF-8' /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2\n"
        "  /DELIMITERS=',' /QUALIFIER='\"' /VARIABLES=%s.\n" % (path, " ".join(specs))
    )


def undeclared_missing(sps):
    """The missing codes that the .sps says it cannot declare (SPSS takes three per variable), by variable."""
    out = {}
    for m in re.finditer(r"^\* SPSS allows three missing values per variable: (\S+) also has the missing codes "
                         r"([-0-9, ]+), which are not declared missing here\.$", sps, re.M):
        out[m.group(1)] = {int(c) for c in m.group(2).split(",")}
    return out


def compare_sav(sav, variables, rows, sps, problems):
    data, meta = pyreadstat.read_sav(sav, user_missing=True, output_format="dict")
    names = [v.name for v in variables]
    if meta.column_names != names:
        problems.append("variables: %s, expected %s" % (meta.column_names, names))
        return
    undeclared = undeclared_missing(sps)
    ranges = meta.missing_ranges or {}
    for i, v in enumerate(variables):
        want_label = label(v.label, truncate_bytes, SPSS_VARIABLE_LABEL_BYTES)
        got = meta.column_names_to_labels.get(v.name) or ""
        if got != want_label:
            problems.append("%s: variable label %r, expected %r" % (v.name, got, want_label))
        want = {float(c): label(l, truncate_bytes, SPSS_VALUE_LABEL_BYTES) for c, l, _ in v.values} \
            if v.is_coded else {}
        have = meta.variable_value_labels.get(v.name, {})
        if have != want:
            problems.append("%s: value labels %r, expected %r" % (v.name, have, want))
        # User-missing values: exactly the missing codes (less those the .sps says it cannot declare) fall into
        # the declared values and ranges, and no other code does.
        declared = ranges.get(v.name, [])
        for code, _, missing in v.values if v.is_coded else []:
            covered = any(r["lo"] <= code <= r["hi"] for r in declared)
            expected = missing and code not in undeclared.get(v.name, set())
            if covered != expected:
                problems.append("%s: code %d is %sdeclared missing" % (v.name, code, "" if covered else "not "))
        if not v.is_coded and declared:
            problems.append("%s: missing values %r on a variable without values" % (v.name, declared))
        # The data are the data written.
        column = data[v.name]
        for r, row in enumerate(rows):
            value, text = column[r], row[i]
            if v.is_numeric:
                empty = value is None or math.isnan(value)
                same = (text == "" and empty) or (text != "" and not empty
                                                  and math.isclose(value, float(text), abs_tol=1e-9))
            else:
                same = (value or "").rstrip(" ") == text
            if not same:
                problems.append("%s, respondent %d: %r read back as %r" % (v.name, r + 1, text, value))
                break


def spss(qdsl_file, out, suffix, variables, rows, problems):
    """`suffix` is the level's part of the file names: '' for the instrument's file, '.NAME' for a repeat's."""
    stem = os.path.basename(qdsl_file)[: -len(".qdsl")]
    sps_path = os.path.join(out, stem + suffix + ".sps")
    sps = open(sps_path, encoding="utf-8").read()
    with open(os.path.join(out, "get.sps"), "w", encoding="utf-8") as f:
        f.write(get_data(os.path.join(out, "data%s.csv" % suffix), variables, rows))
    for mode, flag in (("auto", []), ("batch", ["--batch"]), ("interactive", ["--interactive"])):
        sav = os.path.join(out, "%s%s-%s.sav" % (stem, suffix, mode))
        with open(os.path.join(out, "save.sps"), "w", encoding="utf-8") as f:
            f.write("SAVE OUTFILE='%s'.\n" % sav)
        run = subprocess.run(["pspp"] + flag + ["-o", os.path.join(out, "pspp.txt"), os.path.join(out, "get.sps"),
                                                sps_path, os.path.join(out, "save.sps")],
                             capture_output=True, text=True)
        listing = run.stdout + run.stderr
        if os.path.exists(os.path.join(out, "pspp.txt")):
            listing += open(os.path.join(out, "pspp.txt"), encoding="utf-8", errors="replace").read()
        messages = PSPP_MESSAGE.findall(listing)
        if run.returncode != 0 or messages or not os.path.exists(sav):
            problems.append("PSPP (%s mode) exited %d:\n%s" % (mode, run.returncode, listing[-3000:]))
            continue
        compare_sav(sav, variables, rows, sps, problems)


def main():
    qdsl, files = sys.argv[1], sys.argv[2:]
    failed = 0
    for qdsl_file in files:
        stem = os.path.basename(qdsl_file)[: -len(".qdsl")]
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([qdsl, "compile", qdsl_file, "-o", out, "--target", "codebook-csv,spss,stata",
                            "--color", "never"], check=True, capture_output=True)
            variables, language = read_codebook(os.path.join(out, stem + ".codebook.csv"))
            levels = by_level(variables)
            # One .sps and one .do per data file, and no other.
            for extension in (".sps", ".do"):
                written = sorted(f for f in os.listdir(out) if f.endswith(extension))
                expected = sorted(stem + ("." + level if level else "") + extension for level, _ in levels)
                if written != expected:
                    failed += 1
                    print("FAIL %s: %s files %s, expected %s" % (qdsl_file, extension, written, expected))
            for level, level_variables in levels:
                suffix = "." + level if level else ""
                rows = simulate(level_variables, RESPONDENTS)
                write_data(os.path.join(out, "data%s.csv" % suffix), level_variables, rows)
                for name, check in (("SPSS (PSPP, pyreadstat)", spss), ("Stata (static)", stata_check)):
                    problems = []
                    check(qdsl_file, out, suffix, level_variables, rows, problems)
                    where = "%s%s" % (qdsl_file, " (%s%s.csv)" % (stem, suffix) if levels[1:] else "")
                    if problems:
                        failed += 1
                        print("FAIL %s: %s" % (where, name))
                        for p in problems[:20]:
                            print("     " + p)
                    else:
                        print("ok   %s: %s, %d variables" % (where, name, len(level_variables)))
    sys.exit(1 if failed else 0)


def stata_check(qdsl_file, out, suffix, variables, rows, problems):
    stem = os.path.basename(qdsl_file)[: -len(".qdsl")]
    stata_do.check(open(os.path.join(out, stem + suffix + ".do"), encoding="utf-8").read(), variables, problems)


if __name__ == "__main__":
    main()
