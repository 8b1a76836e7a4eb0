// Values of the reference evaluator: answers as a collector hands them in (AnswerValue) and the values that
// expressions compute (FormValue), with the text a pipe shows for each.

/// An answer given by a respondent, keyed by the variable's name (`staff`, `kinds`, `culture.risk`).
public enum AnswerValue: Sendable, Equatable {
  /// An `integer` or `decimal` answer (`.number(120)`, `.number(1.5)`); whole numbers are exact.
  case number(FormNumber)
  /// A `text` answer; the empty text counts as no answer.
  case text(String)
  /// A `date` answer, `YYYY-MM-DD`.
  case date(String)
  /// A `time` answer, `HH:MM`, or a `datetime` answer, `YYYY-MM-DDTHH:MM`; also a paradata value.
  case time(String)
  case datetime(String)
  /// A `one of` answer or grid row: the option's code.
  case code(Int)
  /// A `many of` answer: the codes chosen; the empty set counts as no answer.
  case codes(Set<Int>)
  /// A `rank of` answer: the codes of every option of the list, most preferred first.
  case ranking([Int])
}

/// A value in an evaluation. A missing value is `nil` wherever a `FormValue?` appears.
public enum FormValue: Sendable, Equatable {
  case number(FormNumber)
  case text(String)
  case date(FormDate)
  case time(FormTime)
  case datetime(FormDateTime)
  /// An option, or a `one of` answer: the code.
  case code(Int)
  /// A `many of` answer.
  case codes(Set<Int>)
  case bool(Bool)
  /// A `rank of` answer: every option's code, most preferred first.
  case ranking([Int])

  /// A number as a pipe shows it: whole numbers without a decimal point (`12`), others with the shortest
  /// digits that read back to the same value (`1.5`).
  public static func format(_ x: Double) -> String {
    if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    return String(x)
  }
}
