// The one edit sent to editors: whole lines, only the changed ones, and applying it gives the formatted text.

import Foundation
import QDSLFormat
import QDSLSyntax
import Testing

@Suite struct FormatEditTests {
  private func apply(_ e: FormatEdit?, _ old: String) -> String {
    guard let e else { return old }
    let b = Array(old.utf8)
    return String(decoding: b[0..<e.range.start] + Array(e.newText.utf8) + b[e.range.end...], as: UTF8.self)
  }

  @Test func testEditsCoverOnlyTheChangedLines() {
    let old = "a\nb  c\nd\n"
    let new = "a\nb c\nd\n"
    let e = FormatEdit.between(Array(old.utf8), Array(new.utf8))
    #expect(e == FormatEdit(range: TextRange(2, 7), newText: "b c\n"))
    #expect(FormatEdit.between(Array(old.utf8), Array(old.utf8)) == nil)
  }

  @Test func testApplyingTheEditGivesTheNewText() {
    var texts = ["", "a", "a\n", "a\n\n", "\n", "x\ny\n", "x\nz\ny\n", "a\nb\nc", "a\nb\nb\nc\n", "ä\nö\n", "q\n q\n"]
    // The same texts with Windows and classic Mac OS line ends, and a CRLF split or joined by an edit.
    texts +=
      texts.map { $0.replacingOccurrences(of: "\n", with: "\r\n") }
      + texts.map {
        $0.replacingOccurrences(of: "\n", with: "\r")
      } + ["a\r", "a\r\nb", "a\rb", "a\r\n\r\n", "a\r\r\n"]
    for old in texts {
      for new in texts {
        let e = FormatEdit.between(Array(old.utf8), Array(new.utf8))
        #expect(apply(e, old) == new, "\(old.debugDescription) -> \(new.debugDescription)")
        if let e {
          #expect(LineBreak.startsLine(Array(old.utf8), at: e.range.start), "starts at a line")
        }
      }
    }
  }

  @Test func testLoneCarriageReturnsEndTheLinesAnEditCovers() {
    let old = "a\rb  c\rd\r"
    let new = "a\rb c\rd\r"
    #expect(
      FormatEdit.between(Array(old.utf8), Array(new.utf8)) == FormatEdit(range: TextRange(2, 7), newText: "b c\r"))
  }
}
