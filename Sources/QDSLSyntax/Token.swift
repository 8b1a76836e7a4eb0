// One lexed token: its kind and where it starts; its end is the next token's start.

/// A token in the flat token array of a `SyntaxTree`. Lengths are implied by the next token's start,
/// so a token costs eight bytes and no string.
public struct Token: Sendable, Hashable {
  public var kind: TokenKind
  public var start: UInt32

  public init(kind: TokenKind, start: Int) {
    self.kind = kind
    self.start = UInt32(truncatingIfNeeded: start)
  }
}
