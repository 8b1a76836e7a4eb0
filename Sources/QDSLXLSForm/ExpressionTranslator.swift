// XLSForm XPath translated into qdsl expressions: `${name}` as names, choice names as option names, functions
// qdsl has as their qdsl spelling, and a reason in words for everything else.

import QDSLSemantics

/// What a value is, as far as the translation needs to know (a choice name compared with a select is an option).
enum ValueKind: Equatable, Sendable {
  case whole, decimal, text, date, time, datetime, condition
  case one(Int)
  case many(Int)
  case rank
  /// A repeat itself, readable only in aggregates.
  case repeatGroup
  case unknown

  var isNumber: Bool { self == .whole || self == .decimal }
}

/// An XLSForm name as the translation sees it.
struct ImportedVariable: Sendable {
  /// The qdsl name; nil when the row was kept as a comment (its references cannot be translated).
  var name: String?
  var kind: ValueKind
  /// qdsl names of the repeats around it, outermost first.
  var repeats: [String]
  /// Why it is not available, for the message of an expression that reads it.
  var unavailable: String = ""
  /// For a repeat: the option list of `begin loop over LIST`.
  var loopList: Int?
}

/// Why an expression cannot be written in qdsl.
struct Untranslatable: Error, Sendable {
  var reason: String
}

/// A translated expression: its text, what it gives and the precedence of its outermost operator (1 `or` … 8).
struct QExpr: Sendable {
  var text: String
  var kind: ValueKind
  var level: Int
}

/// The translation of one cell: the names it may read and where it stands.
struct ExpressionTranslator {
  var variables: [String: ImportedVariable]
  var lists: [ImportedList]
  /// The XLSForm name of the question whose answer `.` is.
  var current: String?
  /// qdsl names of the repeats around the cell, outermost first.
  var repeats: [String] = []
  /// In a `choice_filter`: the list being filtered; bare names are its columns.
  var filterList: Int?
  /// Attributes a filter reads: column key → type, checked against the list when the filter is kept.
  var filterAttributes: [(column: String, type: AttributeType)] = []
  /// The repeats written `for each Q`: qdsl repeat name → the XLSForm name of Q.
  var forEach: [String: String] = [:]
  /// In the condition of `${R}[…]`: the qdsl name of R, whose fields the condition names bare.
  var predicateRepeat: String?

  mutating func translate(_ cell: String) -> Result<QExpr, Untranslatable> {
    switch XPathParser.parse(cell) {
    case .failure(let e):
      return .failure(Untranslatable(reason: "it is not valid XPath: \(e.message) (at character \(e.offset + 1))"))
    case .success(let node):
      do { return .success(try expression(node)) } catch let e as Untranslatable {
        return .failure(e)
      } catch {
        return .failure(Untranslatable(reason: "\(error)"))
      }
    }
  }

  /// A condition: a non-condition value is compared as XPath's boolean() would only for the obvious cases.
  mutating func condition(_ cell: String) -> Result<QExpr, Untranslatable> {
    translate(cell).flatMap { e in
      do { return .success(try asCondition(e)) } catch let why as Untranslatable { return .failure(why) } catch {
        return .failure(Untranslatable(reason: "\(error)"))
      }
    }
  }

  /// A value where XPath wants a boolean: a number is true when it is not 0 (`x != 0`, false when x is missing,
  /// as XPath's boolean('') is).
  func asCondition(_ e: QExpr) throws -> QExpr {
    switch e.kind {
    case .condition, .unknown: return e
    case .whole, .decimal: return QExpr(text: "\(wrap(e, above: 5)) != 0", kind: .condition, level: 4)
    default: throw Untranslatable(reason: "it is not a condition (true or false): \(e.text)")
    }
  }

  private func wrap(_ e: QExpr, above level: Int) -> String { e.level < level ? "(\(e.text))" : e.text }

  private func variable(_ xlsName: String) throws -> (ImportedVariable, String) {
    guard let v = variables[xlsName] else { throw Untranslatable(reason: "'${\(xlsName)}' names no row of the form") }
    guard let name = v.name else {
      throw Untranslatable(
        reason: "it reads '${\(xlsName)}', \(v.unavailable.isEmpty ? "kept as a comment" : v.unavailable)")
    }
    return (v, name)
  }

