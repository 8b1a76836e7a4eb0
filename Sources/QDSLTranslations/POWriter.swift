// GNU gettext PO: one entry per text, the stable id as msgctxt, the translator's note as an extracted comment
// (`#.`), the place as a reference (`#:`), pipes in Python brace format (qdsl's own `{name}` and `{{ }}`, flagged
// `python-brace-format` so msgfmt and CAT tools protect them), and a stale unit `#, fuzzy` with its earlier source
// text as the previous msgid (`#| msgid`).

public enum POWriter {
  public static func write(_ document: TranslationDocument) -> String {
    var out = ByteWriter(capacity: 512 + document.units.count * 300)
    out.append(
      "# Translations of \(oneLine(document.instrument)) from \(document.sourceLanguage) to \(document.targetLanguage)"
        + ", exported by qdsl from \(oneLine(document.original)).\n")
    out.append("# Import them with: qdsl translations import \(oneLine(document.original)) THIS.po\n")
    out.append("msgid \"\"\nmsgstr \"\"\n")
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
    for h in header {
      out.append("\"")
      escape(h, &out)
      out.append("\\n\"\n")
    }
    for u in document.units {
      out.append("\n#. ")
      out.append(oneLine(u.note))
      out.append("\n#: ")
      out.append(u.location.replacingSpaces())
      out.append("\n")
      let target = u.target.map(\.braced) ?? ""
      let fuzzy = u.needsReview && !target.isEmpty
      let braces = u.source.hasBraces || (u.target?.hasBraces ?? false)
      if fuzzy && braces {
        out.append("#, fuzzy, python-brace-format\n")
      } else if fuzzy {
        out.append("#, fuzzy\n")
      } else if braces {
        out.append("#, python-brace-format\n")
      }
      if let previous = u.previousSource, !target.isEmpty {
        out.append("#| msgctxt \"")
        escape(u.id, &out)
        out.append("\"\n")
        string("#| msgid", previous.braced, continuation: "#| ", &out)
      }
      out.append("msgctxt \"")
      escape(u.id, &out)
      out.append("\"\n")
      string("msgid", u.source.braced, &out)
      string("msgstr", target, &out)
    }
    return out.text
  }

  /// A keyword and its string; a text with line breaks is written one line per string after an empty first one.
  static func string(_ keyword: String, _ s: String, continuation: String = "", _ out: inout ByteWriter) {
    out.append(keyword)
    guard s.utf8.contains(0x0A), s != "\n" else {
      out.append(" \"")
      escape(s, &out)
      out.append("\"\n")
      return
    }
    out.append(" \"\"\n")
    var line = ""
    for c in s.unicodeScalars {
      line.unicodeScalars.append(c)
      if c == "\n" {
        out.append(continuation + "\"")
        escape(line, &out)
        out.append("\"\n")
        line = ""
      }
    }
    if !line.isEmpty {
      out.append(continuation + "\"")
      escape(line, &out)
      out.append("\"\n")
    }
  }

  static let special = ByteSet("\\\"", alsoBytes: [0x7F])

  static func escape(_ s: String, _ out: inout ByteWriter) {
    out.append(s, escaping: special) { c, out in
      switch c {
      case "\\": out.append("\\\\")
      case "\"": out.append("\\\"")
      case "\n": out.append("\\n")
      case "\t": out.append("\\t")
      case "\r": out.append("\\r")
      default:
        if c.value < 0x20 || c.value == 0x7F {
          let o = String(c.value, radix: 8)
          out.append("\\" + String(repeating: "0", count: 3 - o.count) + o)
        } else {
          out.append(scalar: c)
        }
      }
    }
  }

  static func oneLine(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 < 0x20 }) else { return s }
    return String(s.unicodeScalars.map { $0.value < 0x20 ? " " : Character($0) })
  }
}

extension String {
  /// A reference has no spaces (gettext splits references at spaces).
  fileprivate func replacingSpaces() -> String {
    guard utf8.contains(where: { $0 == 0x20 || $0 == 0x09 }) else { return self }
    return String(map { $0 == " " || $0 == "\t" ? "_" : $0 })
  }
}
