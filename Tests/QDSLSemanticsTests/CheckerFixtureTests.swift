// Data-driven checker tests: every fixture in Fixtures/check carries its expected diagnostics inline
// (`# ^^^ error[QD2001]` under the line); the checker must report exactly those, no more and no fewer.

import Foundation
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct CheckerFixtureTests {
  static let directory = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLSemanticsTests/Fixtures/check")

  @Test func testFixturesReportExactlyTheAnnotatedDiagnostics() {
    let files = Fixtures.files(in: Self.directory, withExtension: "qdsl")
    #expect(!files.isEmpty, "no checker fixtures found")
    for file in files {
      let source = Fixtures.read(file)
      let checked = Checker.check(source: source)
      let problems = InlineExpectations.verify(checked.diagnostics, source: source, lines: checked.parse.lineIndex)
      #expect(problems.isEmpty, Comment(rawValue: "\(file.lastPathComponent):\n" + problems.joined(separator: "\n")))
    }
  }

  /// Every code has a fixture that triggers it (`QDxxxx*.qdsl` annotated with it) and a near miss
  /// (`QDxxxx-ok*.qdsl`) that must not report it. Revision codes (`qdsl diff`) have pairs of files instead,
  /// in Tests/QDSLCLITests/Fixtures/diff.
  @Test func testEveryCodeHasAFixtureAndANearMiss() {
    let files = Fixtures.files(in: Self.directory, withExtension: "qdsl")
    // Revision codes have their fixtures as pairs in Tests/QDSLCLITests/Fixtures/diff, and the XForm export's
    // warnings theirs in Tests/QDSLOutputsTests/Fixtures/xform.
    // Data rules (`validate-data`) have theirs as folders in Tests/Fixtures/data-validation (DataValidationFixtureTests).
    for code in DiagnosticCode.allCases
    where !code.isRevisionChange && !code.isXFormWarning && !code.isModuleLoading && !code.isDataRule {
      let triggering = files.filter {
        $0.lastPathComponent.hasPrefix(code.rawValue) && !$0.lastPathComponent.hasPrefix(code.rawValue + "-ok")
      }
      let annotated = triggering.contains { file in
        InlineExpectations.parse(Fixtures.read(file)).contains { $0.code == code.rawValue }
      }
      #expect(annotated, "\(code.rawValue): no fixture \(code.rawValue)-*.qdsl that expects it")
      let nearMisses = files.filter { $0.lastPathComponent.hasPrefix(code.rawValue + "-ok") }
      #expect(!nearMisses.isEmpty, "\(code.rawValue): no near-miss fixture \(code.rawValue)-ok*.qdsl")
      for file in nearMisses {
        let checked = Checker.check(source: Fixtures.read(file))
        #expect(
          !(checked.diagnostics.contains { $0.code == code }),
          "\(file.lastPathComponent) must not report \(code.rawValue)")
      }
    }
  }

  static let modules = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLSemanticsTests/Fixtures/modules")

  /// Each folder of Fixtures/modules is an instrument (`instrument.qdsl`) and its modules; loading it reports
  /// exactly the diagnostics annotated in its files, each in its own file.
  @Test func testModuleFixturesReportTheAnnotatedDiagnosticsInTheirFiles() throws {
    let folders = try FileManager.default.contentsOfDirectory(atPath: Self.modules.path).sorted()
    #expect(!folders.isEmpty)
    for folder in folders {
      let set = ModuleFiles(folder: Self.modules.appendingPathComponent(folder)).load()
      let problems = ModuleFiles.verify(set, set.allDiagnostics)
      #expect(problems.isEmpty, Comment(rawValue: "\(folder):\n" + problems.joined(separator: "\n")))
    }
  }

  /// Every loading code has a folder that triggers it (`QDxxxx-*`) and a near miss (`QDxxxx-ok-*`) that loads
  /// without it.
  @Test func testEveryLoadingCodeHasAFixtureFolderAndANearMiss() throws {
    let folders = try FileManager.default.contentsOfDirectory(atPath: Self.modules.path)
    for code in DiagnosticCode.allCases where code.isModuleLoading {
      let triggering = folders.filter { $0.hasPrefix(code.rawValue + "-") && !$0.hasPrefix(code.rawValue + "-ok") }
      let reported = triggering.contains { folder in
        ModuleFiles(folder: Self.modules.appendingPathComponent(folder)).load().allDiagnostics.contains {
          $0.code == code
        }
      }
      #expect(reported, "\(code.rawValue): no fixture folder \(code.rawValue)-* that reports it")
      let nearMisses = folders.filter { $0.hasPrefix(code.rawValue + "-ok") }
      #expect(!nearMisses.isEmpty, "\(code.rawValue): no near-miss folder \(code.rawValue)-ok*")
      for folder in nearMisses {
        let set = ModuleFiles(folder: Self.modules.appendingPathComponent(folder)).load()
        #expect(!set.allDiagnostics.contains { $0.code == code }, "\(folder) must not report \(code.rawValue)")
      }
    }
  }
}
