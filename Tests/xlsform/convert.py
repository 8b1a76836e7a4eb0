#!/usr/bin/env python3
"""Converts XLSForms with pyxform (the converter of ODK and KoboToolbox), with ODK Validate, and fails on any
error: the check of `qdsl compile --target xlsform` that pyxform reads every XLSForm qdsl writes.

Usage: convert.py OUT_DIR FORM.xlsx...   writes OUT_DIR/STEM.xform.xml for each FORM (STEM: the name before
.xlsx), prints pyxform's warnings, and exits 1 when pyxform or ODK Validate rejects a form.
"""
import os
import sys

from pyxform.xls2xform import xls2xform_convert


def main():
    out_dir, forms = sys.argv[1], sys.argv[2:]
    os.makedirs(out_dir, exist_ok=True)
    failed = 0
    for form in forms:
        stem = os.path.basename(form)[: -len(".xlsx")]
        target = os.path.join(out_dir, stem + ".xform.xml")
        try:
            warnings = xls2xform_convert(form, target, validate=True)
        except Exception as e:  # pyxform's errors and ODK Validate's
            failed += 1
            print("FAIL %s: %s" % (form, str(e).strip()[:2000]))
            continue
        # A qdsl repeat without a title has no label; pyxform mentions it, ODK asks it all the same.
        shown = [w for w in warnings if "Repeat has no label" not in w]
        print("ok   %s (pyxform and ODK Validate)%s" % (form, "".join("\n     " + w for w in shown)))
    print("pyxform converted %d of %d XLSForms" % (len(forms) - failed, len(forms)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
