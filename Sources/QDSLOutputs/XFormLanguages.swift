// The language names of XForm translations: ODK Collect and Enketo read "English (en)" as the language English
// with the tag en, so each qdsl language tag is written as its English name and the tag in parentheses.

enum XFormLanguages {
  /// English names of the primary language subtags that surveys in the Nordic countries and Europe use most.
  static let names: [String: String] = [
    "ar": "Arabic", "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fo": "Faroese",
    "fr": "French", "ga": "Irish", "hr": "Croatian", "hu": "Hungarian", "is": "Icelandic", "it": "Italian",
    "ja": "Japanese", "kl": "Greenlandic", "ko": "Korean", "ku": "Kurdish", "lt": "Lithuanian", "lv": "Latvian",
    "nb": "Norwegian Bokmål", "nl": "Dutch", "nn": "Norwegian Nynorsk", "no": "Norwegian", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "se": "Northern Sami", "sk": "Slovak",
    "sl": "Slovenian", "smn": "Inari Sami", "sms": "Skolt Sami", "so": "Somali", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "th": "Thai", "ti": "Tigrinya", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "vi": "Vietnamese", "zh": "Chinese",
  ]

  /// `Finnish (fi)`, `Swedish (sv-FI)`; a tag without a known name is written as `sme (sme)`.
  static func name(_ tag: String) -> String {
    let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? tag
    return "\(names[primary] ?? tag) (\(tag))"
  }
}
