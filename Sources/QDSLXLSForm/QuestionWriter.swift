// Questions and notes written as qdsl: type, `required`, `shuffle`, `where` (from `choice_filter`), `default`,
// texts, hints and checks, with a `# xlsform` comment for each cell qdsl cannot express.

import QDSLWorkbook

extension Importer {
  mutating func question(_ node: SurveyNode, name: String, repeats: [String], loopName: String?) -> ItemChunk {
    let row = node.row
    let xlsName = cell(row, "name")
    var comments: [String] = []
    let condition = relevance(row, repeats: repeats, comments: &comments)
    var handled = Self.questionColumns
    var type: String
    var shuffle = false
    var listOfQuestion: Int?
    let parameters = Self.parameters(cell(row, "parameters"))
    switch node.type {
    case .integer: type = "integer"
    case .decimal: type = "decimal"
    case .text: type = "text"
    case .date: type = "date"
    case .time: type = "time"
    case .datetime: type = "datetime"
    case .range:
      if let b = rangeBounds(row) {
        let (low, high) = (Double(b.start) ?? 0) <= (Double(b.end) ?? 0) ? (b.start, b.end) : (b.end, b.start)
        type = (b.whole ? "integer " : "decimal ") + "\(Self.number(low))..\(Self.number(high))"
        if b.step != "1" {
          comments.append("# xlsform range step \(b.step): qdsl has no step, any value in the range is accepted")
          report.keep("range step")
        }
      } else {
        type = "decimal"
        comments.append("# xlsform parameters (not a range): \(SourceStrings.comment(cell(row, "parameters")))")
        report.keep("parameters")
      }
    case .selectOne, .selectMultiple, .rank:
      switch rowKinds[row.number] {
      case .one(let l)?, .many(let l)?: listOfQuestion = l
      default: if case .rank(let list) = node.type { listOfQuestion = listIndex[list] }
      }
      let listName = listOfQuestion.map { lists[$0].name } ?? ""
      switch node.type {
      case .selectOne: type = "one of " + listName
      case .selectMultiple: type = "many of " + listName
      default: type = "rank of " + listName
      }
    default:
      type = ""
    }
    let isNote = node.type == .note
    if listOfQuestion != nil, let r = parameters["randomize"]?.lowercased() {
      if r == "true" || r == "yes" || r == "true()" { shuffle = true }
      if parameters["seed"] != nil {
        comments.append(
          "# xlsform randomize seed \(SourceStrings.comment(parameters["seed"] ?? "")): qdsl seeds per respondent")
        report.keep("randomize seed")
      }
    } else if node.type != .range, !cell(row, "parameters").isEmpty {
      handled.remove("parameters")
    }
    // required
    var required = false
    let requiredCell = cell(row, "required")
    if !requiredCell.isEmpty && !isNote {
      switch requiredCell.lowercased() {
      case "yes", "true", "true()", "1": required = true
      case "no", "false", "false()", "0": break
      default:
        comments.append(
          "# xlsform required (conditional, qdsl's required is fixed): \(SourceStrings.comment(requiredCell))")
        report.keep("required (conditional)")
      }
    }
    // default
    var defaultText: String?
    let defaultCell = cell(row, "default")
    if !defaultCell.isEmpty && !isNote {
      switch defaultValue(defaultCell, kind: rowKinds[row.number] ?? .unknown, repeats: repeats) {
      case .success(let d): defaultText = d
      case .failure(let why):
        comments.append(
          "# xlsform default (not translated: \(SourceStrings.comment(why.reason))): \(SourceStrings.comment(defaultCell))"
        )
        report.keep("default (not translated)")
      }
    }
    // choice_filter
    var whereText: String?
    let filter = cell(row, "choice_filter")
    if !filter.isEmpty, let l = listOfQuestion {
      switch choiceFilter(filter, list: l, repeats: repeats) {
      case .success(let w): whereText = w
      case .failure(let why):
        comments.append(
          "# xlsform choice_filter (not translated: \(SourceStrings.comment(why.reason))): \(SourceStrings.comment(filter))"
        )
        report.keep("choice_filter (not translated)")
        report.warn(
          "choice_filter kept as a comment, so every choice is offered: \(why.reason)",
          at: location(row, "choice_filter"))
      }
    }
    if isNote { handled.subtract(["required", "default", "constraint", "constraint_message"]) }
    if listOfQuestion == nil { handled.remove("choice_filter") }
    comments += keptCells(row, handled: handled)
    // texts
    var labels = withLoopLabels(texts(row, "label", in: survey), loopName != nil)
    if !labels.values.contains(where: { !$0.isEmpty }) {
      labels = Dictionary(uniqueKeysWithValues: languages.tags.map { ($0, xlsName) })
      report.warn("no label: the name '\(xlsName)' stands in for the text", at: location(row, "label"))
    }
    noteBlanks(labels, at: location(row, "label"))
    var lines = comments
    if isNote {
      lines.append("note \(name) {")
    } else {
      var header = "question \(name): \(type)"
      if required { header += " required" }
      if shuffle { header += " shuffle" }
      if let whereText { header += " where \(whereText)" }
      if let defaultText { header += " default \(defaultText)" }
      lines.append(header + " {")
    }
    lines.append("  text " + textBlock(labels, pipe: pipe(loopName)))
    let hints = withLoopLabels(texts(row, "hint", in: survey), loopName != nil)
    if hints.values.contains(where: { !$0.isEmpty }) {
      noteBlanks(hints, at: location(row, "hint"))
      lines.append("  hint " + textBlock(hints, pipe: pipe(loopName)))
    }
    if !isNote { lines += check(row, xlsName: xlsName, repeats: repeats) }
    lines.append("}")
    return ItemChunk(condition: condition, lines: lines)
  }

