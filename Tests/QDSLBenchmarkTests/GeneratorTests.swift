// The benchmark generator is deterministic and every instrument it makes checks with no diagnostics at all.

import Foundation
import QDSLBenchmarkSupport
import QDSLSemantics
import Testing

@Suite struct GeneratorTests {
  @Test func testGeneratedInstrumentsCheckClean() {
    for (n, seed) in [(1, UInt64(1)), (60, 2), (300, 3), (300, 4), (700, 5)] {
      var generator = InstrumentGenerator(questions: n, seed: seed)
      let instrument = generator.generate()
      let checked = Checker.check(source: instrument.qdsl)
      let shown = checked.diagnostics.prefix(5).map {
        "\(checked.parse.lineIndex.position(of: $0.range.start)) \($0.code.rawValue) \($0.message)"
      }
      #expect(shown == [], "N=\(n) seed=\(seed)")
      #expect(instrument.xlsformMarkdown.contains("| survey | type | name |"))
    }
  }

  /// About 10% of the questions are in repeats, counted and `for each`, some nested, with aggregates after them;
  /// the XLSForm has each as a `begin repeat` row with its `repeat_count`, so pyxform compiles them too.
  @Test func testAboutATenthOfTheQuestionsAreInRepeats() {
    var generator = InstrumentGenerator(questions: 2000, seed: 1)
    let instrument = generator.generate()
    let checked = Checker.check(source: instrument.qdsl)
    #expect(checked.diagnostics.isEmpty)
    let survey = checked.survey
    let questions = survey.variables.filter { $0.kind == .question || $0.kind == .grid }
    #expect(questions.count == 2000)
    let repeated = Double(questions.filter { $0.level != 0 }.count) / Double(questions.count)
    #expect(repeated > 0.06 && repeated < 0.15, "\(repeated) of the questions are in repeats")
    let repeats = survey.levels.dropFirst()
    #expect(repeats.contains { if case .count = $0.driver { true } else { false } })
    #expect(repeats.contains { if case .forEachQuestion = $0.driver { true } else { false } })
    #expect(repeats.contains { $0.depth == 2 })
    #expect(repeats.allSatisfy { $0.depth <= 2 && $0.maxIterations >= 1 })
    #expect(survey.variables.contains { $0.name == "\(repeats.first?.name ?? "")_n" && $0.level == 0 })
    let rows = instrument.xlsformMarkdown.split(separator: "\n")
    let begins = rows.filter { $0.hasPrefix("| | begin repeat |") }
    #expect(begins.count == repeats.count)
    #expect(rows.filter { $0.hasPrefix("| | end repeat |") }.count == repeats.count)
    #expect(begins.allSatisfy { $0.hasSuffix(" |") && !$0.hasSuffix("|  |") }, "every repeat has its repeat_count")
  }

  @Test func testTheSameSeedGivesTheSameInstrument() {
    var a = InstrumentGenerator(questions: 200, seed: 9)
    var b = InstrumentGenerator(questions: 200, seed: 9)
    var c = InstrumentGenerator(questions: 200, seed: 10)
    let first = a.generate()
    #expect(first.qdsl == b.generate().qdsl)
    #expect(first.qdsl != c.generate().qdsl)
  }
}
