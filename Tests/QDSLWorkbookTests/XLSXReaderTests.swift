// Reading real .xlsx files (saved by openpyxl, and SpreadsheetML written by hand for what openpyxl never writes):
// sheet order and names, shared, inline and rich text, gaps, numbers, booleans, escapes, unicode.

import Foundation
import Testing

@testable import QDSLWorkbook

/// The bytes of a file in Tests/QDSLWorkbookTests/Fixtures.
func fixture(_ name: String, _ filePath: String = #filePath) -> [UInt8] {
  let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
  return [UInt8]((try? Data(contentsOf: url)) ?? Data())
}

@Suite struct XLSXReaderTests {
  @Test func testAFormSavedByOpenpyxl() throws {
    let book = try Workbook(xlsx: fixture("openpyxl-form.xlsx"))
    #expect(book.sheets.map(\.name) == ["survey", "choices", "settings"])
    let survey = try #require(book.sheet(named: "Survey "))
    #expect(
      survey.rows == [
        ["type", "name", "label::Suomi (fi)", "label::Svenska (sv)", "required", "constraint"],
        ["integer", "ika", "Ikä vuosina?", "Ålder i år?", "TRUE", ". >= 0 and . < 120"],
        [],
        ["select_one kyllä", "tyytyväinen", "Oletko tyytyväinen? «Ä & Ö»", "Är du nöjd?"],
        ["decimal", "pisteet", "Anna pisteet 0–10", "", "1.5", "3", "1", "0.3"],
      ])
    #expect(survey.lines == nil)
    #expect(
      book.sheet(named: "choices")?.rows == [
        ["list_name", "name", "label::Suomi (fi)", "label::Svenska (sv)"], ["kyllä", "1", "Kyllä", "Ja"],
        ["kyllä", "2", "Ei", "Nej"], ["kyllä", "99", " väli ", "tab\there\nand line"],
      ])
    #expect(
      book.sheet(named: "settings")?.rows == [
        ["form_title", "version", "default_language"], ["Tyytyväisyys", "2024061201", "Suomi (fi)"],
      ])
  }

  @Test func testHandwrittenSpreadsheetML() throws {
    let book = try Workbook(xlsx: fixture("handmade.xlsx"))
    #expect(book.sheets.map(\.name) == ["survey", "Tom & Jerry"], "the workbook's order, not the parts'")
    #expect(
      book.sheets[0].rows == [
        ["type", "", "Rich text", "漢字", "line\rbreak _x0041_"],
        [],
        ["inline", "ab", "#N/A", "TRUE", "FALSE", "2024-06-12T00:00:00"],
        ["", "1", "0.0025", "100000000000000000000", "0", "3.3000000000000003"],
        [],
        ["<b> & \"q\" ää <raw> & end"],
      ])
    #expect(book.sheets[1].rows == [[], ["", "  spaced  "]], "a stored part; xml:space kept; a leading gap")
  }

  @Test(arguments: ["dates.xlsx", "dates-1904.xlsx"]) func testDatesAndTimes(_ file: String) throws {
    let book = try Workbook(xlsx: fixture(file))
    #expect(
      book.sheets[0].rows == [
        ["type", "name", "default"], ["date", "syntynyt", "2024-06-12"], ["dateTime", "alku", "1999-12-31 23:59:30"],
        ["time", "kello", "08:30:00"], ["date", "vanha", "1900-01-15"], ["date", "suomalainen", "2000-02-29"],
        ["decimal", "luku", "45455.5"], ["decimal", "kesto", "1.25"],
      ])
  }

  @Test func testDateFormatCodes() {
    for code in ["yyyy-mm-dd", "d.m.yyyy", "[$-409]mmm d, yyyy", "h:mm AM/PM", "dd/mm/yy;@"] {
      #expect(DateCells.isDateCode(code), "\(code)")
    }
    for code in ["General", "0.00", "#,##0", "\"days\" 0", "[Red]0.0", "[h]:mm:ss", "0\\d"] {
      #expect(!DateCells.isDateCode(code), "\(code)")
    }
    #expect(DateCells.civil(0) == "1970-01-01")
    #expect(DateCells.civil(-25_567) == "1900-01-01")
    #expect(DateCells.civil(2_932_896) == "9999-12-31")
  }

  @Test func testNumbersAreWrittenAsAPersonSeesThem() {
    let cases: [(String, String)] = [
      ("1", "1"), ("1.0", "1"), ("-0", "0"), ("2.50E-3", "0.0025"), ("0.1", "0.1"), ("1E-5", "1e-05"),
      ("123456789012", "123456789012"), ("1E+20", "100000000000000000000"), ("-1.5", "-1.5"), (" 7 ", "7"),
      ("0.30000000000000004", "0.30000000000000004"), ("abc", "abc"),
    ]
    for (stored, shown) in cases { #expect(NumberText.display(stored) == shown, "\(stored)") }
    let largest = NumberText.display("1.7976931348623157E308")  // all its digits, as Python's str(int(x))
    #expect(largest.hasPrefix("17976931348623157081") && largest.count == 309 && largest.hasSuffix("858368"))
  }

  @Test func testCellReferences() {
    func ref(_ s: String) -> [Int?]? { WorksheetReader.reference(Array(s.utf8)[...]).map { [$0.0, $0.1] } }
    #expect(ref("A1") == [0, 0])
    #expect(ref("$AB$12") == [11, 27])
    #expect(ref("XFD1048576") == [1_048_575, 16_383])
    #expect(ref("C") == [nil, 2])
    #expect(ref("1A") == nil)
    #expect(ref("A0") == nil)
    #expect(ref("A1048577") == nil)
    #expect(ref("") == nil)
    #expect(CellLocation.letters(27) == "AB")
  }

  @Test func testTheCellTextEscape() {
    #expect(CellTextEscape.unescape("a_x000D_b") == "a\rb")
    #expect(CellTextEscape.unescape("_x005F_x0041_") == "_x0041_")
    #expect(CellTextEscape.unescape("_x00G1_ and _x41_") == "_x00G1_ and _x41_", "not an escape: kept")
  }

  @Test func testAFiveThousandRowFourLanguageFormReadsFast() throws {
    var survey = [
      ["type", "name"] + ["fi", "sv", "en", "nb"].flatMap { ["label::\($0)", "hint::\($0)"] } + ["relevant"]
    ]
    for i in 0..<5_000 {
      survey.append(
        ["select_one yes_no", "q\(i)"] + (0..<8).map { "Kysymys \(i) – fråga \($0) «ÄÖÅ» & more words here" }
          + ["${q\(max(i - 1, 0))} = 'yes'"])
    }
    let book = Workbook(sheets: [
      Sheet(name: "survey", rows: survey), Sheet(name: "choices", rows: [["list_name", "name"], ["yes_no", "yes"]]),
    ])
    let bytes = book.xlsxBytes()
    let clock = ContinuousClock()
    var read: Workbook? = nil
    let elapsed = try clock.measure { read = try Workbook(xlsx: bytes) }
    #expect(read == book)
    // Well under a second in release (about 0.1 s); the bound leaves room for a debug build on a busy machine.
    #expect(elapsed < .seconds(10), "\(elapsed)")
    print("read a 5,000-row four-language form (\(bytes.count) bytes) in \(elapsed)")
  }
}
