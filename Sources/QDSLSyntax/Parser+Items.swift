// Grammar rules for items: sections, questions, grids, calculates, notes, conditions and ends.

extension Parser {
  mutating func item() {
    switch current {
    case .kwQuestion: questionDecl()
    case .kwGrid: gridDecl()
    case .kwCalculate: calculateDecl()
    case .kwNote: noteDecl()
    case .kwIf: ifItem()
    case .kwEnd: endItem()
    case .kwSection: sectionDecl()
    case .kwRepeat: repeatDecl()
    case .kwInclude: includeItem()
    default: errorRecover("expected an item, found \(currentDescription)", recovery: TokenSet.declarationStart)
    }
  }

  /// `include NAME`: the items of the module NAME (loaded with `use`) stand here.
  mutating func includeItem() {
    let m = start(.includeItem)
    bump()
    expectName("the name of the module to include")
    finish(m)
  }

  /// Items until a closing brace (not consumed). Section titles are accepted when `allowTitle`.
  mutating func itemList(allowTitle: Bool) {
    while !at(.rBrace) && !atEnd {
      let before = pos
      if TokenSet.itemStart.contains(current) {
        item()
      } else if allowTitle && at(.kwTitle) {
        titleDecl()
      } else if at(.kwChoices) {
        error(
          "choice lists are declared at the top level of the file, not inside a section or condition",
          at: currentRange, help: "move this 'choices' block above the first section")
        choicesDecl()
      } else if at(.kwUse) {
        error(
          "a 'use' line stands at the top level of the file, not inside a section or condition", at: currentRange,
          help: "move this 'use' line to the top of the file and write 'include NAME' here")
        useDecl()
      } else if !misspeltKeyword() {
        errorSkip(
          "expected an item (question, grid, calculate, note, if, section, repeat, include or end), found "
            + currentDescription,
          recovery: TokenSet.declarationStart)
      }
      ensureProgress(since: before)
    }
  }

  /// Opens a `{`; past the nesting limit the whole braced region becomes one error node.
  mutating func openBrace(_ context: String, nests: Bool = true) -> Bool {
    guard at(.lBrace) else {
      error("expected '{' \(context), found \(currentDescription)", at: missingRange)
      return false
    }
    if nests && blockDepth >= SyntaxLimits.maxNesting {
      reportTooDeep("sections and conditions")
      skipBalancedBraces()
      return false
    }
    bump()
    return true
  }

  mutating func sectionDecl() {
    let m = start(.sectionDecl)
    bump()
    expectName("the section's name")
    _ = eat(.kwShuffle)
    let brace = currentRange
    if openBrace("to open the section") {
      blockDepth += 1
      itemList(allowTitle: true)
      blockDepth -= 1
      closeBrace(brace, "a section")
    }
    finish(m)
  }

  /// `repeat NAME DRIVER { title … items }`. The header's parts (`count EXPR`, `for each NAME`, `max N`,
  /// `while EXPR`) are parsed in any order; which combinations make a driver is checked later.
  mutating func repeatDecl() {
    let m = start(.repeatDecl)
    bump()
    expectName("the repeat's name")
    while !at(.lBrace) && !atEnd {
      let before = pos
      if at(.identifier) && bytes[currentRange.start..<currentRange.end].elementsEqual("count".utf8) {
        let p = start(.repeatCount)
        bump()
        expression()
        finish(p)
      } else if at(.kwFor) {
        let p = start(.repeatForEach)
        bump()
        if expect(.kwEach, "after 'for'", help: "write 'for each' and a many-of question, a choice list or a repeat") {
          expectName("a many-of question, a choice list or an earlier repeat")
        }
        finish(p)
      } else if at(.kwMax) {
        let p = start(.repeatMax)
        bump()
        if at(.minus) || at(.integer) || at(.decimal) {
          signedNumber()
        } else {
          error("expected the most iterations after 'max', found \(currentDescription)", at: missingRange)
        }
        finish(p)
      } else if at(.kwWhile) {
        let p = start(.repeatWhile)
        bump()
        expression()
        finish(p)
      } else {
        if TokenSet.declarationStart.contains(current) && !at(.lBrace) {
          error("expected '{' to open the repeat, found \(currentDescription)", at: missingRange)
          finish(m)
          return
        }
        errorSkip(
          "expected how often the repeat runs (count N, for each NAME, max N while CONDITION), found "
            + currentDescription, recovery: TokenSet.declarationStart.union(TokenSet([.lBrace])))
      }
      if pos == before { break }
    }
    let brace = currentRange
    if openBrace("to open the repeat") {
      blockDepth += 1
      itemList(allowTitle: true)
      blockDepth -= 1
      closeBrace(brace, "a repeat")
    }
    finish(m)
  }

