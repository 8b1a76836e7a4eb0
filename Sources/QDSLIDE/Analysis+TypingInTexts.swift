// The fast path for typing inside a text: when a new version of the source differs from the analysed one only
// in the literal text of one-line translation strings, in whitespace or in comments, every diagnostic is what it
// was, moved with the text, except repeated question texts (QD4009), which are recomputed. No re-parse and no
// re-check. (Whitespace that stays whitespace and a comment's text after its `#` are trivia no check reads; a
// line break moved while a string is left open could change the lexer's recovery, so that case is checked.)
//
// Why this is exact: a string content of plain text and well-formed `{pipes}` (no quote, backslash, line break
// or stray brace, before and after the edit) lexes to the same single string token whatever its letters, so the
// tree has the same shape; the edit touches no brace and the pipes keep their names, so every pipe resolves as
// before. No check reads the letters of a translation except the comparison of question texts; version strings
// and string literals in expressions (dates, text comparisons) are not translations and never take this path.

import QDSLSemantics
import QDSLSyntax

/// A string content that changed: the bytes that differ, in the analysed source and in the new source.
struct ChangedText {
  var old: TextRange
  var new: TextRange
  /// The whole string token in the analysed source, quotes included (what `TranslatedText.Entry.stringRange`
  /// holds).
  var token: TextRange
  /// The whole new content, between the quotes.
  var newContent: TextRange
  /// A change of whitespace or of a comment's text, which no check reads.
  var isTrivia = false
}

extension Analysis {
  /// The diagnostics of `newSource` when it differs from this analysis's source only in the literal text of
  /// one-line translation strings (not emptied, no pipe touched), in whitespace or in comments; nil when it differs
  /// in any other way, and the new source must be checked.
  public func diagnosticsAfterTypingInTexts(_ newSource: [UInt8]) -> [Diagnostic]? {
    guard let changes = changedTexts(newSource) else { return nil }
    if changes.isEmpty { return diagnostics }
    var replacements: [TextRange: String] = [:]
    for c in changes where !c.isTrivia {
      replacements[c.token] = String(decoding: newSource[c.newContent.start..<c.newContent.end], as: UTF8.self)
    }
    let moved =
      diagnostics.filter { $0.code != .duplicateText } + survey.duplicateTextDiagnostics(replacing: replacements)
    let mapping = OffsetMapping(changes)
    return moved.map { mapping.move($0) }.sortedForOutput()
  }

  /// The string contents that differ between this analysis's source and `newSource`, in source order; nil when
  /// the two differ anywhere else, or a changed string is not a simple one-line translation string (plain text
  /// and `{pipes}`), or the change touches a pipe.
  func changedTexts(_ newSource: [UInt8]) -> [ChangedText]? {
    let old = bytes
    var changes: [ChangedText] = []
    var ai = 0
    var ci = 0
    while let (p, q) = Self.firstDifference(old, ai, newSource, ci) {
      if let (change, oldEnd, newEnd) = changedTrivia(newSource, p, q) {
        changes.append(change)
        ai = oldEnd
        ci = newEnd
        continue
      }
      guard let t = tokenIndex(at: p), tree.tokens[t].kind == .string else { return nil }
      let token = tree.tokenRange(t)
      let contentStart = token.start + 1
      let contentEnd = token.end - 1
      // A file with a string left open or wrongly quoted is checked: the lexer's recovery of those reads the
      // quotes and words of the whole line.
      guard token.length >= 3, old[token.start] == UInt8(ascii: "\""), old[contentEnd] == UInt8(ascii: "\""),
        contentStart <= p, p <= contentEnd,
        !diagnostics.contains(where: { $0.code == .unterminatedString || $0.code == .wrongQuotes }),
        let oldPipes = Self.pipeNames(old, contentStart, contentEnd), isTranslationString(at: contentStart)
      else { return nil }
      // Up to `p` the two sources are equal, so the new content starts where the old one did, moved by the
      // difference so far; it ends at the closing quote.
      let newStart = contentStart + (q - p)
      var newEnd = q
      while newEnd < newSource.count, !Self.endsOrEscapes(newSource[newEnd]) { newEnd += 1 }
      guard newEnd < newSource.count, newSource[newEnd] == UInt8(ascii: "\""), newEnd > newStart,
        let newPipes = Self.pipeNames(newSource, newStart, newEnd), newPipes == oldPipes
      else { return nil }
      // The changed bytes: from the first difference to the last one inside the string.
      var suffix = 0
      while suffix < contentEnd - p, suffix < newEnd - q, old[contentEnd - 1 - suffix] == newSource[newEnd - 1 - suffix]
      {
        suffix += 1
      }
      let oldChange = TextRange(p, contentEnd - suffix)
      let newChange = TextRange(q, newEnd - suffix)
      // Pipes keep their bytes: no brace in what changed.
      guard !old[oldChange.start..<oldChange.end].contains(where: Self.isBrace),
        !newSource[newChange.start..<newChange.end].contains(where: Self.isBrace)
      else { return nil }
      changes.append(
        ChangedText(old: oldChange, new: newChange, token: token, newContent: TextRange(newStart, newEnd)))
      // Both continue at the closing quote; everything after it must be equal again.
      ai = contentEnd
      ci = newEnd
    }
    return changes
  }

