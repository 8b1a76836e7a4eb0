// `FormEvaluator.evaluateForData`, the walk `qdsl validate-data` can run per record: for random respondents of
// every example (with answers the routing did not ask and unknown names mixed in), exactly what `evaluate` says
// but the messages; and the same whether or not every answer is looked at for ignored ones.

import Foundation
import QDSLTestSupport
import QDSLText
import Testing

@testable import QDSLFormRuntime

@Suite struct EvaluateForDataTests {
  let root = Fixtures.packageRoot()
  let today = FormDate(days: 19889)  // 2024-06-15

  @Test func testEvaluateForDataIsEvaluateWithoutMessages() throws {
    for example in Fixtures.exampleNames() {
      let form = try FormModel.decode(
        Data(contentsOf: root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(example).form.json"))
      ).get()
      let evaluator = FormEvaluator(form: form)
      let drawer = RandomRespondent(form: form, today: today)
      var random = SplitMix64(seed: 4)
      var ignoredSeen = 0
      for k in 0..<150 {
        var answers = drawer.answers(&random)
        // Answers everywhere (ignored where not asked), a calculate answered, a name the form lacks.
        for (name, value) in drawer.answers(&random) where answers[name] == nil { answers[name] = value }
        if k % 5 == 0 { answers["zz_unknown"] = .number(1) }
        if k % 7 == 0, let c = form.variables.first(where: { if case .calculate = $0.kind { true } else { false } }) {
          answers[c.name] = .number(2)
        }
        var full = evaluator.evaluate(answers, today: today, seed: UInt64(k))
        let data = evaluator.evaluateForData(answers, today: today, seed: UInt64(k))
        for i in full.failedChecks.indices { full.failedChecks[i].message = "" }
        full.end?.message = ""
        #expect(data == full, "\(example), respondent \(k)")
        let looked = evaluator.evaluateForData(
          FormNameMap(answers), today: today, seed: UInt64(k), looksAtEveryAnswer: true)
        #expect(looked == data, "\(example), respondent \(k)")
        // Without the list of items shown (validate-data walks again when a record needs it), all else is the same.
        var unlisted = evaluator.evaluateForData(FormNameMap(answers), today: today, seed: UInt64(k), listsShown: false)
        #expect(unlisted.shown.isEmpty && !data.shown.isEmpty, "\(example), respondent \(k)")
        unlisted.shown = data.shown
        #expect(unlisted == data, "\(example), respondent \(k), without the items shown")
        // Answers only where asked: nothing is ignored, and `result` skips the look at every answer.
        var asked: [String: AnswerValue] = [:]
        for (name, value) in answers
        where full.shown.contains(name) || form.paradata.contains(where: { $0.variable == name }) {
          asked[name] = value
        }
        let fast = evaluator.evaluateForData(asked, today: today, seed: UInt64(k))
        let slow = evaluator.evaluateForData(
          FormNameMap(asked), today: today, seed: UInt64(k), looksAtEveryAnswer: true)
        #expect(fast == slow, "\(example), respondent \(k), answers where asked")
        ignoredSeen += full.ignoredAnswers.count
      }
      #expect(ignoredSeen > 0 || example.contains("pulse"), "\(example): the test reaches ignored answers")
    }
  }
}
