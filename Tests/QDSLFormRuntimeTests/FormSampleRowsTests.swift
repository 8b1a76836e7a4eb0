// The sample file of simulate and preview: CSV rows read against the form's sample variables, and simulate
// drawing one row per respondent.

import QDSLFormRuntime
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import Testing

@Suite struct FormSampleRowsTests {
  static let form: FormModel = {
    let source = """
      survey s
      languages en
      choices size {
        1 small "Small"
        2 large "Large"
      }
      sample org_name: text { text "Name" }
      sample size_class: one of size { text "Size" }
      sample staff: integer 0..1000 optional { text "Staff" }
      if size_class == large {
        question divisions: integer 1..9 { text "Divisions of {org_name}?" }
      }
      """
    let checked = Checker.check(source: source)
    guard case .success(let form) = FormModel.decode(FormDocument.render(checked.survey)) else {
      preconditionFailure("the form JSON decodes")
    }
    return form
  }()

  @Test func testRowsAreReadWithQuotesNamesCodesAndEmptyCells() throws {
    let text = "org_name,size_class,staff\r\n\"Acme, \"\"the\"\" Oy\",large,12\nPikku,1,\n"
    let rows = try FormSampleRows.read(text, form: Self.form).get().rows
    #expect(rows.count == 2)
    #expect(rows[0]["org_name"] == .text("Acme, \"the\" Oy"))
    #expect(rows[0]["size_class"] == .code(2))
    #expect(rows[1]["size_class"] == .code(1))
    #expect(rows[1]["staff"] == nil, "an empty cell is missing")
  }

  @Test func testEveryProblemIsReportedAtItsLine() {
    let text = "org_name,sizeclass\nA,1\nB,2,3\n"
    guard case .failure(let problems) = FormSampleRows.read(text, form: Self.form) else {
      Issue.record("expected problems")
      return
    }
    #expect(problems.list.map(\.line) == [1, 3])
    #expect(problems.list[0].message.contains("'sizeclass' is not a sample variable"))
    let outOfRange = FormSampleRows.read("staff\n5000\n", form: Self.form)
    guard case .failure(let p) = outOfRange else {
      Issue.record("expected a problem")
      return
    }
    #expect(p.list.map(\.description) == ["line 2: 'staff': outOfRange"])
  }

  @Test func testSimulateDrawsOneRowPerRespondent() throws {
    let simulator = FormSimulator(form: Self.form)
    let today = try #require(FormDate("2024-06-15"))
    let small = try FormSampleRows.read("org_name,size_class\nA,small\n", form: Self.form).get().rows
    let none = simulator.run(respondents: 200, seed: 3, today: today, sampleRows: small)
    #expect(none.items.first { $0.id == "divisions" }?.reached == 0)
    let large = try FormSampleRows.read("org_name,size_class\nA,large\n", form: Self.form).get().rows
    let all = simulator.run(respondents: 200, seed: 3, today: today, sampleRows: large)
    #expect(all.items.first { $0.id == "divisions" }?.reached == 200)
    // Without rows, the sample variables are drawn like answers: some respondents are large.
    let drawn = simulator.run(respondents: 200, seed: 3, today: today)
    let reached = drawn.items.first { $0.id == "divisions" }?.reached ?? 0
    #expect(reached > 0 && reached < 200)
  }
}
