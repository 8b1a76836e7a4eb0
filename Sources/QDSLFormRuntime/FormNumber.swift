// Numbers of the reference evaluator: whole numbers exact over 64 bits (an answer of 9007199254740993 stays that),
// decimals as Doubles; compared exactly with each other, with arithmetic that leaves whole numbers whole.

import QDSLText

/// A number in an answer or an evaluation. `.integer` is exact; `.decimal` is a Double. The two compare by value,
/// exactly: `.integer(3) == .decimal(3.0)`, and `.integer(9007199254740993) > .decimal(9007199254740992.0)`.
public enum FormNumber: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral
{
  case integer(Int)
  case decimal(Double)

  public init(integerLiteral value: Int) { self = .integer(value) }

  public init(floatLiteral value: Double) { self = .decimal(value) }

  /// The value as a Double (a whole number beyond 2⁵³ rounded to the nearest).
  public var double: Double {
    switch self {
    case .integer(let i): return Double(i)
    case .decimal(let d): return d
    }
  }

  /// The value as an Int when it is whole and an Int holds it exactly.
  public var exactInteger: Int? {
    switch self {
    case .integer(let i): return i
    case .decimal(let d): return JSON.number(d).int
    }
  }

  /// Whether the value has no fraction (a decimal of any size may be whole).
  public var isWhole: Bool {
    switch self {
    case .integer: return true
    case .decimal(let d): return d.isFinite && d == d.rounded()
    }
  }

  public var isFinite: Bool {
    if case .decimal(let d) = self { return d.isFinite }
    return true
  }

  /// A pipe's text: whole numbers in full (`12`, `9007199254740993`), decimals as `FormValue.format` writes them.
  public var description: String {
    switch self {
    case .integer(let i): return String(i)
    case .decimal(let d): return FormValue.format(d)
    }
  }

  // MARK: comparing

  /// -1, 0 or 1 as `a` is below, equal to or above `b`, exactly.
  public static func compare(_ a: FormNumber, _ b: FormNumber) -> Int {
    switch (a, b) {
    case (.integer(let x), .integer(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.decimal(let x), .decimal(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.integer(let x), .decimal(let y)): return compare(x, y)
    case (.decimal(let x), .integer(let y)): return -compare(y, x)
    }
  }

  /// An Int against a Double, exactly (converting either to the other's type could round).
  static func compare(_ a: Int, _ d: Double) -> Int {
    if d.isNaN { return 1 }
    if d >= 0x1p63 { return -1 }
    if d < -0x1p63 { return 1 }
    let whole = d.rounded(.towardZero)
    let w = Int(whole)
    if a != w { return a < w ? -1 : 1 }
    // Exact: the fraction of a Double below 2⁶³ is a Double.
    let fraction = d - whole
    return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
  }

  public static func == (a: FormNumber, b: FormNumber) -> Bool { compare(a, b) == 0 }

  public static func < (a: FormNumber, b: FormNumber) -> Bool { compare(a, b) < 0 }

  /// Equal numbers hash alike: a whole decimal that an Int holds hashes as that Int.
  public func hash(into hasher: inout Hasher) {
    if let i = exactInteger {
      hasher.combine(i)
    } else {
      hasher.combine(double)
    }
  }

  // MARK: arithmetic

  public var negated: FormNumber {
    switch self {
    case .integer(let i):
      let (r, overflow) = (0 as Int).subtractingReportingOverflow(i)
      return overflow ? .decimal(-Double(i)) : .integer(r)
    case .decimal(let d): return .decimal(-d)
    }
  }

  /// Rounded to a whole number, halves away from zero.
  public var rounded: FormNumber {
    switch self {
    case .integer: return self
    case .decimal(let d): return .decimal(d.rounded(.toNearestOrAwayFromZero))
    }
  }

  public static func + (a: FormNumber, b: FormNumber) -> FormNumber {
    if case .integer(let x) = a, case .integer(let y) = b {
      let (r, overflow) = x.addingReportingOverflow(y)
      if !overflow { return .integer(r) }
    }
    return .decimal(a.double + b.double)
  }

  public static func - (a: FormNumber, b: FormNumber) -> FormNumber {
    if case .integer(let x) = a, case .integer(let y) = b {
      let (r, overflow) = x.subtractingReportingOverflow(y)
      if !overflow { return .integer(r) }
    }
    return .decimal(a.double - b.double)
  }

  public static func * (a: FormNumber, b: FormNumber) -> FormNumber {
    if case .integer(let x) = a, case .integer(let y) = b {
      let (r, overflow) = x.multipliedReportingOverflow(by: y)
      if !overflow { return .integer(r) }
    }
    return .decimal(a.double * b.double)
  }

  /// The quotient; whole when two whole numbers divide exactly. Division by zero gives no number.
  public static func / (a: FormNumber, b: FormNumber) -> FormNumber? {
    if b == 0 { return nil }
    if case .integer(let x) = a, case .integer(let y) = b {
      let (q, overflow) = x.dividedReportingOverflow(by: y)
      if !overflow && q.multipliedReportingOverflow(by: y) == (x, false) { return .integer(q) }
    }
    return .decimal(a.double / b.double)
  }
}
