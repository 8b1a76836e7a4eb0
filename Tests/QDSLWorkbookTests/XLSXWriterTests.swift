// Writing .xlsx files: a workbook reads back equal (unicode, escapes, gaps, spaces), the output is the same bytes
// every time, and QDSL_WORKBOOK_EXPORT makes the test leave a file for CI to open with openpyxl.

import Foundation
import Testing

@testable import QDSLWorkbook

@Suite struct XLSXWriterTests {
  /// A workbook with what cell text can hold: Finnish and Swedish, XML's specials, characters XML cannot hold, a
  /// literal `_x0041_`, spaces at the ends, line breaks, empty cells and rows, emoji.
  static let sample = Workbook(sheets: [
    Sheet(
      name: "survey",
      rows: [
        ["type", "name", "label::Suomi (fi)", "label::Svenska (sv)", "relevant"],
        ["select_one kyllä_ei", "tyytyväinen", "Oletko tyytyväinen?", "Är du nöjd?", "${ikä} >= 18 & ${x} < 3"],
        [],
        ["text", "huom", "  välilyönnit  ", "rad 1\nrad 2\r\nrad 3\ttab", "", "", "kaukana"],
        ["note", "ctl", "bell\u{07}nul\u{00}esc\u{1B}", "_x0041_ stays _x0041_", "\u{FFFE}", "🙂 <b>&amp;</b> \"'"],
      ]),
    Sheet(name: "choices", rows: [["list_name", "name", "label::Suomi (fi)"], ["kyllä_ei", "1", "Kyllä"]]),
    Sheet(name: "Tom & \"Jerry\" <3", rows: []),
    Sheet(name: "settings", rows: [[], ["", "form_title"]]),
  ])

  @Test func testAWorkbookReadsBackEqual() throws {
    let bytes = Self.sample.xlsxBytes()
    #expect(try Workbook(xlsx: bytes) == Self.sample)
    #expect(bytes == Self.sample.xlsxBytes(), "the same workbook gives the same bytes")
    #expect(try Workbook(xlsx: fixture("openpyxl-form.xlsx")).xlsxBytes() != bytes)
  }

  /// A part zlib cannot deflate is stored as it is (method 0) rather than stopping the program, and reads back.
  @Test func testAStoredPartReadsBack() throws {
    var zip = ZipWriter()
    let text = Array("stored, not deflated: ääkköset".utf8)
    zip.add("stored.txt", text, packed: text, method: 0)
    zip.add("deflated.txt", text)
    var archive = try ZipArchive(zip.finish(), limits: WorkbookLimits())
    #expect(try archive.read("stored.txt") == text)
    #expect(try archive.read("deflated.txt") == text)
    #expect(Zlib.deflate(text).map { $0 != text } == true)
  }

  @Test func testOpenpyxlsFormSurvivesARoundTrip() throws {
    let book = try Workbook(xlsx: fixture("openpyxl-form.xlsx"))
    #expect(try Workbook(xlsx: book.xlsxBytes()) == book)
    let handmade = try Workbook(xlsx: fixture("handmade.xlsx"))
    #expect(try Workbook(xlsx: handmade.xlsxBytes()) == handmade)
  }

  @Test func testThePartsAreSortedAndStamped() throws {
    let bytes = Self.sample.xlsxBytes()
    var archive = try ZipArchive(bytes, limits: .standard)
    #expect(archive.names == archive.names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    #expect(archive.names.first == "[Content_Types].xml")
    #expect(archive.names.contains("xl/sharedStrings.xml"))
    let sheet = String(decoding: try #require(try archive.read("xl/worksheets/sheet1.xml")), as: UTF8.self)
    #expect(sheet.contains(#"<dimension ref="A1:G5"/>"#))
    #expect(!sheet.contains(#"<row r="3""#), "an empty row is left out")
    let strings = String(decoding: try #require(try archive.read("xl/sharedStrings.xml")), as: UTF8.self)
    #expect(strings.contains("bell_x0007_nul_x0000_esc_x001B_"))
    #expect(strings.contains("_x005F_x0041_ stays _x005F_x0041_"))
    #expect(strings.contains("rad 2&#13;\nrad 3"))
    #expect(strings.contains(#"<t xml:space="preserve">  välilyönnit  </t>"#))
    // Every local header has the fixed time (1980-01-01 00:00).
    for i in 0..<(bytes.count - 14) where bytes.u32(i) == 0x0403_4b50 {
      #expect(bytes.u16(i + 10) == 0 && bytes.u16(i + 12) == 0x21)
    }
  }

  @Test func testAWorkbookWithoutSheetsGetsOne() throws {
    #expect(try Workbook(xlsx: Workbook(sheets: []).xlsxBytes()).sheets == [Sheet(name: "Sheet1", rows: [])])
  }

  /// With QDSL_WORKBOOK_EXPORT=DIR, leaves DIR/sample.xlsx and DIR/sample.json (the sheets as JSON) for CI's
  /// openpyxl check (.ci/run), since no qdsl command writes .xlsx yet.
  @Test func testExportForOpenpyxl() throws {
    guard let directory = ProcessInfo.processInfo.environment["QDSL_WORKBOOK_EXPORT"] else { return }
    let url = URL(fileURLWithPath: directory)
    try Data(Self.sample.xlsxBytes()).write(to: url.appendingPathComponent("sample.xlsx"))
    let sheets = Self.sample.sheets.map { ["name": $0.name, "rows": $0.rows] as [String: Any] }
    try JSONSerialization.data(withJSONObject: sheets).write(to: url.appendingPathComponent("sample.json"))
  }
}
