#!/usr/bin/env python3
"""Real-browser test of `qdsl preview` with headless Chromium (Debian's `chromium`), standard library only.

Writes the preview of Examples/innovation-barometer.qdsl, then loads it from file:// with answers given in the
URL hash (the page applies them through its own controls: clicking the radio button, changing the language
select) and checks the DOM Chromium dumps after the scripts ran:
  - adopted = yes: the kinds question is shown;
  - adopted = no, then the language switched to Swedish: kinds is hidden, the page is in Swedish (lang, the
    adopted question's Swedish text shown, its English text gone), and the designer panel says why kinds is hidden;
  - many of with an exclusive option, a grid row and a calculate, as the designer panel's data row shows them;
  - an end stops the interview with its message; bounds and required answers are enforced (Finish);
  - the words a respondent reads (messages, Finish, the language menu) are in the interview's language: Finnish,
    then Swedish after switching;
  - on a phone's width (390 px) the six-column grid stacks its rows and the page has no sideways scroll;
  - a page written with --answers starts from them (kinds shown, a failed check's message with its pipe filled);
  - repeats (Tests/Scenarios/repeats.form.json): iterations appear and disappear as the count, the options chosen
    and the "more" answers change, their answers come back with them, pipes are filled in each iteration, the
    "add another" button adds an iteration up to the maximum, and the designer panel has a row per iteration;
  - cascading options (Tests/Scenarios/cascade.qdsl): only the options offered are shown, and changing the country
    clears a region it no longer offers;
  - order (Tests/Scenarios/order.qdsl, #seed=1): shuffled options in the order of the seed (fixed ones last), a
    shuffled section's items in its order, a ranking answered through its control, its rank columns and the orders
    in the data row;
  - times, dates with times and paradata (Tests/Scenarios/types.qdsl): the browser's time inputs, a check on a
    time, joined texts, year() and day(), and the page's clock and device in the data row.
Usage: Tests/preview-js/browser-test.py QDSL_BINARY [SCREENSHOT.png]
"""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile

qdsl = sys.argv[1]
screenshot = sys.argv[2] if len(sys.argv) > 2 else None
browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
if not browser:
    sys.exit("error: no chromium on PATH (apt-get install chromium)")

tmp = tempfile.mkdtemp(prefix="qdsl-browser-")
page = os.path.join(tmp, "barometer.html")
subprocess.run([qdsl, "preview", "Examples/innovation-barometer.qdsl", "-o", page], check=True)
flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
         "--user-data-dir=" + os.path.join(tmp, "profile"), "--virtual-time-budget=5000"]


def dump(fragment, width=None):
    size = [f"--window-size={width},844"] if width else []
    out = subprocess.run([browser, *flags, *size, "--dump-dom", "file://" + page + "#" + fragment],
                         capture_output=True, text=True, timeout=120)
    if out.returncode != 0 or "<html" not in out.stdout:
        sys.exit(f"error: chromium failed ({out.returncode}): {out.stderr[-2000:]}")
    return out.stdout


