// The server's line starts, updated in place by edits, always equal a rescan of the edited text; positions in
// both encodings round-trip and clamp.

import QDSLSyntax
import XCTest

@testable import QDSLLanguageServer

final class TextLinesTests: XCTestCase {
  func testIncrementalLineStartsEqualARescan() {
    var rng = SplitMix(state: 5)
    var lines = TextLines(Array("a\nbb\r\nä😀\n\rlast\r".utf8))
    // Lone "\r" and "\n" next to each other, so that edits join and split "\r\n" pairs.
    let pieces = ["", "x", "\n", "\r\n", "😀\n", "\n\n", "ö", "\r", "\r\r", "a\r", "\nb"].map { Array($0.utf8) }
    for _ in 0..<4000 {
      let start = rng.below(lines.bytes.count + 1)
      let end = min(lines.bytes.count, start + rng.below(5))
      lines.replace(TextRange(start, end), with: pieces[rng.below(pieces.count)])
      XCTAssertEqual(lines.lineStarts, LineIndex(lines.bytes).lineStarts)
    }
  }

  func testEveryLineEndOfTheLSPSpecEndsALine() {
    // "\n", "\r\n" and a lone "\r" each end one line.
    let lines = TextLines(Array("a\rb\r\nc\nd\r\re".utf8))
    XCTAssertEqual(lines.lineStarts, [0, 2, 5, 7, 9, 10])
    XCTAssertEqual(lines.lineRange(1), TextRange(2, 3), "without its \\r\\n")
    XCTAssertTrue(lines.position(of: 10, encoding: .utf16) == (5, 0))
    XCTAssertEqual(lines.offset(line: 4, character: 3, encoding: .utf16), 9, "an empty line between two \\r")
  }

  func testPositionsInBothEncodingsRoundTripAndClamp() {
    let lines = TextLines(Array("ab😀c\nä\n".utf8))
    XCTAssertEqual(lines.offset(line: 0, character: 4, encoding: .utf16), 6)  // after the emoji (2 units)
    XCTAssertEqual(lines.offset(line: 0, character: 6, encoding: .utf8), 6)  // after the emoji (4 bytes)
    XCTAssertEqual(lines.offset(line: 0, character: 3, encoding: .utf16), 2, "inside a surrogate pair: its start")
    XCTAssertEqual(lines.offset(line: 0, character: 99, encoding: .utf16), 7, "past the end of the line")
    XCTAssertEqual(lines.offset(line: 9, character: 0, encoding: .utf16), 11, "past the last line")
    XCTAssertEqual(lines.offset(line: -1, character: 0, encoding: .utf8), 0)
    XCTAssertTrue(lines.position(of: 6, encoding: .utf16) == (0, 4))
    XCTAssertTrue(lines.position(of: 10, encoding: .utf8) == (1, 2))
    XCTAssertTrue(lines.position(of: 10, encoding: .utf16) == (1, 1))
    XCTAssertTrue(lines.position(of: 500, encoding: .utf16) == (2, 0))
  }
}
