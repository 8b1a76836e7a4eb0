// Re-indenting a triple-quoted text without changing it: every line moves by the same number of spaces.

/// The text of `"""…"""` drops a blank first and last line and the common indentation of the others
/// (docs/language.md), so shifting every line by the same amount keeps it. Texts this cannot shift safely
/// (text on the opening line, tabs, carriage returns, no line with text) are written as they are.
enum TripleQuoted {
  /// The token re-indented so that its lines with text start `indent` columns in, and its closing `"""`
  /// (when alone on its line) too; nil when the token is to be kept as written.
  static func reindent(_ token: ArraySlice<UInt8>, to indent: Int) -> [UInt8]? {
    let bytes = Array(token)
    guard bytes.count >= 6, bytes[0] == 0x22, bytes[1] == 0x22, bytes[2] == 0x22,
      bytes[bytes.count - 1] == 0x22, bytes[bytes.count - 2] == 0x22, bytes[bytes.count - 3] == 0x22,
      !bytes.contains(0x09), !bytes.contains(0x0D)
    else { return nil }
    let content = bytes[3..<(bytes.count - 3)]
    let lines = content.split(separator: 0x0A, omittingEmptySubsequences: false)
    func isBlank(_ l: ArraySlice<UInt8>) -> Bool { l.allSatisfy { $0 == 0x20 } }
    func leading(_ l: ArraySlice<UInt8>) -> Int { l.prefix { $0 == 0x20 }.count }
    // The opening line must be blank (it is dropped), and there must be a line with text.
    guard lines.count >= 2, let opening = lines.first, isBlank(opening) else { return nil }
    let lastDropped = lines.count >= 3 && isBlank(lines[lines.count - 1])
    let body = lines[1..<(lastDropped ? lines.count - 1 : lines.count)]
    var common = Int.max
    for l in body where !isBlank(l) { common = min(common, leading(l)) }
    guard common != Int.max else { return nil }
    var out: [UInt8] = [0x22, 0x22, 0x22]
    for l in body {
      out.append(0x0A)
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
      out.append(0x0A)
      out.append(contentsOf: repeatElement(0x20, count: indent))
    }
    out.append(contentsOf: [0x22, 0x22, 0x22])
    return out
  }
}
