// The column plan of a level: value columns with their variables, a `many of` question's flags gathered, the
// calculates apart, each with its place in the file; and cells read from bytes as the string reading reads them.

import Foundation
import QDSLDataValidation
import QDSLFormRuntime
import QDSLTestSupport
import Testing

@Suite struct DataColumnPlanTests {
  let root = Fixtures.packageRoot()

  @Test func testThePlanOfTheBarometerGathersFlagsAndFindsCells() throws {
    let form = try FormModel.decode(
      Data(contentsOf: root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/innovation-barometer.form.json"))
    ).get()
    let level = FormDataLayout(form: form).levels[0]
    let variables = FormEvaluator(form: form).variables
    // The file lacks the second column and has its columns reversed.
    var header = level.columns.map(\.name).reversed().map { $0 }
    header.removeAll { $0 == level.columns[1].name }
    let plan = DataColumnPlan(level: level, header: header, variables: variables)
    for value in plan.values + plan.calculates {
      let name = level.columns[value.column].name
      #expect(value.cell == header.firstIndex(of: name), "\(name)")
      #expect(value.variable.name == level.columns[value.column].variable)
    }
    #expect(plan.values.first?.cell == nil, "the missing column has no cell")
    let kinds = try #require(plan.options.first { $0.variable == "kinds" })
    #expect(
      kinds.columns.map { level.columns[$0.column].name } == [
        "kinds_1", "kinds_2", "kinds_3", "kinds_4", "kinds_5", "kinds_m1",
      ])
    #expect(!kinds.isRank)
    #expect(
      !plan.calculates.isEmpty
        && plan.calculates.allSatisfy { if case .calculate = $0.variable.kind { true } else { false } })
    let counted = plan.values.count + plan.calculates.count + plan.options.reduce(0) { $0 + $1.columns.count }
    #expect(counted == level.columns.filter { $0.role != .record && $0.role != .order }.count)
  }

  @Test func testCellsReadAsTheirStrings() throws {
    let texts = ["12", "-3", "+4", "1.5", "-0.25", "1e3", "abc", "", "2024-06-15", "12:30", "9223372036854775808", "٣"]
    var reader = DataFileReader(
      file: "d.csv",
      bytes: Array(
        (texts.indices.map { "c\($0)" }.joined(separator: ",") + "\n" + texts.joined(separator: ",") + "\n").utf8))
    var row = DataFileRow()
    _ = try reader.nextRow(into: &row)
    _ = try reader.nextRow(into: &row)
    let kinds: [FormVariable.Kind] = [
      .question(.integer(min: nil, max: nil)), .question(.decimal(min: nil, max: nil)), .question(.one(choices: "l")),
      .gridRow(choices: "l"), .question(.text(maxLength: nil)), .question(.date), .paradata(.start),
    ]
    for (k, text) in texts.enumerated() {
      for kind in kinds {
        let got = DataColumnPlan.answer(row, k, kind)
        let expected: AnswerValue?
        switch kind {
        case .question(.integer), .question(.decimal):
          if let i = Int(text) {
            expected = .number(.integer(i))
          } else if text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }),
            let d = Double(text)
          {
            expected = .number(.decimal(d))
          } else {
            expected = nil
          }
        case .question(.one), .gridRow: expected = Int(text).map { .code($0) }
        case .question(.date): expected = .date(text)
        case .paradata: expected = .datetime(text)
        default: expected = .text(text)
        }
        #expect(got == expected, "\(text) as \(kind)")
      }
    }
  }
}
