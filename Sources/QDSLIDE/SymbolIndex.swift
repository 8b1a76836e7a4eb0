// Every declaration and use of a variable, choice list, option or repeat in one document, sorted by offset.
// Uses come from the semantic model (expressions, `{pipes}` in every translation, repeats' drivers, `R.index`,
// `R.x`, aggregates) and from the tree (list types, `for each NAME`).

import QDSLSemantics
import QDSLSyntax

/// The occurrences of every symbol of a checked file, for navigation, rename, highlighting and tokens.
struct SymbolIndex: Sendable {
  /// Sorted by range start; ranges never overlap.
  var occurrences: [SymbolOccurrence] = []
  /// Indices into `occurrences` per symbol, in source order.
  var bySymbol: [IDESymbol: [Int]] = [:]
  /// The text of each question and grid and the label of each grid row, for hovers and completion.
  var texts: [VariableID: TranslatedText] = [:]
  /// Lines for the hover of a question or grid with text variants, a default or soft checks.
  var variantNotes: [VariableID: String] = [:]

  init(_ file: CheckedFile) {
    var b = Builder(file: file)
    b.collect()
    var seen = Set<TextRange>()
    occurrences = b.out.filter { seen.insert($0.range).inserted }.sorted { $0.range < $1.range }
    for (i, o) in occurrences.enumerated() { bySymbol[o.symbol, default: []].append(i) }
    texts = b.texts
    variantNotes = b.variantNotes
  }

  /// The occurrence under or just before an offset (a cursor right after a name is on it).
  func occurrence(at offset: Int) -> SymbolOccurrence? {
    var lo = 0
    var hi = occurrences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if occurrences[mid].range.end < offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo < occurrences.count, occurrences[lo].range.start <= offset else { return nil }
    return occurrences[lo]
  }

  func occurrences(of symbol: IDESymbol) -> [SymbolOccurrence] {
    (bySymbol[symbol] ?? []).map { occurrences[$0] }
  }

  /// The occurrences starting inside a range, in order.
  func occurrences(in range: TextRange) -> ArraySlice<SymbolOccurrence> {
    var lo = 0
    var hi = occurrences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if occurrences[mid].range.start < range.start { lo = mid + 1 } else { hi = mid }
    }
    var end = lo
    while end < occurrences.count, occurrences[end].range.start < range.end { end += 1 }
    return occurrences[lo..<end]
  }
}

private struct Builder {
  let file: CheckedFile
  var out: [SymbolOccurrence] = []
  var texts: [VariableID: TranslatedText] = [:]
  var variantNotes: [VariableID: String] = [:]
  var survey: Survey { file.survey }
  var tree: SyntaxTree { file.parse.tree }

  init(file: CheckedFile) { self.file = file }

  mutating func collect() {
    for (l, list) in survey.lists.enumerated() {
      add(list.nameRange, .list(l), declaration: true)
      for (i, o) in list.options.enumerated() {
        add(o.nameRange, .option(l, i), declaration: true)
        if let label = o.label { text(label) }
        if let d = o.description { text(d) }
        if let prompt = o.specify { text(prompt) }
      }
    }
    // A specify text is declared by its question (at the question's name), which keeps that place.
    for v in survey.variables where v.specifies == nil { add(v.nameRange, .variable(v.id), declaration: true) }
    for l in survey.levels.indices.dropFirst() {
      add(survey.levels[l].nameRange, .level(l), declaration: true)
      switch survey.levels[l].driver {
      case .count(let e), .addAnother(let e): expr(e)
      default: break
      }
    }
    if let t = survey.title { text(t) }
    items(survey.items)
    listTypes()
    forEachTargets()
  }

  mutating func add(_ r: TextRange, _ s: IDESymbol, declaration: Bool = false, pipe: Bool = false) {
    guard !r.isEmpty else { return }
    out.append(SymbolOccurrence(range: r, symbol: s, isDeclaration: declaration, isPipe: pipe))
  }

