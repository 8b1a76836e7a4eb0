// The parser's machinery: the cursor over non-trivia tokens, node markers, error reporting and recovery.
// Invariant: every loop makes progress (`ensureProgress`), and nesting is bounded by `SyntaxLimits.maxNesting`.

/// A recursive-descent parser that builds the flat node array of a `SyntaxTree`.
struct Parser {
  let bytes: [UInt8]
  let tokens: [Token]
  /// Index of the current non-trivia token (or `tokens.count` at the end).
  private(set) var pos = 0
  /// One past the last consumed non-trivia token.
  private var consumedEnd: Int32 = 0
  private(set) var nodes: [SyntaxNodeData] = []
  private var open: [Int32] = []
  var diagnostics: [Diagnostic] = []
  /// Current nesting of blocks (sections, conditions).
  var blockDepth = 0
  /// Current nesting of expressions (parentheses, operators, calls).
  var depth = 0
  /// Nesting beyond the limit is reported once per file; deeper regions are skipped silently.
  private var reportedTooDeep = false
  /// The error about a block the file ends inside, which names the other blocks left open too.
  private(set) var unclosedAtEnd: Int?

  init(bytes: [UInt8], tokens: [Token]) {
    self.bytes = bytes
    self.tokens = tokens
    nodes.reserveCapacity(tokens.count / 4 + 1)
    nodes.append(SyntaxNodeData(kind: .sourceFile, firstToken: 0, endToken: Int32(tokens.count), parent: -1))
    open.append(0)
    skipTrivia()
  }

  // MARK: Cursor

  var current: TokenKind { pos < tokens.count ? tokens[pos].kind : .eof }
  var atEnd: Bool { pos >= tokens.count }

  func at(_ kind: TokenKind) -> Bool { current == kind }

  /// The kind of the `k`-th non-trivia token ahead (0 is the current one).
  func nth(_ k: Int) -> TokenKind {
    var i = pos
    var left = k
    while i < tokens.count {
      if !tokens[i].kind.isTrivia {
        if left == 0 { return tokens[i].kind }
        left -= 1
      }
      i += 1
    }
    return .eof
  }

  private mutating func skipTrivia() {
    while pos < tokens.count, tokens[pos].kind.isTrivia { pos += 1 }
  }

  /// Consumes the current token.
  mutating func bump() {
    guard pos < tokens.count else { return }
    pos += 1
    consumedEnd = Int32(pos)
    skipTrivia()
  }

  mutating func eat(_ kind: TokenKind) -> Bool {
    guard at(kind) else { return false }
    bump()
    return true
  }

  /// Where the last consumed token ends (0 before the first).
  var lastConsumedEnd: Int { consumedEnd > 0 ? tokenRange(Int(consumedEnd) - 1).end : 0 }

  /// Whether the current token directly follows the last consumed one (no space or comment between).
  var isAdjacent: Bool { Int32(pos) == consumedEnd }

  func tokenRange(_ i: Int) -> TextRange {
    guard i < tokens.count else { return .empty(at: bytes.count) }
    let start = Int(tokens[i].start)
    return TextRange(start, i + 1 < tokens.count ? Int(tokens[i + 1].start) : bytes.count)
  }

  var currentRange: TextRange { tokenRange(pos) }

  func text(_ range: TextRange) -> String { String(decoding: bytes[range.start..<range.end], as: UTF8.self) }

  /// How the current token is named in a message: `'question'`, `'staff'`, `the end of the file`.
  var currentDescription: String {
    switch current {
    case .eof: return "the end of the file"
    case .identifier, .integer, .decimal: return "'\(text(currentRange))'"
    case .string, .tripleString: return "a string"
    default: return current.displayName
    }
  }

  // MARK: Nodes

  struct Marker {
    let node: Int32
  }

  mutating func start(_ kind: SyntaxKind) -> Marker {
    let index = Int32(nodes.count)
    nodes.append(SyntaxNodeData(kind: kind, firstToken: Int32(pos), endToken: -1, parent: open.last ?? 0))
    open.append(index)
    return Marker(node: index)
  }

  @discardableResult
  mutating func finish(_ marker: Marker) -> Int32 {
    // Pop up to the marker (defensive: callers finish in order).
    while let top = open.last, top != marker.node, open.count > 1 { close(open.removeLast()) }
    if open.count > 1 { open.removeLast() }
    close(marker.node)
    return marker.node
  }

  private mutating func close(_ node: Int32) {
    let first = nodes[Int(node)].firstToken
    if consumedEnd <= first {
      // Nothing consumed: an empty node sits right after the last consumed token, so that the trivia
      // before the next token stays with the enclosing node and no node reaches outside its parent.
      nodes[Int(node)].firstToken = consumedEnd
      nodes[Int(node)].endToken = consumedEnd
    } else {
      nodes[Int(node)].endToken = consumedEnd
    }
  }

  /// Starts a node that wraps an already finished one (the left operand of a binary expression).
  mutating func precede(_ completed: Int32, _ kind: SyntaxKind) -> Marker {
    let index = Int32(nodes.count)
    let c = nodes[Int(completed)]
    nodes.append(SyntaxNodeData(kind: kind, firstToken: c.firstToken, endToken: -1, parent: c.parent))
    nodes[Int(completed)].parent = index
    open.append(index)
    return Marker(node: index)
  }

