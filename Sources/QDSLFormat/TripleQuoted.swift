// Re-indenting a triple-quoted text without changing it: every line moves by the same number of spaces.

import QDSLSyntax

/// The text of `"""…"""` drops a blank first and last line and the common indentation of the others
/// (docs/language.md), so shifting every line by the same amount keeps it. Texts this cannot shift safely
/// (text on the opening line, tabs, no line with text) are written as they are. Either way their line breaks are
/// written in the file's style: every line break in a text reads as one "\n", so that keeps the text too.
enum TripleQuoted {
  /// The token re-indented so that its lines with text start `indent` columns in, and its closing `"""`
  /// (when alone on its line) too, its lines ended by `lineEnd`; nil when the token is to be kept as written.
  static func reindent(_ token: ArraySlice<UInt8>, to indent: Int, lineEnd: [UInt8] = [0x0A]) -> [UInt8]? {
    let bytes = Array(token)
    guard bytes.count >= 6, bytes[0] == 0x22, bytes[1] == 0x22, bytes[2] == 0x22,
      bytes[bytes.count - 1] == 0x22, bytes[bytes.count - 2] == 0x22, bytes[bytes.count - 3] == 0x22,
      !bytes.contains(0x09)
    else { return nil }
    let content = lines(bytes[3..<(bytes.count - 3)])
    func isBlank(_ l: ArraySlice<UInt8>) -> Bool { l.allSatisfy { $0 == 0x20 } }
    func leading(_ l: ArraySlice<UInt8>) -> Int { l.prefix { $0 == 0x20 }.count }
    // The opening line must be blank (it is dropped), and there must be a line with text.
    guard content.count >= 2, let opening = content.first, isBlank(opening) else { return nil }
    let lastDropped = content.count >= 3 && isBlank(content[content.count - 1])
    let body = content[1..<(lastDropped ? content.count - 1 : content.count)]
    var common = Int.max
    for l in body where !isBlank(l) { common = min(common, leading(l)) }
    guard common != Int.max else { return nil }
    var out: [UInt8] = [0x22, 0x22, 0x22]
    for l in body {
      out.append(contentsOf: lineEnd)
      let n = leading(l)
      if isBlank(l) {
        // A blank line keeps the spaces beyond the common indentation (usually none).
        if n > common { out.append(contentsOf: repeatElement(0x20, count: n - common + indent)) }
      } else {
        out.append(contentsOf: repeatElement(0x20, count: indent))
        out.append(contentsOf: l.dropFirst(common))
      }
    }
    if lastDropped {
      out.append(contentsOf: lineEnd)
      out.append(contentsOf: repeatElement(0x20, count: indent))
    }
    out.append(contentsOf: [0x22, 0x22, 0x22])
    return out
  }

  /// The lines of `bytes`, split at every line break ("\n", "\r\n" or a lone "\r").
  static func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var start = bytes.startIndex
    var i = start
    while i < bytes.endIndex {
      let length = LineBreak.length(bytes, at: i)
      if length == 0 {
        i += 1
        continue
      }
      lines.append(bytes[start..<i])
      i += length
      start = i
    }
    lines.append(bytes[start..<bytes.endIndex])
    return lines
  }

  /// The token as written, its line breaks written as `lineEnd`.
  static func withLineEnds(_ token: ArraySlice<UInt8>, _ lineEnd: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(token.count)
    for (k, line) in lines(token).enumerated() {
      if k > 0 { out.append(contentsOf: lineEnd) }
      out.append(contentsOf: line)
    }
    return out
  }
}
