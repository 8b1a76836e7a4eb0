// The server's line starts, updated in place by edits, always equal a rescan of the edited text; positions in
// both encodings round-trip and clamp.

import QDSLSyntax
import QDSLText
import XCTest

@testable import QDSLLanguageServer

final class TextLinesTests: XCTestCase {
  func testIncrementalLineStartsEqualARescan() {
    var rng = SplitMix64(seed: 5)
    var lines = TextLines(Array("a\nbb\r\nä😀\n\nlast".utf8))
    let pieces = ["", "x", "\n", "\r\n", "😀\n", "\n\n", "ö"].map { Array($0.utf8) }
    for _ in 0..<2000 {
      let start = rng.remainder(lines.bytes.count + 1)
      let end = min(lines.bytes.count, start + rng.remainder(5))
      lines.replace(TextRange(start, end), with: pieces[rng.remainder(pieces.count)])
      XCTAssertEqual(lines.lineStarts, TextLines(lines.bytes).lineStarts)
    }
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
