// Which '{' a missing '}' belongs to: braces match innermost first, so when the file ends inside a block the
// parser knows only that some '}' is missing. In an indented file the indentation tells which one: the first
// block whose lines come back to (or above) the indentation of the line that opened it, without a '}'.

/// A `{` that ends its line, with the indentation of that line and of the first line inside it.
private struct IndentedOpener {
  var token: Int
  /// The indentation of the line the `{` ends; nil for a `{` with more on its line (a block written inline).
  var indent: Int?
  /// The indentation of the block's first line; nil until it is seen.
  var bodyIndent: Int?

  /// Whether the block's lines are indented deeper than its opening line, so that its indentation can be trusted.
  var isIndented: Bool {
    guard let indent, let bodyIndent else { return false }
    return bodyIndent > indent
  }
}

extension Parser {
  /// The `{` whose block, by the indentation, ends without its `}`, and the token where it ends (the first line
  /// indented no deeper than the `{` line, or a `}` indented less); nil when the indentation tells nothing.
  /// One pass over the tokens, run only when a file ends inside a block.
  func braceUnclosedByIndentation() -> (brace: Int, end: Int)? {
    var stack: [IndentedOpener] = []
    let reported = Set(diagnostics.filter { $0.code == .unexpectedToken }.map(\.range.start))
    for i in tokens.indices where !tokens[i].kind.isTrivia {
      let kind = tokens[i].kind
      if let k = lineIndent(startingAt: i) {
        // The innermost block opened at the end of a line (blocks written inline have no indentation to read);
        // a line can end several blocks at once.
        while let t = stack.lastIndex(where: { $0.indent != nil }) {
          if stack[t].bodyIndent == nil {
            if kind != .rBrace { stack[t].bodyIndent = k }
            break
          }
          // A line back at the opening line's indentation (a `}` there closes the block; anything else means the
          // block has ended without one), or a `}` further out.
          guard stack[t].isIndented, let indent = stack[t].indent, kind == .rBrace ? k < indent : k <= indent
          else { break }
          let brace = stack[t].token
          stack.removeSubrange(t...)
          // A block the parser already reported as not closed (it found where it ended) is not news.
          if !reported.contains(tokenRange(brace).start) { return (brace, i) }
        }
      }
      switch kind {
      case .lBrace:
        stack.append(IndentedOpener(token: i, indent: endsLine(i) ? lineIndent(of: i) : nil))
      case .rBrace:
        _ = stack.popLast()
      default:
        break
      }
    }
    return nil
  }

  /// What the block opened by the `{` at token `brace` is, from the first word of its line.
  func blockDescription(_ brace: Int) -> String {
    var i = brace
    var first = brace
    while i > 0 {
      i -= 1
      if tokens[i].kind == .whitespace, LineBreak.contains(bytes, in: tokenRange(i).start..<tokenRange(i).end) {
        break
      }
      if !tokens[i].kind.isTrivia { first = i }
    }
    switch tokens[first].kind {
    case .kwIf, .kwElse, .rBrace: return "the block of a condition"
    case .kwSection: return "a section"
    case .kwRepeat: return "a repeat"
    case .kwQuestion: return "the body of a question"
    case .kwGrid: return "the body of a grid"
    case .kwNote: return "the body of a note"
    case .kwChoices: return "a choice list"
    case .kwRows: return "the rows of a grid"
    case .kwText, .kwHint, .kwCheck, .kwTitle, .kwEnd: return "translations"
    default: return "a block"
    }
  }

  /// The indentation (in bytes of spaces and tabs) of the line token `i` starts, or nil when it does not start one.
  private func lineIndent(startingAt i: Int) -> Int? {
    guard i > 0 else { return 0 }
    let previous = tokenRange(i - 1)
    guard tokens[i - 1].kind == .whitespace else { return nil }
    var k = previous.end
    while k > previous.start, bytes[k - 1] == 0x20 || bytes[k - 1] == 0x09 { k -= 1 }
    guard k == 0 || LineBreak.isBreakByte(bytes[k - 1]) || (k == previous.start && i - 1 == 0) else { return nil }
    return previous.end - k
  }

  /// The indentation of the line that holds token `i`.
  private func lineIndent(of i: Int) -> Int {
    var j = i
    while j > 0 {
      if let k = lineIndent(startingAt: j) { return k }
      j -= 1
      while j > 0, tokens[j].kind.isTrivia { j -= 1 }
    }
    return lineIndent(startingAt: 0) ?? 0
  }

  /// Whether token `i` is the last one on its line, comments aside.
  private func endsLine(_ i: Int) -> Bool {
    var j = i + 1
    while j < tokens.count {
      switch tokens[j].kind {
      case .comment: return true
      case .whitespace:
        let r = tokenRange(j)
        if LineBreak.contains(bytes, in: r.start..<r.end) { return true }
      default: return false
      }
      j += 1
    }
    return true
  }
}
