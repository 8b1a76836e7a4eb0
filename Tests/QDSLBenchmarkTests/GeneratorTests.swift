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

  @Test func testTheSameSeedGivesTheSameInstrument() {
    var a = InstrumentGenerator(questions: 200, seed: 9)
    var b = InstrumentGenerator(questions: 200, seed: 9)
    var c = InstrumentGenerator(questions: 200, seed: 10)
    let first = a.generate()
    #expect(first.qdsl == b.generate().qdsl)
    #expect(first.qdsl != c.generate().qdsl)
  }
}
