// End-to-end tests of `qdsl import`: the file written atomically, the summary, located errors and exit codes.

import Foundation
import QDSLTestSupport
import Testing

@Suite final class ImportCommandTests {
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  private let form = """
    | survey |
    | | type | name | label | relevant | appearance |
    | | select_one yes_no | likes | Do you like it? | | minimal |
    | | geopoint | where | Where? | | |
    | | text | why | Why? | ${likes} = 'yes' | multiline |
    | choices |
    | | list_name | name | label |
    | | yes_no | yes | Yes |
    | | yes_no | no | No |
    """

  @Test func testWritesTheInstrumentAndSummarises() throws {
    let dir = try temporaryDirectory()
    let input = dir.appendingPathComponent("likes.md")
    let output = dir.appendingPathComponent("likes.qdsl")
    try Data(form.utf8).write(to: input)
    let r = try BinaryRunner.run(["import", input.path, "-o", output.path])
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    #expect(r.stdout == "")
    let written = Fixtures.read(output)
    #expect(written.hasPrefix("# Imported from an XLSForm by qdsl import.\nsurvey likes\nlanguages en\n"))
    #expect(written.contains("if likes == yes {\n  # xlsform appearance: multiline\n  question why: text {"))
    #expect(written.contains("# xlsform line 4: geopoint where \"Where?\" (qdsl has no geopoint)"))
    #expect(
      r.stderr.hasSuffix(
        "imported \(input.path) as \(output.path); kept as comments (3): appearance 2, geopoint 1\n"),
      Comment(rawValue: r.stderr))
    let check = try BinaryRunner.run(["check", output.path])
    #expect(check.status == 0, Comment(rawValue: check.stderr))
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(names == ["likes.md", "likes.qdsl"], "no temporary file left behind")
  }

  @Test func testStdoutWithDash() throws {
    let dir = try temporaryDirectory()
    let input = dir.appendingPathComponent("likes.md")
    try Data(form.utf8).write(to: input)
    let r = try BinaryRunner.run(["import", input.path, "-o", "-", "--language", "fi"])
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    #expect(r.stdout.contains("languages fi\n"))
  }

  @Test func testAFormThatCannotBeImportedIsALocatedErrorAndWritesNothing() throws {
    let dir = try temporaryDirectory()
    let input = dir.appendingPathComponent("bad.md")
    let output = dir.appendingPathComponent("bad.qdsl")
    try Data("| survey |\n| | type | name | label |\n| | txt | a | A |\n".utf8).write(to: input)
    let r = try BinaryRunner.run(["import", input.path, "-o", output.path])
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "error: \(input.path): line 3, sheet survey, column A (type): unknown type 'txt'\n  help: use one of the "
        + "XLSForm types: integer, decimal, range, text, date, time, dateTime, select_one LIST, select_multiple LIST, "
        + "rank LIST, note, calculate, begin group, end group, begin repeat, end repeat, start, end, today, deviceid, "
        + "username, and the types kept as comments (geopoint, image, barcode, hidden, select_one_from_file…)\n")
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func testTheCheckersFindingsAreShownAndTheFileIsWritten() throws {
    let dir = try temporaryDirectory()
    let input = dir.appendingPathComponent("later.md")
    let output = dir.appendingPathComponent("later.qdsl")
    let later =
      "| survey |\n| | type | name | label | relevant |\n| | integer | a | A | ${b} > 1 |\n| | integer | b | B | |\n"
    try Data(later.utf8).write(to: input)
    let r = try BinaryRunner.run(["import", input.path, "-o", output.path, "--color", "never"])
    #expect(r.status == 0, Comment(rawValue: r.stderr))
    #expect(r.stderr.contains("error[QD2002]"), Comment(rawValue: r.stderr))
    #expect(
      r.stderr.contains("the check found 1 error and 0 warnings (the file is written; fix them in the qdsl file)"))
    #expect(Fixtures.read(output).contains("if b > 1 {"))
  }

  /// A real workbook from pyxform's test suite (kept with its licence in QDSLWorkbookTests' fixtures) and pyxform's
  /// CSV form of the same survey import alike.
  @Test func testXLSXAndCSVForms() throws {
    let dir = try temporaryDirectory()
    let xlsx = Fixtures.packageRoot().appendingPathComponent(
      "Tests/QDSLWorkbookTests/Fixtures/pyxform/yes_or_no_question.xlsx")
    let fromXLSX = try BinaryRunner.run(["import", xlsx.path, "-o", "-"])
    #expect(fromXLSX.status == 0, Comment(rawValue: fromXLSX.stderr))
    #expect(
      fromXLSX.stdout.contains("question good_day: one of yes_or_no {\n  text \"have you had a good day today?\"\n}"))
    let csv = dir.appendingPathComponent("yes_or_no_question.csv")
    try Data(
      """
      "survey",,,
      ,"type","name","label:english"
      ,"select one from yes_or_no","good_day","have you had a good day today?"
      ,,,
      "choices",,,
      ,"list name","name","label:english"
      ,"yes_or_no","yes","yes"
      ,"yes_or_no","no","no"

      """.utf8
    ).write(to: csv)
    let fromCSV = try BinaryRunner.run(["import", csv.path, "-o", "-"])
    #expect(fromCSV.status == 0, Comment(rawValue: fromCSV.stderr))
    #expect(fromCSV.stdout == fromXLSX.stdout)
  }

  @Test func testAnEncryptedWorkbookIsAnError() throws {
    let encrypted = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLWorkbookTests/Fixtures/encrypted.xlsx")
    let r = try BinaryRunner.run(["import", encrypted.path, "-o", "-"])
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(r.stderr.contains("password-protected"))
  }

  @Test func testUsageErrors() throws {
    let dir = try temporaryDirectory()
    let input = dir.appendingPathComponent("f.md")
    try Data(form.utf8).write(to: input)
    #expect(try BinaryRunner.run(["import", input.path]).status == 2, "no -o")
    let badLanguage = try BinaryRunner.run(["import", input.path, "-o", "-", "--language", "Klingon"])
    #expect(badLanguage.status == 2)
    #expect(badLanguage.stderr.hasPrefix("error: 'Klingon' is not a language"))
    let byName = try BinaryRunner.run(["import", input.path, "-o", "-", "--language", "Suomi"])
    #expect(byName.stdout.contains("languages fi\n"))
    #expect(try BinaryRunner.run(["import", "-o", "x.qdsl"]).status == 2, "no form")
    let missing = try BinaryRunner.run(["import", dir.appendingPathComponent("nope.md").path, "-o", "-"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("cannot read"))
    let wrongKind = try BinaryRunner.run(["import", dir.appendingPathComponent("form.pdf").path, "-o", "-"])
    #expect(wrongKind.status == 2)
    #expect(wrongKind.stderr.contains("give an .xlsx, .csv or .md (pyxform Markdown) file"))
    let noXLS = try BinaryRunner.run(["import", dir.appendingPathComponent("old.xls").path, "-o", "-"])
    #expect(noXLS.status == 2)
    #expect(noXLS.stderr.contains("no such file or directory"), Comment(rawValue: noXLS.stderr))
    try Data([0xD0, 0xCF, 0x11, 0xE0]).write(to: dir.appendingPathComponent("old.xls"))
    let xls = try BinaryRunner.run(["import", dir.appendingPathComponent("old.xls").path, "-o", "-"])
    #expect(xls.status == 2)
    #expect(xls.stderr.contains("save it as .xlsx"))
  }
}
