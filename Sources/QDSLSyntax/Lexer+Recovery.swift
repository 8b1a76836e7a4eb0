// Lexing the habits people bring from word processors and other languages: strings in typographic or single
// quotes, `//` comments and a string left open. Each is one token and one error with a fix, so that the rest of
// the line (and the file) lexes as the author meant it instead of cascading into unrelated errors.

extension Lexer {
  /// A string between typographic quotes (“…”, „…“, ‘…’, «…») or straight single quotes ('…'), up to its closing
  /// quote on the same line (a typographic one runs to the line's end when there is none). Nil when `pos` opens
  /// no such string: a `'` without a closing `'` on its line is a stray character.
  mutating func lexWronglyQuotedString() -> TokenKind? {
    guard let opener = QuoteMark.at(bytes, pos), !(opener.isDouble && opener.isStraight) else { return nil }
    let open = pos
    let contentStart = open + opener.width
    let lineEnd = LineBreak.lineEnd(bytes, from: pos)
    var closer: Int?
    var i = contentStart
    while i < lineEnd {
      if bytes[i] == UInt8(ascii: "\\") {
        i += 2
        continue
      }
      // A single quote inside a word is an apostrophe (‘Don’t’), not the string's end.
      if let q = QuoteMark.at(bytes, i), q.isDouble == opener.isDouble,
        !(opener.isStraight && !q.isStraight), opener.isDouble || !Lexer.isIdentContinue(peekByte(i + q.width))
      {
        closer = i
        break
      }
      i += max(1, Lexer.utf8SequenceLength(bytes, at: i))
    }
    if closer == nil && opener.isStraight { return nil }
    let firstDiagnostic = diagnostics.count
    let contentEnd = min(closer ?? lineEnd, lineEnd)
    pos = contentStart
    while pos < contentEnd {
      pos = StringScan.firstSpecial(bytes, from: pos, to: contentEnd)
      guard pos < contentEnd else { break }
      if bytes[pos] == 0x22 {
        pos += 1  // A straight quote inside a single-quoted string is text.
        continue
      }
      _ = stringContentByte()
    }
    let openText = String(decoding: bytes[open..<contentStart], as: UTF8.self)
    let kind = opener.isStraight ? "single quotes" : "typographic quotes"
    let help =
      opener.isStraight
      ? "write the text between straight double quotes: \"…\""
      : "write the text between straight double quotes: \"…\" (word processors and some keyboard layouts type "
        + "typographic quotes; inside a string they are plain text)"
    if let closer {
      let closeEnd = closer + (QuoteMark.at(bytes, closer)?.width ?? 1)
      pos = closeEnd
      let closeText = String(decoding: bytes[closer..<closeEnd], as: UTF8.self)
      diagnostics.append(
        Diagnostic(
          .wrongQuotes, "this string is in \(kind) (\(openText)…\(closeText)); strings use straight double quotes",
          at: TextRange(open, closeEnd), help: help,
          fixes: [
            .init(
              title: "use straight double quotes", range: TextRange(open, closeEnd),
              replacement: Lexer.doubleQuoted(bytes[contentStart..<closer]))
          ]))
      return .string
    }
    pos = lineEnd
    let (end, closeAt) = unclosedStringEnd(contentStart: contentStart, lineEnd: lineEnd)
    dropDiagnostics(from: firstDiagnostic, at: end)
    pos = end
    diagnostics.append(
      Diagnostic(
        .wrongQuotes,
        "this string starts with a typographic quote (\(openText)) and is not closed before the end of the line",
        at: TextRange(open, contentStart), help: help,
        fixes: [
          .init(
            title: "use straight double quotes and close the string", range: TextRange(open, closeAt),
            replacement: Lexer.doubleQuoted(bytes[contentStart..<closeAt]))
        ]))
    return .string
  }

  /// `// text`: a comment as other languages write it, lexed as a comment and reported once.
  mutating func lexSlashComment() -> TokenKind {
    let start = pos
    pos = LineBreak.lineEnd(bytes, from: pos)
    diagnostics.append(
      Diagnostic(
        .slashComment, "comments start with '#', not '//'", at: TextRange(start, start + 2),
        help: "write '#' for a comment; it runs to the end of the line",
        fixes: [.init(title: "write '#'", range: TextRange(start, start + 2), replacement: "#")]))
    return .comment
  }

