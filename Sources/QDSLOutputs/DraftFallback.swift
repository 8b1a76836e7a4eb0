// A draft language's missing texts: what every output shows instead, the source language's text, text by text
// (docs/language.md, "Draft languages"). The form JSON leaves them absent and lets its runtimes fall back; the
// XForm and the codebooks write the fallback themselves.

import QDSLSemantics

extension TranslatedText {
  /// The template shown in `language`: its own, else (a draft language's missing text) the source language's.
  func shown(_ language: String, in survey: Survey) -> TextTemplate? {
    if let own = template(language) { return own }
    return survey.sourceLanguage.flatMap { template($0) }
  }

  /// Whether the text lacks `language` and shows the source language's text instead.
  func fallsBack(_ language: String, in survey: Survey) -> Bool {
    template(language) == nil && survey.sourceLanguage.map { template($0) != nil } == true
  }
}
