// The words `qdsl import` writes into an imported instrument itself, in each of its languages: the question it adds
// to a repeat that XLSForm leaves open ("add another?") and that question's answers.

/// The importer's own words in one language.
public struct ImportWords: Sendable, Equatable {
  /// The question asked at the end of each iteration of a repeat that has no count.
  public let addAnother: String
  public let yes: String
  public let no: String
  /// The message of a constraint that the XLSForm gives without one.
  public let notAccepted: String
  /// The prompt of the text asked after an "other" option (`or_other`).
  public let specifyOther: String
  /// The label of the option `or_other` adds.
  public let other: String

  static let english = ImportWords(
    addAnother: "Add another?", yes: "Yes", no: "No", notAccepted: "This answer is not accepted.",
    specifyOther: "Specify other.", other: "Other")
  static let finnish = ImportWords(
    addAnother: "Lisätäänkö vielä yksi?", yes: "Kyllä", no: "Ei", notAccepted: "Tätä vastausta ei hyväksytä.",
    specifyOther: "Täsmennä muu.", other: "Muu")
  static let swedish = ImportWords(
    addAnother: "Lägga till en till?", yes: "Ja", no: "Nej", notAccepted: "Det här svaret godtas inte.",
    specifyOther: "Ange annat.", other: "Annat")
  static let norwegianBokmal = ImportWords(
    addAnother: "Legge til en til?", yes: "Ja", no: "Nei", notAccepted: "Dette svaret godtas ikke.",
    specifyOther: "Angi annet.", other: "Annet")
  static let norwegianNynorsk = ImportWords(
    addAnother: "Leggje til ein til?", yes: "Ja", no: "Nei", notAccepted: "Dette svaret vert ikkje godteke.",
    specifyOther: "Oppgje anna.", other: "Anna")
  static let danish = ImportWords(
    addAnother: "Tilføje en til?", yes: "Ja", no: "Nej", notAccepted: "Dette svar accepteres ikke.",
    specifyOther: "Angiv andet.", other: "Andet")
  static let german = ImportWords(
    addAnother: "Weitere hinzufügen?", yes: "Ja", no: "Nein", notAccepted: "Diese Antwort wird nicht akzeptiert.",
    specifyOther: "Bitte Sonstiges angeben.", other: "Sonstiges")
  static let french = ImportWords(
    addAnother: "En ajouter un autre ?", yes: "Oui", no: "Non", notAccepted: "Cette réponse n’est pas acceptée.",
    specifyOther: "Précisez autre.", other: "Autre")
  static let spanish = ImportWords(
    addAnother: "¿Añadir otro?", yes: "Sí", no: "No", notAccepted: "Esta respuesta no se acepta.",
    specifyOther: "Especifique otro.", other: "Otro")

  static let table: [String: ImportWords] = [
    "en": .english, "fi": .finnish, "sv": .swedish, "nb": .norwegianBokmal, "no": .norwegianBokmal,
    "nn": .norwegianNynorsk, "da": .danish, "de": .german, "fr": .french, "es": .spanish,
  ]
}

extension Words {
  /// The importer's words for a language tag (English when the table has none for it).
  public static func importing(for tag: String) -> ImportWords {
    Words.lookup(tag, in: ImportWords.table) ?? .english
  }
}
