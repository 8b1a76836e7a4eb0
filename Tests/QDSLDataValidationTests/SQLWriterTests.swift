// `qdsl compile --target sql`: every example's SQL in each dialect matches its golden file (or its refusal, naming
// the item it cannot express), and the lowering keeps the evaluator's missing-value rule.

import Foundation
import QDSLDataValidation
import QDSLFormRuntime
import QDSLTestSupport
import Testing

@Suite struct SQLWriterTests {
  let root = Fixtures.packageRoot()

  func form(_ example: String) throws -> FormModel {
    try FormModel.decode(
      Data(contentsOf: root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(example).form.json"))
    ).get()
  }

  func form(json: String) throws -> FormModel { try FormModel.decode(json).get() }

  @Test func testExamplesMatchGoldenSQL() throws {
    let golden = root.appendingPathComponent("Tests/QDSLDataValidationTests/Golden")
    var expected: Set<String> = []
    for example in Fixtures.exampleNames() {
      let form = try self.form(example)
      for dialect in SQLDialect.allCases {
        let (name, text): (String, String)
        switch SQLWriter(form: form, dialect: dialect).render(stem: example) {
        case .success(let sql): (name, text) = ("\(example).\(dialect.rawValue).sql", sql)
        case .failure(let problem): (name, text) = ("\(example).refused.txt", problem.description + "\n")
        }
        expected.insert(name)
        if let difference = Fixtures.compareGolden(text, golden.appendingPathComponent(name)) {
          Issue.record(Comment(rawValue: difference))
        }
      }
    }
    #expect(Fixtures.unexpectedFiles(in: golden, expected: expected).isEmpty)
  }

  /// A form with one integer question, a condition and a calculate, in the form JSON.
  let small = """
    {"format": "qdsl-form/1", "survey": "s", "languages": ["en"], "choices": {},
     "items": [
      {"kind": "question", "id": "n", "type": "integer", "min": 0, "max": 10, "variable": "n", "required": true,
       "text": {"en": "N?"}, "hint": null, "checks": []},
      {"kind": "calculate", "id": "half", "variable": "half", "type": "decimal",
       "formula": {"op": "/", "args": [{"var": "n"}, {"number": 2}]}, "source": "n / 2"},
      {"kind": "if", "branches": [{"condition": {"op": ">", "args": [{"var": "n"}, {"number": 5}]},
        "source": "n > 5", "items": [
         {"kind": "question", "id": "why", "type": "text", "maxLength": null, "variable": "why", "required": true,
          "text": {"en": "Why?"}, "hint": null, "checks": []}]}]}
     ]}
    """

  @Test func testComparisonsWithAMissingOperandAreFalseNotNull() throws {
    let form = try form(json: small)
    let sql = try SQLWriter(form: form, dialect: .postgres).render(stem: "s").get()
    // The branch's condition: FALSE (never NULL) when `n` is missing, so `why` is then not asked.
    #expect(sql.contains("COALESCE((\"_x2\") > (CAST(5 AS DOUBLE PRECISION)), FALSE)"))
    // A division by zero is missing, as the evaluator's.
    #expect(sql.contains("NULLIF(CAST(2 AS DOUBLE PRECISION), 0)"))
    #expect(sql.contains("\\copy \"s\" (\"record_id\", \"n\", \"half\", \"why\") FROM 's.csv' CSV HEADER"))
  }

  @Test func testAConstructItCannotExpressIsRefusedNamingTheItem() throws {
    // A pattern outside the subset every engine reads alike (`.`): refused, naming the calculate.
    let json = small.replacingOccurrences(
      of: "\"formula\": {\"op\": \"/\", \"args\": [{\"var\": \"n\"}, {\"number\": 2}]}",
      with: "\"formula\": {\"op\": \"matches\", \"args\": [{\"var\": \"why\"}, {\"text\": \".*x\"}]}")
    #expect(json != small)
    let form = try form(json: json)
    guard case .failure(let problem) = SQLWriter(form: form, dialect: .duckdb).render(stem: "s") else {
      Issue.record("a pattern with `.` was not refused")
      return
    }
    #expect(problem.item == "half")
    #expect(problem.message.contains("the pattern \".*x\""))
  }

  @Test func testAQuestionWithNoOptionOfferedIsNotShown() throws {
    // library-user-survey: a `where` filter and options with conditions are lowered, not refused.
    let sql = try SQLWriter(form: try self.form("library-user-survey"), dialect: .duckdb).render(stem: "l").get()
    #expect(sql.contains("ELSE FALSE END) THEN"))
  }

  @Test func testPatternsTranslateOnlyTheSharedSubset() {
    #expect(SQLPattern.regex("\\d{5}") == "[0-9]{5}")
    #expect(SQLPattern.regex("(ST|st)-?\\d{4,8}") == "(ST|st)[-]?[0-9]{4,8}")
    #expect(SQLPattern.regex("[A-Z]{2}") == "[A-Z]{2}")
    #expect(SQLPattern.regex(".*") == nil)
    #expect(SQLPattern.regex("[^a]") == nil)
  }
}
