// The cascading-list benchmark instrument checks clean, and at its size the "leaves no option" warning still names
// exactly the answers left without options (the analysis counts options per attribute value, once).

import Foundation
import QDSLBenchmarkSupport
import QDSLSemantics
import QDSLSyntax
import Testing

@Suite struct CascadeGeneratorTests {
  @Test func testTheCascadeInstrumentChecksClean() {
    for n in [125, 5000] {
      let checked = Checker.check(source: CascadeGenerator(municipalities: n).generate())
      #expect(checked.diagnostics.map(\.message) == [], "N=\(n)")
      let list = checked.survey.list(named: "municipality")
      #expect(list?.options.count == n + 1)
      #expect(list?.options.filter { $0.condition != nil }.count == n / 500)
    }
  }

  @Test func testARegionWithoutMunicipalitiesIsNamedAmongThousands() {
    let generator = CascadeGenerator(municipalities: 5000)
    // Move every municipality of region_7 to region_8: region_7 is left with none (the "don't know" option stays
    // in region_1).
    let source = generator.generate().replacingOccurrences(of: "region = region_7 ", with: "region = region_8 ")
    let checked = Checker.check(source: source)
    let warnings = checked.diagnostics.filter { $0.code == .filterLeavesNoOption }
    #expect(warnings.count == 2, Comment(rawValue: warnings.map(\.message).joined(separator: "\n")))
    for w in warnings {
      #expect(w.message.contains("'home_region' is region_7;"), Comment(rawValue: w.message))
    }
    #expect(checked.diagnostics.count == warnings.count)
  }
}
