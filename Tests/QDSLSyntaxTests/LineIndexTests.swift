// Line starts updated in place by edits (as the language server does per keystroke) always equal a rescan of the
// edited text; positions in every encoding round-trip and clamp.

import Foundation
import QDSLSyntax
import QDSLText
import Testing

@Suite struct LineIndexTests {
  @Test func testIncrementalLineStartsEqualARescan() {
    var rng = SplitMix64(seed: 5)
    var lines = LineIndex(Array("a\nbb\r\nä😀\n\rlast\r".utf8))
    // Lone "\r" and "\n" next to each other, so that edits join and split "\r\n" pairs.
    let pieces = ["", "x", "\n", "\r\n", "😀\n", "\n\n", "ö", "\r", "\r\r", "a\r", "\nb"].map { Array($0.utf8) }
    for _ in 0..<4000 {
      let start = rng.remainder(lines.bytes.count + 1)
      let end = min(lines.bytes.count, start + rng.remainder(5))
      lines.replace(TextRange(start, end), with: pieces[rng.remainder(pieces.count)])
      #expect(lines.lineStarts == LineIndex(lines.bytes).lineStarts)
    }
  }

  @Test func testEveryLineEndOfTheLSPSpecEndsALine() {
    // "\n", "\r\n" and a lone "\r" each end one line; an edit that joins a "\r" and a "\n" makes one line end.
    var lines = LineIndex(Array("a\rb\r\nc\nd\r\re".utf8))
    #expect(lines.lineStarts == [0, 2, 5, 7, 9, 10])
    #expect(lines.lineRange(1) == TextRange(2, 3), "without its \\r\\n")
    #expect(lines.position(of: 10, encoding: .utf16) == (5, 0))
    #expect(lines.offset(line: 4, column: 3, encoding: .utf16) == 9, "an empty line between two \\r")
    lines.replace(TextRange(10, 10), with: Array("\n".utf8))
    #expect(lines.lineStarts == [0, 2, 5, 7, 9, 11])
    lines.replace(TextRange(1, 1), with: Array("x".utf8))
    #expect(lines.lineStarts == [0, 3, 6, 8, 10, 12], "an insertion before a line end moves it")
  }

  @Test func testPositionsInEveryEncodingRoundTripAndClamp() {
    let lines = LineIndex(Array("ab😀c\nä\n".utf8))
    #expect(lines.offset(line: 0, column: 4, encoding: .utf16) == 6)  // after the emoji (2 units)
    #expect(lines.offset(line: 0, column: 6, encoding: .utf8) == 6)  // after the emoji (4 bytes)
    #expect(lines.offset(line: 0, column: 3, encoding: .utf16) == 2, "inside a surrogate pair: its start")
    #expect(lines.offset(line: 0, column: 99, encoding: .utf16) == 7, "past the end of the line")
    #expect(lines.offset(line: 9, column: 0, encoding: .utf16) == 11, "past the last line")
    #expect(lines.offset(line: -1, column: 0, encoding: .utf8) == 0)
    #expect(lines.position(of: 6, encoding: .utf16) == (0, 4))
    #expect(lines.position(of: 10, encoding: .utf8) == (1, 2))
    #expect(lines.position(of: 10, encoding: .utf16) == (1, 1))
    #expect(lines.position(of: 500, encoding: .utf16) == (2, 0))
    #expect(lines.offset(line: 0, column: 3, encoding: .utf32) == 6, "after the emoji (1 scalar)")
    #expect(lines.position(of: 6, encoding: .utf32) == (0, 3))
    #expect(lines.position(of: 7, encoding: .utf32) == (0, 4))
    // People's columns are 1-based scalars, and an offset inside a scalar points at it.
    #expect(lines.position(of: 7) == (1, 5))
    #expect(lines.position(of: 4) == (1, 3), "inside the emoji: the emoji")
    #expect(lines.position(of: 4, encoding: .utf16) == (0, 4), "UTF-16 counts the emoji begun")
  }
}
