// qdsl expressions as XPath for the XForm export: option names become codes, `contains` becomes selected(),
// count() count-selected(), and every comparison is guarded so that a missing operand makes it false, as in qdsl.

import QDSLSemantics

/// Translates the expressions of one survey into XPath 1.0 with the ODK XForms functions.
///
/// Inside a repeat, references to the current iteration are markers that each bind resolves for its own node
/// (`XFormLevels`); inside an aggregate's value and `where`, whose context node is an iteration of the repeat
/// aggregated, they are written relative to that iteration.
///
/// XPath has no "missing": an unanswered question is the empty string, which `number()` turns into NaN. A
/// comparison with NaN is false, except `!=`, which is true; `'' = ''` is true; `'' + 1` is NaN; `1 div 0` is
/// Infinity. So every value is translated with the condition under which qdsl would have it (`defined`), and a
/// comparison holds only when both operands are defined. See docs/outputs.md for the whole table.
struct XFormExpression {
  let survey: Survey
  /// The absolute path of each variable's node, by `VariableID` (empty for variables without one).
  var paths: [String]
  /// The elements of the levels, and the markers' resolution.
  var levels: XFormLevels
  /// The repeat whose iteration is the context node while an aggregate's value and `where` are translated (nil:
  /// the node of a bind, with markers for the current iterations).
  private var predicateLevel: LevelID?

  init(survey: Survey, paths: [String], levels: XFormLevels) {
    self.survey = survey
    self.paths = paths
    self.levels = levels
  }

  /// A value: `value` in the natural XPath form of its type (a number for numbers, codes and booleans stored as
  /// 1/0; a string for texts, dates as `YYYY-MM-DD` and `many of` answers; a boolean for conditions), and
  /// `defined`, the XPath condition under which qdsl has a value (nil when it always has one).
  struct Value {
    var value: String
    var defined: String?
  }

  /// A condition: true when it holds, false when it does not or is missing.
  func condition(_ e: Expr) -> String {
    guard e.type == .boolean else { return "false()" }
    return value(e).value
  }

  /// A universe as one condition: the conjunction of its facts.
  func universe(_ facts: [UniverseFact]) -> String {
    facts.map(fact).joined(separator: " and ")
  }

  private func fact(_ f: UniverseFact) -> String {
    switch f {
    case .holds(let e): return "(\(condition(e)))"
    case .fails(let e): return "not(\(condition(e)))"
    case .survived(let facts, _):
      if facts.isEmpty { return "false()" }
      return "not(" + facts.map(fact).joined(separator: " and ") + ")"
    }
  }

  /// The value a calculate stores: its formula's value where defined, else empty. Conditions are stored as 1/0.
  func stored(_ e: Expr) -> String {
    let v = value(e)
    let text = e.type == .boolean ? "if(\(v.value), 1, 0)" : v.value
    guard let defined = v.defined else { return text }
    return "if(\(defined), \(text), '')"
  }

  /// The path of a variable's node as read here: absolute outside repeats, else from the current iteration.
  func path(_ v: VariableID) -> String {
    guard v < paths.count else { return "" }
    let level = survey.variables[v].level
    guard level != 0, level < levels.elements.count else { return paths[v] }
    return at(level, String(decoding: paths[v].utf8.dropFirst(levels.elements[level].utf8.count), as: UTF8.self))
  }

  /// The element of the current iteration of `level`: a marker for a bind, or relative to the aggregated iteration.
  func iteration(_ level: LevelID) -> String {
    guard let p = predicateLevel else { return XFormLevels.marker(level) }
    return XFormLevels.up(XFormLevels.depth(levels.elements[p]) - XFormLevels.depth(levels.elements[level]))
  }

  /// `suffix` (starting with `/`) below the element of the current iteration of `level`.
  func at(_ level: LevelID, _ suffix: String) -> String {
    let base = iteration(level)
    return base == "." ? String(suffix.dropFirst()) : base + suffix
  }

