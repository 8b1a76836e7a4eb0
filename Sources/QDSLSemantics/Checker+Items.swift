// The item walk: lowers sections, questions, grids, calculates, notes, conditions and ends in document order,
// building universes as it goes (enclosing conditions, earlier branches, and every earlier `end` survived).

import QDSLSyntax

/// The facts under which an `end` fires, relative to some enclosing block, and where the `end` is.
struct EndPath {
  var facts: [UniverseFact]
  var endRange: TextRange
}

extension CheckerState {
  /// Appends a universe node.
  mutating func addUniverse(_ parent: UniverseID, _ fact: UniverseFact) -> UniverseID {
    survey.universes.append(UniverseNode(parent: parent, fact: fact, depth: survey.universes[parent].depth + 1))
    return survey.universes.count - 1
  }

  /// The facts added between `base` and `current` (an ancestor walk), outermost first.
  func facts(from base: UniverseID, to current: UniverseID) -> [UniverseFact] {
    var out: [UniverseFact] = []
    var u = current
    while u != base && u != 0 {
      if let f = survey.universes[u].fact { out.append(f) }
      u = survey.universes[u].parent
    }
    return out.reversed()
  }

  /// The ordinal of the next declaration at a node: what an expression there may read. The walk visits
  /// declarations in document order, so this is one past the last declaration lowered.
  func ordinal(before n: NodeID) -> Int { nextOrdinal }

  /// Lowers the items of a block. Returns them and, for each `end` inside, the facts (relative to `base`)
  /// under which it fires. `quiet` silences "never shown" inside a part already reported as never shown.
  mutating func lowerBlock(_ parent: NodeID, base: UniverseID, quiet: Bool) -> ([Item], [EndPath]) {
    var current = base
    var items: [Item] = []
    var ends: [EndPath] = []
    var alwaysEnded: TextRange?
    var quiet = quiet
    for child in tree.children(parent) {
      let kind = tree.kind(child)
      switch kind {
      case .questionDecl, .gridDecl, .calculateDecl, .noteDecl, .ifItem, .endItem, .sectionDecl, .repeatDecl: break
      case .includeItem:
        reportUnloadedModule(child)
        continue
      default: continue
      }
      if let endRange = alwaysEnded, !quiet {
        quiet = true
        let at = tree.firstSignificantToken(child).map(range) ?? tree.range(child)
        report(
          Diagnostic(
            .neverShown, "this is never shown: the interview always ends at the 'end' above", at: at,
            related: [.init(endRange, "the interview ends here")],
            help: "put the 'end' inside an 'if', or move these items above it"))
      }
      switch kind {
      case .questionDecl:
        if let item = lowerQuestion(child, universe: current) {
          items.append(item)
          items += specifyItems(after: item, universe: current)
        }
      case .gridDecl:
        if let item = lowerGrid(child, universe: current) { items.append(item) }
      case .calculateDecl:
        if let item = lowerCalculate(child, universe: current) { items.append(item) }
      case .noteDecl:
        items.append(lowerNote(child, universe: current))
      case .repeatDecl:
        if let item = lowerRepeat(child, universe: current, quiet: quiet) { items.append(item) }
      case .sectionDecl:
        let nameToken = tree.declaredName(child)
        var title: TranslatedText?
        if let t = tree.child(child, .titleDecl), let block = tree.child(t, .translations) {
          let keyword = tree.firstSignificantToken(t).map(range) ?? tree.range(t)
          let scope = Scope(
            ordinal: ordinal(before: child), selfVariable: nil, allowSelf: false, universe: current,
            what: "the section's title")
          let sectionName = nameToken.map(name) ?? ""
          title = lowerText(block, anchor: keyword, what: "the title of section '\(sectionName)'", scope: scope)
        }
        let readsFrom = beginSection(child)
        let (sub, subEnds) = lowerBlock(child, base: current, quiet: quiet)
        let shuffle = endSection(
          child, name: nameToken.map(name) ?? "", items: sub, ends: subEnds.map(\.endRange), readsFrom: readsFrom)
        let prefix = facts(from: base, to: current)
        let sectionUniverse = current
        for e in subEnds {
          ends.append(EndPath(facts: prefix + e.facts, endRange: e.endRange))
          current = addUniverse(current, .survived(e.facts, endRange: e.endRange))
        }
        items.append(
          Item(
            kind: .section(
              Section(
                name: nameToken.map(name) ?? "", nameRange: nameToken.map(range) ?? tree.range(child), title: title,
                items: sub, shuffle: shuffle)), universe: sectionUniverse, range: tree.range(child)))
      case .ifItem:
        let ifUniverse = current
        let (conditional, branchEnds) = lowerConditional(child, universe: current, quiet: quiet)
        let prefix = facts(from: base, to: current)
        for e in branchEnds {
          ends.append(EndPath(facts: prefix + e.facts, endRange: e.endRange))
          current = addUniverse(current, .survived(e.facts, endRange: e.endRange))
        }
        items.append(Item(kind: .conditional(conditional), universe: ifUniverse, range: tree.range(child)))
      case .endItem:
        let keyword = tree.firstSignificantToken(child).map(range) ?? tree.range(child)
        if currentLevel != 0 {
          report(
            Diagnostic(
              .misplacedInRepeat,
              "an 'end' inside the repeat '\(survey.levels[currentLevel].name)' would end the whole interview "
                + "from one iteration's answers", at: keyword,
              help: "put the rest of the iteration under an 'if' instead, or move the 'end' after the repeat"))
          continue
        }
        var message: TranslatedText?
        if let block = tree.child(child, .translations) {
          let scope = Scope(
            ordinal: ordinal(before: child), selfVariable: nil, allowSelf: false, universe: current,
            what: "the closing message")
          message = lowerText(block, anchor: keyword, what: "the closing message", scope: scope)
        }
        items.append(
          Item(
            kind: .end(EndItem(message: message, keywordRange: keyword)), universe: current, range: tree.range(child)))
        ends.append(EndPath(facts: facts(from: base, to: current), endRange: keyword))
        current = addUniverse(current, .survived([], endRange: keyword))
        alwaysEnded = keyword
      default:
        break
      }
    }
    return (items, ends)
  }

