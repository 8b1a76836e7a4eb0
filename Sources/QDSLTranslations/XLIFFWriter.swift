// XLIFF 2.0 (OASIS, core only): one <unit> per text with the translator's note, pipes as <ph> placeholders whose
// original `{name}` is in <originalData>, and the segment's state (stale units `initial` with subState
// `qdsl:stale`). Valid against xliff_core_2.0.xsd (Grammar/schemas/xliff-2.0).

public enum XLIFFWriter {
  public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

  public static func write(_ document: TranslationDocument) -> String {
    var out = ByteWriter(capacity: 512 + document.units.count * 400)
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"\(namespace)\" version=\"2.0\" srcLang=\"")
    attribute(document.sourceLanguage, &out)
    out.append("\" trgLang=\"")
    attribute(document.targetLanguage, &out)
    out.append("\" xml:space=\"preserve\">\n  <file id=\"f1\" original=\"")
    attribute(document.original, &out)
    out.append("\">\n    <notes>\n      <note category=\"instrument\">")
    note(document.instrument, &out)
    if let v = document.version {
      out.append(" version ")
      note(v, &out)
    }
    out.append("</note>\n    </notes>\n")
    for u in document.units {
      out.append("    <unit id=\"")
      attribute(u.id, &out)
      out.append("\">\n      <notes>\n        <note category=\"context\">")
      note(u.note, &out)
      out.append("</note>\n        <note category=\"location\">")
      note(u.location, &out)
      out.append("</note>\n")
      if let previous = u.previousSource {
        out.append("        <note category=\"stale\">the source text changed; it was: ")
        note(previous.display, &out)
        out.append("</note>\n")
      }
      out.append("      </notes>\n")
      let pipes = distinctPipes(u.source)
      if !pipes.isEmpty {
        out.append("      <originalData>\n")
        for (k, name) in pipes.enumerated() {
          out.append("        <data id=\"d\(k + 1)\">{")
          note(name, &out)
          out.append("}</data>\n")
        }
        out.append("      </originalData>\n")
      }
      let translated = !(u.target?.isEmpty ?? true)
      if u.needsReview {
        out.append("      <segment state=\"initial\" subState=\"qdsl:stale\">\n")
      } else if translated {
        out.append("      <segment state=\"translated\">\n")
      } else {
        out.append("      <segment>\n")
      }
      out.append("        <source>")
      inline(u.source, pipes: pipes, &out)
      out.append("</source>\n")
      if let t = u.target, translated {
        out.append("        <target>")
        inline(t, pipes: pipes, &out)
        out.append("</target>\n")
      }
      out.append("      </segment>\n    </unit>\n")
    }
    out.append("  </file>\n</xliff>\n")
    return out.text
  }

  static func distinctPipes(_ t: UnitText) -> [String] {
    var seen: Set<String> = []
    return t.pipes.filter { seen.insert($0).inserted }
  }

  /// Text with pipes as `<ph id="N" dataRef="dK" disp="{name}"/>` (ids count the placeholders of the text).
  static func inline(_ t: UnitText, pipes: [String], _ out: inout ByteWriter) {
    var n = 0
    for p in t.pieces {
      switch p {
      case .text(let s): content(s, &out)
      case .pipe(let name):
        n += 1
        let data = (pipes.firstIndex(of: name) ?? 0) + 1
        out.append("<ph id=\"\(n)\" dataRef=\"d\(data)\" disp=\"{")
        attribute(name, &out)
        out.append("}\"/>")
      }
    }
  }

  /// Bytes that may need escaping in element text: markup, controls, and the lead bytes of C1 controls and of
  /// U+FFFE/U+FFFF.
  static let contentSpecial = ByteSet("&<>", alsoBytes: [0x7F, 0xC2, 0xEF])
  static let attributeSpecial = ByteSet("&<>\"", alsoBytes: [0x7F, 0xC2, 0xEF])

  /// Content text: markup characters escaped, and the characters XML cannot hold (or would normalise) as <cp/>.
  static func content(_ s: String, _ out: inout ByteWriter) {
    out.append(s, escaping: contentSpecial) { c, out in
      switch c {
      case "&": out.append("&amp;")
      case "<": out.append("&lt;")
      case ">": out.append("&gt;")
      case "\n", "\t": out.append(scalar: c)
      default:
        if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF || (0x7F...0x9F).contains(c.value) {
          out.append("<cp hex=\"" + hex4(c.value) + "\"/>")
        } else {
          out.append(scalar: c)
        }
      }
    }
  }

  static func hex4(_ v: UInt32) -> String {
    let h = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - h.count)) + h
  }

  /// Note text (ours, never with a control character): markup escaped, anything XML cannot hold dropped.
  static func note(_ s: String, _ out: inout ByteWriter) { escape(s, quotes: false, &out) }

  static func attribute(_ s: String, _ out: inout ByteWriter) { escape(s, quotes: true, &out) }

  static func escape(_ s: String, quotes: Bool, _ out: inout ByteWriter) {
    out.append(s, escaping: quotes ? attributeSpecial : contentSpecial) { c, out in
      switch c {
      case "&": out.append("&amp;")
      case "<": out.append("&lt;")
      case ">": out.append("&gt;")
      case "\"": out.append(quotes ? "&quot;" : "\"")
      case "\n": out.append(quotes ? "&#10;" : "\n")
      case "\t": out.append(quotes ? "&#9;" : "\t")
      default:
        if c.value >= 0x20 && c.value != 0xFFFE && c.value != 0xFFFF && !(0x7F...0x9F).contains(c.value) {
          out.append(scalar: c)
        }
      }
    }
  }
}
