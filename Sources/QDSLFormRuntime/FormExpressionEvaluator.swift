// The value of a form expression under the missing-value rule of docs/language.md: a comparison with a missing
// operand is false, arithmetic with one (or a division by zero) is missing, count() of a missing answer is 0.

/// Evaluates expressions against the values known so far; a missing value is `nil`.
public struct FormExpressionEvaluator: Sendable {
  /// The non-missing variables by name.
  public var values: [String: FormValue]
  /// The value of `today()`.
  public var today: FormDate

  public init(values: [String: FormValue], today: FormDate) {
    self.values = values
    self.today = today
  }

  /// A condition: true only when the value is `true`. A missing condition (a boolean calculate that was not
  /// computed) counts as false, like a comparison with a missing operand, so `not` of it is true.
  public func holds(_ e: FormExpr) -> Bool {
    if case .bool(true) = value(e) { return true }
    return false
  }

  /// The value, or nil when it is missing.
  public func value(_ e: FormExpr) -> FormValue? {
    switch e {
    case .variable(let name): return values[name]
    case .option(let code, _, _): return .code(code)
    case .number(let x): return .number(x)
    case .text(let s): return .text(s)
    case .bool(let b): return .bool(b)
    case .apply(let op, let args): return apply(op, args)
    }
  }

  private func apply(_ op: FormOperator, _ args: [FormExpr]) -> FormValue? {
    func arg(_ i: Int) -> FormValue? { i < args.count ? value(args[i]) : nil }
    func cond(_ i: Int) -> Bool { i < args.count && holds(args[i]) }
    switch op {
    case .or: return .bool(cond(0) || cond(1))
    case .and: return .bool(cond(0) && cond(1))
    case .not: return .bool(!cond(0))
    case .equal: return .bool(Self.equal(arg(0), arg(1)) ?? false)
    case .notEqual: return .bool(Self.equal(arg(0), arg(1)).map(!) ?? false)
    case .less: return .bool(Self.order(arg(0), arg(1)).map { $0 < 0 } ?? false)
    case .lessEqual: return .bool(Self.order(arg(0), arg(1)).map { $0 <= 0 } ?? false)
    case .greater: return .bool(Self.order(arg(0), arg(1)).map { $0 > 0 } ?? false)
    case .greaterEqual: return .bool(Self.order(arg(0), arg(1)).map { $0 >= 0 } ?? false)
    case .in:
      guard let x = arg(0), args.count == 2 else { return .bool(false) }
      let candidates: [FormExpr]
      if case .apply(.list, let items) = args[1] { candidates = items } else { candidates = [args[1]] }
      return .bool(candidates.contains { Self.equal(x, value($0)) == true })
    case .contains:
      guard case .codes(let set)? = arg(0), case .code(let c)? = arg(1) else { return .bool(false) }
      return .bool(set.contains(c))
    case .add, .subtract, .multiply, .divide:
      return arithmetic(op, arg(0), arg(1))
    case .negate:
      guard case .number(let x)? = arg(0) else { return nil }
      return .number(x.negated)
    case .list:
      return nil
    case .count:
      if case .codes(let set)? = arg(0) { return .number(.integer(set.count)) }
      return .number(0)
    case .answered:
      return .bool(arg(0) != nil)
    case .length:
      guard case .text(let s)? = arg(0) else { return nil }
      return .number(.integer(s.unicodeScalars.count))
    case .date:
      guard case .text(let s)? = arg(0), let d = FormDate(s) else { return nil }
      return .date(d)
    case .today:
      return .date(today)
    case .coalesce:
      return arg(0) ?? arg(1)
    case .number:
      return .number(cond(0) ? 1 : 0)
    case .round:
      guard case .number(let x)? = arg(0) else { return nil }
      return .number(x.rounded)
    case .min, .max:
      guard let c = Self.order(arg(0), arg(1)) else { return nil }
      return (op == .min) == (c <= 0) ? arg(0) : arg(1)
    }
  }

  private func arithmetic(_ op: FormOperator, _ a: FormValue?, _ b: FormValue?) -> FormValue? {
    if op == .subtract, case .date(let x)? = a, case .date(let y)? = b { return .number(.integer(x.days - y.days)) }
    guard case .number(let x)? = a, case .number(let y)? = b else { return nil }
    let r: FormNumber
    switch op {
    case .add: r = x + y
    case .subtract: r = x - y
    case .multiply: r = x * y
    default:
      // nil when dividing by zero.
      guard let q = x / y else { return nil }
      r = q
    }
    return r.isFinite ? .number(r) : nil
  }

  /// Whether two values are equal; nil when one is missing or they cannot be compared.
  static func equal(_ a: FormValue?, _ b: FormValue?) -> Bool? {
    switch (a, b) {
    case (.number(let x)?, .number(let y)?): return x == y
    case (.code(let x)?, .code(let y)?): return x == y
    case (.date(let x)?, .date(let y)?): return x == y
    case (.bool(let x)?, .bool(let y)?): return x == y
    // Texts compare by Unicode scalars, as a JavaScript runtime would, not by canonical equivalence.
    case (.text(let x)?, .text(let y)?): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
    default: return nil
    }
  }

  /// -1, 0 or 1 for ordered values (numbers, dates, options by code); nil when missing or unordered.
  static func order(_ a: FormValue?, _ b: FormValue?) -> Int? {
    func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
    switch (a, b) {
    case (.number(let x)?, .number(let y)?): return sign(x, y)
    case (.code(let x)?, .code(let y)?): return sign(x, y)
    case (.date(let x)?, .date(let y)?): return sign(x, y)
    default: return nil
    }
  }
}
