// The item tree of a survey: sections, questions, grids, calculates, notes, conditions and ends.

import QDSLSyntax

/// The answer type of a question as declared, with its bounds.
public enum QuestionType: Sendable {
  case integer(min: Int?, max: Int?)
  case decimal(min: Double?, max: Double?)
  case text(maxLength: Int?)
  case date
  case time, datetime
  case oneOf(ListID)
  case manyOf(ListID)
  /// `rank of LIST`: every option of the list gets a rank, 1 for the first (Checker+Order.swift).
  case rank(ListID)
  /// A type that could not be resolved (already reported).
  case invalid
}

/// A `check COND { message }` on a question; a `soft check` may be confirmed and passed.
public struct Check: Sendable {
  public var condition: Expr
  public var message: TranslatedText?
  public var keywordRange: TextRange
  /// `soft check`: when it fails the respondent sees the message and may confirm the answer and go on.
  public var isSoft: Bool = false
}

/// `text if COND { … }`: shown instead of the plain text when COND holds; the first variant that holds wins.
public struct TextVariant: Sendable {
  public var condition: Expr
  public var text: TranslatedText
  /// The range of `text if`.
  public var keywordRange: TextRange
}

/// The question and option an "other, please specify" text answers (`partners_other` for `partners` == `other`).
public struct SpecifyOrigin: Sendable, Equatable {
  public var question: VariableID
  public var list: ListID
  /// The option's index in the list.
  public var option: Int

  public init(question: VariableID, list: ListID, option: Int) {
    self.question = question
    self.list = list
    self.option = option
  }
}

public struct Question: Sendable {
  public var variable: VariableID
  public var type: QuestionType
  public var isRequired: Bool
  public var text: TranslatedText?
  public var hint: TranslatedText?
  public var checks: [Check]
  /// `shuffle`: the options are shown in a seeded random order (`fixed` options keep their place), recorded in
  /// the data-file variable `orderVariable` (`Q_order`). Nil when the question is not shuffled.
  public var shuffle: ShuffleOrder? = nil
  /// `where COND`: only the options of the question's list for which it holds are offered (`option.ATTR` names
  /// the candidate option's attribute).
  public var filter: Expr? = nil
  /// The text variants, in source order, tried before the plain text.
  public var variants: [TextVariant] = []
  /// `default EXPR`: the answer filled in when the question is first shown unanswered.
  public var defaultValue: Expr?
  /// Set for the text of an option's `specify` prompt, which the checker adds right after its question.
  public var specifies: SpecifyOrigin? = nil
}

/// A randomised order (of a question's options or a section's items) and the data-file variable that records the
/// order shown: `Q_order` holds option codes, `SECTION_order` item names, each separated by one space.
public struct ShuffleOrder: Sendable, Equatable {
  /// The data-file name of the text variable recording the order shown.
  public var orderVariable: String
  /// The `shuffle` keyword.
  public var keywordRange: TextRange
}

public struct GridRow: Sendable {
  public var name: String
  public var nameRange: TextRange
  public var label: TranslatedText?
  public var variable: VariableID
}

public struct Grid: Sendable {
  public var variable: VariableID
  public var list: ListID?
  public var isRequired: Bool
  public var text: TranslatedText?
  public var hint: TranslatedText?
  public var rows: [GridRow]
  /// The text variants, in source order, tried before the plain text.
  public var variants: [TextVariant] = []
}

public struct Calculate: Sendable {
  public var variable: VariableID
  public var formula: Expr
}

public struct Note: Sendable {
  public var name: String
  public var nameRange: TextRange
  public var text: TranslatedText?
  public var hint: TranslatedText?
  /// The text variants, in source order, tried before the plain text.
  public var variants: [TextVariant] = []
}

public struct Section: Sendable {
  public var name: String
  public var nameRange: TextRange
  public var title: TranslatedText?
  public var items: [Item]
  /// `section NAME shuffle`: its items are asked in a seeded random order (none of them reads another).
  public var shuffle: ShuffleOrder? = nil
}

/// One branch of an `if`: `if`/`else if` have a condition, `else` has none.
public struct Branch: Sendable {
  public var condition: Expr?
  public var keywordRange: TextRange
  /// The universe of the branch's items.
  public var universe: UniverseID
  public var items: [Item]
}

public struct Conditional: Sendable {
  public var branches: [Branch]

  /// Whether the checker made it to ask an option's specify text (`if partners contains other`): it is not in
  /// the source, and its condition's range is the option's `specify` keyword.
  public var asksSpecifyText: Bool {
    guard branches.count == 1, branches[0].items.count == 1, case .question(let q) = branches[0].items[0].kind else {
      return false
    }
    return q.specifies != nil
  }
}

/// A repeat: its items are asked once per iteration; it is the level `level` of the data.
public struct Repeat: Sendable {
  public var level: LevelID
  public var name: String
  public var nameRange: TextRange
  public var title: TranslatedText?
  public var items: [Item]
}

public struct EndItem: Sendable {
  public var message: TranslatedText?
  public var keywordRange: TextRange
}

/// An item and the universe it is asked in.
public struct Item: Sendable {
  public indirect enum Kind: Sendable {
    case section(Section)
    case question(Question)
    case grid(Grid)
    case calculate(Calculate)
    case note(Note)
    case conditional(Conditional)
    case `repeat`(Repeat)
    case end(EndItem)
  }

  public var kind: Kind
  public var universe: UniverseID
  /// The whole item in source.
  public var range: TextRange
}

extension Survey {
  /// The name an item is recorded by in the order column of a shuffled section (`SECTION_order`): a section's,
  /// note's or repeat's name, a variable's name, or `if` and `end`.
  public func orderName(of item: Item) -> String {
    switch item.kind {
    case .section(let s): return s.name
    case .question(let q): return variables[q.variable].name
    case .grid(let g): return variables[g.variable].name
    case .calculate(let c): return variables[c.variable].name
    case .note(let n): return n.name
    case .repeat(let r): return r.name
    case .conditional: return "if"
    case .end: return "end"
    }
  }
}
