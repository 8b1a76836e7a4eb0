// The language names of XForm translations: ODK Collect and Enketo read "English (en)" as the language English
// with the tag en, so each qdsl language tag is written as its English name (QDSLWords) and the tag in parentheses.

import QDSLWords

enum XFormLanguages {
  /// `Finnish (fi)`, `Swedish (sv-FI)` (the primary subtag's name); a tag without a known name is written as
  /// `sme (sme)`.
  static func name(_ tag: String) -> String {
    "\(LanguageNames.primary(tag)?.english ?? tag) (\(tag))"
  }
}
