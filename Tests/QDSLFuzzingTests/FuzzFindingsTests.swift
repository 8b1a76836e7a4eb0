// The fuzzers' oracles on every seed and every past finding: each example and fixture keeps the compiler's
// promises, every finding saved under Fixtures/ stays fixed, and the editor fuzzer's input layout reads back.

import Foundation
import QDSLSyntax
import QDSLTestSupport
import XCTest

@testable import QDSLFuzzing

final class FuzzFindingsTests: XCTestCase {
  private let root = Fixtures.packageRoot()
  private var fixtures: URL { root.appendingPathComponent("Tests/QDSLFuzzingTests/Fixtures") }

  /// Every .qdsl file under Examples/ and Tests/: the seed corpus of both fuzzers (Fuzz/make-corpus.py).
  private func seeds() -> [URL] {
    var found: [URL] = []
    for folder in ["Examples", "Tests"] {
      let base = root.appendingPathComponent(folder)
      let walker = FileManager.default.enumerator(atPath: base.path)
      while let path = walker?.nextObject() as? String {
        if path.hasSuffix(".qdsl") { found.append(base.appendingPathComponent(path)) }
      }
    }
    return found.sorted { $0.path < $1.path }
  }

  private func bytes(_ url: URL) -> [UInt8] { (try? Array(Data(contentsOf: url))) ?? [] }

  func testEverySeedKeepsTheCompilerPromises() {
    let seeds = seeds()
    XCTAssertGreaterThan(seeds.count, 150, "examples and fixtures found")
    for url in seeds {
      if let finding = CompileOracle.finding(in: bytes(url)) { XCTFail("\(url.path): \(finding)") }
    }
  }

  func testEveryCompilerFindingStaysFixed() {
    for url in Fixtures.files(in: fixtures.appendingPathComponent("check"), withExtension: "qdsl") {
      if let finding = CompileOracle.finding(in: bytes(url)) { XCTFail("\(url.lastPathComponent): \(finding)") }
    }
  }

  /// An editor finding is a pair NAME.before.qdsl (the analysed version) and NAME.after.qdsl (the edited one).
  func testEveryEditorFindingStaysFixed() {
    let folder = fixtures.appendingPathComponent("editor")
    for before in Fixtures.files(in: folder, withExtension: "before.qdsl") {
      let name = String(before.lastPathComponent.dropLast(".before.qdsl".count))
      let after = folder.appendingPathComponent(name + ".after.qdsl")
      XCTAssertTrue(FileManager.default.fileExists(atPath: after.path), "\(name).after.qdsl is missing")
      if let finding = EditorOracle.finding(before: bytes(before), after: bytes(after)) {
        XCTFail("\(name): \(finding)")
      }
    }
  }

  func testTheEditorInputReadsBackAndItsEditsLandWhereTheySay() {
    let document = Array("survey s # note\nlanguages en\nquestion q: integer { text \"Äge?\" }\n".utf8)
    let script = EditScript(
      document: document,
      edits: [
        DocumentEdit(place: .inString, position: 0x0002, deleted: 1, inserted: Array("x".utf8), renewsAnalysis: false),
        DocumentEdit(place: .inComment, position: 0x0001, deleted: 0, inserted: [0xFF], renewsAnalysis: true),
        DocumentEdit(place: .anywhere, position: 9, deleted: 0, inserted: Array("\n".utf8), renewsAnalysis: false),
      ])
    XCTAssertEqual(EditScript(fuzzInput: script.fuzzInput), script)
    var text = document
    for edit in script.edits { text = edit.applied(to: text) }
    // The Ä (two bytes) is replaced whole; the invalid byte becomes U+FFFD; the line break lands at offset 9.
    XCTAssertEqual(
      String(decoding: text, as: UTF8.self),
      "survey s \n#\u{FFFD} note\nlanguages en\nquestion q: integer { text \"xge?\" }\n")
    XCTAssertNil(EditorOracle.finding(in: script))
    // A script cut short keeps the edits that are whole; the rest is the document.
    XCTAssertEqual(EditScript(fuzzInput: [0x41, 3]).document, [0x41])
  }

  func testADiagnosticOutsideTheFileIsAFinding() {
    let d = Diagnostic(.unterminatedString, "m", at: TextRange(3, 12))
    XCTAssertNotNil(DiagnosticRanges.finding([d], count: 10))
    XCTAssertNil(DiagnosticRanges.finding([d], count: 12))
  }
}
