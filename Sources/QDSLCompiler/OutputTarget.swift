// The files `qdsl compile` can write: one case per target, its file suffix and its renderer.

import QDSLSemantics

/// One output file of the compiler.
public enum OutputTarget: String, CaseIterable, Sendable {
  case form
  case codebookMarkdown = "codebook-md"
  case codebookHTML = "codebook-html"
  case codebookCSV = "codebook-csv"
  case ddi
  case spss
  case stata

  /// The suffix after the input's stem: `STEM.form.json`.
  public var fileSuffix: String {
    switch self {
    case .form: return ".form.json"
    case .codebookMarkdown: return ".codebook.md"
    case .codebookHTML: return ".codebook.html"
    case .codebookCSV: return ".codebook.csv"
    case .ddi: return ".ddi.xml"
    case .spss: return ".sps"
    case .stata: return ".do"
    }
  }

  /// Renders the target for a checked survey; `language` selects the language of one-language outputs.
  public func render(_ survey: Survey, codebook: @autoclosure () -> Codebook, language: String) -> String {
    switch self {
    case .form: return FormDocument.render(survey)
    case .codebookMarkdown: return CodebookMarkdown.render(codebook(), language: language)
    case .codebookHTML: return CodebookHTML.render(codebook(), language: language)
    case .codebookCSV: return CodebookCSV.render(codebook())
    case .ddi: return DDIWriter.render(codebook())
    case .spss: return SPSSWriter.render(codebook(), language: language)
    case .stata: return StataWriter.render(codebook(), language: language)
    }
  }
}
