// The instruments whose codebooks have golden files: every example, and the codebook fixtures (repeats and their
// levels), each with the file stem that `qdsl compile` names its outputs (and the data files) after.

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport

enum GoldenInstruments {
  /// The examples (`Examples/*.qdsl`): every default output has a golden file.
  static func examples(_ root: URL) -> [URL] {
    Fixtures.files(in: root.appendingPathComponent("Examples"), withExtension: "qdsl")
  }

  /// The codebook fixtures (`Tests/QDSLOutputsTests/Fixtures/codebooks/*.qdsl`): their codebooks, DDI, SPSS and
  /// Stata files have golden files (their form JSON and XForm are not the codebooks' business).
  static func codebookFixtures(_ root: URL) -> [URL] {
    Fixtures.files(in: root.appendingPathComponent("Tests/QDSLOutputsTests/Fixtures/codebooks"), withExtension: "qdsl")
  }

  /// Both, as (stem, file).
  static func all(_ root: URL) -> [(stem: String, file: URL)] {
    (examples(root) + codebookFixtures(root)).map { ($0.deletingPathExtension().lastPathComponent, $0) }
  }

  /// The targets written from the codebook model.
  static let codebookTargets: [OutputTarget] = [.codebookMarkdown, .codebookHTML, .codebookCSV, .ddi, .spss, .stata]

  /// The golden files' suffixes of one instrument for `targets`: one per target, and for SPSS and Stata one per
  /// level of the data (`.sps`, `.person.sps`).
  static func suffixes(_ file: URL, _ targets: [OutputTarget]) -> [String] {
    let levels = Codebook(Fixtures.checkInstrument(file).survey).levels
    return targets.flatMap { target in
      target == .spss || target == .stata ? levels.map { $0.fileSuffix + target.fileSuffix } : [target.fileSuffix]
    }
  }
}
