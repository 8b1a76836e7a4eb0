// Rename: every occurrence of a variable, list, option or repeat, `{pipes}` in all translations included; invalid
// or clashing names are refused with a message.

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The range and current name of the renameable name under the cursor.
  public func prepareRename(at offset: Int) -> RenameTarget? {
    guard let o = symbol(at: offset) else { return nil }
    // A specify text is named after its question and option: renaming one of them renames it.
    if case .variable(let v) = o.symbol, survey.variables[v].specifies != nil { return nil }
    return RenameTarget(range: o.range, placeholder: name(of: o.symbol))
  }

  /// The edits that rename the symbol under the cursor to `newName`.
  public func rename(at offset: Int, to newName: String) -> Result<[TextEdit], RenameError> {
    guard let o = symbol(at: offset) else {
      return .failure(RenameError(message: "there is no question, list, option or repeat name here to rename"))
    }
    if let problem = Analysis.nameProblem(newName) { return .failure(RenameError(message: problem)) }
    if case .variable(let v) = o.symbol, let s = survey.variables[v].specifies {
      let question = survey.variables[s.question].name
      return .failure(
        RenameError(
          message: "'\(survey.variables[v].name)' is the 'other, specify' text of '\(question)', named after it and "
            + "its option '\(survey.lists[s.list].options[s.option].name)': rename the question or the option"))
    }
    let old = name(of: o.symbol)
    if newName != old, let clash = clash(o.symbol, newName) { return .failure(RenameError(message: clash)) }
    var edits = index.occurrences(of: o.symbol).map { TextEdit(range: $0.range, newText: newName) }
    edits += specifyTextEdits(o.symbol, newName)
    return .success(edits)
  }

  /// Renaming a question or an option renames the specify texts named after it (`partners_other`) where they are
  /// read.
  private func specifyTextEdits(_ symbol: IDESymbol, _ newName: String) -> [TextEdit] {
    var edits: [TextEdit] = []
    for v in survey.variables {
      guard let s = v.specifies else { continue }
      let option = survey.lists[s.list].options[s.option].name
      let renamed: String
      switch symbol {
      case .variable(let q) where q == s.question: renamed = newName + "_" + option
      case .option(let l, let i) where l == s.list && i == s.option:
        renamed = survey.variables[s.question].name + "_" + newName
      default: continue
      }
      edits += index.occurrences(of: .variable(v.id)).map { TextEdit(range: $0.range, newText: renamed) }
    }
    return edits
  }

  /// Why a name is not valid, or nil: ASCII letter or `_` first, then letters, digits and `_`; no reserved word.
  static func nameProblem(_ name: String) -> String? {
    let bytes = Array(name.utf8)
    func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F }
    guard let first = bytes.first else { return "a name cannot be empty" }
    guard isLetter(first), bytes.allSatisfy({ isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) }) else {
      return "'\(name)' is not a valid name: use ASCII letters, digits and '_', starting with a letter or '_'"
    }
    if let kind = Keywords.all.first(where: { $0.0 == name })?.1, kind.isReserved {
      return "'\(name)' is a reserved word of the expression language and cannot be a name"
    }
    return nil
  }

  private func clash(_ s: IDESymbol, _ newName: String) -> String? {
    switch s {
    case .variable(let v):
      let variable = survey.variables[v]
      if case .gridRow(let g, _) = variable.kind {
        let full = survey.variables[g].name + "." + newName
        return survey.variableIndex[full] != nil ? "the grid already has a row named '\(newName)'" : nil
      }
      return itemNameClash(newName)
    case .level: return itemNameClash(newName)
    case .list:
      return survey.listIndex[newName] != nil ? "a choice list named '\(newName)' already exists" : nil
    case .option(let l, _):
      return survey.lists[l].optionIndex[newName] != nil
        ? "the list '\(survey.lists[l].name)' already has an option named '\(newName)'" : nil
    }
  }

  /// Questions, grids, calculates, sections, notes and repeats share one set of names.
  private func itemNameClash(_ newName: String) -> String? {
    if survey.variableIndex[newName] != nil { return "a variable named '\(newName)' already exists" }
    if survey.levelIndex[newName] != nil { return "a repeat named '\(newName)' already exists" }
    func named(_ items: [Item]) -> String? {
      for item in items {
        switch item.kind {
        case .section(let s):
          if s.name == newName { return "a section named '\(newName)' already exists" }
          if let found = named(s.items) { return found }
        case .note(let n) where n.name == newName: return "a note named '\(newName)' already exists"
        case .repeat(let r): if let found = named(r.items) { return found }
        case .conditional(let c): for b in c.branches { if let found = named(b.items) { return found } }
        default: break
        }
      }
      return nil
    }
    return named(survey.items)
  }
}