class Dom(html.parser.HTMLParser):
    """Records every element's attributes by data-id, and the text inside shown question texts."""

    def __init__(self):
        super().__init__()
        self.items = {}
        self.html_lang = None
        self.ready = False
        self.overflow = None
        self.stack = []  # (tag, hidden-here-or-above)
        self.visible_text = []
        self.hidden_items_text = []
        self.in_hidden_list = 0
        self.data_row = {}  # data-file variable → value, from the designer panel
        self.iterations = []  # data-iteration of every iteration block (fieldset) of the interview
        self.level_rows = {}  # repeat → [[cell, …], …]: the designer panel's table of each repeat
        self.level = None
        self.buttons = {}  # data-add of each "add another" button → its attributes
        self.in_data_row = False
        self.cell = None
        self.row = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag == "body" and a.get("data-ready") == "true":
            self.ready = True
        if tag == "body":
            self.overflow = a.get("data-overflow")
        if "data-id" in a:
            self.items.setdefault(a["data-id"], a)
        if tag == "fieldset" and "data-iteration" in a:
            self.iterations.append(a["data-iteration"])
        if tag == "button" and "data-add" in a:
            self.buttons[a["data-add"]] = a
        if tag == "tbody" and "data-level" in a:
            self.level = a["data-level"]
            self.level_rows[self.level] = []
        if self.level and tag == "td":
            self.cell = []
        hidden = (self.stack[-1][1] if self.stack else False) or "hidden" in a or tag in ("script", "style")
        void = tag in ("input", "meta", "br", "img", "hr", "link")
        if a.get("id") == "hidden-items":
            self.in_hidden_list += 1
        if a.get("id") == "data-row":
            self.in_data_row = True
        if self.in_data_row and tag in ("th", "td"):
            self.cell = []
        if not void:
            self.stack.append((tag, hidden, a.get("id") == "hidden-items"))

    def handle_endtag(self, tag):
        if self.level and tag == "td" and self.cell is not None:
            self.row.append("".join(self.cell).strip())
            self.cell = None
        if self.level and tag == "tr":
            self.level_rows[self.level].append(self.row)
            self.row = []
        if self.level and tag == "tbody":
            self.level = None
        if self.in_data_row and tag in ("th", "td") and self.cell is not None:
            self.row.append("".join(self.cell).strip())
            self.cell = None
        if self.in_data_row and tag == "tr":
            if len(self.row) == 2:
                self.data_row[self.row[0]] = self.row[1]
            self.row = []
        if tag == "tbody":
            self.in_data_row = False
        while self.stack:
            t, _, was_list = self.stack.pop()
            if was_list:
                self.in_hidden_list -= 1
            if t == tag:
                break

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)
        if self.stack and not self.stack[-1][1]:
            self.visible_text.append(data)
            if self.in_hidden_list:
                self.hidden_items_text.append(data)


def parse(fragment, width=None):
    d = Dom()
    d.feed(dump(fragment, width))
    if not d.ready:
        sys.exit(f"error: the page did not finish its scripts for #{fragment}")
    return d


failures = []


def check(ok, message):
    print(("ok: " if ok else "FAIL: ") + message)
    if not ok:
        failures.append(message)


yes = parse("lang=en&answer.org_type=municipality&answer.staff=40&answer.activity=established&answer.adopted=yes")
check(yes.html_lang == "en", "the page opens in English when asked")
check(yes.items.get("kinds", {}).get("data-shown") == "true" and "hidden" not in yes.items.get("kinds", {}),
      "adopted = yes: the kinds question is shown")

no = parse("answer.org_type=municipality&answer.staff=40&answer.activity=established&answer.adopted=no&lang=sv")
kinds = no.items.get("kinds", {})
check("hidden" in kinds and kinds.get("data-shown") == "false", "adopted = no: the kinds question is hidden")
check(no.html_lang == "sv", "after switching to Swedish the page's lang is sv")
text = " ".join(no.visible_text)
check("Har er organisation tagit i bruk innovationer under de senaste två åren?" in text,
      "the adopted question is shown in Swedish")
check("Has your organisation adopted any innovations" not in text, "and its English text is gone")
check("Kommunsektorns innovationsbarometer 2022" in text, "the title is Swedish")
why = " ".join(no.hidden_items_text)
check("kinds" in why and "adopted == yes" in why, "the designer panel says kinds is hidden by adopted == yes")

# many of with an exclusive option: choosing "none" after "companies" clears it; the grid row and the
# calculate show in the data row with the codebook's variable names.
many = parse("answer.org_type=municipality&answer.staff=40&answer.activity=established&answer.adopted=no"
             "&answer.partners=companies,none&answer.culture.experiments=agree")
check(many.data_row.get("partners_2") == "0" and many.data_row.get("partners_97") == "1",
      "many of: the exclusive option 'none' cleared 'companies' (partners_2 0, partners_97 1)")
check(many.data_row.get("culture_experiments", "").startswith("4"), "the grid row is stored as its code (4)")
check(many.data_row.get("partner_count") == "0", "the calculate partner_count is 0, updated live")
mixed = parse("answer.partners=none,companies,users&answer.adopted=no&answer.activity=established")
check(mixed.data_row.get("partners_97") == "0" and mixed.data_row.get("partners_2") == "1"
      and mixed.data_row.get("partners_6") == "1", "choosing another option clears the exclusive one")

