// `qdsl simulate --data DIR` through the built binary: the data files of two examples match their golden files
// (the instrument's file and one per repeat), the same seed writes the same bytes, and usage errors are exit 2.

import Foundation
import QDSLTestSupport
import Testing

@Suite final class SimulateDataCommandTests {
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private let golden = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLCLITests/Golden/simulate-data")

  /// The examples with golden data files, and the repeats of each (a file per repeat).
  static let goldenExamples: [(example: String, repeats: [String])] = [
    ("household-services", ["person", "other", "service", "vehicle"]),
    ("staff-wellbeing-pulse", []),
  ]

  /// The golden files' names, for the inventory.
  static var goldenFiles: [String] {
    goldenExamples.flatMap { e in ["\(e.example).csv"] + e.repeats.map { "\(e.example).\($0).csv" } }
  }

  private func qdsl(_ args: [String]) throws -> RunResult { try BinaryRunner.run(args) }

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-data-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  @Test func testDataFilesMatchGolden() throws {
    for (example, repeats) in Self.goldenExamples {
      let dir = try temporaryDirectory().appendingPathComponent("data")
      let r = try qdsl([
        "simulate", "Examples/\(example).qdsl", "--respondents", "6", "--seed", "7", "--today", "2024-06-15",
        "--data", dir.path,
      ])
      #expect(r.status == 0, Comment(rawValue: r.stderr))
      let names = ["\(example).csv"] + repeats.map { "\(example).\($0).csv" }
      let written = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
      #expect(written == names.sorted(), "one file per level and nothing else")
      for name in names {
        #expect(r.stdout.contains("wrote \(dir.appendingPathComponent(name).path)\n"))
        let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        if let d = Fixtures.compareGolden(text, golden.appendingPathComponent(name)) {
          Issue.record(Comment(rawValue: d))
        }
      }
    }
  }

  @Test func testTheSameSeedWritesTheSameBytes() throws {
    let dir = try temporaryDirectory()
    func run(_ seed: String, _ folder: String) throws -> String {
      let path = dir.appendingPathComponent(folder).path
      let r = try qdsl([
        "simulate", "Examples/library-user-survey.qdsl", "--respondents", "300", "--seed", seed, "--today",
        "2024-06-15", "--data", path,
      ])
      #expect(r.status == 0, Comment(rawValue: r.stderr))
      return try String(contentsOfFile: path + "/library-user-survey.csv", encoding: .utf8)
    }
    let a = try run("5", "a")
    #expect(a == (try run("5", "b")))
    #expect(a != (try run("6", "c")))
    #expect(a.split(separator: "\n").count == 301, "a header and a row per respondent")
  }

  @Test func testUsageErrors() throws {
    let dir = try temporaryDirectory()
    let file = dir.appendingPathComponent("file.txt")
    try "x".write(to: file, atomically: true, encoding: .utf8)
    let cases: [([String], String)] = [
      (["--data", file.path], "exists and is not a folder"),
      (["--data", dir.path, "--format", "json"], "--data cannot be combined"),
      (["--data", dir.path, "--answers", "a.json"], "--data cannot be combined"),
      (["--data", file.path + "/data"], "cannot create the data folder"),
    ]
    for (args, message) in cases {
      let r = try qdsl(["simulate", "Examples/innovation-barometer.qdsl"] + args)
      #expect(r.status == 2, Comment(rawValue: args.joined(separator: " ")))
      #expect(r.stderr.contains(message), "\(args.joined(separator: " ")): \(r.stderr)")
    }
  }

  @Test func testAnImpossibleHardCheckIsAnErrorNotBadData() throws {
    let dir = try temporaryDirectory()
    let source = dir.appendingPathComponent("impossible.qdsl")
    try """
    survey s
    languages en
    question age: integer 0..10 required {
      text "Age?"
      check age > 10 "Never"
    }

    """.write(to: source, atomically: true, encoding: .utf8)
    let r = try qdsl(["simulate", source.path, "--respondents", "2", "--data", dir.appendingPathComponent("d").path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("record 1: no answer to age passes its check age > 10"), Comment(rawValue: r.stderr))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("d/impossible.csv").path))
    // The files are streamed through temporary files: a failure leaves none behind and an earlier file as it was.
    let earlier = dir.appendingPathComponent("d/impossible.csv")
    try "record_id\n".write(to: earlier, atomically: true, encoding: .utf8)
    let again = try qdsl([
      "simulate", source.path, "--respondents", "5000", "--data", dir.appendingPathComponent("d").path,
    ])
    #expect(again.status == 1)
    #expect(try String(contentsOf: earlier, encoding: .utf8) == "record_id\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("d").path) == ["impossible.csv"])
  }
}
