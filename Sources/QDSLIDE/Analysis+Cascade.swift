// The editor's view of cascading and conditional options: completion of attribute names after `option.` in a
// question's filter, hover on `option.ATTR` and on declared attributes, and the tokens of attribute names.

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The list whose candidate option a `where` filter around the path reads, if any.
  func filteredList(path: [NodeID]) -> ListID? {
    guard path.contains(where: { tree.kind($0) == .filterClause }),
      let question = path.first(where: { tree.kind($0) == .questionDecl })
        ?? path.last(where: {
          tree.kind($0) == .questionDecl
        }),
      let nameToken = tree.declaredName(question), let v = survey.variableIndex[tree.tokenText(nameToken)]
    else { return nil }
    switch survey.variables[v].questionType {
    case .oneOf(let l)?, .manyOf(let l)?: return l
    default: return nil
    }
  }

  /// After `option.` in a filter: the attributes of the question's list.
  func attributeItems(path: [NodeID]) -> [CompletionItem]? {
    guard let l = filteredList(path: path) else { return nil }
    return survey.lists[l].attributes.enumerated().map { i, a in
      CompletionItem(
        label: a.name, kind: .variable, detail: a.type.spelling(survey),
        documentation: "An attribute of the options of '\(survey.lists[l].name)'.", insertText: nil,
        sortText: "1" + Analysis.padded(i))
    }
  }

  /// Hover on the attribute of `option.ATTR` in a filter, or on an attribute's name where it is declared or given.
  func attributeHover(at offset: Int) -> Hover? {
    guard let t = tokenIndex(at: offset), tree.tokens[t].kind.isNameLike else { return nil }
    let path = nodes(at: offset)
    let name = tree.tokenText(t)
    var list: ListID?
    if let l = filteredList(path: path), let dot = significantToken(before: Int(tree.tokens[t].start)),
      tree.tokens[dot].kind == .dot, let first = significantToken(before: Int(tree.tokens[dot].start)),
      tree.token(first, spells: "option")
    {
      list = l
    } else if let owner = path.first(where: { tree.kind($0) == .choicesDecl }),
      path.contains(where: { tree.kind($0) == .attributeDecl || tree.kind($0) == .optionAttribute }),
      let listName = tree.declaredName(owner)
    {
      list = survey.listIndex[tree.tokenText(listName)]
    }
    guard let l = list, let a = survey.lists[l].attributeIndex[name] else { return nil }
    let attribute = survey.lists[l].attributes[a]
    return Hover(
      range: tree.tokenRange(t),
      markdown: "```qdsl\n\(attribute.name): \(attribute.type.spelling(survey))\n```\n\nAn attribute of the options of "
        + "'\(survey.lists[l].name)': every option gives it, and a question's filter reads it as "
        + "`option.\(attribute.name)`.")
  }

  /// A question's filter as qdsl, or nil.
  func filterSource(of v: VariableID) -> String? {
    func find(_ items: [Item]) -> Expr?? {
      for item in items {
        switch item.kind {
        case .question(let q) where q.variable == v: return .some(q.filter)
        case .section(let s): if let f = find(s.items) { return f }
        case .conditional(let c): for b in c.branches { if let f = find(b.items) { return f } }
        case .repeat(let r): if let f = find(r.items) { return f }
        default: continue
        }
      }
      return nil
    }
    return (find(survey.items) ?? nil).map { survey.source(of: $0) }
  }

  /// ` (country: country, population: integer)` after a list's name, or nothing.
  func attributeSignature(_ l: ListID) -> String {
    let attributes = survey.lists[l].attributes
    guard !attributes.isEmpty else { return "" }
    return " (" + attributes.map { "\($0.name): \($0.type.spelling(survey))" }.joined(separator: ", ") + ")"
  }

  /// ` if (COND)` and the attribute values of an option, as written in qdsl, or nothing.
  func offeredNote(_ o: ChoiceOption, _ l: ListID) -> String {
    var out = ""
    if let c = o.condition { out += " offered if `\(survey.source(of: c))`" }
    for (i, a) in survey.lists[l].attributes.enumerated() {
      guard i < o.attributes.count, let value = o.attributes[i] else { continue }
      out += " `\(a.name) = \(value.source(a.type, survey))`"
    }
    return out
  }

  /// The tokens of attribute names (declared, given, and read as `option.ATTR`) and of `option` in filters.
  func cascadeTokens() -> (attributes: Set<Int>, candidates: Set<Int>) {
    var attributes = Set<Int>()
    var candidates = Set<Int>()
    for (i, n) in tree.nodes.enumerated() {
      let node = NodeID(i)
      switch n.kind {
      case .attributeDecl, .optionAttribute:
        if let t = tree.nameToken(node) { attributes.insert(t) }
      case .qualifiedName:
        let names = tree.directTokens(node).filter { tree.tokens[$0].kind.isNameLike }
        guard names.count == 2, tree.token(names[0], spells: "option"), survey.variableIndex["option"] == nil else {
          continue
        }
        var p = tree.parent(node)
        while let q = p, tree.kind(q) != .filterClause { p = tree.parent(q) }
        guard p != nil else { continue }
        candidates.insert(names[0])
        attributes.insert(names[1])
      default:
        continue
      }
    }
    return (attributes, candidates)
  }
}