  mutating func questionDecl() {
    let m = start(.questionDecl)
    bump()
    expectName("the question's name")
    if expect(.colon, "after the question's name", help: "give the answer type: question staff: integer { … }") {
      typeSpec()
    } else if current.isKeyword
      && [.kwInteger, .kwDecimal, .kwText, .kwDate, .kwOne, .kwMany, .kwTime, .kwDatetime, .kwRank].contains(current)
    {
      typeSpec()
    }
    questionModifiers()
    skipToBody("the question's type")
    itemBody("for the question's text", of: "question")
    finish(m)
  }

  /// What may follow a question's type, in any order: `required`, `shuffle`, `where COND` and `default EXPR`.
  /// An expression ends at the first token that cannot continue it.
  mutating func questionModifiers() {
    while !atEnd {
      if at(.kwRequired) || at(.kwShuffle) {
        bump()
      } else if at(.kwWhere) {
        let c = start(.filterClause)
        bump()
        expression()
        finish(c)
      } else if at(.kwDefault) {
        let c = start(.defaultClause)
        bump()
        expression()
        finish(c)
      } else {
        return
      }
    }
  }

  mutating func gridDecl() {
    let m = start(.gridDecl)
    bump()
    expectName("the grid's name")
    if expect(
      .colon, "after the grid's name",
      help: "a grid is answered with a choice list: grid culture: one of agreement { … }")
    {
      if !at(.kwOne) {
        error("expected 'one of LIST' for the grid's rows, found \(currentDescription)", at: missingRange)
      }
      typeSpec()
    }
    _ = eat(.kwRequired)
    skipToBody("the grid's type")
    itemBody("for the grid's text and rows", of: "grid")
    finish(m)
  }

  mutating func noteDecl() {
    let m = start(.noteDecl)
    bump()
    expectName("the note's name")
    itemBody("for the note's text", of: "note")
    finish(m)
  }

  /// Skips unexpected tokens between an item's header and its `{` on the same line, so that the body still parses.
  mutating func skipToBody(_ after: String) {
    guard !at(.lBrace), !atEnd, !TokenSet.declarationStart.contains(current), missingRange == currentRange else {
      return
    }
    var i = pos
    while i < tokens.count, tokens[i].kind != .lBrace {
      let r = tokenRange(i)
      if tokens[i].kind == .whitespace, LineBreak.contains(bytes, in: r.start..<r.end) { return }
      if TokenSet.declarationStart.contains(tokens[i].kind) { return }
      i += 1
    }
    guard i < tokens.count else { return }
    error(
      "unexpected \(currentDescription) after \(after)", at: currentRange,
      help: "remove it; the body '{ … }' follows the type")
    let m = start(.error)
    while !at(.lBrace) && !atEnd { bump() }
    finish(m)
  }

