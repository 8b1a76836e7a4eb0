// Every file in Golden is an input or a golden report a CLI test compares with: `check` on errors.qdsl, the
// revision examples' `diff` (the barometer's in each format, the household panel's as text), and `simulate`
// for each example and the replayed respondent, and `simulate --data` for two examples.

import Foundation
import QDSLTestSupport
import Testing

@Suite struct GoldenInventoryTests {
  @Test func testEveryGoldenReportHasItsTest() {
    let root = Fixtures.packageRoot()
    let examples = Fixtures.exampleNames(root)
    #expect(!examples.isEmpty)
    let simulate = (examples + ["barometer-replay"]).flatMap { ["simulate/\($0).txt", "simulate/\($0).json"] }
    let expected: Set<String> = Set(
      ["errors.qdsl", "errors.txt", "errors.json", "simulate/barometer-answers.json"]
        + ["txt", "json", "md", "github.txt"].map { "revisions-2020-2022.\($0)" }
        + ["revisions-household-2023-2024.txt"] + simulate
        + SimulateDataCommandTests.goldenFiles.map { "simulate-data/\($0)" } + ValidateDataCommandTests.goldenFiles)
    let golden = root.appendingPathComponent("Tests/QDSLCLITests/Golden")
    #expect(Fixtures.unexpectedFiles(in: golden, expected: expected) == [])
  }
}
