// Forms that cannot be imported: one located error (sheet, row, column) with a fix, never a crash.

import QDSLSyntax
import QDSLTestSupport
import QDSLWorkbook
import QDSLXLSForm
import Testing

@Suite struct XLSFormErrorTests {
  /// The error of importing a Markdown form; fails the test when the import succeeds.
  func error(_ markdown: String) throws -> WorkbookError {
    let workbook = try Workbook(markdown: markdown)
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
      | settings |
      | | form_id |
      | | f |
      """)
    #expect(e.message == "the workbook has no sheet named 'survey' (its sheets: 'choices', 'settings')")
    #expect(e.location == nil)
    #expect(e.help != nil)
  }

  @Test func testTheOnlySheetIsTheSurvey() throws {
    let workbook = try Workbook(markdown: "| Sheet1 |\n| | type | name | label |\n| | text | a | A |\n")
    let result = try XLSFormImport.run(workbook).get()
    #expect(result.source.contains("question a: text {"))
    #expect(result.report.warnings.map(\.message) == ["the only sheet, 'Sheet1', is read as the survey sheet"])
  }

  @Test func testTypographicQuotesInAnExpressionGetAFix() throws {
    let e = try error(
      """
      | survey |
      | | type | name | label | relevant |
      | | text | a | A | |
      | | text | b | B | ${a} = ‘other’ |
      """)
    #expect(e.help == "write straight quotes ' or \" instead of the typographic ‘ (a word processor's)")
  }

  /// A chain of operators in one cell nests one level per operator: past a thousand it is a located error, not a
  /// stack overflow.
  @Test func testAVeryLongChainOfOperatorsIsAnErrorNotACrash() throws {
    let chain = Array(repeating: "${a} = 1", count: 20_000).joined(separator: " or ")
    let e = try error(
      """
      | survey |
      | | type | name | label | relevant |
      | | integer | a | A | |
      | | text | b | B | \(chain) |
      """)
    #expect(e.message.contains("more than 1000 operators"), "\(e.message.prefix(200))")
    #expect(e.location?.row == 3)
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
    #expect(e.location == CellLocation(sheet: "survey", row: 3, column: 0, header: "type", line: 4))
    #expect(e.description == "line 4, sheet survey, column A (type): unknown type 'integr'")
  }

  @Test func testUnknownLanguageNameNamesTheColumn() throws {
    let e = try error(
      """
      | survey |
      | | type | name | label::English (en) | label::Klingon |
      | | text | a | A | qaStaHvIS |
      """)
    #expect(e.message == "the language 'Klingon' of the column 'label::Klingon' has no language tag")
    #expect(e.location == CellLocation(sheet: "survey", row: nil, column: 3, header: "label::Klingon", line: 2))
    #expect(e.help?.contains("label::Klingon (xx)") == true)
  }

  @Test func testBareLanguageNamesAreLookedUp() throws {
    let workbook = try Workbook(
      markdown: """
        | survey |
        | | type | name | label::English | label::Français | label:Svenska |
        | | text | a | A | Ah | Aa |
        """)
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
    #expect(e.location == CellLocation(sheet: "survey", row: 3, column: 3, header: "relevant", line: 4))
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
    #expect(e.location == CellLocation(sheet: "survey", row: 2, column: 1, header: "name", line: 3))
  }

  @Test func testDeepGroupsAreAnErrorAndLongChainsAComment() throws {
    var deep = "| survey |\n| | type | name | label |\n"
    for i in 0..<5000 { deep += "| | begin group | g\(i) | G |\n" }
    let e = try error(deep)
    #expect(e.message == "groups and repeats are nested more than 40 deep here")
    #expect(e.location?.row == 42)
    let chain = (0..<150).map { "${a} = \($0)" }.joined(separator: " or ")
    let workbook = try Workbook(
      markdown:
        "| survey |\n| | type | name | label | relevant |\n| | integer | a | A | |\n| | text | b | B | \(chain) |\n")
    let result = try XLSFormImport.run(workbook).get()
    #expect(result.source.contains("# xlsform relevant (not translated: qdsl cannot read the translation"))
    #expect(Parse(source: result.source).diagnostics.isEmpty)
  }

  @Test func testJunkNeverCrashes() throws {
    let junk = [
      "", "| survey |", "| survey |\n| | type |\n| | begin group |", "| survey |\n| | name |\n| | x |",
      "| survey |\n| | type | name | relevant |\n| | text | a | ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((( |",
    ]
    for text in junk {
      guard let workbook = try? Workbook(markdown: text) else { continue }
      _ = XLSFormImport.run(workbook)
    }
  }
}
