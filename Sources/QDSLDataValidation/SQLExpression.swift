// A form expression as SQL with the evaluator's missing-value rule spelled out (FormExpressionEvaluator): a
// comparison with a missing operand is false, `and`/`or`/`not` read a missing condition as false, arithmetic
// with a missing operand (or a division by zero) is missing, count() of a missing answer is 0. SQL's own NULL
// rules are never relied on by accident: every comparison is wrapped so it is TRUE or FALSE, never NULL.

import QDSLFormRuntime

/// The kind of an SQL value, as the evaluator's FormValue cases.
enum SQLValueType: Equatable {
  case number, text, date, time, datetime, code, bool, ranking
  /// A `many of` answer: `count` is its column of the number of options chosen (NULL when missing), `flags` the
  /// column of each option (TRUE when chosen).
  case codes(count: String, flags: [Int: String])

  var isOrdered: Bool {
    switch self {
    case .number, .code, .date, .time, .datetime: return true
    default: return false
    }
  }

  /// Whether two values of these kinds can be compared for equality (the evaluator's `equal`).
  func comparable(_ other: SQLValueType) -> Bool {
    switch (self, other) {
    case (.number, .number), (.code, .code), (.date, .date), (.time, .time), (.datetime, .datetime),
      (.bool, .bool), (.text, .text):
      return true
    default: return false
    }
  }
}

/// An expression lowered to SQL: the text and the kind of its value; NULL is the missing value.
struct SQLValue {
  var sql: String
  var type: SQLValueType
}

/// A construct the SQL target cannot express, with where it stands.
public struct SQLLoweringError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The item (question, calculate, branch) whose expression it is.
  public var item: String
  public var message: String
  public var description: String { "\(item): \(message)" }

  public init(item: String, message: String) {
    self.item = item
    self.message = message
  }
}

/// Lowers expressions of one level; `variable` gives the SQL value of a variable known at that point of the walk
/// (nil: not reached yet, so missing).
struct SQLExpressionLowering {
  let dialect: SQLDialect
  /// The item whose expression is lowered, for errors.
  var item: String
  let variable: (String) -> SQLValue?
  /// The static kind of every variable, for a variable not known yet.
  let kind: (String) -> SQLValueType?
  let lists: [String: FormChoiceList]
  /// The SQL of `today()`.
  let today: String
  /// Inside a question's filter: the candidate option's attributes.
  var candidate: [String: FormValue]? = nil

  func fail(_ message: String) -> SQLLoweringError { SQLLoweringError(item: item, message: message) }

  func null(_ type: SQLValueType) -> SQLValue {
    switch type {
    case .number: return SQLValue(sql: "CAST(NULL AS \(dialect.double))", type: type)
    case .text, .time, .datetime: return SQLValue(sql: "CAST(NULL AS \(dialect.text))", type: type)
    case .date: return SQLValue(sql: "CAST(NULL AS DATE)", type: type)
    case .code: return SQLValue(sql: "CAST(NULL AS BIGINT)", type: type)
    case .bool: return SQLValue(sql: "CAST(NULL AS BOOLEAN)", type: type)
    case .ranking, .codes: return SQLValue(sql: "CAST(NULL AS \(dialect.double))", type: .number)
    }
  }

  func number(_ x: Double) -> String {
    "CAST(\(FormValue.format(x)) AS \(dialect.double))"
  }

  /// A condition: TRUE only when the value is true; never NULL.
  func holds(_ e: FormExpr) throws(SQLLoweringError) -> String {
    let v = try lower(e)
    guard v.type == .bool else { return "FALSE" }
    return "COALESCE(\(v.sql), FALSE)"
  }

  func constant(_ value: FormValue) throws(SQLLoweringError) -> SQLValue {
    switch value {
    case .number(let n): return SQLValue(sql: number(n.double), type: .number)
    case .text(let t): return SQLValue(sql: "CAST(\(dialect.literal(t)) AS \(dialect.text))", type: .text)
    case .code(let c): return SQLValue(sql: "CAST(\(c) AS BIGINT)", type: .code)
    case .bool(let b): return SQLValue(sql: b ? "TRUE" : "FALSE", type: .bool)
    default: throw fail("an option attribute of this kind is not lowered to SQL")
    }
  }

