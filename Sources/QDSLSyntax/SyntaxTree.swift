// The lossless syntax tree: the source bytes, every token (trivia too) and a flat array of nodes.
// Invariant: the root covers every token, so the tree's text is the source, byte for byte.

/// Index of a node in `SyntaxTree.nodes`.
public typealias NodeID = Int32

/// One node: its kind, its token span `[firstToken, endToken)` and its parent.
public struct SyntaxNodeData: Sendable {
  public var kind: SyntaxKind
  public var firstToken: Int32
  public var endToken: Int32
  public var parent: Int32
}

/// A child element of a node in source order: a token or a node.
public enum SyntaxElement: Sendable, Hashable {
  case token(Int)
  case node(NodeID)
}

/// A homogeneous, lossless syntax tree in flat arrays (rust-analyzer's model without per-node allocations).
/// Tokens not covered by a child node belong to the parent, so trivia between items sits in the enclosing node.
public struct SyntaxTree: Sendable {
  public let bytes: [UInt8]
  public let tokens: [Token]
  public let nodes: [SyntaxNodeData]
  /// The file's index in its source set, stamped into every range the tree hands out (0 for a file on its own).
  public let file: Int32
  /// Children of node `n` are `childList[childStart[n]..<childStart[n + 1]]`, in source order.
  private let childStart: [Int32]
  private let childList: [NodeID]

  public static let root: NodeID = 0

  init(bytes: [UInt8], tokens: [Token], nodes: [SyntaxNodeData], file: Int32 = 0) {
    self.file = file
    self.bytes = bytes
    self.tokens = tokens
    self.nodes = nodes
    // Counting sort of nodes by parent; nodes were created in source order except wrappers
    // (binary expressions), so each child list is sorted by first token afterwards.
    var counts = [Int32](repeating: 0, count: nodes.count + 1)
    for (i, n) in nodes.enumerated() where i != 0 && n.parent >= 0 { counts[Int(n.parent) + 1] += 1 }
    for i in 1..<counts.count { counts[i] += counts[i - 1] }
    var fill = counts
    var list = [NodeID](repeating: 0, count: max(0, nodes.count - 1))
    for (i, n) in nodes.enumerated() where i != 0 && n.parent >= 0 {
      list[Int(fill[Int(n.parent)])] = NodeID(i)
      fill[Int(n.parent)] += 1
    }
    for p in 0..<nodes.count {
      let lo = Int(counts[p])
      let hi = Int(counts[p + 1])
      if hi - lo > 1 {
        var sorted = true
        for k in lo + 1..<hi where nodes[Int(list[k - 1])].firstToken > nodes[Int(list[k])].firstToken {
          sorted = false
          break
        }
        if !sorted {
          let slice = list[lo..<hi].sorted { a, b in
            let fa = nodes[Int(a)].firstToken
            let fb = nodes[Int(b)].firstToken
            return fa != fb ? fa < fb : a < b
          }
          list.replaceSubrange(lo..<hi, with: slice)
        }
      }
    }
    self.childStart = counts
    self.childList = list
  }

  // MARK: Tokens

  public func tokenRange(_ i: Int) -> TextRange {
    let start = Int(tokens[i].start)
    let end = i + 1 < tokens.count ? Int(tokens[i + 1].start) : bytes.count
    return TextRange(start, end, file: file)
  }

  public func tokenKind(_ i: Int) -> TokenKind { tokens[i].kind }

  public func tokenText(_ i: Int) -> String { text(in: tokenRange(i)) }

  public func text(in range: TextRange) -> String {
    String(decoding: bytes[range.start..<range.end], as: UTF8.self)
  }

  /// Whether the token's bytes spell `word` (no String is made).
  public func token(_ i: Int, spells word: StaticString) -> Bool {
    let r = tokenRange(i)
    guard r.length == word.utf8CodeUnitCount else { return false }
    return word.withUTF8Buffer { buf in
      for k in 0..<r.length where buf[k] != bytes[r.start + k] { return false }
      return true
    }
  }

  // MARK: Nodes

  public func kind(_ n: NodeID) -> SyntaxKind { nodes[Int(n)].kind }

  public func parent(_ n: NodeID) -> NodeID? {
    let p = nodes[Int(n)].parent
    return p >= 0 ? p : nil
  }

  /// The byte range of a node, from its first to its last token (trivia at the edges excluded, except for the root).
  public func range(_ n: NodeID) -> TextRange {
    let d = nodes[Int(n)]
    if n == SyntaxTree.root { return TextRange(0, bytes.count, file: file) }
    let start = Int(d.firstToken) < tokens.count ? Int(tokens[Int(d.firstToken)].start) : bytes.count
    if d.endToken <= d.firstToken { return TextRange.empty(at: start, file: file) }
    return TextRange(start, tokenRange(Int(d.endToken) - 1).end, file: file)
  }

  public func text(_ n: NodeID) -> String { text(in: range(n)) }

  public func children(_ n: NodeID) -> ArraySlice<NodeID> {
    childList[Int(childStart[Int(n)])..<Int(childStart[Int(n) + 1])]
  }

  public func child(_ n: NodeID, _ kind: SyntaxKind) -> NodeID? { children(n).first { self.kind($0) == kind } }

