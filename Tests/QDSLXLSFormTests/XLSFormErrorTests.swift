// Forms that cannot be imported: one located error (sheet, row, column) with a fix, never a crash.

import QDSLTestSupport
import QDSLWorkbook
import QDSLXLSForm
import Testing

@Suite struct XLSFormErrorTests {
  /// The error of importing a Markdown form; fails the test when the import succeeds.
  func error(_ markdown: String) throws -> WorkbookError {
    let workbook = try PyxformMarkdown.workbook(markdown).get()
    switch XLSFormImport.run(workbook) {
    case .success(let r):
      Issue.record("expected an error, imported:\n\(r.source)")
      return WorkbookError("")
    case .failure(let e):
      return e
    }
  }

  @Test func testMissingSurveySheet() throws {
    let e = try error(
      """
      | choices |
      | | list_name | name | label |
      | | yes_no | yes | Yes |
      """)
    #expect(e.message == "the workbook has no sheet named 'survey' (its sheets: 'choices')")
    #expect(e.location == nil)
    #expect(e.help != nil)
  }

  @Test func testUnknownTypeIsLocated() throws {
    let e = try error(
      """
      | survey |
      | | type | name | label |
      | | text | a | A |
      | | integr | b | B |
      """)
    #expect(e.message == "unknown type 'integr'")
    #expect(e.location == CellLocation(sheet: "survey", row: 3, column: 0, header: "type"))
    #expect(e.description == "sheet survey, row 3, column A (type): unknown type 'integr'")
  }

  @Test func testUnknownLanguageNameNamesTheColumn() throws {
    let e = try error(
      """
      | survey |
      | | type | name | label::English (en) | label::Klingon |
      | | text | a | A | qaStaHvIS |
      """)
    #expect(e.message == "the language 'Klingon' of the column 'label::Klingon' has no language tag")
    #expect(e.location == CellLocation(sheet: "survey", row: nil, column: 3, header: "label::Klingon"))
    #expect(e.help?.contains("label::Klingon (xx)") == true)
  }

  @Test func testBareLanguageNamesAreLookedUp() throws {
    let workbook = try PyxformMarkdown.workbook(
      """
      | survey |
      | | type | name | label::English | label::Français | label:Svenska |
      | | text | a | A | Ah | Aa |
      """
    ).get()
    let source = try XLSFormImport.run(workbook).get().source
    #expect(source.contains("languages en fr sv\n"))
  }

  @Test func testBrokenExpressionIsLocated() throws {
    let e = try error(
      """
      | survey |
      | | type | name | label | relevant |
      | | integer | a | A | |
      | | integer | b | B | ${a} > (3 |
      """)
    #expect(e.location == CellLocation(sheet: "survey", row: 3, column: 3, header: "relevant"))
    #expect(e.message.hasPrefix("the relevant is not valid XPath: this '(' is not closed"))
  }

  @Test func testUnmatchedGroupsAreLocated() throws {
    let ended = try error(
      """
      | survey |
      | | type | name | label |
      | | begin group | g | G |
      | | text | a | A |
      | | end repeat | | |
      """)
    #expect(ended.location?.row == 4)
    #expect(ended.message.contains("ends the group 'g' begun in row 2"))
    let open = try error(
      """
      | survey |
      | | type | name | label |
      | | begin repeat | r | R |
      | | text | a | A |
      """)
    #expect(open.location?.row == 2)
    #expect(open.message == "the repeat 'r' is never ended")
  }

  @Test func testSelectOfAMissingList() throws {
    let e = try error(
      """
      | survey |
      | | type | name | label |
      | | select_one colours | a | A |
      """)
    #expect(e.message == "the list 'colours' is not in the choices sheet")
    #expect(e.location?.row == 2)
  }

  @Test func testRowWithoutName() throws {
    let e = try error(
      """
      | survey |
      | | type | name | label |
      | | text | | A |
      """)
    #expect(e.location == CellLocation(sheet: "survey", row: 2, column: 1, header: "name"))
  }

  @Test func testJunkNeverCrashes() throws {
    let junk = [
      "", "| survey |", "| survey |\n| | type |\n| | begin group |", "| survey |\n| | name |\n| | x |",
      "| survey |\n| | type | name | relevant |\n| | text | a | ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((( |",
    ]
    for text in junk {
      guard case .success(let workbook) = PyxformMarkdown.workbook(text) else { continue }
      _ = XLSFormImport.run(workbook)
    }
  }
}

@Suite struct PyxformMarkdownTests {
  @Test func testSheetsRowsEscapesAndComments() throws {
    let workbook = try PyxformMarkdown.workbook(
      """
      # a comment line
      | survey | type | name | label |
      | | text | a | A \\| B |  trailing comment
      | | --- | --- | --- |
      | | | | |
      | | note | n | N |
      | choices |
      | | list_name | name | label |
      """
    ).get()
    #expect(workbook.sheets.map(\.name) == ["survey", "choices"])
    #expect(workbook.sheets[0].rows == [["type", "name", "label"], ["text", "a", "A | B"], ["note", "n", "N"]])
    #expect(workbook.sheets[1].rows == [["list_name", "name", "label"]])
  }

  @Test func testARowBeforeAnySheet() {
    guard case .failure(let e) = PyxformMarkdown.workbook("| | type |\n") else {
      Issue.record("expected an error")
      return
    }
    #expect(e.message == "line 1: a row before any sheet name")
  }
}
