// End-to-end tests of `qdsl preview` and `qdsl simulate` through the built binary: golden reports for every
// example (text and JSON), a replayed respondent, determinism, exit codes and located errors for bad input.

import Foundation
import QDSLTestSupport
import Testing

@Suite final class PreviewSimulateTests {
  /// Clean-up registered by the test (XCTest's addTeardownBlock), run after it.
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private let golden = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLCLITests/Golden/simulate")
  private let examples = Fixtures.exampleNames()
  private let answersFixture = "Tests/QDSLCLITests/Golden/simulate/barometer-answers.json"

  private func qdsl(_ args: [String]) throws -> RunResult { try BinaryRunner.run(args) }

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-preview-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  private func write(_ text: String, _ name: String, in dir: URL) throws -> String {
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  // MARK: simulate

  @Test func testSimulateReportsMatchGoldenForEveryExample() throws {
    #expect(examples.count >= 4)
    for example in examples {
      let base = [
        "simulate", "Examples/\(example).qdsl", "--respondents", "2000", "--seed", "7", "--today", "2024-06-15",
      ]
      let text = try qdsl(base)
      #expect(text.status == 0, Comment(rawValue: text.stderr))
      // A draft language's one warning (QD4019) is shown, and the simulation runs.
      let codes = text.stderr.components(separatedBy: "[QD").count - 1
      #expect(codes == text.stderr.components(separatedBy: "warning[QD4019]").count - 1, "\(text.stderr)")
      if let d = Fixtures.compareGolden(text.stdout, golden.appendingPathComponent("\(example).txt")) {
        Issue.record(Comment(rawValue: d))
      }
      let json = try qdsl(base + ["--format", "json"])
      #expect(json.status == 0, Comment(rawValue: json.stderr))
      if let d = Fixtures.compareGolden(json.stdout, golden.appendingPathComponent("\(example).json")) {
        Issue.record(Comment(rawValue: d))
      }
      // Foundation's parser, not QDSLText's: what qdsl writes must parse for other tools' readers too.
      let parsed = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
      #expect((parsed["respondents"] as? Int) == 2000)
      let items = try #require(parsed["items"] as? [[String: Any]])
      #expect(!items.isEmpty)
      // Every respondent stops at exactly one end or reaches the last item.
      let ends = try #require(parsed["ends"] as? [[String: Any]]).compactMap { $0["fired"] as? Int }
      #expect(ends.reduce(0, +) + (parsed["completed"] as? Int ?? -1) == 2000, Comment(rawValue: example))
    }
  }

  @Test func testTheBarometerReportSaysWhatTheIssueAsksFor() throws {
    let r = try qdsl([
      "simulate", "Examples/innovation-barometer.qdsl", "--respondents", "3000", "--today", "2024-06-15",
    ])
    #expect(r.status == 0)
    #expect(r.stdout.contains("\n   100.0%    question org_type\n"), Comment(rawValue: r.stdout))
    #expect(r.stdout.contains("Interview length in questions: min "), Comment(rawValue: r.stdout))
    #expect(r.stdout.contains("  innovation_count check 1 `innovation_count >= kind_count`: never fails\n"))
    // Ends are numbered from 1 and quoted by their message's first words, in --lang.
    #expect(r.stdout.contains("  end 1 \"Kiitos vastauksistanne! Koska…\": fired for "), Comment(rawValue: r.stdout))
    let english = try qdsl([
      "simulate", "Examples/innovation-barometer.qdsl", "--respondents", "30", "--today", "2024-06-15", "--lang", "EN",
    ])
    #expect(
      english.stdout.contains("  end 1 \"Thank you for your answers! As…\": fired for "),
      Comment(rawValue: english.stdout))
  }

  @Test func testSimulateIsDeterministicForASeed() throws {
    let args = ["simulate", "Examples/staff-wellbeing-pulse.qdsl", "--respondents", "700", "--today", "2024-06-15"]
    let a = try qdsl(args + ["--seed", "42"])
    let b = try qdsl(args + ["--seed", "42"])
    let c = try qdsl(args + ["--seed", "43"])
    #expect(a.stdout == b.stdout)
    #expect(a.stdout != c.stdout, "another seed gives other respondents")
  }

