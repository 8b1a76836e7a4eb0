// Writing XLSForm texts as qdsl strings: escapes, `${name}` references as pipes, and one-line comments.

enum SourceStrings {
  /// A qdsl string literal of `text`, quotes included. `${name}` becomes the pipe `{NAME}` when `pipe` gives a
  /// name for it, else stays as the literal text `${name}`; every other brace is doubled.
  static func literal(_ text: String, pipe: (String) -> String? = { _ in nil }) -> String {
    var out = "\""
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if c == "$", i + 1 < scalars.count, scalars[i + 1] == "{",
        let close = scalars[(i + 2)...].firstIndex(of: "}")
      {
        let name = String(String.UnicodeScalarView(scalars[(i + 2)..<close])).trimmingSpaces()
        if let piped = pipe(name) {
          out += "{\(piped)}"
        } else {
          out += "${{" + escape(name) + "}}"
        }
        i = close + 1
        continue
      }
      out += escape(String(c))
      i += 1
    }
    return out + "\""
  }

  /// The escapes of a qdsl string, without the quotes and without pipes.
  static func escape(_ text: String) -> String {
    var out = ""
    for c in text.unicodeScalars {
      switch c {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": continue
      case "\t": out += "\\t"
      case "{": out += "{{"
      case "}": out += "}}"
      default:
        if c.value < 0x20 || c.value == 0x7F || (0x80...0x9F).contains(c.value) {
          out += "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out
  }

  /// A text as one comment line: line breaks and tabs shown as `\n` and `\t`, other control characters dropped.
  static func comment(_ text: String) -> String {
    var out = ""
    for c in text.unicodeScalars {
      switch c {
      case "\n": out += "\\n"
      case "\r": continue
      case "\t": out += "\\t"
      default:
        if c.value < 0x20 || c.value == 0x7F || (0x80...0x9F).contains(c.value) || c == "\u{2028}" || c == "\u{2029}" {
          continue
        }
        out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
