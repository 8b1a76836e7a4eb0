// The words a codebook writes about options' help (`description`) and "other, please specify" texts, one value per
// language. A table of its own, found like the codebook's words (English where a language has none).

/// The codebook's words about option descriptions and specify texts in one language.
public struct SpecifyWords: Sendable, Equatable {
  /// The heading of the column of option descriptions in a table of values.
  public let description: String
  /// A field of a specify text's entry: "Other, please specify".
  public let specify: String
  /// The value of that field: `{option}` (the option's label and code) and `{question}` (its question's name).
  public let specifyText: String

  /// The words with `{option}` filled in, split where `{question}` goes (so that a writer can mark the name up).
  public func specifyParts(option: String) -> (before: String, after: String) {
    let marker = "\u{0}"
    let filled = LevelWords.fill(specifyText, ["option": option, "question": marker])
    let parts = filled.split(separator: Character(marker), maxSplits: 1, omittingEmptySubsequences: false)
    return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
  }

  /// The words with `{option}` and `{question}` filled in.
  public func specifyText(option: String, question: String) -> String {
    LevelWords.fill(specifyText, ["option": option, "question": question])
  }

  static let english = SpecifyWords(
    description: "Description", specify: "Other, please specify",
    specifyText: "the text written in when {option} is chosen in {question}")
  static let finnish = SpecifyWords(
    description: "Kuvaus", specify: "Muu, mikä",
    specifyText: "vastaajan kirjoittama tarkennus, kun kysymyksessä {question} on valittu {option}")
  static let swedish = SpecifyWords(
    description: "Beskrivning", specify: "Annat, ange vad",
    specifyText: "texten som skrivs in när {option} väljs i {question}")
  static let norwegianBokmal = SpecifyWords(
    description: "Beskrivelse", specify: "Annet, spesifiser",
    specifyText: "teksten som skrives inn når {option} velges i {question}")
  static let norwegianNynorsk = SpecifyWords(
    description: "Skildring", specify: "Anna, spesifiser",
    specifyText: "teksten som vert skriven inn når {option} vert vald i {question}")
  static let danish = SpecifyWords(
    description: "Beskrivelse", specify: "Andet, angiv",
    specifyText: "teksten, der skrives ind, når {option} vælges i {question}")

  /// By lower-case tag: the languages with codebook words.
  static let table: [String: SpecifyWords] = [
    "en": .english, "fi": .finnish, "sv": .swedish, "nb": .norwegianBokmal, "no": .norwegianBokmal,
    "nn": .norwegianNynorsk, "da": .danish,
  ]
}

extension Words {
  /// The codebook's words about option descriptions and specify texts for a language tag (English when the table
  /// has none for it).
  public static func specify(for tag: String) -> SpecifyWords {
    Words.lookup(tag, in: SpecifyWords.table) ?? .english
  }
}