  mutating func items(_ list: [Item]) {
    for item in list {
      switch item.kind {
      case .section(let s):
        if let t = s.title { text(t) }
        items(s.items)
      case .repeat(let r):
        if let t = r.title { text(t) }
        items(r.items)
      case .question(let q):
        if let t = q.text {
          // A specify text's prompt belongs to its option (indexed with the list).
          if q.specifies == nil { text(t) }
          texts[q.variable] = t
        }
        if let t = q.hint { text(t) }
        for c in q.checks {
          expr(c.condition)
          if let m = c.message { text(m) }
        }
        variants(q.variants, of: q.variable)
        if let d = q.defaultValue {
          expr(d)
          variantNotes[q.variable, default: ""] += "\n\nDefault: `\(survey.source(of: d))`"
        }
        let soft = q.checks.filter(\.isSoft).count
        if soft > 0 {
          variantNotes[q.variable, default: ""] +=
            "\n\n\(soft == 1 ? "A soft check" : "\(soft) soft checks"): the respondent may confirm and go on"
        }
      case .grid(let g):
        if let t = g.text {
          text(t)
          texts[g.variable] = t
        }
        if let t = g.hint { text(t) }
        variants(g.variants, of: g.variable)
        for r in g.rows {
          if let t = r.label {
            text(t)
            texts[r.variable] = t
          }
        }
      case .calculate(let c): expr(c.formula)
      case .note(let n):
        variants(n.variants, of: nil)
        if let t = n.text { text(t) }
        if let t = n.hint { text(t) }
      case .conditional(let c):
        for b in c.branches {
          // The condition of a specify text is not written anywhere.
          if let e = b.condition, !c.asksSpecifyText { expr(e) }
          items(b.items)
        }
      case .end(let e): if let m = e.message { text(m) }
      }
    }
  }

  /// The conditions and texts of text variants; for a question or grid, a hover line per variant.
  mutating func variants(_ variants: [TextVariant], of variable: VariableID?) {
    for v in variants {
      expr(v.condition)
      text(v.text)
      if let variable, let first = v.text.entries.first {
        variantNotes[variable, default: ""] +=
          "\n\nText if `\(survey.source(of: v.condition))`: \(first.template.display)"
      }
    }
  }

  mutating func text(_ t: TranslatedText) {
    for entry in t.entries {
      for part in entry.template.parts {
        guard case .pipe(let name, let r) = part else { continue }
        if let v = survey.variableIndex[name] {
          qualified(v, names: pipeSegments(name, r), pipe: true)
        } else {
          repeatPipe(name, r)
        }
      }
    }
  }

  /// `{person.index}`, `{crop}` (the iteration's option) and `{other.name}` / `{person.age}` (a variable read at
  /// a repeat's level).
  mutating func repeatPipe(_ name: String, _ r: TextRange) {
    let segments = pipeSegments(name, r)
    let first = tree.text(in: segments[0])
    guard survey.variableIndex[first] == nil, let l = survey.levelIndex[first] else { return }
    add(segments[0], .level(l), pipe: true)
    guard segments.count == 2 else { return }
    let second = tree.text(in: segments[1])
    if second != "index", let v = survey.variableIndex[second] { add(segments[1], .variable(v), pipe: true) }
  }

  /// The ranges of `a` and `b` in a pipe `{a.b}` (or just `a`).
  func pipeSegments(_ name: String, _ r: TextRange) -> [TextRange] {
    guard let dot = name.utf8.firstIndex(of: UInt8(ascii: ".")) else { return [r] }
    let first = name.utf8.distance(from: name.utf8.startIndex, to: dot)
    return [TextRange(r.start, r.start + first), TextRange(r.start + first + 1, r.end)]
  }

  /// A use of variable `v`: a grid row written `grid.row` also uses the grid; `person.age` uses the repeat.
  mutating func qualified(_ v: VariableID, names: [TextRange], pipe: Bool) {
    var names = names
    if names.count >= 2, let l = level(named: names[0]) {
      add(names[0], .level(l), pipe: pipe)
      names.removeFirst()
    }
    guard let last = names.last else { return }
    if case .gridRow(let g, _) = survey.variables[v].kind, names.count == 2 {
      add(names[0], .variable(g), pipe: pipe)
    }
    add(last, .variable(v), pipe: pipe)
  }

