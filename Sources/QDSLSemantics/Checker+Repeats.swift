// Repeats: their levels and key columns, their drivers (count, for each, add another) with the most
// iterations, their items lowered once for every iteration, and the names that reach across levels
// (`R.index`, the iteration's option, `R.NAME` of a `for each` over a repeat).

import QDSLSyntax

/// Repeats nest at most this deep (instrument → household member → job → one more).
public enum RepeatLimits {
  public static let maxDepth = 3
  /// The most iterations a repeat may declare: beyond any roster, and a bound every collector accepts.
  public static let maxIterations = 10_000
  /// The most iterations of a nested repeat in one interview (the product of the maxima around it): a household
  /// of 30 with a pair loop is 900; beyond this an interview could not be completed, and simulating it would not end.
  public static let maxInstances = 10_000
}

/// A read of `R.NAME` in a loop over pairs (`repeat R for each S` inside S), settled once its condition is known.
struct PairRead {
  var range: TextRange
  var pair: LevelID
  var outer: LevelID
  var variable: VariableID
  var universe: UniverseID
  var text: String
}

extension CheckerState {
  /// The level a node is in: the innermost `repeat` around it, or 0.
  func enclosingLevel(of n: NodeID) -> LevelID {
    var p = tree.parent(n)
    while let q = p {
      if let l = levelOfRepeatNode[q] { return l }
      p = tree.parent(q)
    }
    return 0
  }

  /// Declares the level of a `repeat` node, in document order, with its key columns.
  mutating func declareLevel(_ n: NodeID) {
    guard let nameToken = tree.declaredName(n) else { return }
    let levelName = name(nameToken)
    let parent = enclosingLevel(of: n)
    let depth = survey.levels[parent].depth + 1
    let id = survey.levels.count
    var keys = ["record_id"] + survey.levelPath(parent).map { survey.levels[$0].name + "_index" }
    keys.append(levelName + "_index")
    survey.levels.append(
      Level(
        name: levelName, nameRange: range(nameToken), parent: parent, depth: depth, driver: .invalid,
        maxIterations: 0, title: nil, keys: keys, optionList: nil, ordinal: 0, endOrdinal: -1))
    if survey.levelIndex[levelName] == nil { survey.levelIndex[levelName] = id }
    levelOfRepeatNode[n] = id
    if levelName == "codebook" {
      report(
        Diagnostic(
          .dataNameClash,
          "the data file of the repeat 'codebook' would be STEM.codebook.csv, the name of the CSV codebook",
          at: range(nameToken), help: "name the repeat after what one row stands for, e.g. 'entry' or 'item'"))
    }
    if depth > RepeatLimits.maxDepth {
      report(
        Diagnostic(
          .misplacedInRepeat,
          "the repeat '\(levelName)' is nested \(depth) deep; repeats nest at most \(RepeatLimits.maxDepth) deep",
          at: range(nameToken),
          help: "move it out of the repeat around it, and link the two with 'for each' instead of nesting"))
    }
  }

  /// Reports key columns that clash with a variable's data-file name: every level's file has them.
  mutating func declareKeyColumns() {
    guard survey.levels.count > 1 else { return }
    var seen: Set<String> = []
    for level in survey.levels {
      for key in level.keys where seen.insert(key).inserted {
        if let (other, otherRange) = dataNames[key] {
          report(
            Diagnostic(
              .dataNameClash,
              "'\(survey.variables[other].name)' gives the data-file variable '\(key)', which is a key column of "
                + (level.parent == nil ? "every data file" : "the data file of the repeat '\(level.name)'"),
              at: otherRange, related: level.parent == nil ? [] : [.init(level.nameRange, "the repeat")],
              help: "rename '\(survey.variables[other].name)': key columns link the rows of each level's data file"))
        }
      }
    }
  }

