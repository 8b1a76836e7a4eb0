// XLIFF 2.0 (OASIS, core only): one <unit> per text with the translator's note, pipes as <ph> placeholders whose
// original `{name}` is in <originalData>, and the segment's state (stale units `initial` with subState
// `qdsl:stale`). Valid against xliff_core_2.0.xsd (Grammar/schemas/xliff-2.0).

public enum XLIFFWriter {
  public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

  public static func write(_ document: TranslationDocument) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<xliff xmlns=\"\(namespace)\" version=\"2.0\" srcLang=\"\(attribute(document.sourceLanguage))\""
    out += " trgLang=\"\(attribute(document.targetLanguage))\" xml:space=\"preserve\">\n"
    out += "  <file id=\"f1\" original=\"\(attribute(document.original))\">\n"
    out += "    <notes>\n      <note category=\"instrument\">\(text(document.instrument))"
    if let v = document.version { out += " version \(text(v))" }
    out += "</note>\n    </notes>\n"
    for u in document.units {
      out += "    <unit id=\"\(attribute(u.id))\">\n"
      out += "      <notes>\n"
      out += "        <note category=\"context\">\(text(u.note))</note>\n"
      out += "        <note category=\"location\">\(text(u.location))</note>\n"
      if let previous = u.previousSource {
        out += "        <note category=\"stale\">the source text changed; it was: \(text(previous.display))</note>\n"
      }
      out += "      </notes>\n"
      let pipes = distinctPipes(u.source)
      if !pipes.isEmpty {
        out += "      <originalData>\n"
        for (k, name) in pipes.enumerated() { out += "        <data id=\"d\(k + 1)\">{\(text(name))}</data>\n" }
        out += "      </originalData>\n"
      }
      let state: String
      if u.needsReview {
        state = " state=\"initial\" subState=\"qdsl:stale\""
      } else if let t = u.target, !t.isEmpty {
        state = " state=\"translated\""
      } else {
        state = ""
      }
      out += "      <segment\(state)>\n"
      out += "        <source>" + inline(u.source, pipes: pipes) + "</source>\n"
      if let t = u.target, !t.isEmpty { out += "        <target>" + inline(t, pipes: pipes) + "</target>\n" }
      out += "      </segment>\n    </unit>\n"
    }
    out += "  </file>\n</xliff>\n"
    return out
  }

  static func distinctPipes(_ t: UnitText) -> [String] {
    var seen: Set<String> = []
    return t.pipes.filter { seen.insert($0).inserted }
  }

  /// Text with pipes as `<ph id="N" dataRef="dK" disp="{name}"/>` (ids count the placeholders of the text).
  static func inline(_ t: UnitText, pipes: [String]) -> String {
    var out = ""
    var n = 0
    for p in t.pieces {
      switch p {
      case .text(let s): out += content(s)
      case .pipe(let name):
        n += 1
        let data = (pipes.firstIndex(of: name) ?? 0) + 1
        out += "<ph id=\"\(n)\" dataRef=\"d\(data)\" disp=\"{\(attribute(name))}\"/>"
      }
    }
    return out
  }

  /// Content text: markup characters escaped, and the characters XML cannot hold (or would normalise) as <cp/>.
  static func content(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\n", "\t": out.unicodeScalars.append(c)
      default:
        if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF || (0x7F...0x9F).contains(c.value) {
          out += "<cp hex=\"" + hex4(c.value) + "\"/>"
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out
  }

  static func hex4(_ v: UInt32) -> String {
    let h = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - h.count)) + h
  }

  /// Note text: like content, but a control character is dropped (notes are ours and never carry one).
  static func text(_ s: String) -> String {
    attribute(s).replacingQuotes()
  }

  static func attribute(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n": out += "&#10;"
      case "\t": out += "&#9;"
      default: if c.value >= 0x20 && c.value != 0xFFFE && c.value != 0xFFFF { out.unicodeScalars.append(c) }
      }
    }
    return out
  }
}

extension String {
  /// `&quot;` back to `"` (element text needs no escaped quote).
  fileprivate func replacingQuotes() -> String {
    guard contains("&quot;") else { return self }
    return split(separator: "&quot;", omittingEmptySubsequences: false).joined(separator: "\"")
  }
}
