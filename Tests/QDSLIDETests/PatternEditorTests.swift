// The editor and matches(x, "pattern"): the function is completed with its signature, the pattern string is a
// `regexp` semantic token, and hovering over it shows the pattern as the engines read it (or why it is not one).

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct PatternEditorTests {
  let source = """
    survey s
    languages en
    question postcode: text { text "Postcode?" }
    calculate ok = matches(postcode, "\\\\d{{5}}")
    calculate bad = matches(postcode, "\\\\d+?")
    calculate plain = postcode == "\\\\d"

    """

  @Test func testTheFunctionIsCompletedWithItsSignature() throws {
    let marked = "survey s\nlanguages en\nquestion t: text { text \"T\" }\ncalculate c = ma1️⃣\n"
    let (a, m) = try analyse(marked)
    let item = try #require(a.completion(at: try m[1]).items.first { $0.label == "matches" })
    #expect(item.detail == "matches(text, \"pattern\") -> whether the whole text matches the pattern")
  }

  @Test func testThePatternIsARegexpToken() {
    let a = Analysis(source: source)
    let regexps = a.semanticTokens().filter { $0.type == .regexp }.map { slice(a, $0.range) }
    #expect(regexps == ["\"\\\\d{{5}}\"", "\"\\\\d+?\""])
    #expect(a.semanticTokens().contains { $0.type == .string && slice(a, $0.range) == "\"\\\\d\"" })
  }

  @Test func testHoverShowsThePatternOrItsProblem() throws {
    let a = Analysis(source: source)
    let goodOffset = try #require(source.utf8Offset(of: "{{5}}"))
    let good = try #require(a.hover(at: goodOffset))
    #expect(good.markdown.contains("```\n\\d{5}\n```"))
    #expect(good.markdown.contains("read it alike"))
    let badOffset = try #require(source.utf8Offset(of: "+?"))
    let bad = try #require(a.hover(at: badOffset))
    #expect(bad.markdown.contains("Not in the pattern dialect: lazy repetition"))
    let plainOffset = try #require(source.utf8Offset(of: "\\\\d\"\n"))
    #expect(a.hover(at: plainOffset) == nil)
  }

  /// Typing inside a pattern is never taken for typing in a text: the pattern is checked again.
  @Test func testTypingInAPatternChecksItAgain() {
    let a = Analysis(source: source)
    let edited = source.replacingOccurrences(of: "{{5}}", with: "{{5}}?+")
    #expect(a.diagnosticsAfterTypingInTexts(Array(edited.utf8)) == nil)
    #expect(Analysis(source: edited).diagnostics.map(\.code) == [.invalidPattern, .invalidPattern])
  }

  @Test func testSignatureHelpNamesBothParameters() throws {
    let a = Analysis(source: source)
    let offset = try #require(source.utf8Offset(of: "\"\\\\d{{5}}"))
    let h = try #require(a.signatureHelp(at: offset))
    #expect(h.parameters == ["text", "\"pattern\""])
    #expect(h.activeParameter == 1)
  }
}

extension String {
  fileprivate func utf8Offset(of needle: String) -> Int? {
    guard let r = range(of: needle) else { return nil }
    return utf8.distance(from: startIndex, to: r.lowerBound)
  }
}
