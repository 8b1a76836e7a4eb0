// The fast path for typing in texts, for an instrument of several files: the edits made to a file since its check,
// when they all fall inside the pieces of the file that the assembled text holds, are applied to every copy of
// those pieces; the assembled analysis predicts the new diagnostics (`diagnosticsAfterTypingInTexts`, which
// refuses everything it cannot prove harmless), and they are located in the files again, the edited file's in
// its new text.

import QDSLSyntax

extension InstrumentAnalysis {
  /// One edit of a file: `range` (in the text before it) replaced by `length` bytes.
  public typealias FileEdit = (range: TextRange, length: Int)

  /// The diagnostics of the instrument (each in its file, as `diagnostics`) after the file `file` changed to
  /// `newText` through `edits` (in order, each in the text before it), when they are typing in texts, whitespace
  /// or comments inside the parts of the file that the assembled text holds; nil for anything else, which needs
  /// a check.
  public func diagnosticsAfterTypingInTexts(file: Int32, newText: [UInt8], edits: [FileEdit]) -> [Diagnostic]? {
    guard Int(file) < sources.files.count, analysis.file.parse.diagnostics.isEmpty, !edits.isEmpty else { return nil }
    let edited = sources.files[Int(file)]
    guard edited.parse.diagnostics.isEmpty else { return nil }
    let old = edited.parse.tree.bytes
    // An offset of the old text in the new one; nil when an edit touches it.
    func forward(_ offset: Int) -> Int? {
      var o = offset
      for e in edits {
        if o < e.range.start { continue }
        if o > e.range.end {
          o += e.length - e.range.length
          continue
        }
        return nil
      }
      return o
    }
    // The file's pieces (assembled start and length, start in the file), in the assembled text's order.
    var pieces: [(start: Int, length: Int, local: Int, newLocal: Int, newLength: Int)] = []
    for piece in assembledRanges(ofFile: file) {
      guard let local = locate(.empty(at: piece.start))?.start, let s = forward(local),
        let e = forward(local + piece.length)
      else { return nil }
      pieces.append((piece.start, piece.length, local, s, e - s))
    }
    guard !pieces.isEmpty else { return nil }
    // Outside the pieces, the file must be as it was (no edit in a header, a `use` line, a comment between items).
    var covered = pieces.map { (start: $0.local, end: $0.local + $0.length) }.sorted { $0.start < $1.start }
    var merged: [(start: Int, end: Int)] = []
    for c in covered {
      if let last = merged.last, c.start <= last.end {
        merged[merged.count - 1].end = max(last.end, c.end)
      } else {
        merged.append(c)
      }
    }
    covered = merged
    var gapStart = 0
    for c in covered + [(start: old.count, end: old.count)] {
      guard let a = forward(gapStart), let b = c.start == old.count ? Optional(newText.count) : forward(c.start),
        a >= 0, a <= b, b <= newText.count, b - a == c.start - gapStart, newText[a..<b] == old[gapStart..<c.start]
      else { return nil }
      gapStart = c.end
    }
    // The new assembled text: each piece of the file replaced by its new text.
    let assembled = analysis.bytes
    var bytes: [UInt8] = []
    bytes.reserveCapacity(assembled.count + newText.count - old.count)
    var cursor = 0
    var shift = 0
    var newStarts: [Int] = []
    // Edits that do not fit the text (the editor and the server disagree) take the full check instead.
    guard pieces.allSatisfy({ $0.newLocal >= 0 && $0.newLength >= 0 && $0.newLocal + $0.newLength <= newText.count })
    else { return nil }
    for p in pieces {
      bytes += assembled[cursor..<p.start]
      newStarts.append(p.start + shift)
      bytes += newText[p.newLocal..<(p.newLocal + p.newLength)]
      cursor = p.start + p.length
      shift += p.newLength - p.length
    }
    bytes += assembled[cursor...]
    guard let predicted = analysis.diagnosticsAfterTypingInTexts(bytes) else { return nil }

    // A new assembled offset in its file: inside a piece of the edited file, its new offset; elsewhere the old
    // assembled offset's place.
    func place(_ offset: Int, end: Bool) -> (file: Int32, offset: Int)? {
      var shift = 0
      for (k, p) in pieces.enumerated() {
        let s = newStarts[k]
        if offset < s || (!end && offset == s && p.newLength == 0) { break }
        if offset < s + p.newLength || (end && offset == s + p.newLength) || (!end && offset == s) {
          return (file, p.newLocal + offset - s)
        }
        shift += p.newLength - p.length
      }
      guard let r = locate(.empty(at: offset - shift)), r.file != file else { return nil }
      return (r.file, r.start)
    }
    func located(_ r: TextRange) -> TextRange? {
      guard let s = place(r.start, end: false), let e = place(r.end, end: true) else { return nil }
      guard e.file == s.file, e.offset >= s.offset else { return TextRange.empty(at: s.offset, file: s.file) }
      return TextRange(s.offset, e.offset, file: s.file)
    }
    func moved(_ r: TextRange) -> TextRange? {
      guard r.file == file else { return r }
      guard let s = forward(r.start), let e = forward(r.end) else { return nil }
      return TextRange(s, e, file: file)
    }
    var out: [Diagnostic] = []
    for d in sources.allDiagnostics {
      guard let range = moved(d.range) else { return nil }
      var m = d
      m.range = range
      m.related = d.related.compactMap { r in moved(r.range).map { Diagnostic.Related($0, r.message) } }
      m.fixes = d.fixes.compactMap { f in
        moved(f.range).map { Diagnostic.Fix(title: f.title, range: $0, replacement: f.replacement) }
      }
      out.append(m)
    }
    for d in predicted {
      guard let range = located(d.range) else { return nil }
      // As `Checker.check(_: SourceSet)` does: a module's list the instrument leaves unused is no defect.
      if d.code == .unusedList && range.file != 0 { continue }
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