# An end stops the interview with its message: nothing after it is shown.
ended = parse("lang=en&answer.org_type=municipality&answer.staff=40&answer.activity=none")
text = " ".join(ended.visible_text)
check("the remaining questions do not apply to you" in text, "end: the closing message is shown")
check(ended.items.get("adopted", {}).get("data-shown") == "false", "end: the questions after it are hidden")

# Required answers and bounds are enforced: Finish reports the empty required questions; out of range is an error.
finish = parse("lang=en&answer.org_type=municipality&answer.staff=0&finish=1")
text = " ".join(finish.visible_text)
check("Enter a number from 1 to 200000." in text, "bounds: staff = 0 is out of range")
check("An answer is required." in text, "required: Finish marks the required questions left empty")
check("Please correct the marked answers." in text, "Finish does not accept the interview")

# The respondent's words are in the interview's language: Finnish (the source language), then Swedish.
finnish = parse("answer.org_type=municipality&answer.staff=0&finish=1")
text = " ".join(finnish.visible_text)
check("Anna luku väliltä 1–200000." in text, "Finnish: the bounds message")
check("Vastaus on pakollinen." in text, "Finnish: the required message")
check("Korjaa merkityt vastaukset." in text and "Valmis" in text and "Kieli" in text,
      "Finnish: Finish's result, the Finish button and the language menu's label")
check("Suomi (fi)" in text and "Svenska (sv)" in text, "the language menu names each language in its own words")
check("An answer is required." not in text and "Finish" not in text and "Enter a number" not in text,
      "Finnish: no English words for the respondent")
swedish = parse("answer.org_type=municipality&answer.staff=0&lang=sv&finish=1")
text = " ".join(swedish.visible_text)
check("Ange ett tal från 1 till 200000." in text and "Ett svar krävs." in text and "Slutför" in text,
      "after switching to Swedish the page's words are Swedish")
check("Vastaus on pakollinen." not in text and "Valmis" not in text, "and its Finnish words are gone")

# A phone's width: the six-column grid (culture) stacks its rows, and nothing scrolls sideways.
narrow = parse("lang=en&answer.org_type=municipality&answer.staff=40&answer.activity=established&answer.adopted=no",
               width=390)
check(narrow.items.get("culture", {}).get("data-shown") == "true", "390 px: the six-column grid is shown")
check(narrow.overflow == "false", "390 px: neither the page nor the grid scrolls sideways")

# A page written with --answers starts from those answers: adopted = yes shows kinds; the data row has staff 300.
seeded = os.path.join(tmp, "seeded.html")
subprocess.run([qdsl, "preview", "Examples/innovation-barometer.qdsl", "-o", seeded, "--lang", "en",
                "--answers", "Tests/QDSLCLITests/Golden/simulate/barometer-answers.json"], check=True)
page_before, page = page, seeded
start = parse("")
page = page_before
check(start.items.get("kinds", {}).get("data-shown") == "true", "--answers: the page starts with kinds shown")
check("The population should be larger than the number of staff (300)" in " ".join(start.visible_text),
      "--answers: the failed check is shown with {staff} piped")

# Other, please specify, and an option's help (description), on the barometer's page.
spec = parse("lang=en&answer.org_type=other&answer.staff=40&answer.role=specialist&answer.activity=established"
             "&answer.adopted=yes&answer.org_type_other=Association")
check(spec.items.get("org_type_other", {}).get("data-shown") == "true", "choosing 'other' asks its specify text")
check("specify-text" in spec.items.get("org_type_other", {}).get("class", ""), "indented under its question")
text = " ".join(spec.visible_text)
check("Please specify the type of organisation." in text, "under its prompt")
check(spec.items.get("role_other", {}).get("data-shown") == "false", "another question's specify text is not asked")
check(spec.data_row.get("org_type_other") == "Association", "the specify text is its own column of the data")
check("For example a new chain of services in which several organisations work together" in text,
      "an option's description is shown under the option")
