// Every file in Golden is produced by a golden test: each example in every default output, each codebook fixture
// in every output written from the codebook, each shared scenario instrument (and each of the XForm's own,
// Tests/xform-javarosa/scenarios) as an XForm, and all of them as an XLSForm; SPSS and Stata once per level of the data. A golden file left behind
// after its instrument was renamed (or a repeat removed) fails here.

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
    var expected = Set(scenarios.map { $0 + ".xform.xml" })
    // The XLSForm of every example and scenario instrument, as pyxform's Markdown form.
    expected.formUnion((examples + scenarios).map { $0 + ".xlsform.md" })
    // The printable questionnaire of every example, and one in two languages side by side.
    expected.formUnion(examples.map { $0 + ".document.html" })
    expected.insert("household-services.fi-sv.document.html")
    for file in GoldenInstruments.examples(root) {
      let stem = file.deletingPathExtension().lastPathComponent
      for suffix in GoldenInstruments.suffixes(file, OutputTarget.defaults + [.xform]) {
        expected.insert(stem + suffix)
      }
    }
    let fixtures = GoldenInstruments.codebookFixtures(root)
    #expect(!fixtures.isEmpty)
    for file in fixtures {
      let stem = file.deletingPathExtension().lastPathComponent
      for suffix in GoldenInstruments.suffixes(file, GoldenInstruments.codebookTargets) {
        expected.insert(stem + suffix)
      }
    }
    let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden")
    #expect(Fixtures.unexpectedFiles(in: golden, expected: expected) == [])
  }
}
