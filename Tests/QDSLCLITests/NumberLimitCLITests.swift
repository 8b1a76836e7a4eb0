// Whole numbers at the language's limit (±9007199254740991) go through every command that `check` accepts
// them for, and numbers beyond it are one located error in every command, never an internal error.

import Foundation
import QDSLTestSupport
import Testing

@Suite final class NumberLimitCLITests {
  /// Clean-up registered by the test (XCTest's addTeardownBlock), run after it.
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private func qdsl(_ args: [String]) throws -> RunResult { try BinaryRunner.run(args) }

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-limits-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  private func survey(largest: String) -> String {
    """
    survey limits
    languages en
    choices extreme {
      -\(largest) lowest "Lowest" missing
      1 middle "Middle"
      \(largest) highest "Highest"
    }
    question debt: integer -\(largest)..\(largest) required { text "Debt?" }
    question area: one of extreme required { text "Area?" }
    question areas: many of extreme { text "Areas?" }
    question note_text: text max \(largest) { text "Anything else?" }
    if debt > \(largest) - 1 and area == highest {
      note top { text "The largest debt, {debt}." }
    }

    """
  }

  @Test func testTheLargestWholeNumbersGoThroughEveryCommand() throws {
    let dir = try temporaryDirectory()
    let file = dir.appendingPathComponent("limits.qdsl")
    try survey(largest: "9007199254740991").write(to: file, atomically: true, encoding: .utf8)
    let answers = dir.appendingPathComponent("answers.json")
    try #"{"debt": 9007199254740991, "area": "highest", "areas": ["lowest", "highest"]}"#.write(
      to: answers, atomically: true, encoding: .utf8)
    let check = try qdsl(["check", file.path])
    #expect(check.status == 0, Comment(rawValue: check.stdout + check.stderr))
    let simulate = try qdsl(["simulate", file.path, "--respondents", "50"])
    #expect(simulate.status == 0, Comment(rawValue: simulate.stderr))
    let replay = try qdsl(["simulate", file.path, "--answers", answers.path])
    #expect(replay.status == 0, Comment(rawValue: replay.stderr))
    #expect(replay.stdout.contains("top"), "the note for the largest debt is shown:\n\(replay.stdout)")
    let preview = try qdsl(["preview", file.path, "-o", dir.appendingPathComponent("p.html").path])
    #expect(preview.status == 0, Comment(rawValue: preview.stderr))
    let compile = try qdsl(["compile", file.path, "-o", dir.path])
    #expect(compile.status == 0, Comment(rawValue: compile.stderr))
  }

  @Test func testNumbersBeyondTheLimitAreOneLocatedErrorInEveryCommand() throws {
    let dir = try temporaryDirectory()
    let file = dir.appendingPathComponent("beyond.qdsl")
    try survey(largest: "9223372036854775807").write(to: file, atomically: true, encoding: .utf8)
    for args in [
      ["check"], ["simulate"], ["preview", "-o", dir.appendingPathComponent("p.html").path],
      ["compile", "-o", dir.path],
    ] {
      let r = try qdsl([args[0], file.path] + args.dropFirst())
      #expect(r.status == 1, "\(args[0]): \(r.stdout)\(r.stderr)")
      let output = r.stdout + r.stderr
      #expect(output.contains("beyond.qdsl:4:3: error[QD3010]"), "\(args[0]): \(output)")
      #expect(!output.contains("internal"), "\(args[0]): \(output)")
      // The options keep their names: `area == highest` is not reported as well.
      #expect(!output.contains("QD2009"), "\(args[0]): \(output)")
    }
  }
}