  /// A reference as it is written where the cell stands: the bare name.
  private func reference(_ xlsName: String) throws -> QExpr {
    let (v, name) = try variable(xlsName)
    if v.kind == .repeatGroup {
      throw Untranslatable(reason: "the repeat '\(xlsName)' is read only by count(), sum(), min() or max() here")
    }
    if Identifiers.itemWords.contains(name) {
      throw Untranslatable(reason: "'${\(xlsName)}' records when the interview ends, which no expression can read")
    }
    return QExpr(text: name, kind: v.kind, level: 8)
  }

  mutating func expression(_ node: XPathNode) throws -> QExpr {
    switch node {
    case .number(let n):
      if n.hasPrefix(".") { return QExpr(text: "0" + n, kind: .decimal, level: 8) }
      if n.hasSuffix(".") { return QExpr(text: String(n.dropLast()), kind: .whole, level: 8) }
      if n.split(separator: ".").count > 2 { throw Untranslatable(reason: "'\(n)' is not a number") }
      return QExpr(text: n, kind: n.contains(".") ? .decimal : .whole, level: 8)
    case .string(let s):
      return QExpr(text: SourceStrings.literal(s), kind: .text, level: 8)
    case .reference(let name):
      return try reference(name)
    case .current:
      guard let current else { throw Untranslatable(reason: "'.' (the current answer) is only read in a constraint") }
      return try reference(current)
    case .bareName(let name):
      if let r = predicateRepeat, let v = variables[name], v.repeats.last == r, let q = v.name {
        return QExpr(text: q, kind: v.kind, level: 8)
      }
      if filterList != nil {
        throw Untranslatable(reason: "the column '\(name)' is only read when compared with an answer or a value")
      }
      throw Untranslatable(reason: "'\(name)' is an XPath path, which qdsl does not read; write '${\(name)}'")
    case .filtered:
      throw Untranslatable(reason: "a repeat filtered with [...] is read only by count()")
    case .unsupported:
      throw Untranslatable(reason: "XPath paths (/data/…, ../…) have no qdsl counterpart; use ${name}")
    case .negate(let inner):
      let e = try expression(inner)
      guard e.kind.isNumber || e.kind == .unknown else { throw Untranslatable(reason: "'-' of something not a number") }
      return QExpr(text: "-" + wrap(e, above: 8), kind: e.kind, level: 7)
    case .binary(let op, let a, let b):
      return try binary(op, a, b)
    case .call(let name, let args):
      return try call(name, args)
    }
  }

  private mutating func binary(_ op: String, _ a: XPathNode, _ b: XPathNode) throws -> QExpr {
    switch op {
    case "and", "or":
      let l = try asCondition(try expression(a))
      let r = try asCondition(try expression(b))
      let level = op == "or" ? 1 : 2
      return QExpr(text: "\(wrap(l, above: level)) \(op) \(wrap(r, above: level))", kind: .condition, level: level)
    case "=", "!=", "<", "<=", ">", ">=":
      return try comparison(op, a, b)
    default:
      let l = try expression(a)
      let r = try expression(b)
      if op == "mod" { throw Untranslatable(reason: "qdsl has no 'mod'") }
      if op == "-", l.kind == .date, r.kind == .date {
        // The days between two dates.
        return QExpr(text: "\(wrap(l, above: 5)) - \(r.level <= 5 ? "(\(r.text))" : r.text)", kind: .whole, level: 5)
      }
      if op == "+" || op == "-", [l.kind, r.kind].contains(.date) {
        throw Untranslatable(reason: "date arithmetic with '\(op)' has no qdsl counterpart except date - date")
      }
      for e in [l, r] where !(e.kind.isNumber || e.kind == .unknown) {
        throw Untranslatable(reason: "'\(op)' of something that is not a number (\(e.text))")
      }
      let qop = op == "div" ? "/" : op
      let level = (qop == "+" || qop == "-") ? 5 : 6
      let kind: ValueKind =
        qop == "/"
        ? .decimal : (l.kind == .whole && r.kind == .whole ? .whole : (l.kind == .unknown ? r.kind : .decimal))
      // Left-associative: the right operand needs parentheses at the same level.
      let right = r.level <= level ? "(\(r.text))" : r.text
      return QExpr(text: "\(wrap(l, above: level)) \(qop) \(right)", kind: kind, level: level)
    }
  }

