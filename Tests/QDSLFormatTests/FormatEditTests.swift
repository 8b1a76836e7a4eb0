// The one edit sent to editors: whole lines, only the changed ones, and applying it gives the formatted text.

import QDSLFormat
import QDSLSyntax
import XCTest

final class FormatEditTests: XCTestCase {
  private func apply(_ e: FormatEdit?, _ old: String) -> String {
    guard let e else { return old }
    let b = Array(old.utf8)
    return String(decoding: b[0..<e.range.start] + Array(e.newText.utf8) + b[e.range.end...], as: UTF8.self)
  }

  func testEditsCoverOnlyTheChangedLines() {
    let old = "a\nb  c\nd\n"
    let new = "a\nb c\nd\n"
    let e = FormatEdit.between(Array(old.utf8), Array(new.utf8))
    XCTAssertEqual(e, FormatEdit(range: TextRange(2, 7), newText: "b c\n"))
    XCTAssertNil(FormatEdit.between(Array(old.utf8), Array(old.utf8)))
  }

  func testApplyingTheEditGivesTheNewText() {
    let texts = ["", "a", "a\n", "a\n\n", "\n", "x\ny\n", "x\nz\ny\n", "a\nb\nc", "a\nb\nb\nc\n", "ä\nö\n", "q\n q\n"]
    for old in texts {
      for new in texts {
        let e = FormatEdit.between(Array(old.utf8), Array(new.utf8))
        XCTAssertEqual(apply(e, old), new, "\(old.debugDescription) -> \(new.debugDescription)")
        if let e {
          XCTAssertTrue(e.range.start == 0 || Array(old.utf8)[e.range.start - 1] == 0x0A, "starts at a line")
        }
      }
    }
  }
}