  mutating func check(_ row: SheetRow, xlsName: String, repeats: [String]) -> [String] {
    let constraint = cell(row, "constraint")
    guard !constraint.isEmpty else {
      if texts(row, "constraint_message", in: survey).values.contains(where: { !$0.isEmpty }) {
        report.keep("constraint_message without constraint")
        return ["  # xlsform constraint_message without a constraint"]
      }
      return []
    }
    switch translate(constraint, repeats: repeats, current: xlsName, asCondition: true).result {
    case .success(let e):
      var messages = texts(row, "constraint_message", in: survey)
      let text: String
      if messages.values.contains(where: { !$0.isEmpty }) {
        noteBlanks(messages, at: location(row, "constraint_message"))
        text = textBlock(messages, pipe: pipe(nil))
      } else {
        messages = [:]
        text = generatedText(\.notAccepted)
      }
      return ["  check \(e.text) \(text)"]
    case .failure(let why):
      report.keep("constraint (not translated)")
      report.warn("constraint kept as a comment: \(why.reason)", at: location(row, "constraint"))
      return [
        "  # xlsform constraint (not translated: \(SourceStrings.comment(why.reason))): \(SourceStrings.comment(constraint))"
      ]
    }
  }

  /// A default: a literal of the question's kind, or an expression when the cell reads `${…}` or calls a function.
  func defaultValue(_ cell: String, kind: ValueKind, repeats: [String]) -> Result<String, Untranslatable> {
    if cell.contains("${") || cell.contains("(") {
      return translate(cell, repeats: repeats).result.map(\.text)
    }
    switch kind {
    case .whole:
      return Int(cell) != nil ? .success(cell) : .failure(Untranslatable(reason: "'\(cell)' is not a whole number"))
    case .decimal:
      return Double(cell) != nil
        ? .success(Self.number(cell)) : .failure(Untranslatable(reason: "'\(cell)' is not a number"))
    case .text:
      return .success(SourceStrings.literal(cell))
    case .date:
      return ExpressionTranslator.isDate(cell)
        ? .success("date(\"\(cell)\")") : .failure(Untranslatable(reason: "'\(cell)' is not a date YYYY-MM-DD"))
    case .datetime:
      return ExpressionTranslator.datetime(cell).map { .success("datetime(\"\($0)\")") }
        ?? .failure(Untranslatable(reason: "'\(cell)' is not a date and time YYYY-MM-DDTHH:MM"))
    case .time:
      return ExpressionTranslator.time(cell).map { .success("time(\"\($0)\")") }
        ?? .failure(Untranslatable(reason: "'\(cell)' is not a time HH:MM"))
    case .one(let l):
      return lists[l].option(named: cell).map { .success($0.name) }
        ?? .failure(Untranslatable(reason: "'\(cell)' is not a choice of '\(lists[l].xlsName)'"))
    case .many(let l):
      var names: [String] = []
      for part in cell.split(separator: " ") {
        guard let o = lists[l].option(named: String(part)) else {
          return .failure(Untranslatable(reason: "'\(part)' is not a choice of '\(lists[l].xlsName)'"))
        }
        names.append(o.name)
      }
      return .success("[" + names.joined(separator: ", ") + "]")
    default:
      return .failure(Untranslatable(reason: "qdsl has no default for this type"))
    }
  }

  /// A `choice_filter` as `where`: each column it reads becomes an attribute of the list, typed by what it is
  /// compared with, when every choice of the list gives it a value of that type.
  mutating func choiceFilter(_ filter: String, list: Int, repeats: [String]) -> Result<String, Untranslatable> {
    let translated = translate(filter, repeats: repeats, asCondition: true, filterList: list)
    let e: QExpr
    switch translated.result {
    case .failure(let why): return .failure(why)
    case .success(let x): e = x
    }
    var additions: [(column: String, name: String, type: AttributeType, values: [String])] = []
    for (column, type) in translated.filterAttributes
    where !lists[list].attributes.contains(where: { $0.column == column }) {
      var values: [String] = []
      for option in lists[list].options {
        let cell = option.extra[column] ?? ""
        switch type {
        case .text: values.append(SourceStrings.literal(cell))
        case .integer:
          guard let n = ChoiceListReader.numericCode(cell) else {
            return .failure(
              Untranslatable(reason: "the choice '\(option.xlsName)' has no whole number in the column '\(column)'"))
          }
          values.append(String(n))
        case .decimal:
          guard Double(cell) != nil else {
            return .failure(
              Untranslatable(reason: "the choice '\(option.xlsName)' has no number in the column '\(column)'"))
          }
          values.append(Self.number(cell))
        case .list(let other):
          guard let o = lists[other].option(named: cell) else {
            return .failure(
              Untranslatable(
                reason: "the choice '\(option.xlsName)' has \(cell.isEmpty ? "no value" : "'\(cell)'") in the column "
                  + "'\(column)', not a choice of '\(lists[other].xlsName)'"))
          }
          values.append(o.name)
        }
      }
      additions.append((column, ExpressionTranslator.attributeName(column), type, values))
    }
    for a in additions {
      lists[list].attributes.append((a.column, a.name, a.type))
      for i in lists[list].options.indices { lists[list].options[i].attributeValues.append(a.values[i]) }
    }
    return .success(e.text)
  }
}
