// The one table of language names: each BCP 47 tag qdsl knows by name with its English name (messages, XForm
// translations) and its own name (the preview page's language menu). Tags are looked up in any case.

/// A language's names: in English, and in the language itself as a language menu shows it.
public struct LanguageName: Sendable, Equatable {
  public let english: String
  public let native: String
}

/// The languages that surveys in the Nordic countries and Europe use most, and their regional variants that qdsl
/// names on their own.
public enum LanguageNames {
  /// By lower-case tag.
  static let table: [String: LanguageName] = [
    "ar": .init(english: "Arabic", native: "العربية"),
    "bg": .init(english: "Bulgarian", native: "Български"),
    "cs": .init(english: "Czech", native: "Čeština"),
    "da": .init(english: "Danish", native: "Dansk"),
    "de": .init(english: "German", native: "Deutsch"),
    "el": .init(english: "Greek", native: "Ελληνικά"),
    "en": .init(english: "English", native: "English"),
    "es": .init(english: "Spanish", native: "Español"),
    "et": .init(english: "Estonian", native: "Eesti"),
    "fa": .init(english: "Persian", native: "فارسی"),
    "fi": .init(english: "Finnish", native: "Suomi"),
    "fo": .init(english: "Faroese", native: "Føroyskt"),
    "fr": .init(english: "French", native: "Français"),
    "ga": .init(english: "Irish", native: "Gaeilge"),
    "hr": .init(english: "Croatian", native: "Hrvatski"),
    "hu": .init(english: "Hungarian", native: "Magyar"),
    "is": .init(english: "Icelandic", native: "Íslenska"),
    "it": .init(english: "Italian", native: "Italiano"),
    "ja": .init(english: "Japanese", native: "日本語"),
    "kl": .init(english: "Greenlandic", native: "Kalaallisut"),
    "ko": .init(english: "Korean", native: "한국어"),
    "ku": .init(english: "Kurdish", native: "Kurdî"),
    "lt": .init(english: "Lithuanian", native: "Lietuvių"),
    "lv": .init(english: "Latvian", native: "Latviešu"),
    "nb": .init(english: "Norwegian Bokmål", native: "Norsk bokmål"),
    "nl": .init(english: "Dutch", native: "Nederlands"),
    "nn": .init(english: "Norwegian Nynorsk", native: "Norsk nynorsk"),
    "no": .init(english: "Norwegian", native: "Norsk"),
    "pl": .init(english: "Polish", native: "Polski"),
    "pt": .init(english: "Portuguese", native: "Português"),
    "ro": .init(english: "Romanian", native: "Română"),
    "ru": .init(english: "Russian", native: "Русский"),
    "se": .init(english: "Northern Sami", native: "Davvisámegiella"),
    "sk": .init(english: "Slovak", native: "Slovenčina"),
    "sl": .init(english: "Slovenian", native: "Slovenščina"),
    "smn": .init(english: "Inari Sami", native: "Anarâškielâ"),
    "sms": .init(english: "Skolt Sami", native: "Sääʹmǩiõll"),
    "so": .init(english: "Somali", native: "Soomaali"),
    "sq": .init(english: "Albanian", native: "Shqip"),
    "sr": .init(english: "Serbian", native: "Српски"),
    "sv": .init(english: "Swedish", native: "Svenska"),
    "sv-fi": .init(english: "Swedish (Finland)", native: "Svenska (Finland)"),
    "th": .init(english: "Thai", native: "ไทย"),
    "ti": .init(english: "Tigrinya", native: "ትግርኛ"),
    "tr": .init(english: "Turkish", native: "Türkçe"),
    "uk": .init(english: "Ukrainian", native: "Українська"),
    "ur": .init(english: "Urdu", native: "اردو"),
    "vi": .init(english: "Vietnamese", native: "Tiếng Việt"),
    "zh": .init(english: "Chinese", native: "中文"),
  ]

  /// The names of exactly this tag (`sv-FI`: Swedish (Finland)), in any case; nil for a tag not in the table.
  public static func exact(_ tag: String) -> LanguageName? { table[tag.lowercased()] }

  /// The names of a tag's primary subtag (`sv-FI`: Swedish); nil when it is not in the table.
  public static func primary(_ tag: String) -> LanguageName? { table[LanguageTag.primary(tag)] }

  /// The names of a tag itself, else of its primary subtag (`en-GB`: English).
  public static func name(_ tag: String) -> LanguageName? { exact(tag) ?? primary(tag) }

  /// The tag of a language's English name, in any case ("swedish" → sv); regional variants are not offered.
  public static func tag(englishName: String) -> String? { byEnglishName[englishName.lowercased()] }

  /// The tag of a language's English or native name, in any case and with the tag itself accepted ("Français",
  /// "français", "French" and "fr" → fr; "Norsk bokmål" → nb); regional variants are not offered. Used by the
  /// XLSForm importer for columns such as `label::Français`.
  public static func tag(name: String) -> String? {
    let key = name.lowercased()
    if let tag = byEnglishName[key] ?? byNativeName[key] { return tag }
    return table[key] != nil && !key.contains("-") ? key : nil
  }

  private static let byNativeName: [String: String] = Dictionary(
    table.filter { !$0.key.contains("-") }.map { ($0.value.native.lowercased(), $0.key) }, uniquingKeysWith: min)

  private static let byEnglishName: [String: String] = Dictionary(
    uniqueKeysWithValues: table.filter { !$0.key.contains("-") }.map { ($0.value.english.lowercased(), $0.key) })
}
