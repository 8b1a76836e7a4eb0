// The formatter's one pass: decides the gap between each pair of tokens and writes tokens and comments.

import QDSLSyntax

/// How a gap between two tokens is written when no comment sits in it.
private enum Gap {
  case glue
  case space
  /// A new line at `indent` columns; `first` and `last` govern a blank line after the previous token and
  /// before the next one (the same place when the gap holds no comment).
  case newline(indent: Int, first: BlankLine, last: BlankLine)
}

/// Whether a blank line goes at a line start of a gap.
private enum BlankLine {
  case never
  case kept  // where the author left one
  case always
}

/// Writes the canonical layout of a tree without syntax errors. Linear in the number of tokens.
struct LayoutWriter {
  let tree: SyntaxTree
  let bytes: [UInt8]
  /// The line end written: the style of the source's first line break ("\n" when it has none), kept throughout.
  let lineEnd: [UInt8]
  /// The innermost node each token belongs to.
  private var owner: [NodeID]
  /// The outermost node that starts a line of its own and begins at this token, or -1.
  private var lineNode: [NodeID]
  /// Per translations node: whether its block is written on one line.
  private var inlineBlock: [Bool]
  /// Per translations node laid out over several lines: the width of its widest language tag.
  private var tagWidth: [Int32]
  private(set) var out: [UInt8] = []
  /// Where each significant token starts in the output, when `recordsOffsets` is set (for range formatting).
  private(set) var outStart: [Int32] = []
  /// Where each significant token ends in the output, likewise.
  private(set) var outEnd: [Int32] = []
  var recordsOffsets = false
  /// Columns of indentation of the line being written.
  private var lineIndent = 0
  /// Open braces, innermost last: whether each is laid out over several lines.
  private var braces: [Bool] = []
  private var depth = 0
  private var lastTopLevel: NodeID = -1

  init(tree: SyntaxTree) {
    self.tree = tree
    self.bytes = tree.bytes
    self.lineEnd = LineBreak.style(of: tree.bytes).bytes
    let tokenCount = tree.tokens.count
    owner = [NodeID](repeating: SyntaxTree.root, count: tokenCount)
    lineNode = [NodeID](repeating: -1, count: tokenCount)
    inlineBlock = [Bool](repeating: false, count: tree.nodes.count)
    tagWidth = [Int32](repeating: 0, count: tree.nodes.count)
    // Preorder walk: a node's direct tokens are those not inside a child.
    var stack: [NodeID] = [SyntaxTree.root]
    while let n = stack.popLast() {
      let d = tree.nodes[Int(n)]
      let end = n == SyntaxTree.root ? tokenCount : Int(d.endToken)
      var t = Int(d.firstToken)
      let kids = tree.children(n)
      for c in kids {
        let cd = tree.nodes[Int(c)]
        while t < Int(cd.firstToken) && t < end {
          owner[t] = n
          t += 1
        }
        t = max(t, Int(cd.endToken))
      }
      while t < end {
        owner[t] = n
        t += 1
      }
      if LayoutWriter.startsLine(d.kind), Int(d.firstToken) < tokenCount, lineNode[Int(d.firstToken)] < 0 {
        lineNode[Int(d.firstToken)] = n
      }
      for c in kids.reversed() { stack.append(c) }
    }
  }

  static func startsLine(_ kind: SyntaxKind) -> Bool {
    switch kind {
    case .surveyDecl, .moduleDecl, .useDecl, .includeItem, .versionDecl, .languagesDecl, .titleDecl, .choicesDecl,
      .optionDecl, .sectionDecl, .questionDecl, .gridDecl, .rowsBlock, .rowDecl, .calculateDecl, .noteDecl, .endItem,
      .ifItem, .repeatDecl,
      .textPart, .textVariant,
      .hintPart, .checkPart, .translation, .paradataDecl, .paradataField, .sampleDecl:
      return true
    default:
      return false
    }
  }

