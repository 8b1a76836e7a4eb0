// The options a question offers: option conditions read answers asked before every question using the list, and a
// filter or the conditions that can leave no option for some reachable answer are warnings (QD4016, QD4017).
// Linear in the options: a filter's conjuncts that read no answer are evaluated once per option, and for the
// cascading conjunct `option.ATTR == ANSWER` the surviving options are counted per attribute value in one pass.

import QDSLSyntax

/// The value of an expression about one candidate option when it reads no answer.
private enum StaticValue: Equatable {
  case number(Double)
  case text(String)
  /// An option of a list, by list and index.
  case option(ListID, Int)
  case boolean(Bool)
}

extension CheckerState {
  mutating func checkOfferedOptions() {
    checkConditionOrder()
    var filtered = Set<VariableID>()
    for f in loweredFilters {
      filtered.insert(f.question)
      checkFilter(f)
    }
    // Questions and grids whose list has option conditions but no filter (each list looked at once: when every
    // option has a condition, and they are few enough to reason about).
    let candidates = survey.lists.map { list -> [Int]? in
      guard list.options.count <= Satisfiability.maxFacts, list.options.allSatisfy({ $0.condition != nil }) else {
        return nil
      }
      return Array(list.options.indices)
    }
    for v in survey.variables.indices where !filtered.contains(v) {
      guard let l = listOfAskedVariable(v), let all = candidates[l] else { continue }
      checkConditions(of: v, list: l, among: all)
    }
  }

  /// The list a question or grid is answered from.
  private func listOfAskedVariable(_ v: VariableID) -> ListID? {
    let variable = survey.variables[v]
    guard variable.kind == .question || variable.kind == .grid else { return nil }
    switch variable.questionType {
    case .oneOf(let l)?, .manyOf(let l)?: return l
    default: break
    }
    if variable.kind == .grid, case .oneOf(let l)? = survey.variables[safe: v + 1]?.type { return l }
    return nil
  }

  /// An option condition reads only answers given before every question (or grid) that uses its list.
  private mutating func checkConditionOrder() {
    // The latest answer each list's conditions read, and the earliest question using each list.
    var latestRead: [ListID: (variable: VariableID, condition: Expr)] = [:]
    for l in survey.lists.indices {
      for option in survey.lists[l].options {
        guard let c = option.condition else { continue }
        for v in c.variables
        where latestRead[l].map({ survey.variables[v].ordinal > survey.variables[$0.0].ordinal }) ?? true {
          latestRead[l] = (v, c)
        }
      }
    }
    guard !latestRead.isEmpty else { return }
    var firstUser: [ListID: VariableID] = [:]
    for v in survey.variables.indices {
      guard let l = listOfAskedVariable(v), latestRead[l] != nil, firstUser[l] == nil else { continue }
      firstUser[l] = v
    }
    for (l, read) in latestRead.sorted(by: { $0.key < $1.key }) {
      guard let q = firstUser[l], survey.variables[read.variable].ordinal >= survey.variables[q].ordinal else {
        continue
      }
      let readName = survey.variables[read.variable].name
      let user = survey.variables[q]
      let isSelf = read.variable == q
      report(
        Diagnostic(
          isSelf ? .selfReference : .laterVariable,
          isSelf
            ? "an option's condition reads '\(readName)', the question that offers the option"
            : "an option's condition reads '\(readName)', which is asked after '\(user.name)' (line "
              + "\(lineOf(user.nameRange))), a question offering the option",
          at: read.condition.range, related: [.init(user.nameRange, "uses the list '\(survey.lists[l].name)'")],
          help: "an option's condition can only use answers given before every question that uses its list"))
    }
  }

