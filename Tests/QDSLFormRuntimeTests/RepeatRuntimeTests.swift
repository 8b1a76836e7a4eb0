// Repeats in the reference evaluator beyond the shared scenarios: decoding the repeat item and its expression
// nodes, instance paths, nested answers both ways, texts filled in an iteration, the respondent path and simulate's
// report per iteration.

import Foundation
import QDSLFormRuntime
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct RepeatRuntimeTests {
  let root = Fixtures.packageRoot()
  let today = FormDate(days: 19889)  // 2024-06-15

  func repeatsForm() throws -> FormModel {
    try FormModel.decode(Data(contentsOf: root.appendingPathComponent("Tests/Scenarios/repeats.form.json"))).get()
  }

  /// A one-language form around `items` (JSON text of the item array), with the list yes_no.
  func form(_ items: String) throws -> FormModel {
    let json = """
      {"format": "qdsl-form/1", "survey": "s", "version": null, "languages": ["en"], "title": null,
       "choices": {"yes_no": [{"code": 1, "name": "yes", "label": {"en": "Yes"}, "exclusive": false, "missing": false},
         {"code": 2, "name": "no", "label": {"en": "No"}, "exclusive": false, "missing": false}]},
       "items": \(items)}
      """
    return try FormModel.decode(json).get()
  }

  @Test func testTheRepeatItemAndItsExpressionsDecode() throws {
    let form = try repeatsForm()
    let levels = form.repeatLevels
    #expect(levels.map(\.id) == ["person", "job", "other", "income", "crop", "livestock", "visitor"])
    #expect(levels.map(\.chain.count) == [1, 2, 2, 1, 1, 1, 1])
    let person = try #require(levels.first?.repeat)
    #expect(person.driver == .count(.variable("household_size"), source: "household_size"))
    #expect(person.max == 4 && person.keys == ["record_id", "person_index"])
    #expect(person.title == FormText(["en": "Person {person.index}"]))
    #expect(levels[4].repeat.driver == .question("crops", choices: "crop_list"))
    #expect(levels[4].repeat.choices == "crop_list" && levels[2].repeat.choices == nil)
    #expect(levels[5].repeat.driver == .choices("animals"))
    #expect(levels[2].repeat.driver == .repeat("person"))
    let variables = Dictionary(form.variables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(variables["relation"]?.repeats == ["person", "other"])
    #expect(variables["health.sight"]?.repeats == ["person"])
    #expect(variables["household_size"]?.repeats == [])
    #expect(variables["crop_code"]?.choices == "crop_list", "a calculate of the iteration's option has its list")
    let calculates = form.items.compactMap { item -> FormCalculate? in
      if case .calculate(let c) = item { return c }
      return nil
    }
    #expect(
      calculates.first { $0.id == "adults" }?.formula
        == .aggregate(
          .count, repeat: "person", value: nil, where: .apply(.greaterEqual, [.variable("age"), .number(18)])))
  }

  @Test func testBadRepeatsAreLocatedDecodingErrors() throws {
    func error(_ item: String) -> String {
      guard case .failure(let e) = Result(catching: { try form("[\(item)]") }) else { return "decoded" }
      return "\(e)"
    }
    let body = #""id": "r", "title": null, "max": 2, "keys": [], "items": []"#
    #expect(
      error(#"{"kind": "repeat", "driver": {"kind": "sometimes"}, \#(body)}"#)
        == "items[0].driver.kind: unknown repeat driver")
    #expect(
      error(#"{"kind": "repeat", "driver": {"kind": "count", "source": "n"}, \#(body)}"#)
        == "items[0].driver: missing key \"count\"")
    #expect(
      error(
        #"{"kind": "repeat", "driver": {"kind": "choices", "choices": "yes_no"}, "id": "r", "title": null, "max": -1, "keys": [], "items": []}"#
      )
        == "items[0].max: a negative maximum")
    #expect(
      error(
        #"{"kind": "calculate", "id": "c", "variable": "c", "type": "integer", "source": "x", "formula": {"aggregate": "median", "repeat": "r"}}"#
      ) == "items[0].formula.aggregate: unknown aggregate \"median\"")
  }

  @Test func testInstancePaths() {
    #expect(FormInstancePath.split("age")?.name == "age")
    let nested = FormInstancePath.split("person[2].job[10].title")
    #expect(nested?.name == "title")
    #expect(nested?.iterations.map(\.repeat) == ["person", "job"])
    #expect(nested?.iterations.map(\.index) == [2, 10])
    #expect(FormInstancePath.split("person[2].health.sight")?.name == "health.sight")
    for bad in ["person[0].age", "person[02].age", "person[2]", "person[2]age", "person[x].age", "[1].age", "a.b[1].c"]
    {
      #expect(FormInstancePath.split(bad) == nil, Comment(rawValue: bad))
    }
  }

  @Test func testNestedAnswersRoundTrip() throws {
    let form = try repeatsForm()
    let answers: [String: AnswerValue] = [
      "household_size": .number(2), "person[1].name": .text("Anna"), "person[2].other[1].relation": .code(1),
      "person[2].health.sight": .code(2), "crops": .codes([1, 3]), "crop[2].area": .number(.decimal(2.5)),
    ]
    let json = form.answersJSON(answers)
    #expect(
      String(decoding: json.bytes(.compact), as: UTF8.self)
        == #"{"crops":[1,3],"household_size":2,"crop":[{},{"area":2.5}],"person":[{"name":"Anna"},{"health.sight":2,"other":[{"relation":1}]}]}"#
    )
    #expect(try form.answers(fromJSONObject: json).get() == answers)
  }

  @Test func testNestedAnswersWithProblems() throws {
    let form = try repeatsForm()
    let json = try JSONReader.read(
      Array(#"{"person": {"age": 3}, "job": [{}], "visitor": [1, {"more": "maybe"}, {"visitor_name": "Ed"}]}"#.utf8))
    let (answers, problems) = form.readAnswers(json)
    #expect(answers == ["visitor[3].visitor_name": .text("Ed")])
    #expect(
      problems.map(\.description) == [
        "person: expected an array: the answers of each iteration of the repeat \"person\", in order",
        "job: the repeat \"job\" is inside \"person\": give its answers in each iteration of \"person\"",
        "visitor[0]: expected an object: the answers of iteration 1 of \"visitor\"",
        "visitor[1].more: no option \"maybe\" in the list \"yes_no\"",
      ])
  }

  @Test func testTextsAreFilledInTheirIteration() throws {
    let form = try repeatsForm()
    let evaluator = FormEvaluator(form: form)
    let answers = try form.answers(
      fromJSON: Array(
        #"{"household_size": 2, "person": [{"name": "Anna"}, {"name": "Ben"}], "crops": ["rice"], "income": [{}]}"#.utf8
      )
    ).get()
    let result = evaluator.evaluate(answers, language: "en", today: today)
    func text(_ template: String, _ iteration: String) -> String {
      evaluator.fill(FormText(["en": template]), in: result, iteration: iteration)
    }
    #expect(text("What is {other.name} to {name}?", "person[2].other[1]") == "What is Anna to Ben?")
    #expect(text("{person.index}/{other.index}: {person.name}", "person[2].other[1]") == "2/1: Ben")
    #expect(text("{crop} ({crop.index})", "crop[1]") == "Rice (1)")
    #expect(text("{livestock}", "livestock[2]") == "Goats")
    #expect(text("{income.name} {income.index}", "income[2]") == "Ben 2")
    #expect(text("{name}", "person[3]") == "", "an iteration that did not run fills as outside repeats")
    #expect(text("{household_size}", "") == "2")
  }

  @Test func testTheRespondentPathListsEveryIteration() throws {
    let form = try repeatsForm()
    let answers = try form.answers(
      fromJSON: Array(
        #"{"household_size": 1, "person": [{"name": "Anna", "age": 130}], "crops": ["beans"], "crop": [{"area": 200}], "visitor": [{"visitor_name": "Cy", "more": "no"}, {"visitor_name": "Di"}]}"#
          .utf8)
    ).get()
    let path = RespondentPath(form: form, answers: answers, language: "en", today: today)
    let text = path.text(answersPath: "a.json")
    for line in [
      "  repeat person: 1 iteration\n    person[1]\n      question person[1].name = \"Anna\"\n",
      "      question person[1].age = missing  [invalid answer: outOfRange]  [required, unanswered]\n",
      "      repeat person[1].other: 1 iteration\n        person[1].other[1]\n",
      "    repeat crop: 1 iteration\n      crop[1] = 2 (Beans)\n        question crop[1].area = 200\n",
      "          check 1 fails: `area <= 100`: 200 hectares of Beans is a lot for 1 people.\n",
      "        calculate crop[1].crop_code = 2 (Beans)\n",
      "      livestock[2] = 2 (Goats)\n",
      "  calculate people = 1\n",
      "note: the answer to 'visitor[2].visitor_name' is not used: it is not shown\n",
    ] {
      #expect(text.contains(line), Comment(rawValue: "\(line)\nin\n\(text)"))
    }
    let json = try JSONReader.read(Array(path.json().utf8))
    #expect(json["calculates"]?["crop[1].crop_code"]?.string == "2 (Beans)")
    #expect(json["failedChecks"]?.array?.first?["question"]?.string == "crop[1].area")
  }

  @Test func testSimulateReportsIterationsAndTimesAsked() throws {
    let report = FormSimulator(form: try repeatsForm()).run(respondents: 400, seed: 4, today: today)
    let person = try #require(report.items.first { $0.id == "person" })
    let name = try #require(report.items.first { $0.id == "name" })
    let household = try #require(report.items.first { $0.id == "household_size" })
    #expect(person.kind == "repeat" && person.reached == 400)
    #expect((800...1200).contains(person.iterations ?? 0), "household sizes 1 to 4: 2.5 on average")
    #expect(name.reached == 400 && name.times == person.iterations)
    #expect(household.times == nil && household.iterations == nil)
    let text = report.text(path: "r")
    #expect(
      text.contains(
        "repeat person  (\(SimulationReportMean.of(person.iterations!, 400)) iterations per respondent reaching it)"))
    #expect(text.contains("question name  ("))
    let json = try JSONReader.read(Array(report.json(path: "r").utf8))
    let items = json["items"]?.array ?? []
    #expect(items.first { $0["id"]?.string == "person" }?["iterations"]?.int == person.iterations)
    #expect(items.first { $0["id"]?.string == "name" }?["timesReached"]?.int == person.iterations)
    #expect(items.first { $0["id"]?.string == "household_size" }?["timesReached"] == nil)
    // Interview length counts every question of every iteration.
    #expect(report.lengthMax > report.items.filter { $0.kind == "question" || $0.kind == "grid" }.count)
  }

  @Test func testAnItemOfARepeatThatNeverRunsIsBlockedByIt() throws {
    let form = try self.form(
      """
      [{"kind": "repeat", "id": "r", "title": null, "driver": {"kind": "count", "count": {"number": 0}, "source": "0"},
        "max": 3, "keys": ["record_id", "r_index"], "items": [
          {"kind": "note", "id": "inside", "text": {"en": "Never."}, "hint": null}]}]
      """)
    let report = FormSimulator(form: form).run(respondents: 50, seed: 1, today: today)
    #expect(report.items.map(\.id) == ["r", "inside"])
    #expect(report.items[0].reached == 50 && report.items[0].iterations == 0)
    #expect(report.items[1].blockedBy == "its repeat r never ran an iteration")
  }
}

/// The mean the text report prints, for comparing with it.
enum SimulationReportMean {
  static func of(_ total: Int, _ reached: Int) -> String {
    let tenths = Int((Double(total) * 10 / Double(max(reached, 1))).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}
