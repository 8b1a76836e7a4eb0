// The fast path for typing inside a text, in whitespace or in a comment: when a new version of the source differs
// from the analysed one only in edits it can prove harmless, every diagnostic is what it was, moved with the
// text, except repeated question texts (QD4009), which are recomputed. No re-parse and no re-check. Any edit it
// cannot prove harmless is refused, and the caller checks in full.
//
// Why this is exact. The new source is verified, byte by byte, to be the old one with some tokens changed in
// place, each in one of three ways, and everything between them equal:
// - a one-line translation string whose content, before and after, is plain text and well-formed `{pipes}` (no
//   quote, backslash, line break, control character or stray brace), not empty, with the same pipes, and no
//   brace in the changed bytes: it lexes to one string token with the same pipes, and no check reads a
//   translation's letters except the comparison of question texts;
// - a run of whitespace that stays a run of whitespace (spaces, tabs, line feeds; no carriage return typed or
//   deleted), holding a line break after the edit exactly when it held one before (the parser's recovery reads
//   only that), whose first byte, when it changes, stays a space or tab after a comment (which ends only at a
//   line feed; every other token ends the same way before any whitespace);
// - the text of a comment after its `#`, without a line break or control character typed.
// The lexer reads forward, at most two bytes past a token, and no such token boundary changed, so every other
// token lexes as before and the tree has the same shape. A string left open makes the lexer look at the whole
// next line, so a file with one is never taken on this path. A diagnostic whose message names a line
// (QD2002 "asked later (line 12)") refuses edits that add or remove a line break. A file that ends inside a block
// has the missing `}` placed by the indentation, so there no edit may touch a run of whitespace that holds a line
// break.
//
// A fix's replacement may hold the source of its range, so a change inside a fix's range refuses the edit.
//
// Moving a diagnostic is exact when none of its offsets is ambiguous: an offset before a change stays, one after
// it moves by the change's growth, and one at the edge of a change is accepted only where a token or pipe ends
// (a range ending there) or starts (a range starting there). An empty range at a change, or an offset inside
// one, refuses the edit.

import QDSLSemantics
import QDSLSyntax

/// One changed token: the bytes that differ, in the analysed source and in the new source.
struct ChangedText {
  enum Kind { case text, whitespace, comment }

  var kind: Kind
  var old: TextRange
  var new: TextRange
  /// The whole token in the analysed source (for a string, quotes included: what
  /// `TranslatedText.Entry.stringRange` holds).
  var token: TextRange
  /// The whole new content of a string, between the quotes.
  var newContent: TextRange
  /// Whether a range may end at `old.start` (a token or a pipe ends there) and start at `old.end` (one starts).
  var rangeMayEndAtStart: Bool
  var rangeMayStartAtEnd: Bool
  /// Line breaks added (positive) or removed.
  var lineBreaksAdded = 0
}

extension Analysis {
  /// Codes whose message names a line, which an added or removed line break changes.
  static let codesNamingLines: Set<DiagnosticCode> = [.laterVariable]

  /// The diagnostics of `newSource` when it differs from this analysis's source only in edits that provably change
  /// nothing but the literal text of one-line translation strings, whitespace or comments; nil for any other
  /// difference, and the new source must be checked.
  public func diagnosticsAfterTypingInTexts(_ newSource: [UInt8]) -> [Diagnostic]? {
    guard let changes = changedTexts(newSource) else { return nil }
    if changes.isEmpty { return diagnostics }
    if changes.contains(where: { $0.lineBreaksAdded != 0 }),
      diagnostics.contains(where: { Analysis.codesNamingLines.contains($0.code) })
    {
      return nil
    }
    var replacements: [TextRange: String] = [:]
    for c in changes where c.kind == .text {
      replacements[c.token] = String(decoding: newSource[c.newContent.start..<c.newContent.end], as: UTF8.self)
    }
    let mapping = OffsetMapping(changes)
    var moved: [Diagnostic] = []
    moved.reserveCapacity(diagnostics.count)
    for d in diagnostics where d.code != .duplicateText {
      guard let m = mapping.move(d) else { return nil }
      moved.append(m)
    }
    for d in survey.duplicateTextDiagnostics(replacing: replacements) {
      guard let m = mapping.move(d) else { return nil }
      moved.append(m)
    }
    return moved.sortedForOutput()
  }