  /// A change inside a run of whitespace (spaces, tabs and line breaks staying whitespace, so that no token starts
  /// or ends elsewhere) or inside the text of a comment (after its `#`, on its line): the change, and where the two
  /// sources continue. Nil for any other difference at `p` (old) and `q` (new).
  private func changedTrivia(_ newSource: [UInt8], _ p: Int, _ q: Int) -> (ChangedText, Int, Int)? {
    let old = bytes
    guard let t = tokenIndex(at: p) else { return nil }
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    let shift = q - p
    var run: TextRange
    var newEnd: Int
    if tree.tokens[t].kind == .comment, p > tree.tokenRange(t).start, old[tree.tokenRange(t).start] == UInt8(ascii: "#")
    {
      // The comment runs to the end of its line, in both sources.
      run = tree.tokenRange(t)
      newEnd = LineBreak.lineEnd(newSource, from: q)
    } else {
      // The whitespace token at `p`, or the one just before it (typing at the end of a run of spaces).
      var w = t
      if tree.tokens[w].kind != .whitespace || tree.tokenRange(w).start == p, w > 0,
        tree.tokens[w - 1].kind == .whitespace, tree.tokenRange(w - 1).end == p
      {
        w -= 1
      }
      guard tree.tokens[w].kind == .whitespace else { return nil }
      run = tree.tokenRange(w)
      // Whitespace before `p` is shared: the new run starts where the old one did (a run that starts at `p` is
      // not, and would join the token before it).
      guard run.start < p || (q < newSource.count && isSpace(newSource[q])),
        old[run.start..<run.end].allSatisfy(isSpace)
      else { return nil }
      newEnd = q
      while newEnd < newSource.count, isSpace(newSource[newEnd]) { newEnd += 1 }
      // A line break moved near a string left open could change how the lexer recovers it.
      let oldBreaks = LineBreak.count(old, in: run.start..<run.end)
      let newBreaks = LineBreak.count(newSource, in: (run.start + shift)..<newEnd)
      if oldBreaks != newBreaks, diagnostics.contains(where: { $0.code == .unterminatedString }) { return nil }
    }
    // Typing a letter at the end of a run changes the token after it: nothing of the run changed.
    guard run.end > p || newEnd > q else { return nil }
    var suffix = 0
    while suffix < run.end - p, suffix < newEnd - q, old[run.end - 1 - suffix] == newSource[newEnd - 1 - suffix] {
      suffix += 1
    }
    let change = ChangedText(
      old: TextRange(p, run.end - suffix), new: TextRange(q, newEnd - suffix), token: run,
      newContent: TextRange(run.start + shift, newEnd), isTrivia: true)
    return (change, run.end, newEnd)
  }

  private static func isBrace(_ b: UInt8) -> Bool { b == UInt8(ascii: "{") || b == UInt8(ascii: "}") }

