// Data-driven parser tests: parser/ok must parse clean, parser/err must report the errors annotated inline;
// both round-trip byte for byte and match the golden tree (.tree) beside them.

import Foundation
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct ParserFixtureTests {
  private let root = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLSyntaxTests/Fixtures/parser")

  @Test func testOkFixturesParseCleanAndRoundTrip() {
    let files = Fixtures.files(in: root.appendingPathComponent("ok"), withExtension: "qdsl")
    #expect(!files.isEmpty, "no fixtures found in parser/ok")
    for file in files {
      let source = Fixtures.read(file)
      let parse = Parse(source: source)
      #expect(
        parse.diagnostics.map { "\(parse.lineIndex.position(of: $0.range.start)) \($0.code.rawValue) \($0.message)" }
          == [], "errors in an ok fixture: \(file.lastPathComponent)")
      assertLossless(parse, source, file)
    }
  }

  @Test func testErrFixturesReportTheAnnotatedErrors() {
    let files = Fixtures.files(in: root.appendingPathComponent("err"), withExtension: "qdsl")
    #expect(!files.isEmpty, "no fixtures found in parser/err")
    for file in files {
      let source = Fixtures.read(file)
      let parse = Parse(source: source)
      #expect(!parse.diagnostics.isEmpty, "no errors in an err fixture: \(file.lastPathComponent)")
      let problems = InlineExpectations.verify(
        parse.diagnostics, source: source, lines: parse.lineIndex, only: { $0.hasPrefix("QD1") })
      #expect(problems.isEmpty, Comment(rawValue: "\(file.lastPathComponent):\n" + problems.joined(separator: "\n")))
      assertLossless(parse, source, file)
    }
  }

  /// Every file in parser/ok and parser/err is a fixture or the golden tree of one: no tree is left behind.
  @Test func testEveryGoldenTreeHasItsFixture() {
    for folder in ["ok", "err"] {
      let dir = root.appendingPathComponent(folder)
      let stems = Fixtures.files(in: dir, withExtension: "qdsl").map { $0.deletingPathExtension().lastPathComponent }
      #expect(!stems.isEmpty, Comment(rawValue: folder))
      let expected = Set(stems.flatMap { [$0 + ".qdsl", $0 + ".tree"] })
      #expect(Fixtures.unexpectedFiles(in: dir, expected: expected) == [], "files in parser/\(folder)")
    }
  }

  private func assertLossless(_ parse: Parse, _ source: String, _ file: URL) {
    #expect(
      parse.tree.reconstructedBytes() == Array(source.utf8), "tree text differs from source: \(file.lastPathComponent)")
    let golden = file.deletingPathExtension().appendingPathExtension("tree")
    if let difference = Fixtures.compareGolden(parse.tree.debugDump(), golden) {
      Issue.record(Comment(rawValue: difference))
    }
  }
}
