// The one place that maps UTF-8 offsets to lines and columns and back, columns counted in UTF-8 bytes, UTF-16 code
// units or Unicode scalars. The language server keeps one per open document and updates its line starts in place
// by each edit (no rescan of the whole text per keystroke). Out-of-range positions clamp, never trap. Lines end at
// "\n", "\r\n" or a lone "\r" (`LineBreak`), as the LSP specification counts them.

/// Line starts of one source text, for converting offsets to line/column positions.
public struct LineIndex: Sendable {
  public private(set) var bytes: [UInt8]
  /// Offset of the first byte of each line; `lineStarts[0] == 0`.
  public private(set) var lineStarts: [Int]

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    self.lineStarts = LineBreak.lineStarts(bytes)
  }

  public init(_ text: String) { self.init(Array(text.utf8)) }

  public var lineCount: Int { lineStarts.count }

  /// Replaces `range` (clamped) with `replacement`, shifting the line starts after it. An edit can also join or
  /// split a "\r\n" at its edges.
  public mutating func replace(_ range: TextRange, with replacement: [UInt8]) {
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

  /// 0-based line of an offset (offsets past the end clamp to the last line).
  public func line(of offset: Int) -> Int { max(0, firstStart(after: min(max(0, offset), bytes.count)) - 1) }

  /// 0-based line and column of an offset (clamped), the column counted in `encoding`'s units from the line's
  /// start. A scalar whose first byte lies before the offset counts whole.
  public func position(of offset: Int, encoding: PositionEncoding) -> (line: Int, column: Int) {
    let offset = min(max(0, offset), bytes.count)
    let line = line(of: offset)
    let start = lineStarts[line]
    if encoding == .utf8 { return (line, offset - start) }
    var units = 0
    var i = start
    while i < offset {
      let b = bytes[i]
      if b & 0xC0 != 0x80 { units += encoding == .utf16 && b >= 0xF0 ? 2 : 1 }
      i += 1
    }
    return (line, units)
  }

  /// 1-based line and column as people count them (Unicode scalars); an offset inside a multi-byte scalar counts as
  /// that scalar.
  public func position(of offset: Int) -> (line: Int, column: Int) {
    let offset = min(max(0, offset), bytes.count)
    let p = position(of: offset, encoding: .utf32)
    var column = p.column + 1
    if offset < bytes.count, bytes[offset] & 0xC0 == 0x80, column > 1 { column -= 1 }
    return (p.line + 1, column)
  }

  /// The UTF-8 offset of a 0-based line and a 0-based column counted in `encoding`'s units, clamped to the line
  /// (or the document) and to a scalar's start.
  public func offset(line: Int, column: Int, encoding: PositionEncoding) -> Int {
    if line < 0 { return 0 }
    if line >= lineCount { return bytes.count }
    let r = lineRange(line)
    var i = r.start
    var units = 0
    let target = max(0, column)
    while i < r.end && units < target {
      let b = bytes[i]
      let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
      let width = encoding == .utf8 ? length : encoding == .utf16 && length == 4 ? 2 : 1
      if units + width > target { break }
      units += width
      i = min(r.end, i + length)
    }
    return i
  }

  /// The byte range of a 0-based line, without its line break ("\n", "\r\n" or a lone "\r").
  public func lineRange(_ line: Int) -> TextRange {
    let line = min(max(0, line), lineStarts.count - 1)
    let start = lineStarts[line]
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
    if end > start, bytes[end - 1] == 0x0D { end -= 1 }
    return TextRange(start, max(start, end))
  }

  /// The text of a 0-based line (invalid UTF-8 repaired), without its line break.
  public func lineText(_ line: Int) -> String {
    let r = lineRange(line)
    return String(decoding: bytes[r.start..<r.end], as: UTF8.self)
  }
}
