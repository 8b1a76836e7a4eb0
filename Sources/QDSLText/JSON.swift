// The one JSON value of the package: null, true and false, exact integers, decimals, strings, arrays and objects
// that keep their keys in order. `JSONStream` writes it, `JSONReader` reads it.

/// A JSON value. Whole numbers without a fraction or an exponent are `.int`, exactly (never through a Double);
/// other numbers are `.number`. Objects keep their keys in the order written or read.
public enum JSON: Hashable, Sendable {
  case null
  case bool(Bool)
  /// A whole number, exact over the whole range of `Int` (64 bits).
  case int(Int)
  /// A decimal, written with the shortest digits that read back to the same value (`1.5`, `100.0`).
  case number(Double)
  case string(String)
  case array([JSON])
  case object(JSONObject)

  /// The member `key` of an object; nil for other values and absent keys.
  public subscript(key: String) -> JSON? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  public var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// A whole number: an `.int`, or a `.number` without a fraction that an `Int` holds exactly.
  public var int: Int? {
    switch self {
    case .int(let i): return i
    case .number(let d): return Self.exactInt(d)
    default: return nil
    }
  }

  public var bool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  public var array: [JSON]? {
    if case .array(let a) = self { return a }
    return nil
  }

  public var object: JSONObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// `d` as an Int when it is whole and an Int holds it exactly; nil otherwise.
  private static func exactInt(_ d: Double) -> Int? {
    // -2⁶³ is a Double and an Int; 2⁶³ is a Double but not an Int.
    guard d == d.rounded(), d >= -0x1p63, d < 0x1p63 else { return nil }
    return Int(d)
  }
}
