// Names in a text newer than the last check (a reparsed `CurrentText`): what the name under the cursor stands for,
// found by its spelling and the tokens around it, since the check's occurrences are of the older text.

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The symbol under the cursor in a reparsed text, looked up by name among the check's variables, lists and
  /// options; nil where the name is unknown to the check (a name typed since).
  func symbolByName(at offset: Int) -> SymbolOccurrence? {
    if let t = tokenIndex(at: offset), [.string, .tripleString].contains(tree.tokens[t].kind) {
      return pipeSymbol(in: tree.tokenRange(t), at: offset)
    }
    guard let t = nameToken(at: offset) else { return nil }
    let range = tree.tokenRange(t)
    let name = tree.tokenText(t)
    func found(_ s: IDESymbol?) -> SymbolOccurrence? {
      s.map { SymbolOccurrence(range: range, symbol: $0, isDeclaration: false, isPipe: false) }
    }
    func option(_ l: ListID?) -> IDESymbol? {
      guard let l, let i = survey.lists[l].options.firstIndex(where: { $0.name == name }) else { return nil }
      return .option(l, i)
    }
    let previous = significantToken(before: range.start)
    // After a dot: an option of a list (`yes_no.yes`) or a grid's row (`culture.risk`).
    if let dot = previous, tree.tokens[dot].kind == .dot, let q = significantToken(before: Int(tree.tokens[dot].start)),
      tree.tokens[q].kind.isNameLike
    {
      let qualifier = tree.tokenText(q)
      if let l = survey.listIndex[qualifier] { return found(option(l)) }
      if survey.variableIndex[qualifier] == nil, survey.levelIndex[qualifier] != nil {
        // `person.index` names no symbol; `person.age` and `other.name` a variable.
        return name == "index" ? nil : found(survey.variableIndex[name].map { .variable($0) })
      }
      return found(survey.variableIndex[qualifier + "." + name].map { .variable($0) })
    }
    if let node = nodes(at: range.start).first {
      switch tree.kind(node) {
      case .choicesDecl where tree.declaredName(node) == t: return found(survey.listIndex[name].map { .list($0) })
      case .optionDecl where tree.nameToken(node) == t:
        return found(option(enclosingName(of: node, .choicesDecl).flatMap { survey.listIndex[$0] }))
      case .repeatDecl where tree.declaredName(node) == t: return found(survey.levelIndex[name].map { .level($0) })
      case .repeatForEach:
        if let v = survey.variableIndex[name] { return found(.variable(v)) }
        if let l = survey.listIndex[name] { return found(.list(l)) }
        return found(survey.levelIndex[name].map { .level($0) })
      case .rowDecl where tree.nameToken(node) == t:
        let grid = enclosingName(of: node, .gridDecl) ?? ""
        return found(survey.variableIndex[grid + "." + name].map { .variable($0) })
      case .oneOfType, .manyOfType: return found(survey.listIndex[name].map { .list($0) })
      default: break
      }
    }
    // After `==`, `!=`, `in` or `contains`: an option of the other operand's list, before a variable of that name.
    if let p = previous, let s = option(optionContext(after: p)) { return found(s) }
    if let v = survey.variableIndex[name] { return found(.variable(v)) }
    if let l = survey.levelIndex[name] { return found(.level(l)) }
    return found(survey.listIndex[name].map { .list($0) })
  }

  /// The name declared by the nearest enclosing node of a kind.
  private func enclosingName(of node: NodeID, _ kind: SyntaxKind) -> String? {
    var n = tree.parent(node)
    while let p = n, tree.kind(p) != kind { n = tree.parent(p) }
    return n.flatMap { tree.declaredName($0) }.map { tree.tokenText($0) }
  }

  /// The variable named by the `{pipe}` under the cursor in a string (the grid for the first part of `{grid.row}`).
  private func pipeSymbol(in string: TextRange, at offset: Int) -> SymbolOccurrence? {
    let b = bytes
    var i = string.start
    while i < string.end {
      guard b[i] == UInt8(ascii: "{") else {
        i += 1
        continue
      }
      var j = i + 1
      while j < string.end, b[j] != UInt8(ascii: "}"), b[j] != UInt8(ascii: "{"), b[j] != UInt8(ascii: "\"") { j += 1 }
      guard j < string.end, b[j] == UInt8(ascii: "}") else {
        i = j
        continue
      }
      let nameRange = TextRange(i + 1, j)
      if nameRange.start <= offset, offset <= nameRange.end, !nameRange.isEmpty {
        let name = tree.text(in: nameRange)
        guard let v = survey.variableIndex[name] else { return repeatPipeSymbol(name, nameRange, at: offset) }
        var range = nameRange
        var symbol = IDESymbol.variable(v)
        if let dot = name.utf8.firstIndex(of: UInt8(ascii: ".")) {
          let split = nameRange.start + name.utf8.distance(from: name.utf8.startIndex, to: dot)
          if offset <= split, case .gridRow(let grid, _) = survey.variables[v].kind {
            range = TextRange(nameRange.start, split)
            symbol = .variable(grid)
          } else {
            range = TextRange(split + 1, nameRange.end)
          }
        }
        return SymbolOccurrence(range: range, symbol: symbol, isDeclaration: false, isPipe: true)
      }
      i = j + 1
    }
    return nil
  }

  /// In `{person.index}`, `{crop}` or `{other.name}`: the repeat, or the variable after its dot.
  private func repeatPipeSymbol(_ name: String, _ nameRange: TextRange, at offset: Int) -> SymbolOccurrence? {
    let parts = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard survey.variableIndex[parts[0]] == nil, let l = survey.levelIndex[parts[0]] else { return nil }
    let split = nameRange.start + parts[0].utf8.count
    if parts.count == 1 || offset <= split {
      return SymbolOccurrence(
        range: TextRange(nameRange.start, split), symbol: .level(l), isDeclaration: false, isPipe: true)
    }
    guard parts[1] != "index", let v = survey.variableIndex[parts[1]] else { return nil }
    return SymbolOccurrence(
      range: TextRange(split + 1, nameRange.end), symbol: .variable(v), isDeclaration: false, isPipe: true)
  }
}
