// Range formatting: the canonical layout of the top-level declarations a range touches, the rest left as written.

import QDSLSyntax

extension Formatter {
  /// The edit that lays out, as `qdsl fmt` would, every top-level declaration (header line, choice list or
  /// item) that `range` touches, from its first to its last token; text outside them is left as written.
  /// Only whitespace between the tokens inside those declarations changes (and triple-quoted texts, each
  /// re-indented whole), so the meaning never changes. Nil when nothing would change.
  public static func formatDeclarations(_ parse: Parse, touching range: TextRange) -> Result<FormatEdit?, SyntaxErrors>
  {
    let errors = parse.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else { return .failure(SyntaxErrors(diagnostics: errors)) }
    let tree = parse.tree
    let touched = tree.children(SyntaxTree.root).filter { n in
      let r = tree.range(n)
      return r.start <= range.end && r.end >= range.start
    }
    guard let first = touched.first, let last = touched.last else { return .success(nil) }
    let a = Int(tree.nodes[Int(first)].firstToken)
    var b = Int(tree.nodes[Int(last)].endToken) - 1
    while b > a && tree.tokens[b].kind.isTrivia { b -= 1 }
    guard a <= b, !tree.tokens[a].kind.isTrivia, !tree.tokens[b].kind.isTrivia else { return .success(nil) }
    var writer = LayoutWriter(tree: tree)
    writer.recordsOffsets = true
    _ = writer.run()
    let outFrom = Int(writer.outStart[a])
    let outTo = Int(writer.outEnd[b])
    guard outFrom >= 0, outTo >= outFrom else { return .success(nil) }
    // A declaration starts a line at column 0: the indentation before it on its line goes too.
    var start = tree.tokenRange(a).start
    while start > 0 && (parse.tree.bytes[start - 1] == 0x20 || parse.tree.bytes[start - 1] == 0x09) { start -= 1 }
    if !LineBreak.startsLine(parse.tree.bytes, at: start) { start = tree.tokenRange(a).start }
    let old = Array(tree.bytes[start..<tree.tokenRange(b).end])
    let new = Array(writer.out[outFrom..<outTo])
    guard let edit = FormatEdit.between(old, new) else { return .success(nil) }
    return .success(
      FormatEdit(
        range: TextRange(edit.range.start + start, edit.range.end + start), newText: edit.newText))
  }
}

/// The syntax errors that stop formatting.
public struct SyntaxErrors: Error, Sendable {
  public var diagnostics: [Diagnostic]
}