  /// The name tokens inside a range of the source, in order.
  func nameTokens(in r: TextRange) -> [TextRange] {
    let tokens = tree.tokens
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(tokens[mid].start) < r.start { lo = mid + 1 } else { hi = mid }
    }
    var found: [TextRange] = []
    var t = lo
    while t < tokens.count, Int(tokens[t].start) < r.end {
      if tokens[t].kind.isNameLike { found.append(tree.tokenRange(t)) }
      t += 1
    }
    return found
  }

  mutating func expr(_ e: Expr) {
    switch e.kind {
    case .variable(let v): qualified(v, names: nameTokens(in: e.range), pipe: false)
    case .option(let l, let i):
      let names = nameTokens(in: e.range)
      if names.count == 2 { add(names[0], .list(l)) }
      if let last = names.last { add(last, .option(l, i)) }
    case .list(let items): for i in items { expr(i) }
    case .unary(_, let a): expr(a)
    case .binary(_, let a, let b):
      expr(a)
      expr(b)
    case .call(_, let args): for a in args { expr(a) }
    case .iterationIndex(let l), .iterationOption(let l):
      if let first = nameTokens(in: e.range).first { add(first, .level(l)) }
    case .instanceVariable(let l, let v):
      let names = nameTokens(in: e.range)
      if let first = names.first { add(first, .level(l)) }
      if names.count >= 2, let last = names.last { add(last, .variable(v)) }
    case .aggregate(_, let l, let value, let filter):
      if let value {
        expr(value)
      } else if let subject = aggregateSubject(in: e.range) {
        add(subject, .level(l))
      }
      if let filter { expr(filter) }
    default: break
    }
  }

  /// The repeat a name token names (not a variable of that name).
  func level(named r: TextRange) -> LevelID? {
    let name = tree.text(in: r)
    guard survey.variableIndex[name] == nil else { return nil }
    return survey.levelIndex[name]
  }

  /// The name right after the `(` of an aggregate call: `person` in `count(person where …)`.
  func aggregateSubject(in r: TextRange) -> TextRange? {
    let tokens = tree.tokens
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(tokens[mid].start) < r.start { lo = mid + 1 } else { hi = mid }
    }
    var t = lo
    while t < tokens.count, Int(tokens[t].start) < r.end, tokens[t].kind != .lParen { t += 1 }
    t += 1
    while t < tokens.count, Int(tokens[t].start) < r.end, tokens[t].kind.isTrivia { t += 1 }
    guard t < tokens.count, Int(tokens[t].start) < r.end, tokens[t].kind.isNameLike else { return nil }
    return tree.tokenRange(t)
  }

  /// `for each NAME` in repeat headers: a `many of` question, a choice list or an earlier repeat.
  mutating func forEachTargets() {
    guard survey.levels.count > 1 else { return }
    var byName: [Int: LevelID] = [:]
    for l in survey.levels.indices.dropFirst() { byName[survey.levels[l].nameRange.start] = l }
    for (i, n) in tree.nodes.enumerated() where n.kind == .repeatForEach {
      guard let repeatNode = tree.parent(NodeID(i)), let declared = tree.declaredName(repeatNode),
        let l = byName[tree.tokenRange(declared).start], let t = tree.nameToken(NodeID(i), after: .kwEach)
      else { continue }
      let r = tree.tokenRange(t)
      switch survey.levels[l].driver {
      case .forEachQuestion(let v, _): add(r, .variable(v))
      case .forEachList(let list): add(r, .list(list))
      case .forEachRepeat(let s): add(r, .level(s))
      default: break
      }
    }
  }

  /// `one of LIST` and `many of LIST` in question and grid types.
  mutating func listTypes() {
    for (i, n) in tree.nodes.enumerated() where n.kind == .oneOfType || n.kind == .manyOfType {
      guard let t = tree.nameToken(NodeID(i), after: .kwOf), let l = survey.listIndex[tree.tokenText(t)] else {
        continue
      }
      add(tree.tokenRange(t), .list(l))
    }
  }
}
