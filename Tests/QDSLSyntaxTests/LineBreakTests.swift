// Line ends: "\n", "\r\n" and a lone "\r" each end one line, for the line index (diagnostic positions), the
// lexer (comments and strings end there) and the line-end style `qdsl fmt` keeps.

import Foundation
import QDSLSyntax
import Testing

@Suite struct LineBreakTests {
  @Test func testEachLineEndStartsOneLine() {
    let text = "a\rb\r\nc\nd\r\re\r"
    let index = LineIndex(text)
    #expect(index.lineStarts == [0, 2, 5, 7, 9, 10, 12])
    #expect((0..<index.lineCount).map(index.lineText) == ["a", "b", "c", "d", "", "e", ""])
    #expect(index.position(of: 5) == (3, 1))
    let bytes = Array(text.utf8)
    #expect(LineBreak.lineStarts(bytes) == index.lineStarts)
    #expect(LineBreak.count(bytes, in: 0..<bytes.count) == 6)
    #expect(LineBreak.count(bytes, in: 0..<4) == 2, "a \\r\\n cut by the range's end counts once")
    #expect((0...bytes.count).filter { LineBreak.startsLine(bytes, at: $0) } == index.lineStarts)
  }

  @Test func testTheStyleIsTheFirstLineBreaks() {
    #expect(LineBreak.style(of: Array("a\r\nb\nc\r".utf8)) == .crlf)
    #expect(LineBreak.style(of: Array("a\rb\r\n".utf8)) == .cr)
    #expect(LineBreak.style(of: Array("a\nb\r\n".utf8)) == .lf)
    #expect(LineBreak.style(of: Array("no break".utf8)) == .lf)
  }

  @Test func testAClassicMacFileIsReadLineByLine() {
    // Before lone CRs ended lines, the comment swallowed the rest of the file and every position was on line 1.
    let source = "survey s\rlanguages en\r# a comment\rquestion staff: integer { text \"Staff?\" }\r"
    let parse = Parse(source: source)
    #expect(parse.diagnostics == [])
    #expect(parse.tree.tokens.filter { $0.kind == .kwQuestion }.count == 1)
    let comment = parse.tree.tokens.indices.first { parse.tree.tokenKind($0) == .comment }
    #expect(comment.map { parse.tree.tokenText($0) } == "# a comment")
    let open = Parse(source: "survey s\rquestion q: integer { text \"Q?\r}\r")
    #expect(open.diagnostics.map(\.code) == [.unterminatedString], "a string ends at a lone CR too")
    #expect(open.lineIndex.position(of: open.diagnostics[0].range.start) == (2, 28))
  }
}
