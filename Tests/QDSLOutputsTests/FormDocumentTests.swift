// Form JSON of the examples against golden files, and its determinism.

import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import XCTest

final class FormDocumentTests: XCTestCase {
  func testExamplesMatchGoldenForms() {
    let root = Fixtures.packageRoot()
    let examples = Fixtures.files(in: root.appendingPathComponent("Examples"), withExtension: "qdsl")
    XCTAssertFalse(examples.isEmpty)
    for file in examples {
      let checked = Checker.check(source: Fixtures.read(file))
      XCTAssertFalse(checked.hasErrors)
      let form = FormDocument.render(checked.survey)
      XCTAssertEqual(form, FormDocument.render(Checker.check(source: Fixtures.read(file)).survey), "deterministic")
      let stem = file.deletingPathExtension().lastPathComponent
      let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(stem).form.json")
      if let difference = Fixtures.compareGolden(form, golden) { XCTFail(difference) }
    }
  }
}
