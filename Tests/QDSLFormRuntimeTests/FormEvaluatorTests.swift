// The reference evaluator: every respondent scenario under Scenarios/ (shared data for other runtimes), plus the
// decoder, answers, dates and pipes on their own.

import Foundation
import QDSLFormRuntime
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct FormEvaluatorTests {
  let root = Fixtures.packageRoot()

  // MARK: scenarios

  @Test func testEveryScenarioFile() throws {
    let dir = root.appendingPathComponent("Tests/Scenarios")
    let files = Fixtures.files(in: dir, withExtension: "scenarios.json")
    #expect(files.count >= 4)
    var count = 0
    for file in files {
      count += try runScenarioFile(file)
    }
    #expect(count >= 20)
  }

  /// Every file in Tests/Scenarios is a scenario file or the instrument or golden form one of them names.
  @Test func testEveryScenarioInstrumentAndFormIsNamedByAScenarioFile() throws {
    let dir = root.appendingPathComponent("Tests/Scenarios")
    var expected = Set<String>()
    for file in Fixtures.files(in: dir, withExtension: "scenarios.json") {
      expected.insert(file.lastPathComponent)
      let json = try JSONReader.read([UInt8](Data(contentsOf: file)))
      for key in ["source", "form"] {
        let path = try #require(json[key]?.string, "\(file.lastPathComponent): \(key)")
        if path.hasPrefix("Tests/Scenarios/") { expected.insert(String(path.dropFirst("Tests/Scenarios/".count))) }
      }
    }
    #expect(Fixtures.unexpectedFiles(in: dir, expected: expected) == [])
  }

  /// Compiles `source` and compares its form JSON with the stored `formPath`; returns the compiled form JSON.
  @discardableResult
  func compareCompiled(
    _ source: String, _ formPath: String, _ name: String, blessing: Bool = Fixtures.blessing
  ) throws -> String {
    // The instrument with its modules, as `qdsl compile` reads it.
    let checked = Fixtures.checkInstrument(root.appendingPathComponent(source))
    let errors = checked.diagnostics.filter { $0.severity == .error }.count
    #expect(errors == 0, "\(name): \(source) has errors")
    let rendered = FormDocument.render(checked.survey)
    if let difference = Fixtures.compareGolden(rendered, root.appendingPathComponent(formPath), blessing: blessing) {
      Issue.record(Comment(rawValue: difference))
    }
    return rendered
  }

  /// Runs the scenarios of one file; returns how many there were.
  func runScenarioFile(_ file: URL) throws -> Int {
    let name = file.lastPathComponent
    let data = try Data(contentsOf: file)
    let json = try JSONReader.read([UInt8](data))
    let source = try #require(json["source"]?.string, "\(name): source")
    let formPath = try #require(json["form"]?.string, "\(name): form")
    // The form is compiled from the source, and the stored form JSON (what other runtimes read) must match it.
    let form: FormModel
    form = try FormModel.decode(try compareCompiled(source, formPath, name)).get()
    let evaluator = FormEvaluator(form: form)
    let scenarios = try #require(json["scenarios"]?.array, "\(name): scenarios")
    for scenario in scenarios {
      let label = "\(name) / \(scenario["name"]?.string ?? "?")"
      // The answers as the runtime reads them (whole numbers exact).
      let answers = try form.answers(fromJSONObject: scenario["answers"] ?? .object([:])).get()
      let todayText = scenario["today"]?.string ?? json["today"]?.string ?? "2024-06-15"
      let today = try #require(FormDate(todayText), Comment(rawValue: label))
      let language = scenario["language"]?.string ?? json["language"]?.string
      // The respondent's seed of shuffled orders: the scenario's, else the file's, else 0.
      let seed = UInt64(truncatingIfNeeded: scenario["seed"]?.int ?? json["seed"]?.int ?? 0)
      // The collector's clock: `now` fills the start and end paradata (docs/outputs.md, "Respondent scenarios").
      let now = (scenario["now"]?.string ?? json["now"]?.string).flatMap(FormDateTime.init)
      let result = evaluator.evaluate(
        answers, language: language, today: today, seed: seed, collector: FormCollector(now: now))
      let expect = try #require(scenario["expect"]?.object, "\(label): expect")
      check(expect, result, evaluator, label)
    }
    return scenarios.count
  }

  func check(_ expect: JSONObject, _ result: FormEvaluation, _ evaluator: FormEvaluator, _ label: String) {
    let known: Set<String> = [
      "shown", "shownIncludes", "hidden", "end", "failedChecks", "requiredUnanswered", "invalidAnswers",
      "ignoredAnswers", "calculates", "values", "orders", "texts", "defaulted",
    ]
    for key in expect.keys where !known.contains(key) { Issue.record("\(label): unknown expectation \"\(key)\"") }
    if let shown = strings(expect["shown"]) {
      #expect(
        result.shown == shown,
        Comment(rawValue: "\(label): shown\n" + Fixtures.lineDiff(lines(shown), lines(result.shown))))
    }
    for id in strings(expect["shownIncludes"]) ?? [] { #expect(result.isShown(id), "\(label): \(id) shown") }
    for id in strings(expect["hidden"]) ?? [] { #expect(!result.isShown(id), "\(label): \(id) hidden") }
    if let end = expect["end"] {
      if let end = end.object {
        #expect(result.end?.index == end["index"]?.int, "\(label): end index")
        #expect(result.end?.message == end["message"]?.string, "\(label): end message")
      } else {
        #expect(result.end == nil, "\(label): the interview should not end at an end")
      }
    }
    if let checks = expect["failedChecks"]?.array {
      // A soft check is expected with "soft": true.
      let expected = checks.map {
        "\($0["question"]?.string ?? "?"): \($0["message"]?.string ?? "?")\($0["soft"]?.bool == true ? " (soft)" : "")"
      }
      let actual = result.failedChecks.map { "\($0.question): \($0.message)\($0.isSoft ? " (soft)" : "")" }
      #expect(actual == expected, "\(label): failed checks")
    }
    if let required = strings(expect["requiredUnanswered"]) {
      #expect(result.requiredUnanswered == required, "\(label): required but unanswered")
    }
    if let invalid = expect["invalidAnswers"]?.array {
      let expected = invalid.map { "\($0["name"]?.string ?? "?"): \($0["problem"]?.string ?? "?")" }
      let actual = result.invalidAnswers.map { "\($0.name): \($0.problem.rawValue)" }
      #expect(actual == expected, "\(label): invalid answers")
    }
    if let ignored = strings(expect["ignoredAnswers"]) {
      #expect(result.ignoredAnswers == ignored, "\(label): ignored answers")
    }
    // Inside repeats, ids are instance paths (`crop[2].crop_code`); the variable is the name after the iterations.
    func variable(_ id: String) -> FormVariable? { evaluator.variables[FormInstancePath.split(id)?.name ?? id] }
    for (id, expected) in expect["calculates"]?.object ?? [:] {
      #expect(result.calculates.contains { $0.id == id }, "\(label): \(id) is a calculate")
      #expect(
        matches(expected, result.calculate(id), variable(id), evaluator.form),
        "\(label): calculate \(id) is \(String(describing: result.calculate(id))), expected \(String(decoding: expected.bytes(), as: UTF8.self))"
      )
    }
    for (id, expected) in expect["orders"]?.object ?? [:] {
      #expect(result.orders[id] == expected.string, "\(label): order \(id) is \(result.orders[id] ?? "missing")")
    }
    // The wording shown for an item: its first text variant that holds, else its text (docs/language.md).
    for (path, expected) in expect["texts"]?.object ?? [:] {
      let shown = evaluator.shownText(path, in: result)
      #expect(shown == expected.string, "\(label): the text of \(path) is \(shown ?? "nil")")
    }
    if let defaulted = strings(expect["defaulted"]) {
      #expect(result.defaulted == defaulted, "\(label): answers that took their default")
    }
    for (id, expected) in expect["values"]?.object ?? [:] {
      #expect(
        matches(expected, result.values[id], variable(id), evaluator.form),
        "\(label): \(id) is \(String(describing: result.values[id])), expected \(String(decoding: expected.bytes(), as: UTF8.self))"
      )
    }
  }

  func lines(_ ids: [String]) -> String { ids.joined(separator: "\n") }

  /// An array of strings; nil when `value` is absent, not an array or holds something else.
  func strings(_ value: JSON?) -> [String]? {
    guard let items = value?.array else { return nil }
    let strings = items.compactMap(\.string)
    return strings.count == items.count ? strings : nil
  }

  /// A number, whole or not; nil for other values.
  func number(_ value: JSON) -> Double? {
    switch value {
    case .int(let i): return Double(i)
    case .number(let d): return d
    default: return nil
    }
  }

  /// Whether a value matches its JSON expectation: null is missing; a number is a number or an option's code; a
  /// string is a text, a date or an option's name; an array is a set of options (names or codes).
  func matches(_ expected: JSON, _ actual: FormValue?, _ variable: FormVariable?, _ form: FormModel) -> Bool {
    if expected.isNull { return actual == nil }
    guard let actual else { return false }
    if let b = expected.bool { return actual == .bool(b) }
    switch actual {
    case .number(let x):
      guard let n = number(expected) else { return false }
      return abs(x.double - n) < 1e-9
    case .text(let s): return expected.string == s
    case .date(let d): return expected.string == d.description
    case .time(let t): return expected.string == t.description
    case .datetime(let t): return expected.string == t.description
    case .bool: return false
    case .code(let c): return expectedCodes([expected], variable, form) == [c]
    case .codes(let set): return expected.array.map { expectedCodes($0, variable, form) == set } ?? false
    case .ranking(let codes):
      // A ranking: the options in order, each by name or code.
      guard let items = expected.array, items.count == codes.count else { return false }
      return zip(items, codes).allSatisfy { expectedCodes([$0], variable, form) == [$1] }
    }
  }

  func expectedCodes(_ items: [JSON], _ variable: FormVariable?, _ form: FormModel) -> Set<Int> {
    var out = Set<Int>()
    for item in items {
      if let name = item.string {
        let list = variable?.choices.flatMap { form.choiceList(named: $0) }
        out.insert(list?.option(named: name)?.code ?? Int.min)
      } else if let n = item.int {
        out.insert(n)
      }
    }
    return out
  }

  // MARK: the evaluator on a compiled example

  func form(_ example: String) throws -> FormEvaluator {
    let checked = Fixtures.checkExample(example, root)
    #expect(!checked.hasErrors)
    return FormEvaluator(form: try FormModel.decode(FormDocument.render(checked.survey)).get())
  }

  @Test func testAnAnswerGivenToAHiddenQuestionIsIgnored() throws {
    let barometer = try form("innovation-barometer")
    let result = barometer.evaluate(
      ["org_type": .code(1), "staff": .number(10), "activity": .code(1), "adopted": .code(2), "kinds": .codes([1])],
      language: "en", today: FormDate(days: 0))
    #expect(!result.isShown("kinds"))
    #expect(result.ignoredAnswers == ["kinds"])
    #expect(result.values["kinds"] == nil)
    #expect(result.calculate("kind_count") == nil, "not computed: its universe does not hold")
  }

  /// The example of docs/outputs.md.
  @Test func testTheDocumentedExample() throws {
    let evaluator = try form("innovation-barometer")
    let answers: [String: AnswerValue] = [
      "org_type": .code(1), "staff": .number(300), "inhabitants": .number(250), "activity": .code(2),
      "adopted": .code(2), "partners": .codes([97]), "culture.risk_taking": .code(4),
    ]
    let result = evaluator.evaluate(answers, language: "en", today: FormDate("2024-06-15") ?? .today())
    #expect(!result.isShown("kinds"))
    #expect(
      result.failedChecks.first?.message
        == "The population should be larger than the number of staff (300). Please check the figure.")
    #expect(result.calculate("partner_count") == .number(0))
    #expect(result.end?.index == 1)
    #expect(result.end?.message.hasPrefix("Thank you for your answers!") == true)
  }

  @Test func testAFailedCheckSpeaksTheChosenLanguage() throws {
    let barometer = try form("innovation-barometer")
    let answers: [String: AnswerValue] = [
      "org_type": .code(1), "staff": .number(300), "inhabitants": .number(100), "activity": .code(1),
    ]
    for (language, start) in [("fi", "Asukasluvun"), ("sv", "Invånarantalet"), ("en", "The population")] {
      let result = barometer.evaluate(answers, language: language, today: FormDate(days: 0))
      #expect(result.failedChecks.map(\.question) == ["inhabitants"])
      #expect(
        result.failedChecks.first?.message.hasPrefix(start) ?? false, Comment(rawValue: result.failedChecks.description)
      )
      #expect(result.failedChecks.first?.message.contains("(300)") ?? false, "the pipe {staff} is filled")
    }
  }

  @Test func testTextsAreFilledWithTheAnswersSeen() throws {
    let barometer = try form("innovation-barometer")
    let answers: [String: AnswerValue] = [
      "org_type": .code(2), "staff": .number(1250), "activity": .code(1), "adopted": .code(1),
    ]
    let result = barometer.evaluate(answers, language: "en", today: FormDate(days: 0))
    let participants = try #require(allQuestions(barometer.form.items).first { $0.id == "participants" })
    #expect(
      barometer.fill(participants.text, in: result)
        == "How many of your organisation's 1250 employees took part in innovation activity in the last two years?")
    #expect(barometer.pipeText("org_type", result.values["org_type"], language: "sv") == "Samkommun")
    #expect(barometer.pipeText("org_type", nil, language: "sv") == "")
  }

  func allQuestions(_ items: [FormItem]) -> [FormQuestion] {
    items.flatMap { item -> [FormQuestion] in
      switch item {
      case .question(let q): return [q]
      case .section(let s): return allQuestions(s.items)
      case .conditional(let branches): return branches.flatMap { allQuestions($0.items) }
      default: return []
      }
    }
  }

  @Test func testInvalidAnswersAreReportedAndTreatedAsMissing() throws {
    let pulse = try form("staff-wellbeing-pulse")
    let result = pulse.evaluate(
      [
        "area": .code(42), "satisfaction": .text("agree"), "energy": .number(4.5), "recovery": .number(11),
        "stressors": .codes([1, 97]), "contract_hours": .number(38),
        "comment": .text(String(repeating: "x", count: 1001)),
        "stressor_count": .number(3), "favourite_colour": .text("blue"),
      ], language: "en", today: FormDate(days: 0))
    #expect(
      result.invalidAnswers.map { "\($0.name): \($0.problem.rawValue)" } == [
        "area: unknownOption", "satisfaction: wrongType", "stressors: exclusiveWithOthers", "energy: notAWholeNumber",
        "recovery: outOfRange", "comment: tooLong", "favourite_colour: unknownVariable", "stressor_count: notAQuestion",
      ])
    // The shuffled section asks its required statements in the order of seed 0.
    #expect(
      result.requiredUnanswered == [
        "area", "satisfaction", "team_support", "clear_goals", "workload_ok", "energy", "recovery",
      ])
    #expect(result.calculate("stressor_count") == .number(0))
  }

  /// A hand-written form may give two questions one name: each answer is read as the first variable of that
  /// name, also where the evaluator otherwise takes a question's type from the question itself.
  @Test func testAQuestionSharingItsNameIsAnsweredAsTheFirstVariableOfThatName() throws {
    let json = #"""
      {"format": "qdsl-form/1", "survey": "s", "version": null, "languages": ["en"], "title": null, "choices": {},
       "items": [
         {"kind": "question", "id": "x", "type": "integer", "min": 0, "max": 5, "variable": "x", "required": false,
          "text": {"en": "X?"}, "hint": null, "checks": []},
         {"kind": "question", "id": "x", "type": "text", "maxLength": null, "variable": "x", "required": false,
          "text": {"en": "X again?"}, "hint": null, "checks": []}]}
      """#
    let evaluator = FormEvaluator(form: try FormModel.decode(json).get())
    let result = evaluator.evaluate(["x": .number(3)], today: FormDate(days: 0))
    #expect(result.shown == ["x", "x"])
    #expect(result.invalidAnswers.isEmpty)
    #expect(result.values["x"] == .number(.integer(3)))
  }

  // MARK: decoding

  /// A form with bounds, codes and `text max` at the ends of 64 bits, as the compiler writes it.
  static let extremeForm = #"""
    {"format": "qdsl-form/1", "survey": "s", "version": null, "languages": ["en"], "title": null,
     "choices": {"l": [
       {"code": -9223372036854775808, "name": "low", "label": {"en": "Low"}, "exclusive": false, "missing": false},
       {"code": 9223372036854775807, "name": "high", "label": {"en": "High"}, "exclusive": false, "missing": false}]},
     "items": [
       {"kind": "question", "id": "big", "type": "integer", "min": -9223372036854775808, "max": 9223372036854775807,
        "variable": "big", "required": true, "text": {"en": "Big?"}, "hint": null, "checks": []},
       {"kind": "question", "id": "pick", "type": "one", "choices": "l", "variable": "pick", "required": true,
        "text": {"en": "Pick?"}, "hint": null, "checks": []},
       {"kind": "question", "id": "words", "type": "text", "maxLength": 9223372036854775807, "variable": "words",
        "required": false, "text": {"en": "Words?"}, "hint": null, "checks": []},
       {"kind": "if", "branches": [{"condition": {"op": ">", "args": [{"var": "big"}, {"number": 9007199254740992}]},
        "source": "big > 9007199254740992",
        "items": [{"kind": "note", "id": "above", "text": {"en": "Above."}, "hint": null}]}]}]}
    """#

  /// Every 64-bit whole number the checker accepts reaches the runtime exactly (it once failed to decode).
  @Test func testWholeNumbersAtTheEndsOf64BitsDecodeAndCompareExactly() throws {
    let form = try FormModel.decode(Self.extremeForm).get()
    guard case .question(let big) = form.items[0], case .question(let words) = form.items[2] else {
      Issue.record("questions expected")
      return
    }
    #expect(big.type == .integer(min: Int.min, max: Int.max))
    #expect(words.type == .text(maxLength: Int.max))
    #expect(form.choiceLists.first?.options.map(\.code) == [Int.min, Int.max])
    let evaluator = FormEvaluator(form: form)
    func shown(_ answer: FormNumber) -> Bool {
      let result = evaluator.evaluate(["big": .number(answer), "pick": .code(Int.min)], today: FormDate(days: 0))
      #expect(result.invalidAnswers == [], "\(answer)")
      return result.isShown("above")
    }
    #expect(shown(.integer(9_007_199_254_740_993)), "2⁵³ + 1 > 2⁵³, which a Double cannot tell")
    #expect(!(shown(.integer(9_007_199_254_740_992))))
    #expect(shown(.integer(Int.max)))
    #expect(!(shown(.integer(Int.min))))
    #expect(
      evaluator.evaluate(["big": .number(.decimal(0x1p63))], today: FormDate(days: 0)).invalidAnswers.map(\.problem)
        == [.outOfRange], "2⁶³ is beyond the range")
    // Random respondents stay within the range.
    let drawer = RandomRespondent(form: form, today: FormDate(days: 0))
    var random = SplitMix64(seed: 5)
    for _ in 0..<200 {
      #expect(evaluator.evaluate(drawer.answers(&random), today: FormDate(days: 0)).invalidAnswers == [])
    }
    let answers = try form.answers(fromJSON: Array(#"{"big": 9223372036854775807, "pick": -9223372036854775808}"#.utf8))
      .get()
    #expect(answers == ["big": .number(.integer(Int.max)), "pick": .code(Int.min)])
  }

  @Test func testNumbersCompareAndComputeExactly() {
    #expect(FormNumber.integer(3) == .decimal(3.0))
    #expect(Set<FormNumber>([.integer(3), .decimal(3.0)]).count == 1)
    #expect(FormNumber.integer(9_007_199_254_740_993) > .decimal(9_007_199_254_740_992.0))
    #expect(FormNumber.integer(Int.max) < .decimal(0x1p63))
    #expect(FormNumber.integer(Int.min) > .decimal(-0x1p64))
    #expect(FormNumber.integer(2) < .decimal(2.5))
    #expect(FormNumber.integer(-2) > .decimal(-2.5))
    #expect(FormNumber.integer(Int.max) + 1 == .decimal(0x1p63), "an overflow becomes a decimal")
    #expect(FormNumber.integer(Int.min).negated == .decimal(0x1p63))
    #expect(FormNumber.integer(6) / 3 == .integer(2))
    #expect(FormNumber.integer(7) / 2 == .decimal(3.5))
    #expect(FormNumber.integer(Int.min) / -1 == .decimal(0x1p63))
    #expect(FormNumber.integer(1) / 0 == nil)
    #expect(FormNumber.integer(9_007_199_254_740_993).description == "9007199254740993")
    #expect(FormNumber.decimal(2.5).description == "2.5")
    #expect(FormNumber.decimal(3).description == "3")
  }

  @Test func testTheDecoderNamesWhatIsWrong() {
    func error(_ json: String) -> String {
      switch FormModel.decode(json) {
      case .success: return "decoded"
      case .failure(let e): return e.description
      }
    }
    let header = #""format": "qdsl-form/1", "survey": "s", "version": null, "languages": ["en"], "title": null"#
    #expect(error("[1") == "not valid JSON: 1:3: the JSON ends inside an array")
    #expect(error(#"{"format": "qdsl-form/2"}"#) == #"unsupported format "qdsl-form/2" (expected "qdsl-form/1")"#)
    #expect(error("{\(header), \"choices\": {}}") == #"missing key "items""#)
    #expect(
      error(
        "{\(header), \"choices\": {}, \"items\": [{\"kind\": \"question\", \"id\": \"q\", \"type\": \"integers\"}]}")
        == "items[0].type: unknown question type")
    let calc = #"{"kind": "calculate", "id": "c", "variable": "c", "type": "integer", "source": "", "formula": "#
    #expect(
      error("{\(header), \"choices\": {}, \"items\": [\(calc) {\"op\": \"sqrt\", \"args\": []}}]}")
        == #"items[0].formula.op: unknown operator "sqrt""#)
    #expect(
      error("{\(header), \"choices\": {}, \"items\": [\(calc) {\"op\": \"not\", \"args\": []}}]}")
        == #"items[0].formula.args: "not" takes 1 argument, not 0"#)
    #expect(
      error("{\(header), \"choices\": {\"l\": [{\"code\": 1.5}]}, \"items\": []}")
        == "choices.l[0].code: expected a whole number")
    #expect(error("{\(header), \"choices\": {}, \"items\": []}") == "decoded")
    #expect(FormModel.format == FormDocument.format, "the decoder reads what the compiler writes")
  }

  @Test func testEveryExampleFormDecodesAndEvaluatesWithNoAnswers() throws {
    let examples = Fixtures.exampleNames()
    #expect(examples.count >= 4)
    for example in examples {
      let evaluator = try form(example)
      let result = evaluator.evaluate([:], today: FormDate(days: 0))
      #expect(!result.shown.isEmpty)
      #expect(result.language == evaluator.form.languages.first)
      #expect(result.failedChecks.isEmpty, "checks are evaluated only for answered questions")
    }
  }

  @Test func testAnswersFromJSON() throws {
    let pulse = try form("staff-wellbeing-pulse")
    let answers = try pulse.form.answers(
      fromJSON: Data(#"{"area": "technical", "satisfaction": 4, "stressors": ["workload", 97], "comment": null}"#.utf8)
    ).get()
    #expect(answers == ["area": .code(3), "satisfaction": .code(4), "stressors": .codes([1, 97])])
    if case .failure(let e) = pulse.form.answers(fromJSON: Data(#"{"area": "moon"}"#.utf8)) {
      #expect(e.description == #"area: no option "moon" in the list "service_area""#)
    } else {
      Issue.record("an unknown option name is an error")
    }
  }

  // MARK: dates and templates

  @Test func testDates() throws {
    #expect(FormDate("1970-01-01")?.days == 0)
    #expect(FormDate("2024-03-01")?.days == 19783)
    #expect(FormDate("1969-12-31")?.days == -1)
    #expect(FormDate("0001-01-01")?.description == "0001-01-01")
    #expect(FormDate("2023-02-29") == nil)
    #expect(FormDate("2024-02-29") != nil)
    #expect(FormDate("2100-02-29") == nil)
    #expect(FormDate("2000-02-29") != nil)
    #expect(FormDate("2024-1-01") == nil)
    #expect(FormDate("2024-13-01") == nil)
    #expect(FormDate("2024-04-31") == nil)
    for days in stride(from: -719_162, through: 2_932_896, by: 997) {
      #expect(FormDate(FormDate(days: days).description)?.days == days)
    }
    let leap = try #require(FormDate("2024-02-29"))
    #expect(try #require(FormDate("2024-03-01")).days - leap.days == 1)
  }

  @Test func testTemplates() {
    #expect(FormTemplate.fill("a {x} {{b}} {g.r} }} {") { "<\($0)>" } == "a <x> {b} <g.r> } {")
    #expect(FormTemplate.pipes("{a} and {b.c}, {{d}}") == ["a", "b.c"])
    #expect(FormValue.format(12) == "12")
    #expect(FormValue.format(-0.5) == "-0.5")
    #expect(FormValue.format(38.25) == "38.25")
  }
}