  /// The tokens that differ between this analysis's source and `newSource`, in source order; nil when the two
  /// differ in any way the fast path cannot prove harmless (see the top of this file).
  func changedTexts(_ newSource: [UInt8]) -> [ChangedText]? {
    // An open string makes the lexer read the next line whole: any edit there could change the tokens.
    // So does a string in the wrong quotes (QD1009): its recovery reads the quotes and words of the whole line.
    if file.diagnostics.contains(where: { $0.code == .unterminatedString || $0.code == .wrongQuotes }) { return nil }
    var changes: [ChangedText] = []
    // Where the two sources are known to be equal again after the last change.
    var ai = 0
    var ci = 0
    while let (p, q) = Self.firstDifference(bytes, ai, newSource, ci) {
      guard var t = tokenIndex(at: p) else { return nil }
      // A difference where a token starts may extend the run of whitespace or the comment before it.
      if Int(tree.tokens[t].start) == p, t > 0, [.whitespace, .comment].contains(tree.tokens[t - 1].kind) { t -= 1 }
      let token = tree.tokenRange(t)
      // A token that an earlier change already covers cannot change again.
      guard token.start >= ai else { return nil }
      let changed: (ChangedText, Int, Int)?
      switch tree.tokens[t].kind {
      case .string: changed = changedString(token, newSource, p, q)
      case .whitespace: changed = changedWhitespace(token, newSource, p, q)
      case .comment: changed = changedComment(token, newSource, p, q)
      default: changed = nil
      }
      guard let (change, oldResume, newResume) = changed else { return nil }
      changes.append(change)
      ai = oldResume
      ci = newResume
    }
    return changes
  }

  /// A change inside the content of a one-line translation string; where the two sources continue (the closing
  /// quotes).
  private func changedString(_ token: TextRange, _ new: [UInt8], _ p: Int, _ q: Int) -> (ChangedText, Int, Int)? {
    let old = bytes
    let contentStart = token.start + 1
    let closing = token.end - 1
    guard token.length >= 3, old[token.start] == UInt8(ascii: "\""), old[closing] == UInt8(ascii: "\""),
      contentStart <= p, p <= closing,
      let oldPipes = Self.pipeNames(old, contentStart, closing), isTranslationString(at: contentStart)
    else { return nil }
    // Up to `p` the sources are equal, so the new content starts where the old one did, moved by the difference
    // so far; it ends at the first quote, backslash or line break, which must be the closing quote.
    let newStart = contentStart + (q - p)
    var newClose = q
    while newClose < new.count, !Self.endsOrEscapes(new[newClose]) { newClose += 1 }
    guard newClose < new.count, new[newClose] == UInt8(ascii: "\""), newClose > newStart,
      let newPipes = Self.pipeNames(new, newStart, newClose), newPipes == oldPipes
    else { return nil }
    let (oldChange, newChange) = Self.trimmed(old, p, closing, new, q, newClose)
    // Pipes keep their bytes (no brace in what changed); no control character is typed or deleted.
    guard !old[oldChange.start..<oldChange.end].contains(where: Self.isBraceOrControl),
      !new[newChange.start..<newChange.end].contains(where: Self.isBraceOrControl)
    else { return nil }
    let change = ChangedText(
      kind: .text, old: oldChange, new: newChange, token: token, newContent: TextRange(newStart, newClose),
      rangeMayEndAtStart: old[oldChange.start - 1] == UInt8(ascii: "}"),
      rangeMayStartAtEnd: old[oldChange.end] == UInt8(ascii: "{"))
    return (change, closing, newClose)
  }

  /// A change inside a run of whitespace that stays whitespace; where the two sources continue (after the runs).
  private func changedWhitespace(_ run: TextRange, _ new: [UInt8], _ p: Int, _ q: Int) -> (ChangedText, Int, Int)? {
    let old = bytes
    guard run.start <= p, p <= run.end, old[run.start..<run.end].allSatisfy(Self.isWhitespace) else { return nil }
    // A changed first byte stays whitespace, so that the token before the run ends as it did; a comment ends only
    // at a line feed, so after one it stays a space or tab.
    if p == run.start {
      guard q < new.count, Self.isWhitespace(new[q]) else { return nil }
      if !(Self.isBlank(old[p]) && Self.isBlank(new[q])) {
        guard run.start == 0 || tree.tokens[tokenIndex(at: run.start - 1) ?? 0].kind != .comment else { return nil }
      }
    }
    let newStart = run.start + (q - p)
    var newEnd = q
    while newEnd < new.count, Self.isWhitespace(new[newEnd]) { newEnd += 1 }
    // Typing a letter at the end of a run changes the token after it: nothing of the run changed.
    guard newEnd > q || run.end > p else { return nil }
    let (oldChange, newChange) = Self.trimmed(old, p, run.end, new, q, newEnd)
    let oldBytes = old[oldChange.start..<oldChange.end]
    let newBytes = new[newChange.start..<newChange.end]
    // A carriage return typed or deleted could make or unmake a line break.
    guard !oldBytes.contains(0x0D), !newBytes.contains(0x0D),
      old[run.start..<run.end].contains(0x0A) == new[newStart..<newEnd].contains(0x0A)
    else { return nil }
    // In a file that ends inside a block, the indentation of the lines places the error about the missing '}': a
    // run that holds a line break (or starts the file) ends in an indentation, which must not change.
    if file.parse.endsInsideBlock, run.start == 0 || LineBreak.contains(old, in: run.start..<run.end) { return nil }
    var change = ChangedText(
      kind: .whitespace, old: oldChange, new: newChange, token: run, newContent: TextRange(newStart, newEnd),
      rangeMayEndAtStart: oldChange.start == run.start, rangeMayStartAtEnd: oldChange.end == run.end)
    change.lineBreaksAdded = newBytes.count { $0 == 0x0A } - oldBytes.count { $0 == 0x0A }
    return (change, run.end, newEnd)
  }

