// End-to-end tests of `qdsl compile`: every target written atomically, nothing written on errors, clear usage
// and I/O errors, language selection, and byte-identical output across runs.

import Foundation
import QDSLOutputs
import QDSLTestSupport
import Testing

@Suite final class CompileCommandTests {
  /// Clean-up registered by the test (XCTest's addTeardownBlock), run after it.
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-compile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  private func files(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
  }

  @Test func testWritesEveryTargetIntoANewFolderDeterministically() throws {
    let dir = try temporaryDirectory()
    let out = dir.appendingPathComponent("out/nested")
    let first = try BinaryRunner.run(["compile", "Examples/innovation-barometer.qdsl", "-o", out.path])
    #expect(first.status == 0, Comment(rawValue: first.stderr))
    let expected = OutputTarget.defaults.map { "innovation-barometer" + $0.fileSuffix }.sorted()
    #expect(files(out) == expected, "one file per default target and no temporary files left behind")
    #expect(!expected.contains("innovation-barometer.xform.xml"), "the XForm is written only when asked for")
    #expect(first.stdout.split(separator: "\n").count == expected.count)
    let contents = expected.map { Fixtures.read(out.appendingPathComponent($0)) }
    let second = try BinaryRunner.run(["compile", "Examples/innovation-barometer.qdsl", "-o", out.path])
    #expect(second.status == 0)
    #expect(expected.map { Fixtures.read(out.appendingPathComponent($0)) } == contents, "byte-identical")
  }

  /// With repeats, SPSS and Stata get one file per data file (`STEM.sps`, `STEM.person.sps`, …); every other
  /// target one file, whose data files are named after the stem.
  @Test func testWritesOneSPSSAndStataFilePerDataFile() throws {
    let dir = try temporaryDirectory()
    let r = try BinaryRunner.run([
      "compile", "Tests/QDSLOutputsTests/Fixtures/codebooks/household-roster.qdsl", "-o", dir.path, "--target",
      "spss,stata,ddi",
    ])
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    let levels = ["", ".person", ".job", ".other", ".crop", ".livestock", ".visitor"]
    let expected =
      (["household-roster.ddi.xml"] + levels.flatMap { ["household-roster\($0).sps", "household-roster\($0).do"] })
      .sorted()
    #expect(files(dir) == expected)
    #expect(r.stdout.split(separator: "\n").count == expected.count, "one line per file written")
    let ddi = Fixtures.read(dir.appendingPathComponent("household-roster.ddi.xml"))
    #expect(ddi.contains("<fileName>household-roster.person.csv</fileName>"))
  }

