// The one table of the words qdsl writes itself, per language: the codebook's words and the preview page's. A
// language tag finds its words in any case, by the whole tag or its primary subtag (`FI`, `fi-FI` → fi; Norwegian
// `no` → bokmål); a language, or a part of its words, that the table lacks gets English.

/// The words of each language qdsl writes in.
public enum Words {
  /// The words of one language: its codebook words and page words, nil where English stands in.
  struct Entry: Sendable {
    var codebook: CodebookWords?
    var page: PageWords?
  }

  /// By lower-case tag.
  static let table: [String: Entry] = [
    "en": Entry(codebook: .english, page: .english),
    "fi": Entry(codebook: .finnish, page: .finnish),
    "sv": Entry(codebook: .swedish, page: .swedish),
    "nb": Entry(codebook: .norwegianBokmal, page: .norwegianBokmal),
    "no": Entry(codebook: .norwegianBokmal, page: .norwegianBokmal),
    "nn": Entry(codebook: .norwegianNynorsk, page: .norwegianNynorsk),
    "da": Entry(codebook: .danish, page: .danish),
    "de": Entry(codebook: nil, page: .german),
    "fr": Entry(codebook: nil, page: .french),
    "es": Entry(codebook: nil, page: .spanish),
  ]

  /// The codebook's words for a language tag (English when the table has none for it).
  public static func codebook(for tag: String) -> CodebookWords {
    entry(tag) { $0.codebook } ?? .english
  }

  /// The preview page's words for a language tag (English when the table has none for it).
  public static func page(for tag: String) -> PageWords {
    entry(tag) { $0.page } ?? .english
  }

  /// The value for a language tag in a table of one kind of words by lower-case tag: the whole tag first, then its
  /// primary subtag; nil when the table has neither (the caller falls back to English).
  static func lookup<T>(_ tag: String, in table: [String: T]) -> T? {
    for key in LanguageTag.keys(tag) {
      if let found = table[key] { return found }
    }
    return nil
  }

  private static func entry<T>(_ tag: String, _ part: (Entry) -> T?) -> T? {
    for key in LanguageTag.keys(tag) {
      if let found = table[key].flatMap(part) { return found }
    }
    return nil
  }
}
