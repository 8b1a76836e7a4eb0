// Lowers expression syntax to typed expressions: literals, names (option names resolved against the other
// operand's list), operators with the typing rules of docs/language.md, and the built-in functions.

import QDSLSyntax

extension CheckerState {
  /// A condition of an `if` or `check`: any expression that must be boolean.
  mutating func lowerCondition(_ n: NodeID?, scope: Scope, fallback: TextRange) -> Expr {
    let pending = pendingPairReads.count
    conditionDepth += 1
    let e = lowerExpression(n, scope: scope, fallback: fallback)
    conditionDepth -= 1
    if pendingPairReads.count > pending {
      let reads = pendingPairReads[pending...]
      pendingPairReads.removeSubrange(pending...)
      for read in reads { settle(read, condition: e) }
    }
    let broken = hasSyntaxError(in: n.map { tree.range(tree.parent($0) ?? $0) } ?? fallback)
    if e.type != .boolean && e.type != .error && !broken {
      var help = "a condition compares answers, e.g. adopted == yes or staff > 10"
      if case .oneOf(let l) = e.type, let first = survey.lists[l].options.first {
        help = "compare the answer with an option, e.g. \(survey.source(of: e)) == \(first.name)"
      } else if case .manyOf(let l) = e.type, let first = survey.lists[l].options.first {
        help = "test for an option, e.g. \(survey.source(of: e)) contains \(first.name)"
      }
      report(
        Diagnostic(
          .conditionNotBoolean, "\(scope.what) must be true or false, but this is \(e.type.describe(survey))",
          at: e.range, help: help))
      return Expr(e.kind, e.range, .error)
    }
    return e.type == .boolean || !broken ? e : Expr(e.kind, e.range, .error)
  }

  mutating func lowerExpression(_ n: NodeID?, scope: Scope, fallback: TextRange, options list: ListID? = nil) -> Expr {
    guard let n else { return Expr(.invalid, fallback, .error) }
    let r = tree.range(n)
    switch tree.kind(n) {
    case .literal:
      return lowerLiteral(n)
    case .nameRef:
      guard let t = tree.nameToken(n) else { return Expr(.invalid, r, .error) }
      return lowerName(name(t), at: r, scope: scope, options: list)
    case .qualifiedName:
      return lowerQualified(n, scope: scope)
    case .parenExpr:
      var inner = lowerExpression(tree.expression(in: n), scope: scope, fallback: r, options: list)
      inner.range = r
      return inner
    case .prefixExpr:
      return lowerPrefix(n, scope: scope)
    case .binaryExpr:
      return lowerBinary(n, scope: scope)
    case .listExpr:
      return lowerList(n, scope: scope, options: list)
    case .callExpr:
      return lowerCall(n, scope: scope, options: list)
    default:
      return Expr(.invalid, r, .error)
    }
  }

  private mutating func lowerLiteral(_ n: NodeID) -> Expr {
    let r = tree.range(n)
    guard let t = tree.firstSignificantToken(n) else { return Expr(.invalid, r, .error) }
    switch tree.tokenKind(t) {
    case .integer:
      guard
        let v = wholeNumber(
          t, negative: isNegated(n), at: r, what: "a number",
          help: "every output carries whole numbers up to \(WholeNumbers.largest) exactly; "
            + "a value that need not be exact can be written as a decimal, with a point")
      else { return Expr(.invalid, r, .error) }
      return Expr(.integer(v), r, .integer)
    case .decimal:
      guard let v = decimalNumber(t, negative: false, at: r, what: "a number") else { return Expr(.invalid, r, .error) }
      return Expr(.decimal(v), r, .decimal)
    case .string, .tripleString:
      return Expr(.text(StringDecoder.decode(tree.bytes, range(t)).display), r, .text)
    case .kwTrue:
      return Expr(.boolean(true), r, .boolean)
    case .kwFalse:
      return Expr(.boolean(false), r, .boolean)
    default:
      return Expr(.invalid, r, .error)
    }
  }

