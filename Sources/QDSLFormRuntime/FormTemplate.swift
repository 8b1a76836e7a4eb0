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
    let s = Array(template.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < s.count {
      let c = s[i]
      if (c == "{" || c == "}") && i + 1 < s.count && s[i + 1] == c {
        out.append(c)
        i += 2
      } else if c == "{", let close = s[(i + 1)...].firstIndex(of: "}"), close > i + 1,
        s[(i + 1)..<close].allSatisfy({ isNameScalar($0) })
      {
        out.append(contentsOf: pipe(String(String.UnicodeScalarView(s[(i + 1)..<close]))).unicodeScalars)
        i = close + 1
      } else {
        out.append(c)
        i += 1
      }
    }
    return String(out)
  }

  private static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
    (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "."
  }
}
