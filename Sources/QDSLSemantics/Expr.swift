// Typed expressions of the semantic model: conditions, check rules and calculate formulas.

import QDSLSyntax

/// Operators with one operand.
public enum UnaryOperator: String, Sendable {
  case not = "not"
  case negate = "-"
}

/// Operators with two operands, spelled as in source.
public enum BinaryOperator: String, Sendable, CaseIterable {
  case or, and
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case `in`, contains
  case add = "+", subtract = "-", multiply = "*", divide = "/"

  public var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .in, .contains: return true
    default: return false
    }
  }

  public var isArithmetic: Bool { self == .add || self == .subtract || self == .multiply || self == .divide }

  /// Binding power for printing with minimal parentheses (higher binds tighter).
  var precedence: Int {
    switch self {
    case .or: return 1
    case .and: return 2
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .in, .contains: return 4
    case .add, .subtract: return 5
    case .multiply, .divide: return 6
    }
  }
}

/// The built-in functions.
public enum Function: String, Sendable, CaseIterable {
  case count, answered, length, date, today, coalesce, number, round, min, max, matches
  case time, datetime, year, month, day
  case yearsBetween = "years_between"

  /// The signature shown in messages and help.
  public var signature: String {
    switch self {
    case .count: return "count(many_of_question) -> integer"
    case .answered: return "answered(variable) -> boolean"
    case .length: return "length(text) -> integer"
    case .date: return "date(\"YYYY-MM-DD\") -> date"
    case .today: return "today() -> date"
    case .coalesce: return "coalesce(value, fallback) -> the value, or the fallback when it is missing"
    case .number: return "number(condition) -> 1 or 0"
    case .round: return "round(number) -> integer"
    case .min: return "min(a, b) -> the smaller"
    case .max: return "max(a, b) -> the larger"
    case .matches: return "matches(text, \"pattern\") -> whether the whole text matches the pattern"
    case .time: return "time(\"HH:MM\") -> time"
    case .datetime: return "datetime(\"YYYY-MM-DDTHH:MM\") -> datetime"
    case .year: return "year(date or datetime) -> integer"
    case .month: return "month(date or datetime) -> integer 1-12"
    case .day: return "day(date or datetime) -> integer 1-31"
    case .yearsBetween: return "years_between(from, to) -> whole years from one date to the other, as for an age"
    }
  }
}

/// A typed expression with its source range.
public struct Expr: Sendable {
  public indirect enum Kind: Sendable {
    case integer(Int)
    case decimal(Double)
    case text(String)
    case boolean(Bool)
    case variable(VariableID)
    /// An option of a list: the list and the option's index in it.
    case option(ListID, Int)
    case list([Expr])
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    case call(Function, [Expr])
    /// `R.index`: the current iteration's number (from 1) of the enclosing repeat R.
    case iterationIndex(LevelID)
    /// `R` inside `repeat R for each …` over options: the current iteration's option.
    case iterationOption(LevelID)
    /// `R.NAME` inside `repeat R for each S`: the variable of S at the iteration R's current one stands for.
    case instanceVariable(LevelID, VariableID)
    /// `count(R where C)`, `sum(R.x)`…: a value over every iteration of the repeat R; `value` is read per
    /// iteration (sum, min, max) and `filter` keeps the iterations where it holds.
    case aggregate(Aggregate, LevelID, value: Expr?, filter: Expr?)
    /// `option.ATTR` inside a question's `where` filter: the attribute (index in the list's attributes) of the
    /// candidate option of the list being filtered.
    case optionAttribute(ListID, Int)
    /// An expression that could not be understood (already reported).
    case invalid
  }

  public var kind: Kind
  public var range: TextRange
  public var type: ValueType

  public init(_ kind: Kind, _ range: TextRange, _ type: ValueType) {
    self.kind = kind
    self.range = range
    self.type = type
  }

  /// Every variable the expression reads, in order of appearance (with repeats).
  public var variables: [VariableID] {
    var out: [VariableID] = []
    collectVariables(into: &out)
    return out
  }

  func collectVariables(into out: inout [VariableID]) {
    switch kind {
    case .variable(let v): out.append(v)
    case .list(let items): for i in items { i.collectVariables(into: &out) }
    case .unary(_, let e): e.collectVariables(into: &out)
    case .binary(_, let a, let b):
      a.collectVariables(into: &out)
      b.collectVariables(into: &out)
    case .call(_, let args): for a in args { a.collectVariables(into: &out) }
    case .instanceVariable(_, let v): out.append(v)
    case .aggregate(_, _, let value, let filter):
      value?.collectVariables(into: &out)
      filter?.collectVariables(into: &out)
    default: break
    }
  }
}
