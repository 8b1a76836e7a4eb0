// The SQL of one level's rules (SQLWriter): common table expressions that read the level's table as text cells
// (`lN_raw`), parse and accept each cell as the validator does (`lN_val`), then walk the items in order as the
// reference evaluator does (FormInterview), one column per step (reached, value, branch taken, end fired), and the
// findings selected from the result, one SELECT per rule and variable (in Spark SQL one scan per step:
// SQLLevelWriter+Spark).

import QDSLFormRuntime

/// Writes the common table expressions and finding queries of one level.
struct SQLLevelWriter {
  let writer: SQLWriter
  let level: FormDataLevel
  /// The level's position in FormDataLayout.levels.
  let number: Int
  var ctes: [String] = []
  var findings: [String] = []
  /// The findings as rows of one scan per step they read (Spark SQL: SQLLevelWriter+Spark).
  var findingRows: [SQLFindingRow] = []
  /// The last step of the level's cells (every row, duplicates and orphans included).
  var cellsFinal = ""
  /// How many of `ctes` are the cells' steps (the walk's follow).
  var cellSteps = 0
  /// The columns that identify an instance of the level (a record, an iteration of each enclosing repeat).
  var identity: [String] = []
  /// Inside an iteration: the iteration's number and option columns by repeat, whether it runs, and each
  /// repeat's number of iterations (of this level, or of an enclosing one) by repeat id.
  var indexes: [String: String] = [:]
  var options: [String: String] = [:]
  var counts: [String: String] = [:]
  var instances: [String: SQLValue] = [:]
  var aggregates: [String: SQLValue] = [:]
  /// Whether a row of the level may have child rows (the first row of a record id; a repeat's row present), and
  /// whether the instance has its row (a calculate is compared only there).
  var attach = "TRUE"
  var present = "TRUE"
  /// The value columns of the level's cells (`_aJ`, `_gJ`, `_nJ`).
  var cellColumns: [String] = []
  /// A calculate's cell is compared only when it is a value of the calculate's type, by column.
  var calculateSyntax: [Int: String] = [:]
  /// The repeats of this level already walked: their last step, values and identity (for a later `for each`).
  var completed: [String: (cte: String, known: [String: SQLValue], identity: [String])] = [:]
  var d: SQLDialect { writer.dialect }
  /// Stands for the level's last step in its finding queries until the walk is done: every finding reads it,
  /// computed once (MATERIALIZED where the engine has it) rather than once per query.
  static let final = "@final@"

  /// What the walk knows of a variable.
  struct Known {
    var value: SQLValue
  }

  /// The variables with a value so far, by name.
  var known: [String: SQLValue] = [:]
  /// The columns added since the last CTE, and the name of the last CTE.
  var batch: [(String, String)] = []
  var last = ""
  var step = 0
  var counter = 0
  /// The SQL of "an end has fired" so far.
  var ended = "FALSE"
  /// A value column of the level, by variable name: its index in `level.columns`.
  var columnOf: [String: Int] = [:]
  /// A `many of` or `rank of` question's columns, by question id.
  var optionColumns: [String: [Int]] = [:]

  init(writer: SQLWriter, level: FormDataLevel, number: Int) {
    self.writer = writer
    self.level = level
    self.number = number
    for (j, c) in level.columns.enumerated() {
      switch c.role {
      case .value: columnOf[c.variable] = j
      case .flag, .rank: optionColumns[c.variable, default: []].append(j)
      default: break
      }
    }
  }

  func q(_ n: String) -> String { d.name(n) }
  func cell(_ j: Int) -> String { q("c\(j)") }
  var prefix: String { "l\(number)" }

  // MARK: the walk's columns

  mutating func fresh(_ stem: String) -> String {
    counter += 1
    return "_\(stem)\(prefix)_\(counter)"
  }

  /// Adds a column computed from what is known so far; starts a new CTE when it reads a column of this one.
  @discardableResult
  mutating func add(_ stem: String, _ sql: String) -> String {
    let name = fresh(stem)
    if batch.contains(where: { sql.contains(q($0.0)) }) { flush() }
    batch.append((name, sql))
    return q(name)
  }

  mutating func flush() {
    guard !batch.isEmpty else { return }
    step += 1
    let name = "\(prefix)_s\(step)"
    let columns = batch.map { "    \($0.1) AS \(q($0.0))" }.joined(separator: ",\n")
    ctes.append("\(name) AS (\n  SELECT *,\n\(columns)\n  FROM \(last))")
    last = name
    batch = []
  }

  // MARK: the level

