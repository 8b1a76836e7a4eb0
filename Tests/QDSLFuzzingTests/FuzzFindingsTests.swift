// The fuzzers' oracles on every seed and every past finding: each example and fixture keeps the compiler's
// promises, every finding saved under Fixtures/ stays fixed, and the editor fuzzer's input layout reads back.

import Foundation
import QDSLSyntax
import QDSLTestSupport
import Testing

@testable import QDSLFuzzing

@Suite struct FuzzFindingsTests {
  private let root = Fixtures.packageRoot()
  private var fixtures: URL { root.appendingPathComponent("Tests/QDSLFuzzingTests/Fixtures") }

  /// Seeds that still break a promise because of a fault being fixed elsewhere (issues 15, 16): the path, and why.
  /// Each must still fail (a fixed one is taken off the list, so that it counts again).
  static let knownOpen: [String: String] = [:]

  /// Every .qdsl file under Examples/ and Tests/ (relative paths): the seed corpus of both fuzzers
  /// (Fuzz/make-corpus.py).
  private func seeds() -> [String] {
    var found: [String] = []
    for folder in ["Examples", "Tests"] {
      let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
      while let path = walker?.nextObject() as? String {
        if path.hasSuffix(".qdsl") { found.append(folder + "/" + path) }
      }
    }
    return found.sorted()
  }

  private func bytes(_ url: URL) -> [UInt8] { (try? Array(Data(contentsOf: url))) ?? [] }

  @Test func everySeedKeepsTheCompilerPromises() {
    let seeds = seeds()
    #expect(seeds.count > 150, "examples and fixtures found")
    for path in seeds {
      let finding = CompileOracle.finding(in: bytes(root.appendingPathComponent(path)))
      if let reason = Self.knownOpen[path] {
        #expect(finding != nil, "\(path) is fixed (\(reason)): take it off FuzzFindingsTests.knownOpen")
      } else if let finding {
        Issue.record("\(path): \(finding)")
      }
    }
  }

  /// Compiler findings are seeds as well, so `everySeedKeepsTheCompilerPromises` replays them; this names them.
  @Test func everyCompilerFindingIsASeed() {
    let findings = Fixtures.files(in: fixtures.appendingPathComponent("check"), withExtension: "qdsl")
    #expect(!findings.isEmpty, "the compiler findings are found")
    let seeds = Set(seeds())
    for url in findings {
      #expect(seeds.contains("Tests/QDSLFuzzingTests/Fixtures/check/" + url.lastPathComponent))
    }
  }

  /// An editor finding is a pair NAME.before.qdsl (the analysed version) and NAME.after.qdsl (the edited one).
  @Test func everyEditorFindingStaysFixed() {
    let folder = fixtures.appendingPathComponent("editor")
    let pairs = Fixtures.files(in: folder, withExtension: "before.qdsl")
    #expect(pairs.count >= 3, "the editor findings are found")
    for before in pairs {
      let name = String(before.lastPathComponent.dropLast(".before.qdsl".count))
      let after = folder.appendingPathComponent(name + ".after.qdsl")
      #expect(FileManager.default.fileExists(atPath: after.path), "\(name).after.qdsl is missing")
      if let finding = EditorOracle.finding(before: bytes(before), after: bytes(after)) {
        Issue.record("\(name): \(finding)")
      }
    }
  }

  @Test func theEditorInputReadsBackAndItsEditsLandWhereTheySay() {
    let document = Array("survey s # note\nlanguages en\nquestion q: integer { text \"Äge?\" }\n".utf8)
    let script = EditScript(
      document: document,
      edits: [
        DocumentEdit(place: .inString, position: 0x0002, deleted: 1, inserted: Array("x".utf8), renewsAnalysis: false),
        DocumentEdit(place: .inComment, position: 0x0001, deleted: 0, inserted: [0xFF], renewsAnalysis: true),
        DocumentEdit(place: .anywhere, position: 9, deleted: 0, inserted: Array("\n".utf8), renewsAnalysis: false),
      ])
    #expect(EditScript(fuzzInput: script.fuzzInput) == script)
    var text = document
    for edit in script.edits { text = edit.applied(to: text) }
    // The Ä (two bytes) is replaced whole; the invalid byte becomes U+FFFD; the line break lands at offset 9.
    #expect(
      String(decoding: text, as: UTF8.self)
        == "survey s \n#\u{FFFD} note\nlanguages en\nquestion q: integer { text \"xge?\" }\n")
    #expect(EditorOracle.finding(in: script) == nil)
    // An edit cut short by the start of the input is dropped; what is left is the document.
    #expect(EditScript(fuzzInput: [0x41, 3]) == EditScript(document: [0x41], edits: []))
  }

  @Test func aDiagnosticOutsideTheFileIsAFinding() {
    let d = Diagnostic(.unterminatedString, "m", at: TextRange(3, 12))
    #expect(DiagnosticRanges.finding([d], count: 10) != nil)
    #expect(DiagnosticRanges.finding([d], count: 12) == nil)
  }
}
