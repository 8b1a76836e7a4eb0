// Every file in Golden is produced by a golden test: each example in every default output, each shared
// scenario instrument (and each of the XForm's own, Tests/xform-javarosa/scenarios) as an XForm. A golden file
// left behind after its instrument was renamed fails here.

import Foundation
import QDSLOutputs
import QDSLTestSupport
import Testing

@Suite struct GoldenInventoryTests {
  @Test func testEveryGoldenOutputHasItsInstrument() {
    let root = Fixtures.packageRoot()
    let stems = { (folder: String) in
      Fixtures.files(in: root.appendingPathComponent(folder), withExtension: "qdsl").map {
        $0.deletingPathExtension().lastPathComponent
      }
    }
    let examples = stems("Examples")
    let scenarios = stems("Tests/Scenarios") + stems("Tests/xform-javarosa/scenarios")
    #expect(!examples.isEmpty)
    #expect(!scenarios.isEmpty)
    let suffixes = OutputTarget.defaults.map(\.fileSuffix) + [OutputTarget.xform.fileSuffix]
    let expected = Set(examples.flatMap { e in suffixes.map { e + $0 } } + scenarios.map { $0 + ".xform.xml" })
    let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden")
    #expect(Fixtures.unexpectedFiles(in: golden, expected: expected) == [])
  }
}
