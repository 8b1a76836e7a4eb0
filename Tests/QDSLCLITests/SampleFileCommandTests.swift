// `--sample FILE.csv` of simulate and preview through the built binary: rows drawn per respondent, the first row in
// the page, and located errors for a bad file.

import Foundation
import QDSLTestSupport
import Testing

@Suite struct SampleFileCommandTests {
  static let survey = """
    survey s
    languages en
    choices size {
      1 small "Small"
      2 large "Large"
    }
    sample org_name: text { text "Name" }
    sample size_class: one of size { text "Size" }
    if size_class == large {
      question divisions: integer 1..9 { text "Divisions of {org_name}?" }
    }
    """

  func files(_ csv: String) throws -> (dir: URL, survey: String, csv: String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-sample-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let survey = dir.appendingPathComponent("s.qdsl")
    try Self.survey.write(to: survey, atomically: true, encoding: .utf8)
    let rows = dir.appendingPathComponent("rows.csv")
    try csv.write(to: rows, atomically: true, encoding: .utf8)
    return (dir, survey.path, rows.path)
  }

  @Test func testSimulateDrawsEachRespondentsRowFromTheFile() throws {
    let (dir, survey, csv) = try files("org_name,size_class\nAcme,large\n")
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try BinaryRunner.run([
      "simulate", survey, "--sample", csv, "--respondents", "50", "--today", "2024-06-15",
    ])
    #expect(run.status == 0, Comment(rawValue: run.stderr))
    #expect(run.stdout.contains("100.0%  question divisions"), Comment(rawValue: run.stdout))
  }

  @Test func testPreviewStartsFromTheFirstRow() throws {
    let (dir, survey, csv) = try files("org_name,size_class\n\"Acme, Oy\",large\nZqxSecondRow,small\n")
    defer { try? FileManager.default.removeItem(at: dir) }
    let page = dir.appendingPathComponent("p.html").path
    let run = try BinaryRunner.run(["preview", survey, "-o", page, "--sample", csv])
    #expect(run.status == 0, Comment(rawValue: run.stderr))
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(html.contains("Acme, Oy") && !html.contains("ZqxSecondRow"))
  }

  @Test func testABadSampleFileIsALocatedError() throws {
    let (dir, survey, csv) = try files("org_name,size\nAcme,2\n")
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try BinaryRunner.run(["simulate", survey, "--sample", csv])
    #expect(run.status == 2)
    #expect(
      run.stderr.contains("rows.csv:1: 'size' is not a sample variable of the form"), Comment(rawValue: run.stderr))
  }
}
