// Range formatting: the declarations a range touches get the canonical layout, the rest stays, the meaning stays.

import Foundation
import QDSLFormat
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct RangeFormattingTests {
  private func apply(_ e: FormatEdit?, _ old: String) -> String {
    guard let e else { return old }
    let b = Array(old.utf8)
    return String(decoding: b[0..<e.range.start] + Array(e.newText.utf8) + b[e.range.end...], as: UTF8.self)
  }

  private func edit(_ text: String, _ range: TextRange) -> FormatEdit? {
    switch Formatter.formatDeclarations(Parse(source: text), touching: range) {
    case .success(let e): return e
    case .failure(let errors):
      Issue.record("refused: \(errors.diagnostics.map(\.code))")
      return nil
    }
  }

  @Test func testFormattingEachDeclarationInTurnKeepsTheMeaningAndEndsCanonical() {
    for (name, text) in FormatterPropertyTests.variants()
    where !name.hasPrefix("Tests/QDSLSemanticsTests") && !name.hasSuffix("(spread)") {
      // Last to first on the one parse of the text: an edit never moves the declarations before it.
      let parse = Parse(source: text)
      var current = text
      let form = FormDocument.render(Checker.check(parse).survey)
      for decl in parse.tree.children(SyntaxTree.root).reversed() {
        let r = parse.tree.range(decl)
        guard
          case .success(let e) = Formatter.formatDeclarations(
            parse, touching: TextRange(r.start + r.length / 2, r.start + r.length / 2)), let e
        else { continue }
        #expect(e.range.start >= 0 && e.range.end <= Array(text.utf8).count)
        current = apply(e, current)
      }
      #expect(FormDocument.render(Checker.check(source: current).survey) == form, "\(name): the meaning changed")
      #expect(
        FormatterPropertyTests.comments(current) == FormatterPropertyTests.comments(text), Comment(rawValue: name))
      guard case .formatted(let whole) = Formatter.format(source: text),
        case .formatted(let afterRanges) = Formatter.format(source: current)
      else { continue }
      #expect(afterRanges == whole, "\(name): formatting the declarations one by one differs from the whole")
    }
  }

  @Test func testOnlyTheTouchedDeclarationChanges() {
    let text = "survey s\nlanguages en\nquestion a : integer{text \"A\"}\n   question b : integer{text \"B\"}\n"
    let at = Array(text.utf8).firstIndex(of: UInt8(ascii: "b")).map { $0 } ?? 0
    let e = edit(text, TextRange(at + 20, at + 20))
    #expect(
      apply(e, text)
        == "survey s\nlanguages en\nquestion a : integer{text \"A\"}\nquestion b: integer {\n  text \"B\"\n}\n")
    #expect(edit(text, TextRange(0, 3)) == nil, "the header line is already canonical")
    guard case .formatted(let whole) = Formatter.format(source: text) else {
      Issue.record()
      return
    }
    #expect(edit(whole, TextRange(0, Array(whole.utf8).count)) == nil, "a formatted file needs no edit")
  }

  @Test func testRefusesSyntaxErrors() {
    guard case .failure = Formatter.formatDeclarations(Parse(source: "question q: {"), touching: TextRange(0, 1)) else {
      Issue.record("a file with syntax errors was range-formatted")
      return
    }
  }
}