  /// The level's table read, keyed and its cells checked (QD6003, QD6004, QD6010, QD6011).
  mutating func writeCells() throws(SQLLoweringError) {
    let table = writer.table(level)
    var raw = [d == .duckdb ? "rowid AS \(q("_row"))" : q("_row")]
    raw.append("ROW_NUMBER() OVER (ORDER BY \(q("_row"))) + 1 AS \(q("_line"))")
    for (j, c) in level.columns.enumerated() {
      raw.append("COALESCE(CAST(\(q(c.name)) AS \(d.text)), '') AS \(cell(j))")
    }
    raw.append("(SELECT today FROM qdsl_today) AS \(q("_today"))")
    ctes.append("\(prefix)_raw AS (\n  SELECT " + raw.joined(separator: ",\n    ") + "\n  FROM \(q(table)))")
    last = "\(prefix)_raw"
    keys()
    try cells()
    cellColumns = batch.map(\.0)
    flush()
    finish()
    cellsFinal = last
    cellSteps = ctes.count
  }

  /// The findings so far read the last step; that step is computed once.
  mutating func finish() {
    flush()
    findings = findings.map { $0.replacingOccurrences(of: SQLLevelWriter.final, with: last) }
    for k in findingRows.indices where findingRows[k].source == SQLLevelWriter.final { findingRows[k].source = last }
    if d != .spark, let k = ctes.lastIndex(where: { $0.hasPrefix(last + " AS (") }) {
      ctes[k] = last + " AS MATERIALIZED (" + ctes[k].dropFirst(last.count + " AS (".count)
    }
  }

  /// The routing rules of the instrument's level: the walk of the items (and of every repeat's iterations).
  mutating func walkMain(children: inout [SQLLevelWriter]) throws(SQLLoweringError) {
    let main = "\(prefix)_m"
    ctes.append(
      "\(main) AS (\n  SELECT *, \(q("_row")) AS \(q("_rec")), \(q("_seen")) = 1 AS \(q("_first")) FROM \(last))")
    last = main
    identity = [q("_rec")]
    attach = q("_first")
    // The paradata: the accepted cell, else what the collector knows (today's date, midnight; FormInterview).
    var start: String?
    for p in writer.form.paradata {
      guard let j = columnOf[p.variable], let v = writer.variables[p.variable] else { continue }
      let a = q("_a\(j)")
      let midnight = "concat(\(d.dateText(q("_today"))), 'T00:00')"
      let value: String
      switch p.kind {
      case .today: value = "COALESCE(\(a), \(q("_today")))"
      case .start:
        value = "COALESCE(\(a), \(midnight))"
        start = a
      case .end: value = "COALESCE(\(a), \(start ?? "NULL"), \(midnight))"
      default: value = a
      }
      known[p.variable] = SQLValue(sql: add("x", value), type: type(of: v))
    }
    try walk(writer.form.items, context: "TRUE", children: &children)
    emitWalkFindings()
    finish()
  }

  /// The findings table's first columns, where a finding is: the table, line, level, record id and iteration of
  /// the row of the last step (the same for every dialect).
  func placeColumns(_ iterationSQL: String) -> [String] {
    [
      "CAST(\(d.literal(writer.table(level))) AS \(d.text)) AS \(q("file"))",
      "CAST(\(q("_line")) AS BIGINT) AS \(q("line"))",
      "CAST(\(d.literal(level.repeatID ?? "")) AS \(d.text)) AS \(q("level"))",
      "\(cell(0)) AS \(q("record_id"))",
      "\(iterationSQL) AS \(q("iteration"))",
    ]
  }

  /// A finding per row where `condition` holds (every row is read, a duplicate or a row without its parent too).
  mutating func finding(
    _ variable: String, _ rule: String, value: String, message: String, order: Int, where condition: String,
    severity: String = "error"
  ) {
    let iterationSQL = self.iterationSQL
    if d == .spark {
      findingRows.append(
        SQLFindingRow(
          source: SQLLevelWriter.final, variable: variable, rule: rule, severity: severity, value: value,
          message: message, order: order, condition: condition))
      return
    }
    let columns =
      placeColumns(iterationSQL) + [
        "CAST(\(d.literal(variable)) AS \(d.text)) AS \(q("variable"))",
        "CAST('\(rule)' AS \(d.text)) AS \(q("rule"))",
        "CAST('\(severity)' AS \(d.text)) AS \(q("severity"))",
        "CAST(\(value) AS \(d.text)) AS \(q("value"))",
        "CAST(\(d.literal(message)) AS \(d.text)) AS \(q("message"))",
        "CAST('' AS \(d.text)) AS \(q("cause"))",
        "\(number) AS \(q("_level"))", "\(q("_row"))", "\(order) AS \(q("_order"))",
      ]
    findings.append("SELECT " + columns.joined(separator: ", ") + "\nFROM \(SQLLevelWriter.final) WHERE \(condition)")
  }

