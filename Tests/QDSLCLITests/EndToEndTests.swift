// End-to-end tests of the built `qdsl` binary: exit codes, text and JSON output, stdin, directories,
// I/O errors, colour and `explain`, as a survey designer or a CI job would run it.

import Foundation
import QDSLTestSupport
import Testing

@Suite final class EndToEndTests {
  /// Clean-up registered by the test (XCTest's addTeardownBlock), run after it.
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private let golden = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLCLITests/Golden")
  private let errorsFixture = "Tests/QDSLCLITests/Golden/errors.qdsl"

  private func qdsl(_ args: [String], stdin: String? = nil, env: [String: String] = [:], in dir: URL? = nil) throws
    -> RunResult
  {
    try BinaryRunner.run(args, stdin: stdin.map { Data($0.utf8) }, environment: env, directory: dir)
  }

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  @Test func testVersionAndHelp() throws {
    let version = try qdsl(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("qdsl "), Comment(rawValue: version.stdout))
    let help = try qdsl(["help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("check"))
    #expect(help.stdout.contains("explain"))
    for command in ["check", "explain", "help"] {
      let r = try qdsl([command, "--help"])
      #expect(r.status == 0, Comment(rawValue: command))
      #expect(r.stdout.contains("Usage: qdsl \(command)"), Comment(rawValue: r.stdout))
    }
    let none = try qdsl([])
    #expect(none.status == 2)
  }

  @Test func testExamplesCheckClean() throws {
    let r = try qdsl(["check", "Examples"])
    #expect(r.status == 0, Comment(rawValue: r.stdout + r.stderr))
    // The one diagnostic is the draft language of household-services (Russian, a translation in progress).
    #expect(r.stdout.components(separatedBy: "[QD").count == 2, Comment(rawValue: r.stdout))
    #expect(r.stdout.contains("warning[QD4019]: Russian (ru) is a draft"), Comment(rawValue: r.stdout))
    #expect(r.stdout.hasSuffix("1 warning\n"), Comment(rawValue: r.stdout))
    #expect(r.stderr == "")
  }

  @Test func testTextOutputMatchesGolden() throws {
    let r = try qdsl(["check", errorsFixture])
    #expect(r.status == 1)
    #expect(r.stderr == "")
    if let difference = Fixtures.compareGolden(r.stdout, golden.appendingPathComponent("errors.txt")) {
      Issue.record(Comment(rawValue: difference))
    }
    #expect(!r.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
  }

  @Test func testJSONOutputMatchesGoldenAndParses() throws {
    let r = try qdsl(["check", "--format", "json", errorsFixture])
    #expect(r.status == 1)
    if let difference = Fixtures.compareGolden(r.stdout, golden.appendingPathComponent("errors.json")) {
      Issue.record(Comment(rawValue: difference))
    }
    // Foundation's parser, not QDSLText's: what qdsl writes must parse for other tools' readers too.
    let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
    let first = try #require(parsed?.first)
    for key in ["file", "code", "severity", "message", "line", "column", "endLine", "endColumn", "help"] {
      #expect(first[key] != nil, "missing key \(key)")
    }
    #expect((first["file"] as? String) == errorsFixture)
  }

  @Test func testStdin() throws {
    let r = try qdsl(
      ["check", "-"], stdin: "survey s\nlanguages en\nquestion q: integer { text \"Q?\" }\nif qq > 1 { end \"x\" }\n")
    #expect(r.status == 1)
    #expect(
      r.stdout.hasPrefix("<stdin>:4:4: error[QD2001]: there is no question or calculate named 'qq'"),
      Comment(rawValue: r.stdout))
    #expect(r.stdout.contains("help: a question with a similar name exists: 'q'"), Comment(rawValue: r.stdout))
  }

  @Test func testDirectoryIsWalkedInSortedOrderSkippingHiddenFolders() throws {
    let dir = try temporaryDirectory()
    let bad = "survey s\nlanguages en\nquestion q: integer { text \"Q?\" }\ncalculate c = nope\n"
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("b/.hidden"), withIntermediateDirectories: true)
    try bad.write(to: dir.appendingPathComponent("b/z.qdsl"), atomically: true, encoding: .utf8)
    try bad.write(to: dir.appendingPathComponent("a.qdsl"), atomically: true, encoding: .utf8)
    try bad.write(to: dir.appendingPathComponent("b/.hidden/x.qdsl"), atomically: true, encoding: .utf8)
    try "not a survey".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let r = try qdsl(["check", "."], in: dir)
    #expect(r.status == 1)
    let files = r.stdout.split(separator: "\n").filter { $0.contains("error[") }.map { $0.split(separator: ":")[0] }
    #expect(files == ["./a.qdsl", "./b/z.qdsl"])
    #expect(r.stdout.hasSuffix("checked 2 files: 2 errors\n"), Comment(rawValue: r.stdout))
  }

