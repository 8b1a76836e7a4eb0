// Hover: what a name is (its declaration as written), its source-language text and who is asked (the universe).

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The hover for the name under the cursor (a note's or section's too), or for a function name in a call.
  public func hover(at offset: Int) -> Hover? {
    if let o = isReparsed ? symbolByName(at: offset) : symbol(at: offset) {
      return Hover(range: o.range, markdown: describe(o.symbol))
    }
    if let h = namedItemHover(at: offset) { return h }
    if let t = tokenIndex(at: offset), tree.tokens[t].kind == .identifier || tree.tokens[t].kind.isKeyword,
      let f = Function(rawValue: tree.tokenText(t)), isCall(t)
    {
      return Hover(range: tree.tokenRange(t), markdown: "```qdsl\n\(f.signature)\n```")
    }
    return nil
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
      if case .grid = v.kind {
        let rows = survey.variables.compactMap { r -> String? in
          if case .gridRow(let g, let row) = r.kind, g == id { return row }
          return nil
        }
        if !rows.isEmpty { out += "\n\nRows: " + rows.map { "`\($0)`" }.joined(separator: ", ") }
      }
      out += "\n\nAsked: " + (survey.universeText(v.universe).map { "`\($0)`" } ?? "everyone")
      if v.dataNames.count > 1 || v.dataNames.first != v.name, !v.dataNames.isEmpty {
        out += "\n\nData: " + v.dataNames.map { "`\($0)`" }.joined(separator: ", ")
      }
      return out
    case .list(let l):
      let list = survey.lists[l]
      var out = "```qdsl\nchoices \(list.name)\n```"
      for o in list.options {
        var line = "\n- `\(o.code)` `\(o.name)`"
        if let label = o.label, let src = label.entries.first { line += " " + src.template.display }
        if o.isExclusive { line += " (exclusive)" }
        if o.isMissing { line += " (missing)" }
        out += line
      }
      return out
    case .option(let l, let i):
      let o = survey.lists[l].options[i]
      var out = "```qdsl\n\(o.code) \(o.name)\n```\n\nOption of `\(survey.lists[l].name)`, code \(o.code)"
      if let label = o.label, let src = label.entries.first { out += "\n\n" + src.template.display }
      if o.isExclusive { out += "\n\nExclusive: clears the other selections." }
      if o.isMissing { out += "\n\nA missing-value code." }
      return out
    }
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