  func value(_ e: Expr) -> Value {
    switch e.kind {
    case .integer(let n): return Value(value: String(n), defined: nil)
    case .decimal(let x): return Value(value: Self.number(x), defined: nil)
    case .text(let s): return Value(value: Self.literal(s), defined: nil)
    case .boolean(let b): return Value(value: b ? "true()" : "false()", defined: nil)
    case .variable(let v): return variable(v)
    case .option(let l, let i): return Value(value: String(survey.lists[l].options[i].code), defined: nil)
    case .list: return Value(value: "''", defined: "false()")
    case .unary(let op, let operand):
      if op == .not { return Value(value: "not(\(condition(operand)))", defined: nil) }
      let v = value(operand)
      return Value(value: "-" + Self.operand(v.value), defined: v.defined)
    case .binary(let op, let a, let b): return binary(op, a, b)
    case .call(let f, let args): return call(f, args)
    case .iterationIndex(let l):
      return Value(value: "position(\(iteration(l)))", defined: nil)
    case .iterationOption(let l):
      let p = at(l, "/" + levels.keyNames[l])
      return Value(value: "number(\(p))", defined: "\(p) != ''")
    case .instanceVariable(let r, let v):
      return typed(instance(r, v), Self.nodeType(survey.variables[v]))
    case .aggregate(let a, let l, let value, let filter):
      return aggregate(a, l, value, filter)
    case .optionAttribute(let l, let a):
      // Inside a choice filter's predicate: the attribute's element of the candidate item.
      guard a < survey.lists[l].attributes.count else { return Value(value: "''", defined: "false()") }
      let attribute = survey.lists[l].attributes[a]
      let element = XFormLowering.offerAttribute(attribute.name)
      return Value(value: attribute.type == .text ? element : "number(\(element))", defined: nil)
    case .invalid:
      return Value(value: "''", defined: "false()")
    }
  }

  /// The value of variable `v` of repeat S at the iteration that the current iteration of `r` (a `for each S`)
  /// stands for: `indexed-repeat()` with the number of each enclosing iteration and `r`'s for S's own.
  func instance(_ r: LevelID, _ v: VariableID) -> String {
    let s = survey.variables[v].level
    var args = [v < paths.count ? paths[v] : "''"]
    for a in survey.levelPath(s) {
      args.append(levels.elements[a])
      args.append("position(\(iteration(a == s ? r : a)))")
    }
    return "indexed-repeat(\(args.joined(separator: ", ")))"
  }

  /// `count(R where C)`, `sum(R.x)`, …: XPath over R's live iterations reachable from here, with the value and
  /// the condition translated relative to each iteration.
  private func aggregate(_ a: Aggregate, _ l: LevelID, _ value: Expr?, _ filter: Expr?) -> Value {
    var inner = self
    inner.predicateLevel = l
    let nodes: String
    if let p = predicateLevel {
      nodes = levels.nodeset(l, from: p, depth: XFormLevels.depth(levels.elements[p]))
    } else {
      nodes = XFormLevels.nodesetMarker(l)
    }
    var tests = [levels.live(l)]
    if let filter { tests.append(Self.operand(inner.condition(filter))) }
    switch a {
    case .count:
      return Value(value: "count(\(nodes)[\(tests.joined(separator: " and "))])", defined: nil)
    case .any:
      return Value(value: "count(\(nodes)[\(tests.joined(separator: " and "))]) > 0", defined: nil)
    case .all:
      let failing = filter.map { "not(\(inner.condition($0)))" } ?? "false()"
      return Value(value: "count(\(nodes)[\(levels.live(l)) and \(failing)]) = 0", defined: nil)
    case .sum, .min, .max:
      guard let value, case .variable(let v) = value.kind else { return Value(value: "''", defined: "false()") }
      let x = inner.path(v)
      tests.append("\(x) != ''")
      let present = "\(nodes)[\(tests.joined(separator: " and "))]"
      let values = "\(present)/\(x)"
      if a == .sum { return Value(value: "sum(\(values))", defined: nil) }
      let function = a == .min ? "min" : "max"
      let result = "\(function)(\(values))"
      return Value(
        value: value.type == .date ? "format-date(\(result), '%Y-%m-%d')" : result, defined: "count(\(present)) > 0")
    }
  }

  private func variable(_ id: VariableID) -> Value { typed(path(id), Self.nodeType(survey.variables[id])) }

  /// The type a variable's node is read as: its own, except that a calculated time or date with a time is a
  /// string node that already holds `HH:MM` or `YYYY-MM-DDTHH:MM` (JavaRosa cannot read it as a time).
  static func nodeType(_ v: Variable) -> ValueType {
    if v.kind == .calculate && (v.type == .time || v.type == .datetime) { return .text }
    return v.type
  }

  /// The value of the node at `p`, read as its type.
  private func typed(_ p: String, _ type: ValueType) -> Value {
    let defined = "\(p) != ''"
    switch type {
    case .integer, .decimal, .oneOf, .option: return Value(value: "number(\(p))", defined: defined)
    case .boolean: return Value(value: "\(p) = 1", defined: defined)
    case .date: return Value(value: "string(\(p))", defined: defined)
    // JavaRosa's string() of a time or dateTime node is its date: the value is formatted as qdsl writes it.
    case .time: return Value(value: "format-date-time(\(p), '%H:%M')", defined: defined)
    case .datetime: return Value(value: "format-date-time(\(p), '%Y-%m-%dT%H:%M')", defined: defined)
    default: return Value(value: p, defined: defined)
    }
  }

