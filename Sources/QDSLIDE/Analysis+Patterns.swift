// The patterns of matches(x, "pattern") in the editor: their string tokens (highlighted as regular expressions)
// and a hover that shows the pattern as the engines read it, once the string's escapes are applied.

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The string tokens that are the pattern of a `matches()` call.
  func patternTokens() -> Set<Int> {
    var out = Set<Int>()
    for (i, n) in tree.nodes.enumerated() where n.kind == .callExpr {
      let call = NodeID(i)
      guard let name = tree.nameToken(call), tree.token(name, spells: "matches"),
        let args = tree.child(call, .argList)
      else { continue }
      let exprs = tree.expressions(in: args)
      guard exprs.count == 2, tree.kind(exprs[1]) == .literal, let t = tree.firstSignificantToken(exprs[1]),
        tree.tokens[t].kind == .string || tree.tokens[t].kind == .tripleString
      else { continue }
      out.insert(t)
    }
    return out
  }

  /// The hover over the pattern string of a `matches()` call: the pattern itself and whether it is in the dialect.
  func patternHover(at offset: Int) -> Hover? {
    guard let t = tokenIndex(at: offset), tree.tokens[t].kind == .string || tree.tokens[t].kind == .tripleString,
      patternTokens().contains(t)
    else { return nil }
    let pattern = TextPattern.written(in: bytes, string: tree.tokenRange(t))
    var markdown = "**Pattern** (the whole text must match):\n\n```\n\(pattern)\n```\n\n"
    switch TextPattern.parse(pattern) {
    case .success:
      markdown += "In the pattern dialect: the evaluator, the preview and the XForm's `regex()` read it alike."
    case .failure(let p):
      markdown += "Not in the pattern dialect: \(p.message)."
    }
    return Hover(range: tree.tokenRange(t), markdown: markdown)
  }
}