  /// The row names of a grid (at most `limit`): its rows are declared right after it.
  func rowNames(of grid: VariableID, limit: Int = .max) -> [String] {
    var rows: [String] = []
    for v in survey.variables[(grid + 1)...] {
      guard case .gridRow(let g, let row) = v.kind, g == grid, rows.count < limit else { break }
      rows.append(row)
    }
    return rows
  }

  /// Whether a literal is the operand of a unary minus (for the sign in messages; the value is negated there).
  private func isNegated(_ literal: NodeID) -> Bool {
    guard let p = tree.parent(literal), tree.kind(p) == .prefixExpr else { return false }
    return tree.token(p, .minus) != nil
  }

  private mutating func lowerName(_ varName: String, at r: TextRange, scope: Scope, options list: ListID?) -> Expr {
    if varName == "option", let e = lowerBareCandidate(at: r) { return e }
    if let l = list, let idx = survey.lists[l].optionIndex[varName] {
      return Expr(.option(l, idx), r, .option(l))
    }
    if survey.variableIndex[varName] == nil,
      let e = lowerRepeatReference(varName, nil, at: r, secondRange: nil, scope: scope)
    {
      return e
    }
    if survey.variableIndex[varName] == nil, let l = list {
      let near = suggestions(for: varName) { $0.survey.lists[l].options.map(\.name) }
      let all = CheckerState.names(of: survey.lists[l])
      report(
        Diagnostic(
          .optionNotInList, "'\(varName)' is not an option of the list '\(survey.lists[l].name)'", at: r,
          help: NearMiss.help("an option", "options", near) ?? "its options are \(all)",
          fixes: near.first.map { [.init(title: "change to '\($0)'", range: r, replacement: $0)] } ?? []))
      return Expr(.invalid, r, .error)
    }
    guard let v = resolveVariable(varName, at: r, scope: scope, context: scope.what) else {
      return Expr(.invalid, r, .error)
    }
    if survey.variables[v].kind == .grid && !allowGridName {
      let rows = rowNames(of: v, limit: 1)
      report(
        Diagnostic(
          .typeMismatch, "'\(varName)' is a grid, which has no answer of its own: each of its rows has one", at: r,
          help: rows.first.map { "use one of its rows, e.g. \(varName).\($0)" }))
      return Expr(.invalid, r, .error)
    }
    if case .rank = survey.variables[v].type, !allowGridName {
      // A ranking is one rank per option (its data columns), not one value (Checker+Order.swift).
      report(
        Diagnostic(
          .typeMismatch,
          "'\(varName)' is a ranking, which holds one rank per option, not a value to compare or compute with",
          at: r, help: "a condition can ask whether it was answered: answered(\(varName))"))
      return Expr(.invalid, r, .error)
    }
    return Expr(.variable(v), r, survey.variables[v].type)
  }