  /// `a and b` of two optional conditions (nil is true).
  static func both(_ a: String?, _ b: String?) -> String? {
    switch (a, b) {
    case (nil, nil): return nil
    case (let a?, nil): return a
    case (nil, let b?): return b
    case (let a?, let b?): return "\(a) and \(b)"
    }
  }

  /// `condition`, holding only where `defined` does.
  static func guarded(_ defined: String?, _ condition: String) -> String {
    guard let defined else { return condition }
    return "(\(defined) and \(condition))"
  }

  /// A time `HH:MM` or a date and time `YYYY-MM-DDTHH:MM` as a number that orders them (`830`,
  /// `202405010830`).
  static func clockNumber(_ x: String) -> String { "number(translate(\(x), '-T:', ''))" }

  /// `YYYYMMDD` of a date or a date and time, as a number: the difference of two, divided by 10,000 and cut
  /// toward zero, is the whole years between them (an age).
  static func dateNumber(_ x: String) -> String { "number(translate(substr(\(x), 0, 10), '-', ''))" }

  /// The number of days since 1970-01-01 of a date in string form.
  static func days(_ date: String) -> String { "decimal-date-time(\(date))" }

  private func binary(_ op: BinaryOperator, _ a: Expr, _ b: Expr) -> Value {
    switch op {
    case .and, .or:
      return Value(value: "(\(condition(a)) \(op.rawValue) \(condition(b)))", defined: nil)
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      let x = value(a)
      let y = value(b)
      var left = x.value
      var right = y.value
      if a.type == .date && !op.isEquality {
        left = Self.days(left)
        right = Self.days(right)
      }
      if (a.type == .time || a.type == .datetime) && !op.isEquality {
        left = Self.clockNumber(left)
        right = Self.clockNumber(right)
      }
      let symbol: String
      switch op {
      case .equal: symbol = "="
      case .notEqual: symbol = "!="
      default: symbol = op.rawValue
      }
      return Value(
        value: Self.guarded(Self.both(x.defined, y.defined), "\(Self.operand(left)) \(symbol) \(Self.operand(right))"),
        defined: nil)
    case .in:
      let x = value(a)
      let elements: [Expr]
      if case .list(let items) = b.kind { elements = items } else { elements = [b] }
      let defined = x.defined
      var alternatives: [String] = []
      for element in elements {
        let y = value(element)
        alternatives.append(Self.guarded(y.defined, "\(Self.operand(x.value)) = \(Self.operand(y.value))"))
      }
      let any = alternatives.isEmpty ? "false()" : "(" + alternatives.joined(separator: " or ") + ")"
      return Value(value: Self.guarded(defined, any), defined: nil)
    case .contains:
      let set = value(a)
      if case .option(let l, let i) = b.kind {
        return Value(value: "selected(\(set.value), '\(survey.lists[l].options[i].code)')", defined: nil)
      }
      let option = value(b)
      return Value(value: Self.guarded(option.defined, "selected(\(set.value), string(\(option.value)))"), defined: nil)
    case .add, .subtract, .multiply, .divide:
      let x = value(a)
      let y = value(b)
      if op == .add && a.type == .text && b.type == .text {
        // A missing text joins as the empty text; the join is missing only when both are.
        let defined = x.defined.flatMap { dx in y.defined.map { "(\(dx) or \($0))" } }
        return Value(value: "concat(\(x.value), \(y.value))", defined: defined)
      }
      if op == .subtract && a.type == .date && b.type == .date {
        return Value(
          value: "round(\(Self.days(x.value)) - \(Self.days(y.value)))", defined: Self.both(x.defined, y.defined))
      }
      let symbol: String
      switch op {
      case .add: symbol = "+"
      case .subtract: symbol = "-"
      case .multiply: symbol = "*"
      default: symbol = "div"
      }
      var defined = Self.both(x.defined, y.defined)
      if op == .divide { defined = Self.both(defined, "\(Self.operand(y.value)) != 0") }
      return Value(value: "\(Self.operand(x.value)) \(symbol) \(Self.operand(y.value))", defined: defined)
    }
  }