  func lower(_ e: FormExpr) throws(SQLLoweringError) -> SQLValue {
    switch e {
    case .variable(let name):
      if let v = variable(name) { return v }
      guard let k = kind(name) else { throw fail("the variable '\(name)' is not one of this level") }
      if case .codes = k {
        return SQLValue(sql: "", type: .codes(count: "CAST(NULL AS \(dialect.double))", flags: [:]))
      }
      return null(k)
    case .option(let code, _, _): return SQLValue(sql: "CAST(\(code) AS BIGINT)", type: .code)
    case .number(let x): return SQLValue(sql: number(x.double), type: .number)
    case .text(let s): return SQLValue(sql: "CAST(\(dialect.literal(s)) AS \(dialect.text))", type: .text)
    case .bool(let b): return SQLValue(sql: b ? "TRUE" : "FALSE", type: .bool)
    case .apply(let op, let args): return try apply(op, args)
    case .attribute(let name):
      guard let candidate else { throw fail("option.\(name) outside a filter") }
      guard let v = candidate[name] else { return null(.number) }
      return try constant(v)
    case .index, .iteration, .instance:
      throw fail("a repeat's iteration (index, option or other instance) is not lowered to SQL yet")
    case .aggregate(let kind, let r, _, _):
      throw fail("the aggregate \(kind.rawValue)(\(r) …) over a repeat is not lowered to SQL yet")
    }
  }

  private func comparison(_ a: SQLValue, _ b: SQLValue, _ op: String) -> String {
    "COALESCE((\(a.sql)) \(op) (\(b.sql)), FALSE)"
  }

  /// The evaluator's `equal` as a condition: FALSE when either is missing or they cannot be compared.
  private func equal(_ a: SQLValue, _ b: SQLValue) -> String {
    a.type.comparable(b.type) ? comparison(a, b, "=") : "FALSE"
  }

