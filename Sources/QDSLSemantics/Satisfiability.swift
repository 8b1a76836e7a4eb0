// Decides whether a conjunction of conditions can hold, for the "never shown" check.
// Conditions become formulas over per-variable atoms (option sets, number intervals, `contains`, `answered`),
// expanded to at most `maxTerms` alternatives; past that the answer is "maybe", which never warns.
// The missing-value rule is exact: a comparison with a missing operand is false, so `not (x == a)` allows missing.
// Numbers are doubles, which is exact: every whole number of the language (codes, bounds and numbers written in
// conditions lie within ±(2^53 − 1), see `WholeNumbers`) is a double, and so is every decimal as the runtimes read it.

import QDSLSyntax

/// A set of real numbers as sorted, disjoint intervals.
struct NumberSet: Sendable {
  struct Interval: Sendable {
    var lo: Double
    var loOpen: Bool
    var hi: Double
    var hiOpen: Bool
  }

  var intervals: [Interval]

  static let all = NumberSet(intervals: [Interval(lo: -.infinity, loOpen: true, hi: .infinity, hiOpen: true)])
  static func point(_ v: Double) -> NumberSet {
    NumberSet(intervals: [Interval(lo: v, loOpen: false, hi: v, hiOpen: false)])
  }

  static func compare(_ op: BinaryOperator, _ v: Double) -> NumberSet {
    switch op {
    case .equal: return point(v)
    case .notEqual: return point(v).complement
    case .less: return NumberSet(intervals: [Interval(lo: -.infinity, loOpen: true, hi: v, hiOpen: true)])
    case .lessEqual: return NumberSet(intervals: [Interval(lo: -.infinity, loOpen: true, hi: v, hiOpen: false)])
    case .greater: return NumberSet(intervals: [Interval(lo: v, loOpen: true, hi: .infinity, hiOpen: true)])
    case .greaterEqual: return NumberSet(intervals: [Interval(lo: v, loOpen: false, hi: .infinity, hiOpen: true)])
    default: return .all
    }
  }

  func intersect(_ other: NumberSet) -> NumberSet {
    var out: [Interval] = []
    for a in intervals {
      for b in other.intervals {
        var lo = a.lo
        var loOpen = a.loOpen
        if b.lo > lo || (b.lo == lo && b.loOpen) {
          lo = b.lo
          loOpen = b.loOpen
        }
        var hi = a.hi
        var hiOpen = a.hiOpen
        if b.hi < hi || (b.hi == hi && b.hiOpen) {
          hi = b.hi
          hiOpen = b.hiOpen
        }
        if lo < hi || (lo == hi && !loOpen && !hiOpen) {
          out.append(Interval(lo: lo, loOpen: loOpen, hi: hi, hiOpen: hiOpen))
        }
      }
    }
    return NumberSet(intervals: out.sorted { $0.lo < $1.lo })
  }

  var complement: NumberSet {
    var out: [Interval] = []
    var lo = -Double.infinity
    var loOpen = true
    for i in intervals {
      if lo < i.lo || (lo == i.lo && !loOpen && i.loOpen) {
        out.append(Interval(lo: lo, loOpen: loOpen, hi: i.lo, hiOpen: !i.loOpen))
      }
      lo = i.hi
      loOpen = !i.hiOpen
    }
    if lo < .infinity { out.append(Interval(lo: lo, loOpen: loOpen, hi: .infinity, hiOpen: true)) }
    return NumberSet(intervals: out)
  }

  /// Whether the set holds a value (a whole number, when `integral`).
  func isEmpty(integral: Bool) -> Bool {
    for i in intervals {
      if integral {
        var lo = i.lo.rounded(.up)
        if i.loOpen && lo == i.lo { lo += 1 }
        var hi = i.hi.rounded(.down)
        if i.hiOpen && hi == i.hi { hi -= 1 }
        if lo <= hi { return false }
      } else if i.lo < i.hi || (!i.loOpen && !i.hiOpen) {
        return false
      }
    }
    return true
  }
}

/// What a single-variable condition says: the variable is answered with a value in a set.
struct Atom: Sendable {
  enum Test: Sendable {
    /// A `one of` answer is one of these option indices.
    case options(Set<Int>)
    /// A number lies in the set.
    case numbers(NumberSet)
    /// A `many of` answer contains the option with this index.
    case has(Int)
    /// The variable is answered (any value).
    case answered
  }

  var variable: VariableID
  var test: Test
}

/// A condition in negation normal form over atoms.
indirect enum Formula: Sendable {
  case atom(Atom, positive: Bool)
  case and([Formula])
  case or([Formula])
  case constant(Bool)
  /// Something the reasoning does not model: it may be true or false.
  case unknown
}

