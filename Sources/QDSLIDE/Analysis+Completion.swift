// Completion that knows its context: declaration keywords at top level, item keywords in blocks, parts in a
// question, types after `:`, lists after `one of`/`many of`, earlier variables and functions in expressions, the
// options of the other operand's list after `==`, `!=`, `in`, `contains`, languages in a text block (missing
// ones first) and pipe names after `{` in a string. Names are those readable at the cursor's level: inside a
// repeat its own variables, those of the repeats around it and the instrument's, with `R.index` and the iteration's
// option; outside, a repeat is read through aggregates (`count(R where …)`, `sum(R.x)`), whose repeat names and
// `where` are offered too, as are the driver words after `repeat NAME`.

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// At most this many items are returned; the list is then marked incomplete.
  public static let completionLimit = 100

  public func completion(at rawOffset: Int) -> Completion {
    let offset = cursor(rawOffset)
    var replacing = TextRange.empty(at: offset)
    var before = offset
    // A partial name under the cursor is replaced; the context is what comes before it.
    if offset > 0, let t = tokenIndex(at: offset - 1) {
      let r = tree.tokenRange(t)
      let kind = tree.tokens[t].kind
      if kind == .string || kind == .tripleString {
        if r.end > offset || !isClosedString(r, kind) { return pipeCompletion(string: r, offset: offset) }
      } else if kind == .comment, r.end >= offset, lineIndex.line(of: r.start) == lineIndex.line(of: offset) {
        return Completion(items: [], replacing: replacing, isIncomplete: false)
      } else if kind.isNameLike || kind.isKeyword, r.end >= offset {
        replacing = TextRange(r.start, offset)
        before = r.start
      }
    }
    let prefix = text(replacing)
    let prev = significantToken(before: before)
    let prevKind = prev.map { tree.tokens[$0].kind }
    let path = nodes(at: before)
    var items: [CompletionItem]
    switch prevKind {
    case .colon?:
      // `started: ` in a paradata block names what the collector records; elsewhere an answer type follows.
      items = path.contains { tree.kind($0) == .paradataDecl } ? paradataKindItems() : typeItems()
    case .kwOf?: items = survey.lists.map { listItem($0) }
    case .kwOne?, .kwMany?, .kwRank?: items = [keyword("of")]
    case .dot?: items = prev.map { qualifiedItems(afterDot: $0, path: path, offset: before) } ?? []
    case .kwSoft?: items = [keyword("check", "a check the respondent may confirm and pass")]
    case .kwText? where path.contains(where: { [.questionDecl, .gridDecl, .noteDecl].contains(tree.kind($0)) }):
      items = [keyword("if", "a text variant, shown when its condition holds")]
    case .kwDefault?:
      // `default …`: the options of the question's list first, then what an expression may read.
      let question = path.first { tree.kind($0) == .questionDecl }
      let list = question.flatMap { tree.declaredName($0) }.flatMap { survey.variable(named: tree.tokenText($0)) }?
        .questionType.flatMap { type -> ListID? in
          switch type {
          case .oneOf(let l), .manyOf(let l): return l
          default: return nil
          }
        }
      items = (list.map(optionItems) ?? []) + expressionItems(path: path, offset: before, prefix: prefix)
    default:
      let aggregate = aggregateContext(before: before)
      if let p = prev, let header = repeatHeaderItems(after: p, path: path, offset: before, prefix: prefix) {
        items = header
      } else if let p = prev, let a = aggregate, !a.afterWhere, !a.afterComma, a.subjectEnd == p {
        items = [keyword("where", "keep the iterations where a condition holds")]
      } else if let p = prev, let a = aggregate, a.openParen == p {
        items = aggregatedRepeats(offset: before, scope: scopeLevel(path: path, offset: before))
        if Function(rawValue: a.aggregate.rawValue) != nil {
          items += expressionItems(path: path, offset: before, prefix: prefix)
        }
      } else if let p = prev, let options = optionContext(after: p) {
        items = optionItems(options) + expressionItems(path: path, offset: before, prefix: prefix)
      } else if let p = prev, startsExpression(p, path: path) {
        items = expressionItems(path: path, offset: before, prefix: prefix)
      } else if let block = path.first(where: { tree.kind($0) == .translations }) {
        items = languageItems(block)
      } else if let header = headerModifierItems(path: path, offset: before) {
        items = header
      } else {
        items = statementItems(path: path)
      }
    }
    return finish(items, prefix: prefix, replacing: replacing)
  }

  private func finish(_ all: [CompletionItem], prefix: String, replacing: TextRange) -> Completion {
    let p = Array(prefix.utf8).map(Analysis.lower)
    var items = p.isEmpty ? all : all.filter { Analysis.matches($0.label, p) }
    let incomplete = items.count > Analysis.completionLimit
    if incomplete {
      // Keep the items the editor would show first: by rank, in list order within a rank (variables are listed
      // nearest first), without comparing strings.
      var buckets: [[CompletionItem]] = Array(repeating: [], count: 5)
      for item in items { buckets[Analysis.rank(item)].append(item) }
      items = Array(buckets.joined().prefix(Analysis.completionLimit))
    }
    // Details, documentation and order are made only for the variables returned.
    // (Items that already have a detail, such as grid rows after `grid.`, are complete.)
    for i in items.indices where items[i].kind == .variable && items[i].detail == nil {
      if let v = survey.variableIndex[items[i].label] {
        // The detail is what the designer recognises: the question's text (the declaration for calculates).
        items[i].detail = sourceText(of: v) ?? signature(survey.variables[v])
        items[i].documentation = describe(.variable(v))
        items[i].sortText = "1" + Analysis.padded(100_000_000 - survey.variables[v].ordinal)
      }
    }
    return Completion(items: items, replacing: replacing, isIncomplete: incomplete)
  }

  /// The documentation of a variable's completion item (what its hover shows), for lazy resolution.
  public func completionDocumentation(variable name: String) -> String? {
    survey.variableIndex[name].map { describe(.variable($0)) }
  }

  /// Options and repeats first, then variables, keywords, functions, everything else.
  private static func rank(_ item: CompletionItem) -> Int {
    switch item.kind {
    case .option, .repeat: return 0
    case .variable: return 1
    case .keyword: return 2
    case .function: return 3
    default: return 4
    }
  }

  static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }

  /// A number as nine digits, so that sort texts compare as numbers.
  static func padded(_ n: Int) -> String {
    let s = String(max(0, n))
    return String(repeating: "0", count: max(0, 9 - s.count)) + s
  }

  /// Whether the lowercased `pattern` is a subsequence of `label` starting at its first character (ASCII
  /// case-insensitive, without allocating).
  static func matches(_ label: String, _ pattern: [UInt8]) -> Bool {
    guard let first = pattern.first, let l = label.utf8.first, lower(l) == first else { return false }
    var i = 0
    for b in label.utf8 where i < pattern.count && lower(b) == pattern[i] { i += 1 }
    return i == pattern.count
  }

  private func isClosedString(_ r: TextRange, _ kind: TokenKind) -> Bool {
    let q = kind == .tripleString ? 3 : 1
    guard r.length >= 2 * q else { return false }
    return bytes[r.end - 1] == 0x22
  }

  // MARK: Contexts

  /// Pipe names after an unclosed `{` in a string.
  private func pipeCompletion(string r: TextRange, offset: Int) -> Completion {
    var i = offset - 1
    while i > r.start {
      let b = bytes[i]
      if b == 0x7D || b == 0x22 || LineBreak.isBreakByte(b) { break }
      if b == 0x7B {
        if i > r.start, bytes[i - 1] == 0x7B { break }  // `{{` is a literal brace
        let replacing = TextRange(i + 1, offset)
        let path = nodes(at: r.start)
        let prefix = text(replacing)
        let items =
          visibleVariables(path: path, offset: r.start, includeGrids: false, prefix: prefix)
          + iterationItems(path: path, offset: r.start)
        return finish(items, prefix: prefix, replacing: replacing)
      }
      i -= 1
    }
    return Completion(items: [], replacing: .empty(at: offset), isIncomplete: false)
  }

  /// The list whose options fit after the token `p` (`==`, `!=`, `in`, `contains`, or inside `in [ … ]`).
  func optionContext(after p: Int) -> ListID? {
    var op = p
    let kind = tree.tokens[p].kind
    if kind == .lBracket || kind == .comma {
      // Back over the list to its `[`, then to the operator before it.
      var t = p
      while t >= 0 {
        let k = tree.tokens[t].kind
        if k == .lBracket { break }
        if !(k.isTrivia || k.isNameLike || k == .comma || k == .integer) { return nil }
        t -= 1
      }
      guard t > 0, let before = significantToken(before: Int(tree.tokens[t].start)) else { return nil }
      op = before
    }
    guard [.eqEq, .bangEq, .kwIn, .kwContains].contains(tree.tokens[op].kind),
      let operand = significantToken(before: Int(tree.tokens[op].start)), tree.tokens[operand].kind.isNameLike
    else { return nil }
    var name = tree.tokenText(operand)
    if let dot = significantToken(before: Int(tree.tokens[operand].start)), tree.tokens[dot].kind == .dot,
      let grid = significantToken(before: Int(tree.tokens[dot].start)), tree.tokens[grid].kind.isNameLike
    {
      let qualifier = tree.tokenText(grid)
      // `option.country == …` in a filter: the options of the attribute's list.
      if qualifier == "option", survey.variableIndex[qualifier] == nil,
        let l = filteredList(path: nodes(at: Int(tree.tokens[op].start))),
        let a = survey.lists[l].attributeIndex[name]
      {
        return survey.lists[l].attributes[a].type.valueType.choiceList
      }
      // `other.relation == …`, `person.employed == …`: a variable read at a repeat's level.
      if survey.variableIndex[qualifier] == nil, survey.levelIndex[qualifier] != nil {
        return survey.variable(named: name)?.type.choiceList
      }
      name = qualifier + "." + name
    }
    // `crop == …` inside `repeat crop for each crops`: the iteration's option.
    if survey.variableIndex[name] == nil, let l = survey.levelIndex[name] { return survey.levels[l].optionList }
    return survey.variable(named: name)?.type.choiceList
  }

  /// After `grid.`: the grid's rows; after `list.`: the list's options; after `R.`: `index` and the variables
  /// read at R's level.
  private func qualifiedItems(afterDot dot: Int, path: [NodeID], offset: Int) -> [CompletionItem] {
    guard let t = significantToken(before: Int(tree.tokens[dot].start)), tree.tokens[t].kind.isNameLike else {
      return []
    }
    let name = tree.tokenText(t)
    if name == "option", survey.variableIndex[name] == nil, let items = attributeItems(path: path) { return items }
    if let l = survey.listIndex[name] { return optionItems(l) }
    if survey.variableIndex[name] == nil, let l = survey.levelIndex[name] {
      return repeatMembers(l, qualifier: t, path: path, offset: offset)
    }
    guard let g = survey.variableIndex[name], case .grid = survey.variables[g].kind else { return [] }
    return survey.variables.compactMap { v in
      guard case .gridRow(let grid, let row) = v.kind, grid == g else { return nil }
      return CompletionItem(
        label: row, kind: .variable, detail: sourceText(of: v.id) ?? signature(v),
        documentation: describe(.variable(v.id)),
        insertText: nil,
        sortText: "1" + Analysis.padded(v.ordinal))
    }
  }

  /// After `R.`: inside R, `index` and the variables of R (with a `for each S`, those of S: `R.NAME`) declared
  /// before the cursor; as the value of `sum`, `min` or `max` over R, its number and date variables.
  private func repeatMembers(_ l: LevelID, qualifier: Int, path: [NodeID], offset: Int) -> [CompletionItem] {
    let scope = scopeLevel(path: path, offset: offset)
    let limit = visibilityLimit(path: path, offset: offset)
    func member(_ v: Variable) -> CompletionItem? {
      guard !v.isDuplicate else { return nil }
      switch v.kind {
      case .grid, .gridRow: return nil
      default:
        return CompletionItem(
          label: v.name, kind: .variable, detail: nil, documentation: nil, insertText: nil, sortText: nil)
      }
    }
    let isDeclared = declaredBefore(limit)
    if survey.encloses(l, scope) {
      var levels = [l]
      if case .forEachRepeat(let s) = survey.levels[l].driver { levels.append(s) }
      let index = CompletionItem(
        label: "index", kind: .variable,
        detail: "integer · the number of this iteration of \(survey.levels[l].name), from 1", documentation: nil,
        insertText: nil, sortText: "0index")
      return [index]
        + survey.variables.filter { levels.contains($0.level) && isDeclared($0) }.compactMap(member)
    }
    guard let a = aggregateContext(before: Int(tree.tokens[qualifier].start) + 1), a.level == l,
      a.subjectStart == qualifier, [.sum, .min, .max].contains(a.aggregate)
    else { return [] }
    return survey.variables.filter { $0.level == l && ($0.type.isNumber || $0.type == .date) }.compactMap(member)
  }

  /// The repeats an aggregate at `offset` may read: those ended before it that do not hold it.
  private func aggregatedRepeats(offset: Int, scope: LevelID) -> [CompletionItem] {
    var items: [CompletionItem] = []
    for (i, n) in tree.nodes.enumerated() where n.kind == .repeatDecl {
      let node = NodeID(i)
      guard tree.range(node).end <= offset, let l = level(ofRepeat: node), !survey.encloses(l, scope) else { continue }
      items.append(repeatItem(l, sortText: "0" + survey.levels[l].name))
    }
    return items
  }

  private func repeatItem(_ l: LevelID, sortText: String?) -> CompletionItem {
    let level = survey.levels[l]
    return CompletionItem(
      label: level.name, kind: .repeat, detail: "repeat" + (driverText(l).map { " · " + $0 } ?? ""),
      documentation: describe(.level(l)), insertText: nil, sortText: sortText)
  }

  /// In a repeat's header: the driver words after `repeat NAME`, `each` after `for`, what `for each` may run over,
  /// `while` after `max N`, an expression after `count` and `while`. Nil elsewhere.
  private func repeatHeaderItems(after p: Int, path: [NodeID], offset: Int, prefix: String) -> [CompletionItem]? {
    let kind = tree.tokens[p].kind
    let before = significantToken(before: Int(tree.tokens[p].start))
    let beforeKind = before.map { tree.tokens[$0].kind }
    if kind.isNameLike, beforeKind == .kwRepeat {
      return [
        keyword("count", "count N: one iteration per unit of a whole number (count household_size)"),
        keyword("for each", "one iteration per option chosen, per option of a list, or per iteration of a repeat"),
        keyword("max", "max N: the most iterations"),
        keyword("while", "while CONDITION: add another while the condition holds after an iteration (needs max)"),
      ]
    }
    guard inRepeatHeader(p) else { return nil }
    switch kind {
    case .kwFor: return [keyword("each")]
    case .kwEach:
      let own = repeatKeyword(before: p).flatMap { k -> String? in
        guard let name = tree.tokens[(k + 1)...].firstIndex(where: { !$0.kind.isTrivia }),
          tree.tokens[name].kind.isNameLike
        else { return nil }
        return tree.tokenText(name)
      }
      return forEachTargets(path: path, offset: offset, own: own)
    case .integer where beforeKind == .kwMax: return [keyword("while")]
    case .kwWhile: return expressionItems(path: path, offset: offset, prefix: prefix)
    case .identifier where tree.token(p, spells: "count") && before.map({ tree.tokens[$0].kind.isNameLike }) == true:
      return expressionItems(path: path, offset: offset, prefix: prefix)
    default: return nil
    }
  }

  /// Whether token `p` is in the header of a `repeat` (between its keyword and its `{`).
  private func inRepeatHeader(_ p: Int) -> Bool { repeatKeyword(before: p) != nil }

  /// The `repeat` keyword whose header holds token `p`.
  private func repeatKeyword(before p: Int) -> Int? {
    var t = p
    var steps = 0
    while t >= 0, steps < 200 {
      switch tree.tokens[t].kind {
      case .kwRepeat: return t
      case .lBrace, .rBrace, .string, .tripleString, .kwQuestion, .kwGrid, .kwCalculate, .kwNote, .kwSection, .kwIf,
        .kwChoices, .kwEnd, .kwCheck, .colon:
        return nil
      default: break
      }
      t -= 1
      steps += 1
    }
    return nil
  }

  /// After `for each`: the `many of` questions readable here, the choice lists and the repeats declared before.
  private func forEachTargets(path: [NodeID], offset: Int, own: String?) -> [CompletionItem] {
    let scope = scopeLevel(path: path, offset: offset)
    let limit = visibilityLimit(path: path, offset: offset)
    let isDeclared = declaredBefore(limit)
    var items: [CompletionItem] = survey.variables.reversed().compactMap { v in
      guard case .manyOf = v.type, !v.isDuplicate, isReadable(v, in: scope), isDeclared(v) else {
        return nil
      }
      return CompletionItem(
        label: v.name, kind: .variable, detail: nil, documentation: nil, insertText: nil, sortText: nil)
    }
    items += survey.lists.map { listItem($0) }
    for l in survey.levels.indices.dropFirst() where survey.levels[l].nameRange.start < limit || isReparsed {
      if survey.levels[l].name == own { continue }
      items.append(repeatItem(l, sortText: "1" + survey.levels[l].name))
    }
    return items
  }

  /// Whether an expression may start after token `p`.
  private func startsExpression(_ p: Int, path: [NodeID]) -> Bool {
    switch tree.tokens[p].kind {
    case .kwIf, .kwAnd, .kwOr, .kwNot, .eqEq, .bangEq, .less, .lessEq, .greater, .greaterEq, .plus, .minus, .star,
      .slash, .kwIn, .kwContains, .kwCheck, .kwWhere:
      return true
    case .lParen, .comma, .lBracket:
      return path.contains { tree.kind($0).isExpression || tree.kind($0) == .argList }
        || path.contains { [.ifBranch, .checkPart, .calculateDecl].contains(tree.kind($0)) }
    case .equals:
      if path.contains(where: { tree.kind($0) == .calculateDecl }) { return true }
      // `calculate z = ` with nothing after yet: the declaration ends at `=`, before the cursor.
      guard let name = significantToken(before: Int(tree.tokens[p].start)), tree.tokens[name].kind.isNameLike,
        let keyword = significantToken(before: Int(tree.tokens[name].start))
      else { return false }
      return tree.tokens[keyword].kind == .kwCalculate
    default:
      return false
    }
  }

  // MARK: Items

  private func keyword(_ word: String, _ detail: String? = nil) -> CompletionItem {
    CompletionItem(
      label: word, kind: .keyword, detail: detail, documentation: nil, insertText: nil, sortText: "2" + word)
  }

  private func typeItems() -> [CompletionItem] {
    [
      ("integer", "a whole number, e.g. integer 0..120"), ("decimal", "a decimal number, e.g. decimal 0..10"),
      ("text", "free text, e.g. text max 500"), ("date", "a date"), ("time", "a time of day, HH:MM"),
      ("datetime", "a date and a time of day"), ("one of", "one answer from a choice list"),
      ("many of", "any number of answers from a choice list"),
      ("rank of", "every option of a choice list in order of preference"),
    ].map {
      CompletionItem(label: $0.0, kind: .type, detail: $0.1, documentation: nil, insertText: nil, sortText: nil)
    }
  }

  /// The kinds of a paradata field, with what each records.
  private func paradataKindItems() -> [CompletionItem] {
    ParadataKind.allCases.map {
      CompletionItem(
        label: $0.rawValue, kind: .keyword, detail: $0.meaning + " (" + $0.valueType.spelling(survey) + ")",
        documentation: nil, insertText: nil, sortText: nil)
    }
  }

  private func listItem(_ list: ChoiceList) -> CompletionItem {
    let options = list.options.prefix(8).map { "\($0.code) \($0.name)" }.joined(separator: ", ")
    return CompletionItem(
      label: list.name, kind: .list, detail: "choices (\(list.options.count) options)", documentation: options,
      insertText: nil, sortText: nil)
  }

  private func optionItems(_ l: ListID) -> [CompletionItem] {
    survey.lists[l].options.enumerated().map { i, o in
      CompletionItem(
        label: o.name, kind: .option, detail: "\(o.code) · option of \(survey.lists[l].name)",
        documentation: o.label?.entries.first?.template.display, insertText: nil,
        sortText: "0" + String(1000 + i))
    }
  }

  /// Variables declared before the enclosing declaration (its own name too inside a `check`), the repeats around
  /// the cursor (`R.index`, the iteration's option), and functions (the aggregates when there are repeats).
  private func expressionItems(path: [NodeID], offset: Int, prefix: String) -> [CompletionItem] {
    var items = visibleVariables(path: path, offset: offset, includeGrids: false, prefix: prefix)
    items += iterationItems(path: path, offset: offset)
    // A variable named like a function (a question `day`) is offered once, as the variable.
    let taken = Set(items.map(\.label))
    for f in Function.allCases where !taken.contains(f.rawValue) {
      items.append(
        CompletionItem(
          label: f.rawValue, kind: .function, detail: f.signature, documentation: nil, insertText: nil,
          sortText: "3" + f.rawValue))
    }
    if survey.levels.count > 1 {
      for a in Aggregate.allCases where Function(rawValue: a.rawValue) == nil && !taken.contains(a.rawValue) {
        items.append(
          CompletionItem(
            label: a.rawValue, kind: .function, detail: a.signature, documentation: a.summary, insertText: nil,
            sortText: "3" + a.rawValue))
      }
    }
    for w in ["and", "or", "not", "in", "contains", "true", "false"] { items.append(keyword(w)) }
    return items
  }

  /// `R.index` for each repeat around the cursor, and `R` itself where R runs for each option.
  private func iterationItems(path: [NodeID], offset: Int) -> [CompletionItem] {
    survey.levelPath(scopeLevel(path: path, offset: offset)).reversed().flatMap { l -> [CompletionItem] in
      let level = survey.levels[l]
      var out = [
        CompletionItem(
          label: level.name + ".index", kind: .repeat,
          detail: "integer · the number of this iteration of \(level.name), from 1", documentation: nil,
          insertText: nil, sortText: "1~" + level.name)
      ]
      if let list = level.optionList {
        out.append(
          CompletionItem(
            label: level.name, kind: .repeat,
            detail: "one of \(survey.lists[list].name) · the option of this iteration",
            documentation: nil, insertText: nil, sortText: "1~" + level.name))
      }
      return out
    }
  }

  /// Where the names visible at `offset` end: the start of the declaration holding it, else the cursor.
  private func visibilityLimit(path: [NodeID], offset: Int) -> Int {
    path.last { [.questionDecl, .gridDecl, .calculateDecl].contains(tree.kind($0)) }.map { tree.range($0).start }
      ?? unfinishedCalculate(before: offset) ?? offset
  }

  /// The start of a `calculate NAME =` whose formula is still being typed at `offset` (the tree ends the
  /// declaration at its last token, before the cursor): the calculate never reads itself.
  private func unfinishedCalculate(before offset: Int) -> Int? {
    guard var t = significantToken(before: offset) else { return nil }
    var steps = 0
    while t >= 0, steps < 400 {
      switch tree.tokens[t].kind {
      case .kwCalculate: return Int(tree.tokens[t].start)
      case .lBrace, .rBrace, .string, .tripleString, .kwQuestion, .kwGrid, .kwNote, .kwSection, .kwRepeat, .kwIf,
        .kwChoices, .kwEnd:
        return nil
      default: break
      }
      t -= 1
      steps += 1
    }
    return nil
  }

  /// Whether a variable is declared before `limit` (by range, or by name in a reparsed text).
  private func declaredBefore(_ limit: Int) -> (Variable) -> Bool {
    guard isReparsed else { return { $0.nameRange.start < limit } }
    let names = declaredNames(before: limit)
    return { names.contains($0.name) }
  }

  /// The repeat whose `while` condition holds the cursor: its own variables, declared after, are read there.
  private func whileLevel(path: [NodeID], offset: Int) -> LevelID? {
    for n in path where tree.kind(n) == .repeatDecl {
      guard let w = tree.child(n, .repeatWhile), tree.range(w).start < offset else { continue }
      if let brace = tree.token(n, .lBrace), Int(tree.tokens[brace].start) < offset { continue }
      return level(ofRepeat: n)
    }
    return nil
  }

  /// The variables visible at `offset` whose names match `prefix`, nearest first; at most one more than the
  /// completion limit, so that a long list is known to be cut without listing every variable. Only the variables
  /// read bare at the cursor's level are listed (never those of a repeat the cursor is not in).
  private func visibleVariables(path: [NodeID], offset: Int, includeGrids: Bool, prefix: String) -> [CompletionItem] {
    let pattern = Array(prefix.utf8).map(Analysis.lower)
    let declaration = path.last { [.questionDecl, .gridDecl, .calculateDecl].contains(tree.kind($0)) }
    let limit = declaration.map { tree.range($0).start } ?? unfinishedCalculate(before: offset) ?? offset
    let scope = survey.levels.count > 1 ? scopeLevel(path: path, offset: offset) : 0
    let ownWhile = survey.levels.count > 1 ? whileLevel(path: path, offset: offset) : nil
    var selfName: TextRange?
    if let declaration, path.contains(where: { tree.kind($0) == .checkPart }), let t = tree.declaredName(declaration) {
      selfName = tree.tokenRange(t)
    }
    var visible: (Variable) -> Bool = { $0.nameRange.start < limit || $0.nameRange == selfName }
    if isReparsed {
      // The check's ranges are of an older text: a variable is visible when this text declares its name (its
      // grid's, for a row) before the limit.
      var names = declaredNames(before: limit)
      if let declaration, path.contains(where: { tree.kind($0) == .checkPart }), let t = tree.declaredName(declaration)
      {
        names.insert(tree.tokenText(t))
      }
      let declared = names
      visible = { v in
        if case .gridRow(let grid, _) = v.kind { return declared.contains(survey.variables[grid].name) }
        return declared.contains(v.name)
      }
    }
    if let ownWhile {
      let before = visible
      visible = { v in v.level == ownWhile || before(v) }
    }
    var items: [CompletionItem] = []
    // Nearest first: the list may be cut, and the latest declarations are the likeliest.
    for v in survey.variables.reversed() where !v.isDuplicate && visible(v) {
      if !isReadable(v, in: scope) { continue }
      if case .grid = v.kind, !includeGrids { continue }
      if !pattern.isEmpty && !Analysis.matches(v.name, pattern) { continue }
      if items.count > Analysis.completionLimit { break }
      items.append(
        CompletionItem(
          label: v.name, kind: .variable, detail: nil, documentation: nil, insertText: nil, sortText: nil))
    }
    return items
  }

  /// The names of the questions, grids and calculates declared before `limit`: in this text, and in one file of an
  /// instrument of several, those of the other files too.
  private func declaredNames(before limit: Int) -> Set<String> {
    var names = ownDeclaredNames(before: limit)
    if isOneFileOfSeveral {
      let own = ownDeclaredNames(before: Int.max)
      for v in survey.variables where !own.contains(v.name) { names.insert(v.name) }
    }
    return names
  }

  /// The names of the questions, grids and calculates this text declares before `limit`.
  private func ownDeclaredNames(before limit: Int) -> Set<String> {
    var names = Set<String>()
    for n in tree.nodes.indices {
      let node = NodeID(n)
      guard [.questionDecl, .gridDecl, .calculateDecl].contains(tree.kind(node)), tree.range(node).start < limit,
        let t = tree.declaredName(node)
      else { continue }
      names.insert(tree.tokenText(t))
    }
    return names
  }

  private func languageItems(_ block: NodeID) -> [CompletionItem] {
    var present = Set<String>()
    for e in tree.children(block, .translation) {
      if let tag = tree.child(e, .languageTag) { present.insert(tree.text(tag).lowercased()) }
    }
    return survey.languages.enumerated().map { i, lang in
      let missing = !present.contains(lang.lowercased())
      return CompletionItem(
        label: lang, kind: .language, detail: missing ? "missing translation" : "already given",
        documentation: i == 0 ? "the source language" : nil, insertText: nil,
        sortText: (missing ? "0" : "1") + String(100 + i))
    }
  }

  /// Between a question's type and its `{`: `required` and `shuffle`; between a section's name and its `{`:
  /// `shuffle`. Nil elsewhere.
  private func headerModifierItems(path: [NodeID], offset: Int) -> [CompletionItem]? {
    guard let n = path.first(where: { [.questionDecl, .sectionDecl].contains(tree.kind($0)) }) else { return nil }
    if let brace = tree.token(n, .lBrace), tree.tokenRange(brace).start < offset { return nil }
    if tree.kind(n) == .sectionDecl {
      guard tree.declaredName(n) != nil else { return nil }
      return [keyword("shuffle", "ask the section's items in a random order")]
    }
    guard tree.children(n).contains(where: { tree.kind($0).isType }) else { return nil }
    return [
      keyword("required"), keyword("shuffle", "show the options in a random order ('fixed' options stay in place)"),
    ]
  }

  private func statementItems(path: [NodeID]) -> [CompletionItem] {
    let container = path.first { n in
      [
        .questionDecl, .gridDecl, .noteDecl, .choicesDecl, .sectionDecl, .repeatDecl, .ifBranch, .elseBranch, .block,
        .sourceFile,
      ].contains(tree.kind(n))
    }
    var items = ["section", "repeat", "question", "grid", "calculate", "note", "if", "end"]
    // `end` would end the whole interview from one iteration: never offered inside a repeat.
    if path.contains(where: { tree.kind($0) == .repeatDecl }) { items.removeAll { $0 == "end" } }
    switch container.map({ tree.kind($0) }) {
    case .questionDecl?: return ["text", "hint", "check", "soft", "required"].map { keyword($0) }
    case .gridDecl?: return ["text", "hint", "rows", "required"].map { keyword($0) }
    case .noteDecl?: return ["text", "hint"].map { keyword($0) }
    case .sampleDecl?: return [keyword("text", "what the sample value is (its codebook label)")]
    case .choicesDecl?:
      return ["exclusive", "missing"].map { keyword($0) } + [
        keyword("fixed", "keeps its place when a question shuffles the options"),
        keyword("specify", "other, please specify: a text QUESTION_OPTION asked when the option is chosen"),
        keyword("description", "help shown under the option"),
      ]
    case .repeatDecl?: return (items + ["title", "else"]).map { keyword($0) }
    case .sourceFile?, nil:
      return (["survey", "version", "languages", "title", "paradata", "choices"] + items + ["else"]).map { keyword($0) }
        + [keyword("sample", "a value from the sample file, never asked: sample NAME: TYPE [optional] { text … }")]
    default: return (items + ["else"]).map { keyword($0) }
    }
  }
}
