// The built-in functions: arity and argument types, with their signatures in messages.

import QDSLSyntax

extension CheckerState {
  mutating func lowerCall(_ n: NodeID, scope: Scope, options list: ListID?) -> Expr {
    let r = tree.range(n)
    guard let nameTok = tree.nameToken(n) else { return Expr(.invalid, r, .error) }
    let fname = name(nameTok)
    let argNodes = tree.child(n, .argList).map { tree.expressions(in: $0) } ?? []
    if let aggregate = Aggregate(rawValue: fname), let e = lowerAggregate(n, aggregate, scope: scope) { return e }
    if let w = tree.child(n, .argList).flatMap({ tree.child($0, .whereClause) }) {
      report(
        Diagnostic(
          .invalidAggregate, "'where' only follows a repeat in count, sum, min, max, any and all", at: tree.range(w),
          help: "write e.g. count(person where age < 16)"))
    }
    guard let f = Function(rawValue: fname) else {
      let near = suggestions(for: fname) { _ in Function.allCases.map(\.rawValue) }
      report(
        Diagnostic(
          .unknownFunction, "there is no function named '\(fname)'", at: range(nameTok),
          help: NearMiss.help("a function", "functions", near)
            ?? "the functions are " + Function.allCases.map { $0.rawValue + "()" }.joined(separator: ", "),
          fixes: near.first.map { [.init(title: "change to '\($0)'", range: range(nameTok), replacement: $0)] } ?? []))
      for a in argNodes { _ = lowerExpression(a, scope: scope, fallback: r) }
      return Expr(.invalid, r, .error)
    }
    var args: [Expr] = []
    for (i, a) in argNodes.enumerated() {
      // coalesce(org, municipality): the fallback resolves against the first argument's list.
      let optionList = f == .coalesce && i == 1 ? args.first?.type.choiceList : nil
      // answered(culture) asks whether any row of a grid is answered: the grid's own name is allowed there.
      allowGridName = f == .answered
      args.append(lowerExpression(a, scope: scope, fallback: r, options: optionList))
      allowGridName = false
    }
    let arity: Int
    switch f {
    case .today: arity = 0
    case .coalesce, .min, .max, .matches, .yearsBetween: arity = 2
    default: arity = 1
    }
    guard args.count == arity else {
      report(
        Diagnostic(
          .wrongArguments,
          "\(fname)() takes \(arity == 0 ? "no arguments" : arity == 1 ? "one argument" : "two arguments"), "
            + "but \(args.count == 0 ? "none is" : args.count == 1 ? "one is" : "\(args.count) are") given",
          at: r, help: "write \(f.signature)"))
      return Expr(.call(f, args), r, .error)
    }
    if f == .matches, let e = checkPattern(args, argNodes, call: r) { return e }
    if args.contains(where: { $0.type == .error }) { return Expr(.call(f, args), r, .error) }
    func wrong(_ arg: Expr, _ need: String) -> Expr {
      report(
        Diagnostic(
          .wrongArguments, "\(fname)() needs \(need), but this is \(arg.type.describe(survey))", at: arg.range,
          help: "write \(f.signature)"))
      return Expr(.call(f, args), r, .error)
    }
    let type: ValueType
    switch f {
    case .count:
      guard case .manyOf = args[0].type else { return wrong(args[0], "a 'many of' answer") }
      type = .integer
    case .answered:
      switch args[0].kind {
      case .variable, .instanceVariable: break
      default: return wrong(args[0], "a question, grid row or calculate")
      }
      type = .boolean
    case .length:
      guard args[0].type == .text else { return wrong(args[0], "a text") }
      type = .integer
    case .date:
      guard case .text(let s) = args[0].kind else {
        report(
          Diagnostic(
            .wrongArguments, "date() takes a fixed date in quotes, not an answer or a formula", at: args[0].range,
            help: "write a date such as date(\"2022-01-31\"); a 'date' question's answer is already a date"))
        return Expr(.call(f, args), r, .error)
      }
      guard CalendarDate(s) != nil else {
        report(
          Diagnostic(
            .invalidDate, "\"\(s)\" is not a valid date", at: args[0].range,
            help: "write an existing date as \"YYYY-MM-DD\", e.g. date(\"2022-01-31\")"))
        return Expr(.call(f, args), r, .error)
      }
      type = .date
    case .today:
      type = .date
    case .matches:
      guard args[0].type == .text else { return wrong(args[0], "a text") }
      type = .boolean
    case .time, .datetime:
      guard let t = timeLiteral(f, args[0]) else { return Expr(.call(f, args), r, .error) }
      type = t
    case .year, .month, .day:
      guard args[0].type.hasCalendarDate else { return wrong(args[0], "a date or a date and time") }
      type = .integer
    case .yearsBetween:
      for a in args where !a.type.hasCalendarDate { return wrong(a, "two dates (or dates and times)") }
      type = .integer
    case .coalesce:
      let (a, b) = (args[0].type, args[1].type)
      if a.isNumber && b.isNumber {
        type = a == .integer && b == .integer ? .integer : .decimal
      } else if a == b || (a.choiceList != nil && a.choiceList == b.choiceList) {
        if case .option(let l) = a { type = .oneOf(l) } else { type = a }
      } else {
        return wrong(args[1], "a fallback of the same type as the first argument (\(a.describe(survey)))")
      }
    case .number:
      guard args[0].type == .boolean else { return wrong(args[0], "a condition") }
      type = .integer
    case .round:
      guard args[0].type.isNumber else { return wrong(args[0], "a number") }
      type = .integer
    case .min, .max:
      let (a, b) = (args[0].type, args[1].type)
      if a.isNumber && b.isNumber {
        type = a == .integer && b == .integer ? .integer : .decimal
      } else if a == .date && b == .date {
        type = .date
      } else {
        report(
          Diagnostic(
            .wrongArguments,
            "\(fname)() needs two numbers or two dates, but gets \(a.describe(survey)) and \(b.describe(survey))",
            at: r, help: "write \(f.signature)"))
        return Expr(.call(f, args), r, .error)
      }
    }
    return Expr(.call(f, args), r, type)
  }
}