  /// Lowers a `repeat`: its driver in the scope around it, its items inside its level.
  mutating func lowerRepeat(_ n: NodeID, universe: UniverseID, quiet: Bool) -> Item? {
    guard let l = levelOfRepeatNode[n] else {
      // No name (already reported): its items are still checked, in the level around it.
      _ = lowerBlock(n, base: universe, quiet: quiet)
      return nil
    }
    let level = survey.levels[l]
    survey.levels[l].ordinal = nextOrdinal
    let keyword = tree.firstSignificantToken(n).map(range) ?? tree.range(n)
    let scope = Scope(
      ordinal: nextOrdinal, selfVariable: nil, allowSelf: false, universe: universe,
      what: "the count of the repeat '\(level.name)'")
    let countNode = tree.child(n, .repeatCount)
    let forEachNode = tree.child(n, .repeatForEach)
    let whileNode = tree.child(n, .repeatWhile)
    var declaredMax: Int?
    if let m = tree.child(n, .repeatMax), let number = tree.child(m, .signedNumber) {
      declaredMax = integerValue(number, what: "a repeat's most iterations", help: "write a whole number, e.g. max 10")
      if let v = declaredMax, v < 1 || v > RepeatLimits.maxIterations {
        report(
          Diagnostic(
            .invalidBound,
            "a repeat runs at least once and at most \(RepeatLimits.maxIterations) times, so 'max \(v)' cannot be",
            at: tree.range(number), help: "write the most iterations a respondent can have, e.g. max 20"))
        declaredMax = nil
      }
    }
    let drivers = [countNode, forEachNode, whileNode].compactMap { $0 }
    if drivers.count > 1 {
      report(
        Diagnostic(
          .invalidRepeatDriver, "the repeat '\(level.name)' has more than one driver; it needs exactly one",
          at: tree.range(drivers[1]),
          help: "keep one of 'count N', 'for each NAME' and 'max N while CONDITION'"))
    }
    var driver = RepeatDriver.invalid
    var maxIterations = declaredMax ?? 0
    if let c = countNode {
      let count = lowerExpression(tree.expression(in: c), scope: scope, fallback: keyword)
      driver = .count(count)
      if count.type != .integer && count.type != .error {
        report(
          Diagnostic(
            .invalidRepeatDriver,
            "a repeat's count must be a whole number, but this is \(count.type.describe(survey))", at: count.range,
            help: "count an integer question (count household_size), or use 'for each' for a list of options"))
      }
      let staticMax = staticMaximum(count)
      switch (staticMax, declaredMax) {
      case (let s?, let d?): maxIterations = min(s, d)
      case (let s?, nil):
        maxIterations = min(s, RepeatLimits.maxIterations)
        if s > RepeatLimits.maxIterations {
          report(
            Diagnostic(
              .unknownRepeatMaximum,
              "the count of the repeat '\(level.name)' can be up to \(s), but a repeat runs at most "
                + "\(RepeatLimits.maxIterations) times", at: count.range,
              help: "give the count's question a smaller range, or write the most iterations: "
                + "count \(survey.source(of: count)) max 20"))
        }
      case (nil, let d?): maxIterations = d
      case (nil, nil):
        if count.type == .integer {
          report(
            Diagnostic(
              .unknownRepeatMaximum,
              "the repeat '\(level.name)' has no most iterations: its count '\(survey.source(of: count))' has no "
                + "upper bound", at: count.range,
              help: "give the count's question a range (integer 1..20) or write the most iterations: "
                + "count \(survey.source(of: count)) max 20"))
        }
      }
      if let s = staticMax, s <= 0, count.type == .integer {
        report(
          Diagnostic(
            .repeatNeverRuns,
            "the repeat '\(level.name)' never runs: its count '\(survey.source(of: count))' is at most \(s)",
            at: count.range, help: "count a question whose range allows 1 or more, or remove the repeat"))
        maxIterations = 0
      }
    } else if let f = forEachNode {
      driver = lowerForEach(f, level: l, scope: scope, declaredMax: declaredMax, maxIterations: &maxIterations)
    } else if whileNode != nil {
      if declaredMax == nil {
        report(
          Diagnostic(
            .unknownRepeatMaximum, "the repeat '\(level.name)' has no most iterations", at: keyword,
            help: "write how many times it may run at most: repeat \(level.name) max 10 while …"))
      }
    } else {
      report(
        Diagnostic(
          .unknownRepeatMaximum, "the repeat '\(level.name)' does not say how many times it runs", at: level.nameRange,
          help: "write 'count household_size', 'for each crops' or 'max 10 while more == yes' after its name"))
    }
    survey.levels[l].maxIterations = maxIterations
    survey.levels[l].driver = driver
    var instances = maxIterations
    for outer in survey.levelPath(level.parent ?? 0) {
      instances = instances.multipliedReportingOverflow(by: max(survey.levels[outer].maxIterations, 1)).partialValue
      if instances > RepeatLimits.maxInstances || instances < 0 { break }
    }
    if instances > RepeatLimits.maxInstances || instances < 0 {
      report(
        Diagnostic(
          .misplacedInRepeat,
          "the repeat '\(level.name)' and the repeats around it can run more than \(RepeatLimits.maxInstances) "
            + "times in one interview", at: level.nameRange,
          help: "lower the most iterations (a range on the count's question, or 'max N'), or do not nest it"))
      survey.levels[l].maxIterations = 0
    }
    // The items: every name declared inside is read as the current iteration's answer.
    let outerLevel = currentLevel
    currentLevel = l
    var title: TranslatedText?
    if let t = tree.child(n, .titleDecl), let block = tree.child(t, .translations) {
      let titleKeyword = tree.firstSignificantToken(t).map(range) ?? tree.range(t)
      let titleScope = Scope(
        ordinal: nextOrdinal, selfVariable: nil, allowSelf: false, universe: universe, what: "the repeat's title")
      title = lowerText(block, anchor: titleKeyword, what: "the title of repeat '\(level.name)'", scope: titleScope)
    }
    survey.levels[l].title = title
    let (items, _) = lowerBlock(n, base: universe, quiet: quiet)
    if let w = whileNode {
      let whileScope = Scope(
        ordinal: nextOrdinal, selfVariable: nil, allowSelf: false, universe: universe,
        what: "the condition of the repeat '\(level.name)'")
      let condition = lowerCondition(tree.expression(in: w), scope: whileScope, fallback: keyword)
      if forEachNode == nil && countNode == nil { survey.levels[l].driver = .addAnother(condition) }
    }
    currentLevel = outerLevel
    survey.levels[l].endOrdinal = nextOrdinal
    return Item(
      kind: .repeat(Repeat(level: l, name: level.name, nameRange: level.nameRange, title: title, items: items)),
      universe: universe, range: tree.range(n))
  }

