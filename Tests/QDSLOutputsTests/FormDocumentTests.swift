// Form JSON of the examples against golden files, and its determinism.

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import Testing

@Suite struct FormDocumentTests {
  @Test func testExamplesMatchGoldenForms() {
    let root = Fixtures.packageRoot()
    let examples = Fixtures.files(in: root.appendingPathComponent("Examples"), withExtension: "qdsl")
    #expect(!examples.isEmpty)
    for file in examples {
      let checked = Fixtures.checkInstrument(file)
      #expect(!checked.hasErrors)
      let form = FormDocument.render(checked.survey)
      #expect(form == FormDocument.render(Fixtures.checkInstrument(file).survey), "deterministic")
      let stem = file.deletingPathExtension().lastPathComponent
      let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(stem).form.json")
      if let difference = Fixtures.compareGolden(form, golden) { Issue.record(Comment(rawValue: difference)) }
    }
  }
}