  /// Ends a string that its line ends before its closing quote (`pos` is at the line's end), and reports it with
  /// the fix that closes it: before the `}` that end the line, which close the blocks around the string
  /// (`text { en "Yes }`), else after the line's last character.
  mutating func endUnclosedString(open: Int, delimiterWidth: Int, firstDiagnostic: Int) {
    let contentStart = open + delimiterWidth
    let (end, closeAt) = unclosedStringEnd(contentStart: contentStart, lineEnd: pos)
    let beforeBrace = end < pos
    dropDiagnostics(from: firstDiagnostic, at: end)
    pos = end
    // A quote after an odd run of backslashes would be escaped: no mechanical fix then.
    var backslashes = 0
    while closeAt - backslashes - 1 >= contentStart, bytes[closeAt - backslashes - 1] == UInt8(ascii: "\\") {
      backslashes += 1
    }
    let fixes: [Diagnostic.Fix] =
      backslashes % 2 == 1
      ? []
      : [
        .init(
          title: beforeBrace ? "close the string before the '}'" : "close the string at the end of the line",
          range: .empty(at: closeAt), replacement: "\"")
      ]
    diagnostics.append(
      Diagnostic(
        .unterminatedString, "this string is not closed before the end of the line", at: TextRange(open, open + 1),
        help: "add the closing '\"'; for text over several lines use a triple-quoted string \"\"\"...\"\"\"",
        fixes: fixes))
  }

  /// Where a string left open on its line ends, and where its closing quote belongs. A line that ends with `}`
  /// (not the end of a pipe) closes blocks the string is in, so the string ends before them; otherwise it runs
  /// to the line's end and its quote goes after the last character that is not a space.
  func unclosedStringEnd(contentStart: Int, lineEnd: Int) -> (end: Int, closeAt: Int) {
    func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    let brace = UInt8(ascii: "}")
    var run = lineEnd
    while run > contentStart, isBlank(bytes[run - 1]) || bytes[run - 1] == brace { run -= 1 }
    var k = run
    while k < lineEnd, bytes[k] != brace { k += 1 }
    if k < lineEnd, k == run, closesPipe(k, contentStart: contentStart) {
      k += 1
      while k < lineEnd, bytes[k] != brace { k += 1 }
    }
    var closeAt = min(k, lineEnd)
    while closeAt > contentStart, isBlank(bytes[closeAt - 1]) { closeAt -= 1 }
    return (k < lineEnd ? closeAt : lineEnd, closeAt)
  }

  /// Whether the `}` at `i` ends a pipe `{name}` or `{grid.row}`.
  private func closesPipe(_ i: Int, contentStart: Int) -> Bool {
    var j = i
    var dots = 0
    while j > contentStart, Lexer.isIdentContinue(bytes[j - 1]) || (bytes[j - 1] == UInt8(ascii: ".") && dots == 0) {
      if bytes[j - 1] == UInt8(ascii: ".") { dots += 1 }
      j -= 1
    }
    return j < i && j > contentStart && bytes[j - 1] == UInt8(ascii: "{") && !Lexer.isDigit(bytes[j])
  }

  /// Forgets the diagnostics this token reported at or after `offset` (bytes it no longer covers).
  mutating func dropDiagnostics(from first: Int, at offset: Int) {
    guard first < diagnostics.count else { return }
    let kept = diagnostics[first...].filter { $0.range.start < offset }
    diagnostics.replaceSubrange(first..., with: kept)
  }

