// The reference evaluator of the form JSON: given a form and one respondent's answers, it walks the items in
// order as a collector would and says what is shown, where the interview ends, which checks fail and what every
// calculate is, following the missing-value rule and universes of docs/language.md. Needs only the JSON.

import Foundation

/// Runs a form's logic for one set of answers.
///
/// ```swift
/// let form = try FormModel.decode(json).get()
/// let result = FormEvaluator(form: form).evaluate(["staff": .number(120), "adopted": .code(2)], language: "en")
/// result.isShown("kinds")  // false
/// ```
public struct FormEvaluator: Sendable {
  public let form: FormModel
  /// The variables by name.
  public let variables: [String: FormVariable]
  private let lists: [String: FormChoiceList]
  /// The calculates in document order (computed once: `form.variables` walks the whole item tree).
  let calculateNames: [String]

  public init(form: FormModel) {
    self.form = form
    let all = form.variables
    variables = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    calculateNames = all.compactMap { v in
      if case .calculate = v.kind { return v.name }
      return nil
    }
    lists = Dictionary(form.choiceLists.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// Decodes the form JSON and evaluates it.
  public static func evaluate(
    formJSON: Data, answers: [String: AnswerValue], language: String? = nil, today: FormDate = .today()
  ) -> Result<FormEvaluation, FormDecodingError> {
    FormModel.decode(formJSON).map { FormEvaluator(form: $0).evaluate(answers, language: language, today: today) }
  }

  /// Evaluates the form for one respondent. `language` chooses the messages (default: the source language; a
  /// text without it falls back to the source language); `today` is the value of `today()`.
  public func evaluate(
    _ answers: [String: AnswerValue], language: String? = nil, today: FormDate = .today()
  ) -> FormEvaluation {
    var run = Interview(
      evaluator: self, answers: answers, language: language ?? form.languages.first ?? "", today: today)
    run.walk(form.items)
    return run.result()
  }

  /// The same walk for counting (`qdsl simulate`): messages are left empty and `ignoredAnswers` is not
  /// computed, which is most of the cost of a respondent that is not about the logic.
  package func evaluateForCounting(_ answers: [String: AnswerValue], today: FormDate) -> FormEvaluation {
    var run = Interview(evaluator: self, answers: answers, language: form.languages.first ?? "", today: today)
    run.fillsMessages = false
    run.walk(form.items)
    return run.result()
  }

  /// A text in `language`, pipes filled from `values`: a missing value pipes as the empty text.
  public func fill(_ text: FormText, language: String, values: [String: FormValue]) -> String {
    guard let template = text.template(language, fallbacks: form.languages) else { return "" }
    return FormTemplate.fill(template) { pipeText($0, values[$0], language: language) }
  }

  /// A text in the evaluation's language, filled with its final values (pipes only name earlier variables, so
  /// these are the values the respondent saw).
  public func fill(_ text: FormText, in evaluation: FormEvaluation) -> String {
    fill(text, language: evaluation.language, values: evaluation.values)
  }

  /// How a pipe shows a value: numbers as `FormValue.format` writes them, dates as `YYYY-MM-DD`, an option as its
  /// label, a set of options as their labels in list order joined by ", ", and a condition as `true` or `false`.
  public func pipeText(_ name: String, _ value: FormValue?, language: String) -> String {
    guard let value else { return "" }
    let list = variables[name]?.choices.flatMap { lists[$0] }
    func label(_ code: Int) -> String {
      guard let option = list?.option(code: code) else { return String(code) }
      return option.label.template(language, fallbacks: form.languages).map { FormTemplate.fill($0) { _ in "" } }
        ?? option.name
    }
    switch value {
    case .number(let x): return x.description
    case .text(let s): return s
    case .date(let d): return d.description
    case .bool(let b): return b ? "true" : "false"
    case .code(let c): return label(c)
    case .codes(let set):
      let ordered = list.map { l in l.options.map(\.code).filter(set.contains) } ?? set.sorted()
      return ordered.map(label).joined(separator: ", ")
    }
  }

  /// The value a respondent's answer gives the variable: nil for no answer, or the problem that makes it unusable.
  public func accept(_ answer: AnswerValue, for variable: FormVariable) -> Result<FormValue?, FormAnswerProblem> {
    switch (variable.kind, answer) {
    case (.calculate, _):
      return .failure(.notAQuestion)
    case (.question(.integer(let lo, let hi)), .number(let x)):
      guard x.isWhole else { return .failure(.notAWholeNumber) }
      // A whole number beyond 64 bits is beyond every integer question's range.
      guard let n = x.exactInteger, lo.map({ $0 <= n }) ?? true, hi.map({ n <= $0 }) ?? true else {
        return .failure(.outOfRange)
      }
      return .success(.number(.integer(n)))
    case (.question(.decimal(let lo, let hi)), .number(let x)):
      guard x.isFinite, lo.map({ .decimal($0) <= x }) ?? true, hi.map({ x <= .decimal($0) }) ?? true else {
        return .failure(.outOfRange)
      }
      return .success(.number(x))
    case (.question(.text(let max)), .text(let s)):
      if s.isEmpty { return .success(nil) }
      if let max, s.unicodeScalars.count > max { return .failure(.tooLong) }
      return .success(.text(s))
    case (.question(.date), .date(let s)):
      guard let d = FormDate(s) else { return .failure(.notADate) }
      return .success(.date(d))
    case (.question(.one(let list)), .code(let c)), (.gridRow(let list), .code(let c)):
      guard lists[list]?.option(code: c) != nil else { return .failure(.unknownOption) }
      return .success(.code(c))
    case (.question(.many(let list, _)), .codes(let set)):
      if set.isEmpty { return .success(nil) }
      guard let l = lists[list], set.allSatisfy({ l.option(code: $0) != nil }) else {
        return .failure(.unknownOption)
      }
      if set.count > 1 && set.contains(where: { l.option(code: $0)?.isExclusive == true }) {
        return .failure(.exclusiveWithOthers)
      }
      return .success(.codes(set))
    default:
      return .failure(.wrongType)
    }
  }
}

/// The state of one interview while the items are walked in order.
private struct Interview {
  let evaluator: FormEvaluator
  let answers: [String: AnswerValue]
  let language: String
  var expressions: FormExpressionEvaluator
  var shown: [String] = []
  var end: FormEndReached?
  var failedChecks: [FormFailedCheck] = []
  var requiredUnanswered: [String] = []
  var invalidAnswers: [FormInvalidAnswer] = []
  /// Variables that were shown (questions, grid rows) or computed (calculates).
  var reached = Set<String>()
  /// False when counting: messages stay empty and ignored answers are not listed.
  var fillsMessages = true

  init(evaluator: FormEvaluator, answers: [String: AnswerValue], language: String, today: FormDate) {
    self.evaluator = evaluator
    self.answers = answers
    self.language = language
    var values: [String: FormValue] = [:]
    values.reserveCapacity(evaluator.variables.count)
    expressions = FormExpressionEvaluator(values: values, today: today)
    reached.reserveCapacity(evaluator.variables.count)
  }

  func fill(_ text: FormText) -> String {
    guard fillsMessages else { return "" }
    return evaluator.fill(text, language: language, values: expressions.values)
  }

  /// Walks items until the end of the list or an `end` that fires.
  mutating func walk(_ items: [FormItem]) {
    for item in items {
      if end != nil { return }
      switch item {
      case .section(let s):
        shown.append(s.id)
        walk(s.items)
      case .question(let q):
        shown.append(q.id)
        answer(q.id, required: q.isRequired)
        if expressions.values[q.id] != nil {
          for (i, check) in q.checks.enumerated() where !expressions.holds(check.condition) {
            failedChecks.append(
              FormFailedCheck(question: q.id, check: i, source: check.source, message: fill(check.message)))
          }
        }
      case .grid(let g):
        shown.append(g.id)
        for row in g.rows { answer(row.id, required: g.isRequired) }
      case .calculate(let c):
        shown.append(c.id)
        reached.insert(c.id)
        expressions.values[c.id] = expressions.value(c.formula)
      case .note(let n):
        shown.append(n.id)
      case .conditional(let branches):
        if let taken = branches.first(where: { $0.condition.map(expressions.holds) ?? true }) { walk(taken.items) }
      case .end(let e):
        end = FormEndReached(index: e.index, message: fill(e.message))
      }
    }
  }

  /// Records the answer to a shown question or grid row.
  mutating func answer(_ name: String, required: Bool) {
    reached.insert(name)
    var value: FormValue?
    if let given = answers[name], let variable = evaluator.variables[name] {
      switch evaluator.accept(given, for: variable) {
      case .success(let v): value = v
      case .failure(let problem): invalidAnswers.append(FormInvalidAnswer(name: name, problem: problem))
      }
    }
    expressions.values[name] = value
    if value == nil && required { requiredUnanswered.append(name) }
  }

  func result() -> FormEvaluation {
    var invalid = invalidAnswers
    var ignored: [String] = []
    for name in fillsMessages ? answers.keys.sorted() : [] {
      switch evaluator.variables[name]?.kind {
      case nil: invalid.append(FormInvalidAnswer(name: name, problem: .unknownVariable))
      case .calculate: invalid.append(FormInvalidAnswer(name: name, problem: .notAQuestion))
      case .question, .gridRow: if !reached.contains(name) { ignored.append(name) }
      }
    }
    let calculates = evaluator.calculateNames.map { FormCalculateValue(id: $0, value: expressions.values[$0]) }
    return FormEvaluation(
      language: language, shown: shown, end: end, failedChecks: failedChecks, requiredUnanswered: requiredUnanswered,
      invalidAnswers: invalid, ignoredAnswers: ignored, calculates: calculates, values: expressions.values)
  }
}
