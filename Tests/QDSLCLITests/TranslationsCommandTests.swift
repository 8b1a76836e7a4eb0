// End-to-end tests of `qdsl translations export|import`: files written, formats by suffix, exit codes, problems
// located with nothing written to any file (modules included), --check, --since, and unreadable input.

import Foundation
import QDSLTestSupport
import Testing

@Suite final class TranslationsCommandTests {
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private func qdsl(_ args: [String], in dir: URL? = nil) throws -> RunResult {
    try BinaryRunner.run(args, directory: dir)
  }

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-translations-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  static let main = """
    survey pulse
    languages en fi sv

    use "lists.qdsl"

    question staff: integer 1..100 required {
      text { en "How many staff?" fi "Montako henkilöä?" }
      check staff < 90 { en "{staff} is a lot" fi "{staff} on paljon" sv "{staff} är mycket" }
    }

    include extra

    """
  static let lists = """
    module extra
    languages en fi sv

    question remote: integer 0..5 { text { en "Remote days?" fi "Etäpäiviä?" } }

    """

  private func instrument() throws -> URL {
    let dir = try temporaryDirectory()
    try Self.main.write(to: dir.appendingPathComponent("main.qdsl"), atomically: true, encoding: .utf8)
    try Self.lists.write(to: dir.appendingPathComponent("lists.qdsl"), atomically: true, encoding: .utf8)
    return dir
  }

  private func read(_ dir: URL, _ name: String) -> String { Fixtures.read(dir.appendingPathComponent(name)) }

  @Test func exportWritesEachFormat() throws {
    let dir = try instrument()
    for (name, marker) in [
      ("sv.xlf", "<unit id=\"question.remote.text\">"), ("sv.po", "msgctxt \"question.remote.text\""),
      ("sv.csv", "question.remote.text,Remote days?,,"),
    ] {
      let r = try qdsl(["translations", "export", "main.qdsl", "--lang", "sv", "-o", name], in: dir)
      #expect(r.status == 0, Comment(rawValue: r.stderr))
      #expect(r.stderr == "exported 3 texts of main.qdsl for sv to \(name) (1 translated, 2 to translate)\n")
      #expect(read(dir, name).contains(marker), "\(name)")
    }
    let stdout = try qdsl(["translations", "export", "main.qdsl", "--lang", "fi", "--format", "po"], in: dir)
    #expect(stdout.status == 0)
    #expect(stdout.stdout.contains("msgstr \"Etäpäiviä?\""))
    #expect(stdout.stdout.contains("#. question text of question 'remote' (module file lists.qdsl)"))
  }

  @Test func usageErrors() throws {
    let dir = try instrument()
    let cases: [([String], String)] = [
      (["translations"], "give 'export' or 'import'"),
      (["translations", "send"], "not a translations command"),
      (["translations", "export", "main.qdsl"], "needs --lang"),
      (["translations", "export", "main.qdsl", "--lang", "de"], "does not declare the language 'de'"),
      (["translations", "export", "main.qdsl", "--lang", "en"], "is the source language"),
      (["translations", "export", "main.qdsl", "--lang", "sv", "--format", "xml"], "not a valid value"),
      (["translations", "export", "nothere.qdsl", "--lang", "sv"], "cannot read"),
      (["translations", "export", "main.qdsl", "--lang", "sv", "-o", "sv.txt"], "cannot tell the format"),
      (["translations", "import", "main.qdsl"], "at least one translated file"),
      (["translations", "import", "main.qdsl", "nothere.po"], "cannot read"),
      (["translations", "import", "main.qdsl", "main.qdsl"], "not a translation file"),
    ]
    for (args, words) in cases {
      let r = try qdsl(args, in: dir)
      #expect(r.status == 2, "\(args): \(r.stderr)")
      #expect(r.stderr.contains(words), "\(args): \(r.stderr)")
    }
  }

  /// An import with one bad unit writes nothing at all, in the entry file or the module; a good one writes both.
  @Test func importIsAllOrNothingAcrossFiles() throws {
    let dir = try instrument()
    _ = try qdsl(["translations", "export", "main.qdsl", "--lang", "sv", "-o", "sv.po"], in: dir)
    var po = read(dir, "sv.po")
    po = po.replacingOccurrences(
      of: "msgid \"Remote days?\"\nmsgstr \"\"", with: "msgid \"Remote days?\"\nmsgstr \"Distansdagar?\"")
    let bad = po.replacingOccurrences(
      of: "msgid \"How many staff?\"\nmsgstr \"\"", with: "msgid \"How many staff?\"\nmsgstr \"{staff} anställda?\"")
    try bad.write(to: dir.appendingPathComponent("bad.po"), atomically: true, encoding: .utf8)
    let refused = try qdsl(["translations", "import", "main.qdsl", "bad.po"], in: dir)
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains("error: bad.po:18: unit 'question.staff.text': the translation added {staff}"),
      Comment(rawValue: refused.stderr))
    #expect(refused.stderr.hasSuffix("nothing was imported\n"))
    #expect(read(dir, "main.qdsl") == Self.main && read(dir, "lists.qdsl") == Self.lists)
    let unreadable = try qdsl(["translations", "import", "main.qdsl", "sv.po", "broken.xlf"], in: dir)
    #expect(unreadable.status == 2)

