// The typing rules of operators (docs/language.md, "Typing rules"), with messages that name the fix.

import QDSLSyntax

extension CheckerState {
  mutating func reportMismatch(_ e: Expr, _ what: String, help: String?) {
    report(Diagnostic(.typeMismatch, "\(what), but this is \(e.type.describe(survey))", at: e.range, help: help))
  }

  /// `adopted == 1`: a bare number where an option name is needed. Reported at the number.
  private mutating func numberAsOption(_ choice: Expr, _ number: Expr, op: BinaryOperator) -> Bool {
    guard let l = choice.type.choiceList, case .integer(let code) = number.kind else { return false }
    let list = survey.lists[l]
    let subject = survey.source(of: choice)
    var help: String
    var fixes: [Diagnostic.Fix] = []
    if let idx = list.option(code: code) {
      let optionName = list.options[idx].name
      help =
        op == .in
        ? "write the option's name, \(optionName), in the list"
        : "write the option's name: \(subject) \(op.rawValue) \(optionName)"
      fixes = [.init(title: "use the option '\(optionName)'", range: number.range, replacement: optionName)]
    } else {
      help =
        "the options of '\(list.name)' are "
        + list.options.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
    }
    report(
      Diagnostic(
        .numberAsOption, "a number is not an option: '\(subject)' is answered from the list '\(list.name)'",
        at: number.range, help: help, fixes: fixes))
    return true
  }

  /// `adopted == "yes"`: a quoted text where an option is needed. Reported at the text, with the option whose
  /// name it spells (ignoring case) as the fix, or the list's options.
  private mutating func textAsOption(_ choice: Expr, _ text: Expr, op: BinaryOperator) -> Bool {
    guard let l = choice.type.choiceList, case .text(let written) = text.kind else { return false }
    let list = survey.lists[l]
    let subject = survey.source(of: choice)
    let match =
      list.optionIndex[written]
      ?? list.options.firstIndex { $0.name.lowercased() == written.lowercased().replacingSpaces() }
    var help: String
    var fixes: [Diagnostic.Fix] = []
    if let idx = match {
      let optionName = list.options[idx].name
      help =
        op == .in
        ? "write the option's name without quotes, \(optionName), in the list"
        : "write the option's name without quotes: \(subject) \(op.rawValue) \(optionName)"
      fixes = [.init(title: "use the option '\(optionName)'", range: text.range, replacement: optionName)]
    } else {
      help = "write one of the options of '\(list.name)' without quotes: \(Self.names(of: list))"
    }
    report(
      Diagnostic(
        .typeMismatch,
        "a quoted text is not an option: '\(subject)' is answered from the list '\(list.name)'",
        at: text.range, help: help, fixes: fixes))
    return true
  }

  /// The options of a list for a help (at most ten).
  static func names(of list: ChoiceList) -> String {
    listed(list.options.prefix(11).map(\.name), of: list.options.count)
  }

  /// Names for a help: at most ten, then how many more (of `total`, when known), so that a message stays short
  /// however long the list.
  static func listed(_ names: [String], of total: Int?) -> String {
    let shown = names.prefix(10).joined(separator: ", ")
    guard names.count > 10 || (total ?? 0) > 10 else { return shown }
    return total.map { "\(shown) and \($0 - 10) more" } ?? "\(shown) and more"
  }

  private func sameList(_ a: ValueType, _ b: ValueType) -> Bool {
    switch (a, b) {
    case (.oneOf(let x), .option(let y)), (.option(let x), .oneOf(let y)), (.oneOf(let x), .oneOf(let y)),
      (.option(let x), .option(let y)):
      return x == y
    default:
      return false
    }
  }

