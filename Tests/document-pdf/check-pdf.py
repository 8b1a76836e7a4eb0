#!/usr/bin/env python3
# Prints every example's printable questionnaire (`qdsl compile --target document`) to PDF with headless Chromium
# and checks with pdftotext that every question's text and every option label of the form JSON is in it; makes a
# page image of the first pages with pdftoppm. Usage: check-pdf.py QDSL_BINARY [OUT_DIR]
import glob, json, os, re, subprocess, sys, tempfile

qdsl = os.path.abspath(sys.argv[1])
out = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp()
os.makedirs(out, exist_ok=True)
browser = next((b for b in ("chromium", "chromium-browser", "google-chrome") if subprocess.call(
    ["sh", "-c", f"command -v {b} >/dev/null"]) == 0), None)
if browser is None:
    sys.exit("error: no chromium to print the documents")


def squash(s):
    """Text as pdftotext gives it back, compared without spacing, line breaks or soft hyphens."""
    s = re.sub(r"\{[^}]*\}", "", s)  # pipes print as {name}, and may be broken across lines
    return re.sub(r"[\s\u00ad]+", "", s)


def texts(value, language, source):
    """The language's text of a form JSON text object (a draft language's missing text: the source's)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return value.get(language) or value.get(source)
    return None


def walk(items, found):
    for item in items:
        kind = item.get("kind") or item.get("type")
        if item.get("specifies") is not None:
            continue
        if kind in ("question", "grid") and "text" in item:
            found.append(("question " + item.get("id", "?"), item["text"]))
        for row in item.get("rows", []) or []:
            if "label" in row:
                found.append(("row " + row.get("id", row.get("name", "?")), row["label"]))
        for key in ("items",):
            walk(item.get(key, []) or [], found)
        for branch in item.get("branches", []) or []:
            walk(branch.get("items", []) or [], found)


failures = 0
for example in sorted(glob.glob("Examples/*.qdsl")):
    stem = os.path.basename(example)[:-5]
    subprocess.run([qdsl, "compile", example, "-o", out, "--target", "document,form"], check=True,
                   stderr=subprocess.DEVNULL)
    html = os.path.abspath(os.path.join(out, stem + ".document.html"))
    pdf = os.path.join(out, stem + ".pdf")
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", "file://" + html], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    text = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True,
                                 text=True).stdout)
    # pdftotext -layout may interleave the columns of a line; the raw order keeps each text block whole.
    raw = squash(subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, text=True).stdout)
    form = json.load(open(os.path.join(out, stem + ".form.json"), encoding="utf-8"))
    languages = form.get("languages") or ["en"]
    source = languages[0]
    wanted = []
    walk(form.get("items", []), wanted)
    for choice_list in form.get("choices", form.get("lists", [])) or []:
        options = choice_list.get("options", []) if isinstance(choice_list, dict) else []
        for option in options:
            if "label" in option:
                wanted.append(("option " + str(option.get("name")), option["label"]))
    if isinstance(form.get("choices"), dict):
        for name, lst in form["choices"].items():
            for option in (lst.get("options", []) if isinstance(lst, dict) else lst):
                if "label" in option:
                    wanted.append((f"option {name}.{option.get('name')}", option["label"]))
    missing = []
    for what, value in wanted:
        t = texts(value, source, source)
        if not t:
            continue
        s = squash(t)
        if s and s not in text and s not in raw:
            missing.append(f"{what}: {t!r}")
    pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    count = re.search(r"Pages:\s+(\d+)", pages)
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", pdf, os.path.join(out, stem)], check=True)
    if not wanted:
        print(f"error: {stem}: no texts found in the form JSON"); failures += 1
    if missing:
        failures += 1
        print(f"error: {stem}.pdf lacks {len(missing)} of {len(wanted)} texts:")
        for m in missing[:20]:
            print("  " + m)
    else:
        print(f"ok: {stem}.pdf ({count.group(1) if count else '?'} pages) has all {len(wanted)} question texts "
              "and option labels")
sys.exit(1 if failures else 0)
