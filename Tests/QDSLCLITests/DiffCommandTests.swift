// End-to-end tests of `qdsl diff` and the machine formats: a fixture pair per change class with its golden
// report, near misses, the revision examples, exit codes, `--git` in a temporary repository, and errors.

import Foundation
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite final class DiffCommandTests {
  /// Clean-up registered by the test (XCTest's addTeardownBlock), run after it.
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private let root = Fixtures.packageRoot()
  private var fixtures: URL { root.appendingPathComponent("Tests/QDSLCLITests/Fixtures/diff") }

  private func qdsl(_ args: [String], in dir: URL? = nil, env: [String: String] = [:]) throws -> RunResult {
    try BinaryRunner.run(args, environment: env, directory: dir)
  }

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-diff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  private func fixtureDirectories() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted()
  }

  /// Each fixture pair `QDxxxx-name/{old,new}.qdsl` reports its code (near misses `QDxxxx-ok-*` do not), with
  /// the whole text report equal to `expected.txt` beside it and the exit status its class implies.
  @Test func testFixturePairsMatchTheirGoldenReports() throws {
    let names = fixtureDirectories()
    #expect(!names.isEmpty)
    for name in names {
      let dir = "Tests/QDSLCLITests/Fixtures/diff/\(name)"
      #expect(
        Fixtures.unexpectedFiles(
          in: fixtures.appendingPathComponent(name), expected: ["old.qdsl", "new.qdsl", "expected.txt"]) == [],
        Comment(rawValue: name))
      let r = try qdsl(["diff", "\(dir)/old.qdsl", "\(dir)/new.qdsl"])
      #expect(r.stderr == "", Comment(rawValue: name))
      let code = String(name.prefix(6))
      let reported = r.stdout.contains("[\(code)]")
      guard let registered = DiagnosticCode(rawValue: code) else {
        Issue.record("\(name): \(code) is not a registered code")
        continue
      }
      if name.hasPrefix(code + "-ok") {
        #expect(!reported, "\(name) must not report \(code):\n\(r.stdout)")
      } else {
        #expect(reported, "\(name) must report \(code):\n\(r.stdout)")
        #expect(r.status == (registered.severity == .error ? 1 : 0), "\(name): exit status\n\(r.stdout)")
      }
      if let difference = Fixtures.compareGolden(r.stdout, fixtures.appendingPathComponent("\(name)/expected.txt")) {
        Issue.record(Comment(rawValue: difference))
      }
    }
  }

  @Test func testEveryRevisionCodeHasAFixturePairAndBreakingOnesANearMiss() {
    let names = fixtureDirectories()
    for code in DiagnosticCode.allCases where code.isRevisionChange {
      #expect(
        names.contains { $0.hasPrefix(code.rawValue + "-") && !$0.hasPrefix(code.rawValue + "-ok") },
        "\(code.rawValue): no fixture pair Tests/QDSLCLITests/Fixtures/diff/\(code.rawValue)-*")
      if code.severity == .error {
        #expect(names.contains { $0.hasPrefix(code.rawValue + "-ok") }, "\(code.rawValue): no near miss")
      }
    }
  }

  /// The changes of a JSON report, read with Foundation's parser, not QDSLText's: what qdsl writes must parse
  /// for other tools' readers too.
  private func jsonChanges(_ r: RunResult) throws -> [[String: Any]] {
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    return try #require(json["changes"] as? [[String: Any]])
  }

  /// The revision examples: 2020 → 2022 shows every class and breaks; 2022 → 2022.2 is compatible; the
  /// household panel's 2023 → 2024 shows the changes of repeats and of paradata. Together they show every
  /// revision code.
  @Test func testRevisionExamples() throws {
    let wave = try qdsl(
      ["diff", "Examples/revisions/barometer-2020.qdsl", "Examples/revisions/barometer-2022.qdsl", "--format", "json"])
    #expect(wave.status == 1, Comment(rawValue: wave.stdout + wave.stderr))
    let changes = try jsonChanges(wave)
    let household = try qdsl(
      ["diff", "Examples/revisions/household-2023.qdsl", "Examples/revisions/household-2024.qdsl", "--format", "json"])
    #expect(household.status == 1, Comment(rawValue: household.stdout + household.stderr))
    let householdChanges = try jsonChanges(household)
    let repeatCodes: Set<DiagnosticCode> = [
      .movedBetweenLevels, .repeatRemoved, .repeatDriverChanged, .repeatRenamed, .repeatAdded, .paradataKindChanged,
    ]
    let codes = Set(changes.compactMap { $0["code"] as? String })
    let householdCodes = Set(householdChanges.compactMap { $0["code"] as? String })
    // A draft language (QD5229) is shown by its fixture pairs: the revision examples are release versions.
    for code in DiagnosticCode.allCases
    where code.isRevisionChange && code != .languageRemoved && code != .draftStatusChanged {
      if repeatCodes.contains(code) {
        #expect(householdCodes.contains(code.rawValue), "the household example does not show \(code.rawValue)")
      } else {
        #expect(codes.contains(code.rawValue), "the 2020 → 2022 example does not show \(code.rawValue)")
      }
    }
    let rename = try #require(changes.first { $0["code"] as? String == "QD5208" })
    #expect((rename["class"] as? String) == "rename")
    #expect((rename["variables"] as? [String])?.first == "sharing_channels_1")
    let removed = try #require(changes.first { $0["code"] as? String == "QD5201" })
    #expect((removed["side"] as? String) == "old")
    #expect((removed["file"] as? String) == "Examples/revisions/barometer-2020.qdsl")
    let correction = try qdsl(
      ["diff", "Examples/revisions/barometer-2022.qdsl", "Examples/revisions/barometer-2022-2.qdsl"])
    #expect(correction.status == 0, Comment(rawValue: correction.stdout))
    #expect(correction.stdout.hasSuffix("is compatible with the old revision\n"), Comment(rawValue: correction.stdout))
    let same = try qdsl(["diff", "Examples/revisions/barometer-2022.qdsl", "Examples/revisions/barometer-2022.qdsl"])
    #expect(same.status == 0)
    #expect(same.stdout.contains("no changes for analysts"), Comment(rawValue: same.stdout))
  }

  /// The whole 2020 → 2022 report in each format for people and tools, against golden files.
  @Test func testRevisionExampleReportsMatchGolden() throws {
    let golden = root.appendingPathComponent("Tests/QDSLCLITests/Golden")
    let args = ["diff", "Examples/revisions/barometer-2020.qdsl", "Examples/revisions/barometer-2022.qdsl"]
    for (format, suffix) in [("text", "txt"), ("json", "json"), ("markdown", "md"), ("github", "github.txt")] {
      let r = try qdsl(args + ["--format", format])
      #expect(r.status == 1, Comment(rawValue: format))
      #expect(r.stderr == "", Comment(rawValue: format))
      let file = golden.appendingPathComponent("revisions-2020-2022.\(suffix)")
      if let difference = Fixtures.compareGolden(r.stdout, file) { Issue.record(Comment(rawValue: difference)) }
    }
    let household = try qdsl(
      ["diff", "Examples/revisions/household-2023.qdsl", "Examples/revisions/household-2024.qdsl"])
    #expect(household.status == 1 && household.stderr == "", Comment(rawValue: household.stderr))
    let file = golden.appendingPathComponent("revisions-household-2023-2024.txt")
    if let difference = Fixtures.compareGolden(household.stdout, file) { Issue.record(Comment(rawValue: difference)) }
  }

  /// The example report in docs/cli.md is part of the real output.
  @Test func testTheCLIDocsShowARealChange() throws {
    let docs = Fixtures.read(root.appendingPathComponent("docs/cli.md"))
    let intro = try #require(docs.range(of: "Each change points at its line in NEW"))
    let start = try #require(docs.range(of: "```text\n", range: intro.upperBound..<docs.endIndex))
    let end = try #require(docs.range(of: "```\n", range: start.upperBound..<docs.endIndex))
    let example = String(docs[start.upperBound..<end.lowerBound])
    let r = try qdsl(["diff", "Examples/revisions/barometer-2020.qdsl", "Examples/revisions/barometer-2022.qdsl"])
    #expect(r.stdout.contains(example), "docs/cli.md shows a change qdsl diff does not report:\n\(example)")
  }

  @Test func testMarkdownAndGitHubFormats() throws {
    let args = ["diff", "Examples/revisions/barometer-2020.qdsl", "Examples/revisions/barometer-2022.qdsl"]
    let markdown = try qdsl(args + ["--format", "markdown"])
    #expect(markdown.status == 1)
    #expect(markdown.stdout.hasPrefix("### qdsl diff: "), Comment(rawValue: markdown.stdout))
    #expect(markdown.stdout.contains("#### Breaking changes\n"), Comment(rawValue: markdown.stdout))
    #expect(markdown.stdout.contains("#### Likely renames\n"), Comment(rawValue: markdown.stdout))
    #expect(markdown.stdout.contains("| [QD5204](https://"), Comment(rawValue: markdown.stdout))
    let github = try qdsl(args + ["--format", "github"])
    #expect(github.status == 1)
    let lines = github.stdout.split(separator: "\n")
    let removed = try #require(lines.first { $0.contains("QD5201") })
    #expect(
      removed.hasPrefix(
        "::error file=Examples/revisions/barometer-2020.qdsl,line=138,col=12,endLine=138,endColumn=25,"
          + "title=QD5201%3A a data-file variable removed in a revision::the variable 'covid_changes' was removed"),
      Comment(rawValue: String(removed)))
    #expect(lines.contains { $0.hasPrefix("::notice file=Examples/revisions/barometer-2022.qdsl,") })
    #expect(removed.contains("%0Ahelp: keep the question"), Comment(rawValue: String(removed)))
  }

  @Test func testCheckGitHubAnnotationsEscapeProperties() throws {
    let dir = try temporaryDirectory()
    let source = "survey s\nlanguages en\nquestion q: integer { text \"Q?\" }\nif qq > 1 { end \"x\" }\n"
    try source.write(to: dir.appendingPathComponent("a,b:c%.qdsl"), atomically: true, encoding: .utf8)
    let r = try qdsl(["check", "--format", "github", "a,b:c%.qdsl"], in: dir)
    #expect(r.status == 1)
    #expect(
      r.stdout.split(separator: "\n").first.map(String.init)
        == "::error file=a%2Cb%3Ac%25.qdsl,line=4,col=4,endLine=4,endColumn=6,title=QD2001%3A a name that is not declared"
        + "::there is no question or calculate named 'qq'%0Ahelp: a question with a similar name exists: 'q'")
  }

  @Test func testSARIFHasOneRunRulesWithHelpAndRegions() throws {
    let r = try qdsl(["check", "--format", "sarif", "Tests/QDSLCLITests/Golden/errors.qdsl"])
    #expect(r.status == 1)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect((log["version"] as? String) == "2.1.0")
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let results = try #require(runs[0]["results"] as? [[String: Any]])
    #expect(results.map { $0["ruleId"] as? String } == ["QD2001", "QD4001", "QD3004", "QD3005", "QD4004"])
    #expect(results.map { $0["level"] as? String } == ["error", "error", "error", "error", "warning"])
    for result in results {
      let id = try #require(result["ruleId"] as? String)
      let index = try #require(result["ruleIndex"] as? Int)
      #expect((rules[index]["id"] as? String) == id)
      #expect(
        (rules[index]["helpUri"] as? String) == "https://github.com/qdsl/qdsl/blob/main/docs/diagnostics/\(id).md")
      let help = try #require((rules[index]["help"] as? [String: Any])?["text"] as? String)
      #expect(help.hasPrefix("# \(id): "), Comment(rawValue: help))
    }
    let location = try #require((results[0]["locations"] as? [[String: Any]])?.first)
    let physical = try #require(location["physicalLocation"] as? [String: Any])
    #expect(
      ((physical["artifactLocation"] as? [String: Any])?["uri"] as? String) == "Tests/QDSLCLITests/Golden/errors.qdsl")
    let region = try #require(physical["region"] as? [String: Int])
    #expect(region == ["startLine": 14, "startColumn": 4, "endLine": 14, "endColumn": 10])
    #expect(results[4]["relatedLocations"] != nil)
    #expect(rules.map { $0["id"] as? String } == ["QD2001", "QD3004", "QD3005", "QD4001", "QD4004"])
  }

  /// An input that cannot be read makes the run unsuccessful, with the reason as a tool notification.
  @Test func testSARIFReportsUnreadableInputsAsNotifications() throws {
    let r = try qdsl(["check", "--format", "sarif", "Examples/revisions", "no-such.qdsl"])
    #expect(r.status == 2)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect((invocation["executionSuccessful"] as? Bool) == false)
    let note = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
    #expect(((note["message"] as? [String: Any])?["text"] as? String) == "no-such.qdsl: no such file or directory")
    #expect((run["results"] as? [Any])?.count == 0)
  }

  /// SARIF columns count UTF-16 code units: a character outside the BMP counts two.
  @Test func testSARIFColumnsCountUTF16CodeUnits() throws {
    let dir = try temporaryDirectory()
    let source = "survey s\nlanguages en\nquestion q: integer { text \"😀ä\" }\ncalculate c = \"😀\" + nope\n"
    try source.write(to: dir.appendingPathComponent("s.qdsl"), atomically: true, encoding: .utf8)
    let r = try qdsl(["check", "--format", "sarif", "s.qdsl"], in: dir)
    #expect(r.stdout.contains("\"startColumn\": 22"), Comment(rawValue: r.stdout))
    let text = try qdsl(["check", "s.qdsl"], in: dir)
    #expect(text.stdout.contains("s.qdsl:4:21:"), Comment(rawValue: text.stdout))
  }

  // MARK: - Errors and exit codes

  @Test func testUsageAndRevisionErrorsExitTwo() throws {
    let none = try qdsl(["diff", "Examples/revisions/barometer-2020.qdsl"])
    #expect(none.status == 2)
    #expect(none.stderr.hasPrefix("error: give two files, OLD and NEW\n"), Comment(rawValue: none.stderr))
    let missing = try qdsl(["diff", "nope.qdsl", "Examples/revisions/barometer-2022.qdsl"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("nope.qdsl: cannot read this file"), Comment(rawValue: missing.stderr))
    let format = try qdsl(["diff", "--format", "xml", "a.qdsl", "b.qdsl"])
    #expect(format.status == 2)
    #expect(format.stderr.contains("use one of: text, json, sarif, github, markdown"), Comment(rawValue: format.stderr))
    let broken = try qdsl(["diff", "Tests/QDSLCLITests/Golden/errors.qdsl", "Examples/revisions/barometer-2022.qdsl"])
    #expect(broken.status == 2)
    #expect(
      broken.stdout.contains("error[QD2001]: there is no question or calculate named 'adoptd'"),
      Comment(rawValue: broken.stdout))
    #expect(
      broken.stderr == "error: cannot compare: Tests/QDSLCLITests/Golden/errors.qdsl has 4 errors; fix it first\n")
    let brokenJSON = try qdsl(
      ["diff", "--format", "json", "Examples/revisions/barometer-2022.qdsl", "Tests/QDSLCLITests/Golden/errors.qdsl"])
    #expect(brokenJSON.status == 2)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(brokenJSON.stdout.utf8)) as? [String: Any])
    #expect((json["diagnostics"] as? [Any])?.count == 5)
  }

  @Test func testWarningsDoNotStopADiffAndStdinIsRefused() throws {
    let dir = try temporaryDirectory()
    let old = "survey s\nlanguages en\nchoices unused { 1 a \"A\" }\nquestion q: integer 0..10 { text \"Q?\" }\n"
    try old.write(to: dir.appendingPathComponent("old.qdsl"), atomically: true, encoding: .utf8)
    try old.replacingOccurrences(of: "0..10", with: "0..20").write(
      to: dir.appendingPathComponent("new.qdsl"), atomically: true, encoding: .utf8)
    #expect(try qdsl(["check", "old.qdsl"], in: dir).stdout.contains("warning[QD4007]") == true)
    let r = try qdsl(["diff", "old.qdsl", "new.qdsl"], in: dir)
    #expect(r.status == 0, Comment(rawValue: r.stdout + r.stderr))
    #expect(
      r.stdout.hasPrefix("new.qdsl:4:10: compatible[QD5214]: the allowed values of 'q' widened"),
      Comment(rawValue: r.stdout))
    #expect(!r.stdout.contains("QD4007"), Comment(rawValue: r.stdout))
    let stdin = try qdsl(["diff", "-", "new.qdsl"], in: dir)
    #expect(stdin.status == 2)
    #expect(stdin.stderr.hasPrefix("error: qdsl diff reads files, not stdin"), Comment(rawValue: stdin.stderr))
  }

  // MARK: - --git

  private func git(_ args: [String], in dir: URL) throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["git"] + args
    p.currentDirectoryURL = dir
    p.environment = ProcessInfo.processInfo.environment.merging(
      [
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": "/dev/null",
      ], uniquingKeysWith: { $1 })
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0, "git \(args.joined(separator: " "))")
  }

  /// An instrument of several files: the old revision's modules are read from git too, so a change made only in a
  /// module is found, and a module unchanged since the revision gives no change.
  @Test func testGitRevisionReadsTheModulesOfTheOldRevision() throws {
    let repo = try temporaryDirectory()
    let split = root.appendingPathComponent("Tests/QDSLOutputsTests/Fixtures/split/library-user-survey")
    let folder = repo.appendingPathComponent("library")
    try FileManager.default.copyItem(at: split, to: folder)
    try git(["init", "-q", "-b", "main"], in: repo)
    try git(["add", "."], in: repo)
    try git(["commit", "-q", "-m", "split"], in: repo)
    let same = try qdsl(["diff", "--git", "main", "library/instrument.qdsl"], in: repo)
    #expect(same.status == 0, Comment(rawValue: same.stdout + same.stderr))
    #expect(same.stdout.contains("no changes for analysts"), Comment(rawValue: same.stdout))
    let module = folder.appendingPathComponent("shared/background.qdsl")
    let text = try String(contentsOf: module, encoding: .utf8)
    try text.replacingOccurrences(of: "en \"Which region do you live in?\"", with: "en \"Where do you live?\"")
      .write(to: module, atomically: true, encoding: .utf8)
    let edited = try qdsl(["diff", "--git", "main", "library/instrument.qdsl"], in: repo)
    #expect(edited.status == 0, Comment(rawValue: edited.stdout + edited.stderr))
    #expect(edited.stdout.contains("QD5212"), Comment(rawValue: edited.stdout))
    // The change is placed in the module, in the working tree and (the old text) in the revision.
    #expect(
      edited.stdout.hasPrefix("library/shared/background.qdsl:30:10: compatible[QD5212]"),
      Comment(rawValue: edited.stdout))
    #expect(
      edited.stdout.contains("= old: main:library/shared/background.qdsl:30:10"), Comment(rawValue: edited.stdout))
    // A module missing from the working tree: the new side has an error at its `use`, and nothing is compared.
    try FileManager.default.removeItem(at: module)
    let missing = try qdsl(["diff", "--git", "main", "library/instrument.qdsl"], in: repo)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("error[QD2030]"), Comment(rawValue: missing.stderr))
  }

  @Test func testGitRevisionAsTheOldSideFromASubdirectoryAndAnotherWorkingDirectory() throws {
    let repo = try temporaryDirectory()
    let surveys = repo.appendingPathComponent("surveys/barometer")
    try FileManager.default.createDirectory(at: surveys, withIntermediateDirectories: true)
    let file = surveys.appendingPathComponent("barometer.qdsl")
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("Examples/revisions/barometer-2020.qdsl"), to: file)
    try git(["init", "-q", "-b", "main"], in: repo)
    try git(["add", "."], in: repo)
    try git(["commit", "-q", "-m", "2020 wave"], in: repo)
    try FileManager.default.removeItem(at: file)
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("Examples/revisions/barometer-2022.qdsl"), to: file)

    // From the repository root, from the file's folder and from outside the repository.
    let fromRoot = try qdsl(["diff", "--git", "main", "surveys/barometer/barometer.qdsl"], in: repo)
    #expect(fromRoot.status == 1, Comment(rawValue: fromRoot.stdout + fromRoot.stderr))
    #expect(
      fromRoot.stdout.contains("main:surveys/barometer/barometer.qdsl:138:12: breaking[QD5201]"),
      Comment(rawValue: fromRoot.stdout))
    let fromFolder = try qdsl(["diff", "--git", "HEAD", "barometer.qdsl"], in: surveys)
    #expect(fromFolder.status == 1, Comment(rawValue: fromFolder.stderr))
    let outside = try qdsl(["diff", "--git", "main", file.path, "--format", "github"])
    #expect(outside.status == 1, Comment(rawValue: outside.stderr))
    // A removal in a git revision points at NEW (the old file is not in the working tree).
    let removal = try #require(outside.stdout.split(separator: "\n").first { $0.contains("QD5201") })
    #expect(removal.hasPrefix("::error file=\(file.path),"), Comment(rawValue: String(removal)))
    #expect(removal.contains("(in main:surveys/barometer/barometer.qdsl:138:12)"), Comment(rawValue: String(removal)))
    let same = try qdsl(["diff", "--git", "main", "surveys/barometer/barometer.qdsl"], in: repo)
    #expect(same.status == 1)

    // Errors: an unknown revision, a file that is not in the revision, a folder that is not a repository.
    let unknown = try qdsl(["diff", "--git", "no-such-branch", "surveys/barometer/barometer.qdsl"], in: repo)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.hasPrefix("error: git has no revision 'no-such-branch'"), Comment(rawValue: unknown.stderr))
    let newFile = surveys.appendingPathComponent("new.qdsl")
    try FileManager.default.copyItem(at: file, to: newFile)
    let notInRevision = try qdsl(["diff", "--git", "main", "surveys/barometer/new.qdsl"], in: repo)
    #expect(notInRevision.status == 2)
    #expect(
      notInRevision.stderr
        == "error: surveys/barometer/new.qdsl does not exist in revision 'main' (a new file has no old revision)\n")
    let plain = try temporaryDirectory()
    try FileManager.default.copyItem(at: file, to: plain.appendingPathComponent("b.qdsl"))
    let notRepository = try qdsl(["diff", "--git", "main", "b.qdsl"], in: plain)
    #expect(notRepository.status == 2)
    #expect(
      notRepository.stderr == "error: b.qdsl is not inside a git repository, so --git cannot read its old revision\n")
    let noGit = try qdsl(["diff", "--git", "main", "b.qdsl"], in: plain, env: ["PATH": plain.path])
    #expect(noGit.status == 2)
    #expect(noGit.stderr == "error: --git needs git, but git was not found on PATH\n")
    let twoFiles = try qdsl(["diff", "--git", "main", "a.qdsl", "b.qdsl"], in: plain)
    #expect(twoFiles.status == 2)
    #expect(twoFiles.stderr.hasPrefix("error: with --git REV, give one file, NEW"), Comment(rawValue: twoFiles.stderr))
  }

  // MARK: - docs/ci.md

  /// The pre-commit hook of docs/ci.md, run as git would in a temporary repository: it stops a commit with
  /// errors or a breaking change (unless QDSL_ALLOW_BREAKING=1) and lets a compatible one through.
  @Test func testThePreCommitHookInTheDocsWorks() throws {
    let docs = Fixtures.read(root.appendingPathComponent("docs/ci.md"))
    let section = try #require(docs.range(of: "## A pre-commit hook"))
    let start = try #require(docs.range(of: "```sh\n", range: section.upperBound..<docs.endIndex))
    let end = try #require(docs.range(of: "```\n", range: start.upperBound..<docs.endIndex))
    let hook = String(docs[start.upperBound..<end.lowerBound])
    #expect(hook.hasPrefix("#!/usr/bin/env bash\n"), Comment(rawValue: hook))

    let repo = try temporaryDirectory()
    let hookURL = repo.appendingPathComponent("hook.sh")
    try hook.write(to: hookURL, atomically: true, encoding: .utf8)
    let file = repo.appendingPathComponent("wave one.qdsl")
    let revisions = root.appendingPathComponent("Examples/revisions")
    try FileManager.default.copyItem(at: revisions.appendingPathComponent("barometer-2022.qdsl"), to: file)
    try git(["init", "-q"], in: repo)
    try git(["add", "wave one.qdsl"], in: repo)
    try git(["commit", "-q", "-m", "2022.1"], in: repo)
    let bin = try #require(BinaryRunner.executable()).deletingLastPathComponent().path
    let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")

    func runHook(_ env: [String: String] = [:]) throws -> (Int32, String) {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      p.arguments = ["bash", hookURL.path]
      p.currentDirectoryURL = repo
      p.environment = ProcessInfo.processInfo.environment.merging(env.merging(["PATH": path]) { $1 }) { $1 }
      let out = repo.appendingPathComponent(".hook-out")
      #expect(FileManager.default.createFile(atPath: out.path, contents: nil), Comment(rawValue: out.path))
      let handle = try FileHandle(forWritingTo: out)
      p.standardOutput = handle
      p.standardError = handle
      try p.run()
      p.waitUntilExit()
      try handle.close()
      return (p.terminationStatus, Fixtures.read(out))
    }
    func stage(_ example: String) throws {
      try FileManager.default.removeItem(at: file)
      try FileManager.default.copyItem(at: revisions.appendingPathComponent(example), to: file)
      try git(["add", "wave one.qdsl"], in: repo)
    }

    try stage("barometer-2022-2.qdsl")
    let compatible = try runHook()
    #expect(compatible.0 == 0, Comment(rawValue: compatible.1))
    #expect(compatible.1.contains("is compatible with the old revision"), Comment(rawValue: compatible.1))
    try stage("barometer-2020.qdsl")
    let breaking = try runHook()
    #expect(breaking.0 == 1, Comment(rawValue: breaking.1))
    #expect(breaking.1.contains("breaking[QD5205]"), Comment(rawValue: breaking.1))
    let allowed = try runHook(["QDSL_ALLOW_BREAKING": "1"])
    #expect(allowed.0 == 0, Comment(rawValue: allowed.1))
    try "survey s\nlanguages en\nquestion q: integer { text \"Q?\" }\nif qq > 1 { end \"x\" }\n".write(
      to: file, atomically: true, encoding: .utf8)
    try git(["add", "wave one.qdsl"], in: repo)
    let errors = try runHook(["QDSL_ALLOW_BREAKING": "1"])
    #expect(errors.0 == 1, Comment(rawValue: errors.1))
    #expect(errors.1.contains("wave one.qdsl:4:4: error[QD2001]"), Comment(rawValue: errors.1))
  }

  /// The pull-request step of the GitHub workflow in docs/ci.md, run in a temporary repository with a base
  /// branch `origin/main`: it fails on a breaking change and writes the Markdown report to the job summary.
  @Test func testTheGitHubDiffStepInTheDocsWorks() throws {
    let docs = Fixtures.read(root.appendingPathComponent("docs/ci.md"))
    let lines = docs.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let step = try #require(lines.firstIndex { $0.contains("- name: Compare changed questionnaires") })
    let run = try #require(lines[step...].firstIndex { $0.trimmingCharacters(in: .whitespaces) == "run: |" })
    let indent = lines[run].prefix { $0 == " " }.count + 2
    var script = ""
    for line in lines[(run + 1)...] {
      guard line.prefix(indent).allSatisfy({ $0 == " " }), line.count > indent else { break }
      script += String(line.dropFirst(indent)) + "\n"
    }
    script = script.replacingOccurrences(of: "${{ github.base_ref }}", with: "main")
    #expect(script.contains("qdsl diff --git"), Comment(rawValue: script))

    let repo = try temporaryDirectory()
    let folder = repo.appendingPathComponent("surveys")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let revisions = root.appendingPathComponent("Examples/revisions")
    let file = folder.appendingPathComponent("barometer.qdsl")
    try FileManager.default.copyItem(at: revisions.appendingPathComponent("barometer-2020.qdsl"), to: file)
    try FileManager.default.copyItem(
      at: revisions.appendingPathComponent("barometer-2022-2.qdsl"), to: folder.appendingPathComponent("pulse.qdsl"))
    try git(["init", "-q", "-b", "main"], in: repo)
    try git(["add", "."], in: repo)
    try git(["commit", "-q", "-m", "base"], in: repo)
    try git(["update-ref", "refs/remotes/origin/main", "HEAD"], in: repo)
    try git(["checkout", "-q", "-b", "wave-2022"], in: repo)
    try FileManager.default.removeItem(at: file)
    try FileManager.default.copyItem(at: revisions.appendingPathComponent("barometer-2022.qdsl"), to: file)
    try FileManager.default.copyItem(
      at: revisions.appendingPathComponent("barometer-2022.qdsl"), to: folder.appendingPathComponent("new wave.qdsl"))
    try git(["add", "."], in: repo)
    try git(["commit", "-q", "-m", "2022 wave"], in: repo)

    let summary = repo.appendingPathComponent("summary.md")
    let bin = try #require(BinaryRunner.executable()).deletingLastPathComponent().path
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["bash", "-e", "-c", script]
    p.currentDirectoryURL = repo
    p.environment = ProcessInfo.processInfo.environment.merging([
      "PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
      "GITHUB_STEP_SUMMARY": summary.path,
    ]) { $1 }
    let out = repo.appendingPathComponent(".step-out")
    #expect(FileManager.default.createFile(atPath: out.path, contents: nil), Comment(rawValue: out.path))
    let handle = try FileHandle(forWritingTo: out)
    p.standardOutput = handle
    p.standardError = handle
    try p.run()
    p.waitUntilExit()
    try handle.close()
    let output = Fixtures.read(out)
    #expect(p.terminationStatus == 1, Comment(rawValue: output))
    #expect(output.contains("::error file=surveys/barometer.qdsl,"), Comment(rawValue: output))
    #expect(!output.contains("new wave.qdsl"), "a new file has no old revision: \(output)")
    #expect(!output.contains("pulse.qdsl"), "an unchanged file is not compared: \(output)")
    let markdown = Fixtures.read(summary)
    #expect(markdown.hasPrefix("### qdsl diff: `"), Comment(rawValue: markdown))
    #expect(markdown.contains("#### Likely renames"), Comment(rawValue: markdown))
  }
}
