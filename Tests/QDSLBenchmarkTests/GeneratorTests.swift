// The benchmark generator is deterministic and every instrument it makes checks with no diagnostics at all.

import QDSLBenchmarkSupport
import QDSLSemantics
import XCTest

final class GeneratorTests: XCTestCase {
  func testGeneratedInstrumentsCheckClean() {
    for (n, seed) in [(1, UInt64(1)), (60, 2), (300, 3), (300, 4), (700, 5)] {
      var generator = InstrumentGenerator(questions: n, seed: seed)
      let instrument = generator.generate()
      let checked = Checker.check(source: instrument.qdsl)
      let shown = checked.diagnostics.prefix(5).map {
        "\(checked.parse.lineIndex.position(of: $0.range.start)) \($0.code.rawValue) \($0.message)"
      }
      XCTAssertEqual(shown, [], "N=\(n) seed=\(seed)")
      XCTAssertTrue(instrument.xlsformMarkdown.contains("| survey | type | name |"))
    }
  }

  func testTheSameSeedGivesTheSameInstrument() {
    var a = InstrumentGenerator(questions: 200, seed: 9)
    var b = InstrumentGenerator(questions: 200, seed: 9)
    var c = InstrumentGenerator(questions: 200, seed: 10)
    let first = a.generate()
    XCTAssertEqual(first.qdsl, b.generate().qdsl)
    XCTAssertNotEqual(first.qdsl, c.generate().qdsl)
  }
}