nospec = parse("lang=en&answer.org_type=municipality&answer.org_type_other=Association")
check(nospec.items.get("org_type_other", {}).get("data-shown") == "false", "another option: no specify text")

# Repeats, on the page of the repeat scenarios' form. Until the compiler knows repeats, that form (written by hand
# from the specification) is put into the barometer's page in place of the barometer's form.
repeats = os.path.join(tmp, "repeats.html")
made = subprocess.run([qdsl, "preview", "Tests/Scenarios/repeats.qdsl", "-o", repeats, "--lang", "en"],
                      capture_output=True, text=True)
if made.returncode != 0:
    print("note: Tests/Scenarios/repeats.qdsl does not compile yet; using Tests/Scenarios/repeats.form.json")
    subprocess.run([qdsl, "preview", "Examples/innovation-barometer.qdsl", "-o", repeats, "--lang", "en"], check=True)
    with open(repeats, encoding="utf-8") as f:
        text = f.read()
    with open("Tests/Scenarios/repeats.form.json", encoding="utf-8") as f:
        form = f.read().replace("<", "\\u003c")
    opening = '<script type="application/json" id="qdsl-form">\n'
    begin = text.index(opening) + len(opening)
    text = text[:begin] + form + text[text.index("</script>", begin):]
    with open(repeats, "w", encoding="utf-8") as f:
        f.write(text)
page_before, page = page, repeats

household = "answer.household_size=2&answer.person[1].name=Anna&answer.person[1].age=40&answer.person[2].name=Ben"
two = parse(household)
check([i for i in two.iterations if i.startswith("person[")] ==
      ["person[1]", "person[1].other[1]", "person[1].other[2]", "person[2]", "person[2].other[1]", "person[2].other[2]"],
      "a count of 2: two members, each with an iteration per member for the pairs")
text = " ".join(two.visible_text)
check("Person 2" in text and "How old is Anna?" in text and "What is Anna to Ben?" in text,
      "pipes are filled in each iteration: the title's index, the member's name, the pair's other member")
check(two.items.get("person[1].other[1].relation", {}).get("data-shown") == "false"
      and two.items.get("person[1].other[2].relation", {}).get("data-shown") == "true",
      "a member is not asked about themself")
check([r[:3] for r in two.level_rows.get("person", [])] == [["1", "1", "Anna"], ["1", "2", "Ben"]],
      "the designer panel has a row per member with its keys")
one = parse(household + "&answer.household_size=1")
check("person[2]" not in one.iterations and "person[1]" in one.iterations, "a count of 1: the second member goes")
check([r[2] for r in one.level_rows.get("person", [])] == ["Anna"], "and its row in the panel")
back = parse(household + "&answer.household_size=1&answer.household_size=2")
check([r[2] for r in back.level_rows.get("person", [])] == ["Anna", "Ben"], "back to 2: the second member's answers return")

crops = parse("answer.crops=rice,maize")
check([i for i in crops.iterations if i.startswith("crop")] == ["crop[1]", "crop[2]"], "an iteration per crop chosen")
text = " ".join(crops.visible_text)
check("How many hectares of Maize do you grow?" in text and "Is the Maize a hybrid?" in text
      and "Is the Rice a hybrid?" not in text, "in list order, with the option's label piped; a branch on the option")
check([r[:3] for r in crops.level_rows.get("crop", [])] == [["1", "1", "1"], ["1", "2", "3"]],
      "the crop's rows hold the option's code as a key")
fewer = parse("answer.crops=rice,maize&answer.crops=maize")
check([i for i in fewer.iterations if i.startswith("crop")] == ["crop[1]"], "unchecking an option removes its iteration")

visitors = parse("answer.visitor[1].visitor_name=Cy")
check([i for i in visitors.iterations if i.startswith("visitor")] == ["visitor[1]"], "add another: one iteration first")
check("hidden" not in visitors.buttons.get("visitor", {"hidden": ""}), "with the add another button under it")
added = parse("answer.visitor[1].visitor_name=Cy&add.visitor=1")
check([i for i in added.iterations if i.startswith("visitor")] == ["visitor[1]", "visitor[2]"],
      "the button adds an iteration")
