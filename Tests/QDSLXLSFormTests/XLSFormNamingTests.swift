// The importer's naming rule for items and options and its rule for codes, as docs/migrating-from-xlsform.md
// states them, through whole imports.

import QDSLSemantics
import QDSLTestSupport
import QDSLWorkbook
import Testing

@testable import QDSLXLSForm

@Suite struct XLSFormNamingTests {
  @Test func testTheNamingRule() {
    #expect(Identifiers.valid("n1-c", fallback: "x") == "n1_c", "a run of other characters is one _")
    #expect(Identifiers.valid("Café.Crème", fallback: "x") == "Cafe_Creme", "accents dropped, case kept")
    #expect(Identifiers.valid("1st", fallback: "x") == "_1st", "a leading digit gets a _")
    #expect(Identifiers.valid("and", fallback: "x") == "and_", "reserved words get a trailing _")
    #expect(Identifiers.valid("日本", fallback: "item") == "item", "nothing left: the fallback")
    #expect(Identifiers.fromLabel("Don't know") == "dont_know")
    #expect(Identifiers.fromLabel("Strongly agree with the statement") == "strongly_agree_with_the")
    var names = NameSpace()
    #expect(
      [names.claim("a"), names.claim("a"), names.claim("a_2"), names.claim("a")] == ["a", "a_2", "a_2_2", "a_3"])
  }

  @Test func testACountOfMinHasItsBound() {
    #expect(Importer.literalBound("min(visits, 5)") == 5)
    #expect(Importer.literalBound("min(x, 5) + min(y, 3)") == nil, "not one call")
    #expect(Importer.literalBound("min(x, y)") == nil)
    #expect(Importer.literalBound("min(x, 20000)") == nil, "beyond qdsl's most iterations")
  }

  @Test func testOptionNamesAndCodes() throws {
    let workbook = try Workbook(
      markdown: """
        | survey |
        | | type | name | label | relevant |
        | | select_one mixed | q | Q | |
        | | note | n | N | ${q} = 'end' or ${q} = '2' or ${q} = 'b-c' |
        | choices |
        | | list_name | name | label |
        | | mixed | a | A |
        | | mixed | 2 | Two things |
        | | mixed | b-c | B or C |
        | | mixed | end | The end |
        | | mixed | -9 | Refused |
        | | mixed | 01 | Zero one |
        """)
    let source = try XLSFormImport.run(workbook).get().source
    #expect(
      source.contains(
        """
        choices mixed {
          1 a "A"
          2 two_things "Two things"
          3 b_c "B or C"
          4 end_ "The end"
          -9 refused "Refused"
          5 _01 "Zero one"
        }
        """), Comment(rawValue: source))
    #expect(source.contains("if q == end_ or q == two_things or q == b_c {"), Comment(rawValue: source))
    #expect(!Checker.check(source: source).hasErrors)
  }
}