  private func call(_ f: Function, _ args: [Expr]) -> Value {
    func arg(_ i: Int) -> Value { i < args.count ? value(args[i]) : Value(value: "''", defined: "false()") }
    switch f {
    case .count:
      return Value(value: "count-selected(\(arg(0).value))", defined: nil)
    case .answered:
      return Value(value: arg(0).defined ?? "true()", defined: nil)
    case .length:
      let t = arg(0)
      return Value(value: "string-length(\(t.value))", defined: t.defined)
    case .date, .time, .datetime:
      return arg(0)
    case .year, .month, .day:
      let d = arg(0)
      let (from, to) = f == .year ? (0, 4) : f == .month ? (5, 7) : (8, 10)
      return Value(value: "number(substr(\(d.value), \(from), \(to)))", defined: d.defined)
    case .yearsBetween:
      let a = arg(0)
      let b = arg(1)
      return Value(
        value: "int((\(Self.dateNumber(b.value)) - \(Self.dateNumber(a.value))) div 10000)",
        defined: Self.both(a.defined, b.defined))
    case .today:
      return Value(value: "format-date(today(), '%Y-%m-%d')", defined: nil)
    case .coalesce:
      let a = arg(0)
      let b = arg(1)
      guard let defined = a.defined else { return a }
      return Value(
        value: "if(\(defined), \(a.value), \(b.value))", defined: b.defined.map { "(\(defined) or \($0))" })
    case .number:
      let c = args.first.map(condition) ?? "false()"
      return Value(value: "if(\(c), 1, 0)", defined: nil)
    case .round:
      // XPath's round() rounds halves up (round(-2.5) is -2); qdsl rounds them away from zero.
      let x = arg(0)
      let v = Self.operand(x.value)
      return Value(value: "if(\(v) < 0, -round(-\(v)), round(\(x.value)))", defined: x.defined)
    case .matches:
      // A missing text matches nothing (as a comparison with a missing operand is false).
      let x = arg(0)
      guard args.count == 2, case .text(let p) = args[1].kind, case .success(let pattern) = TextPattern.parse(p) else {
        return Value(value: "false()", defined: nil)
      }
      let test = "regex(\(x.value), \(Self.literal(XFormPattern.source(pattern))))"
      return Value(value: x.defined.map { "(\($0) and \(test))" } ?? test, defined: nil)
    case .min, .max:
      let a = arg(0)
      let b = arg(1)
      let isDate = args.first?.type == .date
      let left = isDate ? Self.days(a.value) : a.value
      let right = isDate ? Self.days(b.value) : b.value
      let symbol = f == .min ? "<=" : ">="
      return Value(
        value: "if(\(Self.operand(left)) \(symbol) \(Self.operand(right)), \(a.value), \(b.value))",
        defined: Self.both(a.defined, b.defined))
    }
  }

  /// `x` as the operand of an operator: as it is when it is one term (a path, a number, a literal, a function
  /// call), else in parentheses. Every operator the translation writes has spaces around it, so a term is an
  /// expression without a space outside quotes and parentheses.
  static func operand(_ x: String) -> String {
    var depth = 0
    var quote: UInt8?
    for b in x.utf8 {
      if let q = quote {
        if b == q { quote = nil }
        continue
      }
      switch b {
      case UInt8(ascii: "'"), UInt8(ascii: "\""): quote = b
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"): depth -= 1
      case UInt8(ascii: " ") where depth == 0: return "(\(x))"
      default: break
      }
    }
    return x
  }

  /// A string literal of XPath 1.0, which has no escapes: quoted with `'`, or `"` when the text has `'`, or
  /// concat() of pieces when it has both.
  static func literal(_ text: String) -> String {
    // The control characters that mark levels (XFormLevels) never stand for themselves; the XML would replace
    // them anyway.
    let s =
      text.utf8.contains(where: { $0 >= 1 && $0 <= 3 })
      ? String(text.unicodeScalars.map { $0.value >= 1 && $0.value <= 3 ? "\u{FFFD}" : Character($0) }) : text
    let hasApostrophe = s.utf8.contains(UInt8(ascii: "'"))
    if !hasApostrophe { return "'\(s)'" }
    if !s.utf8.contains(UInt8(ascii: "\"")) { return "\"\(s)\"" }
    let pieces = s.split(separator: "'", omittingEmptySubsequences: false).map { "'\($0)'" }
    return "concat(" + pieces.joined(separator: ", \"'\", ") + ")"
  }

  /// A number as XPath writes it: whole numbers without a point, others in plain decimal notation (XPath has no
  /// exponents).
  static func number(_ x: Double) -> String { Survey.plainNumber(x) }
}

extension BinaryOperator {
  var isEquality: Bool { self == .equal || self == .notEqual }
}