  @Test func testTargetListAndLanguage() throws {
    let dir = try temporaryDirectory()
    let r = try BinaryRunner.run(
      ["compile", "Examples/innovation-barometer.qdsl", "-o", dir.path, "--target", "form", "--lang", "sv"])
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    #expect(files(dir) == ["innovation-barometer.form.json"])
    let badTarget = try BinaryRunner.run([
      "compile", "Examples/innovation-barometer.qdsl", "-o", dir.path, "--target", "pdf",
    ])
    #expect(badTarget.status == 2)
    #expect(badTarget.stderr.contains("unknown target 'pdf'"), Comment(rawValue: badTarget.stderr))
    let badLanguage = try BinaryRunner.run([
      "compile", "Examples/innovation-barometer.qdsl", "-o", dir.path, "--lang", "de",
    ])
    #expect(badLanguage.status == 2)
    #expect(
      badLanguage.stderr.contains("'de' is not one of the survey's languages (fi sv nb en)"),
      Comment(rawValue: badLanguage.stderr))
    // Language tags compare case-insensitively (BCP 47), as in the source: `--lang SV` is Swedish.
    let upper = try temporaryDirectory()
    let lower = try temporaryDirectory()
    for (folder, tag) in [(upper, "SV"), (lower, "sv")] {
      let r = try BinaryRunner.run([
        "compile", "Examples/innovation-barometer.qdsl", "-o", folder.path, "--target", "codebook-md", "--lang", tag,
      ])
      #expect(r.status == 0, Comment(rawValue: r.stderr))
    }
    let name = "innovation-barometer.codebook.md"
    #expect(Fixtures.read(upper.appendingPathComponent(name)) == Fixtures.read(lower.appendingPathComponent(name)))
  }

  @Test func testXFormTargetWritesTheFormAndWarnsAboutWhatItCannotExpress() throws {
    let dir = try temporaryDirectory()
    let quiet = try BinaryRunner.run([
      "compile", "Examples/library-user-survey.qdsl", "-o", dir.path, "--target", "xform",
    ])
    #expect(quiet.status == 0, Comment(rawValue: quiet.stderr))
    #expect(files(dir) == ["library-user-survey.xform.xml"])
    #expect(quiet.stdout == "wrote \(dir.path)/library-user-survey.xform.xml\n")
    #expect(quiet.stderr == "", "the example has nothing the XForm cannot express")
    let xform = Fixtures.read(dir.appendingPathComponent("library-user-survey.xform.xml"))
    #expect(xform.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<h:html "), Comment(rawValue: xform))
    let source = dir.appendingPathComponent("finances.qdsl")
    try "survey f\nlanguages en\nquestion budget: integer 0..50000000000 { text \"Budget?\" }\n".write(
      to: source, atomically: true, encoding: .utf8)
    let warned = try BinaryRunner.run(["compile", source.path, "-o", dir.path, "--target", "xform", "--color", "never"])
    #expect(warned.status == 0, "a warning does not stop the export")
    #expect(
      warned.stderr.hasPrefix(
        "\(source.path):3:10: warning[QD5101]: 'budget' allows 50000000000, beyond the whole numbers of ODK"),
      Comment(rawValue: warned.stderr))
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("finances.xform.xml").path))
    let others = try BinaryRunner.run(["compile", source.path, "-o", dir.path, "--target", "form"])
    #expect(others.stderr == "", "XForm warnings only come with the xform target")
  }

  @Test func testXLSFormTargetWritesAWorkbookAndReportsEachWarningOnce() throws {
    let dir = try temporaryDirectory()
    let run = try BinaryRunner.run([
      "compile", "Examples/library-user-survey.qdsl", "-o", dir.path, "--target", "xlsform",
    ])
    #expect(run.status == 0, Comment(rawValue: run.stderr))
    #expect(files(dir) == ["library-user-survey.xlsx"])
    let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent("library-user-survey.xlsx")))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "an .xlsx file is a zip")
    let source = dir.appendingPathComponent("finances.qdsl")
    try """
    survey f
    languages en
    question budget: integer 0..50000000000 { text "The “budget”?" }

    """.write(to: source, atomically: true, encoding: .utf8)
    let both = try BinaryRunner.run([
      "compile", source.path, "-o", dir.path, "--target", "xform,xlsform", "--color", "never",
    ])
    #expect(both.status == 0, "warnings do not stop the export")
    #expect(both.stderr.components(separatedBy: "warning[QD5101]").count == 2, Comment(rawValue: both.stderr))
    #expect(both.stderr.components(separatedBy: "warning[QD5102]").count == 2, Comment(rawValue: both.stderr))
    let xform = try BinaryRunner.run(["compile", source.path, "-o", dir.path, "--target", "xform"])
    #expect(!xform.stderr.contains("QD5102"), "QD5102 is the XLSForm's alone")
  }

  /// The printable questionnaire through the real binary: asked by name, not among the defaults; one language or
  /// two side by side; a list of languages only with `--target document`, and each must be the survey's.
  @Test func testDocumentTargetWritesThePrintableQuestionnaire() throws {
    let dir = try temporaryDirectory()
    let example = "Examples/household-services.qdsl"
    let fi = try BinaryRunner.run(["compile", example, "-o", dir.path, "--target", "document"])
    #expect(fi.status == 0, Comment(rawValue: fi.stderr))
    #expect(files(dir) == ["household-services.document.html"])
    let path = dir.appendingPathComponent("household-services.document.html")
    let html = try String(contentsOf: path, encoding: .utf8)
    #expect(html.contains(#"<html lang="fi">"#))
    #expect(html.contains("Sisällys"), "the contents in Finnish")
    let both = try BinaryRunner.run(["compile", example, "-o", dir.path, "--target", "document", "--lang", "fi,SV"])
    #expect(both.status == 0, Comment(rawValue: both.stderr))
    let parallel = try String(contentsOf: path, encoding: .utf8)
    #expect(parallel.contains(#"<body class="parallel">"#))
    #expect(parallel.contains(#"<div lang="sv">"#))
    let wrong = try BinaryRunner.run(["compile", example, "-o", dir.path, "--lang", "fi,sv"])
    #expect(wrong.status == 2)
    #expect(wrong.stderr.contains("is for --target document only"), Comment(rawValue: wrong.stderr))
    let unknown = try BinaryRunner.run(["compile", example, "-o", dir.path, "--target", "document", "--lang", "fi,de"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("'de' is not one of the survey's languages"), Comment(rawValue: unknown.stderr))
    let twice = try BinaryRunner.run(["compile", example, "-o", dir.path, "--target", "document", "--lang", "fi,FI"])
    #expect(twice.status == 2)
    #expect(twice.stderr.contains("names fi twice"), Comment(rawValue: twice.stderr))
    let empty = try BinaryRunner.run(["compile", example, "-o", dir.path, "--target", "document", "--lang", "fi,"])
    #expect(empty.status == 2)
    #expect(empty.stderr.contains("has an empty entry"), Comment(rawValue: empty.stderr))
    let defaults = try temporaryDirectory()
    #expect(try BinaryRunner.run(["compile", example, "-o", defaults.path]).status == 0)
    #expect(!files(defaults).contains { $0.hasSuffix(".document.html") }, "not a default target")
  }

  @Test func testNothingIsWrittenOrTouchedWhenTheFileHasErrors() throws {
    let dir = try temporaryDirectory()
    let source = dir.appendingPathComponent("broken.qdsl")
    try "survey s\nlanguages en\nquestion q: integer { text \"Q?\" }\nif qq > 1 { end \"x\" }\n".write(
      to: source, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let old = out.appendingPathComponent("broken.form.json")
    try "old".write(to: old, atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run(["compile", source.path, "-o", out.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("error[QD2001]"), Comment(rawValue: r.stderr))
    #expect(r.stderr.contains("nothing was written"), Comment(rawValue: r.stderr))
    #expect(r.stdout == "")
    #expect(files(out) == ["broken.form.json"])
    #expect(Fixtures.read(old) == "old")
  }

  @Test func testUsageAndIOErrors() throws {
    let dir = try temporaryDirectory()
    let noOutput = try BinaryRunner.run(["compile", "Examples/innovation-barometer.qdsl"])
    #expect(noOutput.status == 2)
    #expect(noOutput.stderr.contains("-o DIR"), Comment(rawValue: noOutput.stderr))
    let missing = try BinaryRunner.run(["compile", "nope.qdsl", "-o", dir.path])
    #expect(missing.status == 2)
    let file = dir.appendingPathComponent("a-file")
    try "x".write(to: file, atomically: true, encoding: .utf8)
    let notAFolder = try BinaryRunner.run(["compile", "Examples/innovation-barometer.qdsl", "-o", file.path])
    #expect(notAFolder.status == 2)
    #expect(notAFolder.stderr.contains("is not a folder"), Comment(rawValue: notAFolder.stderr))
    let locked = dir.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: locked.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path) }
    if getuid() != 0 {  // root ignores permissions
      let unwritable = try BinaryRunner.run(["compile", "Examples/innovation-barometer.qdsl", "-o", locked.path])
      #expect(unwritable.status == 2)
      #expect(unwritable.stderr.contains("cannot write"), Comment(rawValue: unwritable.stderr))
    }
    let unwritable = try BinaryRunner.run(["compile", "Examples/innovation-barometer.qdsl", "-o", "/proc/qdsl-out"])
    #expect(unwritable.status == 2)
    #expect(
      unwritable.stderr.hasPrefix("error: cannot create the output folder /proc/qdsl-out"),
      Comment(rawValue: unwritable.stderr))
  }
}
