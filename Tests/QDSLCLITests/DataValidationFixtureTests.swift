// `qdsl validate-data` through the built binary on the fixtures of Tests/Fixtures/data-validation (a folder per
// case: survey.qdsl, its data files, and the expected report in every format): each data rule has a folder that
// reports it and a near miss that does not; the reports match their golden files; JSON and CSV hold exactly the
// findings with the table's columns; SARIF has every data rule and one located result per finding; the exit
// status is 1 with an error, else 0; and the registry's data rules are QDSLDataValidation's.

import Foundation
import QDSLDataValidation
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct DataValidationFixtureTests {
  static let directory = Fixtures.packageRoot().appendingPathComponent("Tests/Fixtures/data-validation")

  static func folders() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }.sorted()
  }

  /// The data files of a fixture, sorted.
  static func dataFiles(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)
      .filter { $0.hasSuffix(".csv") && !$0.hasPrefix("expected") }.sorted()
  }

  func run(_ folder: String, _ format: String) throws -> RunResult {
    try BinaryRunner.run(
      ["validate-data", "survey.qdsl"] + Self.dataFiles(folder) + ["--today", "2024-06-15", "--format", format],
      directory: Self.directory.appendingPathComponent(folder))
  }

  @Test func testEveryDataRuleHasAFixtureThatReportsItAndANearMissThatDoesNot() throws {
    let folders = try Self.folders()
    for code in DiagnosticCode.allCases where code.isDataRule {
      let triggering = folders.filter { $0.hasPrefix(code.rawValue + "-") && !$0.hasPrefix(code.rawValue + "-ok") }
      #expect(
        try triggering.contains { try run($0, "csv").stdout.contains(",\(code.rawValue),") },
        "\(code.rawValue): no folder \(code.rawValue)-* that reports it")
      let nearMisses = folders.filter { $0.hasPrefix(code.rawValue + "-ok") }
      #expect(!nearMisses.isEmpty, "\(code.rawValue): no near-miss folder \(code.rawValue)-ok-*")
      for folder in nearMisses {
        let r = try run(folder, "text")
        #expect(!r.stdout.contains("[\(code.rawValue)]"), "\(folder) must not report \(code.rawValue): \(r.stdout)")
        #expect(r.status == 0, "\(folder): \(r.stdout)")
      }
    }
  }

  @Test func testEveryFixtureMatchesItsReportsInEveryFormat() throws {
    for folder in try Self.folders() {
      let text = try run(folder, "text")
      let json = try run(folder, "json")
      let csv = try run(folder, "csv")
      for (r, ext) in [(text, "txt"), (json, "json"), (csv, "csv")] {
        #expect(r.stderr == "", "\(folder): \(r.stderr)")
        let golden = Self.directory.appendingPathComponent(folder).appendingPathComponent("expected.\(ext)")
        if let d = Fixtures.compareGolden(r.stdout, golden) { Issue.record(Comment(rawValue: "\(folder): \(d)")) }
      }
      let errors = text.stdout.contains(": error[")
      #expect(text.status == (errors ? 1 : 0), "\(folder): exit \(text.status)")
      #expect(json.status == text.status && csv.status == text.status)
      // JSON: exactly the findings, with the table's columns (`line` a number, `cause` only when there is one).
      let objects = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
      let rows = csv.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(rows.first.map(String.init) == DataFindingTable.columns.joined(separator: ","))
      #expect(objects.count == text.stdout.split(separator: "\n").filter { $0.contains("[QD60") }.count, "\(folder)")
      for o in objects {
        #expect(Set(o.keys).isSubset(of: DataFindingTable.columns), "\(folder): \(o.keys)")
        #expect(o["line"] is Int, "\(folder): line is a number")
        #expect(DataRule(rawValue: o["rule"] as? String ?? "") != nil)
      }
    }
  }

  @Test func testSARIFHasEveryDataRuleAndOneLocatedResultPerFinding() throws {
    for folder in ["QD6005-answered-not-asked", "QD6013-semicolons", "QD6012-rows-not-driver"] {
      let sarif = try run(folder, "sarif")
      let json = try run(folder, "json")
      #expect(sarif.status == json.status)
      let log = try #require(JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
      #expect(log["version"] as? String == "2.1.0")
      let run = try #require((log["runs"] as? [[String: Any]])?.first)
      let rules = try #require(
        ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
      #expect(rules.map { $0["id"] as? String } == DataRule.allCases.map(\.rawValue))
      for rule in rules {
        #expect((rule["helpUri"] as? String)?.hasSuffix("docs/diagnostics/\(rule["id"] as? String ?? "").md") == true)
      }
      let results = try #require(run["results"] as? [[String: Any]])
      let findings = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
      #expect(results.count == findings.count, "\(folder)")
      for (result, finding) in zip(results, findings) {
        #expect(result["ruleId"] as? String == finding["rule"] as? String)
        #expect(rules[result["ruleIndex"] as? Int ?? -1]["id"] as? String == finding["rule"] as? String)
        let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == finding["file"] as? String)
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == finding["line"] as? Int)
      }
    }
  }

  /// QDSLDataValidation cannot use the compiler's registry: its rules are the same codes, names and titles.
  @Test func testTheDataRulesAreTheRegistrysDataCodes() {
    let codes = DiagnosticCode.allCases.filter(\.isDataRule)
    #expect(codes.map(\.rawValue) == DataRule.allCases.map(\.rawValue))
    for rule in DataRule.allCases {
      let code = DiagnosticCode(rawValue: rule.rawValue)
      #expect(code.map { String(describing: $0) } == String(describing: rule))
      #expect(code?.summary == rule.title)
      #expect((code?.severity == .error) == (rule.severity == .error))
    }
  }
}
