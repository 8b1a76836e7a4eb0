// Levels of the data: the instrument's own (one row per record) and one per repeat (one row per iteration),
// with what drives each repeat, its most iterations and the key columns of its data file.

import QDSLSyntax

/// Index of a level in `Survey.levels`; 0 is the instrument's own level.
public typealias LevelID = Int

/// What decides how many times a repeat runs.
public enum RepeatDriver: Sendable {
  /// The instrument's own level, which runs once.
  case none
  /// `count EXPR`: as many iterations as the whole number says (missing or negative: none).
  case count(Expr)
  /// `for each Q`: one iteration per option chosen in the `many of` question, in list order.
  case forEachQuestion(VariableID, ListID)
  /// `for each LIST`: one iteration per option of the list.
  case forEachList(ListID)
  /// `for each R`: one iteration per iteration of an earlier repeat.
  case forEachRepeat(LevelID)
  /// `max N while COND`: "add another"; the condition is tested at the end of each iteration.
  case addAnother(Expr)
  /// A driver that could not be understood (already reported).
  case invalid
}

/// A level of the data: the instrument, or a repeat.
public struct Level: Sendable {
  public var name: String
  public var nameRange: TextRange
  /// The enclosing level (nil for the instrument).
  public var parent: LevelID?
  /// 0 for the instrument, 1 for a repeat at the top, 2 for a repeat inside it…
  public var depth: Int
  public var driver: RepeatDriver
  /// The most iterations (1 for the instrument).
  public var maxIterations: Int
  public var title: TranslatedText?
  /// The key columns of the level's data file: `record_id`, each enclosing repeat's `R_index`, its own
  /// `R_index`, and for a `for each` over options `R` (the option's code).
  public var keys: [String]
  /// The choice list a `for each` over options iterates (its iterations' options), else nil.
  public var optionList: ListID?
  /// The declaration ordinal where the repeat starts: variables before it are read as one value.
  public var ordinal: Int
  /// The ordinal just past its last declaration: an aggregate over it may be read from here on (-1 until its
  /// items are lowered).
  public var endOrdinal: Int

  /// The instrument's own level.
  static let instrument = Level(
    name: "", nameRange: TextRange(0, 0), parent: nil, depth: 0, driver: .none, maxIterations: 1,
    title: nil, keys: ["record_id"], optionList: nil, ordinal: 0, endOrdinal: 0)
}

/// The aggregates that read a repeat from outside it.
public enum Aggregate: String, Sendable, CaseIterable {
  case count, sum, min, max, any, all
}

extension Survey {
  /// The level of this name (a repeat's name).
  public func level(named name: String) -> LevelID? { levelIndex[name] }

  /// Whether `ancestor` is `level` or encloses it.
  public func encloses(_ ancestor: LevelID, _ level: LevelID) -> Bool {
    var l: LevelID? = level
    while let current = l {
      if current == ancestor { return true }
      l = levels[current].parent
    }
    return false
  }

  /// The repeats from the outermost to `level` itself (empty for the instrument).
  public func levelPath(_ level: LevelID) -> [LevelID] {
    var out: [LevelID] = []
    var l = level
    while l != 0 {
      out.append(l)
      l = levels[l].parent ?? 0
    }
    return out.reversed()
  }
}
