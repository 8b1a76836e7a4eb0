// The codebook's words about text variants, defaults and soft checks, one value per language (English where the
// table has none): "Text if …", "Default", "Soft check".

/// The words a codebook writes about an item's text variants, a question's default and its soft checks.
public struct VariantWords: Sendable, Equatable {
  /// Before a text variant's condition in words: "Text if".
  public let textIf: String
  /// A question's default answer, a field.
  public let defaultAnswer: String
  /// A soft check, a field (instead of the word for a check).
  public let softCheck: String
  /// What a soft check means, after its condition.
  public let softCheckMeaning: String

  static let english = VariantWords(
    textIf: "Text if", defaultAnswer: "Default", softCheck: "Soft check",
    softCheckMeaning: "the respondent may confirm the answer and go on")
  static let finnish = VariantWords(
    textIf: "Teksti, jos", defaultAnswer: "Oletusvastaus", softCheck: "Pehmeä tarkistus",
    softCheckMeaning: "vastaaja voi vahvistaa vastauksen ja jatkaa")
  static let swedish = VariantWords(
    textIf: "Text om", defaultAnswer: "Förval", softCheck: "Mjuk kontroll",
    softCheckMeaning: "svaranden kan bekräfta svaret och gå vidare")
  static let norwegianBokmal = VariantWords(
    textIf: "Tekst hvis", defaultAnswer: "Forhåndsvalg", softCheck: "Myk kontroll",
    softCheckMeaning: "respondenten kan bekrefte svaret og gå videre")
  static let norwegianNynorsk = VariantWords(
    textIf: "Tekst viss", defaultAnswer: "Førehandsval", softCheck: "Mjuk kontroll",
    softCheckMeaning: "respondenten kan stadfeste svaret og gå vidare")
  static let danish = VariantWords(
    textIf: "Tekst hvis", defaultAnswer: "Standardsvar", softCheck: "Blød kontrol",
    softCheckMeaning: "respondenten kan bekræfte svaret og gå videre")

  /// By lower-case tag, for the languages the codebook's words have.
  static let table: [String: VariantWords] = [
    "en": english, "fi": finnish, "sv": swedish, "nb": norwegianBokmal, "no": norwegianBokmal,
    "nn": norwegianNynorsk, "da": danish,
  ]
}

extension Words {
  /// The words about text variants, defaults and soft checks for a language tag (English when the table has none).
  public static func variants(for tag: String) -> VariantWords {
    Words.lookup(tag, in: VariantWords.table) ?? .english
  }
}
