// The running total of an aggregate over a repeat's iterations, under the missing-value rule: count counts the
// iterations whose condition is true, sum adds the values present (0 when none), min and max of the values present
// (missing when none), any and all of the condition (false and true over no iterations).

/// Accumulates one aggregate, iteration by iteration.
struct FormAggregateTotal {
  let kind: FormAggregate
  private var count = 0
  private var sum = FormNumber.integer(0)
  private var best: FormValue?
  private var any = false
  private var all = true

  init(_ kind: FormAggregate) { self.kind = kind }

  /// One iteration: whether its `where` holds (true without one) and its value (nil when missing or none).
  mutating func add(_ holds: Bool, _ value: FormValue?) {
    switch kind {
    case .count:
      if holds { count += 1 }
    case .sum:
      if holds, case .number(let x)? = value { sum = sum + x }
    case .min, .max:
      guard holds, let value else { return }
      guard let best else {
        if FormExpressionEvaluator.order(value, value) != nil { self.best = value }
        return
      }
      if let c = FormExpressionEvaluator.order(value, best), kind == .min ? c < 0 : c > 0 { self.best = value }
    case .any:
      if holds { any = true }
    case .all:
      if !holds { all = false }
    }
  }

  var result: FormValue? {
    switch kind {
    case .count: return .number(.integer(count))
    case .sum: return sum.isFinite ? .number(sum) : nil
    case .min, .max: return best
    case .any: return .bool(any)
    case .all: return .bool(all)
    }
  }
}
