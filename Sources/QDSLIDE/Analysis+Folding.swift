// Folding ranges: every braced block that spans lines (lists, sections, repeats, questions, grids, rows, branches,
// translation blocks) and runs of two or more comment lines.

import QDSLSyntax

extension Analysis {
  public func foldingRegions() -> [FoldingRegion] {
    var out: [FoldingRegion] = []
    let foldable: Set<SyntaxKind> = [
      .choicesDecl, .sectionDecl, .repeatDecl, .questionDecl, .gridDecl, .rowsBlock, .ifBranch, .elseBranch,
      .translations,
      .titleDecl, .noteDecl, .checkPart, .optionDecl, .block,
    ]
    let lines = lineIndex
    for (i, n) in tree.nodes.enumerated() where foldable.contains(n.kind) {
      let r = tree.range(NodeID(i))
      if lines.line(of: r.start) < lines.line(of: max(r.start, r.end - 1)) {
        out.append(FoldingRegion(range: r, kind: .region))
      }
    }
    // Consecutive comment lines.
    var runStart: TextRange?
    var runEnd: TextRange?
    var runLines = 0
    func flush() {
      if let s = runStart, let e = runEnd, runLines >= 2 {
        out.append(FoldingRegion(range: s.cover(e), kind: .comment))
      }
      runStart = nil
      runEnd = nil
      runLines = 0
    }
    for t in 0..<tree.tokens.count {
      let kind = tree.tokens[t].kind
      if kind == .comment {
        let r = tree.tokenRange(t)
        if let e = runEnd, lines.line(of: r.start) != lines.line(of: e.start) + 1 { flush() }
        if runStart == nil { runStart = r }
        runEnd = r
        runLines += 1
      } else if kind != .whitespace {
        flush()
      }
    }
    flush()
    return out.sorted { $0.range < $1.range }
  }
}
