// The codebook's words about shuffled orders and rankings, one value per language: the label of the variable that
// records the order shown, what it holds, and what a rank variable holds. Kept apart from CodebookWords so that the
// words of one construct stay together; a language the table lacks gets English.

/// The words about shuffled orders and rankings in one language.
public struct OrderWords: Sendable, Equatable {
  /// Before the question text in the label of `Q_order`: "Order shown".
  public let orderShown: String
  /// What `Q_order` holds.
  public let optionCodesInOrder: String
  /// What `SECTION_order` holds.
  public let itemNamesInOrder: String
  /// What a rank variable holds.
  public let rankHolds: String
  /// Marks a question whose options are shuffled (or a section whose items are).
  public let shuffled: String

  static let english = OrderWords(
    orderShown: "Order shown", optionCodesInOrder: "the option codes in the order shown, separated by spaces",
    itemNamesInOrder: "the item names in the order asked, separated by spaces",
    rankHolds: "the option's rank: 1 for the first", shuffled: "shown in a random order")
  static let finnish = OrderWords(
    orderShown: "Näytetty järjestys",
    optionCodesInOrder: "vaihtoehtojen koodit näytetyssä järjestyksessä välilyönnein erotettuina",
    itemNamesInOrder: "kohtien nimet kysytyssä järjestyksessä välilyönnein erotettuina",
    rankHolds: "vaihtoehdon sija: 1 on ensimmäinen", shuffled: "näytetään satunnaisessa järjestyksessä")
  static let swedish = OrderWords(
    orderShown: "Visad ordning", optionCodesInOrder: "alternativens koder i visad ordning, åtskilda av mellanslag",
    itemNamesInOrder: "delarnas namn i den ordning de frågades, åtskilda av mellanslag",
    rankHolds: "alternativets rang: 1 är den första", shuffled: "visas i slumpmässig ordning")
  static let norwegianBokmal = OrderWords(
    orderShown: "Vist rekkefølge", optionCodesInOrder: "alternativenes koder i vist rekkefølge, skilt med mellomrom",
    itemNamesInOrder: "navnene på delene i rekkefølgen de ble spurt, skilt med mellomrom",
    rankHolds: "alternativets plass: 1 er den første", shuffled: "vises i tilfeldig rekkefølge")
  static let norwegianNynorsk = OrderWords(
    orderShown: "Vist rekkjefølgje",
    optionCodesInOrder: "koodane til alternativa i vist rekkjefølgje, skilde med mellomrom",
    itemNamesInOrder: "namna på delane i rekkjefølgja dei vart spurde, skilde med mellomrom",
    rankHolds: "plassen til alternativet: 1 er den første", shuffled: "vert vist i tilfeldig rekkjefølgje")
  static let danish = OrderWords(
    orderShown: "Vist rækkefølge", optionCodesInOrder: "svarmulighedernes koder i vist rækkefølge, adskilt af mellemrum",
    itemNamesInOrder: "delenes navne i den rækkefølge, de blev stillet, adskilt af mellemrum",
    rankHolds: "svarmulighedens placering: 1 er den første", shuffled: "vises i tilfældig rækkefølge")

  static let table: [String: OrderWords] = [
    "en": .english, "fi": .finnish, "sv": .swedish, "nb": .norwegianBokmal, "no": .norwegianBokmal,
    "nn": .norwegianNynorsk, "da": .danish,
  ]
}

extension Words {
  /// The words about shuffled orders and rankings for a language tag (English when the table has none for it).
  public static func order(for tag: String) -> OrderWords {
    for key in LanguageTag.keys(tag) {
      if let found = OrderWords.table[key] { return found }
    }
    return .english
  }
}