  private mutating func lowerQualified(_ n: NodeID, scope: Scope) -> Expr {
    let r = tree.range(n)
    let names = tree.directTokens(n).filter { tree.tokenKind($0).isNameLike }
    guard names.count == 2 else { return Expr(.invalid, r, .error) }
    let first = name(names[0])
    let second = name(names[1])
    if first == "option", let e = lowerCandidateAttribute(second, at: r, attributeRange: range(names[1])) { return e }
    if let e = lowerRepeatReference(first, second, at: r, secondRange: range(names[1]), scope: scope) { return e }
    if let g = survey.variableIndex[first], survey.variables[g].kind == .grid {
      if survey.variableIndex["\(first).\(second)"] == nil {
        let near = suggestions(for: second) { $0.rowNames(of: g) }
        report(
          Diagnostic(
            .unknownName, "the grid '\(first)' has no row named '\(second)'", at: range(names[1]),
            help: NearMiss.help("a row", "rows", near)
              ?? "its rows are \(CheckerState.listed(rowNames(of: g, limit: 11), of: nil))",
            fixes: near.first.map { [.init(title: "change to '\($0)'", range: range(names[1]), replacement: $0)] } ?? []
          ))
        return Expr(.invalid, r, .error)
      }
      guard let v = resolveVariable("\(first).\(second)", at: r, scope: scope, context: scope.what) else {
        return Expr(.invalid, r, .error)
      }
      return Expr(.variable(v), r, survey.variables[v].type)
    }
    if let l = survey.listIndex[first] {
      listUsed[l] = true
      if let idx = survey.lists[l].optionIndex[second] { return Expr(.option(l, idx), r, .option(l)) }
      let near = suggestions(for: second) { $0.survey.lists[l].options.map(\.name) }
      report(
        Diagnostic(
          .optionNotInList, "'\(second)' is not an option of the list '\(first)'", at: range(names[1]),
          help: NearMiss.help("an option", "options", near)
            ?? "its options are \(CheckerState.names(of: survey.lists[l]))",
          fixes: near.first.map { [.init(title: "change to '\($0)'", range: range(names[1]), replacement: $0)] } ?? []))
      return Expr(.invalid, r, .error)
    }
    let near = suggestions(for: first) { $0.gridAndListNames }
    report(
      Diagnostic(
        .unknownName, "there is no grid or choice list named '\(first)'", at: range(names[0]),
        help: NearMiss.help("a grid or list", "grids or lists", near)
          ?? "'NAME.ROW' names a grid's row and 'LIST.OPTION' an option of a list",
        fixes: near.first.map { [.init(title: "change to '\($0)'", range: range(names[0]), replacement: $0)] } ?? []))
    return Expr(.invalid, r, .error)
  }

  private mutating func lowerPrefix(_ n: NodeID, scope: Scope) -> Expr {
    let r = tree.range(n)
    let isNot = tree.token(n, .kwNot) != nil
    let operand = lowerExpression(tree.expression(in: n), scope: scope, fallback: r)
    if isNot {
      if operand.type != .boolean && operand.type != .error {
        reportMismatch(operand, "'not' needs a condition", help: "write e.g. not (adopted == yes)")
        return Expr(.unary(.not, operand), r, .error)
      }
      return Expr(.unary(.not, operand), r, operand.type == .error ? .error : .boolean)
    }
    switch operand.kind {
    case .integer(let v): return Expr(.integer(-v), r, .integer)
    case .decimal(let v): return Expr(.decimal(-v), r, .decimal)
    default: break
    }
    if !operand.type.isNumber && operand.type != .error {
      reportMismatch(operand, "'-' needs a number", help: nil)
      return Expr(.unary(.negate, operand), r, .error)
    }
    return Expr(.unary(.negate, operand), r, operand.type)
  }

  private mutating func lowerList(_ n: NodeID, scope: Scope, options list: ListID?) -> Expr {
    let r = tree.range(n)
    let items = tree.expressions(in: n).map { lowerExpression($0, scope: scope, fallback: r, options: list) }
    if items.isEmpty {
      report(
        Diagnostic(
          .typeMismatch, "this list is empty, so nothing can be in it", at: r,
          help: "list the options or numbers, e.g. [municipality, county]"))
      return Expr(.list(items), r, .error)
    }
    // Against a choice list, a number among option names is reported by the operator as a number used as an option.
    if list != nil, items.contains(where: { if case .integer = $0.kind { return true } else { return false } }) {
      return Expr(.list(items), r, .list(element: .integer))
    }
    var element: ValueType?
    for item in items where item.type != .error {
      if let e = element, e != item.type, !(e.isNumber && item.type.isNumber) {
        reportMismatch(item, "all items of a list must have one type (the first is \(e.describe(survey)))", help: nil)
        return Expr(.list(items), r, .error)
      }
      if element == nil || (element == .integer && item.type == .decimal) { element = item.type }
    }
    if items.contains(where: { $0.type == .error }) { return Expr(.list(items), r, .error) }
    return Expr(.list(items), r, .list(element: element ?? .error))
  }

  /// Whether a node is a bare name (or a list of bare names) that may be an option of the other operand's list.
  private func isBareName(_ n: NodeID?) -> Bool {
    guard let n else { return false }
    switch tree.kind(n) {
    case .nameRef: return true
    case .listExpr: return tree.expressions(in: n).allSatisfy { tree.kind($0) == .nameRef }
    default: return false
    }
  }