extension CheckerState {
  /// The type of `time("08:30")` or `datetime("2024-05-01T08:30")`, or nil after reporting a value that is not
  /// a fixed, valid time or date and time.
  mutating func timeLiteral(_ f: Function, _ arg: Expr) -> ValueType? {
    let example = f == .time ? "time(\"08:30\")" : "datetime(\"2024-05-01T08:30\")"
    guard case .text(let s) = arg.kind else {
      report(
        Diagnostic(
          .wrongArguments, "\(f.rawValue)() takes a fixed value in quotes, not an answer or a formula", at: arg.range,
          help:
            "write e.g. \(example); a '\(f.rawValue)' question's answer is already \(f == .time ? "a time" : "a date and time")"
        ))
      return nil
    }
    let valid = f == .time ? ClockTime(s) != nil : CalendarDateTime(s) != nil
    guard valid else {
      report(
        Diagnostic(
          .invalidTime, "\"\(s)\" is not a valid \(f == .time ? "time of day" : "date and time")", at: arg.range,
          help: f == .time
            ? "write hours 00-23 and minutes 00-59 as \"HH:MM\", e.g. \(example)"
            : "write an existing date and a time as \"YYYY-MM-DDTHH:MM\", e.g. \(example)"))
      return nil
    }
    return f == .time ? .time : .datetime
  }
}

/// A time of day parsed from "HH:MM" (24 hours), with its minute of the day.
public struct ClockTime: Sendable, Hashable {
  public var minuteOfDay: Int

  public init?(_ text: String) {
    let b = Array(text.utf8)
    func digit(_ i: Int) -> Int? { b[i] >= 48 && b[i] <= 57 ? Int(b[i] - 48) : nil }
    guard b.count == 5, b[2] == UInt8(ascii: ":"), let h1 = digit(0), let h2 = digit(1), let m1 = digit(3),
      let m2 = digit(4)
    else { return nil }
    let (h, m) = (h1 * 10 + h2, m1 * 10 + m2)
    guard h < 24, m < 60 else { return nil }
    minuteOfDay = h * 60 + m
  }
}

/// A date and time of day parsed from "YYYY-MM-DDTHH:MM" (local time, no zone).
public struct CalendarDateTime: Sendable, Hashable {
  public var date: CalendarDate
  public var time: ClockTime

  public init?(_ text: String) {
    let parts = text.split(separator: "T", omittingEmptySubsequences: false)
    guard parts.count == 2, let d = CalendarDate(String(parts[0])), let t = ClockTime(String(parts[1])) else {
      return nil
    }
    (date, time) = (d, t)
  }
}

/// A calendar date parsed from "YYYY-MM-DD" (proleptic Gregorian), with its day number for arithmetic.
public struct CalendarDate: Sendable, Hashable {
  public var year: Int
  public var month: Int
  public var day: Int

  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m)
    else { return nil }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard (1...days[m - 1]).contains(d) else { return nil }
    (year, month, day) = (y, m, d)
  }

  /// Days since 1970-01-01.
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }
}
