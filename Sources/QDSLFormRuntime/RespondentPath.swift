// One respondent's route through the interview (`qdsl simulate --answers`): every item shown, in order, with
// its answer or value, the checks that fail where they fail, the end that stops the interview, and the answers
// that were not used. A repeat lists its iterations, each with the items it asked, by instance path.

import QDSLText

/// The path of one set of answers through a form.
public struct RespondentPath: Sendable {
  public let evaluator: FormEvaluator
  public let result: FormEvaluation

  /// `seed` is the respondent's seed of shuffled orders (FormShuffle).
  public init(form: FormModel, answers: [String: AnswerValue], language: String, today: FormDate, seed: UInt64 = 0) {
    evaluator = FormEvaluator(form: form)
    result = evaluator.evaluate(answers, language: language, today: today, seed: seed)
  }

  /// The value of the variable `name` at instance path `path` as the path shows it: the code and label of an
  /// option, `missing` for no value.
  func show(_ name: String, at path: String? = nil) -> String {
    guard let value = result.values[path ?? name] else { return "missing" }
    let text = evaluator.pipeText(name, value, language: result.language)
    switch value {
    case .code(let c): return "\(c) (\(text))"
    case .codes(let set):
      let codes =
        evaluator.variables[name]?.choices.flatMap { evaluator.form.choiceList(named: $0) }
        .map { l in l.options.map(\.code).filter(set.contains) } ?? set.sorted()
      return "[\(codes.map(String.init).joined(separator: ", "))] (\(text))"
    case .text(let s): return JSON.string(s).render()
    case .ranking(let codes): return "[\(codes.map(String.init).joined(separator: ", "))] (\(text))"
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
    func answerLine(_ depth: Int, _ label: String, _ name: String, _ path: String) {
      var text = "\(label) = \(show(name, at: path))"
      if let p = invalid[path] { text += "  [invalid answer: \(p.rawValue)]" }
      if required.contains(path) { text += "  [required, unanswered]" }
      line(depth, text)
    }
    func walk(_ items: [FormItem], _ depth: Int, _ prefix: String) {
      for item in items {
        switch item {
        case .section(let s):
          guard shown.contains(prefix + s.id) else { continue }
          line(depth, "section \(s.id)")
          if let order = s.shuffle, let names = result.orders[prefix + order] {
            // In the order asked.
            line(depth + 1, "order \(prefix + order) = \(names)")
            let byName = Dictionary(s.items.map { ($0.orderName, $0) }, uniquingKeysWith: { a, _ in a })
            walk(names.split(separator: " ").compactMap { byName[String($0)] }, depth + 1, prefix)
          } else {
            walk(s.items, depth + 1, prefix)
          }
        case .question(let q):
          let path = prefix + q.id
          guard shown.contains(path) else { continue }
          answerLine(depth, "question \(path)", q.id, path)
          if let order = q.shuffle, let codes = result.orders[prefix + order] {
            line(depth + 1, "order \(prefix + order) = \(codes)")
          }
          for f in failed[path] ?? [] { line(depth + 1, "check \(f.check + 1) fails: `\(f.source)`: \(f.message)") }
        case .grid(let g):
          guard shown.contains(prefix + g.id) else { continue }
          line(depth, "grid \(prefix + g.id)")
          for r in g.rows { answerLine(depth + 1, prefix + r.id, r.id, prefix + r.id) }
        case .calculate(let c):
          let path = prefix + c.id
          guard shown.contains(path) else { continue }
          line(depth, "calculate \(path) = \(show(c.id, at: path))")
        case .note(let n):
          guard shown.contains(prefix + n.id) else { continue }
          line(depth, "note \(prefix + n.id)")
        case .conditional(let branches):
          for b in branches { walk(b.items, depth, prefix) }
        case .end(let e):
          endIndex = e.index
          if result.end?.index == e.index { line(depth, "end \(e.index + 1): \(result.end?.message ?? "")") }
        case .repeat(let r):
          let path = prefix + r.id
          guard shown.contains(path) else { continue }
          let count = result.iterations[path] ?? 0
          line(depth, "repeat \(path): \(count) iteration\(count == 1 ? "" : "s")")
          for k in 0..<count {
            let iteration = path + "[" + String(k + 1) + "]"
            var label = iteration
            if let code = result.iterationOptions[iteration] {
              let list = r.choices.flatMap { evaluator.form.choiceList(named: $0) }
              label += " = \(code) (\(evaluator.optionLabel(code, in: list, language: result.language)))"
            }
            line(depth + 1, label)
            walk(r.items, depth + 2, iteration + ".")
          }
        }
      }
    }
    _ = endIndex
    walk(evaluator.form.items, 0, "")
    if result.end == nil { out += "  (reached the last item)\n" }
    let grids = gridIDs(evaluator.form.items)
    let questions = result.shown.filter {
      let id = FormOutline.item(of: $0)
      if id.isIteration { return false }
      if case .question? = evaluator.variables[id.id]?.kind { return true }
      return grids.contains(id.id)
    }
    out += "\n\(questions.count) questions asked, \(result.failedChecks.count) failed checks, "
    out += "\(result.requiredUnanswered.count) required unanswered\n"
    let unusable = result.invalidAnswers.filter { $0.problem == .unknownVariable || $0.problem == .notAQuestion }
    for a in unusable { out += "warning: the answer to '\(a.name)' is not used: \(a.problem.rawValue)\n" }
    for name in result.ignoredAnswers { out += "note: the answer to '\(name)' is not used: it is not shown\n" }
    return out
  }

  /// The ids of every grid, in one walk.
  func gridIDs(_ items: [FormItem]) -> Set<String> {
    var out = Set<String>()
    func walk(_ items: [FormItem]) {
      for item in items {
        switch item {
        case .grid(let g): out.insert(g.id)
        case .section(let s): walk(s.items)
        case .repeat(let r): walk(r.items)
        case .conditional(let branches): for b in branches { walk(b.items) }
        case .question, .calculate, .note, .end: continue
        }
      }
    }
    walk(items)
    return out
  }

  public func json() -> String {
    var root = JSON.object([
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
        JSONObject(
          result.calculates.map {
            ($0.id, $0.value == nil ? .null : .string(show(FormOutline.item(of: $0.id).id, at: $0.id)))
          })),
    ])
    // The orders shown by shuffled questions and sections, when the form has any.
    if !result.orders.isEmpty, case .object(var members) = root {
      members["orders"] = .object(
        JSONObject(result.orders.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
      root = .object(members)
    }
    return root.render() + "\n"
  }
}
