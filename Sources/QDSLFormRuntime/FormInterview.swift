// One interview of the reference evaluator: the items walked in order, each repeat's iterations in turn (with
// their frames as the context of names and pipes), the answers read by instance path, and the result collected.

import QDSLText

/// The state of one interview while the items are walked in order.
struct Interview {
  let evaluator: FormEvaluator
  var answers: FormNameMap<AnswerValue>
  let language: String
  var expressions: FormExpressionEvaluator
  var shown: [String] = []
  /// False when the caller does not read `shown` (checking data, which walks again the few records that need it):
  /// the items shown are not listed.
  let listsShown: Bool
  var end: FormEndReached?
  var failedChecks: [FormFailedCheck] = []
  var requiredUnanswered: [String] = []
  var invalidAnswers: [FormInvalidAnswer] = []
  /// The paradata and sample variables noted (only the answers' keys are ever looked up).
  var reached = Set<String>()
  /// The questions and grid rows shown with an answer, by instance path: a list, not a set, as a walk reaches
  /// each path once (an item's id is unique, an iteration's prefix too); made a set only when an answer was not
  /// used.
  var answered: [String] = []
  /// False when counting: messages stay empty and ignored answers are not listed.
  var fillsMessages = true {
    didSet { listsIgnored = fillsMessages }
  }
  /// Whether the variables reached are noted and the answers to the others listed as ignored (checking data:
  /// without messages, with ignored answers).
  var listsIgnored = true
  /// How many keys of `answers` were noted in `reached` or `answered` when used: questions and grid rows shown with an answer,
  /// paradata and sample variables given. When that is every key, no answer is ignored, unknown or a calculate's,
  /// and `result` need not look at each (a hash lookup or three per answer); `looksAtEveryAnswer` makes it look.
  var answersReached = 0
  var looksAtEveryAnswer = false
  /// For a random respondent: the drawer that answers each repeated question when it is reached, and its
  /// generator.
  var drawer: RandomRespondent?
  var random = SplitMix64(seed: 0)
  /// False when the caller has no use for the answers drawn (`qdsl simulate` counting): they are not stored.
  var keepsDrawnAnswers = true
  /// The respondent's seed of shuffled orders (FormShuffle), and the orders shown, by the order variable's path.
  var seed: UInt64 = 0
  var orders: [String: String] = [:]
  /// The variant shown for each item shown with one, and the questions that took their default.
  var textVariants: [String: Int] = [:]
  var defaulted: [String] = []

  init(
    evaluator: FormEvaluator, answers: FormNameMap<AnswerValue>, language: String, today: FormDate,
    collector: FormCollector = FormCollector(), listsShown: Bool = true
  ) {
    self.evaluator = evaluator
    self.listsShown = listsShown
    self.answers = answers
    self.language = language
    // Inside repeats a variable has a value per iteration: room for a few.
    let room = evaluator.variables.count * (evaluator.scope.hasRepeats ? 4 : 1)
    let values = FormNameMap<FormValue>(minimumCapacity: room)
    expressions = FormExpressionEvaluator(values: values, today: today, scope: evaluator.scope)
    if listsShown { shown.reserveCapacity(room) }
    answered.reserveCapacity(answers.count)
    fillParadata(today: today, collector: collector)
    fillSamples()
  }

  /// The sample variables, as the sample file gives them before the first item: a value given with the answers
  /// (from the answers file or the respondent's sample row); missing when not given.
  mutating func fillSamples() {
    for sample in evaluator.form.samples {
      if reached.insert(sample.variable).inserted && answers[sample.variable] != nil { answersReached += 1 }
      guard let given = answers[sample.variable] else { continue }
      switch evaluator.accept(given, kind: .sample(sample.type)) {
      case .success(let v): expressions.values[sample.variable] = v
      case .failure(let problem): invalidAnswers.append(FormInvalidAnswer(name: sample.variable, problem: problem))
      }
    }
  }

