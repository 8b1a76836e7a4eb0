// Lexer behaviour that fixtures cannot show well: token kinds and spans, keywords, and the recovery for a
// string broken over two lines.

import Foundation
import QDSLSyntax
import Testing

@Suite struct LexerTests {
  private func kinds(_ source: String) -> [TokenKind] {
    let parse = Parse(source: source)
    return parse.tree.tokens.map(\.kind).filter { !$0.isTrivia }
  }

  @Test func testTokensKeywordsAndRanges() {
    #expect(
      kinds("question staff: integer 1..10 required") == [
        .kwQuestion, .identifier, .colon, .kwInteger, .integer, .dotDot, .integer, .kwRequired,
      ])
    #expect(
      kinds("a == -1.5 != b <= c >= d < e > f") == [
        .identifier, .eqEq, .minus, .decimal, .bangEq, .identifier, .lessEq, .identifier, .greaterEq, .identifier,
        .less, .identifier, .greater, .identifier,
      ])
    #expect(kinds("questions endings") == [.identifier, .identifier], "keywords are whole words")
    let parse = Parse(source: "  x # comment\n\"ä\"")
    #expect(parse.tree.tokens.map(\.kind) == [.whitespace, .identifier, .whitespace, .comment, .whitespace, .string])
    #expect(parse.tree.tokenRange(5) == TextRange(14, 18), "ranges are UTF-8 byte offsets")
  }

  @Test func testAStringBrokenOverTwoLinesIsOneError() {
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
    #expect(parse.diagnostics.map(\.code) == [.unterminatedString])
    #expect(parse.lineIndex.position(of: parse.diagnostics[0].range.start).line == 4)
  }

  @Test func testMalformedNumbersAndNonASCIINamesAreOneTokenEach() {
    let parse = Parse(source: "calculate c = 12abc + 1.5.2\nquestion tyytyväisyys: integer { text \"T?\" }")
    #expect(parse.diagnostics.map(\.code) == [.malformedNumber, .malformedNumber, .invalidCharacter])
    #expect(parse.diagnostics[2].fixes.first?.replacement == "tyytyvaisyys")
  }
}

/// The mistakes people bring from word processors and other languages: each is one error whose fix, applied,
/// leaves a file without syntax errors (no cascade into unrelated errors, no advice to rename a Finnish word).
@Suite struct LexerRecoveryTests {
  private let header = "survey s\nlanguages en fi\n"

  private func applying(_ fix: Diagnostic.Fix, to source: String) -> String {
    let b = Array(source.utf8)
    return String(decoding: b[..<fix.range.start] + Array(fix.replacement.utf8) + b[fix.range.end...], as: UTF8.self)
  }

  @Test func testEachMistakeIsOneErrorAndItsFixParsesClean() {
    let bodies: [(String, DiagnosticCode)] = [
      ("question q: integer { text “How many?” }", .wrongQuotes),
      ("question q: integer { text „Paljonko työntekijöitä?” }", .wrongQuotes),
      ("question q: integer { text { en \"Yes\" fi ”Kyllä” } }", .wrongQuotes),
      ("question q: integer { text 'He said \"hi\"' }", .wrongQuotes),
      ("question q: integer { text «Combien?» }", .wrongQuotes),
      ("question q: integer { text ‘Don’t know’ }", .wrongQuotes),
      ("question q: integer { text “How many? }", .wrongQuotes),
      ("question q: integer { text “How many?\" }", .wrongQuotes),
      ("// a comment\nquestion q: integer { text \"Q\" }", .slashComment),
      ("question q: integer { text \"Q\" } // a comment", .slashComment),
      ("question q: integer { text \"How many? }\nquestion r: integer { text \"R\" }", .unterminatedString),
      ("question q: integer { text { en \"How many? fi \"Montako?\" } }", .unterminatedString),
      ("question q: integer { text { en \"Hi {q} }}\nnote n { text \"N\" }", .unterminatedString),
      ("question q: integer {\n  text \"How many?\n}", .unterminatedString),
    ]
    for (body, code) in bodies {
      let source = header + body + "\n"
      let parse = Parse(source: source)
      #expect(parse.diagnostics.map(\.code) == [code], Comment(rawValue: body))
      guard let fix = parse.diagnostics.first?.fixes.first else {
        Issue.record("no fix: \(body)")
        continue
      }
      let fixed = applying(fix, to: source)
      #expect(Parse(source: fixed).diagnostics.map(\.code) == [], "\(body) fixed as \(fixed)")
    }
  }

  @Test func testQuotesThatAreTextStayText() {
    for body in [
      "question q: integer { text \"“Quoted” and ‘single’ and 'straight'\" }",
      "question q: integer { text { en \"Yes or no\" fi \"Kyllä tai ei\" } } # a \"quote in a comment",
      "question q: integer { text { en \"Speak en \" } } # \"",
      "calculate c = 4 / 2",
    ] {
      #expect(Parse(source: header + body + "\n").diagnostics.map(\.code) == [], Comment(rawValue: body))
    }
  }

  @Test func testRecoveryOnOneHugeLineStaysLinear() {
    // Every string on this line ends like a language tag before a quote, and the line holds an odd number of
    // quotes: the recovery asks about the line's quotes once per string, which must not rescan the line.
    let line = "note n { text { " + String(repeating: "en \"a fi \" ", count: 40_000) + "} } \"open"
    let start = Date()
    let parse = Parse(source: header + line + "\n")
    #expect(!parse.diagnostics.isEmpty)
    #expect(Date().timeIntervalSince(start) < 5, "lexing one 440 KB line")
  }
}
