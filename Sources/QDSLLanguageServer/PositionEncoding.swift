// LSP positions (0-based line and character in the negotiated encoding) to UTF-8 offsets and back.
// Out-of-range positions are clamped to the line or the document, never trapped.

import QDSLSyntax

/// How LSP positions count characters: UTF-8 bytes when the client offers it, else UTF-16 code units.
enum PositionEncoding: String, Sendable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
}

extension LineIndex {
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
