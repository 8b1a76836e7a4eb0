// Checking an instrument's data file against the form: the simulated data of every example without repeats gives
// no finding, and each kind of fault injected into it is found, once, with its rule.

import Foundation
import QDSLDataValidation
import QDSLFormRuntime
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct InstrumentDataValidatorTests {
  let root = Fixtures.packageRoot()
  let today = FormDate(days: 19889)  // 2024-06-15

  func form(_ example: String) throws -> FormModel {
    try FormModel.decode(
      Data(contentsOf: root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(example).form.json"))
    ).get()
  }

  func validate(_ form: FormModel, _ text: String) throws -> [DataFinding] {
    var reader = DataFileReader(file: "d.csv", bytes: Array(text.utf8))
    var validator = InstrumentDataValidator(form: form, today: today)
    var findings: [DataFinding] = []
    guard let header = try reader.next() else { return [] }
    findings += validator.header(header)
    while let r = try reader.next() { findings += validator.record(r) }
    return findings
  }

  @Test func testSimulatedDataOfEveryExampleWithoutRepeatsIsClean() throws {
    var checked = 0
    for example in Fixtures.exampleNames() {
      let form = try self.form(example)
      guard FormDataLayout(form: form).levels.count == 1 else { continue }
      checked += 1
      let text = try SimulatedData(form: form).files(respondents: 150, seed: 4, today: today).get()[0]
      let findings = try validate(form, text).filter { $0.severity == .error }
      #expect(findings.isEmpty, "\(example): \(findings.prefix(5))")
    }
    #expect(checked >= 3)
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
      #expect(all.dropFirst(findings.count).allSatisfy { $0.causedBy == variable }, "\(rule): \(all)")
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