  /// A literal on one side is read as the other side's kind: a choice name against a select, a date text against
  /// a date, a number against a text answer.
  private mutating func comparison(_ op: String, _ a: XPathNode, _ b: XPathNode) throws -> QExpr {
    let qop = op == "=" ? "==" : op
    // Choice filters: a column of the filtered list compared with an answer or a value.
    if filterList != nil {
      if case .bareName(let column) = a { return try filterComparison(qop, column: column, b, columnFirst: true) }
      if case .bareName(let column) = b { return try filterComparison(qop, column: column, a, columnFirst: false) }
    }
    // `${x} = ''` and `${x} != ''`: answered or not.
    if op == "=" || op == "!=" {
      for (side, other) in [(a, b), (b, a)] {
        if case .string("") = other {
          let e = try expression(side)
          let answered = "answered(\(e.text))"
          return QExpr(text: op == "=" ? "not \(answered)" : answered, kind: .condition, level: op == "=" ? 3 : 8)
        }
      }
    }
    let aLiteral = isLiteral(a)
    let bLiteral = isLiteral(b)
    // `${m} = 'a b'` of a select_multiple: exactly those choices are selected.
    if op == "=", aLiteral != bLiteral {
      let (side, literalNode) = aLiteral ? (b, a) : (a, b)
      let e = try expression(side)
      if case .many(let list) = e.kind {
        let names = literalText(literalNode).split(separator: " ").map(String.init)
        var parts: [String] = []
        for name in names {
          guard let option = lists[list].option(named: name) else {
            throw Untranslatable(reason: "'\(name)' is not a choice of the list '\(lists[list].xlsName)'")
          }
          parts.append("\(e.text) contains \(option.name)")
        }
        parts.append("count(\(e.text)) == \(names.count)")
        return QExpr(text: parts.joined(separator: " and "), kind: .condition, level: 2)
      }
    }
    var l: QExpr
    var r: QExpr
    if aLiteral && !bLiteral {
      r = try expression(b)
      l = try literal(a, as: r.kind)
    } else if bLiteral && !aLiteral {
      l = try expression(a)
      r = try literal(b, as: l.kind)
    } else {
      l = try expression(a)
      r = try expression(b)
    }
    if case .many = l.kind { throw Untranslatable(reason: "a select_multiple compared with '\(op)': use selected()") }
    if case .many = r.kind { throw Untranslatable(reason: "a select_multiple compared with '\(op)': use selected()") }
    if l.kind == .condition || r.kind == .condition, qop != "==" && qop != "!=" {
      throw Untranslatable(reason: "'\(op)' of a condition")
    }
    return QExpr(text: "\(wrap(l, above: 5)) \(qop) \(wrap(r, above: 5))", kind: .condition, level: 4)
  }

  private func isLiteral(_ n: XPathNode) -> Bool {
    switch n {
    case .string, .number: return true
    case .negate(.number): return true
    default: return false
    }
  }

  private func literalText(_ n: XPathNode) -> String {
    switch n {
    case .string(let s): return s
    case .number(let s): return s
    case .negate(.number(let s)): return "-" + s
    default: return ""
    }
  }

  /// A literal read as `kind`.
  private mutating func literal(_ n: XPathNode, as kind: ValueKind) throws -> QExpr {
    let text = literalText(n).trimmingSpaces()
    switch kind {
    case .one(let list), .many(let list):
      guard let option = lists[list].option(named: text) else {
        throw Untranslatable(reason: "'\(text)' is not a choice of the list '\(lists[list].xlsName)'")
      }
      return QExpr(text: option.name, kind: kind, level: 8)
    case .date:
      if Self.isDate(text) { return QExpr(text: "date(\"\(text)\")", kind: .date, level: 8) }
      throw Untranslatable(reason: "'\(text)' is not a date written YYYY-MM-DD")
    case .datetime:
      if let d = Self.datetime(text) { return QExpr(text: "datetime(\"\(d)\")", kind: .datetime, level: 8) }
      throw Untranslatable(reason: "'\(text)' is not a date and time written YYYY-MM-DDTHH:MM")
    case .time:
      if let t = Self.time(text) { return QExpr(text: "time(\"\(t)\")", kind: .time, level: 8) }
      throw Untranslatable(reason: "'\(text)' is not a time written HH:MM")
    case .text:
      return QExpr(text: SourceStrings.literal(text), kind: .text, level: 8)
    case .whole, .decimal:
      if case .string = n {
        guard Double(text) != nil else { throw Untranslatable(reason: "'\(text)' is compared with a number") }
        return try expression(.number(text))
      }
      return try expression(n)
    default:
      return try expression(n)
    }
  }

