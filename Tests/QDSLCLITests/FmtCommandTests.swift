// End-to-end tests of `qdsl fmt`: rewriting in place, --check, stdin to stdout, directories and refusing syntax errors.

import Foundation
import QDSLTestSupport
import Testing

@Suite final class FmtCommandTests {
  /// Clean-up registered by the test (XCTest's addTeardownBlock), run after it.
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private let messy = "survey s\nlanguages en\nquestion q : integer 0 .. 5{text \"Q?\"}   # keep me\n"
  private let canonical = "survey s\nlanguages en\n\nquestion q: integer 0..5 {\n  text \"Q?\"\n} # keep me\n"

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-fmt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  private func write(_ text: String, _ url: URL) throws { try Data(text.utf8).write(to: url) }

  @Test func testRewritesInPlaceAndListsChangedFiles() throws {
    let dir = try temporaryDirectory()
    let a = dir.appendingPathComponent("a.qdsl")
    let b = dir.appendingPathComponent("sub/b.qdsl")
    try FileManager.default.createDirectory(at: b.deletingLastPathComponent(), withIntermediateDirectories: true)
    try write(messy, a)
    try write(canonical, b)
    let r = try BinaryRunner.run(["fmt", dir.path])
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    #expect(r.stdout == "formatted \(a.path)\n", "only the changed file is listed")
    #expect(Fixtures.read(a) == canonical)
    #expect(Fixtures.read(b) == canonical)
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(names == ["a.qdsl", "sub"], "no temporary file left behind")
    let again = try BinaryRunner.run(["fmt", a.path])
    #expect(again.status == 0)
    #expect(again.stdout == "", "nothing to do the second time")
  }

  @Test func testALinkIsFollowedAndTheModeKept() throws {
    let dir = try temporaryDirectory()
    let real = dir.appendingPathComponent("real.qdsl")
    let link = dir.appendingPathComponent("link.qdsl")
    try write(messy, real)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: real.path)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    let r = try BinaryRunner.run(["fmt", link.path])
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    #expect(Fixtures.read(real) == canonical)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path, "still a link")
    let mode = try FileManager.default.attributesOfItem(atPath: real.path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
  }

  @Test func testCheckListsFilesThatWouldChangeAndWritesNothing() throws {
    let dir = try temporaryDirectory()
    let a = dir.appendingPathComponent("a.qdsl")
    let b = dir.appendingPathComponent("b.qdsl")
    try write(messy, a)
    try write(canonical, b)
    let r = try BinaryRunner.run(["fmt", "--check", a.path, b.path])
    #expect(r.status == 1)
    #expect(r.stdout == a.path + "\n")
    #expect(Fixtures.read(a) == messy, "--check writes nothing")
    let clean = try BinaryRunner.run(["fmt", "--check", b.path])
    #expect(clean.status == 0)
    #expect(clean.stdout == "")
  }

  @Test func testStdinToStdout() throws {
    let r = try BinaryRunner.run(["fmt", "-"], stdin: Data(messy.utf8))
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    #expect(r.stdout == canonical)
    let check = try BinaryRunner.run(["fmt", "--check", "-"], stdin: Data(messy.utf8))
    #expect(check.status == 1)
    #expect(check.stdout == "<stdin>\n")
  }

  @Test func testRefusesAFileWithSyntaxErrorsAndLeavesItUntouched() throws {
    let dir = try temporaryDirectory()
    let bad = dir.appendingPathComponent("bad.qdsl")
    let good = dir.appendingPathComponent("good.qdsl")
    let broken = "survey s\nlanguages en\nquestion q: integer {\n  text \"Q?\n}\n"
    try write(broken, bad)
    try write(messy, good)
    let r = try BinaryRunner.run(["fmt", "--color", "never", bad.path, good.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("\(bad.path):4:8: error[QD1002]"), Comment(rawValue: r.stderr))
    #expect(r.stderr.contains("error: \(bad.path) was not formatted"), Comment(rawValue: r.stderr))
    #expect(Fixtures.read(bad) == broken, "untouched")
    #expect(Fixtures.read(good) == canonical, "the other files are still formatted")
  }

  @Test func testUsageAndIOErrors() throws {
    let none = try BinaryRunner.run(["fmt"])
    #expect(none.status == 2)
    #expect(none.stderr.contains("give at least one .qdsl file"))
    let missing = try BinaryRunner.run(["fmt", "no/such/file.qdsl"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no/such/file.qdsl: no such file or directory"))
  }

  @Test func testTheLayoutGoldenFileIsCanonicalThroughTheBinary() throws {
    let r = try BinaryRunner.run(["fmt", "--check", "Tests/QDSLFormatTests/Golden/layout.formatted.qdsl"])
    #expect(r.status == 0, Comment(rawValue: r.stdout))
  }
}

/// `qdsl fmt` keeps a file's line ends: a Windows file stays CRLF everywhere, triple-quoted texts included.
@Suite final class FmtLineEndTests {
  /// Clean-up registered by the test (XCTest's addTeardownBlock), run after it.
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  @Test func testAWindowsFileStaysCRLFThroughout() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-fmt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("windows.qdsl")
    let messy = "survey s\nlanguages en\nquestion q : integer{text \"\"\"\n  How many?\n  \"\"\"}   # keep me\n"
    try Data(messy.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: file)
    let r = try BinaryRunner.run(["fmt", file.path])
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    let canonical =
      "survey s\nlanguages en\n\nquestion q: integer {\n  text \"\"\"\n    How many?\n    \"\"\"\n} # keep me\n"
    let written = try Data(contentsOf: file)
    #expect(String(decoding: written, as: UTF8.self) == canonical.replacingOccurrences(of: "\n", with: "\r\n"))
    #expect(try BinaryRunner.run(["fmt", "--check", file.path]).status == 0, "formatted once for good")
  }
}
