// What the editor features know of repeats: the repeat a `repeat` node declares, the level a cursor reads names
// in (a repeat's body, its `while`, an aggregate's `where`), how a repeat is driven, and the aggregates' signatures.

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The level declared by a `repeat` node: matched by its name's range, or by its name in a reparsed text.
  func level(ofRepeat n: NodeID) -> LevelID? {
    guard tree.kind(n) == .repeatDecl, let t = tree.declaredName(n) else { return nil }
    let name = tree.tokenText(t)
    if isReparsed { return survey.levelIndex[name] }
    let r = tree.tokenRange(t)
    if let l = survey.levelIndex[name], survey.levels[l].nameRange == r { return l }
    return survey.levels.indices.dropFirst().first { survey.levels[$0].nameRange == r }
  }

  /// The level whose names an expression at `offset` reads bare: the innermost repeat whose body holds it (its
  /// `while` condition too, which is tested at the end of each iteration), or the repeat an aggregate's `where`
  /// condition runs over; 0 at the instrument's level. A repeat's `count` and `for each` belong to the level
  /// around it.
  func scopeLevel(path: [NodeID], offset: Int) -> LevelID {
    if let a = aggregateContext(before: offset), a.afterWhere, let l = a.level { return l }
    for n in path where tree.kind(n) == .repeatDecl {
      guard let l = level(ofRepeat: n) else { continue }
      if let brace = tree.token(n, .lBrace), Int(tree.tokens[brace].start) < offset { return l }
      if let w = tree.child(n, .repeatWhile), tree.range(w).start < offset { return l }
    }
    return 0
  }

  /// Whether a variable of `level` is read bare where names are read in `scope` (its own level or one around it).
  func isReadable(_ v: Variable, in scope: LevelID) -> Bool {
    v.level == 0 || survey.encloses(v.level, scope)
  }

  /// How a repeat is driven, as written: `count household_size`, `for each crops`, `while more == yes`.
  func driverText(_ l: LevelID) -> String? {
    switch survey.levels[l].driver {
    case .count(let e): return "count " + survey.source(of: e)
    case .forEachQuestion(let v, _): return "for each " + survey.variables[v].name
    case .forEachList(let list): return "for each " + survey.lists[list].name
    case .forEachRepeat(let s): return "for each " + survey.levels[s].name
    case .addAnother(let e): return "max \(survey.levels[l].maxIterations) while " + survey.source(of: e)
    case .none, .invalid: return nil
    }
  }

  /// `for each \`person\``, `for each \`other\` of each \`person\``: the iterations a repeated item is asked in.
  func levelWords(_ l: LevelID) -> String {
    survey.levelPath(l).reversed().map { "each `\(survey.levels[$0].name)`" }.joined(separator: " of ")
  }

  /// The repeat items, each with its level, in document order (the universe of a repeat is its item's).
  func repeatItems() -> [(Repeat, Item)] {
    var out: [(Repeat, Item)] = []
    func walk(_ items: [Item]) {
      for item in items {
        switch item.kind {
        case .section(let s): walk(s.items)
        case .repeat(let r):
          out.append((r, item))
          walk(r.items)
        case .conditional(let c): for b in c.branches { walk(b.items) }
        default: break
        }
      }
    }
    walk(survey.items)
    return out
  }

  // MARK: Aggregates

  /// The aggregate call whose argument list holds `offset`: the token of its function name, the repeat its first
  /// argument names (if any), the token that ends that argument's name, and whether the cursor is after `where`.
  struct AggregateContext {
    var aggregate: Aggregate
    var openParen: Int
    var level: LevelID?
    /// The first and last token of the repeat's name (`person`, or `person.age`).
    var subjectStart: Int?
    var subjectEnd: Int?
    var afterWhere: Bool
    var afterComma: Bool
  }

  /// Looks back from `offset` over at most a few hundred tokens for the `(` of an aggregate call that is still open.
  func aggregateContext(before offset: Int) -> AggregateContext? {
    guard var t = significantToken(before: offset) else { return nil }
    var depth = 0
    var afterWhere = false
    var afterComma = false
    var steps = 0
    while t >= 0, steps < 400 {
      steps += 1
      let k = tree.tokens[t].kind
      switch k {
      case .rParen, .rBracket: depth += 1
      case .lBracket: depth -= 1
      case .lParen:
        if depth == 0 { return aggregateCall(openParen: t, afterWhere: afterWhere, afterComma: afterComma) }
        depth -= 1
      case .kwWhere where depth == 0: afterWhere = true
      case .comma where depth == 0: afterComma = true
      case .lBrace, .rBrace, .string, .tripleString: return nil
      default: break
      }
      if depth < 0 { return nil }
      t -= 1
    }
    return nil
  }

  private func aggregateCall(openParen: Int, afterWhere: Bool, afterComma: Bool) -> AggregateContext? {
    guard let f = significantToken(before: Int(tree.tokens[openParen].start)), tree.tokens[f].kind.isNameLike,
      let aggregate = Aggregate(rawValue: tree.tokenText(f))
    else { return nil }
    var context = AggregateContext(
      aggregate: aggregate, openParen: openParen, level: nil, subjectStart: nil, subjectEnd: nil,
      afterWhere: afterWhere,
      afterComma: afterComma)
    // The subject: `R` or `R.x` right after the parenthesis.
    var t = openParen + 1
    while t < tree.tokens.count, tree.tokens[t].kind.isTrivia { t += 1 }
    guard t < tree.tokens.count, tree.tokens[t].kind.isNameLike else { return context }
    let name = tree.tokenText(t)
    guard survey.variableIndex[name] == nil, let l = survey.levelIndex[name] else { return context }
    context.level = l
    context.subjectStart = t
    context.subjectEnd = t
    var d = t + 1
    while d < tree.tokens.count, tree.tokens[d].kind.isTrivia { d += 1 }
    if d < tree.tokens.count, tree.tokens[d].kind == .dot {
      var v = d + 1
      while v < tree.tokens.count, tree.tokens[v].kind.isTrivia { v += 1 }
      if v < tree.tokens.count, tree.tokens[v].kind.isNameLike, tree.tokens[v].kind != .kwWhere {
        context.subjectEnd = v
      }
    }
    return context
  }

  /// Whether a call of `name` whose first argument is `firstArgument` (a name, or nil) reads a repeat: always for
  /// `sum`, `any` and `all`; for `count`, `min` and `max` when the argument names a repeat or a `where` follows.
  func isAggregateCall(_ name: String, firstArgument: String?, hasWhere: Bool) -> Aggregate? {
    guard let a = Aggregate(rawValue: name) else { return nil }
    if Function(rawValue: name) == nil || hasWhere { return a }
    guard let first = firstArgument, survey.variableIndex[first] == nil, survey.levelIndex[first] != nil else {
      return nil
    }
    return a
  }
}

