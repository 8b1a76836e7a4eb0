// `qdsl fmt` keeps a file's line ends: CRLF in, CRLF everywhere out (triple-quoted texts too); a lone CR stays.

import QDSLFormat
import QDSLSemantics
import QDSLSyntax
import XCTest

final class LineEndTests: XCTestCase {
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
      XCTFail("refused: \(text.debugDescription)")
      return nil
    }
    return out
  }

  func testEachLineEndStyleIsKeptThroughout() throws {
    let lf = try XCTUnwrap(format(source))
    XCTAssertFalse(lf.contains("\r"))
    for end in ["\r\n", "\r"] {
      let input = source.replacingOccurrences(of: "\n", with: end)
      let out = try XCTUnwrap(format(input))
      XCTAssertEqual(out, lf.replacingOccurrences(of: "\n", with: end), "line end \(end.debugDescription)")
      // The texts read the same: every line break in a text is one "\n".
      XCTAssertEqual(
        Checker.check(source: out).survey.items.count, Checker.check(source: input).survey.items.count)
    }
  }

  func testTheFirstLineBreakDecidesAMixedFile() throws {
    let mixed = "survey s\r\nlanguages en\nquestion q: integer {\r  text \"\"\"\r\n    Q\n    \"\"\"\n}\n"
    let out = try XCTUnwrap(format(mixed))
    XCTAssertEqual(
      out, "survey s\r\nlanguages en\r\n\r\nquestion q: integer {\r\n  text \"\"\"\r\n    Q\r\n    \"\"\"\r\n}\r\n")
  }

  func testRangeFormattingWritesTheFilesLineEnds() throws {
    let text = "survey s\r\nlanguages en\r\n\r\nquestion q : integer{text \"Q\"}\r\n"
    let edit = try XCTUnwrap(try Formatter.formatDeclarations(Parse(source: text), touching: TextRange(40, 40)).get())
    XCTAssertFalse(
      edit.newText.replacingOccurrences(of: "\r\n", with: "").contains("\n"), edit.newText.debugDescription)
    XCTAssertTrue(edit.newText.contains("\r\n"))
  }
}
