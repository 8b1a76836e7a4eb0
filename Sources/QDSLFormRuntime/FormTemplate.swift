// Filling a text template: `{name}` becomes the piped value's text, `{{` and `}}` become `{` and `}`.

/// The pipe syntax of form texts.
public enum FormTemplate {
  /// The names piped by a template, in order (with repeats).
  public static func pipes(_ template: String) -> [String] {
    var out: [String] = []
    _ = fill(template) { name in
      out.append(name)
      return ""
    }
    return out
  }

  /// The template with every pipe replaced by `pipe(name)` and doubled braces undoubled. A brace that is neither
  /// (which a checked form never has) is kept as it is.
  public static func fill(_ template: String, _ pipe: (String) -> String) -> String {
    // Braces and names are ASCII, so the template is read as UTF-8 bytes; most texts have no brace at all.
    var utf8 = template.utf8
    if let whole = utf8.withContiguousStorageIfAvailable({ fill(bytes: $0, template, pipe) }) { return whole }
    var copy = template
    copy.makeContiguousUTF8()
    utf8 = copy.utf8
    return utf8.withContiguousStorageIfAvailable { fill(bytes: $0, copy, pipe) } ?? copy
  }

  private static func fill(bytes s: UnsafeBufferPointer<UInt8>, _ template: String, _ pipe: (String) -> String)
    -> String
  {
    guard s.contains(where: { $0 == 0x7B || $0 == 0x7D }) else { return template }
    var out: [UInt8] = []
    out.reserveCapacity(s.count + 16)
    var i = 0
    while i < s.count {
      let c = s[i]
      if (c == 0x7B || c == 0x7D) && i + 1 < s.count && s[i + 1] == c {
        out.append(c)
        i += 2
        continue
      }
      if c == 0x7B {
        var close = i + 1
        while close < s.count && isNameByte(s[close]) { close += 1 }
        if close > i + 1 && close < s.count && s[close] == 0x7D {
          out.append(
            contentsOf: pipe(String(decoding: UnsafeBufferPointer(rebasing: s[(i + 1)..<close]), as: UTF8.self)).utf8)
          i = close + 1
          continue
        }
      }
      out.append(c)
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func isNameByte(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2E
  }
}
