// Line starts updated in place by edits (as the language server does per keystroke) always equal a rescan of the
// edited text; positions in every encoding round-trip and clamp.

import QDSLSyntax
import QDSLText
import XCTest

final class LineIndexTests: XCTestCase {
  func testIncrementalLineStartsEqualARescan() {
    var rng = SplitMix64(seed: 5)
    var lines = LineIndex(Array("a\nbb\r\nä😀\n\nlast".utf8))
    let pieces = ["", "x", "\n", "\r\n", "😀\n", "\n\n", "ö"].map { Array($0.utf8) }
    for _ in 0..<2000 {
      let start = rng.remainder(lines.bytes.count + 1)
      let end = min(lines.bytes.count, start + rng.remainder(5))
      lines.replace(TextRange(start, end), with: pieces[rng.remainder(pieces.count)])
      XCTAssertEqual(lines.lineStarts, LineIndex(lines.bytes).lineStarts)
    }
  }

  func testPositionsInEveryEncodingRoundTripAndClamp() {
    let lines = LineIndex(Array("ab😀c\nä\n".utf8))
    XCTAssertEqual(lines.offset(line: 0, column: 4, encoding: .utf16), 6)  // after the emoji (2 units)
    XCTAssertEqual(lines.offset(line: 0, column: 6, encoding: .utf8), 6)  // after the emoji (4 bytes)
    XCTAssertEqual(lines.offset(line: 0, column: 3, encoding: .utf16), 2, "inside a surrogate pair: its start")
    XCTAssertEqual(lines.offset(line: 0, column: 99, encoding: .utf16), 7, "past the end of the line")
    XCTAssertEqual(lines.offset(line: 9, column: 0, encoding: .utf16), 11, "past the last line")
    XCTAssertEqual(lines.offset(line: -1, column: 0, encoding: .utf8), 0)
    XCTAssertTrue(lines.position(of: 6, encoding: .utf16) == (0, 4))
    XCTAssertTrue(lines.position(of: 10, encoding: .utf8) == (1, 2))
    XCTAssertTrue(lines.position(of: 10, encoding: .utf16) == (1, 1))
    XCTAssertTrue(lines.position(of: 500, encoding: .utf16) == (2, 0))
    XCTAssertEqual(lines.offset(line: 0, column: 3, encoding: .utf32), 6, "after the emoji (1 scalar)")
    XCTAssertTrue(lines.position(of: 6, encoding: .utf32) == (0, 3))
    XCTAssertTrue(lines.position(of: 7, encoding: .utf32) == (0, 4))
    // People's columns are 1-based scalars, and an offset inside a scalar points at it.
    XCTAssertTrue(lines.position(of: 7) == (1, 5))
    XCTAssertTrue(lines.position(of: 4) == (1, 3), "inside the emoji: the emoji")
    XCTAssertTrue(lines.position(of: 4, encoding: .utf16) == (0, 4), "UTF-16 counts the emoji begun")
  }
}