  // MARK: cells

  /// The SQL kind of a variable's value.
  func type(of v: FormVariable) -> SQLValueType {
    func question(_ t: FormQuestionType) -> SQLValueType {
      switch t {
      case .integer, .decimal: return .number
      case .text: return .text
      case .date: return .date
      case .time: return .time
      case .datetime: return .datetime
      case .one: return .code
      case .many: return .codes(count: "", flags: [:])
      case .rank: return .ranking
      }
    }
    switch v.kind {
    case .question(let t), .sample(let t): return question(t)
    case .gridRow: return .code
    case .paradata(let p):
      switch p {
      case .start, .end: return .datetime
      case .today: return .date
      default: return .text
      }
    case .calculate(let t):
      switch t {
      case .integer, .decimal: return .number
      case .text: return .text
      case .date: return .date
      case .time: return .time
      case .datetime: return .datetime
      case .boolean: return .bool
      case .one: return .code
      }
    }
  }

  /// How a cell of a question type is read: whether its syntax is one of the type (else QD6003), whether the
  /// question accepts it (else QD6004), and its value.
  func reading(_ t: String, _ type: FormQuestionType) -> (syntax: String, accepted: String, value: String) {
    switch type {
    case .integer(let lo, let hi):
      let syntax = d.fullMatch(t, SQLCells.numberSyntax)
      let x = d.toDouble(t, syntax: syntax)
      var accepted = ["\(x) = floor(\(x))", "abs(\(x)) < 9.2e18"]
      if let lo { accepted.append("\(x) >= \(lo)") }
      if let hi { accepted.append("\(x) <= \(hi)") }
      return (syntax, accepted.joined(separator: " AND "), x)
    case .decimal(let lo, let hi):
      let syntax = d.fullMatch(t, SQLCells.numberSyntax)
      let x = d.toDouble(t, syntax: syntax)
      var accepted = ["\(x) IS NOT NULL"]
      if let lo { accepted.append("\(x) >= \(FormValue.format(lo))") }
      if let hi { accepted.append("\(x) <= \(FormValue.format(hi))") }
      return (syntax, accepted.joined(separator: " AND "), x)
    case .text(let max):
      return ("TRUE", max.map { "\(d.length(t)) <= \($0)" } ?? "TRUE", t)
    case .date: return ("TRUE", SQLCells.isDate(t, d), d.toDate(t))
    case .time: return ("TRUE", SQLCells.isTime(t, d), t)
    case .datetime: return ("TRUE", SQLCells.isDateTime(t, d), t)
    case .one(let list): return code(t, list)
    case .many, .rank: return ("TRUE", "TRUE", t)
    }
  }

  func code(_ t: String, _ list: String) -> (syntax: String, accepted: String, value: String) {
    let codes = writer.lists[list]?.options.map { String($0.code) } ?? []
    let syntax = d.fullMatch(t, SQLCells.integerSyntax)
    let value = d.toBigint(t, syntax: syntax)
    let accepted = codes.isEmpty ? "FALSE" : "\(value) IN (\(codes.joined(separator: ", ")))"
    return (syntax, accepted, value)
  }

