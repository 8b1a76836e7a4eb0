// The seeded generator and random respondents of `qdsl simulate`, and the differential corpus for the preview's
// JavaScript runtime: random respondents with the Swift evaluator's results (Tests/preview-js/random-respondents.json,
// regenerated with QDSL_BLESS=1), which Tests/preview-js/run-scenarios.mjs checks the runtime against.

import Foundation
import QDSLFormRuntime
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct RandomRespondentTests {
  let root = Fixtures.packageRoot()
  let today = FormDate(days: 19889)  // 2024-06-15

  @Test func testSplitMix64GivesTheReferenceSequence() {
    // The first outputs of SplitMix64 seeded with 0 and 1234567 (the reference C implementation by Vigna).
    var zero = SplitMix64(seed: 0)
    #expect(
      [zero.next(), zero.next(), zero.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    var r = SplitMix64(seed: 1_234_567)
    #expect(r.next() == 6_457_827_717_110_365_317)
    var bounded = SplitMix64(seed: 9)
    for _ in 0..<1000 {
      let x = bounded.below(7)
      #expect((0..<7).contains(x))
      let u = bounded.unit()
      #expect(u >= 0 && u < 1)
    }
  }

  func form(_ path: String) throws -> FormModel {
    try FormModel.decode(Data(contentsOf: root.appendingPathComponent(path))).get()
  }

  @Test func testEveryDrawnAnswerIsAValidAnswer() throws {
    let examples = Fixtures.exampleNames()
    #expect(examples.count >= 4)
    for example in examples {
      let form = try self.form("Tests/QDSLOutputsTests/Golden/\(example).form.json")
      let evaluator = FormEvaluator(form: form)
      let drawer = RandomRespondent(form: form, today: today)
      var random = SplitMix64(seed: 5)
      var skipped = 0
      func isQuestion(_ path: String) -> Bool {
        guard let name = FormInstancePath.split(path)?.name, case .question? = evaluator.variables[name]?.kind else {
          return false
        }
        return true
      }
      for _ in 0..<300 {
        // Inside repeats the answers are drawn as the iterations reach them, keyed by instance path.
        let answers = Self.respondent(drawer, evaluator, &random, today: today)
        for (path, answer) in answers {
          guard let name = FormInstancePath.split(path)?.name, let variable = evaluator.variables[name] else {
            Issue.record("\(example): \(path) names no variable")
            continue
          }
          if case .failure(let problem) = evaluator.accept(answer, for: variable) {
            Issue.record("\(example): \(path) = \(answer): \(problem)")
          }
        }
        let result = evaluator.evaluate(answers, today: today)
        #expect(result.invalidAnswers == [], Comment(rawValue: example))
        skipped += result.shown.filter { answers[$0] == nil && isQuestion($0) }.count
      }
      #expect(skipped > 0, "\(example): optional questions are sometimes skipped")
    }
  }

  /// One random respondent's answers, repeated ones drawn as the iterations reach them (by instance path).
  static func respondent(
    _ drawer: RandomRespondent, _ evaluator: FormEvaluator, _ random: inout SplitMix64, today: FormDate
  ) -> [String: AnswerValue] {
    let answers = drawer.answers(&random)
    guard drawer.drawsInIterations else { return answers }
    return evaluator.evaluateDrawing(answers, drawer: drawer, random: &random, today: today).answers.dictionary
  }

  /// Inside repeats, answers are drawn per iteration: valid, within the bounds of each repeat, and the count
  /// question's random answer decides how many iterations run.
  @Test func testRepeatedAnswersAreDrawnForTheIterationsThatRun() throws {
    let form = try self.form("Tests/Scenarios/repeats.form.json")
    let evaluator = FormEvaluator(form: form)
    let drawer = RandomRespondent(form: form, today: today)
    #expect(drawer.drawsInIterations)
    var random = SplitMix64(seed: 3)
    var people = Set<Int>()
    var visitors = Set<Int>()
    for _ in 0..<300 {
      let answers = Self.respondent(drawer, evaluator, &random, today: today)
      let result = evaluator.evaluate(answers, today: today)
      #expect(result.invalidAnswers == [])
      #expect(result.ignoredAnswers.allSatisfy { !$0.contains("[") }, "only answers of iterations that ran are drawn")
      let count = result.iterations["person"] ?? 0
      if case .number(let n)? = result.values["household_size"] { #expect(n == .integer(count)) }
      #expect((0...4).contains(count))
      people.insert(count)
      visitors.insert(result.iterations["visitor"] ?? 0)
      #expect(answers.keys.filter { $0.hasPrefix("person[") && $0.hasSuffix("].name") }.count == count)
    }
    #expect(people == [1, 2, 3, 4], "every household size is drawn")
    #expect(visitors == [1, 2, 3], "add another stops at random, and at its maximum")
  }

  /// `qdsl simulate` counts with the walk that leaves messages out; everything it counts must be the same.
  @Test func testCountingGivesTheSameLogicAsTheFullEvaluation() throws {
    for (path, _) in Self.corpus {
      let form = try self.form(path)
      let evaluator = FormEvaluator(form: form)
      let drawer = RandomRespondent(form: form, today: today)
      var random = SplitMix64(seed: 21)
      for _ in 0..<200 {
        let answers = Self.respondent(drawer, evaluator, &random, today: today)
        let full = evaluator.evaluate(answers, today: today)
        let counted = evaluator.evaluateForCounting(answers, today: today)
        #expect(counted.shown == full.shown, Comment(rawValue: path))
        #expect(counted.end?.index == full.end?.index, Comment(rawValue: path))
        #expect(
          counted.failedChecks.map { "\($0.question) \($0.check)" }
            == full.failedChecks.map { "\($0.question) \($0.check)" })
        #expect(counted.requiredUnanswered == full.requiredUnanswered, Comment(rawValue: path))
        #expect(counted.calculates == full.calculates, Comment(rawValue: path))
        #expect(counted.values == full.values, Comment(rawValue: path))
      }
    }
  }

  /// `qdsl simulate` does not keep the answers it draws inside iterations; the walk and its result are the same.
  @Test func testDrawingWithoutKeepingTheAnswersGivesTheSameEvaluation() throws {
    for path in ["Tests/Scenarios/repeats.form.json", "Tests/QDSLOutputsTests/Golden/household-services.form.json"] {
      let form = try self.form(path)
      let evaluator = FormEvaluator(form: form)
      let drawer = RandomRespondent(form: form, today: today)
      var random = SplitMix64(seed: 17)
      var drawnInIterations = 0
      for _ in 0..<100 {
        let top = drawer.answers(&random)
        var again = random
        let kept = evaluator.evaluateDrawing(top, drawer: drawer, random: &random, today: today)
        let counted = evaluator.evaluateDrawing(top, drawer: drawer, random: &again, today: today, keepsAnswers: false)
        #expect(counted.result.shown == kept.result.shown, Comment(rawValue: path))
        #expect(counted.result.values == kept.result.values, Comment(rawValue: path))
        #expect(counted.result.calculates == kept.result.calculates, Comment(rawValue: path))
        #expect(counted.result.requiredUnanswered == kept.result.requiredUnanswered, Comment(rawValue: path))
        #expect(counted.answers.dictionary == top, "\(path): only the answers given are returned")
        #expect(again.next() == random.next(), "\(path): the same numbers were drawn")
        drawnInIterations += kept.answers.count - top.count
      }
      #expect(drawnInIterations > 100, Comment(rawValue: path))
    }
  }

  // MARK: the differential corpus

  /// The operators' fixture, every example's form (40 respondents each), the repeats' fixture and the specify
  /// texts' fixture.
  static let corpus: [(form: String, respondents: Int)] = {
    var forms: [(form: String, respondents: Int)] = [("Tests/Scenarios/semantics.form.json", 250)]
    forms += Fixtures.exampleNames().map { ("Tests/QDSLOutputsTests/Golden/\($0).form.json", 40) }
    forms += [("Tests/Scenarios/repeats.form.json", 120), ("Tests/Scenarios/cascade.form.json", 120)]
    forms += [("Tests/Scenarios/variants.form.json", 60), ("Tests/Scenarios/types.form.json", 120)]
    forms += [("Tests/Scenarios/specify.form.json", 40), ("Tests/Scenarios/sample.form.json", 60)]
    // A draft language's respondents: texts it lacks are the source language's (Tests/Scenarios/drafts.qdsl).
    forms += [("Tests/Scenarios/drafts.form.json", 40)]
    return forms
  }()

  @Test func testTheDifferentialCorpusIsUpToDate() throws {
    var text = """
      {
        "description": "Random respondents (qdsl simulate's drawer, seed 11) with the Swift reference evaluator's results. Generated by RandomRespondentTests with QDSL_BLESS=1; the preview's JavaScript runtime must agree (Tests/preview-js/run-scenarios.mjs).",
        "today": "\(today)",
        "forms": [

      """
    for (f, (path, count)) in Self.corpus.enumerated() {
      let form = try self.form(path)
      let evaluator = FormEvaluator(form: form)
      let drawer = RandomRespondent(form: form, today: today)
      var random = SplitMix64(seed: 11)
      var lines: [String] = []
      for i in 0..<count {
        let language = form.languages[i % form.languages.count]
        let answers = Self.respondent(drawer, evaluator, &random, today: today)
        let result = evaluator.evaluate(answers, language: language, today: today)
        // Keys in alphabetical order, at every level; a repeat's answers as an array of iterations.
        let object: JSONObject = [
          "answers": drawer.drawsInIterations
            ? form.answersJSON(answers)
            : .object(JSONObject(answers.sorted { $0.key < $1.key }.map { ($0.key, Self.json($0.value)) })),
          "calculates": .object(
            JSONObject(result.calculates.sorted { $0.id < $1.id }.map { ($0.id, Self.json($0.value)) })),
          "end": result.end.map { .object(["index": .int($0.index), "message": .string($0.message)]) } ?? .null,
          "failedChecks": .array(
            result.failedChecks.map { .string("\($0.question): \($0.message)\($0.isSoft ? " (soft)" : "")") }),
          "language": .string(language),
          "requiredUnanswered": .array(result.requiredUnanswered.map(JSON.string)),
          "shown": .array(result.shown.map(JSON.string)),
        ]
        lines.append("        " + String(decoding: JSON.object(object).bytes(.compact), as: UTF8.self))
      }
      text += "    {\n      \"form\": \"\(path)\",\n      \"respondents\": [\n"
      text += lines.joined(separator: ",\n") + "\n      ]\n    }" + (f == Self.corpus.count - 1 ? "\n" : ",\n")
    }
    text += "  ]\n}\n"
    let url = root.appendingPathComponent("Tests/preview-js/random-respondents.json")
    if let difference = Fixtures.compareGolden(text, url) { Issue.record(Comment(rawValue: difference)) }
  }

  static func json(_ answer: AnswerValue) -> JSON {
    switch answer {
    case .number(let x): return number(x)
    case .text(let s), .date(let s), .time(let s), .datetime(let s): return .string(s)
    case .code(let c): return .int(c)
    case .codes(let set): return .array(set.sorted().map(JSON.int))
    case .ranking(let codes): return .array(codes.map(JSON.int))
    }
  }

  static func json(_ value: FormValue?) -> JSON {
    guard let value else { return .null }
    switch value {
    case .number(let x): return number(x)
    case .text(let s): return .string(s)
    case .date(let d): return .string(d.description)
    case .time(let t): return .string(t.description)
    case .datetime(let t): return .string(t.description)
    case .code(let c): return .int(c)
    case .codes(let set): return .array(set.sorted().map(JSON.int))
    case .bool(let b): return .bool(b)
    case .ranking(let codes): return .array(codes.map(JSON.int))
    }
  }

  static func number(_ x: FormNumber) -> JSON {
    switch x {
    case .integer(let i): return .int(i)
    case .decimal(let d): return d == d.rounded() && abs(d) < 1e15 ? .int(Int(d)) : .number(d)
    }
  }
}
