// Every declaration and use of a variable, choice list or option in one document, sorted by offset.
// Uses come from the semantic model (expressions, `{pipes}` in every translation) and from the tree (list types).

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

  init(_ file: CheckedFile) {
    var b = Builder(file: file)
    b.collect()
    var seen = Set<TextRange>()
    occurrences = b.out.filter { seen.insert($0.range).inserted }.sorted { $0.range < $1.range }
    for (i, o) in occurrences.enumerated() { bySymbol[o.symbol, default: []].append(i) }
    texts = b.texts
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
  var survey: Survey { file.survey }
  var tree: SyntaxTree { file.parse.tree }

  init(file: CheckedFile) { self.file = file }

  mutating func collect() {
    for (l, list) in survey.lists.enumerated() {
      add(list.nameRange, .list(l), declaration: true)
      for (i, o) in list.options.enumerated() {
        add(o.nameRange, .option(l, i), declaration: true)
        if let label = o.label { text(label) }
      }
    }
    for v in survey.variables { add(v.nameRange, .variable(v.id), declaration: true) }
    if let t = survey.title { text(t) }
    items(survey.items)
    listTypes()
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
          text(t)
          texts[q.variable] = t
        }
        if let t = q.hint { text(t) }
        for c in q.checks {
          expr(c.condition)
          if let m = c.message { text(m) }
        }
      case .grid(let g):
        if let t = g.text {
          text(t)
          texts[g.variable] = t
        }
        if let t = g.hint { text(t) }
        for r in g.rows {
          if let t = r.label {
            text(t)
            texts[r.variable] = t
          }
        }
      case .calculate(let c): expr(c.formula)
      case .note(let n):
        if let t = n.text { text(t) }
        if let t = n.hint { text(t) }
      case .conditional(let c):
        for b in c.branches {
          if let e = b.condition { expr(e) }
          items(b.items)
        }
      case .end(let e): if let m = e.message { text(m) }
      }
    }
  }

  mutating func text(_ t: TranslatedText) {
    for entry in t.entries {
      for part in entry.template.parts {
        guard case .pipe(let name, let r) = part, let v = survey.variableIndex[name] else { continue }
        qualified(v, names: pipeSegments(name, r), pipe: true)
      }
    }
  }

  /// The ranges of `a` and `b` in a pipe `{a.b}` (or just `a`).
  func pipeSegments(_ name: String, _ r: TextRange) -> [TextRange] {
    guard let dot = name.utf8.firstIndex(of: UInt8(ascii: ".")) else { return [r] }
    let first = name.utf8.distance(from: name.utf8.startIndex, to: dot)
    return [TextRange(r.start, r.start + first), TextRange(r.start + first + 1, r.end)]
  }

  /// A use of variable `v`: a grid row written `grid.row` also uses the grid.
  mutating func qualified(_ v: VariableID, names: [TextRange], pipe: Bool) {
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
    default: break
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