  mutating func lowerConditional(_ n: NodeID, universe: UniverseID, quiet: Bool) -> (Conditional, [EndPath]) {
    let scopeOrdinal = ordinal(before: n)
    // First the conditions of every branch, then the universes: the failing conditions of earlier branches
    // form one shared chain, so a long `else if` chain costs linear time and space.
    var arms: [(node: NodeID, keyword: TextRange, condition: Expr?)] = []
    for b in tree.children(n) {
      let kind = tree.kind(b)
      guard kind == .ifBranch || kind == .elseBranch else { continue }
      let keyword = tree.firstSignificantToken(b).map(range) ?? tree.range(b)
      var condition: Expr?
      if kind == .ifBranch {
        let scope = Scope(
          ordinal: scopeOrdinal, selfVariable: nil, allowSelf: false, universe: universe, what: "the condition")
        condition = lowerCondition(tree.expression(in: b), scope: scope, fallback: keyword)
      }
      arms.append((b, keyword, condition))
    }
    let neverShown =
      quiet
      ? Array(repeating: false, count: arms.count)
      : testNeverShown(arms.map { ($0.condition, $0.keyword) }, base: universe)
    var branches: [Branch] = []
    var ends: [EndPath] = []
    var failed = universe
    var chainFacts: [UniverseFact] = []
    for (i, arm) in arms.enumerated() {
      var u = failed
      var branchFacts = chainFacts
      if let c = arm.condition {
        u = addUniverse(failed, .holds(c))
        branchFacts.append(.holds(c))
      }
      var items: [Item] = []
      if let block = tree.child(arm.node, .block) {
        let (blockItems, blockEnds) = lowerBlock(block, base: u, quiet: quiet || neverShown[i])
        items = blockItems
        for e in blockEnds { ends.append(EndPath(facts: branchFacts + e.facts, endRange: e.endRange)) }
      }
      branches.append(Branch(condition: arm.condition, keywordRange: arm.keyword, universe: u, items: items))
      if let c = arm.condition {
        failed = addUniverse(failed, .fails(c))
        chainFacts.append(.fails(c))
      }
    }
    return (Conditional(branches: branches), ends)
  }