  /// `for each NAME`: a `many of` question, a choice list, or an earlier repeat.
  private mutating func lowerForEach(
    _ f: NodeID, level l: LevelID, scope: Scope, declaredMax: Int?, maxIterations: inout Int
  ) -> RepeatDriver {
    guard let t = tree.nameToken(f, after: .kwEach) else { return .invalid }
    let target = name(t)
    let r = range(t)
    let levelName = survey.levels[l].name
    if survey.variableIndex[target] != nil {
      guard let resolved = resolveVariable(target, at: r, scope: scope, context: "'for each'") else { return .invalid }
      let variable = survey.variables[resolved]
      if case .manyOf(let list) = variable.type {
        survey.levels[l].optionList = list
        survey.levels[l].keys.append(levelName)
        maxIterations = min(declaredMax ?? .max, survey.lists[list].options.count)
        return .forEachQuestion(resolved, list)
      }
      report(
        Diagnostic(
          .invalidRepeatDriver,
          "'for each' needs a 'many of' question, a choice list or an earlier repeat, but '\(target)' is "
            + variable.type.describe(survey), at: r,
          related: [.init(variable.nameRange, "declared here")],
          help: variable.type == .integer
            ? "to repeat as many times as the answer says, write: repeat \(levelName) count \(target)"
            : "ask a 'many of' question first and repeat for each option chosen in it"))
      return .invalid
    }
    if let list = survey.listIndex[target] {
      listUsed[list] = true
      survey.levels[l].optionList = list
      survey.levels[l].keys.append(levelName)
      maxIterations = min(declaredMax ?? .max, survey.lists[list].options.count)
      return .forEachList(list)
    }
    if let source = survey.levelIndex[target] {
      if source == l || source > l {
        report(
          Diagnostic(
            source == l ? .selfReference : .laterVariable,
            source == l
              ? "the repeat '\(target)' cannot run for each of its own iterations"
              : "the repeat '\(target)' comes later; 'for each' can only follow a repeat asked before", at: r,
            related: [.init(survey.levels[source].nameRange, "the repeat '\(target)'")],
            help: "move the repeat '\(target)' above this one"))
        return .invalid
      }
      // Its iterations must be known here: those of the levels around this repeat.
      let sourceParent = survey.levels[source].parent ?? 0
      guard survey.encloses(sourceParent, survey.levels[l].parent ?? 0) else {
        report(
          Diagnostic(
            .invalidRepeatDriver,
            "the repeat '\(target)' is nested inside another repeat, so here it has no one set of iterations", at: r,
            related: [.init(survey.levels[source].nameRange, "the repeat '\(target)'")],
            help: "run this repeat inside the repeat around '\(target)', or run it for each of that outer repeat"))
        return .invalid
      }
      maxIterations = min(declaredMax ?? .max, survey.levels[source].maxIterations)
      return .forEachRepeat(source)
    }
    let near = suggestions(for: target) { state in
      state.survey.lists.map(\.name) + state.survey.levels.dropFirst().map(\.name)
        + state.survey.variables.filter {
          if case .manyOf = $0.type { return true } else { return false }
        }.map(\.name)
    }
    report(
      Diagnostic(
        .unknownName, "there is no 'many of' question, choice list or repeat named '\(target)'", at: r,
        help: NearMiss.help("a question, list or repeat", "questions, lists or repeats", near),
        fixes: near.first.map { [.init(title: "change to '\($0)'", range: r, replacement: $0)] } ?? []))
    return .invalid
  }