  /// QD6003 and QD6004 for every cell, and each variable's accepted answer (`_aJ`, NULL when empty or not usable).
  mutating func cells() throws(SQLLoweringError) {
    for (j, c) in level.columns.enumerated() {
      let t = cell(j)
      switch c.role {
      case .value:
        guard let v = writer.variables[c.variable] else { continue }
        let r: (syntax: String, accepted: String, value: String)
        switch v.kind {
        case .calculate(let type):
          // A cell that is not a value of the calculate's type is malformed, not a disagreement (DataLevelColumns).
          let syntax: String
          switch type {
          case .integer, .one: syntax = d.fullMatch(t, "-*[0-9]+")
          case .decimal: syntax = d.fullMatch(t, "-?([0-9]+[.]?[0-9]*|[.][0-9]+)")
          case .boolean: syntax = "\(t) IN ('0', '1')"
          case .date: syntax = SQLCells.isDate(t, d)
          case .text, .time, .datetime: syntax = "TRUE"
          }
          calculateSyntax[j] = syntax
          finding(
            c.name, "QD6003", value: t, message: "not a value of this calculate's type", order: 20_000 + j,
            where: "\(t) <> '' AND NOT (\(syntax))")
          continue
        case .question(let type), .sample(let type): r = reading(t, type)
        case .gridRow(let list): r = code(t, list)
        case .paradata(let p):
          switch p {
          case .start, .end: r = reading(t, .datetime)
          case .today: r = reading(t, .date)
          default: r = ("TRUE", "TRUE", t)
          }
        }
        // The accepted answer: the cast runs only on a cell of the right syntax (CASE evaluates in order).
        let answer =
          "CASE WHEN \(t) = '' THEN NULL WHEN NOT (\(r.syntax)) THEN NULL WHEN \(r.accepted) THEN \(r.value) END"
        batch.append(("_a\(j)", answer))
        // A value that is given but cannot be used: read as missing, its own QD6006 is not reported again.
        unusable[c.variable] = "(\(t) <> '' AND \(q("_a\(j)")) IS NULL)"
        finding(
          c.name, "QD6003", value: t, message: "not a value of this type", order: 20_000 + j,
          where: "\(t) <> '' AND NOT (\(r.syntax))")
        finding(
          c.name, "QD6004", value: t, message: "not an answer the question accepts", order: 20_000 + j,
          where: "\(t) <> '' AND (\(r.syntax)) AND NOT COALESCE(\(r.accepted), FALSE)")
      case .flag:
        finding(
          c.name, "QD6003", value: t, message: "not a value of this column", order: 20_000 + j,
          where: "\(t) NOT IN ('', '0', '1')")
      case .iterationOption:
        finding(
          c.name, "QD6003", value: t, message: "not an option's code", order: 20_000 + j,
          where: "NOT \(d.fullMatch(t, SQLCells.integerSyntax))")
      case .rank:
        finding(
          c.name, "QD6003", value: t, message: "not a value of this column", order: 20_000 + j,
          where: "\(t) <> '' AND NOT \(d.fullMatch(t, SQLCells.integerSyntax))")
      default: continue
      }
    }
    // A `many of` or `rank of` question: some columns empty (QD6003 on the question); its answer as the number of
    // options chosen (`_nJ`, NULL when missing) and whether the validator reads it as given (`_gJ`).
    for (name, js) in optionColumns.sorted(by: { $0.value[0] < $1.value[0] }) {
      let empties = "(" + js.map { "CASE WHEN \(cell($0)) = '' THEN 1 ELSE 0 END" }.joined(separator: " + ") + ")"
      finding(
        name, "QD6003", value: "''", message: "some of the question's columns are empty", order: 30_000 + js[0],
        where: "\(empties) > 0 AND \(empties) < \(js.count)")
      let j0 = js[0]
      if case .flag = level.columns[j0].role {
        let ones = "(" + js.map { "CASE WHEN \(cell($0)) = '1' THEN 1 ELSE 0 END" }.joined(separator: " + ") + ")"
        let exclusive = js.compactMap { j -> String? in
          guard case .flag(let code) = level.columns[j].role, let v = writer.variables[name],
            let list = v.choices, writer.lists[list]?.option(code: code)?.isExclusive == true
          else { return nil }
          return "\(cell(j)) = '1'"
        }
        let given = "(\(empties) = 0 AND \(ones) > 0)"
        let clash = exclusive.isEmpty ? "FALSE" : "(\(ones) > 1 AND (\(exclusive.joined(separator: " OR "))))"
        // The codes chosen, smallest first, separated by spaces (FormDataLayout.cell of a `many of` answer).
        let chosen = js.compactMap { j -> (Int, Int)? in
          if case .flag(let code) = level.columns[j].role { return (code, j) }
          return nil
        }.sorted { $0.0 < $1.0 }.map { "CASE WHEN \(cell($0.1)) = '1' THEN '\($0.0)' END" }
        let codes = "concat_ws(' ', \(chosen.joined(separator: ", ")))"
        valueCell[name] = codes
        finding(
          name, "QD6004", value: codes, message: "not an answer the question accepts: exclusiveWithOthers",
          order: 30_000 + j0, where: "\(given) AND \(clash)")
        let bad = js.map { "\(cell($0)) NOT IN ('', '0', '1')" }.joined(separator: " OR ")
        unusable[name] = "((\(bad)) OR (\(empties) > 0 AND \(empties) < \(js.count)) OR (\(given) AND \(clash)))"
        batch.append(("_g\(j0)", given))
        batch.append(("_n\(j0)", "CASE WHEN \(given) AND NOT \(clash) THEN CAST(\(ones) AS \(d.double)) END"))
      } else {
        let valid = js.map { d.fullMatch(cell($0), SQLCells.integerSyntax) }
        let given = "(\(empties) = 0 AND (\(valid.joined(separator: " OR "))))"
        // Given, but not every option ranked: the evaluator refuses it (an incomplete ranking).
        finding(
          name, "QD6004", value: "''", message: "not an answer the question accepts: incompleteRanking",
          order: 30_000 + j0, where: "\(given) AND NOT (\(valid.joined(separator: " AND ")))")
        let bad = js.map { "(\(cell($0)) <> '' AND NOT \(d.fullMatch(cell($0), SQLCells.integerSyntax)))" }
        unusable[name] = "((\(bad.joined(separator: " OR "))) OR (\(empties) > 0 AND \(empties) < \(js.count)))"
        batch.append(("_g\(j0)", given))
        batch.append(("_n\(j0)", "CASE WHEN \(empties) = 0 AND \(valid.joined(separator: " AND ")) THEN 1 END"))
      }
    }
  }

