// The driver of `validate-data` on one file of a form without repeats: each kind of fault injected into simulated
// data is found, once, with its rule, what follows from it grouped under it; and the rules one by one on a small
// form. (The simulated data of every example being clean is DataValidationFaultTests'.)

import Foundation
import QDSLDataValidation
import QDSLFormRuntime
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct DataValidationOneFileTests {
  let root = Fixtures.packageRoot()
  let today = FormDate(days: 19889)  // 2024-06-15

  func form(_ example: String) throws -> FormModel {
    try FormModel.decode(
      Data(contentsOf: root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(example).form.json"))
    ).get()
  }

  /// The findings of one data file, checked on `workers` threads.
  func validate(_ form: FormModel, _ text: String, workers: Int = 2) throws -> [DataFinding] {
    var findings: [DataFinding] = []
    try DataValidation(form: form, today: today).run(
      [DataFileInput(path: "d.csv", bytes: Array(text.utf8))], workers: workers
    ) { findings += $0.findings }
    return findings
  }

  /// Records checked on worker threads come back in the file's order, with the same findings as on one thread.
  @Test func testWorkersReportInTheFileOrder() throws {
    let form = try self.form("staff-wellbeing-pulse")
    var text = try SimulatedData(form: form).files(respondents: 3000, seed: 4, today: today).get()[0]
    // Every record's id twice: a duplicate per record, in order.
    let rows = text.split(separator: "\n").dropFirst()
    text += rows.map { $0 + "\n" }.joined()
    let one = try validate(form, text, workers: 1)
    let two = try validate(form, text, workers: 2)
    #expect(one.filter { $0.rule == "QD6010" }.count == 3000)
    #expect(one == two)
    // Each worker with its own copy of the form, as the command runs it.
    var copied: [DataFinding] = []
    let day = today
    try DataValidation(form: form, today: today).run(
      [DataFileInput(path: "d.csv", bytes: Array(text.utf8))], workers: 2,
      copy: { DataValidation(form: form, today: day) }
    ) { copied += $0.findings }
    #expect(copied == one)
    #expect(two.map(\.line) == two.map(\.line).sorted())
  }

  /// The staff survey's simulated data with one cell replaced (or the header), and the rule that must be found.
  @Test func testEachInjectedFaultIsFoundWithItsRule() throws {
    let form = try self.form("staff-wellbeing-pulse")
    let text = try SimulatedData(form: form).files(respondents: 20, seed: 4, today: today).get()[0]
    var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    rows.removeLast()
    let header = rows[0]
    func column(_ name: String) -> Int { header.firstIndex(of: name)! }
    func render(_ rows: [[String]]) -> String { rows.map { $0.joined(separator: ",") + "\n" }.joined() }
    func withCell(_ row: Int, _ name: String, _ value: String) -> String {
      var r = rows
      r[row][column(name)] = value
      return render(r)
    }
    // A record whose satisfaction was asked (so a value there is the routing's).
    let asked = try #require((1..<rows.count).first { !rows[$0][column("satisfaction")].isEmpty })
    let cases: [(String, String, String)] = [
      (withCell(asked, "satisfaction", "x"), "QD6003", "satisfaction"),
      (withCell(asked, "satisfaction", "99"), "QD6004", "satisfaction"),
      (withCell(asked, "contract_hours", "400"), "QD6004", "contract_hours"),
      (withCell(2, "record_id", "1"), "QD6010", "record_id"),
      (
        render(
          rows.map { $0 + ["x"] }.enumerated().map { $0.offset == 0 ? $0.element.dropLast() + ["extra"] : $0.element }),
        "QD6001", "extra"
      ),
      (withCell(asked, "stressor_count", "77"), "QD6009", "stressor_count"),
    ]
    for (data, rule, variable) in cases {
      let all = try validate(form, data).filter { $0.severity == .error }
      // Root causes first; what follows from a value read as missing is grouped under it.
      let findings = all.filter { $0.causedBy == nil }
      // A consequence follows from the fault, or from an earlier consequence of it (a check failed because of the
      // fault skips what comes after it).
      let consequences = Array(all.dropFirst(findings.count))
      #expect(consequences.first.map { $0.causedBy == variable } ?? true, "\(rule): \(all)")
      #expect(
        consequences.enumerated().allSatisfy { k, f in
          f.causedBy == variable || consequences.prefix(k).contains { $0.variable == f.causedBy }
        }, "\(rule): \(all)")
      #expect(findings.map(\.rule) == [rule], "\(rule): \(findings)")
      #expect(findings.first?.variable == variable, "\(rule): \(findings)")
    }
  }

  @Test func testRoutingChecksAndColumnsOnASmallForm() throws {
    let source = """
      survey t
      languages en
      choices yes_no {
        1 yes "Yes"
        2 no "No"
      }
      question age: integer 0..120 required {
        text "Age?"
        check age >= 16 "Adults only"
      }
      question hours: integer 0..80 {
        text "Hours?"
        soft check hours <= 60 "Sure?"
      }
      if age >= 65 {
        question pension: one of yes_no required {
          text "Pension?"
        }
      }
      """
    let form = try FormModel.decode(FormDocument.render(Checker.check(source: source).survey)).get()
    let cases: [(String, [String])] = [
      ("record_id,age,hours,pension\n1,30,40,\n2,70,,1\n", []),
      ("record_id,age,hours,pension\n1,30,40,1\n", ["QD6005 pension"]),
      ("record_id,age,hours,pension\n1,70,40,\n", ["QD6006 pension"]),
      ("record_id,age,hours,pension\n1,12,40,\n", ["QD6007 age"]),
      ("record_id,age,hours,pension\n1,30,70,\n", ["QD6008 hours"]),
      ("record_id,age,hours\n1,30,40\n", ["QD6002 pension"]),
      ("record_id,age,hours,pension,x\n1,30,40,,\n", ["QD6001 x"]),
      ("record_id,age,hours,pension\n1,30,40,\n1,31,40,\n", ["QD6010 record_id"]),
      ("record_id,age,hours,pension\n1,30,4.5,\n", ["QD6004 hours"]),
      ("record_id,age,hours,pension\n1,30,40,3\n", ["QD6004 pension"]),
    ]
    for (data, expected) in cases {
      let findings = try validate(form, data)
      #expect(findings.map { "\($0.rule) \($0.variable)" } == expected, "\(data): \(findings)")
      #expect(findings.allSatisfy { ($0.rule == "QD6008") == ($0.severity == .note) })
    }
  }
}
