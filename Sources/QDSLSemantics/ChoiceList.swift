// Choice lists and their options: codes, names, translated labels, `exclusive` and `missing` flags, help
// under an option (`description`) and the prompt of an "other, please specify" answer (`specify`).

import QDSLSyntax

/// One option of a choice list.
public struct ChoiceOption: Sendable {
  public var code: Int
  public var name: String
  public var nameRange: TextRange
  public var codeRange: TextRange
  public var label: TranslatedText?
  public var isExclusive: Bool
  public var exclusiveRange: TextRange?
  public var isMissing: Bool
  /// `fixed`: keeps its place when a question using the list shuffles its options.
  public var isFixed: Bool = false
  /// The option's value of each attribute of its list, in the list's order (nil where not given: reported).
  public var attributes: [AttributeValue?] = []
  /// `if (COND)`: the option is offered only while it holds (nil: always offered).
  public var condition: Expr? = nil
  /// Help shown under the option (`description { … }`).
  public var description: TranslatedText? = nil
  /// The prompt of the option's "other, please specify" text (`specify { … }`): every question using the list
  /// gets a text variable `QUESTION_OPTION` for it, asked when the option is chosen.
  public var specify: TranslatedText? = nil
  /// The range of the `specify` keyword, when the option has one (set before the prompt is lowered).
  public var specifyRange: TextRange? = nil
  /// The range of the whole `specify { … }` part (what a fix removes).
  public var specifyPartRange: TextRange? = nil
}

/// A named choice list (`choices yes_no { … }`).
public struct ChoiceList: Sendable {
  public var name: String
  public var nameRange: TextRange
  public var range: TextRange
  public var options: [ChoiceOption]
  /// Option index by name (first declaration wins).
  public var optionIndex: [String: Int]
  /// The typed attributes every option gives (`choices region (country: country) { … }`).
  public var attributes: [ListAttribute] = []
  /// Attribute index by name (first declaration wins).
  public var attributeIndex: [String: Int] = [:]
  /// The indices of the options with a `specify` prompt, in list order (found once, when the list is declared).
  public var specifyOptions: [Int] = []

  public func option(named name: String) -> Int? { optionIndex[name] }

  /// Whether some option has a `specify` prompt.
  public var hasSpecify: Bool { !specifyOptions.isEmpty }

  /// The index of the option with a code, if any.
  public func option(code: Int) -> Int? { options.firstIndex { $0.code == code } }
}