check([r[2:4] for r in added.level_rows.get("visitor", [])] == [["Cy", "1 (Yes)"], ["", ""]],
      "by answering yes to 'more' in the last one")
full = parse("add.visitor=1&add.visitor=1")
check(len([i for i in full.iterations if i.startswith("visitor")]) == 3 and "hidden" in full.buttons.get("visitor", {}),
      "at the maximum of 3 the button goes")
undo = parse("add.visitor=1&add.visitor=1&answer.visitor[1].more=no")
check([i for i in undo.iterations if i.startswith("visitor")] == ["visitor[1]"], "'no' in the first removes the others")

# Cascading and conditional options (Tests/Scenarios/cascade.qdsl): only the options offered are shown, and an
# answer no longer offered is cleared when an earlier answer changes.
page = os.path.join(tmp, "cascade.html")
subprocess.run([qdsl, "preview", "Tests/Scenarios/cascade.qdsl", "-o", page, "--lang", "en"], check=True)
sweden = parse("answer.age=40&answer.home=sweden")
text = " ".join(sweden.visible_text)
check("Stockholm" in text and "Uusimaa" not in text and "Lapland" not in text, "the regions offered are Sweden's")
check("Swimming pool" in text and "Youth centre" not in text and "Senior centre" not in text,
      "the services offered are those of a 40-year-old")
chosen = parse("answer.age=40&answer.home=finland&answer.home_region=lapland")
check(chosen.data_row.get("home_region") not in (None, ""), "a region of Finland is kept for Finland")
moved = parse("answer.age=40&answer.home=finland&answer.home_region=lapland&answer.home=sweden")
check(moved.data_row.get("home_region", "") == "", "changing the country clears the region it no longer offers")
check(moved.items.get("home_town", {}).get("data-shown") == "false", "and the municipality, with no region, is skipped")
page = page_before

ordered = os.path.join(tmp, "order.html")
subprocess.run([qdsl, "preview", "Tests/Scenarios/order.qdsl", "-o", ordered, "--lang", "en"], check=True)
page_before, page = page, ordered
import re
raw = dump("seed=1&answer.benefit_rank=remote,flexible,gym,training")
options = re.findall(r'<input[^>]*data-var="main_channel"[^>]*data-option="([a-z_]+)"', raw)
check(options == ["chat", "meeting", "email", "phone", "other", "dont_know"],
      "seed 1: the options in the seed's order, fixed ones in place: %s" % options)
items = [i for i in re.findall(r'data-id="(hours_ok|pace_ok|reminder)"', raw)]
check(items == ["hours_ok", "pace_ok", "reminder"], "the shuffled section's items in the seed's order: %s" % items)
seed2 = dump("seed=2")
items = [i for i in re.findall(r'data-id="(hours_ok|pace_ok|reminder)"', seed2)]
check(items == ["pace_ok", "hours_ok", "reminder"], "seed 2: another order: %s" % items)
ranked = parse("seed=1&answer.benefit_rank=remote,flexible,gym,training")
check([ranked.data_row.get(c) for c in ["benefit_rank_flexible", "benefit_rank_remote", "benefit_rank_training",
                                        "benefit_rank_gym"]] == ["2", "1", "4", "3"],
      "the ranking's columns hold each option's rank: %s" % ranked.data_row)
check(ranked.data_row.get("main_channel_order") == "2 4 1 3 96 -1", "the order shown is in the data row")
page = page_before

# Text variants, defaults and soft checks, on the page of Tests/Scenarios/variants.qdsl.
page_before, page = page, os.path.join(tmp, "variants.html")
subprocess.run([qdsl, "preview", "Tests/Scenarios/variants.qdsl", "-o", page, "--lang", "en"], check=True)
small = parse("answer.staff=3")
text = " ".join(small.visible_text)
check("Do your 3 staff work remotely?" in text and "Do most staff work remotely?" not in text,
      "the first text variant that holds is shown instead of the plain text")
check(small.data_row.get("contact") == "none" and small.data_row.get("planned_staff") == "3",
      "defaults fill questions when they are first shown (one read from an earlier answer)")