  /// The most a whole-number expression can be, from literals and the bounds of what it reads; nil when unknown.
  func staticMaximum(_ e: Expr) -> Int? {
    switch e.kind {
    case .integer(let v): return v
    case .variable(let v):
      if case .integer(_, let hi)? = survey.variables[v].questionType { return hi }
      return nil
    case .binary(.add, let a, let b):
      guard let x = staticMaximum(a), let y = staticMaximum(b) else { return nil }
      let (sum, overflow) = x.addingReportingOverflow(y)
      return overflow ? nil : sum
    case .call(.min, let args):
      let known = args.compactMap(staticMaximum)
      return known.min()
    case .call(.max, let args), .call(.coalesce, let args):
      let known = args.compactMap(staticMaximum)
      return known.count == args.count ? known.max() : nil
    case .call(.count, let args):
      if let first = args.first, case .manyOf(let l) = first.type { return survey.lists[l].options.count }
      return nil
    case .aggregate(.count, let l, _, _):
      return survey.levels[l].parent == 0 ? survey.levels[l].maxIterations : nil
    default:
      return nil
    }
  }

  /// Whether a variable of a repeat may be read in the current iteration; reports QD2016 when not.
  mutating func checkLevel(of v: VariableID, at r: TextRange, shownAs written: String) -> Bool {
    let lv = survey.variables[v].level
    if lv == 0 || survey.encloses(lv, currentLevel) { return true }
    let level = survey.levels[lv]
    let variable = survey.variables[v]
    var help = "outside the repeat, read it through an aggregate: " + aggregateExamples(level.name, variable)
    if case .forEachRepeat(let source) = survey.levels[currentLevel].driver, source == lv {
      help =
        "inside '\(survey.levels[currentLevel].name)', write \(survey.levels[currentLevel].name).\(variable.name) "
        + "for the answer of the '\(level.name)' it stands for"
    }
    report(
      Diagnostic(
        .repeatedOutsideRepeat,
        "'\(written)' is asked once for each '\(level.name)', so here it has no single value", at: r,
        related: [.init(variable.nameRange, "asked in the repeat '\(level.name)'")], help: help))
    return false
  }