  /// A change in the text of a comment, after its `#`; where the two sources continue (the ends of the lines).
  private func changedComment(_ comment: TextRange, _ new: [UInt8], _ p: Int, _ q: Int) -> (ChangedText, Int, Int)? {
    let old = bytes
    // A `#` comment only: a `//` line (QD1010) is recovered as a comment but is an error of its own.
    guard comment.start < p, p <= comment.end, old[comment.start] == UInt8(ascii: "#") else { return nil }
    let newEnd = LineBreak.lineEnd(new, from: q)
    let (oldChange, newChange) = Self.trimmed(old, p, comment.end, new, q, newEnd)
    guard !old[oldChange.start..<oldChange.end].contains(where: Self.isControl),
      !new[newChange.start..<newChange.end].contains(where: Self.isControl)
    else { return nil }
    let change = ChangedText(
      kind: .comment, old: oldChange, new: newChange, token: comment,
      newContent: TextRange(comment.start + (q - p), newEnd), rangeMayEndAtStart: false,
      rangeMayStartAtEnd: oldChange.end == comment.end)
    return (change, comment.end, newEnd)
  }

  /// The changed bytes of `old[p..<oldEnd]` and `new[q..<newEnd]`, which start differing at `p` and `q`: the
  /// equal bytes at their ends are trimmed.
  private static func trimmed(_ old: [UInt8], _ p: Int, _ oldEnd: Int, _ new: [UInt8], _ q: Int, _ newEnd: Int)
    -> (TextRange, TextRange)
  {
    var suffix = 0
    while suffix < oldEnd - p, suffix < newEnd - q, old[oldEnd - 1 - suffix] == new[newEnd - 1 - suffix] {
      suffix += 1
    }
    return (TextRange(p, oldEnd - suffix), TextRange(q, newEnd - suffix))
  }

  private static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
  private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
  private static func isControl(_ b: UInt8) -> Bool { (b < 0x20 && b != 0x09) || b == 0x7F }

  private static func isBraceOrControl(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "{") || b == UInt8(ascii: "}") || b < 0x20 || b == 0x7F
  }

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

/// Moves offsets of the analysed source to the new source across the changes, refusing ambiguous ones.
struct OffsetMapping {
  private let changes: [ChangedText]

  init(_ changes: [ChangedText]) { self.changes = changes }

  /// Where `offset` is in the new source; nil when it is ambiguous. `role` says whether it starts or ends a
  /// non-empty range, or is an empty range.
  func move(_ offset: Int, _ role: Role) -> Int? {
    // The last change that starts at or before the offset (binary search); the ones before it only shift it.
    var lo = 0
    var hi = changes.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if changes[mid].old.start <= offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return offset }
    let c = changes[lo - 1]
    let before = c.new.start - c.old.start
    let after = c.new.end - c.old.end
    if offset > c.old.end { return offset + after }
    if offset == c.old.start, role == .end, c.rangeMayEndAtStart { return offset + before }
    if offset == c.old.end, role == .start, c.rangeMayStartAtEnd { return offset + after }
    return nil
  }

  enum Role { case start, end, empty }

  /// Where an offset of the new source was in the analysed one: inside a change (a text, whitespace or a comment,
  /// whose tokens are the same), the same distance into the old change, within its length.
  func moveBack(_ offset: Int) -> Int {
    var lo = 0
    var hi = changes.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if changes[mid].new.start <= offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return offset }
    let c = changes[lo - 1]
    if offset > c.new.end { return offset - (c.new.end - c.old.end) }
    return c.old.start + min(offset - c.new.start, c.old.length)
  }

  func move(_ r: TextRange) -> TextRange? {
    if r.isEmpty { return move(r.start, .empty).map { TextRange.empty(at: $0) } }
    guard let start = move(r.start, .start), let end = move(r.end, .end) else { return nil }
    return TextRange(start, end)
  }

  func move(_ d: Diagnostic) -> Diagnostic? {
    var d = d
    guard let range = move(d.range) else { return nil }
    d.range = range
    for i in d.related.indices {
      guard let r = move(d.related[i].range) else { return nil }
      d.related[i].range = r
    }
    for i in d.fixes.indices {
      // A fix may carry the source of its range in its replacement (moving 'draft' after a tag): a change inside
      // that range would change the replacement too.
      guard !changes.contains(where: { $0.old.start < d.fixes[i].range.end && $0.old.end > d.fixes[i].range.start }),
        let r = move(d.fixes[i].range)
      else { return nil }
      d.fixes[i].range = r
    }
    return d
  }
}
