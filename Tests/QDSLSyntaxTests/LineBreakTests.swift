// Line ends: "\n", "\r\n" and a lone "\r" each end one line, for the line index (diagnostic positions), the
// lexer (comments and strings end there) and the line-end style `qdsl fmt` keeps.

import QDSLSyntax
import XCTest

final class LineBreakTests: XCTestCase {
  func testEachLineEndStartsOneLine() {
    let text = "a\rb\r\nc\nd\r\re\r"
    let index = LineIndex(text)
    XCTAssertEqual(index.lineStarts, [0, 2, 5, 7, 9, 10, 12])
    XCTAssertEqual((0..<index.lineCount).map(index.lineText), ["a", "b", "c", "d", "", "e", ""])
    XCTAssertTrue(index.position(of: 5) == (3, 1))
    let bytes = Array(text.utf8)
    XCTAssertEqual(LineBreak.lineStarts(bytes), index.lineStarts)
    XCTAssertEqual(LineBreak.count(bytes, in: 0..<bytes.count), 6)
    XCTAssertEqual(LineBreak.count(bytes, in: 0..<4), 2, "a \\r\\n cut by the range's end counts once")
    XCTAssertEqual((0...bytes.count).filter { LineBreak.startsLine(bytes, at: $0) }, index.lineStarts)
  }

  func testTheStyleIsTheFirstLineBreaks() {
    XCTAssertEqual(LineBreak.style(of: Array("a\r\nb\nc\r".utf8)), .crlf)
    XCTAssertEqual(LineBreak.style(of: Array("a\rb\r\n".utf8)), .cr)
    XCTAssertEqual(LineBreak.style(of: Array("a\nb\r\n".utf8)), .lf)
    XCTAssertEqual(LineBreak.style(of: Array("no break".utf8)), .lf)
  }

  func testAClassicMacFileIsReadLineByLine() {
    // Before lone CRs ended lines, the comment swallowed the rest of the file and every position was on line 1.
    let source = "survey s\rlanguages en\r# a comment\rquestion staff: integer { text \"Staff?\" }\r"
    let parse = Parse(source: source)
    XCTAssertEqual(parse.diagnostics, [])
    XCTAssertEqual(parse.tree.tokens.filter { $0.kind == .kwQuestion }.count, 1)
    let comment = parse.tree.tokens.indices.first { parse.tree.tokenKind($0) == .comment }
    XCTAssertEqual(comment.map { parse.tree.tokenText($0) }, "# a comment")
    let open = Parse(source: "survey s\rquestion q: integer { text \"Q?\r}\r")
    XCTAssertEqual(open.diagnostics.map(\.code), [.unterminatedString], "a string ends at a lone CR too")
    XCTAssertTrue(open.lineIndex.position(of: open.diagnostics[0].range.start) == (2, 28))
  }
}
