// `qdsl compile --target sql`: the rules of `qdsl validate-data` as one SQL file (STEM.sql) for DuckDB,
// PostgreSQL or Spark SQL, written from the form JSON (FormModel) so that the SQL and the validator read the same
// rules. One table per level with every cell as text (a faulty file still loads), then a view `findings` with the
// columns of `validate-data --format csv` (DataFindingTable.columns), and a last statement that selects it.

import QDSLFormRuntime

/// Writes the SQL of a form's data rules.
public struct SQLWriter {
  public let form: FormModel
  public let dialect: SQLDialect
  let layout: FormDataLayout
  var layoutLevels: [FormDataLevel] { layout.levels }
  let variables: [String: FormVariable]
  let lists: [String: FormChoiceList]

  public init(form: FormModel, dialect: SQLDialect) {
    self.form = form
    self.dialect = dialect
    layout = FormDataLayout(form: form)
    variables = Dictionary(form.variables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    lists = Dictionary(form.choiceLists.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The table of a level: the survey's id, and `SURVEY__REPEAT` for a repeat.
  public func table(_ level: FormDataLevel) -> String {
    level.repeatID.map { form.survey + "__" + $0 } ?? form.survey
  }

  /// The statements that load each level's data file (`STEM.csv`, `STEM.REPEAT.csv`), kept outside the file.
  public func loadStatements(stem: String, folder: String = "") -> [String] {
    layout.levels.map { level in
      dialect.load(
        table: table(level), file: folder + level.fileName(stem: stem), columns: level.columns.map(\.name))
    }
  }

  /// Spark SQL analyses a view when it is made and again at each query (seconds, or minutes for a form with
  /// repeats): its file does not select the view before the data is loaded.
  var sparkQuery: String {
    "in the order validate-data reports; not selected here, as Spark plans a view\n"
      + "-- again at each query; run the two SETs below in the session that queries it)"
  }

  /// The SQL file, or the first construct it cannot express.
  public func render(stem: String) -> Result<String, SQLLoweringError> {
    var out = """
      -- \(form.survey): the data rules of `qdsl validate-data` as SQL (\(dialect.rawValue)), written by `qdsl compile --target sql`.
      -- Run this file on an empty database, load each data file with its statement below, then query the view
      -- `findings` (\(dialect == .spark ? sparkQuery : "the last statement of this file selects it, in the order validate-data reports)").
      -- Every cell is loaded as text, so that a faulty file loads and its faults are found.

      """
    out += "-- Load the data files (one statement per level):\n"
    for statement in loadStatements(stem: stem) { out += "--   " + statement + "\n" }
    out += "-- Not checked in SQL: the header (QD6001, QD6002: the load statement refuses an unknown column and "
    out += "leaves a missing one empty) and the file's syntax (QD6013).\n\n"
    out += dialect.prelude
    let using = dialect == .spark ? " USING parquet" : ""
    for level in layout.levels {
      var columns = dialect.rowColumn().map { [$0] } ?? []
      columns += level.columns.map { dialect.name($0.name) + " " + dialect.text }
      out += "CREATE TABLE \(dialect.name(table(level))) (\n  " + columns.joined(separator: ",\n  ") + "\n)\(using);\n"
    }
    out += "-- The date of today() and of the paradata a record lacks (validate-data's --today): update it to check "
    out += "as of another day.\n"
    out += "CREATE TABLE qdsl_today\(using) AS SELECT CURRENT_DATE AS today;\n\n"
    out += typedViews()
    var selects: [String] = []
    var ctes: [String] = []
    var writers = layout.levels.enumerated().map { SQLLevelWriter(writer: self, level: $0.element, number: $0.offset) }
    do throws(SQLLoweringError) {
      for l in writers.indices {
        try writers[l].writeCells()
      }
      var main = writers[0]
      try main.walkMain(children: &writers)
      writers[0] = main
    } catch {
      return .failure(error)
    }
    // Every level's cells first (a repeat's rows are checked against its parent's keys), then the walk.
    for w in writers { ctes += w.ctes[..<w.cellSteps] }
    for w in writers {
      ctes += w.ctes[w.cellSteps...]
      selects += dialect == .spark ? w.sparkFindings() : w.findings
    }
    if dialect == .spark {
      ctes = SQLWriter.sparkShared(ctes, readBy: selects)
      (ctes, selects) = SQLWriter.sparkNested(ctes, readBy: selects)
    }
    let columns = DataFindingTable.columns.map(dialect.name).joined(separator: ", ")
    if dialect == .spark {
      // One view, analysed once when made (a view over a view is analysed again with it).
      out += "-- The findings, in validate-data's order: by level, by row, then within a row duplicate key, cells, "
      out += "routing, checks, calculates.\n"
      out += "-- A step read twice (by a repeat's iterations and back in its parent) has a column `_once_STEP`, "
      out += "rand(0), never read:\n-- Spark then computes that step once, instead of copying every step before it "
      out += "into each of its readers.\n"
      out += "CREATE VIEW findings AS\nWITH\n" + (ctes + ["qdsl_findings AS (\n"]).joined(separator: ",\n")
      out += selects.joined(separator: "\nUNION ALL\n") + ")\n"
      out += "SELECT \(columns) FROM qdsl_findings ORDER BY `_level`, `_row`, `_order`;\n"
      return .success(out)
    }
    out += "CREATE VIEW qdsl_findings AS\nWITH\n" + ctes.joined(separator: ",\n") + "\n"
    out += selects.joined(separator: "\nUNION ALL\n") + ";\n\n"
    out += "-- The findings, in validate-data's order: by level, by row, then within a row duplicate key, cells, "
    out += "routing, checks, calculates.\n"
    out += "CREATE VIEW findings AS SELECT \(columns) FROM qdsl_findings ORDER BY \"_level\", \"_row\", \"_order\";\n\n"
      .replacingOccurrences(of: "\"", with: dialect == .spark ? "`" : "\"")
    out += "SELECT * FROM findings;\n"
    return .success(out)
  }
}