  static func isDate(_ s: String) -> Bool {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
      && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
  }

  /// `YYYY-MM-DDTHH:MM`, also with a space for the `T` and with `:00` seconds (other seconds have no qdsl literal).
  static func datetime(_ s: String) -> String? {
    guard s.count >= 16 else { return nil }
    let date = String(s.prefix(10))
    let separator = s[s.index(s.startIndex, offsetBy: 10)]
    guard isDate(date), separator == "T" || separator == " ", let t = time(String(s.dropFirst(11))) else { return nil }
    return date + "T" + t
  }

  /// `HH:MM` or `HH:MM:SS` (seconds dropped) → `HH:MM`.
  static func time(_ s: String) -> String? {
    let parts = s.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3, parts[0].count == 2, parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let h = Int(parts[0]), let m = Int(parts[1]),
      h < 24, m < 60
    else { return nil }
    if parts.count == 3, parts[2] != "00" { return nil }
    return "\(parts[0]):\(parts[1])"
  }

  /// `country = ${country}` in a choice filter: the column becomes an attribute typed by the other side.
  private mutating func filterComparison(_ qop: String, column: String, _ other: XPathNode, columnFirst: Bool) throws
    -> QExpr
  {
    guard let list = filterList else { throw Untranslatable(reason: "not a filter") }
    let key = column.lowercased()
    if key == "name" || key == "label" || key == "list_name" {
      throw Untranslatable(reason: "a filter on the choice's own \(key) has no qdsl counterpart")
    }
    let type: AttributeType
    let value: QExpr
    if isLiteral(other) {
      let text = literalText(other)
      if ChoiceListReader.numericCode(text) != nil, case .number = other {
        type = .integer
      } else if case .number = other {
        type = .decimal
      } else {
        type = .text
      }
      value = try literal(other, as: type == .text ? .text : (type == .integer ? .whole : .decimal))
    } else {
      value = try expression(other)
      switch value.kind {
      case .one(let l): type = .list(l)
      case .whole: type = .integer
      case .decimal: type = .decimal
      case .text: type = .text
      default:
        throw Untranslatable(reason: "the column '\(column)' is compared with something no list attribute can hold")
      }
    }
    if let earlier = filterAttributes.first(where: { $0.column == key }), earlier.type != type {
      throw Untranslatable(reason: "the column '\(column)' is compared with values of two kinds")
    }
    if !filterAttributes.contains(where: { $0.column == key }) { filterAttributes.append((key, type)) }
    if let existing = lists[list].attributes.first(where: { $0.column == key }), existing.type != type {
      throw Untranslatable(reason: "another filter reads the column '\(column)' as a value of another kind")
    }
    let attribute = lists[list].attributes.first(where: { $0.column == key })?.name ?? Self.attributeName(key)
    let side = "option.\(attribute)"
    let text = columnFirst ? "\(side) \(qop) \(wrap(value, above: 5))" : "\(wrap(value, above: 5)) \(qop) \(side)"
    return QExpr(text: text, kind: .condition, level: 4)
  }

  static func attributeName(_ column: String) -> String { Identifiers.valid(column, fallback: "attribute") }

  private func argumentCount(_ name: String, _ args: [XPathNode], _ counts: ClosedRange<Int>) throws {
    guard counts.contains(args.count) else {
      throw Untranslatable(
        reason:
          "\(name)() takes \(counts.lowerBound == counts.upperBound ? "\(counts.lowerBound)" : "\(counts.lowerBound) to \(counts.upperBound)") arguments"
      )
    }
  }

