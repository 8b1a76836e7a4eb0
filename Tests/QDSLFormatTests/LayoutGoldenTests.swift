// Golden tests for the formatter's layout decisions: each Golden/NAME.input.qdsl against NAME.formatted.qdsl.

import Foundation
import QDSLFormat
import QDSLTestSupport
import Testing

@Suite struct LayoutGoldenTests {
  @Test func testGoldenLayouts() {
    let dir = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLFormatTests/Golden")
    let inputs = Fixtures.files(in: dir, withExtension: "input.qdsl")
    #expect(!inputs.isEmpty)
    for input in inputs {
      guard case .formatted(let out) = Formatter.format(source: Fixtures.read(input)) else {
        Issue.record("\(input.lastPathComponent) has syntax errors")
        continue
      }
      let golden = dir.appendingPathComponent(
        input.lastPathComponent.replacingOccurrences(of: ".input.qdsl", with: ".formatted.qdsl"))
      if let diff = Fixtures.compareGolden(out, golden) { Issue.record(Comment(rawValue: diff)) }
      // The golden file is itself in the canonical layout.
      guard case .formatted(let again) = Formatter.format(source: Fixtures.read(golden)) else { continue }
      #expect(again == Fixtures.read(golden), "\(golden.lastPathComponent) is not canonical")
    }
  }

  /// Every file in Golden is an input or the formatted golden of one.
  @Test func testEveryGoldenLayoutHasItsInput() {
    let dir = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLFormatTests/Golden")
    let stems = Fixtures.files(in: dir, withExtension: "input.qdsl").map {
      String($0.lastPathComponent.dropLast(".input.qdsl".count))
    }
    let expected = Set(stems.flatMap { [$0 + ".input.qdsl", $0 + ".formatted.qdsl"] })
    #expect(Fixtures.unexpectedFiles(in: dir, expected: expected) == [])
  }
}