  /// QD6010: a record id (or a repeat row's key) used by an earlier row; QD6011: a repeat's row whose record (or
  /// enclosing iteration) is not in the parent's file.
  mutating func keys() {
    let keyColumns = level.columns.enumerated().filter {
      switch $0.element.role {
      case .record, .iteration: return true
      default: return false
      }
    }.map(\.offset)
    let partition = keyColumns.map(cell).joined(separator: ", ")
    var orphan = "FALSE"
    var join = ""
    let chain = level.chain
    if !chain.isEmpty {
      let parentID = chain.count > 1 ? chain[chain.count - 2] : nil
      let parent = writer.layoutLevels.firstIndex { $0.repeatID == parentID } ?? 0
      let parentColumns = writer.layoutLevels[parent].columns
      // The parent's keys (record id, enclosing iterations), joined: a row whose parent row is itself without its
      // parent has none either. A join, not EXISTS in the select list, which Spark SQL does not allow.
      var keys = [(cell(0), cell(0))]
      for (j, c) in level.columns.enumerated() {
        guard case .iteration(let depth) = c.role, depth < chain.count - 1,
          let pj = parentColumns.firstIndex(where: { $0.role == .iteration(depth: depth) })
        else { continue }
        keys.append((cell(pj), cell(j)))
      }
      let selected = keys.enumerated().map { "\($0.element.0) AS \(q("_k\($0.offset)"))" }.joined(separator: ", ")
      let usable = parent == 0 ? "" : " WHERE NOT \(q("_orphan"))"
      let on = keys.enumerated().map { "p.\(q("_k\($0.offset)")) = r.\($0.element.1)" }.joined(separator: " AND ")
      join = " r LEFT JOIN (SELECT DISTINCT \(selected), TRUE AS \(q("_hit")) FROM l\(parent)_keys\(usable)) p ON \(on)"
      orphan = "p.\(q("_hit")) IS NULL"
    }
    // A row whose keys cannot be read (an iteration number that is not a whole number from 1, an option code that
    // is not a number) is not one of the record's iterations (DataLevelColumns.keysRead).
    var readable: [String] = []
    for (j, c) in level.columns.enumerated() {
      switch c.role {
      case .iteration:
        readable.append(
          "(\(d.fullMatch("r." + cell(j), "[0-9]{1,18}")) AND \("r." + cell(j)) NOT IN ('0', '00', '000'))")
      case .iterationOption: readable.append(d.fullMatch("r." + cell(j), SQLCells.integerSyntax))
      default: break
      }
    }
    let keysOK = readable.isEmpty ? "TRUE" : readable.joined(separator: " AND ")
    let name = "\(prefix)_keys"
    let all = join.isEmpty ? "*" : "r.*"
    let partitionR = join.isEmpty ? partition : keyColumns.map { "r." + cell($0) }.joined(separator: ", ")
    ctes.append(
      "\(name) AS (\n  SELECT \(all), ROW_NUMBER() OVER (PARTITION BY \(partitionR), \(keysOK) ORDER BY \(join.isEmpty ? "" : "r.")\(q("_row"))) AS \(q("_seen")),\n"
        + "    \(orphan) AS \(q("_orphan")), \(keysOK) AS \(q("_keysok"))\n  FROM \(last)\(join.isEmpty ? " r" : join))"
    )
    last = name
    if level.repeatID == nil {
      finding(
        "record_id", "QD6010", value: cell(0), message: "this record id is used by an earlier row", order: 10_000,
        where: "\(q("_seen")) > 1")
    } else {
      let own = level.columns[keyColumns.last ?? 0].name
      let iteration = "concat_ws('.', \(keyColumns.dropFirst().map(cell).joined(separator: ", ")))"
      finding(
        own, "QD6010", value: iteration, message: "this iteration of the record is given by an earlier row",
        order: 10_000, where: "\(q("_seen")) > 1 AND NOT \(q("_orphan")) AND \(q("_keysok"))")
      // A row without its record is found before its keys are read; one without its enclosing iteration after.
      finding(
        "record_id", "QD6011", value: cell(0), message: "a repeat's row without its parent's row", order: 10_001,
        where: level.chain.count > 1 ? "\(q("_orphan")) AND \(q("_keysok"))" : q("_orphan"))
    }
  }