  /// A bare name (or list of them) naming no variable: probably options, whose list is unknown when the
  /// other operand has an error, so they are not reported again.
  private func isUnknownBareName(_ n: NodeID?) -> Bool {
    guard let n, isBareName(n) else { return false }
    let names = tree.kind(n) == .nameRef ? [n] : tree.expressions(in: n)
    return names.allSatisfy { !isKnownVariableName($0) }
  }

  private func isKnownVariableName(_ n: NodeID) -> Bool {
    guard tree.kind(n) == .nameRef, let t = tree.nameToken(n) else { return false }
    // The name of an enclosing repeat over options is the iteration's option, a value like a variable's.
    return survey.variableIndex[name(t)] != nil
      || survey.levelIndex[name(t)].map { survey.encloses($0, currentLevel) } == true
  }

  private mutating func lowerBinary(_ n: NodeID, scope: Scope) -> Expr {
    let r = tree.range(n)
    let operands = tree.expressions(in: n)
    let lhsNode = operands.first
    let rhsNode = operands.count > 1 ? operands[1] : nil
    guard let opToken = tree.directTokens(n).first(where: { BinaryOperatorToken.map[tree.tokenKind($0)] != nil }),
      let op = BinaryOperatorToken.map[tree.tokenKind(opToken)]
    else { return Expr(.invalid, r, .error) }
    var lhs: Expr
    var rhs: Expr
    if op.isComparison {
      // Option names resolve against the list of the other operand, whichever side they are on.
      // `yes == adopted`: the right side goes first only when the left is a bare name that is no variable
      // and the right is not such a name too; otherwise the left is read first and misspellings are reported there.
      let lhsUnknownBare = isBareName(lhsNode) && lhsNode.map(isKnownVariableName) != true
      let rhsUnknownBare = isBareName(rhsNode) && rhsNode.map(isKnownVariableName) != true
      let rhsFirst = lhsUnknownBare && !rhsUnknownBare
      if !rhsFirst {
        lhs = lowerExpression(lhsNode, scope: scope, fallback: r)
        rhs =
          lhs.type == .error && isUnknownBareName(rhsNode)
          ? Expr(.invalid, rhsNode.map(tree.range) ?? r, .error)
          : lowerExpression(rhsNode, scope: scope, fallback: .empty(at: r.end), options: lhs.type.choiceList)
      } else {
        rhs = lowerExpression(rhsNode, scope: scope, fallback: .empty(at: r.end))
        lhs =
          rhs.type == .error && isUnknownBareName(lhsNode)
          ? Expr(.invalid, lhsNode.map(tree.range) ?? r, .error)
          : lowerExpression(lhsNode, scope: scope, fallback: r, options: rhs.type.choiceList)
      }
    } else {
      lhs = lowerExpression(lhsNode, scope: scope, fallback: r)
      rhs = lowerExpression(rhsNode, scope: scope, fallback: .empty(at: r.end))
    }
    let type = typeOfBinary(op, &lhs, &rhs, opRange: range(opToken))
    // `x not in [a]` is reported by the parser and means what was meant: `not (x in [a])`.
    if tree.token(n, .kwNot) != nil {
      return Expr(.unary(.not, Expr(.binary(op, lhs, rhs), r, type)), r, type == .error ? .error : .boolean)
    }
    return Expr(.binary(op, lhs, rhs), r, type)
  }
}

/// Operator tokens and the operators they spell.
enum BinaryOperatorToken {
  static let map: [TokenKind: BinaryOperator] = [
    .kwOr: .or, .kwAnd: .and, .eqEq: .equal, .bangEq: .notEqual, .less: .less, .lessEq: .lessEqual,
    .greater: .greater, .greaterEq: .greaterEqual, .equals: .equal, .kwIn: .in, .kwContains: .contains, .plus: .add,
    .minus: .subtract, .star: .multiply, .slash: .divide,
  ]
}
