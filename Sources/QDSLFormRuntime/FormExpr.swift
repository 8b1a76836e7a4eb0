// Expression trees of the form JSON: the leaves `{"var"}`, `{"code"}`, `{"number"}`, `{"text"}`, `{"bool"}`,
// the repeat leaves `{"index"}`, `{"iteration"}`, `{"var", "instance"}`, aggregates over a repeat and operators
// `{"op", "args"}`, with the operator table and each operator's number of arguments.

/// An expression of the form JSON: a condition, a check rule or a calculate's formula.
public indirect enum FormExpr: Sendable, Equatable {
  /// A question, grid row (`GRID.ROW`) or calculate.
  case variable(String)
  /// An option of a choice list; its value is the code.
  case option(code: Int, choices: String, name: String)
  /// A number: `{"number": 3}` is exactly 3, `{"number": 2.5}` a decimal.
  case number(FormNumber)
  case text(String)
  case bool(Bool)
  case apply(FormOperator, [FormExpr])
  /// The 1-based number of the current iteration of the repeat (`{"index": "person"}`).
  case index(String)
  /// The option code of the current iteration of a `for each` repeat over options (`{"iteration": "crop"}`).
  case iteration(String)
  /// A variable of a repeat's `for each` source at the instance the current iteration of the repeat stands for
  /// (`{"var": "name", "instance": "other"}`).
  case instance(variable: String, repeat: String)
  /// An aggregate over the iterations of a repeat; `value` and `where` are read in each iteration.
  case aggregate(FormAggregate, repeat: String, value: FormExpr?, where: FormExpr?)
  /// An attribute of the candidate option, inside a question's filter (`{"attribute": "country"}`).
  case attribute(String)
}

/// The aggregates over a repeat, spelled as in the JSON's `"aggregate"`.
public enum FormAggregate: String, Sendable, Equatable, CaseIterable {
  case count, sum, min, max, any, all
}

/// The operators and functions of `{"op": …}` nodes, spelled as in the JSON.
public enum FormOperator: String, Sendable, Equatable, CaseIterable {
  case or, and, not
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case `in`, contains
  case add = "+", subtract = "-", multiply = "*", divide = "/"
  /// Unary minus.
  case negate = "neg"
  /// The bracketed list after `in`.
  case list
  case count, answered, length, date, today, coalesce, number, round, min, max, matches
  /// `+` of two texts.
  case join
  case time, datetime, year, month, day
  case yearsBetween = "years_between"

  /// The number of arguments the operator takes; nil for `list` (one or more).
  public var arity: Int? {
    switch self {
    case .today: return 0
    case .not, .negate, .count, .answered, .length, .date, .number, .round, .time, .datetime, .year, .month, .day:
      return 1
    case .list: return nil
    default: return 2
    }
  }
}