  /// A name that is a repeat's: `R` (the iteration's option), `R.index`, `R.NAME`. Nil when `first` names no
  /// repeat, so the caller goes on with grids and lists.
  mutating func lowerRepeatReference(
    _ first: String, _ second: String?, at r: TextRange, secondRange: TextRange?, scope: Scope
  ) -> Expr? {
    guard let l = survey.levelIndex[first], survey.variableIndex[first] == nil else { return nil }
    let level = survey.levels[l]
    let inside = survey.encloses(l, currentLevel)
    guard let second else {
      if inside, let list = level.optionList { return Expr(.iterationOption(l), r, .oneOf(list)) }
      report(
        Diagnostic(
          inside ? .typeMismatch : .repeatedOutsideRepeat,
          inside
            ? "'\(first)' is a repeat over \(levelDriverWords(l)), so it has no option of its own"
            : "'\(first)' is a repeat, which has one value per iteration", at: r,
          help: inside
            ? "write \(first).index for the iteration's number"
            : "count its iterations with count(\(first)), or read an answer with sum(\(first).NAME), any(\(first) where …)"
        ))
      return Expr(.invalid, r, .error)
    }
    let sr = secondRange ?? r
    if second == "index" {
      guard inside else {
        report(
          Diagnostic(
            .repeatedOutsideRepeat, "'\(first).index' is the iteration's number inside the repeat '\(first)' only",
            at: r, related: [.init(level.nameRange, "the repeat '\(first)'")],
            help: "outside it, count(\(first)) is the number of iterations"))
        return Expr(.invalid, r, .error)
      }
      return Expr(.iterationIndex(l), r, .integer)
    }
    guard let v = survey.variableIndex[second] else {
      let near = suggestions(for: second) { state in
        let source = state.sourceLevel(of: l)
        return ["index"] + state.survey.variables.filter { v in v.level == l || v.level == source }.map(\.name)
      }
      report(
        Diagnostic(
          .unknownName, "the repeat '\(first)' has no question or calculate named '\(second)'", at: sr,
          help: NearMiss.help("a name", "names", near) ?? "write \(first).index or \(first).NAME of a question in it",
          fixes: near.first.map { [.init(title: "change to '\($0)'", range: sr, replacement: $0)] } ?? []))
      return Expr(.invalid, r, .error)
    }
    // `R.NAME` inside `repeat R for each S`: NAME of the S iteration that R's current one stands for.
    if inside, let s = sourceLevel(of: l), survey.variables[v].level == s {
      let saved = currentLevel
      currentLevel = s
      defer { currentLevel = saved }
      guard let resolved = resolveVariable(second, at: r, scope: scope, context: scope.what) else {
        return Expr(.invalid, r, .error)
      }
      if survey.encloses(s, l) {
        let read = PairRead(
          range: r, pair: l, outer: s, variable: resolved, universe: scope.universe, text: first + "." + second)
        if conditionDepth > 0 { pendingPairReads.append(read) } else { settle(read, condition: nil) }
      }
      noteOrderRead(declaredAt: survey.variables[resolved].nameRange.start, at: r)
      return Expr(.instanceVariable(l, resolved), r, survey.variables[resolved].type)
    }
    guard inside else {
      report(
        Diagnostic(
          .repeatedOutsideRepeat,
          "'\(first).\(second)' is asked once for each '\(first)', so here it has no single value", at: r,
          related: [.init(level.nameRange, "the repeat '\(first)'")],
          help: "read it through an aggregate: " + aggregateExamples(first, survey.variables[v])))
      return Expr(.invalid, r, .error)
    }
    guard survey.variables[v].level == l else {
      report(
        Diagnostic(
          .unknownName, "'\(second)' is not asked in the repeat '\(first)'", at: sr,
          related: [.init(survey.variables[v].nameRange, "declared here")],
          help: "write '\(second)' without '\(first).'"))
      return Expr(.invalid, r, .error)
    }
    guard let resolved = resolveVariable(second, at: r, scope: scope, context: scope.what) else {
      return Expr(.invalid, r, .error)
    }
    return Expr(.variable(resolved), r, survey.variables[resolved].type)
  }

