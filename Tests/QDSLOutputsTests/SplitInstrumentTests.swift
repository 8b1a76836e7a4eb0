// An instrument split into modules compiles to the same bytes as the single file it came from: every output, in
// every language, from the fixture folders of Fixtures/split (each the example of its name, split by hand).

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct SplitInstrumentTests {
  static let root = Fixtures.packageRoot()
  static let folder = root.appendingPathComponent("Tests/QDSLOutputsTests/Fixtures/split")

  @Test func testEveryOutputOfASplitInstrumentEqualsTheSingleFiles() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
    #expect(!names.isEmpty)
    for name in names {
      let single = Checker.check(source: Fixtures.read(Self.root.appendingPathComponent("Examples/\(name).qdsl")))
      let files = ModuleFiles(folder: Self.folder.appendingPathComponent(name))
      #expect(files.files.count > 1, "\(name): not split into modules")
      let split = Checker.check(files.load())
      #expect(single.diagnostics.isEmpty)
      #expect(split.diagnostics.isEmpty, "\(name): \(split.diagnostics.map { "\($0.range) \($0.message)" })")
      let targets = OutputTarget.allCases
      for language in single.survey.languages {
        let a = OutputTarget.renderAllFiles(targets, survey: single.survey, language: language, stem: name)
        let b = OutputTarget.renderAllFiles(targets, survey: split.survey, language: language, stem: name)
        for (i, target) in targets.enumerated() {
          #expect(a[i] == b[i], "\(name): the \(target) output in \(language) differs once split into modules")
        }
      }
    }
  }

  /// The diagnostics of a split instrument name the file they are in, with the right offsets there.
  @Test func testDiagnosticsOfAModuleAreLocatedInTheModule() throws {
    var files = ModuleFiles(folder: Self.folder.appendingPathComponent("library-user-survey"))
    let path = "shared/background.qdsl"
    let module = String(decoding: try #require(files.files[path]), as: UTF8.self)
    // A pipe of a name that is not declared, inside the module: QD2001 at the name (and QD4006, the translations'
    // pipes differ, at the text), in the module's file.
    let broken = module.replacingOccurrences(of: "en \"Which region do you live in?\"", with: "en \"{nowhere}?\"")
    #expect(broken != module)
    files.files[path] = Array(broken.utf8)
    let checked = Checker.check(files.load())
    #expect(checked.diagnostics.map(\.code) == [.pipesDiffer, .unknownName], "\(checked.diagnostics.map(\.message))")
    for d in checked.diagnostics { #expect(checked.sources.file(of: d.range).path == path) }
    let d = try #require(checked.diagnostics.first { $0.code == .unknownName })
    let bytes = Array(broken.utf8)
    #expect(String(decoding: bytes[d.range.start..<d.range.end], as: UTF8.self).contains("nowhere"))
  }
}
