// The fast path for typing in texts, for an instrument of several files: a file's new text that differs from its
// checked one only inside one piece of the assembled text is applied to every copy of that piece, the assembled
// analysis predicts the new diagnostics (`diagnosticsAfterTypingInTexts`, which refuses everything it cannot
// prove harmless), and they are located in the files again: the edited file's with its new offsets.

import QDSLSyntax

extension InstrumentAnalysis {
  /// The diagnostics of the instrument (each in its file, as `diagnostics`) after the file `file` changed to
  /// `newText`, when the change is typing in texts, whitespace or comments inside the part of the file that the
  /// assembled text holds; nil for any other change, which needs a check.
  public func diagnosticsAfterTypingInTexts(file: Int32, newText: [UInt8]) -> [Diagnostic]? {
    guard Int(file) < sources.files.count, analysis.file.parse.diagnostics.isEmpty else { return nil }
    let edited = sources.files[Int(file)]
    guard edited.parse.diagnostics.isEmpty else { return nil }
    let old = edited.parse.tree.bytes
    // The one changed region: old[p..<oldEnd] became newText[p..<newEnd].
    let limit = min(old.count, newText.count)
    var p = 0
    while p < limit, old[p] == newText[p] { p += 1 }
    var s = 0
    while s < limit - p, old[old.count - 1 - s] == newText[newText.count - 1 - s] { s += 1 }
    let oldEnd = old.count - s
    let delta = newText.count - old.count
    guard p < oldEnd || delta != 0 else { return diagnostics }  // the same text
    let replacement = newText[p..<(newText.count - s)]
    // Every copy of the piece that holds the change, strictly inside it (an edge is where the pieces meet).
    var copies: [Int] = []  // assembled offset of `p` in each copy
    for piece in assembledRanges(ofFile: file) {
      guard let local = locate(.empty(at: piece.start))?.start else { return nil }
      let end = local + piece.length
      if oldEnd <= local || p >= end {
        if p == local || oldEnd == end { return nil }  // at an edge
        continue
      }
      guard local < p, oldEnd < end else { return nil }  // across an edge
      copies.append(piece.start + (p - local))
    }
    guard !copies.isEmpty else { return nil }
    let assembled = analysis.bytes
    let oldLength = oldEnd - p
    var bytes: [UInt8] = []
    bytes.reserveCapacity(assembled.count + copies.count * delta)
    var cursor = 0
    for start in copies {
      bytes += assembled[cursor..<start]
      bytes += replacement
      cursor = start + oldLength
    }
    bytes += assembled[cursor...]
    guard let predicted = analysis.diagnosticsAfterTypingInTexts(bytes) else { return nil }

    // New assembled offset → old assembled offset (nil inside a changed region) → file and offset, the edited
    // file's moved to its new text.
    func oldAssembled(_ offset: Int) -> Int? {
      var shift = 0
      for start in copies {
        let newStart = start + shift
        if offset <= newStart { return offset - shift }
        if offset < newStart + replacement.count { return nil }
        shift += delta
      }
      return offset - shift
    }
    func moved(_ r: TextRange) -> TextRange {
      guard r.file == file else { return r }
      func move(_ o: Int) -> Int { o >= oldEnd ? o + delta : o }
      return TextRange(move(r.start), move(r.end), file: r.file)
    }
    func located(_ r: TextRange) -> TextRange? {
      guard let start = oldAssembled(r.start), let end = oldAssembled(r.end),
        let local = locate(TextRange(start, max(start, end)))
      else { return nil }
      return moved(local)
    }
    var out: [Diagnostic] = []
    for d in sources.allDiagnostics {
      var m = d
      m.range = moved(d.range)
      m.related = d.related.map { Diagnostic.Related(moved($0.range), $0.message) }
      m.fixes = d.fixes.map { Diagnostic.Fix(title: $0.title, range: moved($0.range), replacement: $0.replacement) }
      out.append(m)
    }
    for d in predicted {
      guard let range = located(d.range) else { return nil }
      var m = d
      m.range = range
      m.related = d.related.compactMap { r in located(r.range).map { Diagnostic.Related($0, r.message) } }
      m.fixes = d.fixes.compactMap { f in
        guard let r = located(f.range), r.length == f.range.length else { return nil }
        return Diagnostic.Fix(title: f.title, range: r, replacement: f.replacement)
      }
      out.append(m)
    }
    return out.sortedForOutput()
  }
}