  @Test func testAnItemNobodyReachesIsAWarningWithItsBlockingCondition() throws {
    let dir = try temporaryDirectory()
    // `n > 90 and m < 10` is satisfiable, so the static check passes, but 1000 uniform answers never hit it.
    let source = """
      survey s
      languages en
      question n: integer 0..1000000 required { text "N?" }
      question m: integer 0..1000000 required { text "M?" }
      if n < 3 and m < 3 {
        question rare: integer { text "Rare?" }
      } else {
        note common { text "Common." }
      }
      """
    let file = try write(source, "rare.qdsl", in: dir)
    let r = try qdsl(["simulate", file, "--respondents", "1000", "--seed", "3", "--today", "2024-06-15"])
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    #expect(
      r.stdout.contains(
        "warning: question rare is reached by no respondent: its condition `n < 3 and m < 3` never held"),
      Comment(rawValue: r.stdout))
    #expect(r.stdout.contains("   100.0%  note common\n"), Comment(rawValue: r.stdout))
  }

  @Test func testReplayingAnswersPrintsThePath() throws {
    let args = ["simulate", "Examples/innovation-barometer.qdsl", "--answers", answersFixture, "--today", "2024-06-15"]
    let text = try qdsl(args + ["--lang", "en"])
    #expect(text.status == 0, Comment(rawValue: text.stderr))
    if let d = Fixtures.compareGolden(text.stdout, golden.appendingPathComponent("barometer-replay.txt")) {
      Issue.record(Comment(rawValue: d))
    }
    let json = try qdsl(args + ["--format", "json"])
    #expect(json.status == 0, Comment(rawValue: json.stderr))
    if let d = Fixtures.compareGolden(json.stdout, golden.appendingPathComponent("barometer-replay.json")) {
      Issue.record(Comment(rawValue: d))
    }
  }

  @Test func testBadAnswersFilesGetALocatedError() throws {
    let dir = try temporaryDirectory()
    let cases: [(String, String)] = [
      ("{\n  \"staff\": 12,\n  \"adopted\" \"no\"\n}\n", "bad.json:3:13: expected ':' after the key"),
      (
        "{\n  \"staff\": 12,\n  \"adopted\": \"maybe\"\n}\n",
        "bad.json:3:14: 'adopted': no option \"maybe\" in the list \"yes_no\""
      ),
      (
        "{\"staff\": 12, \"Adopted\": \"no\"}",
        "bad.json:1:15: 'Adopted' is not a question or grid row of innovation_barometer; did you mean 'adopted'?"
      ),
      ("{\"kind_count\": 2}", "bad.json:1:2: 'kind_count' is a calculate: it is computed, not answered"),
      ("{\"staff\": \"many\"}", "bad.json:1:11: 'staff': expected a number"),
      ("{\"staff\": 1e400}", "bad.json:1:11: the number 1e400 is too large: a JSON number must be below about 1.8e308"),
      ("{\"adopted\": 3}", "bad.json:1:13: 'adopted': no option with the code 3 in the list \"yes_no\""),
      ("{\"staff\": 1, \"staff\": 2}", "bad.json:1:14: the key \"staff\" appears twice in this object"),
      ("\"\\ud800\"", "bad.json:1:2: \\uD800 is the first half of a surrogate pair without the second"),
      ("[1, 2]", "bad.json:1:1: the answers must be one JSON object"),
      ("{\"staff\": 12,}", "bad.json:1:14: expected a key in double quotes after ','"),
    ]
    for (content, expected) in cases {
      let file = try write(content, "bad.json", in: dir)
      for command in [["simulate"], ["preview", "-o", dir.appendingPathComponent("p.html").path]] {
        let r = try qdsl(command + ["Examples/innovation-barometer.qdsl", "--answers", file])
        #expect(r.status == 2, "\(command[0]) \(content)")
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("error: \(dir.path)/\(expected)"), "\(command[0]): \(r.stderr)")
      }
      #expect(!(FileManager.default.fileExists(atPath: dir.appendingPathComponent("p.html").path)))
    }
    let missing = try qdsl(["simulate", "Examples/innovation-barometer.qdsl", "--answers", "/nonexistent.json"])
    #expect(missing.status == 2)
    #expect(
      missing.stderr.contains("/nonexistent.json: cannot read this answers file"), Comment(rawValue: missing.stderr))
  }

  /// Every problem of an answers file in one run, in the order of the file, each at its line and column.
  @Test func testEveryProblemInAnAnswersFileIsReportedAtOnce() throws {
    let dir = try temporaryDirectory()
    let content = """
      {
        "staff": "many",
        "Adopted": "no",
        "kind_count": 2,
        "kinds": ["service", "nope", 999, 1.5],
        "org_type": 77,
        "role": "specialist"
      }

      """
    let file = try write(content, "bad.json", in: dir)
    let expected = [
      "2:12: 'staff': expected a number",
      "3:3: 'Adopted' is not a question or grid row of innovation_barometer; did you mean 'adopted'?",
      "4:3: 'kind_count' is a calculate: it is computed, not answered",
      "5:24: 'kinds[1]': no option \"nope\" in the list \"innovation_kind\"",
      "5:32: 'kinds[2]': no option with the code 999 in the list \"innovation_kind\"",
      "5:37: 'kinds[3]': expected an option of the list \"innovation_kind\": its name or its code",
      "6:15: 'org_type': no option with the code 77 in the list \"organisation_type\"",
    ].map { "error: \(file):\($0)\n" }.joined()
    for command in [["simulate"], ["preview", "-o", dir.appendingPathComponent("p.html").path]] {
      let r = try qdsl(command + ["Examples/innovation-barometer.qdsl", "--answers", file])
      #expect(r.status == 2)
      #expect(r.stdout == "")
      #expect(r.stderr == expected, Comment(rawValue: command[0]))
    }
  }

  /// A byte order mark at the start of an answers file is skipped, and never reaches the page's script.
  @Test func testAnAnswersFileWithAByteOrderMarkFillsThePage() throws {
    let dir = try temporaryDirectory()
    let file = try write("\u{FEFF}{\"staff\": 12}\n", "bom.json", in: dir)
    let page = dir.appendingPathComponent("p.html")
    let r = try qdsl(["preview", "Examples/innovation-barometer.qdsl", "-o", page.path, "--answers", file])
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(html.contains("\"answers\": {\"staff\": 12}"))
    #expect(!html.contains("\u{FEFF}"))
  }

  /// Whole numbers are exact from the answers file to the replay: 2⁵³ + 1 is not a Double.
  @Test func testAReplayKeepsWholeNumbersExact() throws {
    let dir = try temporaryDirectory()
    let source = """
      survey s
      languages en
      question big: integer { text "Big?" }
      calculate next = big + 1
      calculate previous = big - 1

      """
    let file = try write(source, "big.qdsl", in: dir)
    let answers = try write("{\"big\": 9007199254740993}", "big.json", in: dir)
    let text = try qdsl(["simulate", file, "--answers", answers])
    #expect(text.status == 0, Comment(rawValue: text.stderr))
    #expect(text.stdout.contains("  question big = 9007199254740993\n"), Comment(rawValue: text.stdout))
    #expect(text.stdout.contains("  calculate next = 9007199254740994\n"), Comment(rawValue: text.stdout))
    #expect(text.stdout.contains("  calculate previous = 9007199254740992\n"), Comment(rawValue: text.stdout))
    let json = try qdsl(["simulate", file, "--answers", answers, "--format", "json"])
    #expect(json.status == 0, Comment(rawValue: json.stderr))
    #expect(json.stdout.contains("\"next\": \"9007199254740994\""), Comment(rawValue: json.stdout))
  }

  /// A form nested as deeply as the checker allows (99 conditions, an expression 97 brackets deep: its form JSON
  /// is 598 levels deep) simulates and previews; it once did not decode ("internal: the form JSON … does not
  /// decode").
  @Test func testTheDeepestFormTheCheckerAcceptsRuns() throws {
    let dir = try temporaryDirectory()
    let depth = 99
    var lines = ["survey s", "languages en", "question q: integer 0..10 { text \"Q?\" }"]
    for i in 0..<depth { lines.append(String(repeating: "  ", count: i) + "if q > \(i % 5) {") }
    let expression = (0..<97).reduce("q") { e, _ in "(\(e) + 1)" }
    lines.append(String(repeating: "  ", count: depth) + "if \(expression) > 3 { note deep { text \"Deep.\" } }")
    for i in (0..<depth).reversed() { lines.append(String(repeating: "  ", count: i) + "}") }
    let file = try write(lines.joined(separator: "\n") + "\n", "deep.qdsl", in: dir)
    #expect(try qdsl(["check", file]).status == 0)
    let simulate = try qdsl(["simulate", file, "--respondents", "50", "--today", "2024-06-15"])
    #expect(simulate.status == 0, Comment(rawValue: simulate.stderr))
    #expect(simulate.stdout.contains("note deep"), Comment(rawValue: simulate.stdout))
    let preview = try qdsl(["preview", file, "-o", dir.appendingPathComponent("deep.html").path])
    #expect(preview.status == 0, Comment(rawValue: preview.stderr))
  }

  @Test func testUsageErrors() throws {
    let cases: [([String], String)] = [
      (["simulate", "Examples/innovation-barometer.qdsl", "--respondent", "3"], "unknown option '--respondent'"),
      (["simulate", "Examples/innovation-barometer.qdsl", "--respondents", "0"], "--respondents needs a whole number"),
      (["simulate", "Examples/innovation-barometer.qdsl", "--seed", "-1"], "--seed needs a whole number"),
      (["simulate", "Examples/innovation-barometer.qdsl", "--today", "2024-02-30"], "--today needs a calendar date"),
      (
        ["simulate", "Examples/innovation-barometer.qdsl", "--format", "xml"], "'xml' is not a valid value for --format"
      ),
      (["simulate"], "give one .qdsl file to simulate"),
      (["simulate", "nope.qdsl"], "nope.qdsl: cannot read this file"),
      (["preview", "Examples/innovation-barometer.qdsl"], "give the page to write with -o FILE.html"),
      (["preview", "Examples/innovation-barometer.qdsl", "-o", "x.html", "--lang", "de"], "'de' is not one of"),
      (["preview", "Examples/innovation-barometer.qdsl", "-o", "Examples"], "Examples is a folder"),
      (["preview", "-o", "x.html", "--bogus"], "unknown option '--bogus'"),
    ]
    for (args, message) in cases {
      let r = try qdsl(args)
      #expect(r.status == 2, Comment(rawValue: args.joined(separator: " ")))
      #expect(r.stderr.contains(message), "\(args.joined(separator: " ")): \(r.stderr)")
    }
  }

  @Test func testAFileWithErrorsWritesNothing() throws {
    let dir = try temporaryDirectory()
    let file = try write("survey s\nlanguages en\nif nope == 1 { end \"x\" }\n", "broken.qdsl", in: dir)
    let page = dir.appendingPathComponent("broken.html").path
    let preview = try qdsl(["preview", file, "-o", page])
    #expect(preview.status == 1)
    #expect(preview.stderr.contains("error[QD2001]"), Comment(rawValue: preview.stderr))
    #expect(!FileManager.default.fileExists(atPath: page))
    let simulate = try qdsl(["simulate", file])
    #expect(simulate.status == 1)
    #expect(simulate.stdout == "")
  }

  // MARK: preview

  @Test func testPreviewWritesOneSelfContainedPage() throws {
    let dir = try temporaryDirectory()
    let page = dir.appendingPathComponent("barometer.html").path
    let r = try qdsl([
      "preview", "Examples/innovation-barometer.qdsl", "-o", page, "--lang", "sv", "--answers", answersFixture,
    ])
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    #expect(r.stdout == "wrote \(page)\n")
    let html = Fixtures.read(URL(fileURLWithPath: page))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">\n"))
    #expect(html.contains("<title>Kommunsektorns innovationsbarometer 2022</title>"))
    #expect(html.contains("\"answers\": {\n  \"org_type\": \"municipality\""), "the answers are embedded")
    for attribute in [" src=\"", " href=\""] { #expect(!html.contains(attribute), Comment(rawValue: attribute)) }
    #expect(!(html.contains("http://") && html.contains("src=\"http")))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(leftovers == ["barometer.html"], "no temporary file is left beside the page")
  }
}