  private mutating func call(_ name: String, _ args: [XPathNode]) throws -> QExpr {
    switch name {
    case "true", "false":
      try argumentCount(name, args, 0...0)
      return QExpr(text: name, kind: .condition, level: 8)
    case "not":
      try argumentCount(name, args, 1...1)
      let e = try asCondition(try expression(args[0]))
      return QExpr(text: "not " + (e.level < 8 ? "(\(e.text))" : e.text), kind: .condition, level: 3)
    case "selected":
      try argumentCount(name, args, 2...2)
      let q = try expression(args[0])
      guard isLiteral(args[1]) else {
        throw Untranslatable(reason: "selected() with a choice that is not written out has no qdsl counterpart")
      }
      switch q.kind {
      case .many(let list):
        let o = try literal(args[1], as: .many(list))
        return QExpr(text: "\(q.text) contains \(o.text)", kind: .condition, level: 4)
      case .one(let list):
        let o = try literal(args[1], as: .one(list))
        return QExpr(text: "\(q.text) == \(o.text)", kind: .condition, level: 4)
      default:
        throw Untranslatable(reason: "selected() of something that is not a select")
      }
    case "count-selected":
      try argumentCount(name, args, 1...1)
      let q = try expression(args[0])
      guard case .many = q.kind else {
        throw Untranslatable(reason: "count-selected() of something not a select_multiple")
      }
      return QExpr(text: "count(\(q.text))", kind: .whole, level: 8)
    case "string-length":
      try argumentCount(name, args, 1...1)
      let t = try expression(args[0])
      guard t.kind == .text || t.kind == .unknown else {
        throw Untranslatable(reason: "string-length() of a value that is not a text")
      }
      return QExpr(text: "length(\(t.text))", kind: .whole, level: 8)
    case "today":
      try argumentCount(name, args, 0...0)
      return QExpr(text: "today()", kind: .date, level: 8)
    case "date":
      try argumentCount(name, args, 1...1)
      if case .string(let s) = args[0], Self.isDate(s) { return QExpr(text: "date(\"\(s)\")", kind: .date, level: 8) }
      let e = try expression(args[0])
      if e.kind == .date { return e }
      throw Untranslatable(reason: "date() of something other than a date written YYYY-MM-DD")
    case "coalesce":
      try argumentCount(name, args, 2...2)
      let a = try expression(args[0])
      let b = isLiteral(args[1]) ? try literal(args[1], as: a.kind) : try expression(args[1])
      return QExpr(text: "coalesce(\(a.text), \(b.text))", kind: a.kind == .unknown ? b.kind : a.kind, level: 8)
    case "concat":
      guard !args.isEmpty else { throw Untranslatable(reason: "concat() of nothing") }
      var parts: [String] = []
      for arg in args {
        let e = try expression(arg)
        guard e.kind == .text || e.kind == .unknown else {
          throw Untranslatable(reason: "concat() of a value that is not a text (\(e.text)); qdsl joins texts only")
        }
        parts.append(wrap(e, above: 6))
      }
      return parts.count == 1
        ? QExpr(text: parts[0], kind: .text, level: 8)
        : QExpr(text: parts.joined(separator: " + "), kind: .text, level: 5)
    case "regex":
      try argumentCount(name, args, 2...2)
      let t = try expression(args[0])
      guard case .string(let pattern) = args[1] else {
        throw Untranslatable(reason: "regex() with a pattern that is not written out")
      }
      let anchored = Self.wholeTextPattern(pattern)
      if case .failure(let problem) = TextPattern.parse(anchored) {
        throw Untranslatable(reason: "the pattern is outside qdsl's dialect: \(problem.message)")
      }
      return QExpr(text: "matches(\(t.text), \(SourceStrings.literal(anchored)))", kind: .condition, level: 8)
    case "round":
      try argumentCount(name, args, 1...2)
      if args.count == 2, !(args[1] == .number("0")) {
        throw Untranslatable(reason: "round() to decimal places has no qdsl counterpart")
      }
      let e = try expression(args[0])
      return QExpr(text: "round(\(e.text))", kind: .whole, level: 8)
    case "if":
      try argumentCount(name, args, 3...3)
      let c = try expression(args[0])
      if args[1] == .number("1") && args[2] == .number("0") {
        return QExpr(text: "number(\(c.text))", kind: .whole, level: 8)
      }
      if args[1] == .number("0") && args[2] == .number("1") {
        return QExpr(text: "number(not " + (c.level < 8 ? "(\(c.text))" : c.text) + ")", kind: .whole, level: 8)
      }
      // if(x > y, y, x) is min(x, y); if(x < y, y, x) is max(x, y) (and the same with the branches swapped).
      if case .binary(let op, let x, let y) = args[0], ["<", "<=", ">", ">="].contains(op) {
        let greater = op == ">" || op == ">="
        var function: String?
        if args[1] == y && args[2] == x { function = greater ? "min" : "max" }
        if args[1] == x && args[2] == y { function = greater ? "max" : "min" }
        if let function { return try aggregateOrPair(function, [x, y]) }
      }
      throw Untranslatable(reason: "qdsl has no if() in formulas (only if(c, 1, 0) as number(c)); use if blocks")
    case "selected-at":
      // selected-at(${q}, position(..) - 1) in a repeat over the choices of q: the iteration's choice.
      try argumentCount(name, args, 2...2)
      if case .reference(let q) = args[0], case .binary("-", .call("position", _), .number("1")) = args[1],
        let r = repeats.last(where: { forEach[$0] == q }), case .many(let list)? = variables[q]?.kind
      {
        return QExpr(text: r, kind: .one(list), level: 8)
      }
      throw Untranslatable(reason: "selected-at() other than the choice of a repeat over a select_multiple")
    case "int":
      // int((D2 - D1) div 365.25), ODK's age in whole years: years_between(D1, D2).
      try argumentCount(name, args, 1...1)
      if case .binary("div", .binary("-", let later, let earlier), .number(let days)) = args[0],
        days == "365.25" || days == "365"
      {
        let to = try expression(later)
        let from = try expression(earlier)
        if to.kind == .date && from.kind == .date {
          return QExpr(text: "years_between(\(from.text), \(to.text))", kind: .whole, level: 8)
        }
      }
      throw Untranslatable(reason: "qdsl has no int() (round() rounds to the nearest whole number)")
    case "position":
      guard args.count == 1, case .unsupported = args[0], let innermost = repeats.last else {
        throw Untranslatable(reason: "position() outside a repeat, or of another node")
      }
      return QExpr(text: "\(innermost).index", kind: .whole, level: 8)
    case "min", "max", "sum", "count":
      return try aggregateOrPair(name, args)
    default:
      throw Untranslatable(reason: "qdsl has no function '\(name)()'")
    }
  }