extension Aggregate {
  /// The signature shown in hovers, signature help and completion.
  public var signature: String {
    switch self {
    case .count: return "count(repeat where condition) -> integer"
    case .sum: return "sum(repeat.value where condition) -> the total of the values given"
    case .min: return "min(repeat.value where condition) -> the smallest value given"
    case .max: return "max(repeat.value where condition) -> the largest value given"
    case .any: return "any(repeat where condition) -> boolean"
    case .all: return "all(repeat where condition) -> boolean"
    }
  }

  /// What it gives, with the rule for missing answers.
  public var summary: String {
    switch self {
    case .count:
      return "The number of iterations of the repeat; with `where`, those where the condition is true (false or "
        + "missing are not counted)."
    case .sum: return "Adds the values that are present over the iterations (`where` keeps some); 0 when none."
    case .min: return "The smallest value present over the iterations (`where` keeps some); missing when none."
    case .max: return "The largest value present over the iterations (`where` keeps some); missing when none."
    case .any: return "True when some iteration meets the condition (false when there are none)."
    case .all: return "True when every iteration meets the condition (true when there are none)."
    }
  }

  /// The parameter labels of the signature: `repeat` (or `repeat.value`) and `where condition`.
  var parameters: [String] {
    switch self {
    case .sum, .min, .max: return ["repeat.value", "where condition"]
    case .count, .any, .all: return ["repeat", "where condition"]
    }
  }
}
