// A constant set of token kinds as a 128-bit mask, for recovery decisions without allocation.

/// A set of token kinds, used for "what may start the next declaration" recovery checks.
struct TokenSet: Sendable {
  private var lo: UInt64 = 0
  private var hi: UInt64 = 0

  init(_ kinds: [TokenKind]) {
    for k in kinds {
      let bit = Int(k.rawValue)
      if bit < 64 { lo |= 1 << UInt64(bit) } else { hi |= 1 << UInt64(bit - 64) }
    }
  }

  func contains(_ kind: TokenKind) -> Bool {
    let bit = Int(kind.rawValue)
    return bit < 64 ? lo & (1 << UInt64(bit)) != 0 : hi & (1 << UInt64(bit - 64)) != 0
  }

  func union(_ other: TokenSet) -> TokenSet {
    var s = self
    s.lo |= other.lo
    s.hi |= other.hi
    return s
  }

  /// Keywords that start an item (inside sections, branches and at top level).
  static let itemStart = TokenSet([
    .kwQuestion, .kwGrid, .kwCalculate, .kwNote, .kwIf, .kwSection, .kwEnd, .kwRepeat, .kwInclude,
  ])
  /// Keywords that start a top-level declaration.
  static let declarationStart = itemStart.union(
    TokenSet([.kwSurvey, .kwModule, .kwUse, .kwVersion, .kwLanguages, .kwTitle, .kwChoices, .kwParadata]))
  /// Keywords that start a part of a question, grid or note body.
  static let partStart = TokenSet([.kwText, .kwHint, .kwCheck, .kwRows, .kwSoft])
  /// What may start an expression.
  static let expressionStart = TokenSet([
    .identifier, .integer, .decimal, .string, .tripleString, .lParen, .lBracket, .minus, .kwNot, .kwTrue, .kwFalse,
  ])
}