  mutating func typeOfBinary(_ op: BinaryOperator, _ lhs: inout Expr, _ rhs: inout Expr, opRange: TextRange)
    -> ValueType
  {
    let lt = lhs.type
    let rt = rhs.type
    if lt == .error || rt == .error { return .error }
    switch op {
    case .and, .or:
      for operand in [lhs, rhs] where operand.type != .boolean {
        reportMismatch(
          operand, "'\(op.rawValue)' joins conditions",
          help: "compare the answer first, e.g. \(survey.source(of: operand)) == …")
        return .error
      }
      return .boolean
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      if numberAsOption(lhs, rhs, op: op) || numberAsOption(rhs, lhs, op: op) { return .error }
      if textAsOption(lhs, rhs, op: op) || textAsOption(rhs, lhs, op: op) { return .error }
      let ordered = op != .equal && op != .notEqual
      if lt.isNumber && rt.isNumber { return .boolean }
      if sameList(lt, rt) { return .boolean }
      if lt == rt && (lt == .date || lt == .time || lt == .datetime || (!ordered && (lt == .text || lt == .boolean))) {
        return .boolean
      }
      if case .manyOf(let l) = lt, let first = survey.lists[l].options.first {
        // The option written on the other side is the one meant: `kinds == process` → `kinds contains process`.
        var option = first.name
        var fixes: [Diagnostic.Fix] = []
        let subject = survey.source(of: lhs)
        if case .option(let ol, let idx) = rhs.kind, ol == l {
          option = survey.lists[l].options[idx].name
          let test = "\(subject) contains \(option)"
          let rewritten = op == .equal ? test : op == .notEqual ? "not (\(test))" : nil
          fixes =
            rewritten.map {
              [.init(title: "write \($0)", range: TextRange(lhs.range.start, rhs.range.end), replacement: $0)]
            } ?? []
        }
        let help =
          op == .notEqual
          ? "test one option with contains: not (\(subject) contains \(option))"
          : "test one option with contains: \(subject) contains \(option)"
        report(
          Diagnostic(
            .typeMismatch,
            "'\(subject)' holds a set of answers from '\(survey.lists[l].name)', which '\(op.rawValue)' cannot compare",
            at: lhs.range, help: help, fixes: fixes))
        return .error
      }
      if ordered && lt == rt {
        report(
          Diagnostic(
            .typeMismatch,
            "'\(op.rawValue)' cannot put \(lt == .text ? "texts" : "conditions") in order: it compares numbers, dates or options of a scale",
            at: lhs.range, help: "compare texts with == or !=, or compare their length(…)"))
        return .error
      }
      if let l = lt.choiceList, case .option(let other) = rt, other != l {
        report(
          Diagnostic(
            .optionNotInList,
            "this is an option of '\(survey.lists[other].name)', but '\(survey.source(of: lhs))' is answered from '\(survey.lists[l].name)'",
            at: rhs.range, help: "its options are \(survey.lists[l].options.map(\.name).joined(separator: ", "))"))
        return .error
      }
      let what =
        ordered
        ? "'\(op.rawValue)' compares numbers, dates or options of an ordered scale"
        : "'\(op.rawValue)' compares two values of one type"
      reportMismatch(rhs, "\(what); the left side is \(lt.describe(survey))", help: nil)
      return .error
    case .in:
      if case .list(let items) = rhs.kind, lt.choiceList != nil {
        var flagged = false
        for item in items where numberAsOption(lhs, item, op: .in) || textAsOption(lhs, item, op: .in) {
          flagged = true
        }
        if flagged { return .error }
      }
      guard case .list(let element) = rt else {
        reportMismatch(rhs, "'in' needs a list in brackets, e.g. [municipality, county]", help: nil)
        return .error
      }
      if case .oneOf(let l) = lt, element == .option(l) { return .boolean }
      if lt.isNumber && element.isNumber { return .boolean }
      reportMismatch(
        rhs,
        "'in' needs a list of options of the left side's list, or of numbers; the left side is \(lt.describe(survey))",
        help: nil)
      return .error
    case .contains:
      if case .manyOf(let l) = lt {
        if numberAsOption(lhs, rhs, op: .contains) || textAsOption(lhs, rhs, op: .contains) { return .error }
        if case .option(let o) = rt, o == l { return .boolean }
        reportMismatch(rhs, "'contains' needs an option of '\(survey.lists[l].name)'", help: nil)
        return .error
      }
      var help: String? = nil
      if case .oneOf = lt { help = "a 'one of' answer holds one option: compare it with ==" }
      reportMismatch(lhs, "'contains' needs a 'many of' answer on its left", help: help)
      return .error
    case .add, .subtract, .multiply, .divide:
      if op == .subtract && lt == .date && rt == .date { return .integer }
      if op == .add && lt == .text && rt == .text { return .text }
      for operand in [lhs, rhs] where !operand.type.isNumber {
        var help: String? = nil
        if case .manyOf = operand.type { help = "count the selected options with count(\(survey.source(of: operand)))" }
        if operand.type == .boolean { help = "turn a condition into 1 or 0 with number(…)" }
        if operand.type == .text && op == .add {
          help = "'+' joins two texts (e.g. first_name + \" \" + last_name) or adds two numbers, not one of each"
        }
        reportMismatch(operand, "'\(op.rawValue)' needs numbers", help: help)
        return .error
      }
      if op == .divide { return .decimal }
      return lt == .integer && rt == .integer ? .integer : .decimal
    }
  }
}

extension String {
  /// "don't know" → "don_t_know": how a label's words might be spelt as an option name.
  fileprivate func replacingSpaces() -> String {
    String(map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }
}