  private static func endsOrEscapes(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0x0A || b == 0x0D
  }

  /// The pipe names of a string content made of plain text and well-formed pipes only (`{name}`, `{grid.row}`,
  /// as the string decoder reads them); nil when it holds a quote, a backslash, a line break, a doubled brace or a
  /// brace that is not a pipe's. Such a content reads as itself: its display text is its bytes.
  static func pipeNames(_ b: [UInt8], _ start: Int, _ end: Int) -> [ArraySlice<UInt8>]? {
    func isAlnum(_ c: UInt8) -> Bool {
      (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
    var names: [ArraySlice<UInt8>] = []
    var i = StringScan.firstSpecial(b, from: start, to: end)
    while i < end {
      guard b[i] == UInt8(ascii: "{") else { return nil }
      var j = i + 1
      guard j < end, b[j] == UInt8(ascii: "_") || (isAlnum(b[j]) && b[j] > 0x39) else { return nil }
      var dots = 0
      while j < end, b[j] == UInt8(ascii: "_") || (b[j] == UInt8(ascii: ".") && dots == 0) || isAlnum(b[j]) {
        if b[j] == UInt8(ascii: ".") { dots += 1 }
        j += 1
      }
      guard j < end, b[j] == UInt8(ascii: "}") else { return nil }
      names.append(b[(i + 1)..<j])
      i = StringScan.firstSpecial(b, from: j + 1, to: end)
    }
    return names
  }

  /// Whether the string token starting just before `offset` is the text of a translation (`fi "…"`, or the single
  /// string of a text block).
  private func isTranslationString(at offset: Int) -> Bool {
    guard let innermost = nodes(at: offset).first else { return false }
    let kind = tree.kind(innermost)
    return kind == .translation || kind == .translations
  }

  /// The first offsets at which `a[i...]` and `b[j...]` differ, or nil when they are equal (same length too).
  static func firstDifference(_ a: [UInt8], _ i: Int, _ b: [UInt8], _ j: Int) -> (Int, Int)? {
    let n = min(a.count - i, b.count - j)
    let k: Int = a.withUnsafeBytes { ra in
      b.withUnsafeBytes { rb in
        guard let pa = ra.baseAddress, let pb = rb.baseAddress else { return 0 }
        var k = 0
        // Eight bytes a step, then the word that differs byte by byte.
        while k + 8 <= n,
          pa.loadUnaligned(fromByteOffset: i + k, as: UInt64.self)
            == pb.loadUnaligned(fromByteOffset: j + k, as: UInt64.self)
        {
          k += 8
        }
        while k < n, ra[i + k] == rb[j + k] { k += 1 }
        return k
      }
    }
    if k == n && a.count - i == b.count - j { return nil }
    return (i + k, j + k)
  }
}

/// Moves offsets of the analysed source to the new source across the changed string contents.
struct OffsetMapping {
  private let changes: [ChangedText]

  init(_ changes: [ChangedText]) { self.changes = changes }

  func move(_ offset: Int) -> Int {
    // The last change that starts before the offset (binary search); the ones before it only shift it.
    var lo = 0
    var hi = changes.count
    while lo < hi {
      let mid = (lo + hi) / 2
      // An insertion (nothing old replaced) moves what starts where it was made.
      let old = changes[mid].old
      if old.start < offset || (old.length == 0 && old.start == offset) { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return offset }
    let c = changes[lo - 1]
    if offset >= c.old.end { return offset + (c.new.end - c.old.end) }  // after the change, or an insertion
    // Inside a changed content: the same distance from its start, within its new length.
    return c.new.start + min(offset - c.old.start, c.new.length)
  }

  func move(_ r: TextRange) -> TextRange {
    let start = move(r.start)
    return TextRange(start, max(start, move(r.end)))
  }

  func move(_ d: Diagnostic) -> Diagnostic {
    var d = d
    d.range = move(d.range)
    d.related = d.related.map { .init(move($0.range), $0.message) }
    d.fixes = d.fixes.map { .init(title: $0.title, range: move($0.range), replacement: $0.replacement) }
    return d
  }
}
