// Maps UTF-8 offsets to 1-based lines and columns (columns counted in Unicode scalars, as people count) and back.
// Lines end at "\n", "\r\n" or a lone "\r" (`LineBreak`).

/// Line starts of one source text, for converting offsets to line/column positions.
public struct LineIndex: Sendable {
  public let bytes: [UInt8]
  /// Offset of the first byte of each line; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    self.lineStarts = LineBreak.lineStarts(bytes)
  }

  public init(_ text: String) { self.init(Array(text.utf8)) }

  public var lineCount: Int { lineStarts.count }

  /// 0-based line of an offset (offsets past the end clamp to the last line).
  public func line(of offset: Int) -> Int {
    let offset = min(max(0, offset), bytes.count)
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// 1-based line and column; the column counts Unicode scalars (continuation bytes are skipped).
  public func position(of offset: Int) -> (line: Int, column: Int) {
    let offset = min(max(0, offset), bytes.count)
    let line = line(of: offset)
    var column = 1
    var i = lineStarts[line]
    while i < offset {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    // An offset inside a multi-byte scalar counts as that scalar.
    if offset < bytes.count, bytes[offset] & 0xC0 == 0x80, column > 1 { column -= 1 }
    return (line + 1, column)
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

  /// The offset of a 0-based line and a 0-based column counted in UTF-8 bytes, clamped to the line.
  public func offset(line: Int, utf8Column: Int) -> Int {
    guard line < lineStarts.count else { return bytes.count }
    let r = lineRange(max(0, line))
    return min(r.start + max(0, utf8Column), r.end)
  }
}
