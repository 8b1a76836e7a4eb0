// The reference evaluator of the form JSON: given a form and one respondent's answers, it walks the items in
// order as a collector would and says what is shown, where the interview ends, which checks fail and what every
// calculate is, following the missing-value rule and universes of docs/language.md. Repeats run their items once
// per iteration, with answers and values keyed by instance paths (`person[2].age`). Needs only the JSON.

import Foundation
import QDSLText

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
  /// The choice lists by name (a cheap hash: a choice answer looks its list up).
  let lists: FormNameMap<FormChoiceList>
  /// The calculates in document order (computed once: `form.variables` walks the whole item tree).
  let calculateNames: [String]
  /// The calculates and repeats in document order, for listing each repeated calculate once per iteration.
  let calculateOutline: [CalculateEntry]
  /// The repeats and repeated variables.
  let scope: FormScope
  /// The items as the interview walks them.
  let walkItems: [FormWalkItem]
  /// Whether no two variables share a name (so a question's own type is its variable's).
  let namesAreUnique: Bool
  /// The lists with an option condition: a question or grid answered from one offers only some options.
  let conditionedLists: Set<String>

  /// A calculate, or a repeat with the calculates inside it.
  enum CalculateEntry: Sendable {
    case calculate(String)
    case `repeat`(String, [CalculateEntry])
  }

  public init(form: FormModel) {
    self.form = form
    let all = form.variables
    variables = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    namesAreUnique = variables.count == all.count
    calculateNames = all.compactMap { v in
      if case .calculate = v.kind { return v.name }
      return nil
    }
    lists = FormNameMap(form.choiceLists.map { ($0.name, $0) })
    conditionedLists = Set(form.choiceLists.filter { $0.options.contains { $0.condition != nil } }.map(\.name))
    scope = FormScope(form: form, variables: all)
    walkItems = FormWalkItem.make(form.items)
    func outline(_ items: [FormItem]) -> [CalculateEntry] {
      items.flatMap { item -> [CalculateEntry] in
        switch item {
        case .calculate(let c): return [.calculate(c.id)]
        case .section(let s): return outline(s.items)
        case .conditional(let branches): return branches.flatMap { outline($0.items) }
        case .repeat(let r):
          // A repeat without calculates lists nothing: its iterations need not be visited.
          let inner = outline(r.items)
          return inner.isEmpty ? [] : [.repeat(r.id, inner)]
        case .question, .grid, .note, .end: return []
        }
      }
    }
    calculateOutline = scope.hasRepeats ? outline(form.items) : []
  }

  /// Decodes the form JSON and evaluates it.
  public static func evaluate(
    formJSON: Data, answers: [String: AnswerValue], language: String? = nil, today: FormDate = .today()
  ) -> Result<FormEvaluation, FormDecodingError> {
    FormModel.decode(formJSON).map { FormEvaluator(form: $0).evaluate(answers, language: language, today: today) }
  }

  /// Evaluates the form for one respondent. `language` chooses the messages (default: the source language; a
  /// text without it falls back to the source language); `today` is the value of `today()`.
  /// `seed` is the respondent's seed of shuffled orders (FormShuffle); `collector` fills the paradata that the
  /// answers do not give (see `FormCollector`).
  public func evaluate(
    _ answers: [String: AnswerValue], language: String? = nil, today: FormDate = .today(), seed: UInt64 = 0,
    collector: FormCollector = FormCollector()
  ) -> FormEvaluation {
    var run = Interview(
      evaluator: self, answers: FormNameMap(answers), language: language ?? form.languages.first ?? "", today: today,
      collector: collector)
    run.seed = seed
    run.walk(walkItems)
    return run.result()
  }

  /// The same walk for counting (`qdsl simulate`): messages are left empty and `ignoredAnswers` is not
  /// computed, which is most of the cost of a respondent that is not about the logic.
  package func evaluateForCounting(_ answers: [String: AnswerValue], today: FormDate, seed: UInt64 = 0)
    -> FormEvaluation
  {
    var run = Interview(
      evaluator: self, answers: FormNameMap(answers), language: form.languages.first ?? "", today: today)
    run.seed = seed
    run.fillsMessages = false
    run.walk(walkItems)
    return run.result()
  }

  /// The same walk for checking data (`qdsl validate-data`): everything `evaluate` says (ignored answers included)
  /// but the messages of failed checks and ends, which are left empty: filling them is a large part of a record's
  /// cost, and a data check does not show them.
  public func evaluateForData(_ answers: [String: AnswerValue], today: FormDate, seed: UInt64 = 0) -> FormEvaluation {
    evaluateForData(FormNameMap(answers), today: today, seed: seed, looksAtEveryAnswer: false)
  }

  /// `evaluateForData` with the answers in a `FormNameMap`, as `qdsl validate-data` reads them (no dictionary).
  /// With `listsShown` false, `shown` is left empty (listing every item shown is a large part of a record's cost):
  /// evaluate again with it true when a record needs it.
  public func evaluateForData(
    _ answers: FormNameMap<AnswerValue>, today: FormDate, seed: UInt64 = 0, listsShown: Bool = true
  ) -> FormEvaluation {
    evaluateForData(answers, today: today, seed: seed, looksAtEveryAnswer: false, listsShown: listsShown)
  }

  /// `evaluateForData`, looking at every answer for ignored ones even when each was used (for tests).
  func evaluateForData(
    _ answers: FormNameMap<AnswerValue>, today: FormDate, seed: UInt64, looksAtEveryAnswer: Bool,
    listsShown: Bool = true
  ) -> FormEvaluation {
    var run = Interview(
      evaluator: self, answers: answers, language: form.languages.first ?? "", today: today, listsShown: listsShown)
    run.seed = seed
    run.fillsMessages = false
    run.listsIgnored = true
    run.looksAtEveryAnswer = looksAtEveryAnswer
    run.walk(walkItems)
    return run.result()
  }

  /// A random respondent (`qdsl simulate`): the answers outside repeats are `answers`; each repeated question is
  /// answered by `drawer` from `random` when an iteration reaches it, in the order asked. Returns the evaluation
  /// (counting only, unless `fillsMessages`) and every answer used, repeated ones by instance path.
  /// With `keepsAnswers` false (counting only), the answers returned are `answers`, without the drawn ones.
  package func evaluateDrawing(
    _ answers: [String: AnswerValue], drawer: RandomRespondent, random: inout SplitMix64, today: FormDate,
    language: String? = nil, fillsMessages: Bool = false, keepsAnswers: Bool = true, seed: UInt64 = 0
  ) -> (result: FormEvaluation, answers: FormNameMap<AnswerValue>) {
    var run = Interview(
      evaluator: self, answers: FormNameMap(answers), language: language ?? form.languages.first ?? "", today: today)
    run.seed = seed
    run.fillsMessages = fillsMessages
    run.keepsDrawnAnswers = keepsAnswers || fillsMessages
    run.drawer = drawer
    run.random = random
    run.walk(walkItems)
    random = run.random
    return (run.result(), run.answers)
  }

  /// The options of a question with options in the order shown: shuffled (FormShuffle, `fixed` options staying in
  /// place) when the question shuffles them, else in the list's order. Nil for a question without options.
  public func optionOrder(_ q: FormQuestion, seed: UInt64, path: String) -> [FormOption]? {
    let choices: String
    switch q.type {
    case .one(let c), .many(let c, _), .rank(let c, _): choices = c
    default: return nil
    }
    guard let options = lists[choices]?.options else { return nil }
    guard q.shuffle != nil else { return options }
    return FormShuffle.order(count: options.count, seed: seed, path: path) { options[$0].isFixed }.map { options[$0] }
  }

  /// A text in `language`, pipes filled from `values`: a missing value pipes as the empty text.
  public func fill(_ text: FormText, language: String, values: [String: FormValue]) -> String {
    fill(text, language: language, values: FormNameMap(values))
  }

  /// A text in `language`, pipes filled from `values`: a missing value pipes as the empty text.
  public func fill(_ text: FormText, language: String, values: FormNameMap<FormValue>) -> String {
    guard let template = text.template(language, fallbacks: form.languages) else { return "" }
    return FormTemplate.fill(template) { pipeText($0, values[$0], language: language) }
  }

  /// A text in the evaluation's language, filled with its final values (pipes only name earlier variables, so
  /// these are the values the respondent saw). A text of a repeated item is filled in the iteration `iteration`
  /// names (`person[2]`, `person[2].other[1]`); a path of no iteration that ran fills the text as outside repeats.
  public func fill(_ text: FormText, in evaluation: FormEvaluation, iteration: String = "") -> String {
    guard !iteration.isEmpty else { return fill(text, language: evaluation.language, values: evaluation.values) }
    var ex = FormExpressionEvaluator(values: evaluation.values, today: .today(), scope: scope)
    ex.iterations = evaluation.iterations
    ex.iterationOptions = evaluation.iterationOptions
    ex.frames =
      scope.frames(at: iteration, iterations: evaluation.iterations, options: evaluation.iterationOptions) ?? []
    return fill(text, language: evaluation.language, in: ex)
  }

  /// A text filled in the iterations of `ex`: a pipe names a variable of the current iteration or outside
  /// repeats, `R.index`, `R` (the option of a `for each` over options), `R.NAME` (a variable of R's `for each`
  /// source at the instance R's iteration stands for, or of R itself).
  func fill(_ text: FormText, language: String, in ex: FormExpressionEvaluator) -> String {
    guard let template = text.template(language, fallbacks: form.languages) else { return "" }
    if ex.frames.isEmpty { return FormTemplate.fill(template) { pipeText($0, ex.values[$0], language: language) } }
    return FormTemplate.fill(template) { pipe($0, ex, language: language) }
  }

  /// The text of one pipe inside an iteration.
  func pipe(_ name: String, _ ex: FormExpressionEvaluator, language: String) -> String {
    if variables[name] != nil { return pipeText(name, ex.value(.variable(name)), language: language) }
    if let dot = name.firstIndex(of: ".") {
      let head = String(name[..<dot])
      let tail = String(name[name.index(after: dot)...])
      if let level = scope.levels[head], let frame = ex.frame(head) {
        if tail == "index" { return String(frame.index) }
        if case .repeat(let source) = level.repeat.driver, variables[tail]?.repeats.last == source {
          return pipeText(tail, ex.value(.instance(variable: tail, repeat: head)), language: language)
        }
        if variables[tail] != nil { return pipeText(tail, ex.value(.variable(tail)), language: language) }
      }
      return ""
    }
    if let list = scope.levels[name]?.repeat.choices, let code = ex.frame(name)?.option {
      return optionLabel(code, in: lists[list], language: language)
    }
    return ""
  }

  /// An option's label in `language` (its pipes left empty), or its name, or its code when the list lacks it.
  func optionLabel(_ code: Int, in list: FormChoiceList?, language: String) -> String {
    guard let option = list?.option(code: code) else { return String(code) }
    return option.label.template(language, fallbacks: form.languages).map { FormTemplate.fill($0) { _ in "" } }
      ?? option.name
  }

  /// How a pipe shows a value: numbers as `FormValue.format` writes them, dates as `YYYY-MM-DD`, an option as its
  /// label, a set of options as their labels in list order joined by ", ", and a condition as `true` or `false`.
  public func pipeText(_ name: String, _ value: FormValue?, language: String) -> String {
    guard let value else { return "" }
    let list = variables[name]?.choices.flatMap { lists[$0] }
    func label(_ code: Int) -> String { optionLabel(code, in: list, language: language) }
    switch value {
    case .number(let x): return x.description
    case .text(let s): return s
    case .date(let d): return d.description
    case .time(let t): return t.description
    case .datetime(let t): return t.display
    case .bool(let b): return b ? "true" : "false"
    case .code(let c): return label(c)
    case .codes(let set):
      let ordered = list.map { l in l.options.map(\.code).filter(set.contains) } ?? set.sorted()
      return ordered.map(label).joined(separator: ", ")
    case .ranking(let codes): return codes.map(label).joined(separator: ", ")
    }
  }

  /// The value a respondent's answer gives the variable: nil for no answer, or the problem that makes it unusable.
  public func accept(_ answer: AnswerValue, for variable: FormVariable) -> Result<FormValue?, FormAnswerProblem> {
    accept(answer, kind: variable.kind)
  }

  /// The value an answer gives a variable of kind `kind`, or the problem that makes it unusable.
  func accept(_ answer: AnswerValue, kind: FormVariable.Kind) -> Result<FormValue?, FormAnswerProblem> {
    accept(answer, kind: kind, list: Self.listName(kind).flatMap { lists[$0] })
  }

  /// How answers of a variable are accepted, its choice list looked up once: for a reader that accepts many
  /// answers of the same variables (a data file's columns).
  package func acceptance(of variable: FormVariable) -> FormAcceptance {
    FormAcceptance(kind: variable.kind, list: Self.listName(variable.kind).flatMap { lists[$0] })
  }

  /// `accept(_:for:)` with the variable's acceptance.
  package func accept(_ answer: AnswerValue, _ acceptance: FormAcceptance) -> Result<FormValue?, FormAnswerProblem> {
    accept(answer, kind: acceptance.kind, list: acceptance.list)
  }

  /// The choice list a variable of kind `kind` answers from.
  static func listName(_ kind: FormVariable.Kind) -> String? {
    switch kind {
    case .gridRow(let list), .question(.one(let list)), .question(.many(let list, _)), .question(.rank(let list, _)),
      .sample(.one(let list)), .sample(.many(let list, _)), .sample(.rank(let list, _)):
      return list
    default: return nil
    }
  }

  /// The value an answer gives a variable of kind `kind` answered from `list` (its choice list, if any).
  private func accept(_ answer: AnswerValue, kind: FormVariable.Kind, list choices: FormChoiceList?)
    -> Result<FormValue?, FormAnswerProblem>
  {
    switch (kind, answer) {
    case (.calculate, _):
      return .failure(.notAQuestion)
    case (.sample(let type), _):
      return accept(answer, kind: .question(type), list: choices)
    case (.question(.time), .time(let s)):
      guard let t = FormTime(s) else { return .failure(.notATime) }
      return .success(.time(t))
    case (.question(.datetime), .datetime(let s)), (.paradata(.start), .datetime(let s)),
      (.paradata(.end), .datetime(let s)):
      guard let t = FormDateTime(s) else { return .failure(.notATime) }
      return .success(.datetime(t))
    case (.paradata(.today), .date(let s)):
      guard let d = FormDate(s) else { return .failure(.notADate) }
      return .success(.date(d))
    case (.paradata(.device), .text(let s)), (.paradata(.user), .text(let s)):
      return .success(s.isEmpty ? nil : .text(s))
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
    case (.question(.one), .code(let c)), (.gridRow, .code(let c)):
      guard choices?.hasOption(code: c) == true else { return .failure(.unknownOption) }
      return .success(.code(c))
    case (.question(.many), .codes(let set)):
      if set.isEmpty { return .success(nil) }
      guard let l = choices, set.allSatisfy({ l.hasOption(code: $0) }) else {
        return .failure(.unknownOption)
      }
      if set.count > 1
        && set.contains(where: { c in l.options.firstIndex { $0.code == c }.map { l.options[$0].isExclusive } == true })
      {
        return .failure(.exclusiveWithOthers)
      }
      return .success(.codes(set))
    case (.question(.rank), .ranking(let codes)):
      if codes.isEmpty { return .success(nil) }
      guard let l = choices, codes.allSatisfy({ l.hasOption(code: $0) }) else {
        return .failure(.unknownOption)
      }
      // Every option once: a complete ranking (docs/language.md).
      guard codes.count == l.options.count, Set(codes).count == codes.count else { return .failure(.incompleteRanking) }
      return .success(.ranking(codes))
    default:
      return .failure(.wrongType)
    }
  }
}

/// How answers of one variable are accepted: its kind and its choice list, looked up once
/// (`FormEvaluator.acceptance(of:)`). A class: a reader copies it per cell, and a reference is one count.
package final class FormAcceptance: Sendable {
  package let kind: FormVariable.Kind
  let list: FormChoiceList?

  init(kind: FormVariable.Kind, list: FormChoiceList?) {
    self.kind = kind
    self.list = list
  }
}
