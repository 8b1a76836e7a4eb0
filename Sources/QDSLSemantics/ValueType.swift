// The types of answers and expression values, and how they are named in messages.

import QDSLSyntax

/// Index of a choice list in `Survey.lists`.
public typealias ListID = Int
/// Index of a variable in `Survey.variables`.
public typealias VariableID = Int

/// The type of a variable or an expression value.
public enum ValueType: Hashable, Sendable {
  case integer, decimal, text, date, boolean
  /// A time of day, `HH:MM`, and a date with a time of day, `YYYY-MM-DDTHH:MM` (local time, to the minute).
  case time, datetime
  /// The answer to a `one of LIST` question (an option of the list).
  case oneOf(ListID)
  /// The answer to a `many of LIST` question (a set of options).
  case manyOf(ListID)
  /// The answer to a `rank of LIST` question: every option in the order ranked (one rank variable per option).
  case rank(ListID)
  /// An option name resolved against a list (`yes` in `adopted == yes`).
  case option(ListID)
  /// A bracketed list `[a, b]` of values of one type.
  indirect case list(element: ValueType)
  /// A grid's own name, which holds no value (its rows do).
  case grid
  /// The type of an expression that already has an error; it never causes further diagnostics.
  case error

  public var isNumber: Bool { self == .integer || self == .decimal }

  /// A date or a date and time: what `year`, `month`, `day` and `years_between` read.
  public var hasCalendarDate: Bool { self == .date || self == .datetime }

  /// The choice list behind a `one of`, `many of` or option value.
  public var choiceList: ListID? {
    switch self {
    case .oneOf(let l), .manyOf(let l), .option(let l), .rank(let l): return l
    default: return nil
    }
  }

  /// How the type is named in messages ("a whole number", "an answer from 'yes_no'").
  public func describe(_ survey: Survey) -> String {
    switch self {
    case .integer: return "a whole number"
    case .decimal: return "a decimal number"
    case .text: return "a text"
    case .date: return "a date"
    case .time: return "a time of day"
    case .datetime: return "a date and time"
    case .boolean: return "a condition (true or false)"
    case .oneOf(let l): return "one answer from '\(survey.lists[l].name)'"
    case .manyOf(let l): return "a set of answers from '\(survey.lists[l].name)'"
    case .rank(let l): return "a ranking of '\(survey.lists[l].name)'"
    case .option(let l): return "an option of '\(survey.lists[l].name)'"
    case .list(let e): return "a list of \(e.describe(survey))"
    case .grid: return "a grid (name one of its rows: grid.row)"
    case .error: return "an invalid value"
    }
  }

  /// The short type name used in hovers and codebooks (`integer`, `one of yes_no`).
  public func spelling(_ survey: Survey) -> String {
    switch self {
    case .integer: return "integer"
    case .decimal: return "decimal"
    case .text: return "text"
    case .date: return "date"
    case .time: return "time"
    case .datetime: return "datetime"
    case .boolean: return "boolean"
    case .oneOf(let l): return "one of \(survey.lists[l].name)"
    case .manyOf(let l): return "many of \(survey.lists[l].name)"
    case .rank(let l): return "rank of \(survey.lists[l].name)"
    case .option(let l): return "option of \(survey.lists[l].name)"
    case .list(let e): return "list of \(e.spelling(survey))"
    case .grid: return "grid"
    case .error: return "error"
    }
  }
}
