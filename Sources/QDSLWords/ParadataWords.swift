// The words a codebook writes about paradata (what the collector records about the interview itself): the label
// of each kind of field and the sentence that stands where a question's universe would be.

/// The codebook's words about paradata in one language.
public struct ParadataWords: Sendable, Equatable {
  /// The label of a `start` field.
  public let start: String
  /// The label of an `end` field.
  public let end: String
  /// The label of a `today` field.
  public let today: String
  /// The label of a `device` field.
  public let device: String
  /// The label of a `user` field.
  public let user: String
  /// Instead of a universe: the collector fills the field in every interview.
  public let filledByCollector: String

  static let english = ParadataWords(
    start: "Start of the interview (paradata)", end: "End of the interview (paradata)",
    today: "Date of the interview (paradata)", device: "Device identifier (paradata)",
    user: "User name on the device (paradata)", filledByCollector: "Filled by the collector in every interview")
  static let finnish = ParadataWords(
    start: "Haastattelun alkamisaika (paradata)", end: "Haastattelun päättymisaika (paradata)",
    today: "Haastattelun päivämäärä (paradata)", device: "Laitteen tunniste (paradata)",
    user: "Laitteen käyttäjätunnus (paradata)",
    filledByCollector: "Tiedonkeruusovellus täyttää jokaisessa haastattelussa")
  static let swedish = ParadataWords(
    start: "Intervjuns början (paradata)", end: "Intervjuns slut (paradata)", today: "Intervjuns datum (paradata)",
    device: "Enhetens identifierare (paradata)", user: "Användarnamn på enheten (paradata)",
    filledByCollector: "Fylls i av insamlingsappen i varje intervju")
  static let norwegianBokmal = ParadataWords(
    start: "Intervjuets start (paradata)", end: "Intervjuets slutt (paradata)", today: "Intervjuets dato (paradata)",
    device: "Enhetens identifikator (paradata)", user: "Brukernavn på enheten (paradata)",
    filledByCollector: "Fylles ut av innsamlingsappen i hvert intervju")
  static let norwegianNynorsk = ParadataWords(
    start: "Start på intervjuet (paradata)", end: "Slutt på intervjuet (paradata)",
    today: "Dato for intervjuet (paradata)", device: "Identifikator for eininga (paradata)",
    user: "Brukarnamn på eininga (paradata)", filledByCollector: "Vert fylt ut av innsamlingsappen i kvart intervju")
  static let danish = ParadataWords(
    start: "Interviewets start (paradata)", end: "Interviewets slutning (paradata)",
    today: "Interviewets dato (paradata)", device: "Enhedens identifikator (paradata)",
    user: "Brugernavn på enheden (paradata)", filledByCollector: "Udfyldes af indsamlingsappen i hvert interview")
  static let german = ParadataWords(
    start: "Beginn des Interviews (Paradaten)", end: "Ende des Interviews (Paradaten)",
    today: "Datum des Interviews (Paradaten)", device: "Gerätekennung (Paradaten)",
    user: "Benutzername auf dem Gerät (Paradaten)",
    filledByCollector: "Von der Erhebungs-App in jedem Interview gefüllt")
  static let french = ParadataWords(
    start: "Début de l'entretien (paradonnées)", end: "Fin de l'entretien (paradonnées)",
    today: "Date de l'entretien (paradonnées)", device: "Identifiant de l'appareil (paradonnées)",
    user: "Nom d'utilisateur sur l'appareil (paradonnées)",
    filledByCollector: "Rempli par l'application de collecte à chaque entretien")
  static let spanish = ParadataWords(
    start: "Inicio de la entrevista (paradatos)", end: "Fin de la entrevista (paradatos)",
    today: "Fecha de la entrevista (paradatos)", device: "Identificador del dispositivo (paradatos)",
    user: "Nombre de usuario en el dispositivo (paradatos)",
    filledByCollector: "Lo completa la aplicación de recogida en cada entrevista")

  static let table: [String: ParadataWords] = [
    "en": .english, "fi": .finnish, "sv": .swedish, "nb": .norwegianBokmal, "no": .norwegianBokmal,
    "nn": .norwegianNynorsk, "da": .danish, "de": .german, "fr": .french, "es": .spanish,
  ]
}

extension Words {
  /// The paradata words for a language tag (English when the table has none for it).
  public static func paradata(for tag: String) -> ParadataWords {
    Words.lookup(tag, in: ParadataWords.table) ?? .english
  }
}