  // MARK: the walk

  func lowering(_ item: String) -> SQLExpressionLowering {
    let known = self.known
    let w = writer
    var l = SQLExpressionLowering(
      dialect: d, item: item, variable: { known[$0] },
      kind: { name in w.variables[name].map { self.type(of: $0) } }, lists: writer.lists,
      today: q("_today"))
    let (indexes, options, instances, aggregates) = (self.indexes, self.options, self.instances, self.aggregates)
    l.index = { indexes[$0] }
    l.iterationOption = { options[$0] }
    l.instance = { v, r in instances[r + "." + v] }
    l.aggregate = { aggregates["\($0)"] }
    return l
  }

  var requiredOrder = 50_000
  var checkOrder = 60_000

  /// The value of a variable once its item is reached (`reached`): its accepted answer, else missing.
  mutating func answer(
    _ v: FormVariable, reached: String, required: Bool, offers: [(Int, String)]? = nil,
    default given: FormDefault? = nil
  ) throws(SQLLoweringError) {
    let isMany: Bool
    if case .question(let t) = v.kind, case .many = t { isMany = true } else { isMany = false }
    if let j = columnOf[v.name] {
      var value = q("_a\(j)")
      if let given {
        // A question without an answer takes its default where it is shown, when the question accepts it.
        let filled = try defaultValue(given, v)
        value = add("d", "CASE WHEN \(value) IS NULL THEN \(filled) ELSE \(value) END")
      }
      if let offers {
        // An option not offered here is dropped: the answer is then missing (FormOfferedOptions.keep).
        let cases = offers.map { "WHEN \($0.0) THEN \($0.1)" }.joined(separator: " ")
        value = "CASE WHEN (CASE \(value) \(cases) ELSE FALSE END) THEN \(value) END"
      }
      let x = add("x", "CASE WHEN \(reached) THEN \(value) END")
      known[v.name] = SQLValue(sql: x, type: type(of: v))
      valueCell[v.name] = cell(j)
      unasked(level.columns[j].name, given: "\(q("_a\(j)")) IS NOT NULL", reached: reached, order: 40_000)
      if required { unanswered(level.columns[j].name, value: x, reached: reached) }
    } else if let js = optionColumns[v.name] {
      if given != nil {
        throw SQLLoweringError(item: v.name, message: "a default answer of a `many of` is not lowered to SQL yet")
      }
      var flags: [Int: String] = [:]
      let offer = Dictionary(offers ?? [], uniquingKeysWith: { a, _ in a })
      for j in js {
        if case .flag(let code) = level.columns[j].role {
          flags[code] = offers == nil ? "(\(cell(j)) = '1')" : "(\(cell(j)) = '1' AND \(offer[code] ?? "FALSE"))"
        }
      }
      var value = q("_n\(js[0])")
      if offers != nil {
        let kept = flags.sorted { $0.key < $1.key }.map { "CASE WHEN \($0.value) THEN 1 ELSE 0 END" }
        value =
          "CASE WHEN \(value) IS NOT NULL THEN CAST(NULLIF(\(kept.joined(separator: " + ")), 0) AS \(d.double)) END"
      }
      let x = add("x", "CASE WHEN \(reached) THEN \(value) END")
      known[v.name] = isMany ? SQLValue(sql: x, type: .codes(count: x, flags: flags)) : SQLValue(sql: x, type: .ranking)
      unasked(v.name, given: q("_g\(js[0])"), reached: reached, order: 40_000)
      if required { unanswered(v.name, value: x, reached: reached) }
    }
  }

  /// The options offered where a question or grid is reached, each with the SQL of when (its condition, and the
  /// question's filter read with the option's attributes); nil when every option is always offered.
  func offered(_ list: String?, filter: FormExpr?, item: String) throws(SQLLoweringError) -> [(Int, String)]? {
    guard let list, let options = writer.lists[list]?.options,
      filter != nil || options.contains(where: { $0.condition != nil })
    else { return nil }
    var out: [(Int, String)] = []
    for o in options {
      var parts: [String] = []
      if let c = o.condition { parts.append(try lowering(item).holds(c)) }
      if let filter {
        var l = lowering(item)
        l.candidate = o.attributes
        parts.append(try l.holds(filter))
      }
      out.append((o.code, parts.isEmpty ? "TRUE" : "(" + parts.joined(separator: " AND ") + ")"))
    }
    return out
  }

