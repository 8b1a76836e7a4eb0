// The codebook's words about shuffled orders, one value per language: the label of the variable that records the
// order shown, and what it holds. Kept apart from CodebookWords so that the
// words of one construct stay together; a language the table lacks gets English.

/// The words about shuffled orders and rankings in one language.
public struct OrderWords: Sendable, Equatable {
  /// Before the question text in the label of `Q_order`: "Order shown".
  public let orderShown: String
  /// What `Q_order` holds.
  public let optionCodesInOrder: String
  /// What `SECTION_order` holds.
  public let itemNamesInOrder: String

  static let english = OrderWords(
    orderShown: "Order shown", optionCodesInOrder: "the option codes in the order shown, separated by spaces",
    itemNamesInOrder: "the item names in the order asked, separated by spaces")
  static let finnish = OrderWords(
    orderShown: "Näytetty järjestys",
    optionCodesInOrder: "vaihtoehtojen koodit näytetyssä järjestyksessä välilyönnein erotettuina",
    itemNamesInOrder: "kohtien nimet kysytyssä järjestyksessä välilyönnein erotettuina")
  static let swedish = OrderWords(
    orderShown: "Visad ordning", optionCodesInOrder: "alternativens koder i visad ordning, åtskilda av mellanslag",
    itemNamesInOrder: "delarnas namn i den ordning de frågades, åtskilda av mellanslag")
  static let norwegianBokmal = OrderWords(
    orderShown: "Vist rekkefølge", optionCodesInOrder: "alternativenes koder i vist rekkefølge, skilt med mellomrom",
    itemNamesInOrder: "navnene på delene i rekkefølgen de ble spurt, skilt med mellomrom")
  static let norwegianNynorsk = OrderWords(
    orderShown: "Vist rekkjefølgje",
    optionCodesInOrder: "koodane til alternativa i vist rekkjefølgje, skilde med mellomrom",
    itemNamesInOrder: "namna på delane i rekkjefølgja dei vart spurde, skilde med mellomrom")
  static let danish = OrderWords(
    orderShown: "Vist rækkefølge",
    optionCodesInOrder: "svarmulighedernes koder i vist rækkefølge, adskilt af mellemrum",
    itemNamesInOrder: "delenes navne i den rækkefølge, de blev stillet, adskilt af mellemrum")

  static let table: [String: OrderWords] = [
    "en": .english, "fi": .finnish, "sv": .swedish, "nb": .norwegianBokmal, "no": .norwegianBokmal,
    "nn": .norwegianNynorsk, "da": .danish,
  ]
}

extension Words {
  /// The words about shuffled orders and rankings for a language tag (English when the table has none for it).
  public static func order(for tag: String) -> OrderWords {
    Words.lookup(tag, in: OrderWords.table) ?? .english
  }
}
