// Text escaped for HTML, the one way every HTML output does it (the codebook, the preview page): `&`, `<`, `>` and
// quotes as entities, control characters as U+FFFD, and for running text line breaks as `<br>`.

/// HTML escaping of user text.
public enum HTML {
  /// User text as HTML: escaped, line breaks as `<br>`.
  public static func text(_ s: String) -> String {
    guard textSpecial.any(s) else { return s }
    var out = OutputBuffer(capacity: s.utf8.count + 16)
    out.appendHTMLText(s)
    return out.text
  }

  /// Escapes `&`, `<`, `>`, `"` and `'`, for text and attribute values alike; a vertical tab becomes a newline and
  /// other control characters U+FFFD (see `ControlCharacters`).
  public static func escape(_ s: String) -> String {
    guard special.any(s) else { return s }
    var out = OutputBuffer(capacity: s.utf8.count + 16)
    out.appendHTML(s)
    return out.text
  }

  /// `&`, `<`, `>`, quotes, and the starts of control characters (a vertical tab too: HTML does not allow it).
  static let special = ByteTable("&<>\"'\u{0B}", ControlCharacters.starts)
  static let textSpecial = ByteTable("&<>\"'", ByteTable.lineBreakStarts + ControlCharacters.starts)
}

extension OutputBuffer {
  /// Appends text escaped for HTML text and attribute values alike.
  public mutating func appendHTML(_ s: String) {
    append(s, special: HTML.special) { out, utf8, i in
      if utf8[i] == 0x0B {
        out.append("\n")
        return i + 1
      }
      if let next = ControlCharacters.replaced(utf8, at: i) {
        out.append("\u{FFFD}")
        return next
      }
      out.appendHTMLEntity(utf8[i])
      return i + 1
    }
  }

  /// Appends user text as HTML: escaped, each line break (`Character.isNewline`) as `<br>`, other control
  /// characters as U+FFFD.
  public mutating func appendHTMLText(_ s: String) {
    append(s, special: HTML.textSpecial) { out, utf8, i in
      if let next = OutputBuffer.lineBreak(utf8, at: i) {
        out.append("<br>")
        return next
      }
      if let next = ControlCharacters.replaced(utf8, at: i) {
        out.append("\u{FFFD}")
        return next
      }
      out.appendHTMLEntity(utf8[i])
      return i + 1
    }
  }

  /// The entity of `&`, `<`, `>`, `"` or `'`; any other byte as it is.
  private mutating func appendHTMLEntity(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "&"): append("&amp;")
    case UInt8(ascii: "<"): append("&lt;")
    case UInt8(ascii: ">"): append("&gt;")
    case UInt8(ascii: "\""): append("&quot;")
    case UInt8(ascii: "'"): append("&#39;")
    default: append(byte: byte)
    }
  }
}
