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

  /// Facts on the path from the root to `u` that share a variable with `vars` (or read none), outermost first.
  func relevantFacts(to u: UniverseID, sharing vars: Set<VariableID>) -> [UniverseFact] {
    survey.facts(of: u).filter { fact in
      let fv = variables(of: fact)
      return fv.isEmpty || !fv.isDisjoint(with: vars)
    }
  }

  /// Reports a branch whose conditions contradict; returns whether it did.
  mutating func testNeverShown(_ test: BranchTest) -> Bool {
    let sat = Satisfiability(survey: survey, base: test.base)
    let newFormulas = test.newFacts.map(survey.fact)
    let newVars = test.newFacts.reduce(into: Set<VariableID>()) { $0.formUnion(variables(of: $1)) }
    let outer = relevantFacts(to: test.base, sharing: newVars)
    let outerFormulas = outer.map(survey.fact)
    guard sat.check(outerFormulas + newFormulas) == .unsatisfiable else { return false }

    var message: String
    var related: [Diagnostic.Related] = []
    var help = "check the conditions: no respondent can reach these items"
    if sat.check(newFormulas) == .unsatisfiable {
      let own = newFormulas.last.map { [$0] } ?? []
      if !test.isElse, sat.check(own) == .unsatisfiable {
        message = "this condition can never be true, so the items under it are never shown"
        help = "a condition that can never hold usually has '<' and '>' or 'and' and 'or' mixed up"
      } else {
        // The smallest prefix of the earlier branches that, with this one, leaves nothing.
        let k = (0..<newFormulas.count).first { sat.check(Array(newFormulas[0...$0]) + own) == .unsatisfiable } ?? 0
        if test.isElse {
          message = "this 'else' is never shown: the conditions before it already cover every case"
        } else {
          message = "this branch is never shown: an earlier branch already covers every case where its condition holds"
        }
        if k < test.newFactRanges.count { related.append(.init(test.newFactRanges[k], "this earlier condition")) }
        help = "remove the branch, or change the earlier condition"
      }
    } else {
      let k = (0..<outer.count).first { sat.check(Array(outerFormulas[0...$0]) + newFormulas) == .unsatisfiable } ?? 0
      let conflict = k < outer.count ? outer[k] : nil
      if case .survived(let facts, let endRange)? = conflict {
        message = facts.isEmpty
          ? "this branch is never shown: the interview always ends before it"
          : "this branch is never shown: every respondent for whom it holds has already left the interview at an 'end'"
        related.append(.init(endRange, "the interview ends here"))
      } else {
        message = "this branch is never shown: its condition contradicts the conditions around it"
        if let c = conflict { related.append(.init(range(of: c), "the conflicting condition")) }
      }
    }
    report(Diagnostic(.neverShown, message, at: test.at, related: related, help: help))
    return true
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
