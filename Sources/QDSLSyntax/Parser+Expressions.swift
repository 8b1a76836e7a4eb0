// Grammar rules for expressions: precedence climbing over or, and, not, comparisons, + -, * /, unary minus.
// Every operator level and parenthesis counts toward `SyntaxLimits.maxNesting`, so later phases may recurse safely.

extension Parser {
  /// Binding powers (left, right) of infix operators; higher binds tighter.
  private func infixPower(_ kind: TokenKind) -> (Int, Int)? {
    switch kind {
    case .kwOr: return (1, 2)
    case .kwAnd: return (3, 4)
    case .eqEq, .equals, .bangEq, .less, .lessEq, .greater, .greaterEq, .kwIn, .kwContains: return (7, 8)
    case .plus, .minus: return (9, 10)
    case .star, .slash: return (11, 12)
    default: return nil
    }
  }

  /// An expression; reports a missing one.
  mutating func expression() {
    _ = expression(minPower: 0)
  }

  /// Parses an expression and returns its node, or nil when nothing was parsed.
  private mutating func expression(minPower: Int) -> Int32? {
    if depth >= SyntaxLimits.maxNesting {
      reportTooDeep("expressions")
      skipExpressionRest()
      return nil
    }
    depth += 1
    let entryDepth = depth
    defer { depth = entryDepth - 1 }
    guard var lhs = prefixOrPrimary() else { return nil }
    while true {
      // `x not in [a]`, `x not contains a`: not operators of the language, read as `not (x in [a])`.
      let negated = at(.kwNot) && (nth(1) == .kwIn || nth(1) == .kwContains)
      guard let (left, right) = infixPower(negated ? nth(1) : current), left >= minPower else { break }
      if depth >= SyntaxLimits.maxNesting {
        reportTooDeep("expressions")
        skipExpressionRest()
        break
      }
      let m = precede(lhs, .binaryExpr)
      let notRange = negated ? currentRange : nil
      if negated { bump() }
      let opRange = currentRange
      if at(.equals) {
        // A single '=' where a comparison belongs is the commonest slip: report it and read it as '=='.
        diagnostics.append(
          Diagnostic(
            .unexpectedToken, "'=' is not a comparison; write '==' to compare", at: opRange,
            help: "a condition compares with ==, e.g. staff == 3",
            fixes: [.init(title: "write '=='", range: opRange, replacement: "==")]))
      }
      let opText = text(opRange)
      bump()
      depth += 1
      if expression(minPower: right) == nil, !diagnostics.contains(where: { $0.code == .nestingTooDeep }) {
        error("expected a value after '\(opText)', found \(currentDescription)", at: missingRange)
      }
      lhs = finish(m)
      if let notRange { reportNegatedOperator(lhs, not: notRange, op: opText) }
    }
    return lhs
  }

  /// `x not in [a]` (read as `not (x in [a])`): one error, with the condition rewritten as the fix.
  private mutating func reportNegatedOperator(_ node: Int32, not notRange: TextRange, op: String) {
    let whole = TextRange(Int(tokens[Int(nodes[Int(node)].firstToken)].start), lastConsumedEnd)
    let left = text(TextRange(whole.start, notRange.start)).trimmingTrailingSpaces()
    let rest = text(TextRange(notRange.end, whole.end)).trimmingLeadingSpaces()
    let rewritten = "not (\(left) \(rest))"
    diagnostics.append(
      Diagnostic(
        .unexpectedToken, "'not \(op)' is not an operator; write 'not' before the whole comparison", at: notRange,
        help: "write \(rewritten)", fixes: [.init(title: "write \(rewritten)", range: whole, replacement: rewritten)]))
  }

  private mutating func prefixOrPrimary() -> Int32? {
    switch current {
    case .kwNot:
      let m = start(.prefixExpr)
      bump()
      if expression(minPower: 5) == nil { error("expected a condition after 'not'", at: missingRange) }
      return finish(m)
    case .minus:
      let m = start(.prefixExpr)
      bump()
      if expression(minPower: 13) == nil { error("expected a number after '-'", at: missingRange) }
      return finish(m)
    default:
      return primary()
    }
  }

  private mutating func primary() -> Int32? {
    switch current {
    case .integer, .decimal, .string, .tripleString, .kwTrue, .kwFalse:
      let m = start(.literal)
      bump()
      return finish(m)
    case .lParen:
      let m = start(.parenExpr)
      bump()
      if expression(minPower: 0) == nil, !at(.rParen) {
        error("expected a value inside the parentheses, found \(currentDescription)", at: missingRange)
      }
      expect(.rParen, "to close the parenthesis")
      return finish(m)
    case .lBracket:
      let m = start(.listExpr)
      bump()
      while !at(.rBracket) && !atEnd {
        let before = pos
        if expression(minPower: 0) == nil { break }
        if !eat(.comma) { break }
        ensureProgress(since: before)
      }
      expect(.rBracket, "to close the list", help: "a list is written [a, b, c]")
      return finish(m)
    default:
      // A keyword that starts the next declaration ends a missing expression (`calculate c =` then `question q`).
      let next = nth(1)
      if TokenSet.declarationStart.contains(current) && (next.isNameLike || next == .lBrace || next == .string) {
        error("expected a value, found \(currentDescription)", at: missingRange)
        return nil
      }
      if current.isNameLike {
        if nth(1) == .lParen { return call() }
        if nth(1) == .dot, nth(2).isNameLike {
          let m = start(.qualifiedName)
          bump()
          bump()
          bump()
          return finish(m)
        }
        let m = start(.nameRef)
        bump()
        return finish(m)
      }
      var help: String? = nil
      if at(.equals) { help = "compare with '==' (a single '=' only starts a calculate's formula)" }
      error(
        "expected a value (a name, a number, a string or a parenthesised condition), found \(currentDescription)",
        at: missingRange, help: help)
      if at(.equals) {
        let m = start(.error)
        bump()
        finish(m)
        return primary()
      }
      return nil
    }
  }

  private mutating func call() -> Int32 {
    let m = start(.callExpr)
    bump()
    let args = start(.argList)
    bump()
    while !at(.rParen) && !atEnd {
      let before = pos
      if expression(minPower: 0) == nil { break }
      if at(.kwWhere) {
        let w = start(.whereClause)
        bump()
        if expression(minPower: 0) == nil {
          error("expected the condition after 'where', found \(currentDescription)", at: missingRange)
        }
        finish(w)
      }
      if !eat(.comma) { break }
      ensureProgress(since: before)
    }
    expect(.rParen, "to close the function's arguments")
    finish(args)
    return finish(m)
  }

  /// Past the nesting limit: the rest of the expression, balanced by brackets, becomes one error node.
  private mutating func skipExpressionRest() {
    let m = start(.error)
    var balance = 0
    while !atEnd {
      if at(.lParen) || at(.lBracket) {
        balance += 1
      } else if at(.rParen) || at(.rBracket) {
        if balance == 0 { break }
        balance -= 1
      } else if balance == 0
        && (at(.lBrace) || at(.rBrace) || at(.comma) || TokenSet.declarationStart.contains(current))
      {
        break
      }
      bump()
    }
    finish(m)
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while let last = s.last, last.isWhitespace { s.removeLast() }
    return String(s)
  }

  fileprivate func trimmingLeadingSpaces() -> String {
    String(drop { $0.isWhitespace })
  }
}