  /// The paradata, as the collector fills them before the first item: a value given with the answers (as a
  /// collector hands it in), else the clock's (`start` and `end`: `collector.now`; without a clock, midnight of
  /// `today` for `start` and the start for `end`; `today`: the date) and the device's (`device`, `user`: missing
  /// unless the collector knows them).
  mutating func fillParadata(today: FormDate, collector: FormCollector) {
    // The start as given, for an `end` without a clock: an interview never ends before it starts.
    var start: FormDateTime?
    for p in evaluator.form.paradata where p.kind == .start {
      if let given = answers[p.variable],
        case .success(.datetime(let t)?) = evaluator.accept(given, kind: .paradata(.start))
      {
        start = t
      }
    }
    for p in evaluator.form.paradata {
      if reached.insert(p.variable).inserted && answers[p.variable] != nil { answersReached += 1 }
      if let given = answers[p.variable] {
        switch evaluator.accept(given, kind: .paradata(p.kind)) {
        case .success(let v):
          expressions.values[p.variable] = v
          continue
        case .failure(let problem):
          invalidAnswers.append(FormInvalidAnswer(name: p.variable, problem: problem))
        }
      }
      let now = collector.now ?? .midnight(today)
      switch p.kind {
      case .start: expressions.values[p.variable] = .datetime(now)
      case .end: expressions.values[p.variable] = .datetime(collector.now ?? start ?? now)
      case .today: expressions.values[p.variable] = .date(today)
      case .device: expressions.values[p.variable] = collector.device.map(FormValue.text)
      case .user: expressions.values[p.variable] = collector.user.map(FormValue.text)
      }
    }
  }

  func fill(_ text: FormText) -> String {
    guard fillsMessages else { return "" }
    return evaluator.fill(text, language: language, in: expressions)
  }

  /// Walks items until the end of the list or an `end` that fires.
  mutating func walk(_ items: [FormWalkItem]) {
    // The prefix of the instance paths here: empty outside repeats.
    let prefix = expressions.frames.last?.prefix ?? ""
    func at(_ id: String) -> String { prefix.isEmpty ? id : prefix + id }
    for item in items {
      if end != nil { return }
      switch item {
      case .section(let s, let children):
        if listsShown { shown.append(at(s.id)) }
        if let order = s.shuffle {
          let positions = FormShuffle.order(count: s.items.count, seed: seed, path: at(s.id)) { _ in false }
          orders[at(order)] = positions.map { s.items[$0].orderName }.joined(separator: " ")
          walk(positions.map { children[$0] })
        } else {
          walk(children)
        }
      case .question(let node):
        // The question's parts are read in place (`node.question.id`): binding the question would copy it.
        let path = at(node.question.id)
        let offered = offeredCodes(node.question.type.choices, filter: node.question.filter)
        // A question with no option to offer is skipped (docs/language.md, "Cascading and conditional options").
        if offered?.isEmpty == true { continue }
        if listsShown { shown.append(path) }
        if let order = node.question.shuffle, let options = evaluator.optionOrder(node.question, seed: seed, path: path)
        {
          orders[at(order)] = options.map { String($0.code) }.joined(separator: " ")
        }
        if !node.question.variants.isEmpty { chooseVariant(node.question.variants, path) }
        let answered = answer(
          node.question.id, path, required: node.question.isRequired, type: node.question.type, offered: offered,
          default: node.question.defaultValue, pathHash: prefix.isEmpty ? node.idHash : nil)
        if !node.question.checks.isEmpty, answered {
          for (i, check) in node.question.checks.enumerated() where !expressions.holds(check.condition) {
            failedChecks.append(
              FormFailedCheck(
                question: path, check: i, source: check.source, message: fill(check.message), isSoft: check.isSoft))
          }
        }
      case .grid(let g, let rowHashes):
        let offered = offeredCodes(g.choices, filter: nil)
        if offered?.isEmpty == true { continue }
        if listsShown { shown.append(at(g.id)) }
        if !g.variants.isEmpty { chooseVariant(g.variants, at(g.id)) }
        for (row, hash) in zip(g.rows, rowHashes) {
          answer(row.id, at(row.id), required: g.isRequired, offered: offered, pathHash: prefix.isEmpty ? hash : nil)
        }
      case .calculate(let c):
        let path = at(c.id)
        if listsShown { shown.append(path) }
        // A walk reaches each path once: a missing value need not be stored (nor looked up to be removed).
        if let value = expressions.value(c.formula) { expressions.values[path] = value }
      case .note(let n):
        if listsShown { shown.append(at(n.id)) }
        if !n.variants.isEmpty { chooseVariant(n.variants, at(n.id)) }
      case .conditional(let branches):
        // A plain loop: `expressions.holds` as a closure would copy the evaluator (and retain all it holds).
        for branch in branches {
          if let condition = branch.condition, !expressions.holds(condition) { continue }
          walk(branch.items)
          break
        }
      case .end(let e):
        end = FormEndReached(index: e.index, message: fill(e.message))
      case .repeat(let r, let children):
        walkRepeat(r, children, at(r.id))
      }
    }
  }

