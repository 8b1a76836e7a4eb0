// The words codebooks write about the options a question offers (issue 17, cascading and conditional options):
// attributes, option conditions and question filters. One entry per language; English stands in for the others.

/// The codebook's words about offered options in one language.
public struct OptionWords: Sendable, Equatable {
  /// `option.ATTR` in a filter written out: `{attribute}`.
  public let optionAttribute: String
  /// A field of a question: the filter its options pass (`{condition}` follows).
  public let optionsOffered: String
  /// After an option: the condition under which it is offered.
  public let offeredWhen: String
  /// A field or column: the attributes of a list's options.
  public let attributes: String

  /// The words for a language tag (English when the table has none for it).
  public static func words(for tag: String) -> OptionWords {
    Words.lookup(tag, in: table) ?? .english
  }

  /// Every word with its name, for the tests that check each language has them all.
  public var named: [(name: String, text: String)] {
    [
      ("optionAttribute", optionAttribute), ("optionsOffered", optionsOffered), ("offeredWhen", offeredWhen),
      ("attributes", attributes),
    ]
  }

  static let table: [String: OptionWords] = [
    "en": .english, "fi": .finnish, "sv": .swedish, "nb": .norwegianBokmal, "no": .norwegianBokmal,
    "nn": .norwegianNynorsk, "da": .danish,
  ]

  public static let english = OptionWords(
    optionAttribute: "the option's {attribute}", optionsOffered: "Options offered", offeredWhen: "offered when",
    attributes: "Attributes")
  public static let finnish = OptionWords(
    optionAttribute: "vaihtoehdon {attribute}", optionsOffered: "Tarjotut vaihtoehdot", offeredWhen: "tarjotaan, kun",
    attributes: "Ominaisuudet")
  public static let swedish = OptionWords(
    optionAttribute: "alternativets {attribute}", optionsOffered: "Alternativ som visas", offeredWhen: "visas när",
    attributes: "Egenskaper")
  public static let norwegianBokmal = OptionWords(
    optionAttribute: "alternativets {attribute}", optionsOffered: "Alternativer som vises", offeredWhen: "vises når",
    attributes: "Egenskaper")
  public static let norwegianNynorsk = OptionWords(
    optionAttribute: "alternativet sin {attribute}", optionsOffered: "Alternativ som blir viste",
    offeredWhen: "blir vist når", attributes: "Eigenskapar")
  public static let danish = OptionWords(
    optionAttribute: "svarmulighedens {attribute}", optionsOffered: "Svarmuligheder, der vises",
    offeredWhen: "vises, når",
    attributes: "Egenskaber")
}