  private func peekByte(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

  /// Text as a string in straight double quotes: its unescaped straight double quotes escaped.
  static func doubleQuoted(_ content: ArraySlice<UInt8>) -> String {
    var out: [UInt8] = [0x22]
    var escaped = false
    for b in content {
      if b == 0x22 && !escaped { out.append(UInt8(ascii: "\\")) }
      out.append(b)
      escaped = b == UInt8(ascii: "\\") && !escaped
    }
    out.append(0x22)
    return String(decoding: out, as: UTF8.self)
  }
}

extension Lexer {
  /// `{ en "Yes fi "Kyllä" }`: a quote that follows a language tag and a space, in a line with an odd number of
  /// quotes from the string's start, opens the next translation, so the string before the tag is the one left
  /// open. Returns where its quote belongs.
  mutating func missingQuoteBeforeTag(open: Int, quote: Int) -> Int? {
    func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    var j = quote
    while j > open + 1, isBlank(bytes[j - 1]) { j -= 1 }
    let tagEnd = j
    guard tagEnd < quote else { return nil }
    while j > open + 1, Lexer.isIdentContinue(bytes[j - 1]) || bytes[j - 1] == UInt8(ascii: "-") { j -= 1 }
    let tagStart = j
    // A tag is a primary language of two or three lower-case letters, and perhaps subtags after '-'.
    var primary = tagStart
    while primary < tagEnd, isLower(bytes[primary]) { primary += 1 }
    guard primary - tagStart >= 2, primary - tagStart <= 3, primary == tagEnd || bytes[primary] == UInt8(ascii: "-"),
      tagStart > open + 1, isBlank(bytes[tagStart - 1])
    else { return nil }
    var closeAt = tagStart
    while closeAt > open + 1, isBlank(bytes[closeAt - 1]) { closeAt -= 1 }
    guard closeAt > open + 1, bytes[closeAt - 1] != UInt8(ascii: "\\") else { return nil }
    return quotesOnLine(from: open) % 2 == 1 ? closeAt : nil
  }

  /// The number of unescaped straight quotes from the quote at `open` to the end of its line, or to a `#` or `"""`
  /// outside strings (a comment, a triple-quoted text). The quotes and stops of a line are found once
  /// (`LineQuotes`), so asking for every string of a long line stays linear.
  private mutating func quotesOnLine(from open: Int) -> Int {
    if !(lineQuotes.start <= open && open < lineQuotes.end) { lineQuotes = LineQuotes(bytes, around: open) }
    return lineQuotes.count(from: open)
  }

  /// Ends the string at `closeAt`, where its closing quote was forgotten, and reports it with that fix.
  mutating func endStringMissingQuote(open: Int, at closeAt: Int, firstDiagnostic: Int) {
    dropDiagnostics(from: firstDiagnostic, at: closeAt)
    pos = closeAt
    diagnostics.append(
      Diagnostic(
        .unterminatedString, "this string is not closed: the next translation starts before its closing quote",
        at: TextRange(open, open + 1),
        help: "add the closing '\"' at the end of the text",
        fixes: [.init(title: "close the string", range: .empty(at: closeAt), replacement: "\"")]))
  }
}

/// The straight quotes of one line, and the places where a one-line region may stop (`#`, `"""`), split by the
/// parity of the quotes before them: a stop is outside the string opened at `open` when as many quotes lie between.
struct LineQuotes {
  var start = 0
  var end = 0
  var quotes: [Int] = []
  /// Stops with an even, and with an odd, number of quotes before them on the line.
  var stops: [[Int]] = [[], []]

  init() {}

  init(_ bytes: [UInt8], around offset: Int) {
    var s = offset
    while s > 0, !LineBreak.isBreakByte(bytes[s - 1]) { s -= 1 }
    start = s
    var i = s
    while i < bytes.count, !LineBreak.isBreakByte(bytes[i]) {
      switch bytes[i] {
      case UInt8(ascii: "\\"):
        i += 2
        continue
      case UInt8(ascii: "#"):
        stops[quotes.count % 2].append(i)
      case 0x22:
        if i + 2 < bytes.count, bytes[i + 1] == 0x22, bytes[i + 2] == 0x22 { stops[quotes.count % 2].append(i) }
        quotes.append(i)
      default:
        break
      }
      i += 1
    }
    end = max(i, offset + 1)
  }

  /// The index of the first element of `sorted` at or after `offset`.
  private static func firstIndex(_ sorted: [Int], atOrAfter offset: Int) -> Int {
    var lo = 0
    var hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid] < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// The quotes from `open` (a quote that opens a string) up to the end of the line or the first stop outside
  /// that string.
  func count(from open: Int) -> Int {
    let first = LineQuotes.firstIndex(quotes, atOrAfter: open)
    let parity = first % 2
    let candidates = stops[parity]
    let k = LineQuotes.firstIndex(candidates, atOrAfter: open + 1)
    let stop = k < candidates.count ? candidates[k] : end
    return LineQuotes.firstIndex(quotes, atOrAfter: stop) - first
  }
}