  /// Runs the iterations of a repeat reached at instance path `path`; `items` are its items.
  mutating func walkRepeat(_ r: FormRepeat, _ items: [FormWalkItem], _ path: String) {
    if listsShown { shown.append(path) }
    guard let level = evaluator.scope.levels[r.id] else { return }
    var options: [Int?] = []
    switch r.driver {
    case .count(let e, _):
      var n = 0
      if case .number(let x)? = expressions.value(e) {
        n = x.exactInteger ?? (x.double.isFinite ? Int(max(-1e18, min(1e18, x.double.rounded(.down)))) : 0)
      }
      options = Array(repeating: nil, count: max(0, min(n, r.max)))
    case .question(let q, let list):
      if case .codes(let chosen)? = expressions.value(.variable(q)) {
        options = (evaluator.lists[list]?.options ?? []).lazy.map(\.code).filter(chosen.contains).prefix(r.max).map {
          $0
        }
      }
    case .choices(let list):
      options = (evaluator.lists[list]?.options ?? []).prefix(r.max).map { $0.code }
    case .repeat(let s):
      if let source = evaluator.scope.levels[s] {
        let count = expressions.iterations[evaluator.scope.sourcePrefix(source, parents: expressions.frames) + s] ?? 0
        options = Array(repeating: nil, count: min(count, r.max))
      }
    case .while(let condition, _):
      expressions.iterations[path] = 0
      var k = 0
      while k < r.max && end == nil {
        k += 1
        expressions.iterations[path] = k
        if !iterate(level, items, path, k, option: nil, continuing: condition) { break }
      }
      return
    }
    expressions.iterations[path] = options.count
    for (i, option) in options.enumerated() {
      if end != nil { return }
      if let option { expressions.iterationOptions[path + "[" + String(i + 1) + "]"] = option }
      iterate(level, items, path, i + 1, option: option)
    }
  }

  /// Walks the items (`items`) of iteration `index` of a repeat reached at instance path `path`; returns whether
  /// `continuing` (a `while` condition) holds at its end.
  @discardableResult
  mutating func iterate(
    _ level: FormRepeatLevel, _ items: [FormWalkItem], _ path: String, _ index: Int, option: Int?,
    continuing: FormExpr? = nil
  ) -> Bool {
    let frame = evaluator.scope.frame(level, index, parents: expressions.frames, option: option)
    if listsShown { shown.append(frame.path) }
    expressions.iterationFrames[path, default: []].append(frame)
    expressions.frames.append(frame)
    walk(items)
    var more = false
    if end == nil, let continuing { more = expressions.holds(continuing) }
    expressions.frames.removeLast()
    return more
  }

  /// Notes the first variant whose condition holds for the item shown at `path` (none: the plain text).
  mutating func chooseVariant(_ variants: [FormTextVariant], _ path: String) {
    for (i, variant) in variants.enumerated() where expressions.holds(variant.condition) {
      textVariants[path] = i
      return
    }
  }

  /// The answer a question's default gives where it is shown: nil when the default's value is missing. A list of
  /// options (the default of a `many of`) is the set of their codes; one option of a `many of` is a set of one.
  func defaultAnswer(_ d: FormDefault, type: FormQuestionType?) -> AnswerValue? {
    if case .apply(.list, let items) = d.value {
      var codes = Set<Int>()
      for item in items {
        if case .code(let c)? = expressions.value(item) { codes.insert(c) }
      }
      return codes.isEmpty ? nil : .codes(codes)
    }
    switch expressions.value(d.value) {
    case .number(let x)?: return .number(x)
    case .text(let t)?: return .text(t)
    case .date(let day)?: return .date(day.description)
    case .time(let t)?: return .time(t.description)
    case .datetime(let t)?: return .datetime(t.description)
    case .code(let c)?:
      if case .many? = type { return .codes([c]) }
      return .code(c)
    case .codes(let set)?: return .codes(set)
    case .ranking(let codes)?: return .ranking(codes)
    case .bool?, nil: return nil
    }
  }

