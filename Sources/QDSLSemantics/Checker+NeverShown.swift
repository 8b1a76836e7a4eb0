// The "never shown" check and universe implication: conditions on the way to a branch are turned into
// formulas and tested with `Satisfiability`. Only facts that share a variable with the branch's own facts
// (or have none) are considered, which keeps the test small and never causes a false warning.

import QDSLSyntax

extension CheckerState {
  /// Variables a fact reads.
  func variables(of fact: UniverseFact) -> Set<VariableID> {
    switch fact {
    case .holds(let e), .fails(let e): return Set(e.variables)
    case .survived(let facts, _): return facts.reduce(into: Set<VariableID>()) { $0.formUnion(variables(of: $1)) }
    }
  }

  func range(of fact: UniverseFact) -> TextRange {
    switch fact {
    case .holds(let e), .fails(let e): return e.range
    case .survived(_, let endRange): return endRange
    }
  }

  /// Facts on the path from the root to `u` (the innermost `Satisfiability.maxFacts` of them) connected to `vars`
  /// through shared variables (or reading none), outermost first. Facts about unrelated variables cannot make the others contradict, so they are left out.
  func relevantFacts(to u: UniverseID, sharing vars: Set<VariableID>) -> [UniverseFact] {
    let facts = survey.facts(of: u, innermost: Satisfiability.maxFacts)
    let factVars = facts.map(variables(of:))
    var reach = vars
    var included = factVars.map(\.isEmpty)
    var changed = true
    while changed {
      changed = false
      for i in facts.indices where !included[i] && !factVars[i].isDisjoint(with: reach) {
        included[i] = true
        reach.formUnion(factVars[i])
        changed = true
      }
    }
    return facts.indices.filter { included[$0] }.map { facts[$0] }
  }

  /// Tests every branch of one `if` chain for "never shown" and reports those that are; returns which.
  /// The alternatives are narrowed incrementally along the chain (earlier conditions failing), so the
  /// test is linear in the chain's length; the slower search for the conflicting condition runs only
  /// for a branch that is reported.
  mutating func testNeverShown(_ arms: [(condition: Expr?, keyword: TextRange)], base: UniverseID) -> [Bool] {
    var result = Array(repeating: false, count: arms.count)
    let sat = Satisfiability(survey: survey, base: base)
    let vars = arms.reduce(into: Set<VariableID>()) { acc, arm in
      if let c = arm.condition { acc.formUnion(c.variables) }
    }
    let outer = relevantFacts(to: base, sharing: vars)
    let outerFormulas = outer.map(survey.fact)
    guard var terms = sat.apply(.and(outerFormulas), to: Satisfiability.everything) else { return result }
    var chain = Satisfiability.everything
    var earlier: [Expr] = []
    for (i, arm) in arms.enumerated() {
      // A condition with an error is not reasoned about: its meaning is unknown.
      let own: [Formula] =
        arm.condition.map { [$0.type == .boolean ? survey.formula($0, positive: true) : .unknown] } ?? []
      if sat.check(own, from: terms) == .unsatisfiable {
        result[i] = true
        report(explainNeverShown(arm, own: own, earlier: earlier, chain: chain, outer: outer, sat: sat))
      }
      if let c = arm.condition {
        let failing = c.type == .boolean ? survey.formula(c, positive: false) : .unknown
        guard let nextTerms = sat.apply(failing, to: terms), let nextChain = sat.apply(failing, to: chain) else {
          break
        }
        terms = nextTerms
        chain = nextChain
        earlier.append(c)
      }
    }
    return result
  }

  /// The diagnostic for a branch found never shown: why, and the conflicting condition.
  private func explainNeverShown(
    _ arm: (condition: Expr?, keyword: TextRange), own: [Formula], earlier: [Expr], chain: Satisfiability.Terms,
    outer: [UniverseFact], sat: Satisfiability
  ) -> Diagnostic {
    let at = arm.condition?.range ?? arm.keyword
    let isElse = arm.condition == nil
    if !isElse, sat.check(own) == .unsatisfiable {
      return Diagnostic(
        .neverShown, "this condition can never be true, so the items under it are never shown", at: at,
        help: "a condition that can never hold usually has '<' and '>' or 'and' and 'or' mixed up")
    }
    if sat.check(own, from: chain) == .unsatisfiable {
      // The first earlier branch after which nothing is left for this one.
      var terms = Satisfiability.everything
      var related: [Diagnostic.Related] = []
      for e in earlier {
        guard let next = sat.apply(survey.formula(e, positive: false), to: terms) else { break }
        terms = next
        if sat.check(own, from: terms) == .unsatisfiable {
          related.append(.init(e.range, "this earlier condition"))
          break
        }
      }
      let message =
        isElse
        ? "this 'else' is never shown: the conditions before it already cover every case"
        : "this branch is never shown: an earlier branch already covers every case where its condition holds"
      return Diagnostic(
        .neverShown, message, at: at, related: related, help: "remove the branch, or change the earlier condition")
    }
    // An enclosing condition, or an earlier `end`, leaves nothing for this branch.
    let chainFormulas = earlier.map { survey.formula($0, positive: false) } + own
    var terms = Satisfiability.everything
    var conflict: UniverseFact?
    for fact in outer {
      guard let next = sat.apply(survey.fact(fact), to: terms) else { break }
      terms = next
      if sat.check(chainFormulas, from: terms) == .unsatisfiable {
        conflict = fact
        break
      }
    }
    if case .survived(let facts, let endRange)? = conflict {
      let message =
        facts.isEmpty
        ? "this branch is never shown: the interview always ends before it"
        : "this branch is never shown: every respondent for whom it holds has already left the interview at an 'end'"
      return Diagnostic(
        .neverShown, message, at: at, related: [.init(endRange, "the interview ends here")],
        help: "move the branch above the 'end', or change the conditions")
    }
    return Diagnostic(
      .neverShown, "this branch is never shown: its condition contradicts the conditions around it", at: at,
      related: conflict.map { [.init(range(of: $0), "the conflicting condition")] } ?? [],
      help: "check the conditions: no respondent can reach these items")
  }

  /// Whether everyone in universe `a` is also in universe `b` (so an answer asked in `b` is there in `a`).
  func universeImplies(_ a: UniverseID, _ b: UniverseID) -> Bool {
    var common = b
    while !survey.isAncestor(common, of: a) { common = survey.universes[common].parent }
    let extra = facts(from: common, to: b)
    if extra.isEmpty { return true }
    let vars = extra.reduce(into: Set<VariableID>()) { $0.formUnion(variables(of: $1)) }
    let sat = Satisfiability(survey: survey, base: a)
    let context = relevantFacts(to: a, sharing: vars).map(survey.fact)
    let notB = Formula.or(extra.map { survey.negate(survey.fact($0)) })
    return sat.check(context + [notB]) == .unsatisfiable
  }

  /// Whether everyone in universe `u` has answered `v` (the text sits under `if answered(v)` or a comparison of `v`).
  func universeImpliesAnswered(_ u: UniverseID, _ v: VariableID) -> Bool {
    let sat = Satisfiability(survey: survey, base: u)
    let context = relevantFacts(to: u, sharing: [v]).map(survey.fact)
    guard !context.isEmpty else { return false }
    return sat.check(context + [.atom(Atom(variable: v, test: .answered), positive: false)]) == .unsatisfiable
  }
}
