// The editor fast path against the checker: seeded random edits of every example and fixture (typing in texts,
// whitespace and comments, and edits that must be refused: quotes, braces, `#`, joined lines), each compared with
// a full `Checker.check` of the same text. Whenever the fast path answers, its diagnostics must be exactly the
// check's. `QDSL_FAST_PATH_EDITS=N` runs N edits per file instead of the default (`QDSL_FAST_PATH_SEED` picks
// another seed); see docs/lsp.md.

import Foundation
import QDSLIDE
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct FastPathDifferentialTests {
  /// Edits per file when `QDSL_FAST_PATH_EDITS` is not set: small enough for every `swift test`.
  static let defaultEdits = 12

  static var editsPerFile: Int {
    ProcessInfo.processInfo.environment["QDSL_FAST_PATH_EDITS"].flatMap(Int.init) ?? defaultEdits
  }

  static var seed: UInt64 {
    ProcessInfo.processInfo.environment["QDSL_FAST_PATH_SEED"].flatMap(UInt64.init) ?? 2024
  }

  /// Every questionnaire in the repository: the examples, the checker's and the parser's fixtures, the scenarios.
  static func corpus() -> [(String, [UInt8])] {
    let root = Fixtures.packageRoot()
    let folders = [
      "Examples", "Examples/revisions", "Tests/QDSLSemanticsTests/Fixtures/check",
      "Tests/QDSLSyntaxTests/Fixtures/parser/ok", "Tests/QDSLSyntaxTests/Fixtures/parser/err", "Tests/Scenarios",
    ]
    return folders.flatMap { folder in
      Fixtures.files(in: root.appendingPathComponent(folder), withExtension: "qdsl").map {
        ("\(folder)/\($0.lastPathComponent)", Array(Fixtures.read($0).utf8))
      }
    }
  }

  /// What typing puts into a document: letters, Finnish letters and emoji, spaces, tabs and line breaks, and the
  /// characters that change the tokens (quotes, braces, `#`, backslashes, CR).
  static let pieces = [
    "a", "x", "ä", "Ö", "😀", " ", "  ", "\t", "\n", "\n\n", "x y", "-", "?", "#", "# note", "\"", "{", "}", "{x}",
    "\\", "\r", "\r\n", "", "if ", "0", ".", "\u{7}",
  ]

  @Test func testRandomEditsThroughTheFastPathGiveTheDiagnosticsOfAFullCheck() {
    let edits = Self.editsPerFile
    var answered = 0
    var total = 0
    var failures = 0
    for (index, (name, source)) in Self.corpus().enumerated() {
      var random = SplitMix64(seed: Self.seed &+ UInt64(index) &* 0x1_0000_0001)
      var analysis = Analysis(bytes: source)
      var text = source
      for step in 0..<edits {
        // A fresh session now and then, so that the edits do not pile up into a file that is only errors.
        if step > 0, step % 20 == 0 {
          text = source
          analysis = Analysis(bytes: source)
        }
        let new = Self.randomEdit(text, &random)
        total += 1
        if let fast = analysis.diagnosticsAfterTypingInTexts(new) {
          answered += 1
          let full = Checker.check(bytes: new).diagnostics
          if fast != full {
            failures += 1
            Issue.record(
              """
              \(name), step \(step) (seed \(Self.seed)): the fast path differs from a full check
              before: \(String(decoding: text, as: UTF8.self).debugDescription)
              after:  \(String(decoding: new, as: UTF8.self).debugDescription)
              fast: \(fast.map(Self.describe))
              full: \(full.map(Self.describe))
              """)
            break
          }
        } else {
          // Refused: the server checks in full, and later edits are compared with that check.
          analysis = Analysis(bytes: new)
        }
        // Now and then the analysis is renewed (typing paused); in between, edits pile up against an older one.
        if random.remainder(4) == 0 { analysis = Analysis(bytes: new) }
        text = new
      }
      if failures >= 5 { break }
    }
    // The test must exercise the fast path, not only its refusals.
    #expect(answered > total / 5, "the fast path answered \(answered) of \(total) edits")
  }

  static func describe(_ d: Diagnostic) -> String {
    "\(d.code.rawValue)@\(d.range.start)-\(d.range.end) \(d.message) related \(d.related.map { "\($0.range.start)-\($0.range.end)" }) fixes \(d.fixes.map { "\($0.range.start)-\($0.range.end)=\($0.replacement)" })"
  }

  /// One random edit of `text`, mostly where the fast path may answer (inside a string, a run of whitespace or a
  /// comment), at whole UTF-8 characters.
  static func randomEdit(_ text: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
    let tree = Parse(bytes: text).tree
    var places: [[TextRange]] = [[], [], []]
    for i in tree.tokens.indices {
      let r = tree.tokenRange(i)
      switch tree.tokens[i].kind {
      case .string, .tripleString: places[0].append(r)
      case .whitespace: places[1].append(r)
      case .comment: places[2].append(r)
      default: break
      }
    }
    var new = text
    let kind = random.remainder(10)
    var within = TextRange(0, text.count)
    if kind < 8, case let candidates = places[kind % 3], !candidates.isEmpty {
      within = candidates[random.remainder(candidates.count)]
    }
    func boundary(_ offset: Int) -> Int {
      var o = min(max(0, offset), text.count)
      while o < text.count, o > 0, text[o] & 0xC0 == 0x80 { o += 1 }
      return o
    }
    let at = boundary(within.start + random.remainder(within.length + 1))
    switch random.remainder(6) {
    case 0:
      // Up to three characters deleted.
      var end = at
      for _ in 0...random.remainder(3) where end < text.count { end = boundary(end + 1) }
      new.removeSubrange(at..<end)
    case 1:
      // A line joined with the next.
      guard let newline = text[at...].firstIndex(of: 0x0A) else { break }
      new.remove(at: newline)
    case 2 where !places[0].isEmpty:
      // Another string's content written here (repeated texts appear and go).
      let other = places[0][random.remainder(places[0].count)]
      if other.length > 2 { new.insert(contentsOf: text[(other.start + 1)..<(other.end - 1)], at: at) }
    default:
      var end = at
      if random.remainder(3) == 0 { end = boundary(at + random.remainder(3)) }
      new.replaceSubrange(at..<end, with: Array(pieces[random.remainder(pieces.count)].utf8))
    }
    return new
  }
}
