// A sample variable of the form (the form JSON's `sample[]`): a typed value that comes from the sample file before
// the interview starts, never asked; present for every respondent unless optional.

/// One sample variable: its name, type (as a question of that type would have), whether it may be absent, and the
/// text that says what it is.
public struct FormSample: Sendable, Equatable {
  public var variable: String
  public var type: FormQuestionType
  public var isOptional: Bool
  public var text: FormText?

  public init(variable: String, type: FormQuestionType, isOptional: Bool, text: FormText?) {
    self.variable = variable
    self.type = type
    self.isOptional = isOptional
    self.text = text
  }
}
