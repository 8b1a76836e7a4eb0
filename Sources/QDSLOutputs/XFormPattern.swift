// The pattern of matches() as the XForm's regex() reads it: java.util.regex under JavaRosa (and JavaScript in web
// forms) take it as a search, so it is anchored at both ends, and every part whose meaning differs between the
// engines (`.`, `\s`, `$`) is written out so that both read the dialect's meaning.

import QDSLSemantics

public enum XFormPattern {
  /// The regular expression for `regex(x, …)`: true exactly when the whole text matches `pattern` in the dialect.
  public static func source(_ pattern: TextPattern) -> String {
    var out = "^(?:"
    write(pattern.root, into: &out)
    // `$` in Java also matches before a final line break; "no character follows" means the end in every engine.
    out += ")(?![\\s\\S])"
    return out
  }

  private static func write(_ n: PatternNode, into out: inout String) {
    switch n {
    case .sequence(let items):
      for item in items { write(item, into: &out) }
    case .alternation(let branches):
      for (i, b) in branches.enumerated() {
        if i > 0 { out += "|" }
        write(b, into: &out)
      }
    case .group(let inner):
      out += "(?:"
      write(inner, into: &out)
      out += ")"
    case .scalar(let s):
      out += scalar(s, inBrackets: false)
    case .set(let set):
      out += "["
      if set.negated { out += "^" }
      for item in set.items { out += members(item) }
      out += "]"
    case .start:
      out += "^"
    case .end:
      out += "(?![\\s\\S])"
    case .repetition(let inner, let min, let max):
      let atomic: Bool
      switch inner {
      case .scalar, .set, .group: atomic = true
      default: atomic = false
      }
      if !atomic { out += "(?:" }
      write(inner, into: &out)
      if !atomic { out += ")" }
      switch (min, max) {
      case (0, nil): out += "*"
      case (1, nil): out += "+"
      case (0, 1?): out += "?"
      case (let m, nil): out += "{\(m),}"
      case (let m, let n?) where m == n: out += "{\(m)}"
      case (let m, let n?): out += "{\(m),\(n)}"
      }
    }
  }

  /// The members of a bracketed set for one item, written the same for Java and JavaScript.
  private static func members(_ item: PatternSet.Item) -> String {
    switch item {
    case .range(let lo, let hi):
      return lo == hi
        ? scalar(lo, inBrackets: true) : scalar(lo, inBrackets: true) + "-" + scalar(hi, inBrackets: true)
    case .digit: return "0-9"
    case .word: return "0-9A-Za-z_"
    case .space:
      return PatternSet.spaceRanges.map { r in
        r.lowerBound == r.upperBound ? hex(r.lowerBound) : hex(r.lowerBound) + "-" + hex(r.upperBound)
      }.joined()
    }
  }

  private static func hex(_ v: UInt32) -> String {
    let digits = String(v, radix: 16, uppercase: true)
    return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// One character: escaped when it means something to either engine, by number when it is a control character.
  private static func scalar(_ s: Unicode.Scalar, inBrackets: Bool) -> String {
    if s.value < 0x20 || s.value == 0x7F || (0x2028...0x2029).contains(s.value) { return hex(s.value) }
    let special: Set<Unicode.Scalar> =
      inBrackets ? ["\\", "]", "[", "^", "-", "&"] : TextPattern.syntaxCharacters.subtracting(["/"])
    return special.contains(s) ? "\\" + String(s) : String(s)
  }
}
