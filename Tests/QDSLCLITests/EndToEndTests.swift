// End-to-end tests of the built `qdsl` binary: exit codes, text and JSON output, stdin, directories,
// I/O errors, colour and `explain`, as a survey designer or a CI job would run it.

import Foundation
import QDSLTestSupport
import XCTest

final class EndToEndTests: XCTestCase {
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
    addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  func testVersionAndHelp() throws {
    let version = try qdsl(["--version"])
    XCTAssertEqual(version.status, 0)
    XCTAssertTrue(version.stdout.hasPrefix("qdsl "), version.stdout)
    let help = try qdsl(["help"])
    XCTAssertEqual(help.status, 0)
    XCTAssertTrue(help.stdout.contains("check"))
    XCTAssertTrue(help.stdout.contains("explain"))
    for command in ["check", "explain", "help"] {
      let r = try qdsl([command, "--help"])
      XCTAssertEqual(r.status, 0, command)
      XCTAssertTrue(r.stdout.contains("Usage: qdsl \(command)"), r.stdout)
    }
    let none = try qdsl([])
    XCTAssertEqual(none.status, 2)
  }

  func testExamplesCheckClean() throws {
    let r = try qdsl(["check", "Examples"])
    XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
    XCTAssertTrue(r.stdout.hasPrefix("checked "), r.stdout)
    XCTAssertTrue(r.stdout.contains("no problems found"), r.stdout)
    XCTAssertEqual(r.stderr, "")
  }

  func testTextOutputMatchesGolden() throws {
    let r = try qdsl(["check", errorsFixture])
    XCTAssertEqual(r.status, 1)
    XCTAssertEqual(r.stderr, "")
    if let difference = Fixtures.compareGolden(r.stdout, golden.appendingPathComponent("errors.txt")) {
      XCTFail(difference)
    }
    XCTAssertFalse(r.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
  }

  func testJSONOutputMatchesGoldenAndParses() throws {
    let r = try qdsl(["check", "--format", "json", errorsFixture])
    XCTAssertEqual(r.status, 1)
    if let difference = Fixtures.compareGolden(r.stdout, golden.appendingPathComponent("errors.json")) {
      XCTFail(difference)
    }
    // Foundation's parser, not QDSLText's: what qdsl writes must parse for other tools' readers too.
    let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
    let first = try XCTUnwrap(parsed?.first)
    for key in ["file", "code", "severity", "message", "line", "column", "endLine", "endColumn", "help"] {
      XCTAssertNotNil(first[key], "missing key \(key)")
    }
    XCTAssertEqual(first["file"] as? String, errorsFixture)
  }

  func testStdin() throws {
    let r = try qdsl(
      ["check", "-"], stdin: "survey s\nlanguages en\nquestion q: integer { text \"Q?\" }\nif qq > 1 { end \"x\" }\n")
    XCTAssertEqual(r.status, 1)
    XCTAssertTrue(
      r.stdout.hasPrefix("<stdin>:4:4: error[QD2001]: there is no question or calculate named 'qq'"), r.stdout)
    XCTAssertTrue(r.stdout.contains("help: a question with a similar name exists: 'q'"), r.stdout)
  }

  func testDirectoryIsWalkedInSortedOrderSkippingHiddenFolders() throws {
    let dir = try temporaryDirectory()
    let bad = "survey s\nlanguages en\nquestion q: integer { text \"Q?\" }\ncalculate c = nope\n"
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("b/.hidden"), withIntermediateDirectories: true)
    try bad.write(to: dir.appendingPathComponent("b/z.qdsl"), atomically: true, encoding: .utf8)
    try bad.write(to: dir.appendingPathComponent("a.qdsl"), atomically: true, encoding: .utf8)
    try bad.write(to: dir.appendingPathComponent("b/.hidden/x.qdsl"), atomically: true, encoding: .utf8)
    try "not a survey".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let r = try qdsl(["check", "."], in: dir)
    XCTAssertEqual(r.status, 1)
    let files = r.stdout.split(separator: "\n").filter { $0.contains("error[") }.map { $0.split(separator: ":")[0] }
    XCTAssertEqual(files, ["./a.qdsl", "./b/z.qdsl"])
    XCTAssertTrue(r.stdout.hasSuffix("checked 2 files: 2 errors\n"), r.stdout)
  }

  func testIOErrorsAreOneClearLineAndExitTwo() throws {
    let dir = try temporaryDirectory()
    let missing = try qdsl(["check", "nope.qdsl"], in: dir)
    XCTAssertEqual(missing.status, 2)
    XCTAssertEqual(missing.stderr, "error: nope.qdsl: no such file or directory\n")
    try Data([0x73, 0x75, 0x72, 0x76, 0x65, 0x79, 0x20, 0xFF, 0x0A]).write(
      to: dir.appendingPathComponent("latin1.qdsl"))
    let latin = try qdsl(["check", "latin1.qdsl"], in: dir)
    XCTAssertEqual(latin.status, 2)
    XCTAssertTrue(latin.stderr.contains("not valid UTF-8 (line 1, byte 8)"), latin.stderr)
    XCTAssertEqual(latin.stderr.split(separator: "\n").count, 1)
    let usage = try qdsl(["check", "--frobnicate", "x.qdsl"])
    XCTAssertEqual(usage.status, 2)
    XCTAssertTrue(usage.stderr.contains("unknown option '--frobnicate'"), usage.stderr)
    let badValue = try qdsl(["check", "--format", "xml", "x.qdsl"])
    XCTAssertEqual(badValue.status, 2)
    XCTAssertTrue(badValue.stderr.contains("use one of: text, json"), badValue.stderr)
  }

  func testWarningsExitZeroUnlessWarningsAsErrors() throws {
    let source = "survey s\nlanguages en\nchoices unused { 1 a \"A\" }\nquestion q: integer { text \"Q?\" }\n"
    let plain = try qdsl(["check", "-"], stdin: source)
    XCTAssertEqual(plain.status, 0, plain.stdout)
    XCTAssertTrue(plain.stdout.contains("warning[QD4007]"))
    XCTAssertTrue(plain.stdout.hasSuffix("checked 1 file: 1 warning\n"), plain.stdout)
    let strict = try qdsl(["check", "--warnings-as-errors", "-"], stdin: source)
    XCTAssertEqual(strict.status, 1)
  }

  func testColour() throws {
    let always = try qdsl(["check", "--color", "always", errorsFixture])
    XCTAssertTrue(always.stdout.contains("\u{1B}[1;31merror[QD"), "colour forced on")
    let never = try qdsl(["check", "--color=never", errorsFixture])
    XCTAssertFalse(never.stdout.contains("\u{1B}["))
    let noColor = try qdsl(["check", errorsFixture], env: ["NO_COLOR": "1"])
    XCTAssertFalse(noColor.stdout.contains("\u{1B}["))
  }

  func testExplain() throws {
    let r = try qdsl(["explain", "QD2001"])
    XCTAssertEqual(r.status, 0)
    XCTAssertTrue(r.stdout.hasPrefix("# QD2001: a name that is not declared"), r.stdout)
    XCTAssertTrue(r.stdout.contains("## Fix"))
    XCTAssertEqual(try qdsl(["explain", "4004"]).status, 0)
    let unknown = try qdsl(["explain", "QD9999"])
    XCTAssertEqual(unknown.status, 2)
    XCTAssertTrue(unknown.stderr.contains("there is no diagnostic code"), unknown.stderr)
  }
}