  /// `min(a, b)`, or an aggregate over a repeat: `sum(${x})` with x in repeat R → `sum(R.x)`; `count(${R})`.
  private mutating func aggregateOrPair(_ name: String, _ args: [XPathNode]) throws -> QExpr {
    if args.count == 2, name == "min" || name == "max" {
      let a = try expression(args[0])
      let b = try expression(args[1])
      let kind: ValueKind = a.kind == .whole && b.kind == .whole ? .whole : (a.kind == .date ? .date : .decimal)
      return QExpr(text: "\(name)(\(a.text), \(b.text))", kind: kind, level: 8)
    }
    if name == "count", args.count == 1, case .filtered(.reference(let r), let condition) = args[0] {
      let (v, qname) = try variable(r)
      guard v.kind == .repeatGroup else { throw Untranslatable(reason: "'${\(r)}[…]' of something not a repeat") }
      var inner = self
      inner.predicateRepeat = qname
      inner.repeats = repeats + [qname]
      let c = try inner.expression(condition)
      guard c.kind == .condition || c.kind == .unknown else { throw Untranslatable(reason: "'[…]' of a value") }
      return QExpr(text: "count(\(qname) where \(c.text))", kind: .whole, level: 8)
    }
    guard args.count == 1, case .reference(let xlsName) = args[0] else {
      throw Untranslatable(reason: "\(name)() of something other than a field of a repeat")
    }
    let (v, qname) = try variable(xlsName)
    if v.kind == .repeatGroup {
      guard name == "count" else { throw Untranslatable(reason: "\(name)() of a repeat itself") }
      return QExpr(text: "count(\(qname))", kind: .whole, level: 8)
    }
    if name == "count", case .many = v.kind, v.repeats.count <= repeats.count {
      return QExpr(text: "count(\(qname))", kind: .whole, level: 8)
    }
    guard v.repeats.count > repeats.count, let r = v.repeats.last else {
      throw Untranslatable(reason: "\(name)() of '${\(xlsName)}', which is not in a repeat below this row")
    }
    if name == "count" { return QExpr(text: "count(\(r) where answered(\(qname)))", kind: .whole, level: 8) }
    return QExpr(text: "\(name)(\(r).\(qname))", kind: v.kind == .unknown ? .decimal : v.kind, level: 8)
  }

  /// XPath's regex() matches anywhere in the text, qdsl's matches() the whole text: `^…$` stays, an open end
  /// gets `.*`.
  static func wholeTextPattern(_ pattern: String) -> String {
    var p = pattern
    let starts = p.hasPrefix("^")
    let ends = p.hasSuffix("$") && !p.hasSuffix("\\$")
    if starts { p.removeFirst() }
    if ends { p.removeLast() }
    if p.contains("|") && !(starts && ends) { p = "(" + p + ")" }
    return (starts ? "" : ".*") + p + (ends ? "" : ".*")
  }
}
