// Lexer behaviour that fixtures cannot show well: token kinds and spans, keywords, and the recovery for a
// string broken over two lines.

import QDSLSyntax
import XCTest

final class LexerTests: XCTestCase {
  private func kinds(_ source: String) -> [TokenKind] {
    let parse = Parse(source: source)
    return parse.tree.tokens.map(\.kind).filter { !$0.isTrivia }
  }

  func testTokensKeywordsAndRanges() {
    XCTAssertEqual(
      kinds("question staff: integer 1..10 required"),
      [.kwQuestion, .identifier, .colon, .kwInteger, .integer, .dotDot, .integer, .kwRequired])
    XCTAssertEqual(
      kinds("a == -1.5 != b <= c >= d < e > f"),
      [
        .identifier, .eqEq, .minus, .decimal, .bangEq, .identifier, .lessEq, .identifier, .greaterEq, .identifier,
        .less, .identifier, .greater, .identifier,
      ])
    XCTAssertEqual(kinds("questions endings"), [.identifier, .identifier], "keywords are whole words")
    let parse = Parse(source: "  x # comment\n\"ä\"")
    XCTAssertEqual(
      parse.tree.tokens.map(\.kind), [.whitespace, .identifier, .whitespace, .comment, .whitespace, .string])
    XCTAssertEqual(parse.tree.tokenRange(5), TextRange(14, 18), "ranges are UTF-8 byte offsets")
  }

  func testAStringBrokenOverTwoLinesIsOneError() {
    let source = """
      survey s
      languages en
      question staff: integer {
        text { en "How many people work
        here?" }
      }
      question other: integer { text { en "Other?" } }
      """
    let parse = Parse(source: source)
    XCTAssertEqual(parse.diagnostics.map(\.code), [.unterminatedString])
    XCTAssertEqual(parse.lineIndex.position(of: parse.diagnostics[0].range.start).line, 4)
  }

  func testMalformedNumbersAndNonASCIINamesAreOneTokenEach() {
    let parse = Parse(source: "calculate c = 12abc + 1.5.2\nquestion tyytyväisyys: integer { text \"T?\" }")
    XCTAssertEqual(parse.diagnostics.map(\.code), [.malformedNumber, .malformedNumber, .invalidCharacter])
    XCTAssertEqual(parse.diagnostics[2].fixes.first?.replacement, "tyytyvaisyys")
  }
}