  /// Reports a read of a later iteration in a loop over pairs (QD4014), unless the universe or the condition it
  /// is part of (`if other.index < person.index and other.age < 18`) keeps it to earlier iterations.
  mutating func settle(_ read: PairRead, condition: Expr?) {
    if isEarlierIteration(read.pair, of: read.outer, in: read.universe) { return }
    if let condition, guardsEarlier(condition, read.pair, read.outer) { return }
    let pair = survey.levels[read.pair].name
    let outer = survey.levels[read.outer].name
    report(
      Diagnostic(
        .laterIterationRead,
        "'\(read.text)' may not be asked yet: in the loop over pairs, '\(pair)' also stands for the "
          + "'\(outer)' iterations after the current one", at: read.range,
        related: [.init(survey.variables[read.variable].nameRange, "asked in each '\(outer)' iteration")],
        help: "ask under 'if \(pair).index < \(outer).index', so that each pair is asked once, about members "
          + "already listed, or ask the pairs in a repeat after the roster: repeat pairs for each \(outer) { … }"))
  }

  /// Whether a condition holds only for earlier iterations (or the same): `pair.index < outer.index` (or `<=`),
  /// alone or in an 'and'.
  func guardsEarlier(_ e: Expr, _ pair: LevelID, _ outer: LevelID) -> Bool {
    switch e.kind {
    case .binary(.and, let a, let b): return guardsEarlier(a, pair, outer) || guardsEarlier(b, pair, outer)
    // `<=` too: the pair of a member with itself reads answers given earlier in the same iteration.
    case .binary(.less, let a, let b), .binary(.lessEqual, let a, let b):
      if case .iterationIndex(let x) = a.kind, case .iterationIndex(let y) = b.kind { return x == pair && y == outer }
      return false
    case .binary(.greater, let a, let b), .binary(.greaterEqual, let a, let b):
      if case .iterationIndex(let x) = a.kind, case .iterationIndex(let y) = b.kind { return x == outer && y == pair }
      return false
    default: return false
    }
  }

  /// Whether the universe says that the current iteration of the pair loop `pair` stands for an earlier
  /// iteration of `outer` (`pair.index < outer.index`, or `outer.index > pair.index`, alone or in an 'and').
  func isEarlierIteration(_ pair: LevelID, of outer: LevelID, in universe: UniverseID) -> Bool {
    var u = universe
    while u != 0 {
      if case .holds(let e)? = survey.universes[u].fact, guardsEarlier(e, pair, outer) { return true }
      u = survey.universes[u].parent
    }
    return false
  }

  /// The repeat a `for each` over a repeat runs over.
  func sourceLevel(of l: LevelID) -> LevelID? {
    if case .forEachRepeat(let s) = survey.levels[l].driver { return s }
    return nil
  }