  // MARK: Errors

  mutating func error(_ message: String, at range: TextRange, help: String? = nil) {
    // One error per position: a second complaint at the same place adds nothing.
    if let last = diagnostics.last, last.code == .unexpectedToken, last.range.start == range.start { return }
    // A stray character was already reported by the lexer.
    if pos < tokens.count, tokens[pos].kind == .unknown, range.start == Int(tokens[pos].start) { return }
    diagnostics.append(Diagnostic(.unexpectedToken, message, at: range, help: help))
  }

  /// Where to point when something is missing: the current token when it is on the same line as the
  /// previous one, else just after the previous token.
  var missingRange: TextRange {
    let previousEnd = consumedEnd > 0 ? tokenRange(Int(consumedEnd) - 1).end : 0
    guard pos < tokens.count else { return .empty(at: previousEnd) }
    let here = currentRange
    return LineBreak.contains(bytes, in: previousEnd..<here.start) ? .empty(at: previousEnd) : here
  }

  /// Consumes `kind` or reports that it is missing (without consuming anything).
  @discardableResult
  mutating func expect(_ kind: TokenKind, _ context: String, help: String? = nil) -> Bool {
    if eat(kind) { return true }
    error("expected \(kind.displayName) \(context), found \(currentDescription)", at: missingRange, help: help)
    return false
  }

  /// Consumes the `}` that closes the `{` at `brace`, or reports that brace as never closed: at the `{`, so that
  /// the author sees which block is open, with where the parser noticed it as a labelled place. A file that ends
  /// inside several blocks gets one error, at the innermost, naming the others.
  mutating func closeBrace(_ brace: TextRange, _ block: String) {
    if eat(.rBrace) { return }
    if atEnd, let first = unclosedAtEnd {
      diagnostics[first].related.append(.init(brace, "this '{' is not closed either"))
      return
    }
    guard atEnd else {
      diagnostics.append(
        Diagnostic(
          .unexpectedToken, "this '{', which opens \(block), is never closed", at: brace,
          related: [.init(currentRange, "expected '}' before \(currentDescription)")],
          help: "add the '}' that closes it where \(block) should end"))
      return
    }
    // The file ends inside the block. In an indented file, the indentation may show a '{' further up whose '}'
    // is the one missing (braces match innermost first, so a later '}' closed it instead).
    var primary = brace
    var what = block
    var related: [Diagnostic.Related] = []
    if let (opener, end) = braceUnclosedByIndentation() {
      primary = tokenRange(opener)
      if primary != brace { what = blockDescription(opener) }
      related.append(.init(tokenRange(end), "by the indentation, \(what) ends before this line"))
    }
    related.append(.init(missingRange, "the file ends here"))
    diagnostics.append(
      Diagnostic(
        .unexpectedToken, "this '{', which opens \(what), is never closed", at: primary, related: related,
        help: "add the '}' that closes it where \(what) should end"))
    unclosedAtEnd = diagnostics.count - 1
  }

  /// Reports an unexpected token; wraps it in an error node and skips it unless it may start
  /// something the enclosing rule recovers at (rust-analyzer's `err_recover`).
  mutating func errorRecover(_ message: String, recovery: TokenSet, help: String? = nil) {
    error(message, at: atEnd ? missingRange : currentRange, help: help)
    if atEnd || recovery.contains(current) || at(.lBrace) || at(.rBrace) { return }
    let m = start(.error)
    bump()
    finish(m)
  }

  /// Guarantees progress in a loop: when an iteration consumed nothing, the current token is skipped as an error.
  mutating func ensureProgress(since before: Int) {
    guard pos == before, !atEnd else { return }
    let m = start(.error)
    bump()
    finish(m)
  }

  /// Skips a balanced `{ … }` region iteratively (used past the nesting limit).
  mutating func skipBalancedBraces() {
    let m = start(.error)
    var balance = 0
    repeat {
      if at(.lBrace) { balance += 1 } else if at(.rBrace) { balance -= 1 }
      bump()
    } while balance > 0 && !atEnd
    finish(m)
  }

  mutating func reportTooDeep(_ what: String) {
    guard !reportedTooDeep else { return }
    reportedTooDeep = true
    diagnostics.append(
      Diagnostic(
        .nestingTooDeep,
        "\(what) are nested too deeply: qdsl accepts at most \(SyntaxLimits.maxNesting) levels",
        at: atEnd ? missingRange : currentRange,
        help: "split the logic into calculates, or combine conditions with 'and' instead of nesting them"))
  }

  /// Reports an unexpected token and skips it together with everything up to where the enclosing rule can
  /// resume (a token of `recovery`, or a closing brace), braces balanced: one error per run of junk.
  mutating func errorSkip(_ message: String, recovery: TokenSet, help: String? = nil) {
    error(message, at: atEnd ? missingRange : currentRange, help: help)
    if atEnd || at(.rBrace) { return }
    let m = start(.error)
    var balance = 0
    repeat {
      if at(.lBrace) { balance += 1 } else if at(.rBrace) { balance -= 1 }
      bump()
    } while !atEnd && (balance > 0 || !(recovery.contains(current) || at(.rBrace)))
    finish(m)
  }
}
