// Expression trees of the form JSON: the leaves `{"var"}`, `{"code"}`, `{"number"}`, `{"text"}`, `{"bool"}`
// and operators `{"op", "args"}`, with the operator table and each operator's number of arguments.

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
  case count, answered, length, date, today, coalesce, number, round, min, max

  /// The number of arguments the operator takes; nil for `list` (one or more).
  public var arity: Int? {
    switch self {
    case .today: return 0
    case .not, .negate, .count, .answered, .length, .date, .number, .round: return 1
    case .list: return nil
    default: return 2
    }
  }
}
