// The revision diff as a model: the banded edit distance against a plain one, and diffs of real instruments
// (each against itself, each against the others, and the barometer with one item left out at a time).

import Foundation
import QDSLRevisions
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct RevisionDiffTests {
  private let root = Fixtures.packageRoot()

  /// The full-table edit distance, to check the banded one against.
  private func plainDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var previous = Array(0...b.count)
    for i in 1..<(a.count + 1) {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1..<(b.count + 1) {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }

  @Test func testBandedDistanceAgreesWithThePlainOne() {
    var seed: UInt64 = 42
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    let alphabet = Array("abcä ".unicodeScalars)
    for _ in 0..<2000 {
      let a = (0..<next(12)).map { _ in alphabet[next(alphabet.count)] }
      var b = a
      for _ in 0..<next(5) {
        switch next(3) {
        case 0 where !b.isEmpty: b.remove(at: next(b.count))
        case 1: b.insert(alphabet[next(alphabet.count)], at: next(b.count + 1))
        default: if !b.isEmpty { b[next(b.count)] = alphabet[next(alphabet.count)] }
        }
      }
      let exact = plainDistance(a, b)
      for limit in 0..<6 {
        let banded = TextSimilarity.distance(a, b, limit: limit)
        #expect(
          banded == (exact <= limit ? exact : nil),
          "\(String(String.UnicodeScalarView(a))) / \(String(String.UnicodeScalarView(b))) limit \(limit)")
      }
    }
  }

  @Test func testSimilarityIgnoresCaseAndSpacing() {
    let a = TextSimilarity.normalized("How many  people\nwork here?")
    let b = TextSimilarity.normalized("how many people work here?")
    #expect(a == b)
    #expect(TextSimilarity.ratio(a, TextSimilarity.normalized("Where do you live?"), atLeast: 0.85) == nil)
    let close = TextSimilarity.ratio(a, TextSimilarity.normalized("How many people work here"), atLeast: 0.85)
    #expect(abs((close ?? 0) - (1 - 1 / 26)) <= 1e-9)
  }

  private func examples() -> [CheckedFile] {
    let files =
      Fixtures.files(in: root.appendingPathComponent("Examples"), withExtension: "qdsl")
      + Fixtures.files(in: root.appendingPathComponent("Examples/revisions"), withExtension: "qdsl")
    // Each with its modules: the assembled instrument is what `qdsl diff` compares.
    return files.map { Fixtures.checkInstrument($0).checked }
  }

  @Test func testEveryExampleAgainstItselfHasNoChangesAndAgainstOthersIsDeterministic() {
    let checked = examples()
    #expect(checked.count >= 6)
    for (i, a) in checked.enumerated() {
      #expect(RevisionDiff(old: a, new: a).changes.map(\.code) == [], "example \(i) against itself")
      for b in checked {
        let once = RevisionDiff(old: a, new: b).changes
        let again = RevisionDiff(old: a, new: b).changes
        #expect(once.map(\.message) == again.map(\.message))
        for c in once {
          let side = c.side == .old ? a : b
          #expect(c.range.end <= side.parse.lineIndex.bytes.count, Comment(rawValue: c.message))
          #expect(c.anchor.end <= b.parse.lineIndex.bytes.count, Comment(rawValue: c.message))
          // Languages and stale translations (of a title or a note, too) concern no data-file variable.
          let aboutTexts: Set<DiagnosticCode> = [.languageAdded, .languageRemoved, .translationMayBeStale]
          #expect(!(c.variables.isEmpty && !aboutTexts.contains(c.code)), Comment(rawValue: c.message))
        }
      }
    }
  }

  /// Every question item of a tree, depth first.
  private func questions(_ items: [Item]) -> [(Question, TextRange)] {
    items.flatMap { item -> [(Question, TextRange)] in
      switch item.kind {
      // A specify text is left out with its question.
      case .question(let q): return q.specifies == nil ? [(q, item.range)] : []
      case .section(let s): return questions(s.items)
      case .conditional(let c): return c.branches.flatMap { questions($0.items) }
      default: return []
      }
    }
  }

  /// Leaving out one question at a time reports exactly that question's variables as removed (one change);
  /// putting it back (the reverse diff) adds them, compatibly.
  @Test func testLeavingOutOneQuestionReportsExactlyItsVariables() {
    // The barometer with its modules: the assembled text is one instrument, and the model's ranges are in it.
    let instrument = Fixtures.checkExample("innovation-barometer", root)
    #expect(!instrument.hasErrors && !instrument.isSingleFile, "\(instrument.diagnostics.prefix(3))")
    let old = instrument.checked
    let bytes = old.parse.tree.bytes
    var tested = 0
    for (q, range) in questions(old.survey.items) {
      let new = Checker.check(bytes: Array(bytes[..<range.start]) + Array(bytes[range.end...]))
      guard !new.hasErrors else { continue }  // a later condition, check or pipe reads it
      tested += 1
      // The question's columns, then its specify texts' (`role_other`): they go with it.
      let names =
        old.survey.variables[q.variable].dataNames
        + old.survey.variables.filter { $0.specifies?.question == q.variable }.flatMap(\.dataNames)
      let removed = RevisionDiff(old: old, new: new)
      #expect(removed.changes.map(\.code) == [.variableRemoved], "\(names): \(removed.changes.map(\.message))")
      #expect(removed.changes.first?.variables == names)
      #expect(removed.changes.first?.side == .old)
      #expect(removed.changes.first?.range == old.survey.variables[q.variable].nameRange)
      let added = RevisionDiff(old: new, new: old)
      #expect(added.changes.map(\.code) == [.variableAdded], "\(names): \(added.changes.map(\.message))")
      #expect(added.changes.first?.variables == names)
      #expect(!added.isBreaking)
    }
    #expect(tested > 10)
  }
}