  // MARK: The pass

  mutating func run() -> String {
    let tokens = tree.tokens
    if recordsOffsets {
      outStart = [Int32](repeating: -1, count: tokens.count)
      outEnd = outStart
    }
    out.reserveCapacity(bytes.count + bytes.count / 8)
    var previous = -1
    var i = 0
    while true {
      // The trivia up to the next significant token.
      var comments: [(token: Int, ownLine: Bool, blankBefore: Bool)] = []
      var newlines = 0
      while i < tokens.count && tokens[i].kind.isTrivia {
        if tokens[i].kind == .comment {
          comments.append((i, previous < 0 && comments.isEmpty ? true : newlines > 0, newlines > 1))
          newlines = 0
        } else {
          newlines += countNewlines(i)
        }
        i += 1
      }
      let next = i < tokens.count ? i : -1
      if previous < 0 && next < 0 {
        // Only comments (or nothing at all).
        writeGap(
          comments, userBlankBeforeNext: false, gap: .newline(indent: 0, first: .never, last: .never), hasNext: false)
        if !out.isEmpty { out.append(contentsOf: lineEnd) }
        break
      }
      var gap: Gap
      if previous < 0 {
        gap = .newline(indent: 0, first: .never, last: .kept)
      } else if next < 0 {
        gap = .newline(indent: 0, first: .kept, last: .never)
      } else {
        gap = decide(previous, next)
      }
      if case .glue = gap, !comments.isEmpty, next >= 0, isClosingLine(next), tokens[previous].kind == .lBrace {
        // A block that holds only comments.
        gap = .newline(indent: (depth - 1) * 2, first: .never, last: .never)
      }
      if next >= 0, tokens[next].kind == .lBrace { openBrace(next) }
      if next >= 0, lineNode[next] >= 0, tree.parent(lineNode[next]) == SyntaxTree.root {
        lastTopLevel = lineNode[next]
      }
      writeGap(
        comments, userBlankBeforeNext: newlines > 1, gap: gap, closing: next >= 0 && isClosingLine(next),
        hasNext: next >= 0)
      guard next >= 0 else {
        out.append(contentsOf: lineEnd)
        break
      }
      if recordsOffsets { outStart[next] = Int32(truncatingIfNeeded: out.count) }
      writeToken(next)
      if recordsOffsets { outEnd[next] = Int32(truncatingIfNeeded: out.count) }
      switch tokens[next].kind {
      case .lBrace:
        if braces.last == true { depth += 1 }
      case .rBrace:
        if let expanded = braces.popLast(), expanded { depth -= 1 }
      default:
        break
      }
      previous = next
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `t` is a `}` that closes a block laid out over several lines.
  private func isClosingLine(_ t: Int) -> Bool { tree.tokens[t].kind == .rBrace && braces.last == true }

  private mutating func openBrace(_ t: Int) {
    let n = owner[t]
    if tree.kind(n) == .translations {
      inlineBlock[Int(n)] = fitsOnOneLine(n, brace: t)
      braces.append(!inlineBlock[Int(n)])
      if !inlineBlock[Int(n)] {
        var widest = 0
        for entry in tree.children(n) where tree.kind(entry) == .translation {
          if let tag = tree.children(entry).first, tree.kind(tag) == .languageTag {
            widest = max(widest, tree.range(tag).length)
          }
        }
        tagWidth[Int(n)] = Int32(widest)
      }
    } else {
      braces.append(true)
    }
  }

  private func decide(_ a: Int, _ b: Int) -> Gap {
    let ka = tree.tokens[a].kind
    let kb = tree.tokens[b].kind
    if kb == .rBrace {
      if ka == .lBrace { return .glue }
      return braces.last == true ? .newline(indent: (depth - 1) * 2, first: .kept, last: .never) : .space
    }
    if ka == .lBrace {
      return braces.last == true ? .newline(indent: depth * 2, first: .never, last: .kept) : .space
    }
    let line = lineNode[b]
    if line >= 0 && !(tree.kind(line) == .translation && isInline(tree.parent(line))) {
      var first = BlankLine.kept
      if tree.parent(line) == SyntaxTree.root {
        if lastTopLevel >= 0 && !(isHeaderLine(lastTopLevel) && isHeaderLine(line)) { first = .always }
      }
      return .newline(indent: depth * 2, first: first, last: .kept)
    }
    return spaced(a, b) ? .space : .glue
  }

  private func isInline(_ n: NodeID?) -> Bool {
    guard let n else { return false }
    return inlineBlock[Int(n)]
  }

  /// One-line header declarations, which may stand together without blank lines.
  private func isHeaderLine(_ n: NodeID) -> Bool {
    switch tree.kind(n) {
    case .surveyDecl, .moduleDecl, .useDecl, .versionDecl, .languagesDecl: return true
    case .titleDecl:
      guard let t = tree.child(n, .translations) else { return true }
      return tree.token(t, .lBrace) == nil
    default: return false
    }
  }

  /// The spacing of two tokens on one line: true for one space, false for none.
  private func spaced(_ a: Int, _ b: Int) -> Bool {
    let ka = tree.tokens[a].kind
    let kb = tree.tokens[b].kind
    switch kb {
    case .comma, .rParen, .rBracket, .colon, .dot, .dotDot: return false
    default: break
    }
    switch ka {
    case .lParen, .lBracket, .dot, .dotDot: return false
    case .minus:
      let k = tree.kind(owner[a])
      if k == .prefixExpr || k == .signedNumber { return false }
    default: break
    }
    if kb == .lParen && tree.kind(owner[b]) == .argList { return false }
    if owner[a] == owner[b] && tree.kind(owner[a]) == .languageTag { return false }
    return true
  }

  /// Extra spaces after a language tag in a block over several lines, so that the texts align.
  private func tagPadding(after a: Int, before b: Int) -> Int {
    let tag = owner[a]
    guard tree.kind(tag) == .languageTag, let translation = tree.parent(tag), tree.kind(translation) == .translation,
      let block = tree.parent(translation), tree.kind(block) == .translations, !inlineBlock[Int(block)],
      tree.kind(owner[b]) == .translation
    else { return 0 }
    return Int(tagWidth[Int(block)]) - tree.range(tag).length
  }

  /// Whether a translation block goes on one line: written so, no comment or triple-quoted text, short enough.
  private func fitsOnOneLine(_ block: NodeID, brace: Int) -> Bool {
    let d = tree.nodes[Int(block)]
    var width = lineIndent
    var sawEntry = false
    var t = Int(d.firstToken)
    while t < Int(d.endToken) {
      switch tree.tokens[t].kind {
      case .comment, .tripleString: return false
      case .whitespace:
        if !sawEntry && t > brace && countNewlines(t) > 0 { return false }
      default:
        if t > brace { sawEntry = true }
      }
      t += 1
    }
    guard sawEntry, let construct = tree.parent(block) else { return false }
    // The width of the whole line: the construct (option, part, row, title) written on one line.
    let cd = tree.nodes[Int(construct)]
    var previous = -1
    t = Int(cd.firstToken)
    while t < Int(cd.endToken) {
      if !tree.tokens[t].kind.isTrivia {
        if previous >= 0 && spaced(previous, t) { width += 1 }
        width += displayWidth(t)
        previous = t
      } else if tree.tokens[t].kind == .comment && t > Int(d.endToken) {
        return false
      }
      t += 1
    }
    return width <= Formatter.maxWidth
  }

  private func displayWidth(_ t: Int) -> Int {
    let r = tree.tokenRange(t)
    var n = 0
    for k in r.start..<r.end where bytes[k] & 0xC0 != 0x80 { n += 1 }
    return n
  }

  private func countNewlines(_ t: Int) -> Int {
    let r = tree.tokenRange(t)
    return LineBreak.count(bytes, in: r.start..<r.end)
  }

  // MARK: Writing

  private mutating func newLine(indent: Int, blank: Bool) {
    if !out.isEmpty {
      out.append(contentsOf: lineEnd)
      if blank { out.append(contentsOf: lineEnd) }
    }
    out.append(contentsOf: repeatElement(0x20, count: indent))
    lineIndent = indent
  }

  private func blank(_ rule: BlankLine, user: Bool) -> Bool {
    switch rule {
    case .never: return false
    case .kept: return user
    case .always: return true
    }
  }

  private mutating func writeGap(
    _ comments: [(token: Int, ownLine: Bool, blankBefore: Bool)], userBlankBeforeNext: Bool, gap: Gap,
    closing: Bool = false, hasNext: Bool = true
  ) {
    guard !comments.isEmpty else {
      guard hasNext else { return }
      switch gap {
      case .glue: break
      case .space: out.append(0x20)
      case .newline(let indent, let first, let last):
        let rule: BlankLine =
          first == .never || last == .never ? .never : (first == .always || last == .always ? .always : .kept)
        newLine(indent: indent, blank: blank(rule, user: userBlankBeforeNext))
      }
      return
    }
    // A comment runs to the end of its line, so the next token starts a new line.
    let indent: Int
    let commentIndent: Int
    let first: BlankLine
    let middle: BlankLine
    let last: BlankLine
    switch gap {
    case .glue, .space:
      indent = max(lineIndent, (depth + 1) * 2)
      commentIndent = indent
      (first, middle, last) = (.never, .never, .never)
    case .newline(let i, let f, let l):
      indent = i
      commentIndent = closing ? depth * 2 : i
      (first, middle, last) = (f, .kept, l)
    }
    var firstLine = true
    for c in comments {
      if c.ownLine {
        newLine(indent: commentIndent, blank: blank(firstLine ? first : middle, user: c.blankBefore))
        firstLine = false
      } else if !out.isEmpty {
        out.append(0x20)
      }
      var r = tree.tokenRange(c.token)
      while r.end > r.start, bytes[r.end - 1] == 0x20 || bytes[r.end - 1] == 0x09 || bytes[r.end - 1] == 0x0D {
        r = TextRange(r.start, r.end - 1)
      }
      out.append(contentsOf: bytes[r.start..<r.end])
    }
    guard hasNext else { return }
    let rule: BlankLine
    if !firstLine {
      rule = last
    } else {
      rule = first == .never || last == .never ? .never : (first == .always || last == .always ? .always : .kept)
    }
    newLine(indent: indent, blank: blank(rule, user: userBlankBeforeNext))
  }

  private mutating func writeToken(_ t: Int) {
    let r = tree.tokenRange(t)
    let pad = tagPaddingBefore(t)
    if pad > 0 { out.append(contentsOf: repeatElement(0x20, count: pad)) }
    if tree.tokens[t].kind == .tripleString {
      out.append(
        contentsOf: TripleQuoted.reindent(bytes[r.start..<r.end], to: lineIndent + 2, lineEnd: lineEnd)
          ?? TripleQuoted.withLineEnds(bytes[r.start..<r.end], lineEnd))
      return
    }
    out.append(contentsOf: bytes[r.start..<r.end])
  }

  /// Padding written before a translation's text, after its language tag.
  private func tagPaddingBefore(_ t: Int) -> Int {
    let k = tree.tokens[t].kind
    guard t > 0, k == .string || k == .tripleString, tree.kind(owner[t]) == .translation else { return 0 }
    var p = t - 1
    while p >= 0 && tree.tokens[p].kind.isTrivia { p -= 1 }
    guard p >= 0 else { return 0 }
    return tagPadding(after: p, before: t)
  }
}