  /// Reached and with an option to offer: a question with none is skipped (FormInterview).
  func shown(_ reached: String, _ offers: [(Int, String)]?) -> String {
    guard let offers else { return reached }
    let any = offers.map(\.1).joined(separator: " OR ")
    return "(\(reached) AND (\(any.isEmpty ? "FALSE" : any)))"
  }

  /// A default's value where the question is shown, NULL when missing or not an answer the question accepts.
  func defaultValue(_ given: FormDefault, _ v: FormVariable) throws(SQLLoweringError) -> String {
    let l = lowering(v.name)
    let dv = try l.lower(given.value)
    let t = type(of: v)
    guard dv.type == t else { return l.null(t).sql }
    var accepted = "TRUE"
    if case .question(let type) = v.kind {
      switch type {
      case .integer(let lo, let hi):
        var parts = ["\(dv.sql) = floor(\(dv.sql))", "abs(\(dv.sql)) < 9.2e18"]
        if let lo { parts.append("\(dv.sql) >= \(lo)") }
        if let hi { parts.append("\(dv.sql) <= \(hi)") }
        accepted = parts.joined(separator: " AND ")
      case .decimal(let lo, let hi):
        var parts = ["TRUE"]
        if let lo { parts.append("\(dv.sql) >= \(FormValue.format(lo))") }
        if let hi { parts.append("\(dv.sql) <= \(FormValue.format(hi))") }
        accepted = parts.joined(separator: " AND ")
      case .text(let max):
        accepted = "\(dv.sql) <> ''" + (max.map { " AND \(d.length(dv.sql)) <= \($0)" } ?? "")
      case .one(let list):
        let codes = writer.lists[list]?.options.map { String($0.code) } ?? []
        accepted = codes.isEmpty ? "FALSE" : "\(dv.sql) IN (\(codes.joined(separator: ", ")))"
      default: break
      }
    }
    return "CASE WHEN \(accepted) THEN \(dv.sql) END"
  }

  /// QD6005: given, but the routing did not reach it. Ordered by name, as the evaluator lists ignored answers.
  mutating func unasked(_ variable: String, given: String, reached: String, order: Int) {
    pendingUnasked.append((variable, given, reached, valueCell[variableName[variable] ?? variable] ?? "''"))
  }

  var pendingUnasked: [(String, String, String, String)] = []
  /// The cell of a variable with one column (the value of its QD6005, QD6007 and QD6008 findings).
  var valueCell: [String: String] = [:]
  var variableName: [String: String] {
    Dictionary(level.columns.map { ($0.name, $0.variable) }, uniquingKeysWith: { a, _ in a })
  }

  mutating func unanswered(_ variable: String, value: String, reached: String) {
    requiredOrder += 1
    let name = variableName[variable] ?? variable
    let usable = unusable[name].map { " AND NOT \($0)" } ?? ""
    pendingRequired.append((variable, "\(reached) AND \(value) IS NULL\(usable)", requiredOrder))
  }

  /// Per variable, when its cells are given but cannot be used.
  var unusable: [String: String] = [:]

  var pendingRequired: [(String, String, Int)] = []
  var pendingChecks: [(String, String, String, Int, Bool)] = []
  var pendingCalculates: [(String, String, Int)] = []

