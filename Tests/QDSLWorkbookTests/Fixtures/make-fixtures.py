# Makes the .xlsx fixtures of QDSLWorkbookTests (kept in the repository, so `swift test` needs no Python):
#   python3 Tests/QDSLWorkbookTests/Fixtures/make-fixtures.py   (needs openpyxl and msoffcrypto-tool from PyPI)
# openpyxl-form.xlsx: a small XLSForm saved by openpyxl (pyxform's reader): three sheets, Finnish and Swedish
#   labels, numbers, a boolean, a formula, rich text, an empty row and empty cells.
# handmade.xlsx: SpreadsheetML written by hand to cover what openpyxl does not write: inline strings (rich runs and
#   a phonetic guide), t="str"/"e"/"b"/"d" cells, rows and cells without references, a namespace prefix,
#   entities, character references, CDATA, `_xHHHH_` escapes, a stored (uncompressed) part and a relationship
#   target with "..".
# dates.xlsx, dates-1904.xlsx: dates, date-times and times (built-in and custom formats), elapsed time and a
#   number format that are no dates; the second with the 1904 date system of old Macs.
# zip64.xlsx: openpyxl-form.xlsx's parts in a ZIP64 archive (Python's zipfile with its ZIP64 threshold lowered to
#   10 bytes, so every size and offset is in ZIP64 fields, as streaming writers make them).
# encrypted.xlsx: openpyxl-form.xlsx encrypted with the password "qdsl" (an OLE compound file, as Excel saves it).
import io, os, zipfile

from msoffcrypto.format.ooxml import OOXMLFile
import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

here = os.path.dirname(os.path.abspath(__file__))

wb = openpyxl.Workbook()
survey = wb.active
survey.title = "survey"
survey.append(["type", "name", "label::Suomi (fi)", "label::Svenska (sv)", "required", "constraint"])
survey.append(["integer", "ika", "Ikä vuosina?", "Ålder i år?", True, ". >= 0 and . < 120"])
survey.append([])
survey.append(["select_one kyllä", "tyytyväinen", "Oletko tyytyväinen? «Ä & Ö»", "Är du nöjd?"])
survey["B5"] = "pisteet"
survey["A5"] = "decimal"
survey["C5"] = CellRichText(["Anna ", TextBlock(InlineFont(b=True), "pisteet"), " 0–10"])
survey["E5"] = 1.5
survey["F5"] = 3
survey["G5"] = 1.0
survey["H5"] = 0.1 + 0.2
survey["I5"] = "=1+1"
choices = wb.create_sheet("choices")
choices.append(["list_name", "name", "label::Suomi (fi)", "label::Svenska (sv)"])
choices.append(["kyllä", 1, "Kyllä", "Ja"])
choices.append(["kyllä", 2, "Ei", "Nej"])
choices.append(["kyllä", 99, " väli ", "tab\there\nand line"])
settings = wb.create_sheet("settings")
settings.append(["form_title", "version", "default_language"])
settings.append(["Tyytyväisyys", 2024061201, "Suomi (fi)"])
wb.save(os.path.join(here, "openpyxl-form.xlsx"))