  public func children(_ n: NodeID, _ kind: SyntaxKind) -> [NodeID] { children(n).filter { self.kind($0) == kind } }

  /// The first child that is an expression.
  public func expression(in n: NodeID) -> NodeID? { children(n).first { self.kind($0).isExpression } }

  public func expressions(in n: NodeID) -> [NodeID] { children(n).filter { self.kind($0).isExpression } }

  /// Tokens and child nodes of `n` in source order; trivia included.
  public func elements(_ n: NodeID) -> [SyntaxElement] {
    let d = nodes[Int(n)]
    var result: [SyntaxElement] = []
    var t = Int(d.firstToken)
    let end = n == SyntaxTree.root ? tokens.count : Int(d.endToken)
    for c in children(n) {
      let cd = nodes[Int(c)]
      while t < Int(cd.firstToken) {
        result.append(.token(t))
        t += 1
      }
      result.append(.node(c))
      t = max(t, Int(cd.endToken))
    }
    while t < end {
      result.append(.token(t))
      t += 1
    }
    return result
  }

  /// Direct (non-trivia) tokens of `n`, not those inside child nodes.
  public func directTokens(_ n: NodeID) -> [Int] {
    var out: [Int] = []
    forEachDirectToken(n) { t in
      out.append(t)
      return true
    }
    return out
  }

  /// Visits the direct non-trivia tokens of `n` in order, skipping child nodes, without allocating;
  /// stops when `body` returns false. The hot lookups below use it.
  @inline(__always)
  public func forEachDirectToken(_ n: NodeID, _ body: (Int) -> Bool) {
    let d = nodes[Int(n)]
    var t = Int(d.firstToken)
    let end = n == SyntaxTree.root ? tokens.count : Int(d.endToken)
    let kids = children(n)
    var k = kids.startIndex
    while t < end {
      if k < kids.endIndex {
        let c = nodes[Int(kids[k])]
        if t >= Int(c.firstToken) && c.endToken > c.firstToken {
          t = max(t, Int(c.endToken))
          k += 1
          continue
        }
        if t >= Int(c.firstToken) {
          k += 1
          continue
        }
      }
      if !tokens[t].kind.isTrivia && !body(t) { return }
      t += 1
    }
  }

  /// The first direct token of a kind.
  public func token(_ n: NodeID, _ kind: TokenKind) -> Int? {
    var found: Int?
    forEachDirectToken(n) { t in
      if tokens[t].kind == kind {
        found = t
        return false
      }
      return true
    }
    return found
  }

  /// The first direct token that can be a name (identifier or contextual keyword), after an optional keyword.
  public func nameToken(_ n: NodeID, after keyword: TokenKind? = nil) -> Int? {
    var seen = keyword == nil
    var found: Int?
    forEachDirectToken(n) { t in
      let k = tokens[t].kind
      if !seen {
        if k == keyword { seen = true }
        return true
      }
      if k.isNameLike {
        found = t
        return false
      }
      return true
    }
    return found
  }

  /// The name a declaration introduces: the first name after its keyword (which may be misspelt).
  public func declaredName(_ n: NodeID) -> Int? {
    var first = true
    var found: Int?
    forEachDirectToken(n) { t in
      if first {
        first = false
        return true
      }
      if tokens[t].kind.isNameLike {
        found = t
        return false
      }
      return true
    }
    return found
  }

  /// The first non-trivia token inside `n` (in child nodes too).
  public func firstSignificantToken(_ n: NodeID) -> Int? {
    let d = nodes[Int(n)]
    var t = Int(d.firstToken)
    while t < Int(d.endToken) {
      if !tokens[t].kind.isTrivia { return t }
      t += 1
    }
    return nil
  }

  /// The text of the whole tree: equal to the source (the lossless invariant).
  public var text: String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// The concatenated text of every element reached by walking the tree; equals the source bytes.
  public func reconstructedBytes() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var stack: [SyntaxElement] = [.node(SyntaxTree.root)]
    while let e = stack.popLast() {
      switch e {
      case .token(let t):
        let r = tokenRange(t)
        out.append(contentsOf: bytes[r.start..<r.end])
      case .node(let n):
        stack.append(contentsOf: elements(n).reversed())
      }
    }
    return out
  }

  /// An indented dump of the tree for golden tests: `KIND@start..end` per node and each token with its text.
  public func debugDump() -> String {
    var out = ""
    var stack: [(SyntaxElement, Int)] = [(.node(SyntaxTree.root), 0)]
    while let (e, depth) = stack.popLast() {
      let indent = String(repeating: "  ", count: depth)
      switch e {
      case .token(let t):
        let r = tokenRange(t)
        var shown = tokenText(t)
        if shown.utf8.count > 60 { shown = String(shown.prefix(57)) + "..." }
        let escaped = shown.replacing("\\", with: "\\\\").replacing("\n", with: "\\n")
          .replacing("\t", with: "\\t").replacing("\r", with: "\\r").replacing("\"", with: "\\\"")
        out += "\(indent)\(tokens[t].kind)@\(r) \"\(escaped)\"\n"
      case .node(let n):
        out += "\(indent)\(kind(n))@\(range(n))\n"
        for child in elements(n).reversed() { stack.append((child, depth + 1)) }
      }
    }
    return out
  }
}
