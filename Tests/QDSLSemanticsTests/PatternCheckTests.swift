// QD3024's fixes: applied to the source they give a pattern in the dialect (a backslash before a character that
// means something, written as the string needs it; a lazy '?' removed), and the file then checks clean.

import QDSLSemantics
import QDSLSyntax
import Testing

@Suite struct PatternCheckTests {
  static func source(_ pattern: String) -> String {
    "survey s\nlanguages en\nquestion t: text { text \"T?\" }\ncalculate ok = matches(t, \"\(pattern)\")\n"
  }

  /// Applies the first fix of the only diagnostic; returns the fixed source.
  func fixed(_ pattern: String) throws -> String {
    let source = Self.source(pattern)
    let diagnostics = Checker.check(source: source).diagnostics
    #expect(diagnostics.map(\.code) == [.invalidPattern], "\(pattern): \(diagnostics.map(\.message))")
    let fix = try #require(diagnostics.first?.fixes.first, "\(pattern) has no fix")
    var bytes = Array(source.utf8)
    bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func testFixesGiveAPatternInTheDialect() throws {
    for (pattern, expected) in [
      ("0}}", "0\\\\}}"), ("a]", "a\\\\]"), ("*a", "\\\\*a"), ("\\\\d+?", "\\\\d+"), ("(?:ab)", "(ab)"),
      ("x{{", "x\\\\{{"), ("[[a]", "[\\\\[a]"), ("(ab", "\\\\(ab"), ("\\\\#", "#"), ("[a&&b]", "[a&b]"),
    ] {
      let result = try fixed(pattern)
      #expect(result == Self.source(expected), "\(pattern) became \(result)")
      #expect(Checker.check(source: result).diagnostics.isEmpty, "\(result)")
    }
  }

  /// Where the pattern starts with a character the string writes with an escape, the problem covers its escape.
  @Test func testTheProblemCoversTheCharacterInTheSource() throws {
    let source = Self.source("\\u{E4}\\\\b")
    let d = try #require(Checker.check(source: source).diagnostics.first)
    let text = String(decoding: Array(source.utf8)[d.range.start..<d.range.end], as: UTF8.self)
    #expect(text == "\\\\b")
  }
}
