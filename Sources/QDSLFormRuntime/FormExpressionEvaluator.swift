// The value of a form expression under the missing-value rule of docs/language.md: a comparison with a missing
// operand is false, arithmetic with one (or a division by zero) is missing, count() of a missing answer is 0.
// Inside a repeat, names resolve in the current iteration (`frames`), and aggregates read every iteration.

/// Evaluates expressions against the values known so far; a missing value is `nil`.
public struct FormExpressionEvaluator: Sendable {
  /// The non-missing variables by name.
  public var values: FormNameMap<FormValue>
  /// The value of `today()`.
  public var today: FormDate
  /// The iterations around the expression, outermost first; empty outside repeats. Values of repeated variables
  /// are keyed by instance path (`person[2].age`), and a bare name reads the current iteration's.
  public var frames: [FormIterationFrame] = []
  /// How many iterations ran, by the repeat's instance path (`person`, `person[2].job`).
  public var iterations: [String: Int] = [:]
  /// The option of each iteration of a `for each` over options, by the iteration's path (`crop[2]`).
  public var iterationOptions: [String: Int] = [:]
  /// The form's repeats and repeated variables.
  var scope = FormScope.empty
  /// The frames of the iterations that ran, by the repeat's instance path, as the interview made them (so that
  /// aggregates need not make them again); a repeat missing here has its frames made when read.
  var iterationFrames: [String: [FormIterationFrame]] = [:]
  /// While a question's filter is tested for one option: that option's attributes (`{"attribute"}` reads them).
  public var candidate: [String: FormValue]?

  public init(values: [String: FormValue], today: FormDate) {
    self.values = FormNameMap(values)
    self.today = today
  }

  init(values: FormNameMap<FormValue>, today: FormDate, scope: FormScope) {
    self.values = values
    self.today = today
    self.scope = scope
  }

  /// The instance path of a variable read bare in the current iteration: its name outside repeats, else the
  /// prefix of the iteration at its depth and its name; nil when no iteration of its repeat is current.
  public func path(_ name: String) -> String? {
    if frames.isEmpty { return name }
    guard let depth = scope.depths[name] else { return name }
    return depth <= frames.count ? frames[depth - 1].prefix + name : nil
  }

  /// The current iteration of a repeat around the expression.
  public func frame(_ repeatID: String) -> FormIterationFrame? {
    frameNumber(repeatID).map { frames[$0] }
  }

