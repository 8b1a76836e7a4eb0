// Real XLSForms from public repositories (Tests/Fixtures/xlsforms, origins and licences in its README): each is
// imported, checked and exported back to an XLSForm; what the import and the checker find is golden text beside
// the form (NAME.findings.txt), since real forms have real defects.

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import QDSLWorkbook
import QDSLXLSForm
import Testing

@Suite struct RealFormTests {
  static let folder = Fixtures.packageRoot().appendingPathComponent("Tests/Fixtures/xlsforms")

  static var forms: [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".xlsx") }.map {
      String($0.dropLast(5))
    }.sorted() ?? []
  }

  /// The findings of one form in words: the import's error, or its summary, warnings, the checker's diagnostics
  /// (line and column in the imported .qdsl) and the warnings of the XLSForm export.
  static func findings(_ name: String) throws -> String {
    let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name + ".xlsx")))
    let workbook = try Workbook(xlsx: bytes)
    let imported: XLSFormImportResult
    switch XLSFormImport.run(workbook, options: XLSFormImportOptions(fallbackID: name)) {
    case .failure(let error): return "import error: \(error)\n"
    case .success(let result): imported = result
    }
    var out = "import: " + imported.report.keptSummary + "\n"
    for w in imported.report.warnings { out += "import warning: \(w)\n" }
    let checked = Checker.check(source: imported.source)
    let lines = LineIndex(imported.source)
    for d in checked.diagnostics {
      let (line, column) = lines.position(of: d.range.start)
      out += "check \(d.severity) \(d.code.rawValue) at \(line + 1):\(column + 1): \(d.message)\n"
    }
    guard !checked.diagnostics.contains(where: { $0.severity == .error }) else {
      return out + "not compiled: the imported form has errors\n"
    }
    for d in OutputTarget.xlsform.warnings(checked.survey) {
      out += "export \(d.code.rawValue): \(d.message)\n"
    }
    // The export back to an XLSForm is a workbook pyxform reads (CI converts it, Tests/xlsform/realforms.py).
    let exported = XLSFormWriter.workbook(checked.survey)
    out += "exported: \(exported.sheet(named: "survey").map { $0.rows.count - 1 } ?? 0) survey rows\n"
    return out
  }

  @Test func testThereAreAtLeastTenRealForms() {
    #expect(Self.forms.count >= 10)
  }

  @Test(arguments: forms) func testRealFormFindingsMatchTheirGoldenText(_ name: String) throws {
    let findings = try Self.findings(name)
    if let problem = Fixtures.compareGolden(findings, Self.folder.appendingPathComponent(name + ".findings.txt")) {
      Issue.record(Comment(rawValue: problem))
    }
  }

  @Test func testEveryFileBelongsToAForm() {
    var expected: Set<String> = ["README.md", "comparison.txt"]
    for name in Self.forms { expected.formUnion([name + ".xlsx", name + ".findings.txt"]) }
    #expect(Fixtures.unexpectedFiles(in: Self.folder, expected: expected) == [])
  }
}