  mutating func lowerQuestion(_ n: NodeID, universe: UniverseID) -> Item? {
    guard let v = variableOfNode[n] else { return nil }
    survey.variables[v].universe = universe
    let variable = survey.variables[v]
    let ordinal = variable.ordinal
    defer { nextOrdinal = ordinal + 1 }
    var textScope = Scope(
      ordinal: ordinal, selfVariable: v, allowSelf: false, universe: universe, what: "the question's text")
    var question = Question(
      variable: v, type: variable.questionType ?? .invalid, isRequired: variable.isRequired, text: nil, hint: nil,
      checks: [])
    if let clause = tree.child(n, .defaultClause) {
      question.defaultValue = lowerDefault(clause, question: v, universe: universe)
    }
    var chain = VariantChain(universe: universe)
    // Which of text, hint and rows were already given (a check may repeat).
    var seenText = false
    var seenHint = false
    var seenRows = false
    for part in tree.children(n) {
      let kind = tree.kind(part)
      let repeated: Bool
      switch kind {
      case .textPart: (repeated, seenText) = (seenText, true)
      case .hintPart: (repeated, seenHint) = (seenHint, true)
      case .rowsBlock: (repeated, seenRows) = (seenRows, true)
      case .checkPart: repeated = false
      case .textVariant:
        lowerTextVariant(
          part, itemWord: "question", itemName: variable.name, ordinal: ordinal, selfVariable: v, chain: &chain)
        continue
      default: continue
      }
      let keyword = tree.firstSignificantToken(part).map(range) ?? tree.range(part)
      if repeated {
        report(
          Diagnostic(
            .unexpectedToken,
            "the question '\(variable.name)' already has a \(name(tree.firstSignificantToken(part) ?? 0))", at: keyword,
            help: "merge the two into one block"))
        continue
      }
      switch kind {
      case .textPart:
        chain.plainText = keyword
        textScope.universe = chain.failed
        question.text = tree.child(part, .translations).map {
          lowerText($0, anchor: keyword, what: "the text of question '\(variable.name)'", scope: textScope)
        }
      case .hintPart:
        question.hint = tree.child(part, .translations).map {
          lowerText($0, anchor: keyword, what: "the hint of question '\(variable.name)'", scope: textScope)
        }
      case .checkPart:
        let scope = Scope(ordinal: ordinal, selfVariable: v, allowSelf: true, universe: universe, what: "the check")
        let condition = lowerCondition(tree.expression(in: part), scope: scope, fallback: keyword)
        let message = tree.child(part, .translations).map {
          lowerText($0, anchor: keyword, what: "the message of a check on '\(variable.name)'", scope: scope)
        }
        question.checks.append(
          Check(
            condition: condition, message: message, keywordRange: keyword, isSoft: tree.token(part, .kwSoft) != nil))
      default:
        report(
          Diagnostic(
            .unexpectedToken, "a question has no rows; only a grid has", at: keyword,
            help: "make it a grid: grid \(variable.name): one of LIST { … }"))
      }
    }
    question.shuffle = lowerQuestionShuffle(n, question)
    question.filter = lowerFilter(of: n, question: v, universe: universe)
    question.variants = chain.variants
    let reported = finishVariants(
      chain, itemWord: "question", itemName: variable.name, nameRange: variable.nameRange, universe: universe,
      itemRange: tree.range(n))
    if question.text == nil && !reported && !hasSyntaxError(in: tree.range(n)) {
      report(
        Diagnostic(
          .missingTranslation, "the question '\(variable.name)' has no text", at: variable.nameRange,
          help: "add the question's wording: text { \(survey.languages.map { "\($0) \"…\"" }.joined(separator: " ")) }")
      )
    }
    return Item(kind: .question(question), universe: universe, range: tree.range(n))
  }

  mutating func lowerGrid(_ n: NodeID, universe: UniverseID) -> Item? {
    guard let g = variableOfNode[n] else { return nil }
    survey.variables[g].universe = universe
    let variable = survey.variables[g]
    defer { nextOrdinal = variable.ordinal + 1 }
    let scope = Scope(
      ordinal: variable.ordinal, selfVariable: g, allowSelf: false, universe: universe, what: "the grid's text")
    var list: ListID?
    if let typeNode = tree.children(n).first(where: { tree.kind($0).isType }),
      case .oneOf(let l) = typeOfGridList(typeNode)
    {
      list = l
    }
    var grid = Grid(variable: g, list: list, isRequired: variable.isRequired, text: nil, hint: nil, rows: [])
    var chain = VariantChain(universe: universe)
    for part in tree.children(n) {
      let keyword = tree.firstSignificantToken(part).map(range) ?? tree.range(part)
      switch tree.kind(part) {
      case .textVariant:
        lowerTextVariant(
          part, itemWord: "grid", itemName: variable.name, ordinal: variable.ordinal, selfVariable: g, chain: &chain)
      case .textPart:
        chain.plainText = keyword
        var textScope = scope
        textScope.universe = chain.failed
        grid.text = tree.child(part, .translations).map {
          lowerText($0, anchor: keyword, what: "the text of grid '\(variable.name)'", scope: textScope)
        }
      case .hintPart:
        grid.hint = tree.child(part, .translations).map {
          lowerText($0, anchor: keyword, what: "the hint of grid '\(variable.name)'", scope: scope)
        }
      case .checkPart:
        report(
          Diagnostic(
            .unexpectedToken, "a grid cannot have checks", at: keyword,
            help: "put the check on a question, or compute a calculate from the rows"))
      case .rowsBlock:
        for row in tree.children(part, .rowDecl) {
          guard let r = variableOfNode[row] else { continue }
          survey.variables[r].universe = universe
          let rowName: String
          if case .gridRow(_, let rn) = survey.variables[r].kind { rowName = rn } else { rowName = "" }
          let label = tree.child(row, .translations).map {
            lowerText($0, anchor: survey.variables[r].nameRange, what: "the label of row '\(rowName)'", scope: scope)
          }
          grid.rows.append(GridRow(name: rowName, nameRange: survey.variables[r].nameRange, label: label, variable: r))
        }
      default:
        break
      }
    }
    grid.variants = chain.variants
    let reported = finishVariants(
      chain, itemWord: "grid", itemName: variable.name, nameRange: variable.nameRange, universe: universe,
      itemRange: tree.range(n))
    if grid.text == nil && !reported && !hasSyntaxError(in: tree.range(n)) {
      report(
        Diagnostic(
          .missingTranslation, "the grid '\(variable.name)' has no text", at: variable.nameRange,
          help: "add the grid's wording: text { … }"))
    }
    if tree.child(n, .rowsBlock) == nil && !hasSyntaxError(in: tree.range(n)) {
      report(
        Diagnostic(
          .unexpectedToken, "the grid '\(variable.name)' has no rows", at: variable.nameRange,
          help: "add its rows: rows { first { en \"…\" } second { en \"…\" } }"))
    }
    return Item(kind: .grid(grid), universe: universe, range: tree.range(n))
  }

  private mutating func typeOfGridList(_ typeNode: NodeID) -> ValueType {
    guard let t = tree.nameToken(typeNode, after: .kwOf) else { return .error }
    return survey.listIndex[name(t)].map { .oneOf($0) } ?? .error
  }

  mutating func lowerCalculate(_ n: NodeID, universe: UniverseID) -> Item? {
    guard let v = variableOfNode[n] else { return nil }
    survey.variables[v].universe = universe
    let variable = survey.variables[v]
    defer { nextOrdinal = variable.ordinal + 1 }
    let scope = Scope(
      ordinal: variable.ordinal, selfVariable: v, allowSelf: false, universe: universe,
      what: "the formula of '\(variable.name)'")
    let formula = lowerExpression(tree.expression(in: n), scope: scope, fallback: variable.nameRange)
    var type = formula.type
    switch type {
    case .option(let l): type = .oneOf(l)
    case .list, .grid, .rank:
      report(
        Diagnostic(
          .typeMismatch, "a calculate must hold one value, but this is \(type.describe(survey))", at: formula.range))
      type = .error
    default: break
    }
    survey.variables[v].type = type
    return Item(kind: .calculate(Calculate(variable: v, formula: formula)), universe: universe, range: tree.range(n))
  }

  mutating func lowerNote(_ n: NodeID, universe: UniverseID) -> Item {
    let nameToken = tree.declaredName(n)
    let noteName = nameToken.map(name) ?? ""
    let scope = Scope(
      ordinal: ordinal(before: n), selfVariable: nil, allowSelf: false, universe: universe, what: "the note's text")
    var note = Note(name: noteName, nameRange: nameToken.map(range) ?? tree.range(n), text: nil, hint: nil)
    var chain = VariantChain(universe: universe)
    for part in tree.children(n) {
      let keyword = tree.firstSignificantToken(part).map(range) ?? tree.range(part)
      switch tree.kind(part) {
      case .textVariant:
        lowerTextVariant(
          part, itemWord: "note", itemName: noteName, ordinal: scope.ordinal, selfVariable: nil, chain: &chain)
      case .textPart:
        chain.plainText = keyword
        var textScope = scope
        textScope.universe = chain.failed
        note.text = tree.child(part, .translations).map {
          lowerText($0, anchor: keyword, what: "the text of note '\(noteName)'", scope: textScope)
        }
      case .hintPart:
        note.hint = tree.child(part, .translations).map {
          lowerText($0, anchor: keyword, what: "the hint of note '\(noteName)'", scope: scope)
        }
      case .checkPart, .rowsBlock:
        report(
          Diagnostic(
            .unexpectedToken, "a note only has a text (and a hint)", at: keyword,
            help: "a note shows text; checks belong to questions"))
      default:
        break
      }
    }
    note.variants = chain.variants
    let reported = finishVariants(
      chain, itemWord: "note", itemName: noteName, nameRange: note.nameRange, universe: universe,
      itemRange: tree.range(n))
    if note.text == nil && !reported && !hasSyntaxError(in: tree.range(n)) {
      report(
        Diagnostic(
          .missingTranslation, "the note '\(noteName)' has no text", at: note.nameRange,
          help: "add the note's text: text { … }"))
    }
    return Item(kind: .note(note), universe: universe, range: tree.range(n))
  }
}

extension CheckerState {
  /// `include NAME` in a file checked on its own: the items of a module exist only in an instrument assembled
  /// from its files (the source set), so here the name is unknown.
  mutating func reportUnloadedModule(_ n: NodeID) {
    let at = tree.declaredName(n).map(range) ?? tree.firstSignificantToken(n).map(range) ?? tree.range(n)
    let moduleName = tree.declaredName(n).map(name) ?? ""
    report(
      Diagnostic(
        .unknownName, "there is no module '\(moduleName)' used by this file", at: at,
        help: "load the module with 'use \"FILE.qdsl\"' at the top of this file (a file checked on its own "
          + "loads no module)"))
  }
}
