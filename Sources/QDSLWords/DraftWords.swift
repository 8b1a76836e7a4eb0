// The words a codebook writes about draft languages (translations in progress): the mark after a draft language in
// the list of languages, and the sentence saying how a text it lacks is shown.

/// The codebook's words about draft languages in one language.
public struct DraftWords: Sendable, Equatable {
  /// After a draft language's tag in the list of languages: "nb (draft)".
  public let draft: String
  /// Under the list of languages: texts a draft lacks are the source language's, marked with its tag in brackets;
  /// `{mark}` is replaced by the mark ("[en]").
  public let fallbackNote: String

  static let english = DraftWords(
    draft: "draft",
    fallbackNote: "A text that a draft language lacks is shown in the source language, marked {mark}.")
  static let finnish = DraftWords(
    draft: "luonnos",
    fallbackNote: "Teksti, joka luonnoskieleltä puuttuu, näytetään lähdekielellä merkittynä {mark}.")
  static let swedish = DraftWords(
    draft: "utkast",
    fallbackNote: "En text som ett utkastspråk saknar visas på källspråket, märkt {mark}.")
  static let norwegianBokmal = DraftWords(
    draft: "utkast",
    fallbackNote: "En tekst som et utkastspråk mangler, vises på kildespråket, merket {mark}.")
  static let norwegianNynorsk = DraftWords(
    draft: "utkast",
    fallbackNote: "Ein tekst som eit utkastspråk manglar, vert vist på kjeldespråket, merkt {mark}.")
  static let danish = DraftWords(
    draft: "udkast",
    fallbackNote: "En tekst, som et udkastsprog mangler, vises på kildesproget, mærket {mark}.")
  static let german = DraftWords(
    draft: "Entwurf",
    fallbackNote: "Ein Text, der einer Entwurfssprache fehlt, steht in der Ausgangssprache, markiert mit {mark}.")
  static let french = DraftWords(
    draft: "brouillon",
    fallbackNote: "Un texte absent d'une langue en brouillon figure dans la langue source, marqué {mark}.")
  static let spanish = DraftWords(
    draft: "borrador",
    fallbackNote: "Un texto que falta en un idioma en borrador aparece en el idioma de origen, marcado {mark}.")

  static let table: [String: DraftWords] = [
    "en": .english, "fi": .finnish, "sv": .swedish, "nb": .norwegianBokmal, "no": .norwegianBokmal,
    "nn": .norwegianNynorsk, "da": .danish, "de": .german, "fr": .french, "es": .spanish,
  ]

  /// The note with its mark put in.
  public func note(mark: String) -> String { fallbackNote.replacing("{mark}", with: mark) }
}

extension Words {
  /// The draft words for a language tag (English when the table has none for it).
  public static func draft(for tag: String) -> DraftWords {
    Words.lookup(tag, in: DraftWords.table) ?? .english
  }
}
