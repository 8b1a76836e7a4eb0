// One respondent's route through the interview (`qdsl simulate --answers`): every item shown, in order, with
// its answer or value, the checks that fail where they fail, the end that stops the interview, and the answers
// that were not used.

import QDSLText

/// The path of one set of answers through a form.
public struct RespondentPath: Sendable {
  public let evaluator: FormEvaluator
  public let result: FormEvaluation

  public init(form: FormModel, answers: [String: AnswerValue], language: String, today: FormDate) {
    evaluator = FormEvaluator(form: form)
    result = evaluator.evaluate(answers, language: language, today: today)
  }

  /// The value as the path shows it: the code and label of an option, `missing` for no value.
  func show(_ name: String) -> String {
    guard let value = result.values[name] else { return "missing" }
    let text = evaluator.pipeText(name, value, language: result.language)
    switch value {
    case .code(let c): return "\(c) (\(text))"
    case .codes(let set):
      let codes =
        evaluator.variables[name]?.choices.flatMap { evaluator.form.choiceList(named: $0) }
        .map { l in l.options.map(\.code).filter(set.contains) } ?? set.sorted()
      return "[\(codes.map(String.init).joined(separator: ", "))] (\(text))"
    case .text(let s): return JSON.string(s).render()
    default: return text
    }
  }

  public func text(answersPath: String) -> String {
    var out = "\(answersPath): the path through \(evaluator.form.survey) (language \(result.language))\n"
    let shown = Set(result.shown)
    var failed: [String: [FormFailedCheck]] = [:]
    for f in result.failedChecks { failed[f.question, default: []].append(f) }
    let required = Set(result.requiredUnanswered)
    var invalid: [String: FormAnswerProblem] = [:]
    for a in result.invalidAnswers { invalid[a.name] = a.problem }
    var endIndex = 0
    func line(_ depth: Int, _ text: String) { out += String(repeating: "  ", count: depth + 1) + text + "\n" }
    func answerLine(_ depth: Int, _ label: String, _ name: String) {
      var text = "\(label) = \(show(name))"
      if let p = invalid[name] { text += "  [invalid answer: \(p.rawValue)]" }
      if required.contains(name) { text += "  [required, unanswered]" }
      line(depth, text)
    }
    func walk(_ items: [FormItem], _ depth: Int) {
      for item in items {
        switch item {
        case .section(let s):
          guard shown.contains(s.id) else { continue }
          line(depth, "section \(s.id)")
          walk(s.items, depth + 1)
        case .question(let q):
          guard shown.contains(q.id) else { continue }
          answerLine(depth, "question \(q.id)", q.id)
          for f in failed[q.id] ?? [] { line(depth + 1, "check \(f.check + 1) fails: `\(f.source)`: \(f.message)") }
        case .grid(let g):
          guard shown.contains(g.id) else { continue }
          line(depth, "grid \(g.id)")
          for r in g.rows { answerLine(depth + 1, r.id, r.id) }
        case .calculate(let c):
          guard shown.contains(c.id) else { continue }
          line(depth, "calculate \(c.id) = \(show(c.id))")
        case .note(let n):
          guard shown.contains(n.id) else { continue }
          line(depth, "note \(n.id)")
        case .conditional(let branches):
          for b in branches { walk(b.items, depth) }
        case .end(let e):
          endIndex = e.index
          if result.end?.index == e.index { line(depth, "end \(e.index + 1): \(result.end?.message ?? "")") }
        }
      }
    }
    _ = endIndex
    walk(evaluator.form.items, 0)
    if result.end == nil { out += "  (reached the last item)\n" }
    let questions = result.shown.filter {
      if case .question? = evaluator.variables[$0]?.kind { return true }
      return evaluator.form.items.isEmpty ? false : isGrid($0)
    }
    out += "\n\(questions.count) questions asked, \(result.failedChecks.count) failed checks, "
    out += "\(result.requiredUnanswered.count) required unanswered\n"
    let unusable = result.invalidAnswers.filter { $0.problem == .unknownVariable || $0.problem == .notAQuestion }
    for a in unusable { out += "warning: the answer to '\(a.name)' is not used: \(a.problem.rawValue)\n" }
    for name in result.ignoredAnswers { out += "note: the answer to '\(name)' is not used: it is not shown\n" }
    return out
  }

  func isGrid(_ id: String) -> Bool {
    func find(_ items: [FormItem]) -> Bool {
      for item in items {
        switch item {
        case .grid(let g) where g.id == id: return true
        case .section(let s): if find(s.items) { return true }
        case .conditional(let branches): if branches.contains(where: { find($0.items) }) { return true }
        default: continue
        }
      }
      return false
    }
    return find(evaluator.form.items)
  }

  public func json() -> String {
    let root = JSON.object([
      "survey": .string(evaluator.form.survey), "language": .string(result.language),
      "shown": .array(result.shown.map(JSON.string)),
      "end": result.end.map { .object(["index": .int($0.index), "message": .string($0.message)]) } ?? .null,
      "failedChecks": .array(
        result.failedChecks.map {
          .object([
            "question": .string($0.question), "check": .int($0.check), "source": .string($0.source),
            "message": .string($0.message),
          ])
        }), "requiredUnanswered": .array(result.requiredUnanswered.map(JSON.string)),
      "invalidAnswers": .array(
        result.invalidAnswers.map {
          .object(["name": .string($0.name), "problem": .string($0.problem.rawValue)])
        }
      ), "ignoredAnswers": .array(result.ignoredAnswers.map(JSON.string)),
      "calculates": .object(
        JSONObject(result.calculates.map { ($0.id, $0.value == nil ? .null : .string(show($0.id))) })),
    ])
    return root.render() + "\n"
  }
}