main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/first.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/second.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="/xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<?xml version="1.0"?>\n<!DOCTYPE workbook [ <!ELEMENT workbook ANY> ]>\n<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="{rel}"><x:sheets><x:sheet name="survey" sheetId="2" rel:id="rIdB"/><x:sheet name="Tom &amp; Jerry" sheetId="1" rel:id="rIdA"/></x:sheets></x:workbook>',
    "xl/_rels/workbook.xml.rels": f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdA" Type="{rel}/worksheet" Target="worksheets/../worksheets/second.xml"/><Relationship Id="rIdB" Type="{rel}/worksheet" Target="worksheets/first.xml"/><Relationship Id="rIdS" Type="{rel}/sharedStrings" Target="strings.xml"/></Relationships>',
    "xl/strings.xml": f'<?xml version="1.0"?><sst {main}><si><t>type</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Rich </t></r><r><t>text</t></r></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><t>line_x000D_break _x005F_x0041_</t></si><si/></sst>',
    "xl/worksheets/first.xml": f'''<?xml version="1.0" encoding="UTF-8"?>
<worksheet {main}>
  <sheetData>
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c><c r="E1" t="s"><v>3</v></c><c r="F1" t="s"><v>4</v></c></row>
    <row r="3">
      <c r="A3" t="inlineStr"><is><r><t>in</t></r><r><rPr><i/></rPr><t>line</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>
      <c t="str"><f>CONCAT("a","b")</f><v>ab</v></c>
      <c t="e"><v>#N/A</v></c>
      <c t="b"><v>1</v></c>
      <c t="b"><v>0</v></c>
      <c t="d"><v>2024-06-12T00:00:00</v></c>
    </row>
    <row>
      <c r="B4"><v>1.0</v></c><c><v>2.50E-3</v></c><c><v>1E+20</v></c><c><v>-0</v></c><c t="n"><v>3.3000000000000003</v></c>
    </row>
    <row r="6"><c r="A6" t="inlineStr"><is><t>&lt;b&gt; &amp; &quot;q&quot; &#228;&#xE4; <![CDATA[<raw> & ]]>end</t></is></c></row>
  </sheetData>
</worksheet>''',
    "xl/worksheets/second.xml": f'<worksheet {main}><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t xml:space="preserve">  spaced  </t></is></c></row></sheetData></worksheet>',
}
with zipfile.ZipFile(os.path.join(here, "handmade.xlsx"), "w") as z:
    for name, text in parts.items():
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED if name == "xl/worksheets/second.xml" else zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode("utf-8"))

import datetime
from openpyxl.utils.datetime import CALENDAR_MAC_1904

for name, epoch in [("dates.xlsx", None), ("dates-1904.xlsx", CALENDAR_MAC_1904)]:
    wb = openpyxl.Workbook()
    if epoch:
        wb.epoch = epoch
    sheet = wb.active
    sheet.title = "survey"
    sheet.append(["type", "name", "default"])
    sheet.append(["date", "syntynyt", datetime.date(2024, 6, 12)])
    sheet.append(["dateTime", "alku", datetime.datetime(1999, 12, 31, 23, 59, 30)])
    sheet.append(["time", "kello", datetime.time(8, 30)])
    sheet.append(["date", "vanha", datetime.date(1900, 1, 15)])
    sheet.append(["date", "suomalainen", datetime.date(2000, 2, 29)])
    sheet["C6"].number_format = 'd.m.yyyy "klo" h:mm;@'
    sheet.append(["decimal", "luku", 45455.5])
    sheet["C7"].number_format = "0.00"
    sheet.append(["decimal", "kesto", 1.25])
    sheet["C8"].number_format = "[h]:mm:ss"
    wb.save(os.path.join(here, name))

source = zipfile.ZipFile(os.path.join(here, "openpyxl-form.xlsx"))
zipfile.ZIP64_LIMIT = 10
with zipfile.ZipFile(os.path.join(here, "zip64.xlsx"), "w", compression=zipfile.ZIP_DEFLATED) as z:
    for info in source.infolist():
        z.writestr(info, source.read(info.filename))
zipfile.ZIP64_LIMIT = (1 << 31) - 1

plain = io.BytesIO(open(os.path.join(here, "openpyxl-form.xlsx"), "rb").read())
with open(os.path.join(here, "encrypted.xlsx"), "wb") as out:
    office = OOXMLFile(plain)
    office.encrypt("qdsl", out)

for name in ["openpyxl-form.xlsx", "handmade.xlsx", "dates.xlsx", "dates-1904.xlsx", "zip64.xlsx", "encrypted.xlsx"]:
    print(name, os.path.getsize(os.path.join(here, name)))
