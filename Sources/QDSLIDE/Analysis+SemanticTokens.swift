// Semantic tokens: every lexed token classified (names by what they resolve to, `{pipes}` inside strings as
// variables, repeats as structs and `R.index` as a property, `count` after a repeat's name as a keyword), split at
// line breaks so that no token spans two lines.

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The classified tokens of the whole document, in order, non-overlapping.
  public func semanticTokens() -> [SemanticToken] {
    var out: [SemanticToken] = []
    out.reserveCapacity(tree.tokens.count / 2)
    let occurrences = index.occurrences
    // Language tags (`fi` in `fi "…"` and on the `languages` line) are shown as namespaces.
    var tags = Set<Int>()
    for (i, n) in tree.nodes.enumerated() where n.kind == .languageTag || n.kind == .languagesDecl {
      for t in tree.directTokens(NodeID(i)) where tree.tokens[t].kind.isNameLike && n.kind == .languageTag {
        tags.insert(t)
      }
      if n.kind == .languagesDecl {
        for t in tree.directTokens(NodeID(i)).dropFirst() where tree.tokens[t].kind.isNameLike { tags.insert(t) }
      }
    }
    // `count` in a repeat's header is the driver's word, not the function.
    var driverWords = Set<Int>()
    for (i, n) in tree.nodes.enumerated() where n.kind == .repeatCount {
      if let t = tree.firstSignificantToken(NodeID(i)) { driverWords.insert(t) }
    }
    // What a paradata field records (`start` in `started: start`) is a keyword.
    for (i, n) in tree.nodes.enumerated() where n.kind == .paradataField {
      if let kind = tree.directTokens(NodeID(i)).last(where: { tree.tokens[$0].kind.isNameLike }) {
        driverWords.insert(kind)
      }
    }
    // `draft` in the languages line is a keyword (contextual: a name elsewhere).
    for (i, n) in tree.nodes.enumerated() where n.kind == .draftMarker {
      if let t = tree.firstSignificantToken(NodeID(i)) { driverWords.insert(t) }
    }
    // `sample` and `optional` in a sample declaration are keywords (contextual: names elsewhere).
    for (i, n) in tree.nodes.enumerated() where n.kind == .sampleDecl {
      let words = tree.directTokens(NodeID(i)).filter { tree.tokens[$0].kind == .identifier }
      if let first = words.first, tree.tokenText(first) == "sample" { driverWords.insert(first) }
      for t in words where tree.tokenText(t) == "optional" { driverWords.insert(t) }
    }
    // The pattern strings of matches() are regular expressions.
    let patterns = patternTokens()
    let cascade = cascadeTokens()
    var next = 0
    // The end of the last repeat name written, and then of the dot after it: `index` after both is a property.
    var levelEnd = -1
    var levelDot = false
    for t in 0..<tree.tokens.count {
      let kind = tree.tokens[t].kind
      let r = tree.tokenRange(t)
      while next < occurrences.count, occurrences[next].range.start < r.start { next += 1 }
      switch kind {
      case .whitespace, .unknown, .eof: continue
      case .comment: add(&out, r, .comment)
      case .string, .tripleString:
        // Pipes inside the string are occurrences that start within the token.
        var start = r.start
        var k = next
        while k < occurrences.count, occurrences[k].range.start < r.end {
          let o = occurrences[k]
          add(&out, TextRange(start, o.range.start), .string)
          add(&out, o.range, tokenType(o.symbol), declaration: false)
          start = o.range.end
          k += 1
        }
        add(&out, TextRange(start, r.end), patterns.contains(t) ? .regexp : .string)
      case .integer, .decimal: add(&out, r, .number)
      case .eqEq, .bangEq, .less, .lessEq, .greater, .greaterEq, .plus, .minus, .star, .slash, .equals, .dotDot:
        add(&out, r, .operator)
      case .dot:
        levelDot = levelEnd == r.start
        continue
      default:
        if tags.contains(t) || driverWords.contains(t) {
          add(&out, r, tags.contains(t) ? .namespace : .keyword)
        } else if cascade.attributes.contains(t) || cascade.candidates.contains(t) {
          add(&out, r, cascade.attributes.contains(t) ? .property : .keyword)
        } else if next < occurrences.count, occurrences[next].range == r {
          let o = occurrences[next]
          add(&out, r, tokenType(o.symbol), declaration: o.isDeclaration)
          if case .level = o.symbol { levelEnd = r.end }
        } else if levelDot, tree.token(t, spells: "index") {
          add(&out, r, .property)
        } else if kind == .identifier || kind.isKeyword, isCall(t), isFunctionName(tree.tokenText(t)) {
          add(&out, r, .function)
        } else if kind.isKeyword {
          add(&out, r, .keyword)
        }
        levelDot = false
      }
    }
    return out
  }

  private func tokenType(_ s: IDESymbol) -> SemanticTokenType {
    switch s {
    case .variable(let v):
      if case .gridRow = survey.variables[v].kind { return .property }
      return .variable
    case .list: return .type
    case .option: return .enumMember
    case .level: return .struct
    }
  }

  private func isFunctionName(_ name: String) -> Bool {
    Function(rawValue: name) != nil || Aggregate(rawValue: name) != nil
  }

  /// Appends a token, split at line breaks (multi-line strings and triple-quoted texts).
  private func add(_ out: inout [SemanticToken], _ r: TextRange, _ type: SemanticTokenType, declaration: Bool = false) {
    guard !r.isEmpty else { return }
    var start = r.start
    var i = r.start
    while i < r.end {
      let length = LineBreak.length(bytes, at: i)
      if length == 0 {
        i += 1
        continue
      }
      if i > start {
        out.append(SemanticToken(range: TextRange(start, i), type: type, isDeclaration: declaration))
      }
      i += length
      start = i
    }
    if r.end > start {
      out.append(SemanticToken(range: TextRange(start, r.end), type: type, isDeclaration: declaration))
    }
  }
}
