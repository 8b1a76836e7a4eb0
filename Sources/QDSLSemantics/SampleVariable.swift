// Sample variables: typed values that come from the sample file (the business name, the address), never asked.

import QDSLSyntax

/// A `sample NAME: TYPE [optional] { text … }` declaration.
public struct SampleVariable: Sendable {
  public var variable: VariableID
  /// What the value is, in every language (the codebook's label); nil when the declaration has no text.
  public var text: TranslatedText?
  /// Whether a sample row may lack the value (only then may a pipe of it show an empty value).
  public var isOptional: Bool
}
