// The files `qdsl compile` can write: one case per target, its file suffix and its renderer.

import QDSLSemantics

/// One output file of the compiler.
public enum OutputTarget: String, CaseIterable, Sendable {
  case form

  /// The suffix after the input's stem: `STEM.form.json`.
  public var fileSuffix: String {
    switch self {
    case .form: return ".form.json"
    }
  }

  /// Renders the target for a checked survey; `language` selects the language of one-language outputs.
  public func render(_ survey: Survey, codebook: @autoclosure () -> Codebook, language: String) -> String {
    switch self {
    case .form: return FormDocument.render(survey)
    }
  }
}