    try "<xliff><file>".write(to: dir.appendingPathComponent("broken.xlf"), atomically: true, encoding: .utf8)
    let malformed = try qdsl(["translations", "import", "main.qdsl", "broken.xlf"], in: dir)
    #expect(malformed.status == 1)
    #expect(malformed.stderr.contains("error: broken.xlf:1: the element <file> is not closed"))

    let good = po.replacingOccurrences(
      of: "msgid \"How many staff?\"\nmsgstr \"\"", with: "msgid \"How many staff?\"\nmsgstr \"Hur många?\"")
    try good.write(to: dir.appendingPathComponent("sv.po"), atomically: true, encoding: .utf8)
    let checked = try qdsl(["translations", "import", "main.qdsl", "sv.po", "--check"], in: dir)
    #expect(checked.status == 0)
    #expect(checked.stdout == "would import 2 translations in main.qdsl, lists.qdsl; no problems found\n")
    #expect(read(dir, "main.qdsl") == Self.main && read(dir, "lists.qdsl") == Self.lists)
    let imported = try qdsl(["translations", "import", "main.qdsl", "sv.po"], in: dir)
    #expect(imported.status == 0, Comment(rawValue: imported.stderr))
    #expect(imported.stdout == "imported 2 translations in main.qdsl, lists.qdsl\n")
    #expect(
      read(dir, "main.qdsl")
        == Self.main.replacingOccurrences(
          of: "fi \"Montako henkilöä?\" }", with: "fi \"Montako henkilöä?\" sv \"Hur många?\" }"))
    #expect(
      read(dir, "lists.qdsl")
        == Self.lists.replacingOccurrences(of: "fi \"Etäpäiviä?\" }", with: "fi \"Etäpäiviä?\" sv \"Distansdagar?\" }"))
    let check = try qdsl(["check", "main.qdsl"], in: dir)
    #expect(check.status == 0, Comment(rawValue: check.stdout))
    // A second import of the same file changes nothing.
    let again = try qdsl(["translations", "import", "main.qdsl", "sv.po"], in: dir)
    #expect(again.stdout == "imported 0 translations\n")
  }

  /// --since marks the translations of changed source texts for review.
  @Test func exportSinceAnOldRevisionMarksStaleTexts() throws {
    let dir = try instrument()
    let old = Self.main.replacingOccurrences(of: "en \"{staff} is a lot\"", with: "en \"{staff} is many\"")
    try old.write(to: dir.appendingPathComponent("old.qdsl"), atomically: true, encoding: .utf8)
    let r = try qdsl(
      ["translations", "export", "main.qdsl", "--lang", "sv", "--since", "old.qdsl", "-o", "sv.po"], in: dir)
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    #expect(r.stderr.contains("1 to review"))
    #expect(
      read(dir, "sv.po").contains(
        "#, fuzzy, python-brace-format\n#| msgctxt \"question.staff.check.1\"\n#| msgid \"{staff} is many\"\n"))
  }

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

  /// --git REV reads the old revision (and its modules) from git: a source text changed in the module since the
  /// commit marks its translation for review.
  @Test func exportSinceAGitRevision() throws {
    let dir = try instrument()
    try git(["init", "-q"], in: dir)
    try git(["add", "main.qdsl", "lists.qdsl"], in: dir)
    try git(["commit", "-q", "-m", "old"], in: dir)
    let edited = Self.lists.replacingOccurrences(of: "en \"Remote days?\"", with: "en \"Days of remote work?\"")
    try edited.write(to: dir.appendingPathComponent("lists.qdsl"), atomically: true, encoding: .utf8)
    let r = try qdsl(
      ["translations", "export", "main.qdsl", "--lang", "fi", "--git", "HEAD", "--format", "csv"], in: dir)
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    #expect(r.stdout.contains("question.remote.text,Days of remote work?,Etäpäiviä?,"), Comment(rawValue: r.stdout))
    #expect(r.stdout.contains("the source text was: Remote days? (lists.qdsl:4),needs-review\r\n"))
    let missing = try qdsl(["translations", "export", "main.qdsl", "--lang", "fi", "--git", "nope"], in: dir)
    #expect(missing.status == 2)
  }

  /// An instrument with errors other than missing translations is not exported.
  @Test func anInstrumentWithErrorsIsRefused() throws {
    let dir = try temporaryDirectory()
    try "survey s\nlanguages en fi\nquestion q: integer 0..9 { text { en \"{nobody}\" fi \"x\" } }\n".write(
      to: dir.appendingPathComponent("s.qdsl"), atomically: true, encoding: .utf8)
    let r = try qdsl(["translations", "export", "s.qdsl", "--lang", "fi", "--color", "never"], in: dir)
    #expect(r.status == 1)
    #expect(
      r.stderr.contains("error[QD2001]") && r.stderr.contains("s.qdsl has 1 error; fix it first"),
      Comment(rawValue: r.stderr))
  }
}
