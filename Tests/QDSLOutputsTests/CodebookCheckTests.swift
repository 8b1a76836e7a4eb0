// The checks of questions in the codebooks: each with its variable, the condition in words and in qdsl, and the
// message, in Markdown, HTML, CSV (numbered check columns), DDI (`notes`) and as comments of SPSS and Stata.

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import Testing

@Suite struct CodebookCheckTests {
  static let source = #"""
    survey s
    languages en fi
    choices kind { 1 a { en "A" fi "A" } 2 b { en "B" fi "B" } 97 none { en "None" fi "Ei mitään" } exclusive }
    question staff: integer 1..1000 required {
      text { en "Staff?" fi "Henkilöstö?" }
    }
    question hours: decimal 0..80 {
      text { en "Hours?" fi "Tunnit?" }
      check hours <= staff * 40 { en "At most {staff} × 40 hours." fi "Enintään {staff} × 40 tuntia." }
      check hours > 0 or staff == 1 { en "Hours must be \"positive\"." fi "Tuntien on oltava positiivisia." }
    }
    question kinds: many of kind {
      text { en "Kinds?" fi "Lajit?" }
      check count(kinds) <= 2 { en "Two at most." fi "Enintään kaksi." }
    }
    question other: integer { text { en "Other?" fi "Muu?" } }
    """#

  func codebook() -> Codebook {
    let checked = Checker.check(source: Self.source)
    #expect(checked.diagnostics.map(\.message) == [])
    return Codebook(checked.survey)
  }

  @Test func testTheCodebookModelHasEveryCheckWithItsVariable() {
    let codebook = codebook()
    let hours = codebook.variables.first { $0.name == "hours" }
    #expect(hours?.checks.map(\.expression) == ["hours <= staff * 40", "hours > 0 or staff == 1"])
    #expect(hours?.checks.first?.conditionWords["en"] == "hours ≤ staff × 40")
    #expect(hours?.checks.last?.conditionWords["fi"] == "hours > 0 tai staff = 1")
    #expect(hours?.checks.first?.messages["fi"] == "Enintään {staff} × 40 tuntia.")
    // Every 0/1 variable of a `many of` question has the question's checks; other variables have none.
    for name in ["kinds_1", "kinds_2", "kinds_97"] {
      #expect(codebook.variables.first { $0.name == name }?.checks.map(\.expression) == ["count(kinds) <= 2"])
    }
    #expect(codebook.variables.first { $0.name == "staff" }?.checks.count == 0)
  }

  @Test func testMarkdownAndHTMLListEachCheckUnderItsVariable() {
    let markdown = CodebookMarkdown.render(codebook(), language: "en")
    #expect(
      markdown.contains(
        """
        - **Check:** hours ≤ staff × 40
          - Message: At most {staff} × 40 hours.
          - qdsl expression: `hours <= staff * 40`
        - **Check:** hours > 0 or staff = 1
          - Message: Hours must be "positive".
          - qdsl expression: `hours > 0 or staff == 1`

        """), Comment(rawValue: markdown))
    #expect(
      CodebookMarkdown.render(codebook(), language: "fi").contains(
        "- **Tarkistus:** hours > 0 tai staff = 1\n  - Viesti: Tuntien"))
    let html = CodebookHTML.render(codebook(), language: "en")
    #expect(
      html.contains(
        "<dt>Check</dt><dd class=\"check\">hours ≤ staff × 40<br><span class=\"message\"><span class=\"expr-name\">"
          + "Message:</span> At most {staff} × 40 hours.</span><br><span class=\"expr\"><span class=\"expr-name\">"
          + "qdsl expression:</span> <code>hours &lt;= staff * 40</code></span></dd>"), Comment(rawValue: html))
    #expect(html.components(separatedBy: "<dt>Check</dt>").count - 1 == 5, "two for hours, one per kinds_ flag")
  }

  @Test func testCSVHasNumberedCheckColumns() throws {
    let csv = CodebookCSV.render(codebook())
    let rows = CodebookWriterTests.parseCSV(csv)
    let header = try #require(rows.first)
    #expect(
      Array(header.suffix(6)) == [
        "check_1", "check_1_message_en", "check_1_message_fi", "check_2", "check_2_message_en", "check_2_message_fi",
      ])
    let records = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    let hours = try #require(records.first { $0["variable"] == "hours" })
    #expect(hours["check_1"] == "hours <= staff * 40")
    #expect(hours["check_1_message_fi"] == "Enintään {staff} × 40 tuntia.")
    #expect(hours["check_2"] == "hours > 0 or staff == 1")
    #expect(hours["check_2_message_en"] == "Hours must be \"positive\".")
    // Every value row of a variable repeats its checks; a variable without checks has the columns empty.
    let flags = records.filter { $0["variable"] == "kinds_97" }
    #expect(flags.map { $0["check_1"] } == ["count(kinds) <= 2", "count(kinds) <= 2"])
    #expect(flags.map { $0["check_2"] } == ["", ""])
    #expect(records.first { $0["variable"] == "staff" }?["check_1"] == "")
  }

  @Test func testDDIHasANoteForEachCheckAndLanguage() {
    let xml = DDIWriter.render(codebook())
    #expect(
      xml.contains(
        "<notes type=\"qdsl:check\" subject=\"hours &lt;= staff * 40\" xml:lang=\"fi\">Tarkistus: hours ≤ staff × 40\n"
          + "Viesti: Enintään {staff} × 40 tuntia.</notes>"), Comment(rawValue: xml))
    #expect(xml.components(separatedBy: "type=\"qdsl:check\"").count - 1 == 2 * 2 + 3 * 2)
  }

  @Test func testSPSSAndStataListTheChecksInTheirHeaderComment() {
    let lines = [
      "* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it "
        + "does not.",
      "* hours: hours <= staff * 40. Message: At most {staff} × 40 hours.",
      "* hours: hours > 0 or staff == 1. Message: Hours must be \"positive\".",
      "* kinds: count(kinds) <= 2. Message: Two at most.",
    ]
    #expect(SPSSWriter.render(codebook(), language: "en").contains(lines.joined(separator: "\n") + "\n"))
    #expect(StataWriter.render(codebook(), language: "en").contains(lines.joined(separator: "\n") + "\n"))
  }
}
