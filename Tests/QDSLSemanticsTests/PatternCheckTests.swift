// QD3024's fixes: applied to the source they give a pattern in the dialect (a backslash before a character that
// means something, written as the string needs it; a lazy '?' removed), and the file then checks clean.

import Foundation
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

  /// Random patterns written with the string's escapes: every QD3024 lies inside the pattern's string, on whole
  /// escapes, and its fix (when there is one) leaves a file without QD1003 or QD1008 (the string stays well-formed).
  @Test func testRandomPatternsAreLocatedInsideTheirString() throws {
    let pieces = [
      "a", "1", "\\\\", "\\\\d", "{{", "}}", "[", "]", "(", ")", "?", "*", "+", "|", "^", "$", ".", "-", ",", "\\u{E4}",
      "\\\"", "ä", "&",
    ]
    var seed: UInt64 = 7
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    var located = 0
    for _ in 0..<1500 {
      let pattern = (0..<(1 + next(8))).map { _ in pieces[next(pieces.count)] }.joined()
      let source = Self.source(pattern)
      let bytes = Array(source.utf8)
      let open = try #require(source.utf8Offset(of: "matches(t, \"")) + "matches(t, ".utf8.count
      let close = bytes.count - 3  // the closing quote, before ")\n"
      for d in Checker.check(source: source).diagnostics where d.code == .invalidPattern {
        located += 1
        #expect(d.range.start > open && d.range.end <= close, "\(pattern): \(d.range)")
        for f in d.fixes {
          var fixed = bytes
          fixed.replaceSubrange(f.range.start..<f.range.end, with: Array(f.replacement.utf8))
          let codes = Checker.check(source: String(decoding: fixed, as: UTF8.self)).diagnostics.map(\.code)
          #expect(!codes.contains(.invalidEscape) && !codes.contains(.malformedPipe), "\(pattern): \(f)")
        }
      }
    }
    #expect(located > 500)
  }

  /// Where the pattern starts with a character the string writes with an escape, the problem covers its escape.
  @Test func testTheProblemCoversTheCharacterInTheSource() throws {
    let source = Self.source("\\u{E4}\\\\b")
    let d = try #require(Checker.check(source: source).diagnostics.first)
    let text = String(decoding: Array(source.utf8)[d.range.start..<d.range.end], as: UTF8.self)
    #expect(text == "\\\\b")
  }
}

extension String {
  fileprivate func utf8Offset(of needle: String) -> Int? {
    guard let r = range(of: needle) else { return nil }
    return utf8.distance(from: startIndex, to: r.lowerBound)
  }
}
