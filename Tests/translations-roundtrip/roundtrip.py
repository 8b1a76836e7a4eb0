#!/usr/bin/env python3
"""The translators' round trip, as CI runs it (docs/translations.md).

Exports an instrument (its modules too) to XLIFF 2.0 and PO with qdsl, checks the files with the tools translators'
pipelines use (xmllint against the OASIS XLIFF 2.0 schema, msgfmt --check, pofilter), translates a few units the
way a CAT tool does (through translate-toolkit's storage classes, placeholders kept as placeholders), imports them
with qdsl, and checks that the instrument checks clean with exactly those texts changed and nothing else.

usage: roundtrip.py QDSL INSTRUMENT.qdsl XLIFF_SCHEMA
"""

import copy
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

from translate.storage import po as pofile, xliff2


def run(*args, ok=(0,)):
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode not in ok:
        sys.exit(f"error: {' '.join(args)} exited {r.returncode}\n{r.stdout}{r.stderr}")
    return r


def qdsl_files(folder):
    out = {}
    for root, _, names in os.walk(folder):
        for n in names:
            if n.endswith(".qdsl"):
                p = os.path.join(root, n)
                with open(p, encoding="utf-8") as f:
                    out[os.path.relpath(p, folder)] = f.read()
    return out


def replace_text(rich, old, new):
    """Replaces words in the text pieces of a rich target, leaving its placeholders as they are."""
    def walk(e):
        for i, sub in enumerate(e.sub):
            if isinstance(sub, str):
                e.sub[i] = sub.replace(old, new)
            elif type(sub).__name__ == "StringElem":
                walk(sub)
    rich = copy.deepcopy(rich)
    for r in rich:
        walk(r)
    return rich


def main():
    qdsl, instrument, schema = (os.path.abspath(a) for a in sys.argv[1:4])
    work = tempfile.mkdtemp(prefix="qdsl-translations-")
    try:
        # The instrument's folder is copied whole, so that its modules come along.
        folder = os.path.join(work, "instrument")
        shutil.copytree(os.path.dirname(instrument), folder)
        entry = os.path.join(folder, os.path.basename(instrument))
        before = qdsl_files(folder)
        xlf = os.path.join(work, "sv.xlf")
        po = os.path.join(work, "en.po")
        run(qdsl, "translations", "export", entry, "--lang", "sv", "-o", xlf)
        run(qdsl, "translations", "export", entry, "--lang", "en", "-o", po)

        run("xmllint", "--noout", "--nonet", "--schema", schema, xlf)
        check = run("msgfmt", "--check", "-o", os.devnull, po)
        if check.stderr.strip():
            sys.exit(f"error: msgfmt --check warns:\n{check.stderr}")
        found = os.path.join(work, "pofilter.po")
        run("pofilter", "--progress=none", "-t", "pythonbraceformat", "-t", "variables", po, "-o", found)
        if os.path.exists(found) and "msgctxt" in open(found, encoding="utf-8").read():
            sys.exit("error: pofilter finds placeholder problems:\n" + open(found, encoding="utf-8").read())
        print("ok: the XLIFF validates, msgfmt --check and pofilter pass the PO")

        # A translator at work: three XLIFF units (one with a placeholder) and three PO units.
        expected = {}
        store = xliff2.Xliff2File.parsestring(open(xlf, "rb").read())
        units = {u.getid(): u for u in store.units}
        for uid in ["question.org_type.text", "section.organisation.title", "choices.yes_no.dont_know.label"]:
            u = units[uid]
            if not u.target:
                sys.exit(f"error: {uid} has no Swedish translation to revise")
            u.rich_target = replace_text(u.rich_target, u.target[:1], u.target[:1] + "\u00bb")
            expected[("sv", uid)] = u.target
        with open(xlf, "wb") as f:
            f.write(bytes(store))
        catalogue = pofile.pofile.parsefile(po)
        entries = {u.getcontext(): u for u in catalogue.units if not u.isheader()}
        for uid, text in [
            ("question.staff.check.1", "{staff} staff is very many: please check the number, or confirm it."),
            ("question.staff.hint", "Count permanent and fixed-term staff; an estimate is \"fine\"."),
            ("title", "The municipal sector's innovation barometer 2022"),
        ]:
            entries[uid].target = text
            expected[("en", uid)] = text
        catalogue.savefile(po)

        r = run(qdsl, "translations", "import", entry, xlf, po)
        print(r.stdout.strip())
        clean = run(qdsl, "check", "--format", "json", entry)
        if clean.stdout.strip() != "[]":
            sys.exit(f"error: the imported instrument does not check clean:\n{clean.stdout}")

        # Exactly those texts changed: one line per translated text, and each re-exports as translated.
        after = qdsl_files(folder)
        if set(after) != set(before):
            sys.exit(f"error: the files changed: {sorted(set(before) ^ set(after))}")
        changed = []
        for path in sorted(before):
            diff = [l for l in difflib.unified_diff(before[path].splitlines(), after[path].splitlines(), lineterm="", n=0)
                    if l[:1] in "+-" and not l.startswith(("+++", "---"))]
            changed += diff
        removed = [l for l in changed if l.startswith("-")]
        added = [l for l in changed if l.startswith("+")]
        if len(removed) != len(expected) or len(added) != len(expected):
            sys.exit("error: expected one changed line per translated text, got:\n" + "\n".join(changed))
        for language, path in [("sv", xlf), ("en", po)]:
            again = os.path.join(work, "again." + path.rsplit(".", 1)[1])
            run(qdsl, "translations", "export", entry, "--lang", language, "-o", again)
            if language == "sv":
                got = {u.getid(): u.target for u in xliff2.Xliff2File.parsestring(open(again, "rb").read()).units}
            else:
                got = {u.getcontext(): u.target for u in pofile.pofile.parsefile(again).units if not u.isheader()}
            for (lang, uid), text in expected.items():
                if lang == language and got.get(uid) != text:
                    sys.exit(f"error: {uid} ({lang}) re-exports as {got.get(uid)!r}, expected {text!r}")
        print(f"ok: {len(expected)} texts changed on {len(added)} lines, nothing else; the instrument checks clean")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
