// The XLSForm export: every example's and scenario instrument's workbook against golden files (as pyxform's
// Markdown form), determinism, the .xlsx reading back as the same sheets, and the cells each construct becomes.

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import QDSLWorkbook
import Testing

@Suite struct XLSFormWriterTests {
  private let root = Fixtures.packageRoot()

  @Test func testExamplesMatchGoldenXLSForms() throws {
    let sources =
      Fixtures.files(in: root.appendingPathComponent("Examples"), withExtension: "qdsl")
      + Fixtures.files(in: root.appendingPathComponent("Tests/Scenarios"), withExtension: "qdsl")
      + Fixtures.files(in: root.appendingPathComponent("Tests/xform-javarosa/scenarios"), withExtension: "qdsl")
    #expect(sources.count > 3)
    for file in sources {
      let stem = file.deletingPathExtension().lastPathComponent
      let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(stem).xlsform.md")
      let checked = Fixtures.checkInstrument(file)
      #expect(checked.diagnostics.filter { $0.severity == .error }.isEmpty, Comment(rawValue: file.lastPathComponent))
      let workbook = XLSFormWriter.workbook(checked.survey)
      let bytes = XLSFormWriter.renderBytes(checked.survey)
      #expect(bytes == XLSFormWriter.renderBytes(Fixtures.checkInstrument(file).survey), "deterministic")
      let read = try Workbook(xlsx: bytes)
      #expect(read.sheets.map(\.name) == workbook.sheets.map(\.name))
      for (a, b) in zip(read.sheets, workbook.sheets) {
        #expect(a.rows == b.rows.map(Self.trimmed), "\(stem): the .xlsx reads back as the same \(a.name) sheet")
      }
      if let difference = Fixtures.compareGolden(XLSFormWriter.markdown(workbook), golden) {
        Issue.record(Comment(rawValue: difference))
      }
    }
  }

  /// A row without its empty cells at the end (an .xlsx file does not keep them).
  private static func trimmed(_ row: [String]) -> [String] {
    var row = row
    while row.last?.isEmpty == true { row.removeLast() }
    return row
  }

  /// The survey sheet's rows of `body` (a survey `s` with English), as dictionaries from column to cell.
  private func rows(_ body: String, sheet: String = "survey") -> [[String: String]] {
    let source = "survey s\nversion \"3\"\nlanguages en fi\n" + body
    let checked = Checker.check(source: source)
    #expect(checked.diagnostics.filter { $0.severity == .error }.map(\.message) == [])
    guard let rows = XLSFormWriter.workbook(checked.survey).sheet(named: sheet)?.rows, let header = rows.first else {
      Issue.record("no \(sheet) sheet")
      return []
    }
    return rows.dropFirst().map { row in
      var out: [String: String] = [:]
      for (i, cell) in row.enumerated() where !cell.isEmpty && i < header.count { out[header[i]] = cell }
      return out
    }
  }

  private func row(_ name: String, in rows: [[String: String]]) -> [String: String] {
    rows.first { $0["name"] == name } ?? [:]
  }

  @Test func testQuestionsBecomeTypedRowsWithLabelsInEveryLanguage() {
    let rows = rows(
      """
      choices yes_no { 1 yes { en "Yes" fi "Kyllä" } 2 no { en "No" fi "Ei" } }
      question n: integer 1..9 required {
        text { en "How many?" fi "Montako?" }
        hint { en "Count all." fi "Kaikki." }
      }
      question x: one of yes_no { text { en "X?" fi "X?" } }
      if n > 2 {
        question t: text max 20 { text { en "Why {n}?" fi "Miksi {n}?" } }
      }
      calculate big = n * 2
      """)
    let n = row("n", in: rows)
    #expect(n["type"] == "integer")
    #expect(n["label::English (en)"] == "How many?")
    #expect(n["label::Finnish (fi)"] == "Montako?")
    #expect(n["hint::Finnish (fi)"] == "Kaikki.")
    #expect(n["required"] == "yes")
    #expect(n["constraint"] == ". >= 1 and . <= 9")
    #expect(n["constraint_message::English (en)"] == "1 – 9")
    #expect(row("x", in: rows)["type"] == "select_one yes_no")
    let t = row("t", in: rows)
    #expect(t["type"] == "text")
    #expect(t["relevant"] == "((${n} != '' and number(${n}) > 2))")
    #expect(t["label::English (en)"] == "Why ${n}?")
    #expect(row("big", in: rows)["type"] == "calculate")
    #expect(row("big", in: rows)["bind::type"] == "int")
    let choices = self.rows(
      "choices yes_no { 1 yes { en \"Yes\" fi \"Kyllä\" } 2 no { en \"No\" fi \"Ei\" } }\n"
        + "question x: one of yes_no { text { en \"X?\" fi \"X?\" } }", sheet: "choices")
    #expect(choices.map { $0["name"] } == ["1", "2"])
    #expect(choices.map { $0["label::Finnish (fi)"] } == ["Kyllä", "Ei"])
    let settings = self.rows("question x: text { text { en \"X?\" fi \"X?\" } }", sheet: "settings")
    #expect(settings.first?["form_id"] == "s")
    #expect(settings.first?["version"] == "3")
    #expect(settings.first?["default_language"] == "English (en)")
  }

  @Test func testRepeatsParadataSamplesAndDefaults() {
    let rows = rows(
      """
      paradata { started: start }
      sample region: text { text { en "Region" fi "Alue" } }
      question size: integer 1..9 { text { en "Size?" fi "Koko?" } }
      question home: text default "x" { text { en "Home?" fi "Koti?" } }
      question copy: text default home { text { en "Copy?" fi "Kopio?" } }
      repeat person count size max 9 {
        question age: integer 0..120 { text { en "Age?" fi "Ikä?" } }
      }
      """)
    #expect(row("started", in: rows)["type"] == "start")
    #expect(row("region", in: rows)["type"] == "hidden")
    #expect(row("home", in: rows)["default"] == "x")
    #expect(row("copy", in: rows)["trigger"] == "${home}")
    let person = row("person", in: rows)
    #expect(person["type"] == "begin_repeat")
    #expect(person["repeat_count"] == "${person-count}")
    #expect(rows.contains { $0["type"] == "end_repeat" })
    #expect(row("age", in: rows)["relevant"] == "position(..) <= ../../person-count")
  }

  @Test func testTypographicQuotesAreWarnedAbout() {
    let source = """
      survey s
      languages en
      question x: text { text "Is the “new” library open?" }
      """
    let checked = Checker.check(source: source)
    let warnings = OutputTarget.xlsform.warnings(checked.survey)
    #expect(warnings.map(\.code) == [.xlsformCannotExpress])
    #expect(OutputTarget.xform.warnings(checked.survey).isEmpty)
  }
}
