// The item tree of a survey: sections, questions, grids, calculates, notes, conditions and ends.

import QDSLSyntax

/// The answer type of a question as declared, with its bounds.
public enum QuestionType: Sendable {
  case integer(min: Int?, max: Int?)
  case decimal(min: Double?, max: Double?)
  case text(maxLength: Int?)
  case date
  case oneOf(ListID)
  case manyOf(ListID)
  /// A type that could not be resolved (already reported).
  case invalid
}

/// A `check COND { message }` on a question.
public struct Check: Sendable {
  public var condition: Expr
  public var message: TranslatedText?
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
  /// Set for the text of an option's `specify` prompt, which the checker adds right after its question.
  public var specifies: SpecifyOrigin? = nil
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
}

public struct Section: Sendable {
  public var name: String
  public var nameRange: TextRange
  public var title: TranslatedText?
  public var items: [Item]
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