  /// The position in `frames` of the current iteration of a repeat (without copying the frame, which an index or
  /// option read in every iteration would).
  func frameNumber(_ repeatID: String) -> Int? {
    var i = frames.count
    while i > 0 {
      i -= 1
      if frames[i].repeatID == repeatID { return i }
    }
    return nil
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
    case .variable(let name): return path(name).flatMap { values[$0] }
    case .option(let code, _, _): return .code(code)
    case .number(let x): return .number(x)
    case .text(let s): return .text(s)
    case .bool(let b): return .bool(b)
    case .apply(let op, let args): return apply(op, args)
    case .index(let r): return frameNumber(r).map { .number(.integer(frames[$0].index)) }
    case .iteration(let r): return frameNumber(r).flatMap { frames[$0].option }.map { .code($0) }
    case .instance(let name, let r): return frameNumber(r).flatMap { frames[$0].source }.flatMap { values[$0 + name] }
    case .aggregate(let kind, let r, let value, let condition): return aggregate(kind, r, value, condition)
    case .attribute(let name): return candidate?[name]
    }
  }

  // MARK: aggregates

  /// An aggregate over the iterations of `repeatID` under the current context: the iterations around the
  /// expression that enclose the repeat are kept, and every instance below them is read.
  private func aggregate(
    _ kind: FormAggregate, _ repeatID: String, _ value: FormExpr?, _ condition: FormExpr?
  ) -> FormValue? {
    guard let level = scope.levels[repeatID] else { return nil }
    var keep = 0
    let limit = Swift.min(frames.count, level.chain.count - 1)
    while keep < limit && frames[keep].repeatID == level.chain[keep] { keep += 1 }
    var inner = self
    inner.frames.removeSubrange(keep...)
    var total = FormAggregateTotal(kind)
    // Plain calls: `ev.holds` or `ev.value` as a closure would copy the evaluator in every iteration.
    inner.eachInstance(level.chain, from: keep) { ev in
      var holds = true
      if let condition { holds = ev.holds(condition) }
      var result: FormValue?
      if let value { result = ev.value(value) }
      total.add(holds, result)
    }
    return total.result
  }

  /// Calls `body` in every iteration of `chain[from...]` under the current frames, in order.
  private mutating func eachInstance(
    _ chain: [String], from i: Int, _ body: (FormExpressionEvaluator) -> Void
  ) {
    guard i < chain.count, let level = scope.levels[chain[i]] else { return }
    let key = (frames.last?.prefix ?? "") + level.id
    if let made = iterationFrames[key] {
      for frame in made {
        frames.append(frame)
        if i + 1 == chain.count { body(self) } else { eachInstance(chain, from: i + 1, body) }
        frames.removeLast()
      }
      return
    }
    let count = iterations[key] ?? 0
    guard count > 0 else { return }
    let options = level.repeat.choices != nil
    for k in 1...count {
      let option = options ? iterationOptions[key + "[" + String(k) + "]"] : nil
      frames.append(scope.frame(level, k, parents: frames, option: option))
      if i + 1 == chain.count { body(self) } else { eachInstance(chain, from: i + 1, body) }
      frames.removeLast()
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
    case .time:
      guard case .text(let s)? = arg(0), let t = FormTime(s) else { return nil }
      return .time(t)
    case .datetime:
      guard case .text(let s)? = arg(0), let t = FormDateTime(s) else { return nil }
      return .datetime(t)
    case .join:
      // A missing text joins as the empty text; the join is missing only when both are.
      let (a, b) = (arg(0), arg(1))
      if a == nil && b == nil { return nil }
      var joined = ""
      if case .text(let s)? = a { joined += s }
      if case .text(let s)? = b { joined += s }
      return .text(joined)
    case .year, .month, .day:
      guard let d = Self.calendarDate(arg(0)) else { return nil }
      let c = d.components
      return .number(.integer(op == .year ? c.year : op == .month ? c.month : c.day))
    case .yearsBetween:
      guard let a = Self.calendarDate(arg(0)), let b = Self.calendarDate(arg(1)) else { return nil }
      // Whole years as for an age: YYYYMMDD − YYYYMMDD, divided by 10,000 and cut toward zero.
      func number(_ d: FormDate) -> Int {
        let c = d.components
        return c.year * 10_000 + c.month * 100 + c.day
      }
      return .number(.integer((number(b) - number(a)) / 10_000))
    case .today:
      return .date(today)
    case .coalesce:
      return arg(0) ?? arg(1)
    case .number:
      return .number(cond(0) ? 1 : 0)
    case .round:
      guard case .number(let x)? = arg(0) else { return nil }
      return .number(x.rounded)
    case .matches:
      // A missing text matches nothing, as a comparison with a missing operand is false.
      guard case .text(let s)? = arg(0), case .text(let p)? = arg(1), let pattern = scope.patterns.pattern(p)
      else {
        return .bool(false)
      }
      return .bool(pattern.matches(s))
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
    case (.time(let x)?, .time(let y)?): return x == y
    case (.datetime(let x)?, .datetime(let y)?): return x == y
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
    case (.time(let x)?, .time(let y)?): return sign(x, y)
    case (.datetime(let x)?, .datetime(let y)?): return sign(x, y)
    default: return nil
    }
  }

  /// The calendar date of a date or a date and time.
  static func calendarDate(_ v: FormValue?) -> FormDate? {
    switch v {
    case .date(let d)?: return d
    case .datetime(let t)?: return t.date
    default: return nil
    }
  }
}
