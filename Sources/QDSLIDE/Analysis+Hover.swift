// Hover: what a name is (its declaration as written), its source-language text and who is asked (the universe).

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The hover for the name under the cursor, or for a function name in a call.
  public func hover(at offset: Int) -> Hover? {
    if let o = symbol(at: offset) { return Hover(range: o.range, markdown: describe(o.symbol)) }
    if let t = tokenIndex(at: offset), tree.tokens[t].kind == .identifier || tree.tokens[t].kind.isKeyword,
      let f = Function(rawValue: tree.tokenText(t)), isCall(t)
    {
      return Hover(range: tree.tokenRange(t), markdown: "```qdsl\n\(f.signature)\n```")
    }
    return nil
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
