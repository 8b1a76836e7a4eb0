// The server's copy of a document's text with its line starts, updated in place by each edit (no rescan of
// the whole text per keystroke), and LSP positions in the negotiated encoding to UTF-8 offsets and back.
// Out-of-range positions are clamped to the line or the document, never trapped.

import QDSLSyntax

/// UTF-8 bytes and the offset of the first byte of each line (`lineStarts[0] == 0`).
struct TextLines: Sendable {
  private(set) var bytes: [UInt8]
  private(set) var lineStarts: [Int]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    lineStarts = LineBreak.lineStarts(bytes)
  }

  /// The lines of an analysed text, sharing its arrays.
  init(_ index: LineIndex) {
    bytes = index.bytes
    lineStarts = index.lineStarts
  }

  var lineCount: Int { lineStarts.count }

  /// Replaces `range` (clamped) with `replacement`, shifting the line starts after it. Lines end at "\n", "\r\n"
  /// or a lone "\r" (`LineBreak`), so an edit can also join or split a "\r\n" at its edges.
  mutating func replace(_ range: TextRange, with replacement: [UInt8]) {
    let s = min(max(0, range.start), bytes.count)
    let e = min(max(s, range.end), bytes.count)
    bytes.replaceSubrange(s..<e, with: replacement)
    // Whether a line starts at p depends on the bytes at p - 1 and p: the starts in [s, e] are found again in
    // [s, s + replacement.count] of the new text; those after e move by the change in length.
    let lo = firstStart(after: max(0, s - 1))
    let hi = firstStart(after: e)
    let delta = replacement.count - (e - s)
    var inserted: [Int] = []
    for p in stride(from: max(1, s), through: s + replacement.count, by: 1) where LineBreak.startsLine(bytes, at: p) {
      inserted.append(p)
    }
    var tail = Array(lineStarts[hi...])
    if delta != 0 { for i in tail.indices { tail[i] += delta } }
    lineStarts.replaceSubrange(lo..., with: inserted + tail)
  }

  /// The index of the first line start greater than `offset`.
  private func firstStart(after offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if lineStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// 0-based line of an offset (clamped).
  func line(of offset: Int) -> Int { max(0, firstStart(after: min(max(0, offset), bytes.count)) - 1) }

  /// The byte range of a 0-based line, without its line break.
  func lineRange(_ line: Int) -> TextRange {
    let line = min(max(0, line), lineStarts.count - 1)
    let start = lineStarts[line]
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
    if end > start, bytes[end - 1] == 0x0D { end -= 1 }
    return TextRange(start, max(start, end))
  }

  /// The UTF-8 offset of an LSP position, clamped to the document (and a scalar boundary).
  func offset(line: Int, character: Int, encoding: PositionEncoding) -> Int {
    if line < 0 { return 0 }
    if line >= lineCount { return bytes.count }
    let r = lineRange(line)
    var i = r.start
    var units = 0
    let target = max(0, character)
    while i < r.end && units < target {
      let b = bytes[i]
      let len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
      let width = encoding == .utf8 ? len : (len == 4 ? 2 : 1)
      if units + width > target { break }
      units += width
      i = min(r.end, i + len)
    }
    return i
  }

  /// The LSP position of a UTF-8 offset.
  func position(of offset: Int, encoding: PositionEncoding) -> (line: Int, character: Int) {
    let offset = min(max(0, offset), bytes.count)
    let line = line(of: offset)
    let start = lineStarts[line]
    if encoding == .utf8 { return (line, offset - start) }
    var units = 0
    var i = start
    while i < offset {
      let b = bytes[i]
      if b & 0xC0 != 0x80 { units += b >= 0xF0 ? 2 : 1 }
      i += 1
    }
    return (line, units)
  }
}
