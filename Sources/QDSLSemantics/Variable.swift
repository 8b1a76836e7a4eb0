// Variables: the answers, grid rows and calculated values that end up in the data file.

import QDSLSyntax

/// What declares a variable.
public enum VariableKind: Sendable, Equatable {
  case question
  /// A grid's own name (holds no value; its rows do).
  case grid
  /// One row of a grid: the grid's variable and the row's name.
  case gridRow(grid: VariableID, row: String)
  case calculate
  /// A `paradata` field: filled by the collector (start, end, today, device, user), never asked.
  case paradata(ParadataKind)
  /// A `sample` variable: its value comes from the sample file, never asked; `optional` when it may be absent.
  case sample(optional: Bool)
}

/// A variable of the survey.
public struct Variable: Sendable {
  public var id: VariableID
  /// The name used in expressions: `staff`, or `culture.risk` for a grid row.
  public var name: String
  public var kind: VariableKind
  public var type: ValueType
  /// The declared answer type with bounds, for questions.
  public var questionType: QuestionType?
  public var isRequired: Bool
  /// Range of the declaring name (for a grid row, the row's name).
  public var nameRange: TextRange
  /// Declarations are numbered in document order; an expression may read variables with a smaller ordinal.
  public var ordinal: Int
  /// The conditions under which the variable is asked.
  public var universe: UniverseID
  /// Names of the data-file columns, after `many of` and grid expansion.
  public var dataNames: [String]
  /// Set when a later declaration reuses the name: lookups resolve to the first.
  public var isDuplicate: Bool
  /// The level whose data file holds it: 0 for the instrument, else the innermost repeat around it.
  public var level: LevelID = 0
  /// For the text answer of an option's `specify` prompt: the question and option it belongs to.
  public var specifies: SpecifyOrigin? = nil
}