  /// A filter that can leave no option: for every answer (when no conjunct reads one), or for some reachable
  /// answer of the question a cascading conjunct `option.ATTR == ANSWER` compares with.
  private mutating func checkFilter(_ f: LoweredFilter) {
    let list = survey.lists[f.list]
    var conjuncts: [Expr] = []
    flattenAnd(f.filter, into: &conjuncts)
    var cascade: (attribute: Int, answer: VariableID, over: ListID)?
    var rest: [Expr] = []
    for c in conjuncts {
      if cascade == nil, let found = cascadingConjunct(c) {
        cascade = found
      } else {
        rest.append(c)
      }
    }
    // The options that no conjunct excludes whatever the answers (a conjunct reading answers may hold).
    var survivors: [Int] = []
    for (k, option) in list.options.enumerated()
    where !rest.contains(where: { truth($0, option) == false }) {
      survivors.append(k)
    }
    let questionName = survey.variables[f.question].name
    if survivors.isEmpty {
      report(
        Diagnostic(
          .filterLeavesNoOption,
          "the filter keeps no option of '\(list.name)', whatever the answers: '\(questionName)' is always skipped",
          at: f.filter.range, help: "check the values the filter compares with the options' attributes"))
      return
    }
    if let cascade {
      checkCascade(f, cascade, survivors: survivors)
    }
    checkConditions(of: f.question, list: f.list, among: survivors)
  }

  private func flattenAnd(_ e: Expr, into out: inout [Expr]) {
    if case .binary(.and, let a, let b) = e.kind {
      flattenAnd(a, into: &out)
      flattenAnd(b, into: &out)
    } else {
      out.append(e)
    }
  }

  /// `option.ATTR == Q` or `Q == option.ATTR`, where Q is a `one of` answer from the attribute's list.
  private func cascadingConjunct(_ e: Expr) -> (attribute: Int, answer: VariableID, over: ListID)? {
    guard case .binary(.equal, let a, let b) = e.kind else { return nil }
    for (x, y) in [(a, b), (b, a)] {
      if case .optionAttribute(_, let attribute) = x.kind, case .option(let m) = x.type,
        case .variable(let v) = y.kind, y.type == .oneOf(m)
      {
        return (attribute, v, m)
      }
    }
    return nil
  }

  /// For each answer the controlling question can have here (its options, and no answer), whether an option is
  /// left; the answers that leave none are reported in one warning.
  private mutating func checkCascade(
    _ f: LoweredFilter, _ cascade: (attribute: Int, answer: VariableID, over: ListID), survivors: [Int]
  ) {
    let list = survey.lists[f.list]
    let over = survey.lists[cascade.over]
    var counts = [Int](repeating: 0, count: over.options.count)
    for k in survivors {
      if case .option(let i)?? = list.options[k].attributes[safe: cascade.attribute], i < counts.count {
        counts[i] += 1
      }
    }
    // The answers possible where the question is asked (enclosing conditions and earlier ends about the answer).
    let sat = Satisfiability(survey: survey, base: f.universe)
    let context = relevantFacts(to: f.universe, sharing: [cascade.answer]).map(survey.fact)
    guard let terms = sat.apply(.and(context), to: Satisfiability.everything) else { return }
    var reachable = [Bool](repeating: false, count: over.options.count)
    var missingReachable = false
    for term in terms {
      let domain = term[cascade.answer] ?? sat.initialDomain(cascade.answer)
      if domain.missing { missingReachable = true }
      if domain.noValue { continue }
      if let options = domain.options {
        for i in options where i < reachable.count { reachable[i] = true }
      } else {
        reachable = [Bool](repeating: true, count: over.options.count)
      }
    }
    let empty = over.options.indices.filter { reachable[$0] && counts[$0] == 0 }.map { over.options[$0].name }
    guard !empty.isEmpty || missingReachable else { return }
    let answerName = survey.variables[cascade.answer].name
    let attributeName = list.attributes[cascade.attribute].name
    var cases: [String] = []
    if !empty.isEmpty { cases.append("'\(answerName)' is \(Self.listed(empty, of: empty.count))") }
    if missingReachable { cases.append("'\(answerName)' is not answered") }
    var help: [String] = []
    if let first = empty.first {
      help.append(
        "give options of '\(list.name)' with \(attributeName) = \(first), or ask the question only when "
          + "it has options (e.g. inside if \(answerName) != \(first) { … })")
    }
    if missingReachable {
      help.append("make '\(answerName)' required, or ask the question inside if answered(\(answerName)) { … }")
    }
    report(
      Diagnostic(
        .filterLeavesNoOption,
        "the filter leaves no option of '\(list.name)' when \(cases.joined(separator: " or ")); "
          + "'\(survey.variables[f.question].name)' is then skipped",
        at: f.filter.range, related: [.init(survey.variables[cascade.answer].nameRange, "the answer it depends on")],
        help: help.joined(separator: "; ")))
  }