  @Test func testIOErrorsAreOneClearLineAndExitTwo() throws {
    let dir = try temporaryDirectory()
    let missing = try qdsl(["check", "nope.qdsl"], in: dir)
    #expect(missing.status == 2)
    #expect(missing.stderr == "error: nope.qdsl: no such file or directory\n")
    try Data([0x73, 0x75, 0x72, 0x76, 0x65, 0x79, 0x20, 0xFF, 0x0A]).write(
      to: dir.appendingPathComponent("latin1.qdsl"))
    let latin = try qdsl(["check", "latin1.qdsl"], in: dir)
    #expect(latin.status == 2)
    #expect(latin.stderr.contains("not valid UTF-8 (line 1, byte 8)"), Comment(rawValue: latin.stderr))
    #expect(latin.stderr.split(separator: "\n").count == 1)
    let usage = try qdsl(["check", "--frobnicate", "x.qdsl"])
    #expect(usage.status == 2)
    #expect(usage.stderr.contains("unknown option '--frobnicate'"), Comment(rawValue: usage.stderr))
    let badValue = try qdsl(["check", "--format", "xml", "x.qdsl"])
    #expect(badValue.status == 2)
    #expect(badValue.stderr.contains("use one of: text, json"), Comment(rawValue: badValue.stderr))
  }

  @Test func testWarningsExitZeroUnlessWarningsAsErrors() throws {
    let source = "survey s\nlanguages en\nchoices unused { 1 a \"A\" }\nquestion q: integer { text \"Q?\" }\n"
    let plain = try qdsl(["check", "-"], stdin: source)
    #expect(plain.status == 0, Comment(rawValue: plain.stdout))
    #expect(plain.stdout.contains("warning[QD4007]"))
    #expect(plain.stdout.hasSuffix("checked 1 file: 1 warning\n"), Comment(rawValue: plain.stdout))
    let strict = try qdsl(["check", "--warnings-as-errors", "-"], stdin: source)
    #expect(strict.status == 1)
  }

  @Test func testColour() throws {
    let always = try qdsl(["check", "--color", "always", errorsFixture])
    #expect(always.stdout.contains("\u{1B}[1;31merror[QD"), "colour forced on")
    let never = try qdsl(["check", "--color=never", errorsFixture])
    #expect(!never.stdout.contains("\u{1B}["))
    let noColor = try qdsl(["check", errorsFixture], env: ["NO_COLOR": "1"])
    #expect(!noColor.stdout.contains("\u{1B}["))
  }

  @Test func testExplain() throws {
    let r = try qdsl(["explain", "QD2001"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("# QD2001: a name that is not declared"), Comment(rawValue: r.stdout))
    #expect(r.stdout.contains("## Fix"))
    #expect(try qdsl(["explain", "4004"]).status == 0)
    let unknown = try qdsl(["explain", "QD9999"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("there is no diagnostic code"), Comment(rawValue: unknown.stderr))
  }
}