  func levelDriverWords(_ l: LevelID) -> String {
    switch survey.levels[l].driver {
    case .count: return "a count"
    case .forEachRepeat(let s): return "the repeat '\(survey.levels[s].name)'"
    case .addAnother: return "'add another'"
    default: return "its iterations"
    }
  }

  /// `count(R)`, `count(R where C)`, `sum(R.x)`, `min`, `max`, `any(R where C)`, `all(R where C)`. Nil when the
  /// call is not over a repeat and its function has another meaning (`count(many_of)`, `min(a, b)`).
  mutating func lowerAggregate(_ n: NodeID, _ aggregate: Aggregate, scope: Scope) -> Expr? {
    let r = tree.range(n)
    let argList = tree.child(n, .argList)
    let argNodes = argList.map { tree.expressions(in: $0) } ?? []
    let whereNode = argList.flatMap { tree.child($0, .whereClause) }
    var levelName: String?
    var valueName: (String, TextRange)?
    var subjectRange = r
    if let first = argNodes.first {
      subjectRange = tree.range(first)
      switch tree.kind(first) {
      case .nameRef: levelName = tree.nameToken(first).map(name)
      case .qualifiedName:
        let names = tree.directTokens(first).filter { tree.tokenKind($0).isNameLike }
        if names.count == 2 {
          levelName = name(names[0])
          valueName = (name(names[1]), range(names[1]))
        }
      default: break
      }
    }
    let l = levelName.flatMap { name in survey.variableIndex[name] == nil ? survey.levelIndex[name] : nil }
    let fname = aggregate.rawValue
    guard let l, argNodes.count == 1 else {
      let hasV1Meaning = aggregate == .count || aggregate == .min || aggregate == .max
      if hasV1Meaning && whereNode == nil { return nil }
      for a in argNodes { _ = lowerExpression(a, scope: scope, fallback: r) }
      report(
        Diagnostic(
          .invalidAggregate,
          "\(fname)() reads a value over the iterations of a repeat, but "
            + (levelName.map { "'\($0)' is not a repeat" } ?? "this is not the name of a repeat"), at: subjectRange,
          help: argNodes.count > 1 && aggregate == .sum
            ? "to add answers, write them with '+': \(argNodes.map { tree.text($0) }.joined(separator: " + "))"
            : aggregateHelp(aggregate, levelName: survey.levels.count > 1 ? survey.levels[1].name : "person")))
      return Expr(.invalid, r, .error)
    }
    let level = survey.levels[l]
    if survey.encloses(l, currentLevel) {
      report(
        Diagnostic(
          .invalidAggregate,
          "\(fname)(\(level.name) …) inside the repeat '\(level.name)' would read iterations not asked yet", at: r,
          related: [.init(level.nameRange, "the repeat '\(level.name)'")],
          help: "compute it after the repeat, e.g. calculate total = \(fname)(\(level.name)…)"))
      return Expr(.invalid, r, .error)
    }
    if level.endOrdinal < 0 || level.endOrdinal > scope.ordinal {
      report(
        Diagnostic(
          .laterVariable,
          "the repeat '\(level.name)' is asked later (line \(lineOf(level.nameRange))); \(scope.what) can only read "
            + "answers given before it", at: subjectRange, related: [.init(level.nameRange, "the repeat")],
          help: "move this below the repeat '\(level.name)'"))
      return Expr(.invalid, r, .error)
    }
    let saved = currentLevel
    currentLevel = l
    defer { currentLevel = saved }
    var value: Expr?
    let needsValue = aggregate == .sum || aggregate == .min || aggregate == .max
    if let (vn, vr) = valueName {
      guard needsValue else {
        report(
          Diagnostic(
            .invalidAggregate, "\(fname)() counts or tests iterations, not a value of each", at: subjectRange,
            help: aggregate == .count
              ? "write count(\(level.name) where answered(\(vn))) to count the iterations that answered it"
              : "write \(fname)(\(level.name) where \(vn) …)"))
        return Expr(.invalid, r, .error)
      }
      guard let v = survey.variableIndex[vn], survey.variables[v].level == l else {
        report(
          Diagnostic(
            .invalidAggregate, "'\(vn)' is not asked in the repeat '\(level.name)', so \(fname)() cannot read it there",
            at: vr,
            related: survey.variableIndex[vn].map { [.init(survey.variables[$0].nameRange, "declared here")] } ?? [],
            help: "name a question or calculate of the repeat: \(fname)(\(level.name).NAME)"))
        return Expr(.invalid, r, .error)
      }
      guard let resolved = resolveVariable(vn, at: vr, scope: scope, context: scope.what) else {
        return Expr(.invalid, r, .error)
      }
      let type = survey.variables[resolved].type
      let fits = aggregate == Aggregate.sum ? type.isNumber : (type.isNumber || type == .date)
      if !fits && type != .error {
        report(
          Diagnostic(
            .invalidAggregate,
            "\(fname)() needs \(aggregate == .sum ? "a number" : "a number or a date") of each iteration, but "
              + "'\(vn)' is \(type.describe(survey))", at: vr,
            help: aggregate == .sum
              ? "sum a number question, or count the iterations: count(\(level.name) where …)"
              : "take the \(fname) of a number or date question"))
        return Expr(.invalid, r, .error)
      }
      value = Expr(.variable(resolved), subjectRange, type)
    } else if needsValue {
      report(
        Diagnostic(
          .invalidAggregate, "\(fname)() needs a value of each iteration of '\(level.name)'", at: subjectRange,
          help: "name the value: \(fname)(\(level.name).NAME)"))
      return Expr(.invalid, r, .error)
    }
    var filter: Expr?
    if let w = whereNode {
      let whereScope = Scope(
        ordinal: scope.ordinal, selfVariable: scope.selfVariable, allowSelf: scope.allowSelf, universe: scope.universe,
        what: "the 'where' condition", positioned: scope.positioned)
      filter = lowerCondition(tree.expression(in: w), scope: whereScope, fallback: tree.range(w))
    } else if aggregate == .any || aggregate == .all {
      report(
        Diagnostic(
          .invalidAggregate, "\(fname)() needs a condition to test in each iteration", at: r,
          help: "write \(fname)(\(level.name) where CONDITION)"))
      return Expr(.invalid, r, .error)
    }
    let type: ValueType
    switch aggregate {
    case .count: type = .integer
    case .any, .all: type = ValueType.boolean
    case .sum, .min, .max: type = value?.type ?? .error
    }
    if value?.type == .error || filter?.type == .error { return Expr(.invalid, r, .error) }
    noteOrderRead(declaredAt: survey.levels[l].nameRange.start, at: r)
    return Expr(.aggregate(aggregate, l, value: value, filter: filter), r, type)
  }

  /// The aggregates that read a variable of a repeat, by its type: "sum(person.age), max(person.age), …".
  func aggregateExamples(_ repeatName: String, _ v: Variable) -> String {
    let r = repeatName
    let n = v.name
    var out: [String] = []
    if v.type.isNumber { out.append("sum(\(r).\(n))") }
    if v.type.isNumber || v.type == .date { out += ["min(\(r).\(n))", "max(\(r).\(n))"] }
    out += ["count(\(r) where answered(\(n)))", "any(\(r) where …)", "all(\(r) where …)"]
    return out.joined(separator: ", ")
  }

  func aggregateHelp(_ a: Aggregate, levelName: String) -> String {
    switch a {
    case .count: return "write count(\(levelName)) or count(\(levelName) where CONDITION)"
    case .sum, .min, .max: return "write \(a.rawValue)(\(levelName).NAME), optionally with 'where CONDITION'"
    case .any, .all: return "write \(a.rawValue)(\(levelName) where CONDITION)"
    }
  }
}