/// The possible states of one variable: answered values that remain possible, and whether missing remains possible.
struct Domain: Sendable {
  var options: Set<Int>?
  var numbers: NumberSet?
  var integral = false
  var has: Set<Int> = []
  var hasNot: Set<Int> = []
  var optionCount = 0
  var exclusive: Set<Int> = []
  var noValue = false
  var missing = true

  var isEmpty: Bool { noValue && !missing }

  mutating func apply(_ test: Atom.Test, positive: Bool) {
    if positive { missing = false }
    switch test {
    case .answered:
      if !positive { noValue = true }
    case .options(let s):
      let current = options ?? Set(0..<optionCount)
      let next = positive ? current.intersection(s) : current.subtracting(s)
      options = next
      if next.isEmpty { noValue = true }
    case .numbers(let s):
      let current = numbers ?? .all
      let next = current.intersect(positive ? s : s.complement)
      numbers = next
      if next.isEmpty(integral: integral) { noValue = true }
    case .has(let i):
      if positive { has.insert(i) } else { hasNot.insert(i) }
      if !has.isDisjoint(with: hasNot) { noValue = true }
      if has.count >= 2 && !has.isDisjoint(with: exclusive) { noValue = true }
      if optionCount > 0 && hasNot.count >= optionCount { noValue = true }
    }
  }
}

/// Decides satisfiability of conjunctions of formulas for one survey.
struct Satisfiability {
  static let maxTerms = 256
  /// The most conditions around a point that are reasoned about: the innermost ones of its universe (enclosing
  /// conditions, earlier branches, earlier `end`s). Leaving out outer facts is sound (fewer facts prove less, so
  /// never a false "never shown"), and it bounds the work per test: every test applied every fact anew, so a
  /// chain of 2,000 `if … { end }` took 22 s and 4,000 took 166 s.
  static let maxFacts = 200

  let survey: Survey
  /// The universe the conditions are evaluated in: required questions asked on its path are never missing.
  let base: UniverseID

  enum Answer { case satisfiable, unsatisfiable, unknown }

  func initialDomain(_ v: VariableID) -> Domain {
    let variable = survey.variables[v]
    var d = Domain()
    switch variable.type {
    case .oneOf(let l):
      d.optionCount = survey.lists[l].options.count
    case .manyOf(let l):
      let list = survey.lists[l]
      d.optionCount = list.options.count
      d.exclusive = Set(list.options.indices.filter { list.options[$0].isExclusive })
    case .integer, .decimal:
      d.integral = variable.type == .integer
      d.numbers = survey.bounds(of: v)
    default:
      break
    }
    if variable.isRequired && survey.isAncestor(variable.universe, of: base) { d.missing = false }
    return d
  }

  /// The alternatives still possible: each maps variables to their remaining domains.
  typealias Terms = [[VariableID: Domain]]

  static let everything: Terms = [[:]]

  func check(_ formulas: [Formula]) -> Answer {
    check(formulas, from: Satisfiability.everything)
  }

  /// Checks formulas on top of alternatives already narrowed (for incremental tests along an `else if` chain).
  func check(_ formulas: [Formula], from start: Terms) -> Answer {
    var terms = start
    for f in formulas {
      guard let next = apply(f, to: terms) else { return .unknown }
      terms = next
      if terms.isEmpty { return .unsatisfiable }
    }
    return terms.isEmpty ? .unsatisfiable : .satisfiable
  }

  func apply(_ f: Formula, to terms: [[VariableID: Domain]]) -> [[VariableID: Domain]]? {
    switch f {
    case .unknown, .constant(true):
      return terms
    case .constant(false):
      return []
    case .atom(let atom, let positive):
      return terms.compactMap { term in
        var t = term
        var d = t[atom.variable] ?? initialDomain(atom.variable)
        d.apply(atom.test, positive: positive)
        if d.isEmpty { return nil }
        t[atom.variable] = d
        return t
      }
    case .and(let parts):
      var current = terms
      for p in parts {
        guard let next = apply(p, to: current) else { return nil }
        current = next
        if current.isEmpty { break }
      }
      return current
    case .or(let parts):
      var out: [[VariableID: Domain]] = []
      for p in parts {
        guard let next = apply(p, to: terms) else { return nil }
        out.append(contentsOf: next)
        if out.count > Satisfiability.maxTerms { return nil }
      }
      return out
    }
  }
}

extension Survey {
  /// The declared bounds of a numeric variable as a set.
  func bounds(of v: VariableID) -> NumberSet {
    guard let type = variables[v].questionType else { return .all }
    switch type {
    case .integer(let lo, let hi):
      return NumberSet(intervals: [
        .init(
          lo: lo.map(Double.init) ?? -.infinity, loOpen: lo == nil, hi: hi.map(Double.init) ?? .infinity,
          hiOpen: hi == nil)
      ])
    case .decimal(let lo, let hi):
      return NumberSet(intervals: [
        .init(lo: lo ?? -.infinity, loOpen: lo == nil, hi: hi ?? .infinity, hiOpen: hi == nil)
      ])
    default:
      return .all
    }
  }