  private func apply(_ op: FormOperator, _ args: [FormExpr]) throws(SQLLoweringError) -> SQLValue {
    func arg(_ i: Int) throws(SQLLoweringError) -> SQLValue {
      guard i < args.count else { throw fail("\(op.rawValue) lacks an argument") }
      return try lower(args[i])
    }
    func bool(_ s: String) -> SQLValue { SQLValue(sql: s, type: .bool) }
    switch op {
    case .or: return bool("(\(try holds(args[0])) OR \(try holds(args[1])))")
    case .and: return bool("(\(try holds(args[0])) AND \(try holds(args[1])))")
    case .not: return bool("(NOT \(try holds(args[0])))")
    case .equal: return bool(equal(try arg(0), try arg(1)))
    case .notEqual:
      let (a, b) = (try arg(0), try arg(1))
      return bool(a.type.comparable(b.type) ? comparison(a, b, "<>") : "FALSE")
    case .less, .lessEqual, .greater, .greaterEqual:
      let (a, b) = (try arg(0), try arg(1))
      guard a.type.comparable(b.type), a.type.isOrdered else { return bool("FALSE") }
      return bool(comparison(a, b, op.rawValue))
    case .in:
      let x = try arg(0)
      let candidates: [FormExpr]
      if case .apply(.list, let items) = args[1] { candidates = items } else { candidates = [args[1]] }
      var parts: [String] = []
      for c in candidates { parts.append(equal(x, try lower(c))) }
      return bool(parts.isEmpty ? "FALSE" : "(" + parts.joined(separator: " OR ") + ")")
    case .contains:
      let (set, c) = (try arg(0), try arg(1))
      guard case .codes(let count, let flags) = set.type, c.type == .code else { return bool("FALSE") }
      if case .option(let code, _, _) = args[1] {
        guard let flag = flags[code] else { return bool("FALSE") }
        return bool("(\(count) IS NOT NULL AND \(flag))")
      }
      let any = flags.sorted { $0.key < $1.key }.map { "(\(c.sql) = \($0.key) AND \($0.value))" }
      return bool(
        "COALESCE(\(count) IS NOT NULL AND (\(any.isEmpty ? "FALSE" : any.joined(separator: " OR "))), FALSE)")
    case .add, .subtract, .multiply, .divide:
      let (a, b) = (try arg(0), try arg(1))
      if op == .subtract, a.type == .date, b.type == .date {
        return SQLValue(sql: dialect.daysBetween(a.sql, b.sql), type: .number)
      }
      guard a.type == .number, b.type == .number else { return null(.number) }
      let sql: String
      switch op {
      case .add: sql = "((\(a.sql)) + (\(b.sql)))"
      case .subtract: sql = "((\(a.sql)) - (\(b.sql)))"
      case .multiply: sql = "((\(a.sql)) * (\(b.sql)))"
      default: sql = "((\(a.sql)) / NULLIF(\(b.sql), 0))"
      }
      return SQLValue(sql: sql, type: .number)
    case .negate:
      let a = try arg(0)
      guard a.type == .number else { return null(.number) }
      return SQLValue(sql: "(-(\(a.sql)))", type: .number)
    case .list:
      throw fail("a bracketed list outside `in`")
    case .count:
      let a = try arg(0)
      if case .codes(let count, _) = a.type { return SQLValue(sql: "COALESCE(\(count), 0)", type: .number) }
      return SQLValue(sql: number(0), type: .number)
    case .answered:
      let a = try arg(0)
      if case .codes(let count, _) = a.type { return bool("(\(count) IS NOT NULL)") }
      return bool("(\(a.sql) IS NOT NULL)")
    case .length:
      let a = try arg(0)
      guard a.type == .text else { return null(.number) }
      return SQLValue(sql: "CAST(\(dialect.length(a.sql)) AS \(dialect.double))", type: .number)
    case .date:
      let a = try arg(0)
      guard a.type == .text else { return null(.date) }
      return SQLValue(sql: SQLCells.date(a.sql, dialect), type: .date)
    case .time:
      let a = try arg(0)
      guard a.type == .text else { return null(.time) }
      return SQLValue(sql: "CASE WHEN \(SQLCells.isTime(a.sql, dialect)) THEN \(a.sql) END", type: .time)
    case .datetime:
      let a = try arg(0)
      guard a.type == .text else { return null(.datetime) }
      return SQLValue(sql: "CASE WHEN \(SQLCells.isDateTime(a.sql, dialect)) THEN \(a.sql) END", type: .datetime)
    case .join:
      let (a, b) = (try arg(0), try arg(1))
      let sa = a.type == .text ? a.sql : "CAST(NULL AS \(dialect.text))"
      let sb = b.type == .text ? b.sql : "CAST(NULL AS \(dialect.text))"
      // Missing only when both are (a missing operand of another kind counts as missing too).
      let aMissing = a.type == .text ? "\(a.sql) IS NULL" : "\(a.sql) IS NULL"
      let bMissing = b.type == .text ? "\(b.sql) IS NULL" : "\(b.sql) IS NULL"
      return SQLValue(
        sql:
          "CASE WHEN \(aMissing) AND \(bMissing) THEN NULL ELSE concat(COALESCE(\(sa), ''), COALESCE(\(sb), '')) END",
        type: .text)
    case .year, .month, .day:
      guard let d = calendarDate(try arg(0)) else { return null(.number) }
      let part = op == .year ? "YEAR" : op == .month ? "MONTH" : "DAY"
      return SQLValue(sql: "CAST(EXTRACT(\(part) FROM \(d)) AS \(dialect.double))", type: .number)
    case .yearsBetween:
      guard let a = calendarDate(try arg(0)), let b = calendarDate(try arg(1)) else { return null(.number) }
      func ymd(_ d: String) -> String {
        "(EXTRACT(YEAR FROM \(d)) * 10000 + EXTRACT(MONTH FROM \(d)) * 100 + EXTRACT(DAY FROM \(d)))"
      }
      // Cut toward zero, as Swift's integer division.
      return SQLValue(
        sql:
          "CAST(\(dialect.truncate("CAST(\(ymd(b)) - \(ymd(a)) AS \(dialect.double)) / 10000")) AS \(dialect.double))",
        type: .number)
    case .today:
      return SQLValue(sql: today, type: .date)
    case .coalesce:
      let (a, b) = (try arg(0), try arg(1))
      if case .codes = a.type { throw fail("coalesce of a `many of` answer is not lowered to SQL") }
      guard a.type == b.type else {
        throw fail("coalesce of values of two kinds is not lowered to SQL")
      }
      return SQLValue(sql: "COALESCE(\(a.sql), \(b.sql))", type: a.type)
    case .number:
      return SQLValue(
        sql: "CASE WHEN \(try holds(args[0])) THEN \(number(1)) ELSE \(number(0)) END", type: .number)
    case .round:
      let a = try arg(0)
      guard a.type == .number else { return null(.number) }
      // Halves away from zero (PostgreSQL's round of a double rounds halves to even).
      return SQLValue(sql: "(sign(\(a.sql)) * floor(abs(\(a.sql)) + 0.5))", type: .number)
    case .matches:
      let a = try arg(0)
      guard a.type == .text, args.count == 2, case .text(let pattern) = args[1] else { return bool("FALSE") }
      guard let regex = SQLPattern.regex(pattern) else {
        throw fail("the pattern \"\(pattern)\" uses a construct the SQL target does not translate yet")
      }
      return bool("COALESCE(\(dialect.fullMatch(a.sql, regex)), FALSE)")
    case .min, .max:
      let (a, b) = (try arg(0), try arg(1))
      guard a.type.comparable(b.type), a.type.isOrdered else { return null(a.type) }
      let pick = op == .min ? "(\(a.sql)) <= (\(b.sql))" : "(\(a.sql)) > (\(b.sql))"
      return SQLValue(
        sql: "CASE WHEN \(a.sql) IS NULL OR \(b.sql) IS NULL THEN NULL WHEN \(pick) THEN \(a.sql) ELSE \(b.sql) END",
        type: a.type)
    }
  }

  /// The calendar date of a date, or of a date and time (`YYYY-MM-DDTHH:MM`); nil for another kind.
  private func calendarDate(_ v: SQLValue) -> String? {
    switch v.type {
    case .date: return v.sql
    case .datetime: return dialect.toDate("substr(\(v.sql), 1, 10)")
    default: return nil
    }
  }
}
