// What each column of a level's data file holds, resolved once per file instead of once per cell: the variable
// behind a value column (its kind looked up once), the 0/1 and rank columns of each `many of` and `rank of`
// question gathered, and the calculates apart. With DataFileRow, a record becomes the evaluator's answers with no
// dictionary lookup per cell and no string for a cell that is a whole number.

import QDSLFormRuntime

/// The columns of one level's data file, by role, with their place in the file's header.
public struct DataColumnPlan: Sendable {
  /// A column holding one variable's value (a question, grid row, paradata or sample variable, or a calculate).
  public struct Value: Sendable {
    /// The column's index in `FormDataLevel.columns`, and its cell's in the file (nil: the file lacks it).
    public var column: Int
    public var cell: Int?
    public var variable: FormVariable
  }

  /// The columns of one `many of` (0/1 flags) or `rank of` (ranks) question.
  public struct Options: Sendable {
    public var variable: String
    public var isRank: Bool
    /// Per option: the column's index in `FormDataLevel.columns`, its cell's in the file, the option's code.
    public var columns: [(column: Int, cell: Int?, code: Int)]
  }

  public let level: FormDataLevel
  /// Answered values in column order (calculates excluded).
  public private(set) var values: [Value] = []
  public private(set) var calculates: [Value] = []
  public private(set) var options: [Options] = []
  /// The cell of each column of the level (nil: missing from the file).
  public let cells: [Int?]

  /// `cells[k]`: where column `k` of `level` is in the file's header.
  public init(level: FormDataLevel, cells: [Int?], variables: [String: FormVariable]) {
    self.level = level
    self.cells = cells
    var group: [String: Int] = [:]
    for (k, column) in level.columns.enumerated() {
      let cell = k < cells.count ? cells[k] : nil
      switch column.role {
      case .record, .iteration, .iterationOption, .order: continue
      case .flag(let code), .rank(let code):
        let isRank: Bool
        if case .rank = column.role { isRank = true } else { isRank = false }
        if let g = group[column.variable] {
          options[g].columns.append((k, cell, code))
        } else {
          group[column.variable] = options.count
          options.append(Options(variable: column.variable, isRank: isRank, columns: [(k, cell, code)]))
        }
      case .value:
        guard let variable = variables[column.variable] else { continue }
        if case .calculate = variable.kind {
          calculates.append(Value(column: k, cell: cell, variable: variable))
        } else {
          values.append(Value(column: k, cell: cell, variable: variable))
        }
      }
    }
  }

  /// The plan for a file whose header is `header` (the cells of its first row).
  public init(level: FormDataLevel, header: [String], variables: [String: FormVariable]) {
    var position: [String: Int] = [:]
    for (i, name) in header.enumerated() where position[name] == nil { position[name] = i }
    self.init(level: level, cells: level.columns.map { position[$0.name] }, variables: variables)
  }

  /// Cell `cell` of `row` as an answer of a variable of kind `kind`, or nil when it is not one (the same reading
  /// as a string cell gets: a whole number, else a decimal of digits, `.` and `-`; a code is a whole number).
  /// An empty cell is not an answer: test `row.isEmpty` first.
  public static func answer(_ row: DataFileRow, _ cell: Int, _ kind: FormVariable.Kind) -> AnswerValue? {
    func number() -> AnswerValue? {
      if let i = row.integer(cell) { return .number(.integer(i)) }
      let r = row.cells[cell]
      guard row.bytes[r].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }),
        let d = Double(row.text(cell))
      else { return nil }
      return .number(.decimal(d))
    }
    switch kind {
    case .gridRow: return row.integer(cell).map { .code($0) }
    case .paradata(let p):
      switch p {
      case .start, .end: return .datetime(row.text(cell))
      case .today: return .date(row.text(cell))
      default: return .text(row.text(cell))
      }
    case .calculate: return nil
    case .question(let type), .sample(let type):
      switch type {
      case .integer, .decimal: return number()
      case .text: return .text(row.text(cell))
      case .date: return .date(row.text(cell))
      case .time: return .time(row.text(cell))
      case .datetime: return .datetime(row.text(cell))
      case .one: return row.integer(cell).map { .code($0) }
      case .many, .rank: return nil
      }
    }
  }
}