  /// `{ text … hint … check … rows … }`; which parts an item may have is checked later.
  mutating func itemBody(_ context: String, of item: String) {
    let brace = currentRange
    guard openBrace(context, nests: false) else { return }
    while !at(.rBrace) && !atEnd {
      let before = pos
      switch current {
      case .kwText where nth(1) == .kwIf:
        let p = start(.textVariant)
        bump()
        bump()
        expression()
        translations(for: "text shown when the condition holds")
        finish(p)
      case .kwText:
        let p = start(.textPart)
        bump()
        translations(for: "text")
        finish(p)
      case .kwSoft where nth(1) == .kwCheck:
        let p = start(.checkPart)
        bump()
        bump()
        expression()
        translations(for: "check message")
        finish(p)
      case .kwHint:
        let p = start(.hintPart)
        bump()
        translations(for: "hint")
        finish(p)
      case .kwCheck:
        let p = start(.checkPart)
        bump()
        expression()
        translations(for: "check message")
        finish(p)
      case .kwRows:
        rowsBlock()
      default:
        if TokenSet.declarationStart.contains(current) {
          closeBrace(brace, "the body of a \(item)")
          return
        }
        errorSkip(
          "expected text, hint, check, soft check or rows, found \(currentDescription)",
          recovery: TokenSet.declarationStart.union(TokenSet.partStart))
      }
      ensureProgress(since: before)
    }
    closeBrace(brace, "the body of a \(item)")
  }

  mutating func rowsBlock() {
    let m = start(.rowsBlock)
    bump()
    if at(.lBrace) {
      let brace = currentRange
      bump()
      while !at(.rBrace) && !atEnd {
        let before = pos
        let labelled = nth(1) == .lBrace || nth(1) == .string || nth(1) == .tripleString
        let startsOther = TokenSet.declarationStart.contains(current) || TokenSet.partStart.contains(current)
        if current.isNameLike && (labelled || !startsOther) {
          let r = start(.rowDecl)
          bump()
          translations(for: "row label")
          finish(r)
        } else if TokenSet.declarationStart.contains(current) || TokenSet.partStart.contains(current) {
          break
        } else {
          errorRecover(
            "expected a row: a name and its labels, like risk { en \"Risk-taking is accepted\" }; found "
              + currentDescription, recovery: TokenSet.declarationStart)
        }
        ensureProgress(since: before)
      }
      closeBrace(brace, "the rows of a grid")
    } else {
      error("expected '{' and the grid's rows, found \(currentDescription)", at: missingRange)
    }
    finish(m)
  }

  mutating func calculateDecl() {
    let m = start(.calculateDecl)
    bump()
    expectName("the calculated variable's name")
    if expect(.equals, "and the formula after the name", help: "calculate kind_count = count(kinds)") {
      expression()
    }
    finish(m)
  }

  mutating func endItem() {
    let m = start(.endItem)
    bump()
    translations(for: "closing message")
    finish(m)
  }

  mutating func ifItem() {
    let m = start(.ifItem)
    let first = start(.ifBranch)
    bump()
    expression()
    branchBlock()
    finish(first)
    // `else if` chains are siblings, not nested ifs, so long chains never deepen the tree.
    while at(.kwElse) {
      if nth(1) == .kwIf {
        let b = start(.ifBranch)
        bump()
        bump()
        expression()
        branchBlock()
        finish(b)
      } else {
        let b = start(.elseBranch)
        bump()
        branchBlock()
        finish(b)
        break
      }
    }
    finish(m)
  }

  mutating func branchBlock() {
    let m = start(.block)
    if !at(.lBrace) && TokenSet.itemStart.contains(current) && blockDepth < SyntaxLimits.maxNesting {
      // `if c` with its '{' forgotten: the items that follow, up to the next '}', are its block,
      // so the '}' that closes it is not reported a second time.
      error(
        "expected '{' and the items shown under this condition, found \(currentDescription)", at: missingRange,
        help: "open the block with '{' after the condition")
      blockDepth += 1
      itemList(allowTitle: false)
      blockDepth -= 1
      _ = eat(.rBrace)
    } else {
      let brace = currentRange
      if openBrace("and the items shown under this condition") {
        blockDepth += 1
        itemList(allowTitle: false)
        blockDepth -= 1
        closeBrace(brace, "the block of a condition")
      }
    }
    finish(m)
  }

