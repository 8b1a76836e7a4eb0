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
    #expect(sql.contains("COALESCE((\"_xl0_2\") > (CAST(5 AS DOUBLE PRECISION)), FALSE)"))
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

  /// A form with a count-driven repeat (`n` iterations) holding one required question, and `items` after it.
  func repeated(inside: String = "", after: String = "") -> String {
    """
    {"format": "qdsl-form/1", "survey": "s", "languages": ["en"], "choices": {},
     "items": [
      {"kind": "question", "id": "n", "type": "integer", "min": 0, "max": 10, "variable": "n", "required": true,
       "text": {"en": "N?"}, "hint": null, "checks": []},
      {"kind": "repeat", "id": "member", "driver": {"kind": "count", "count": {"var": "n"}, "source": "n"}, "max": 10,
       "keys": ["record_id", "member_index"], "items": [
        {"kind": "question", "id": "age", "type": "integer", "min": 0, "max": 120, "variable": "age",
         "required": true, "text": {"en": "Age?"}, "hint": null, "checks": []}\(inside)]}\(after)
     ]}
    """
  }

  @Test func testARepeatIsWalkedPerIterationAndItsRowsCheckedAgainstTheDriver() throws {
    let form = try form(
      json: repeated(
        after: """
          ,
          {"kind": "calculate", "id": "adults", "variable": "adults", "type": "integer",
           "formula": {"aggregate": "count", "repeat": "member",
            "where": {"op": ">=", "args": [{"var": "age"}, {"number": 18}]}}, "source": "count(member where age >= 18)"}
          """))
    let sql = try SQLWriter(form: form, dialect: .duckdb).render(stem: "s").get()
    // One frame per iteration the driver asks (1…n, at most the repeat's max) or row present, joined by keys.
    #expect(sql.contains("CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10)) AS g(k)"))
    #expect(sql.contains("WHERE (p.\"_reach\" AND g.k <= p.\"_n_member\") OR c.\"_row\" IS NOT NULL"))
    // The rows against the driver, on the driver's variable, and the aggregate grouped per record.
    #expect(sql.contains("CAST('n' AS VARCHAR) AS \"variable\", CAST('QD6012' AS VARCHAR)"))
    #expect(sql.contains("GROUP BY \"_rec\""))
    // The required answer of an iteration that ran without its row is missing (QD6006 on the repeat's level).
    #expect(sql.contains("CAST('member' AS VARCHAR) AS \"level\", \"c0\" AS \"record_id\""))
  }

  @Test func testRepeatConstructsItCannotExpressAreRefusedNamingTheItem() throws {
    // An `end` inside a repeat.
    let end = try form(
      json: repeated(
        inside: """
          ,
          {"kind": "end", "message": {"en": "Stop"}}
          """))
    guard case .failure(let problem) = SQLWriter(form: end, dialect: .duckdb).render(stem: "s") else {
      Issue.record("an end inside a repeat was not refused")
      return
    }
    #expect(problem.item == "member")
    #expect(problem.message.contains("an end inside a repeat"))
    // An aggregate over the repeat read inside its own iterations.
    let inner = try form(
      json: repeated(
        inside: """
          ,
          {"kind": "calculate", "id": "others", "variable": "others", "type": "integer",
           "formula": {"aggregate": "count", "repeat": "member"}, "source": "count(member)"}
          """))
    guard case .failure(let again) = SQLWriter(form: inner, dialect: .postgres).render(stem: "s") else {
      Issue.record("an aggregate inside its own repeat was not refused")
      return
    }
    #expect(again.item == "others")
    #expect(again.message.contains("count(member"))
  }

  @Test func testPatternsTranslateOnlyTheSharedSubset() {
    #expect(SQLPattern.regex("\\d{5}") == "[0-9]{5}")
    #expect(SQLPattern.regex("(ST|st)-?\\d{4,8}") == "(ST|st)[-]?[0-9]{4,8}")
    #expect(SQLPattern.regex("[A-Z]{2}") == "[A-Z]{2}")
    #expect(SQLPattern.regex(".*") == nil)
    #expect(SQLPattern.regex("[^a]") == nil)
  }

  /// Spark SQL inlines a common table expression at each reference and resolves a chain of them one link per
  /// analyzer pass: its findings read each step they need once (one scan per step, the rules exploded from an
  /// array), a step read once is a nested subquery where it is read, and only a step read twice stays a common
  /// table expression, nondeterministic (`rand(0)`) so that Spark computes it once.
  @Test func testSparkReadsEachStepOnceOrMarksItShared() throws {
    let form = try form("household-services")
    let sql = try SQLWriter(form: form, dialect: .spark).render(stem: "household-services").get()
    let view = try #require(sql.components(separatedBy: "CREATE VIEW findings AS\nWITH\n").last)
    // One scan for the instrument's level (its cells and its walk), two per repeat (its rows, its iterations).
    #expect(view.components(separatedBy: "LATERAL VIEW inline(filter(array(").count - 1 == 1 + 2 * 4)
    #expect(!view.contains("\nUNION ALL\nSELECT CAST('household_services' AS STRING)"))
    // The steps left as common table expressions are the shared ones, each marked; the rest are nested.
    let steps = view.components(separatedBy: "\n").compactMap { line -> String? in
      guard let end = line.range(of: " AS ("), !line.hasPrefix(" "), !line.hasPrefix(")") else { return nil }
      return String(line[..<end.lowerBound])
    }
    #expect(steps.last == "qdsl_findings")
    #expect((5..<30).contains(steps.count))
    let words = view.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
    for step in steps.dropLast() {
      let readers = words.filter { $0 == step }.count - 1
      #expect(view.contains("rand(0) AS `_once_\(step)`") && readers > 1, "\(step): read \(readers) times")
    }
    #expect(view.contains(") l0_s2)"))
    #expect(view.components(separatedBy: "rand(0) AS `_once_").count - 1 == steps.count - 1)
    // The other dialects keep one SELECT per rule and no marker.
    let duckdb = try SQLWriter(form: form, dialect: .duckdb).render(stem: "household-services").get()
    #expect(!duckdb.contains("LATERAL VIEW") && !duckdb.contains("rand(0)"))
  }
}
