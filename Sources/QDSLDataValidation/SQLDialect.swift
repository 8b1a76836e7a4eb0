// The SQL engines `qdsl compile --target sql` writes for (DuckDB, PostgreSQL, Spark SQL): how each spells a type,
// a quoted name, a safe cast of a cell that may not be a number or a date, an anchored regular expression and the
// statement that loads a data file, so the rules themselves are written once (SQLWriter).

/// An SQL engine the rules are written for.
public enum SQLDialect: String, CaseIterable, Sendable {
  case duckdb, postgres, spark

  /// The type of the raw cells.
  var text: String { self == .spark ? "STRING" : "VARCHAR" }
  /// The type of numbers in the rules (every number: whole numbers are doubles, exact to 2⁵³).
  var double: String { self == .postgres ? "DOUBLE PRECISION" : "DOUBLE" }

  /// A name quoted as an identifier.
  func name(_ n: String) -> String {
    switch self {
    case .spark: return "`" + n.replacingOccurrences(of: "`", with: "``") + "`"
    default: return "\"" + n.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
  }

  /// A text literal.
  func literal(_ s: String) -> String {
    let quoted = "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
    return self == .spark ? quoted.replacingOccurrences(of: "\\", with: "\\\\") : quoted
  }

  /// Whether the whole of `expr` matches a POSIX-style regular expression (given without anchors).
  func fullMatch(_ expr: String, _ regex: String) -> String {
    let anchored = "^(" + regex + ")$"
    switch self {
    case .duckdb: return "regexp_full_match(\(expr), \(literal(regex)))"
    case .postgres: return "(\(expr) ~ \(literal(anchored)))"
    case .spark: return "(\(expr) RLIKE \(literal(anchored)))"
    }
  }

  /// A text as a double, NULL when it is not one (`syntax`: the check PostgreSQL's cast needs first).
  func toDouble(_ expr: String, syntax: String) -> String {
    switch self {
    case .duckdb: return "TRY_CAST(\(expr) AS DOUBLE)"
    case .postgres: return "CASE WHEN \(syntax) THEN CAST(\(expr) AS DOUBLE PRECISION) END"
    case .spark: return "try_cast(\(expr) AS DOUBLE)"
    }
  }

  /// A text as a 64-bit whole number, NULL when it is not one (`syntax`: the check PostgreSQL's cast needs first).
  func toBigint(_ expr: String, syntax: String) -> String {
    switch self {
    case .duckdb: return "TRY_CAST(\(expr) AS BIGINT)"
    case .postgres: return "CASE WHEN \(syntax) THEN CAST(\(expr) AS BIGINT) END"
    case .spark: return "try_cast(\(expr) AS BIGINT)"
    }
  }

  /// A `YYYY-MM-DD` text as a date, or NULL when that day does not exist.
  func toDate(_ expr: String) -> String {
    switch self {
    case .duckdb: return "TRY_CAST(\(expr) AS DATE)"
    case .postgres: return "qdsl_date(\(expr))"
    case .spark: return "try_cast(\(expr) AS DATE)"
    }
  }

  /// A number as text: whole numbers below 10¹⁵ without a decimal point, others in the engine's shortest form.
  func numberText(_ x: String) -> String {
    let whole = "CAST(CAST(\(x) AS BIGINT) AS \(text))"
    return "CASE WHEN \(x) = floor(\(x)) AND abs(\(x)) < 1e15 THEN \(whole) ELSE CAST(\(x) AS \(text)) END"
  }

  /// A date as `YYYY-MM-DD`.
  func dateText(_ d: String) -> String {
    switch self {
    case .duckdb: return "strftime(\(d), '%Y-%m-%d')"
    case .postgres: return "to_char(\(d), 'YYYY-MM-DD')"
    case .spark: return "date_format(\(d), 'yyyy-MM-dd')"
    }
  }

  /// A number cut toward zero.
  func truncate(_ x: String) -> String {
    self == .spark ? "CAST(CAST(\(x) AS BIGINT) AS DOUBLE)" : "trunc(\(x))"
  }

  /// The number of Unicode scalars of a text.
  func length(_ t: String) -> String {
    switch self {
    case .duckdb: return "length(\(t))"
    case .postgres: return "char_length(\(t))"
    case .spark: return "char_length(\(t))"
    }
  }

  /// The number of days from date `b` to date `a`.
  func daysBetween(_ a: String, _ b: String) -> String {
    switch self {
    case .duckdb: return "CAST(date_diff('day', \(b), \(a)) AS DOUBLE)"
    case .postgres: return "CAST((\(a) - \(b)) AS DOUBLE PRECISION)"
    case .spark: return "CAST(datediff(\(a), \(b)) AS DOUBLE)"
    }
  }

  /// The statements that make the helpers the rules use (PostgreSQL has no safe cast of a date).
  var prelude: String {
    switch self {
    case .postgres:
      return """
        CREATE OR REPLACE FUNCTION qdsl_date(t text) RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
          RETURN to_date(t, 'YYYY-MM-DD');
        EXCEPTION WHEN others THEN
          RETURN NULL;
        END $$;

        """
    case .spark:
      // The walk's columns are a long chain of steps (nested subqueries, and common table expressions for the steps
      // read twice, which the analyzer resolves one per pass: more passes than its default 100 for a large form);
      // collapsing its projections would inline every column into the next (expressions growing without bound:
      // the planner ran out of memory), so that optimizer rule is left out.
      return "-- Settings of the session (run them again in the session that queries `findings`): the analyzer's "
        + "passes for the\n-- long chain of steps, and no CollapseProject, which inlines every step's columns into "
        + "the next.\n"
        + "SET spark.sql.analyzer.maxIterations = 10000;\n"
        + "SET spark.sql.optimizer.excludedRules = org.apache.spark.sql.catalyst.optimizer.CollapseProject;\n"
    default: return ""
    }
  }

  /// The column of the row number that keeps the file's order (`_row`), nil when the engine has one.
  func rowColumn() -> String? {
    switch self {
    // DuckDB numbers a table's rows in the order inserted (`rowid`): no column, no sequence (which is slow).
    case .duckdb: return nil
    case .postgres: return "\"_row\" BIGSERIAL"
    case .spark: return "`_row` BIGINT"
    }
  }

  /// The statement, kept outside the file, that loads a data file into a level's table.
  func load(table: String, file: String, columns: [String]) -> String {
    switch self {
    case .duckdb:
      return "INSERT INTO \(name(table)) BY NAME SELECT * FROM read_csv('\(file)', header = true, all_varchar = true);"
    case .postgres:
      return "\\copy \(name(table)) (\(columns.map(name).joined(separator: ", "))) FROM '\(file)' CSV HEADER"
    case .spark:
      return "INSERT INTO \(name(table)) SELECT monotonically_increasing_id(), * FROM "
        + "csv.`\(file)` -- with the reader's header option on (spark.read.option('header', True))"
    }
  }
}