  mutating func walk(_ items: [FormItem], context: String, children: inout [SQLLevelWriter]) throws(SQLLoweringError) {
    for item in items {
      let reached = ended == "FALSE" ? context : "(\(context) AND NOT \(ended))"
      switch item {
      case .section(let s):
        if s.shuffle != nil, s.items.contains(where: { if case .end = $0 { return true } else { return false } }) {
          throw SQLLoweringError(item: s.id, message: "an end inside a shuffled section is not lowered to SQL")
        }
        try walk(s.items, context: context, children: &children)
      case .question(let question):
        let offers = try offered(
          FormDataLayoutChoices.list(question.type), filter: question.filter, item: question.id)
        if offers != nil, case .rank = question.type {
          throw SQLLoweringError(
            item: question.id, message: "a `rank of` with offered options is not lowered to SQL yet")
        }
        let r = add("r", shown(reached, offers))
        guard let v = writer.variables[question.id] else { continue }
        try answer(v, reached: r, required: question.isRequired, offers: offers, default: question.defaultValue)
        let value = known[question.id]
        for check in question.checks {
          let holds = try lowering(question.id).holds(check.condition)
          let isNull: String
          if case .codes(let count, _)? = value?.type { isNull = count } else { isNull = value?.sql ?? "NULL" }
          let failed = add("c", "(\(r) AND \(isNull) IS NOT NULL AND NOT \(holds))")
          checkOrder += 1
          pendingChecks.append((question.id, failed, check.source, checkOrder, check.isSoft))
        }
      case .grid(let g):
        let offers = try offered(g.choices, filter: nil, item: g.id)
        let r = add("r", shown(reached, offers))
        for row in g.rows {
          guard let v = writer.variables[row.id] else { continue }
          try answer(v, reached: r, required: g.isRequired, offers: offers)
        }
      case .calculate(let c):
        guard let v = writer.variables[c.id], let j = columnOf[c.id] else { continue }
        let formula = try lowering(c.id).lower(c.formula)
        let t = type(of: v)
        let value = formula.type == t ? formula.sql : lowering(c.id).null(t).sql
        let x = add("x", "CASE WHEN \(reached) THEN \(value) END")
        known[c.id] = SQLValue(sql: x, type: t)
        let wellFormed = calculateSyntax[j].map { "(\(cell(j)) = '' OR \($0))" } ?? "TRUE"
        pendingCalculates.append(
          (level.columns[j].name, "\(wellFormed) AND \(cellText(x, t)) <> \(cell(j))", 70_000 + j))
        _ = pendingCalculates
        calculateCells[level.columns[j].name] = cellText(x, t)
      case .note: continue
      case .conditional(let branches):
        var before: [String] = []
        for branch in branches {
          var taken = context
          for b in before { taken += " AND NOT \(b)" }
          if let condition = branch.condition {
            let b = add("b", try lowering("if \(branch.source ?? "")").holds(condition))
            taken += " AND \(b)"
            before.append(b)
          }
          try walk(branch.items, context: taken, children: &children)
          if branch.condition == nil { break }
        }
      case .end:
        if level.repeatID != nil {
          throw SQLLoweringError(item: level.repeatID ?? "", message: "an end inside a repeat is not lowered to SQL")
        }
        ended = add("e", ended == "FALSE" ? context : "(\(ended) OR \(context))")
      case .repeat(let r):
        try walkRepeat(r, reached: reached, children: &children)
      }
    }
  }

  var calculateCells: [String: String] = [:]

  /// A value as its data-file cell (FormDataLayout.cell): numbers as written, codes as whole numbers, true/false as
  /// 1/0, dates `YYYY-MM-DD`; empty when missing.
  func cellText(_ x: String, _ t: SQLValueType) -> String {
    let text: String
    switch t {
    case .number: text = d.numberText(x)
    case .code: text = "CAST(\(x) AS \(d.text))"
    case .bool: text = "CASE WHEN \(x) THEN '1' ELSE '0' END"
    case .date: text = d.dateText(x)
    default: text = x
    }
    return "COALESCE(\(text), '')"
  }

  mutating func emitWalkFindings() {
    flush()
    let run = level.repeatID == nil ? "TRUE" : q("_run")
    for (k, (variable, given, reached, value)) in pendingUnasked.sorted(by: { $0.0 < $1.0 }).enumerated() {
      finding(
        variable, "QD6005", value: value, message: "answered, but the routing did not ask it", order: 40_000 + k,
        where: "\(given) AND NOT (\(reached) AND \(run))")
    }
    for (variable, condition, order) in pendingRequired {
      finding(
        variable, "QD6006", value: "''", message: "required and asked, but not answered", order: order,
        where: "\(condition) AND \(run)")
    }
    for (variable, failed, source, order, soft) in pendingChecks {
      finding(
        variable, soft ? "QD6008" : "QD6007", value: valueCell[variable] ?? "''", message: "fails its check \(source)",
        order: order,
        where: "\(failed) AND \(run)", severity: soft ? "note" : "error")
    }
    for (variable, differs, order) in pendingCalculates {
      let expected = calculateCells[variable] ?? "''"
      _ = expected
      finding(
        variable, "QD6009", value: cell(order - 70_000),
        message: "the instrument computes another value from the answers",
        order: order, where: "\(differs) AND \(present) AND \(run)")
    }
  }
}

/// The choice list of a question type.
enum FormDataLayoutChoices {
  static func list(_ type: FormQuestionType) -> String? {
    switch type {
    case .one(let c), .many(let c, _), .rank(let c, _): return c
    default: return nil
    }
  }
}
