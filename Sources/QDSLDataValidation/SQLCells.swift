// A data file's cells read in SQL exactly as `validate-data` reads them (DataColumnPlan.answer and the
// evaluator's accept): the syntax of a whole number and of a decimal, a calendar date `YYYY-MM-DD` that exists,
// a time `HH:MM`, a date and time `YYYY-MM-DDTHH:MM`; checked with anchored regular expressions before any cast.

enum SQLCells {
  /// Swift's `Int(text)` (a sign, then digits), or the decimal syntax the validator accepts (digits, one point, a
  /// leading minus).
  static let numberSyntax = "[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)"
  /// Swift's `Int(text)`: at most 19 digits keeps it in 64 bits (a longer one is refused, as Int refuses it).
  static let integerSyntax = "[+-]?[0-9]{1,18}"
  static let dateSyntax = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
  static let timeSyntax = "([01][0-9]|2[0-3]):[0-5][0-9]"

  /// Whether a text is a date that exists (years 1–9999).
  static func isDate(_ t: String, _ d: SQLDialect) -> String {
    "(\(d.fullMatch(t, dateSyntax)) AND substr(\(t), 1, 4) <> '0000' AND \(d.toDate(t)) IS NOT NULL)"
  }

  /// A text as a date, NULL unless it is one.
  static func date(_ t: String, _ d: SQLDialect) -> String {
    "CASE WHEN \(isDate(t, d)) THEN \(d.toDate(t)) END"
  }

  static func isTime(_ t: String, _ d: SQLDialect) -> String { d.fullMatch(t, timeSyntax) }

  static func isDateTime(_ t: String, _ d: SQLDialect) -> String {
    "(\(d.fullMatch(t, dateSyntax + "T" + timeSyntax)) AND \(isDate("substr(\(t), 1, 10)", d)))"
  }
}

/// The text-pattern dialect of `matches()` (docs/language.md, "Text patterns") as a POSIX-style regular
/// expression every engine reads alike, for the patterns made of literals, classes of ASCII ranges, `\d`,
/// groups, `|` and counted repetition; nil for anything else (the caller refuses it with its pattern).
public enum SQLPattern {
  public static func regex(_ pattern: String) -> String? {
    var out = ""
    var inClass = false
    var scalars = Array(pattern.unicodeScalars)[...]
    while let c = scalars.popFirst() {
      switch c {
      case "\\":
        guard let n = scalars.popFirst() else { return nil }
        if n == "d" {
          out += inClass ? "0-9" : "[0-9]"
        } else if "-.()[]{}|?*+^$\\/".unicodeScalars.contains(n) {
          out += inClass ? "\\" + String(n) : "[" + (n == "^" || n == "\\" || n == "]" ? "\\" : "") + String(n) + "]"
        } else {
          return nil
        }
      case "[":
        guard !inClass else { return nil }
        inClass = true
        out += "["
        if scalars.first == "^" { return nil }
      case "]":
        guard inClass else { return nil }
        inClass = false
        out += "]"
      case "(", ")", "|", "?", "*", "+", "{", "}", ",":
        out += String(c)
      case "-":
        out += inClass ? "-" : "[-]"
      default:
        guard c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == " " || c == "_" || c == ":"
        else { return nil }
        out += String(c)
      }
    }
    return inClass ? nil : out
  }
}
