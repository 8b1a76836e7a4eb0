// A translation written back as a qdsl string: escapes for what must be escaped, pipes as `{name}`, braces doubled,
// and a text of several lines as a triple-quoted string indented one level below its line, as `qdsl fmt` lays it.

public enum QDSLStringLiteral {
  /// The string for a text. With `indent` (the indentation of the line it stands on) and line breaks in the text,
  /// a triple-quoted string; otherwise one line with `\n` escapes.
  public static func write(_ t: UnitText, indent: String? = nil, lineBreak: String = "\n") -> String {
    let hasBreak = t.pieces.contains {
      if case .text(let s) = $0 { return s.contains("\n") }
      return false
    }
    guard let indent, hasBreak else { return "\"" + body(t, triple: false) + "\"" }
    let inner = indent + "  "
    let lines = body(t, triple: true).split(separator: "\n", omittingEmptySubsequences: false)
    var out = "\"\"\"" + lineBreak
    for l in lines { out += (l.isEmpty ? "" : inner + l) + lineBreak }
    return out + inner + "\"\"\""
  }

  /// The escaped text; in a triple-quoted string line breaks stay, and whitespace starting a line is escaped so
  /// that the removal of the common indentation leaves it.
  static func body(_ t: UnitText, triple: Bool) -> String {
    var out = ""
    var atLineStart = true
    for p in t.pieces {
      switch p {
      case .pipe(let n):
        out += "{" + n + "}"
        atLineStart = false
      case .text(let s):
        for c in s.unicodeScalars {
          defer { atLineStart = triple && c == "\n" }
          switch c {
          case "\\": out += "\\\\"
          case "\"": out += "\\\""
          case "{": out += "{{"
          case "}": out += "}}"
          case "\n": out += triple ? "\n" : "\\n"
          case "\t": out += "\\t"
          case " " where atLineStart: out += "\\u{20}"
          default:
            if c.value < 0x20 || c.value == 0x7F || c == "\u{2028}" || c == "\u{2029}" || c == "\u{85}" {
              out += "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
            } else {
              out.unicodeScalars.append(c)
            }
          }
        }
      }
    }
    return out
  }
}
