// GNU gettext PO: one entry per text, the stable id as msgctxt, the translator's note as an extracted comment
// (`#.`), the place as a reference (`#:`), pipes in Python brace format (qdsl's own `{name}` and `{{ }}`, flagged
// `python-brace-format` so msgfmt and CAT tools protect them), and a stale unit `#, fuzzy` with its earlier source
// text as the previous msgid (`#| msgid`).

public enum POWriter {
  public static func write(_ document: TranslationDocument) -> String {
    var out = "# Translations of \(oneLine(document.instrument)) from \(document.sourceLanguage) to \(document.targetLanguage)"
    out += ", exported by qdsl from \(oneLine(document.original)).\n"
    out += "# Import them with: qdsl translations import \(oneLine(document.original)) THIS.po\n"
    out += "msgid \"\"\nmsgstr \"\"\n"
    let version = document.version.map { " " + $0 } ?? ""
    let header = [
      "Project-Id-Version: \(document.instrument)\(version)",
      "Language: \(document.targetLanguage)",
      "PO-Revision-Date: ",
      "Last-Translator: ",
      "Language-Team: ",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: 8bit",
      "X-Generator: qdsl",
      "X-Source-Language: \(document.sourceLanguage)",
    ]
    for h in header { out += "\"" + escape(h) + "\\n\"\n" }
    for u in document.units {
      out += "\n#. " + oneLine(u.note) + "\n"
      out += "#: " + u.location.replacingSpaces() + "\n"
      var flags: [String] = []
      let target = u.target.map(\.braced) ?? ""
      if u.needsReview && !target.isEmpty { flags.append("fuzzy") }
      if u.source.hasBraces || (u.target?.hasBraces ?? false) { flags.append("python-brace-format") }
      if !flags.isEmpty { out += "#, " + flags.joined(separator: ", ") + "\n" }
      if let previous = u.previousSource, !target.isEmpty {
        out += "#| msgctxt \"\(escape(u.id))\"\n"
        out += string("#| msgid", previous.braced, continuation: "#| ")
      }
      out += "msgctxt \"\(escape(u.id))\"\n"
      out += string("msgid", u.source.braced)
      out += string("msgstr", target)
    }
    return out
  }

  /// A keyword and its string; a text with line breaks is written one line per string after an empty first one.
  static func string(_ keyword: String, _ s: String, continuation: String = "") -> String {
    guard s.contains("\n"), s != "\n" else { return "\(keyword) \"\(escape(s))\"\n" }
    var out = "\(keyword) \"\"\n"
    var line = ""
    for c in s {
      line.append(c)
      if c == "\n" {
        out += continuation + "\"" + escape(line) + "\"\n"
        line = ""
      }
    }
    if !line.isEmpty { out += continuation + "\"" + escape(line) + "\"\n" }
    return out
  }

  static func escape(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if c.value < 0x20 || c.value == 0x7F {
          let o = String(c.value, radix: 8)
          out += "\\" + String(repeating: "0", count: 3 - o.count) + o
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out
  }

  static func oneLine(_ s: String) -> String {
    String(s.unicodeScalars.map { $0.value < 0x20 ? " " : Character($0) })
  }
}

extension String {
  /// A reference has no spaces (gettext splits references at spaces).
  fileprivate func replacingSpaces() -> String { String(map { $0 == " " || $0 == "\t" ? "_" : $0 }) }
}
