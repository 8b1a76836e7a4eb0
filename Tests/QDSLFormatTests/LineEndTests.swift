// `qdsl fmt` keeps a file's line ends: CRLF in, CRLF everywhere out (triple-quoted texts too); a lone CR stays.

import Foundation
import QDSLFormat
import QDSLSemantics
import QDSLSyntax
import Testing

@Suite struct LineEndTests {
  /// Comments, a re-indented triple-quoted text, one kept as written (a tab) and a blank line to keep.
  let source = """
    # A staff survey
    survey staff_pulse
    languages en
    question staff: integer 0..100 {   # how many
      text \"\"\"
          How many people
          work here?
          \"\"\"
      hint \"\"\"
    \tCount everyone.
    \t\"\"\"
    }

    note thanks { text "Thank you" }

    """

  private func format(_ text: String) -> String? {
    guard case .formatted(let out) = Formatter.format(source: text) else {
      Issue.record("refused: \(text.debugDescription)")
      return nil
    }
    return out
  }

  @Test func testEachLineEndStyleIsKeptThroughout() throws {
    let lf = try #require(format(source))
    #expect(!lf.contains("\r"))
    for end in ["\r\n", "\r"] {
      let input = source.replacingOccurrences(of: "\n", with: end)
      let out = try #require(format(input))
      #expect(out == lf.replacingOccurrences(of: "\n", with: end), "line end \(end.debugDescription)")
      // The texts read the same: every line break in a text is one "\n".
      #expect(Checker.check(source: out).survey.items.count == Checker.check(source: input).survey.items.count)
    }
  }

  @Test func testTheFirstLineBreakDecidesAMixedFile() throws {
    let mixed = "survey s\r\nlanguages en\nquestion q: integer {\r  text \"\"\"\r\n    Q\n    \"\"\"\n}\n"
    let out = try #require(format(mixed))
    #expect(
      out == "survey s\r\nlanguages en\r\n\r\nquestion q: integer {\r\n  text \"\"\"\r\n    Q\r\n    \"\"\"\r\n}\r\n")
  }

  @Test func testRangeFormattingWritesTheFilesLineEnds() throws {
    let text = "survey s\r\nlanguages en\r\n\r\nquestion q : integer{text \"Q\"}\r\n"
    let edit = try #require(try Formatter.formatDeclarations(Parse(source: text), touching: TextRange(40, 40)).get())
    #expect(
      !(edit.newText.replacingOccurrences(of: "\r\n", with: "").contains("\n")),
      Comment(rawValue: edit.newText.debugDescription))
    #expect(edit.newText.contains("\r\n"))
  }
}
