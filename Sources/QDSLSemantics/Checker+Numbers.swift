// Number literals: codes, bounds, `text max` and numbers in expressions are read here, in one place. Whole
// numbers are limited to ±(2^53 − 1), which every output carries exactly; decimals are doubles and must be finite.

import QDSLSyntax

/// The whole numbers of the language: every integer that a double holds exactly. JSON readers in most
/// languages, the JavaScript preview and the XForm's XPath read numbers as doubles, so a code, bound or number
/// beyond this range would change on its way into the form, the data file or statistics software.
public enum WholeNumbers {
  /// 2^53 − 1 (JavaScript's `Number.MAX_SAFE_INTEGER`).
  public static let largest = 9_007_199_254_740_991
  /// The smallest whole number: −(2^53 − 1), so that every whole number can be negated.
  public static let smallest = -largest

  public static func contains(_ v: Int) -> Bool { v >= smallest && v <= largest }

  /// "-9007199254740991 to 9007199254740991", for messages.
  static let rangeText = "\(smallest) to \(largest)"
}

extension CheckerState {
  /// The value of an integer token (its digits: never negative), or nil after reporting a number outside
  /// `WholeNumbers` at `r`. `negative` says that a minus is written before it (for the message); `what` names
  /// the number ("an option code").
  mutating func wholeNumber(_ token: Int, negative: Bool, at r: TextRange, what: String, help: String) -> Int? {
    let digits = name(token)
    if let v = Int(digits), v <= WholeNumbers.largest { return v }
    let written = (negative ? "-" : "") + digits
    report(
      Diagnostic(
        .numberOutOfRange,
        "\(written) is too \(negative ? "small" : "large") for \(what): whole numbers go from \(WholeNumbers.rangeText)",
        at: r,
        help: help))
    return nil
  }

  /// The value of a decimal token, or nil after reporting one too large for a double.
  mutating func decimalNumber(_ token: Int, negative: Bool, at r: TextRange, what: String) -> Double? {
    guard let v = Double(name(token)), v.isFinite else {
      report(
        Diagnostic(
          .numberOutOfRange, "this decimal is too large for \(what): no output can carry it", at: r,
          help: "write a number below 10^308"))
      return nil
    }
    return negative ? -v : v
  }

  /// The integer value of a signed number node (an option code, a bound of an `integer`), reporting decimals
  /// and numbers out of range.
  mutating func integerValue(_ n: NodeID, what: String, help: String) -> Int? {
    let negative = tree.token(n, .minus) != nil
    if let t = tree.token(n, .integer) {
      return wholeNumber(t, negative: negative, at: tree.range(n), what: what, help: help).map { negative ? -$0 : $0 }
    }
    if tree.token(n, .decimal) != nil {
      report(
        Diagnostic(
          .invalidBound, "\(what) must be a whole number", at: tree.range(n),
          help: "use a whole number such as 1 or -1"))
    }
    return nil
  }

  /// The value of a signed number node as a Double (a bound of a `decimal`: a whole number or a decimal).
  mutating func numberValue(_ n: NodeID, what: String, help: String) -> (Double, isInteger: Bool)? {
    let negative = tree.token(n, .minus) != nil
    if let t = tree.token(n, .integer) {
      return wholeNumber(t, negative: negative, at: tree.range(n), what: what, help: help).map {
        (Double(negative ? -$0 : $0), true)
      }
    }
    if let t = tree.token(n, .decimal) {
      return decimalNumber(t, negative: negative, at: tree.range(n), what: what).map { ($0, false) }
    }
    return nil
  }
}