  /// The formula of a condition holding (`positive`) or not.
  func formula(_ e: Expr, positive: Bool) -> Formula {
    switch e.kind {
    case .boolean(let b):
      return .constant(b == positive)
    case .unary(.not, let operand):
      return formula(operand, positive: !positive)
    case .binary(.and, let a, let b):
      let parts = [formula(a, positive: positive), formula(b, positive: positive)]
      return positive ? .and(parts) : .or(parts)
    case .binary(.or, let a, let b):
      let parts = [formula(a, positive: positive), formula(b, positive: positive)]
      return positive ? .or(parts) : .and(parts)
    case .binary(let op, let a, let b) where op.isComparison:
      if let atom = atom(op, a, b) { return .atom(atom, positive: positive) }
      return .unknown
    case .call(.answered, let args):
      if args.count == 1, case .variable(let v) = args[0].kind {
        return .atom(Atom(variable: v, test: .answered), positive: positive)
      }
      return .unknown
    case .call(.matches, let args):
      // A missing text matches nothing: a pattern that holds says the text is answered; one that fails says nothing.
      if positive, args.count == 2, case .variable(let v) = args[0].kind {
        return .and([.atom(Atom(variable: v, test: .answered), positive: true), .unknown])
      }
      return .unknown
    default:
      return .unknown
    }
  }

  func fact(_ f: UniverseFact) -> Formula {
    switch f {
    case .holds(let e): return formula(e, positive: true)
    case .fails(let e): return formula(e, positive: false)
    case .survived(let facts, _):
      if facts.isEmpty { return .constant(false) }
      return .or(facts.map { negate(fact($0)) })
    }
  }

  func negate(_ f: Formula) -> Formula {
    switch f {
    case .atom(let a, let p): return .atom(a, positive: !p)
    case .and(let parts): return .or(parts.map(negate))
    case .or(let parts): return .and(parts.map(negate))
    case .constant(let b): return .constant(!b)
    case .unknown: return .unknown
    }
  }

  private static func flipped(_ op: BinaryOperator) -> BinaryOperator {
    switch op {
    case .less: return .greater
    case .lessEqual: return .greaterEqual
    case .greater: return .less
    case .greaterEqual: return .lessEqual
    default: return op
    }
  }

  /// A number literal's value (`5`, `-2.5`).
  static func constantNumber(_ e: Expr) -> Double? {
    switch e.kind {
    case .integer(let v): return Double(v)
    case .decimal(let v): return v
    case .unary(.negate, let inner): return constantNumber(inner).map { -$0 }
    default: return nil
    }
  }

  private func atom(_ op: BinaryOperator, _ a: Expr, _ b: Expr) -> Atom? {
    var op = op
    var lhs = a
    var rhs = b
    if case .variable = rhs.kind, !(isVariable(lhs)) {
      if op == .in || op == .contains { return nil }
      swap(&lhs, &rhs)
      op = Survey.flipped(op)
    }
    guard case .variable(let v) = lhs.kind else { return nil }
    switch variables[v].type {
    case .oneOf(let l):
      let list = lists[l]
      if op == .in {
        guard case .list(let items) = rhs.kind else { return nil }
        var set = Set<Int>()
        for item in items {
          guard case .option(let il, let idx) = item.kind, il == l else { return nil }
          set.insert(idx)
        }
        return Atom(variable: v, test: .options(set))
      }
      guard case .option(let ol, let idx) = rhs.kind, ol == l else { return nil }
      let code = Double(list.options[idx].code)
      let accepted = NumberSet.compare(op, code)
      let set = Set(
        list.options.indices.filter { !accepted.intersect(.point(Double(list.options[$0].code))).intervals.isEmpty })
      return Atom(variable: v, test: .options(set))
    case .manyOf(let l):
      guard op == .contains, case .option(let ol, let idx) = rhs.kind, ol == l else { return nil }
      return Atom(variable: v, test: .has(idx))
    case .integer, .decimal:
      if op == .in {
        guard case .list(let items) = rhs.kind else { return nil }
        var set = NumberSet(intervals: [])
        for item in items {
          guard let n = Survey.constantNumber(item) else { return nil }
          set.intervals.append(contentsOf: NumberSet.point(n).intervals)
        }
        set.intervals.sort { $0.lo < $1.lo }
        return Atom(variable: v, test: .numbers(set))
      }
      guard let n = Survey.constantNumber(rhs) else { return nil }
      return Atom(variable: v, test: .numbers(NumberSet.compare(op, n)))
    default:
      return nil
    }
  }

  private func isVariable(_ e: Expr) -> Bool {
    if case .variable = e.kind { return true }
    return false
  }
}