  mutating func typeSpec() {
    switch current {
    case .kwInteger, .kwDecimal:
      let m = start(at(.kwInteger) ? .integerType : .decimalType)
      bump()
      if at(.integer) || at(.decimal) || at(.minus) { rangeSpec() }
      finish(m)
    case .kwText:
      let m = start(.textType)
      bump()
      if at(.kwMax) {
        let l = start(.maxLength)
        bump()
        if at(.minus) || at(.integer) || at(.decimal) {
          signedNumber()
        } else {
          error("expected the maximum length in characters, found \(currentDescription)", at: missingRange)
        }
        finish(l)
      }
      finish(m)
    case .kwDate, .kwTime, .kwDatetime:
      let m = start(at(.kwDate) ? .dateType : at(.kwTime) ? .timeType : .datetimeType)
      bump()
      finish(m)
    case .kwRank:
      let m = start(.rankOfType)
      bump()
      expect(.kwOf, "('rank of LIST')")
      expectName("the name of a choice list")
      finish(m)
    case .kwOne, .kwMany:
      let m = start(at(.kwOne) ? .oneOfType : .manyOfType)
      bump()
      expect(.kwOf, "('one of LIST' or 'many of LIST')")
      expectName("the name of a choice list")
      finish(m)
    default:
      error(
        "expected an answer type (integer, decimal, text, date, time, datetime, one of LIST, many of LIST or "
          + "rank of LIST), found "
          + currentDescription, at: missingRange)
    }
  }

  mutating func rangeSpec() {
    let m = start(.rangeSpec)
    signedNumber()
    if expect(.dotDot, "between the bounds of the range", help: "write a range as MIN..MAX, e.g. 0..100") {
      signedNumber()
    }
    finish(m)
  }

  /// `questoin staff: …`: a word close to a declaration keyword, followed by a name, is reported with the
  /// keyword it resembles and parsed as that declaration. Returns whether it did.
  mutating func misspeltKeyword() -> Bool {
    guard at(.identifier), nth(1).isNameLike || nth(1) == .lBrace else { return false }
    let word = Array(bytes[currentRange.start..<currentRange.end])
    let candidates: [(String, TokenKind)] = [
      ("question", .kwQuestion), ("grid", .kwGrid), ("calculate", .kwCalculate), ("note", .kwNote),
      ("section", .kwSection), ("choices", .kwChoices), ("repeat", .kwRepeat),
    ]
    guard word.count >= 3, let (keyword, kind) = candidates.first(where: { Parser.isNearMiss(word, Array($0.0.utf8)) })
    else { return false }
    diagnostics.append(
      Diagnostic(
        .unexpectedToken, "unknown keyword '\(text(currentRange))'; did you mean '\(keyword)'?", at: currentRange,
        help: "write '\(keyword)'",
        fixes: [.init(title: "write '\(keyword)'", range: currentRange, replacement: keyword)]))
    switch kind {
    case .kwQuestion: questionDecl()
    case .kwGrid: gridDecl()
    case .kwCalculate: calculateDecl()
    case .kwNote: noteDecl()
    case .kwSection: sectionDecl()
    case .kwRepeat: repeatDecl()
    default: choicesDecl()
    }
    return true
  }

  /// Whether two words differ by one edit, or by one swap of neighbours.
  static func isNearMiss(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    if a == b { return false }
    if a.count == b.count {
      let diffs = (0..<a.count).filter { a[$0] != b[$0] }
      if diffs.count == 1 { return true }
      return diffs.count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]
    }
    let (short, long) = a.count < b.count ? (a, b) : (b, a)
    guard long.count == short.count + 1 else { return false }
    var i = 0
    while i < short.count && short[i] == long[i] { i += 1 }
    return short[i...] == long[(i + 1)...]
  }
}
