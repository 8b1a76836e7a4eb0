// Decodes string tokens into text templates: escapes, `{{ }}` braces, `{pipes}` and the indentation of """ text.
// The lexer has already reported malformed escapes and braces; here they are kept as literal text.

import QDSLSyntax

enum StringDecoder {
  /// Decodes the string token covering `range` in `bytes`.
  static func decode(_ bytes: [UInt8], _ range: TextRange) -> TextTemplate {
    if let plain = plainText(bytes, range) { return plain }
    var parts: [TextPart] = []
    var literal: [UInt8] = []
    let isTriple = range.length >= 6 && bytes[range.start + 1] == 0x22 && bytes[range.start + 2] == 0x22
    if isTriple {
      let contentStart = range.start + 3
      let contentEnd = max(contentStart, closingStart(bytes, range))
      for (i, line) in tripleLines(bytes, contentStart, contentEnd).enumerated() {
        if i > 0 { literal.append(0x0A) }
        decodeSegment(bytes, line.start, line.end, &parts, &literal)
      }
    } else if bytes[range.start] == 0x22 {
      let end = range.end > range.start + 1 && bytes[range.end - 1] == 0x22 ? range.end - 1 : range.end
      decodeSegment(bytes, min(range.start + 1, end), end, &parts, &literal)
    } else {
      // A string in typographic or single quotes (already reported): its text is what lies between them.
      let content = QuoteMark.content(ofString: range, in: bytes)
      decodeSegment(bytes, content.start, content.end, &parts, &literal)
    }
    flush(&literal, &parts)
    return TextTemplate(parts: parts)
  }

  /// The common case, decoded without a scratch buffer: a one-line string with no escapes and no braces.
  private static func plainText(_ bytes: [UInt8], _ range: TextRange) -> TextTemplate? {
    guard range.length >= 2, bytes[range.start] == 0x22, bytes[range.end - 1] == 0x22 else { return nil }
    let start = range.start + 1
    let end = range.end - 1
    if start == end { return range.length == 2 ? TextTemplate(parts: []) : nil }
    if bytes[start] == 0x22 { return nil }  // a triple-quoted text
    // A newline or quote inside (a string broken over lines, already reported) takes the general path too.
    let plain = StringScan.firstSpecial(bytes, from: start, to: end) == end
    return plain ? TextTemplate(parts: [.literal(String(decoding: bytes[start..<end], as: UTF8.self))]) : nil
  }

  private static func closingStart(_ bytes: [UInt8], _ range: TextRange) -> Int {
    // An unterminated text runs to the end of its token.
    guard range.length >= 6, bytes[range.end - 1] == 0x22, bytes[range.end - 2] == 0x22, bytes[range.end - 3] == 0x22
    else { return range.end }
    return range.end - 3
  }

  /// The lines of a triple-quoted text after dropping a blank first and last line and the common indentation.
  private static func tripleLines(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [TextRange] {
    var lines: [TextRange] = []
    var s = start
    var i = start
    while i < end {
      let length = LineBreak.length(bytes, at: i)
      if length == 0 {
        i += 1
        continue
      }
      lines.append(TextRange(s, i))
      i = min(end, i + length)
      s = i
    }
    lines.append(TextRange(s, end))
    func isBlank(_ r: TextRange) -> Bool { bytes[r.start..<r.end].allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    if lines.count > 1, let first = lines.first, isBlank(first) { lines.removeFirst() }
    if lines.count > 1, let last = lines.last, isBlank(last) { lines.removeLast() }
    var indent = Int.max
    for l in lines where !isBlank(l) {
      var n = 0
      while l.start + n < l.end, bytes[l.start + n] == 0x20 || bytes[l.start + n] == 0x09 { n += 1 }
      indent = min(indent, n)
    }
    if indent == Int.max { indent = 0 }
    return lines.map { TextRange(min($0.start + indent, $0.end), $0.end) }
  }

  private static func flush(_ literal: inout [UInt8], _ parts: inout [TextPart]) {
    guard !literal.isEmpty else { return }
    parts.append(.literal(String(decoding: literal, as: UTF8.self)))
    literal.removeAll(keepingCapacity: true)
  }

  private static func decodeSegment(
    _ bytes: [UInt8], _ start: Int, _ end: Int, _ parts: inout [TextPart], _ literal: inout [UInt8]
  ) {
    var i = start
    while i < end {
      let c = bytes[i]
      if c == UInt8(ascii: "\\"), i + 1 < end {
        switch bytes[i + 1] {
        case UInt8(ascii: "n"):
          literal.append(0x0A)
          i += 2
        case UInt8(ascii: "t"):
          literal.append(0x09)
          i += 2
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
          literal.append(bytes[i + 1])
          i += 2
        case UInt8(ascii: "u"):
          var j = i + 2
          var value: UInt32 = 0
          var ok = j < end && bytes[j] == UInt8(ascii: "{")
          j += 1
          var digits = 0
          while ok, j < end, let d = hex(bytes[j]), digits < 8 {
            value = value &* 16 &+ UInt32(d)
            digits += 1
            j += 1
          }
          ok = ok && j < end && bytes[j] == UInt8(ascii: "}") && digits > 0
          if ok, let scalar = Unicode.Scalar(value) {
            literal.append(contentsOf: Array(String(Character(scalar)).utf8))
            i = j + 1
          } else {
            // A malformed escape (already reported) is kept as written, up to its '}'.
            var k = i + 2
            while k < end, k - i < 16, bytes[k] != UInt8(ascii: "}") { k += 1 }
            let stop = k < end && bytes[k] == UInt8(ascii: "}") ? k + 1 : i + 2
            literal.append(contentsOf: bytes[i..<stop])
            i = stop
          }
        default:
          literal.append(c)
          i += 1
        }
      } else if c == UInt8(ascii: "{") {
        if i + 1 < end, bytes[i + 1] == UInt8(ascii: "{") {
          literal.append(c)
          i += 2
          continue
        }
        var j = i + 1
        let startsName = j < end && (bytes[j] == UInt8(ascii: "_") || (isAlnum(bytes[j]) && bytes[j] > 0x39))
        var dots = 0
        while startsName, j < end,
          bytes[j] == UInt8(ascii: "_") || (bytes[j] == UInt8(ascii: ".") && dots == 0) || isAlnum(bytes[j])
        {
          if bytes[j] == UInt8(ascii: ".") { dots += 1 }
          j += 1
        }
        if startsName, j < end, bytes[j] == UInt8(ascii: "}"), j > i + 1 {
          flush(&literal, &parts)
          parts.append(.pipe(String(decoding: bytes[(i + 1)..<j], as: UTF8.self), TextRange(i + 1, j)))
          i = j + 1
        } else {
          literal.append(c)
          i += 1
        }
      } else if c == UInt8(ascii: "}"), i + 1 < end, bytes[i + 1] == UInt8(ascii: "}") {
        literal.append(c)
        i += 2
      } else {
        literal.append(c)
        i += 1
      }
    }
  }

  private static func isAlnum(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }

  private static func hex(_ b: UInt8) -> Int? {
    switch b {
    case 0x30...0x39: return Int(b - 0x30)
    case 0x41...0x46: return Int(b - 0x41 + 10)
    case 0x61...0x66: return Int(b - 0x61 + 10)
    default: return nil
    }
  }
}