cleared = parse("answer.staff=3&answer.contact=")
check(cleared.data_row.get("contact") in ("", None), "a default the respondent clears stays cleared")
large = parse("answer.staff=6000")
check("6000 staff is unusually many: please confirm." in " ".join(large.visible_text)
      and "Do most staff work remotely?" in " ".join(large.visible_text), "a failed soft check shows its message")
check("has-error" not in large.items.get("staff", {}).get("class", ""), "as a warning the respondent may go on from")
check("I confirm this answer" in " ".join(large.visible_text)
      and "1 soft check to confirm" in " ".join(large.visible_text), "with a checkbox to keep the answer")
confirmed = parse("answer.staff=6000&confirm.staff=1")
check("0 failed checks" in " ".join(confirmed.visible_text) and "to confirm" not in " ".join(confirmed.visible_text),
      "once confirmed, the status line no longer asks for it")
page = page_before

# Times, dates with times and paradata (Tests/Scenarios/types.qdsl): the browser's time and datetime-local inputs
# give HH:MM and YYYY-MM-DDTHH:MM, a failed check on a time shows the time piped, texts join, and the paradata
# (the page's clock, the device "preview") are in the data row.
types = os.path.join(tmp, "types.html")
subprocess.run([qdsl, "preview", "Tests/Scenarios/types.qdsl", "-o", types, "--lang", "en"], check=True)
page_before, page = page, types
timed = parse("answer.first_name=Bo&answer.wake=03:10&answer.visit=2020-06-10T14:00&answer.birth=2000-02-29")
check(timed.data_row.get("wake") == "03:10" and timed.data_row.get("visit") == "2020-06-10T14:00",
      "time and datetime inputs give HH:MM and YYYY-MM-DDTHH:MM")
check("03:10 is very early." in " ".join(timed.visible_text), "a failed check on a time pipes the time")
check(timed.data_row.get("full_name", "").strip() == "Bo" and timed.data_row.get("device_id") == "preview",
      "a missing text joins as empty; the device paradata is the preview")
check(len(timed.data_row.get("started", "")) == 16 and timed.data_row.get("started", "")[10] == "T",
      "the start paradata is the page's clock, YYYY-MM-DDTHH:MM")
check(timed.data_row.get("birth_year") == "2000" and timed.data_row.get("birth_day") == "29",
      "year() and day() of a date")
page = page_before

# Draft languages (Tests/Scenarios/drafts.qdsl): the language menu marks the draft in its own words, and in it a
# text the draft lacks is shown in the source language while the texts it has are its own.
drafts = os.path.join(tmp, "drafts.html")
subprocess.run([qdsl, "preview", "Tests/Scenarios/drafts.qdsl", "-o", drafts, "--lang", "nb"], check=True)
page_before, page = page, drafts
raw = dump("answer.staff=3&answer.remote=yes")
menu = re.search(r'<option value="nb"([^>]*)>([^<]*)</option>', raw)
check(menu is not None and "data-draft" in menu.group(1) and "(nb, utkast)" in menu.group(2),
      "the language menu marks the draft language: " + (menu.group(0) if menu else "no nb option"))
check(re.search(r'<option value="fi">[^<]*\(fi\)</option>', raw) is not None, "a final language is not marked")
norwegian = parse("answer.staff=3&answer.remote=yes")
shown = " ".join(norwegian.visible_text)
check("How many staff does the organisation have?" in shown and "Du svarte: Ja." in shown
      and "Hvor er kontoret deres?" in shown, "in the draft, missing texts fall back to the source language, text by text")
page = page_before

if screenshot:
    fragment = ("lang=en&answer.org_type=municipality&answer.staff=300&answer.inhabitants=250"
                "&answer.role=specialist&answer.activity=established&answer.adopted=yes"
                "&answer.kinds=service,process&focus=inhabitants")
    subprocess.run([browser, *flags, "--window-size=1100,780", "--screenshot=" + screenshot,
                    "file://" + page + "#" + fragment], capture_output=True, timeout=120, check=True)
    check(os.path.getsize(screenshot) > 10000, f"wrote the screenshot {screenshot}")

shutil.rmtree(tmp, ignore_errors=True)
if failures:
    sys.exit(f"{len(failures)} browser checks failed")
print("all browser checks passed")
