// Hover: what a name is (its declaration as written), its source-language text and who is asked (the universe);
// for a repeated variable the iterations it is asked in, for a repeat its driver and most iterations.

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The hover for the name under the cursor (a note's or section's too), or for a function name in a call.
  public func hover(at offset: Int) -> Hover? {
    if let o = isReparsed ? symbolByName(at: offset) : symbol(at: offset) {
      return Hover(range: o.range, markdown: describe(o.symbol))
    }
    if let h = namedItemHover(at: offset) { return h }
    if let h = attributeHover(at: offset) { return h }
    if let h = iterationIndexHover(at: offset) { return h }
    if let h = patternHover(at: offset) { return h }
    if let h = draftHover(at: offset) { return h }
    if let t = tokenIndex(at: offset), tree.tokens[t].kind == .identifier || tree.tokens[t].kind.isKeyword, isCall(t) {
      let name = tree.tokenText(t)
      if let a = aggregateCall(named: t) {
        return Hover(range: tree.tokenRange(t), markdown: "```qdsl\n\(a.signature)\n```\n\n\(a.summary)")
      }
      if let f = Function(rawValue: name) {
        return Hover(range: tree.tokenRange(t), markdown: "```qdsl\n\(f.signature)\n```")
      }
    }
    return nil
  }

  /// The aggregate a call's name token starts, if the call reads a repeat (see `isAggregateCall`).
  func aggregateCall(named t: Int) -> Aggregate? {
    var p = t + 1
    while p < tree.tokens.count, tree.tokens[p].kind.isTrivia { p += 1 }
    guard p < tree.tokens.count, tree.tokens[p].kind == .lParen else { return nil }
    var first: String?
    var a = p + 1
    while a < tree.tokens.count, tree.tokens[a].kind.isTrivia { a += 1 }
    if a < tree.tokens.count, tree.tokens[a].kind.isNameLike { first = tree.tokenText(a) }
    // A `where` at the call's own depth.
    var depth = 0
    var hasWhere = false
    var k = p
    while k < tree.tokens.count, k < p + 400 {
      switch tree.tokens[k].kind {
      case .lParen, .lBracket: depth += 1
      case .rParen, .rBracket: depth -= 1
      case .kwWhere where depth == 1: hasWhere = true
      case .lBrace, .rBrace: depth = 0
      default: break
      }
      if depth == 0 { break }
      k += 1
    }
    return isAggregateCall(tree.tokenText(t), firstArgument: first, hasWhere: hasWhere)
  }

  /// `index` in `person.index`: the iteration's number.
  private func iterationIndexHover(at offset: Int) -> Hover? {
    guard let t = nameToken(at: offset), tree.token(t, spells: "index"),
      let dot = significantToken(before: Int(tree.tokens[t].start)), tree.tokens[dot].kind == .dot,
      let q = significantToken(before: Int(tree.tokens[dot].start)), tree.tokens[q].kind.isNameLike,
      survey.variableIndex[tree.tokenText(q)] == nil, let l = survey.levelIndex[tree.tokenText(q)]
    else { return nil }
    let name = survey.levels[l].name
    return Hover(
      range: tree.tokenRange(t),
      markdown: "```qdsl\n\(name).index: integer\n```\n\nThe number of the current iteration of `\(name)`, from 1 "
        + "to at most \(survey.levels[l].maxIterations).")
  }

  /// The note or section whose declared name is under the cursor: its declaration, its source-language text and
  /// who sees it.
  private func namedItemHover(at offset: Int) -> Hover? {
    guard let t = nameToken(at: offset) else { return nil }
    let range = tree.tokenRange(t)
    guard let node = nodes(at: range.start).first, [.noteDecl, .sectionDecl].contains(tree.kind(node)),
      tree.declaredName(node) == t
    else { return nil }
    let name = tree.tokenText(t)
    // The check's ranges are of an older text when this one is reparsed: the item is found by its name.
    func matches(_ itemName: String, _ nameRange: TextRange) -> Bool {
      isReparsed ? itemName == name : nameRange == range
    }
    func find(_ items: [Item]) -> Hover? {
      for item in items {
        switch item.kind {
        case .note(let n) where matches(n.name, n.nameRange):
          return Hover(range: range, markdown: describeItem("note \(n.name)", n.text, item.universe, "Shown"))
        case .section(let s):
          if matches(s.name, s.nameRange) {
            return Hover(range: range, markdown: describeItem("section \(s.name)", s.title, item.universe, "Shown"))
          }
          if let h = find(s.items) { return h }
        case .repeat(let r): if let h = find(r.items) { return h }
        case .conditional(let c):
          for b in c.branches { if let h = find(b.items) { return h } }
        default: break
        }
      }
      return nil
    }
    return find(survey.items)
  }

  private func describeItem(_ declaration: String, _ text: TranslatedText?, _ universe: UniverseID, _ verb: String)
    -> String
  {
    var out = "```qdsl\n\(declaration)\n```"
    if let t = text?.entries.first?.template.display { out += "\n\n\(t)" }
    return out + "\n\n\(verb): " + (survey.universeText(universe).map { "`\($0)`" } ?? "everyone")
  }

  /// The name-like token under the cursor, or just before it (a cursor right after a name is on it).
  func nameToken(at offset: Int) -> Int? {
    guard var t = tokenIndex(at: offset) else { return nil }
    if !tree.tokens[t].kind.isNameLike, Int(tree.tokens[t].start) == offset, t > 0, tree.tokens[t - 1].kind.isNameLike {
      t -= 1
    }
    guard tree.tokens[t].kind.isNameLike, tree.tokenRange(t).end >= offset else { return nil }
    return t
  }

  /// Whether token `t` is followed by `(`.
  func isCall(_ t: Int) -> Bool {
    var k = t + 1
    while k < tree.tokens.count, tree.tokens[k].kind.isTrivia { k += 1 }
    return k < tree.tokens.count && tree.tokens[k].kind == .lParen
  }

  /// The Markdown description of a symbol.
  public func describe(_ s: IDESymbol) -> String {
    switch s {
    case .variable(let id):
      let v = survey.variables[id]
      var out = "```qdsl\n\(signature(v))\n```"
      if let t = sourceText(of: id) { out += "\n\n\(t)" }
      if let notes = index.variantNotes[id] { out += notes }
      if case .grid = v.kind {
        let rows = survey.variables.compactMap { r -> String? in
          if case .gridRow(let g, let row) = r.kind, g == id { return row }
          return nil
        }
        if !rows.isEmpty { out += "\n\nRows: " + rows.map { "`\($0)`" }.joined(separator: ", ") }
      }
      let universe = survey.universeText(v.universe)
      if case .paradata(let kind) = v.kind {
        out += "\n\nFilled by the collector: \(kind.meaning) (\(v.type.spelling(survey)))"
        if kind == .end { out += "; not readable during the interview" }
        return out
      }
      if case .sample(let isOptional) = v.kind {
        out +=
          isOptional
          ? "\n\nFrom the sample, never asked; optional: a respondent's row may lack it"
          : "\n\nFrom the sample, never asked; present for every respondent"
        return out
      }
      if v.level == 0 {
        out += "\n\nAsked: " + (universe.map { "`\($0)`" } ?? "everyone")
      } else {
        out += "\n\nAsked: for \(levelWords(v.level))" + (universe.map { ", when `\($0)`" } ?? "")
      }
      if let filter = filterSource(of: id) { out += "\n\nOffers: the options where `\(filter)`" }
      if v.dataNames.count > 1 || v.dataNames.first != v.name, !v.dataNames.isEmpty {
        out += "\n\nData: " + v.dataNames.map { "`\($0)`" }.joined(separator: ", ")
      }
      if case .rank = v.type { out += "\n\nEach option's rank: 1 for the first; every option is ranked." }
      if let order = shuffleOrder(of: id) {
        out +=
          "\n\nShuffled: the options are shown in a random order per respondent ('fixed' ones stay); the order "
          + "shown is recorded in `\(order.orderVariable)`."
      }
      if v.level != 0 { out += "\n\n" + levelLine(v.level) }
      if let s = v.specifies {
        out +=
          "\n\nThe 'other, specify' text of `\(survey.variables[s.question].name)` for its option "
          + "`\(survey.lists[s.list].options[s.option].name)`"
      } else {
        let texts = survey.variables.dropFirst(id + 1).prefix { $0.specifies?.question == id }
        if !texts.isEmpty {
          out += "\n\nOther, specify: " + texts.map { "`\($0.name)`" }.joined(separator: ", ")
        }
      }
      return out
    case .level(let l):
      return describeRepeat(l)
    case .list(let l):
      let list = survey.lists[l]
      var out = "```qdsl\nchoices \(list.name)\(attributeSignature(l))\n```"
      for o in list.options {
        var line = "\n- `\(o.code)` `\(o.name)`"
        if let label = o.label, let src = label.entries.first { line += " " + src.template.display }
        if o.isExclusive { line += " (exclusive)" }
        if o.isMissing { line += " (missing)" }
        if o.isFixed { line += " (fixed)" }
        line += offeredNote(o, l)
        if o.specifyRange != nil { line += " (specify)" }
        out += line
      }
      return out
    case .option(let l, let i):
      let o = survey.lists[l].options[i]
      var out = "```qdsl\n\(o.code) \(o.name)\n```\n\nOption of `\(survey.lists[l].name)`, code \(o.code)"
      if let label = o.label, let src = label.entries.first { out += "\n\n" + src.template.display }
      if o.isExclusive { out += "\n\nExclusive: clears the other selections." }
      if o.isMissing { out += "\n\nA missing-value code." }
      if o.isFixed { out += "\n\nFixed: keeps its place when a question shuffles the options." }
      let note = offeredNote(o, l)
      if !note.isEmpty { out += "\n\n" + note.dropFirst() }
      if let d = o.description, let src = d.entries.first { out += "\n\nDescription: " + src.template.display }
      if o.specifyRange != nil {
        let prompt = o.specify?.entries.first.map { ": " + $0.template.display } ?? ""
        out += "\n\nOther, specify\(prompt) (a text `QUESTION_\(o.name)` for each question using the list)"
      }
      return out
    }
  }

  /// `repeat person count household_size`, its title, how often it runs, who sees it and its data file's keys.
  private func describeRepeat(_ l: LevelID) -> String {
    let level = survey.levels[l]
    var out = "```qdsl\nrepeat \(level.name)" + (driverText(l).map { " " + $0 } ?? "") + "\n```"
    if let t = level.title?.entries.first?.template.display { out += "\n\n\(t)" }
    var runs: String
    switch level.driver {
    case .count(let e): runs = "as many times as `\(survey.source(of: e))` says"
    case .forEachQuestion(let v, _):
      runs = "once for each option chosen in `\(survey.variables[v].name)`, in list order"
    case .forEachList(let list): runs = "once for each option of `\(survey.lists[list].name)`"
    case .forEachRepeat(let s): runs = "once for each iteration of `\(survey.levels[s].name)`"
    case .addAnother(let e): runs = "again while `\(survey.source(of: e))` after an iteration"
    case .none, .invalid: runs = "(its driver has an error)"
    }
    runs += ", at most \(level.maxIterations) " + (level.maxIterations == 1 ? "time" : "times")
    if let parent = level.parent, parent != 0 { runs += ", in \(levelWords(parent))" }
    out += "\n\nRuns: " + runs
    if let item = repeatItems().first(where: { $0.0.level == l })?.1 {
      out += "\n\nShown: " + (survey.universeText(item.universe).map { "`\($0)`" } ?? "everyone")
    }
    return out + "\n\n" + levelLine(l)
  }

  /// `Level: \`person\`, one row per iteration, keyed by \`record_id\`, \`person_index\``.
  private func levelLine(_ l: LevelID) -> String {
    "Level: `\(survey.levels[l].name)`, one data row per iteration, keyed by "
      + survey.levels[l].keys.map { "`\($0)`" }.joined(separator: ", ")
  }

  /// `question adopted: one of yes_no required`, `calculate total: integer`, `grid culture: one of agreement`.
  func signature(_ v: Variable) -> String {
    let required = v.isRequired ? " required" : ""
    switch v.kind {
    case .question:
      return "question \(v.name): \(questionTypeText(v))\(required)"
    case .grid:
      return "grid \(v.name)\(gridTypeText(v))\(required)"
    case .gridRow:
      return "row \(v.name): \(v.type.spelling(survey))\(required)"
    case .calculate:
      return "calculate \(v.name): \(v.type.spelling(survey))"
    case .paradata(let kind):
      return "paradata \(v.name): \(kind.rawValue)"
    case .sample(let isOptional):
      return "sample \(v.name): \(questionTypeText(v))" + (isOptional ? " optional" : "")
    }
  }

  private func questionTypeText(_ v: Variable) -> String {
    switch v.questionType {
    case .integer(let lo, let hi)?: return "integer" + bounds(lo.map(String.init), hi.map(String.init))
    case .decimal(let lo, let hi)?: return "decimal" + bounds(lo.map { "\($0)" }, hi.map { "\($0)" })
    case .text(let max)?: return "text" + (max.map { " max \($0)" } ?? "")
    default: return v.type.spelling(survey)
    }
  }

  private func bounds(_ lo: String?, _ hi: String?) -> String {
    lo == nil && hi == nil ? "" : " \(lo ?? "")..\(hi ?? "")"
  }

  private func gridTypeText(_ v: Variable) -> String {
    for r in survey.variables {
      if case .gridRow(let g, _) = r.kind, g == v.id { return ": " + r.type.spelling(survey) }
    }
    return ""
  }

  /// The source-language text of a question, grid or grid row.
  func sourceText(of id: VariableID) -> String? { index.texts[id]?.entries.first?.template.display }
}
