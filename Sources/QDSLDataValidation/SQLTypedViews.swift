// The data of each level with its types, for analysis once the findings are dealt with: a view per level
// (`SURVEY__typed`, `SURVEY__REPEAT__typed`) over the loaded text tables, each column cast to its type (a cell that
// is not a value of it is NULL, and a finding), with the level's key named in a comment: the tables hold every cell
// as text and declare no key, so that faulty files load and duplicate keys are found (QD6010) instead of refused.

import QDSLFormRuntime

extension SQLWriter {
  /// The key columns of a level: `record_id`, then the iteration numbers (and a `for each` option's code).
  func keyColumns(_ level: FormDataLevel) -> [String] {
    level.columns.filter {
      switch $0.role {
      case .record, .iteration, .iterationOption: true
      default: false
      }
    }.map(\.name)
  }

  /// The SQL type of a column and the expression that casts its text `t` to it (NULL when it is not a value).
  func typed(_ column: FormDataColumn, _ t: String) -> String {
    let integer = dialect.toBigint(t, syntax: dialect.fullMatch(t, SQLCells.integerSyntax))
    let decimal = dialect.toDouble(t, syntax: dialect.fullMatch(t, SQLCells.numberSyntax))
    let date = "CASE WHEN \(dialect.fullMatch(t, SQLCells.dateSyntax)) THEN \(dialect.toDate(t)) END"
    switch column.role {
    case .record, .order: return t
    case .iteration, .iterationOption, .flag, .rank: return integer
    case .value:
      switch variables[column.variable]?.kind {
      case .question(let type), .sample(let type):
        switch type {
        case .integer, .one: return integer
        case .decimal: return decimal
        case .date: return date
        case .text, .time, .datetime, .many, .rank: return t
        }
      case .gridRow: return integer
      case .calculate(let type):
        switch type {
        case .integer, .one, .boolean: return integer
        case .decimal: return decimal
        case .date: return date
        case .text, .time, .datetime: return t
        }
      case .paradata(let kind):
        return kind == .today ? date : t
      case nil: return t
      }
    }
  }

  /// A view per level with its columns typed, and its key in a comment.
  func typedViews() -> String {
    var out =
      "-- Each level's data with types, for analysis (a cell that is not a value of its type is NULL there and a "
    out += "finding below).\n"
    for level in layout.levels {
      let name = table(level)
      out += "-- Key of \(name): \(keyColumns(level).joined(separator: ", ")) (unique once QD6010 finds nothing).\n"
      let columns = level.columns.map { c -> String in
        let t = dialect.name(c.name)
        return typed(c, t) + " AS " + t
      }
      out += "CREATE VIEW \(dialect.name(name + "__typed")) AS SELECT\n  " + columns.joined(separator: ",\n  ")
      out += "\nFROM \(dialect.name(name));\n"
    }
    return out + "\n"
  }
}