  /// Records the answer to a shown question (of type `type`) or grid row `name` at instance path `path`. A question
  /// without an answer takes its default, when it has one (the respondent kept what was filled in). Returns whether
  /// the question has a value. `pathHash` is the path's `FormNameHash`, when the caller keeps it.
  @discardableResult
  mutating func answer(
    _ name: String, _ path: String, required: Bool, type: FormQuestionType? = nil, offered: Set<Int>? = nil,
    default: FormDefault? = nil, pathHash: UInt64? = nil
  ) -> Bool {
    let hash = pathHash ?? FormNameHash.of(path)
    var value: FormValue?
    var given = answers[path, hash: hash]
    var stored = given != nil
    // Inside an iteration (a repeated question), or from the options offered now, a random respondent's answer is
    // drawn now.
    if given == nil, let drawer, !expressions.frames.isEmpty || offered != nil,
      let drawn = drawer.draw(name, offered: offered, &random)
    {
      if keepsDrawnAnswers {
        answers[path, hash: hash] = drawn
        stored = true
      }
      given = drawn
    }
    // Only a path with an answer is ever looked up (the answers' keys are): the others are not noted.
    if listsIgnored && stored {
      answered.append(path)
      answersReached += 1
    }
    // A question is its own variable when no two variables share a name (always, in a compiled form).
    let kind = type.flatMap { evaluator.namesAreUnique ? FormVariable.Kind.question($0) : nil }
    if given == nil, let d = `default`, let filled = defaultAnswer(d, type: type),
      let kind = kind ?? evaluator.variables[name]?.kind, case .success(let v?) = evaluator.accept(filled, kind: kind)
    {
      // A default that is not a valid answer here (out of range, say) fills in nothing.
      defaulted.append(path)
      value = v
    } else if let given, let kind = kind ?? evaluator.variables[name]?.kind {
      switch evaluator.accept(given, kind: kind) {
      case .success(let v): value = v
      case .failure(let problem): invalidAnswers.append(FormInvalidAnswer(name: path, problem: problem))
      }
    }
    if let offered, let v = value, let kept = Self.keep(v, offered: offered) {
      invalidAnswers.append(FormInvalidAnswer(name: path, problem: .notOffered))
      value = kept
    }
    // A walk reaches each path once: a missing value need not be stored (nor looked up to be removed).
    guard let value else {
      if required { requiredUnanswered.append(path) }
      return false
    }
    expressions.values[path, hash: hash] = value
    return true
  }

  func result() -> FormEvaluation {
    var invalid = invalidAnswers
    var ignored: [String] = []
    // In the answers' name order; only the few listed are sorted, not every answer.
    var unusable: [FormInvalidAnswer] = []
    if listsIgnored && (looksAtEveryAnswer || answersReached < answers.count) {
      let reached = reached.union(answered)
      for path in answers.keys {
        guard let (name, steps) = FormInstancePath.split(path), let variable = evaluator.variables[name],
          variable.repeats.elementsEqual(steps.lazy.map(\.repeat))
        else {
          unusable.append(FormInvalidAnswer(name: path, problem: .unknownVariable))
          continue
        }
        switch variable.kind {
        case .calculate: unusable.append(FormInvalidAnswer(name: path, problem: .notAQuestion))
        case .paradata, .sample: break
        case .question, .gridRow: if !reached.contains(path) { ignored.append(path) }
        }
      }
    }
    ignored.sort()
    invalid += unusable.sorted { $0.name < $1.name }
    let calculates: [FormCalculateValue]
    if evaluator.scope.hasRepeats {
      var out: [FormCalculateValue] = []
      listCalculates(evaluator.calculateOutline, prefix: "", into: &out)
      calculates = out
    } else {
      calculates = evaluator.calculateNames.map { FormCalculateValue(id: $0, value: expressions.values[$0]) }
    }
    return FormEvaluation(
      language: language, shown: shown, end: end, failedChecks: failedChecks, requiredUnanswered: requiredUnanswered,
      invalidAnswers: invalid, ignoredAnswers: ignored, calculates: calculates, values: expressions.values,
      iterations: expressions.iterations, iterationOptions: expressions.iterationOptions, orders: orders,
      textVariants: textVariants, defaulted: defaulted)
  }

  /// Every calculate in document order; a repeated one once per iteration that ran, in the iterations' order.
  func listCalculates(_ entries: [FormEvaluator.CalculateEntry], prefix: String, into out: inout [FormCalculateValue]) {
    for entry in entries {
      switch entry {
      case .calculate(let id):
        let path = prefix + id
        out.append(FormCalculateValue(id: path, value: expressions.values[path]))
      case .repeat(let id, let inner):
        let count = expressions.iterations[prefix + id] ?? 0
        for k in 0..<count { listCalculates(inner, prefix: prefix + id + "[" + String(k + 1) + "].", into: &out) }
      }
    }
  }
}