  /// When every option a question may offer has a condition and the conditions can all fail together where the
  /// question is asked, the question can be left with nothing to offer.
  private mutating func checkConditions(of v: VariableID, list l: ListID, among candidates: [Int]) {
    let options = survey.lists[l].options
    guard !candidates.isEmpty, candidates.count <= Satisfiability.maxFacts else { return }
    var failing: [Formula] = []
    var vars = Set<VariableID>()
    for k in candidates {
      guard let c = options[k].condition, c.type == .boolean else { return }
      let formula = survey.formula(c, positive: false)
      if formula.hasUnknown { return }
      failing.append(formula)
      vars.formUnion(c.variables)
    }
    let universe = survey.variables[v].universe
    let sat = Satisfiability(survey: survey, base: universe)
    let context = relevantFacts(to: universe, sharing: vars).map(survey.fact)
    guard sat.check(context + failing) == .satisfiable else { return }
    let variable = survey.variables[v]
    report(
      Diagnostic(
        .conditionsLeaveNoOption,
        "every option that '\(variable.name)' can offer has a condition, and they can all be false together: the "
          + "question then offers nothing and is skipped", at: variable.nameRange,
        related: candidates.prefix(3).compactMap { k in options[k].condition.map { .init($0.range, "a condition") } },
        help: "give at least one option no condition (such as \"Other\" or \"None of these\"), or ask the question "
          + "only when one of the conditions holds"))
  }

  // MARK: Evaluation of conjuncts that read no answer

  /// Whether a condition holds for an option: nil when it reads an answer (or is not understood).
  private func truth(_ e: Expr, _ option: ChoiceOption) -> Bool? {
    switch e.kind {
    case .boolean(let b): return b
    case .unary(.not, let operand): return truth(operand, option).map { !$0 }
    case .binary(.and, let a, let b):
      let x = truth(a, option)
      let y = truth(b, option)
      if x == false || y == false { return false }
      return x == true && y == true ? true : nil
    case .binary(.or, let a, let b):
      let x = truth(a, option)
      let y = truth(b, option)
      if x == true || y == true { return true }
      return x == false && y == false ? false : nil
    case .binary(.in, let a, let b):
      guard let x = value(a, option), case .list(let items) = b.kind else { return nil }
      var sawUnknown = false
      for item in items {
        guard let y = value(item, option) else {
          sawUnknown = true
          continue
        }
        if Self.equal(x, y) { return true }
      }
      return sawUnknown ? nil : false
    case .binary(let op, let a, let b) where op.isComparison:
      guard let x = value(a, option), let y = value(b, option) else { return nil }
      switch op {
      case .equal: return Self.equal(x, y)
      case .notEqual: return !Self.equal(x, y)
      default: break
      }
      guard case .number(let p) = x, case .number(let q) = y else { return nil }
      switch op {
      case .less: return p < q
      case .lessEqual: return p <= q
      case .greater: return p > q
      case .greaterEqual: return p >= q
      default: return nil
      }
    default:
      return nil
    }
  }

  private static func equal(_ x: StaticValue, _ y: StaticValue) -> Bool { x == y }

  private func value(_ e: Expr, _ option: ChoiceOption) -> StaticValue? {
    switch e.kind {
    case .integer(let v): return .number(Double(v))
    case .decimal(let v): return .number(v)
    case .text(let s): return .text(s)
    case .boolean(let b): return .boolean(b)
    case .option(let l, let i): return .option(l, i)
    case .optionAttribute(let l, let a):
      guard case .some(.some(let v)) = option.attributes[safe: a] else { return nil }
      switch v {
      case .integer(let x): return .number(Double(x))
      case .decimal(let x): return .number(x)
      case .text(let s): return .text(s)
      case .option(let i):
        if case .option(let m) = survey.lists[l].attributes[a].type { return .option(m, i) }
        return nil
      }
    case .unary(.negate, let operand):
      if case .number(let x)? = value(operand, option) { return .number(-x) }
      return nil
    default:
      return nil
    }
  }
}

extension Formula {
  /// Whether a part of the formula is not modelled (then "can be false" proves nothing).
  var hasUnknown: Bool {
    switch self {
    case .unknown: return true
    case .atom, .constant: return false
    case .and(let parts), .or(let parts): return parts.contains { $0.hasUnknown }
    }
  }
}

extension Array {
  fileprivate subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
