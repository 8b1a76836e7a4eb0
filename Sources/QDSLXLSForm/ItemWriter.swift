// The survey tree written as qdsl items: questions, notes, calculates, sections, repeats, `if` blocks for
// `relevant`, and a `# xlsform …` comment for every cell qdsl cannot express, at its place.

import QDSLWorkbook

/// A group written as a grid: its list and whether its rows are required.
struct GridShape: Sendable {
  var list: Int
  var required: Bool
}

/// Lines of one item with the condition of its `relevant` (adjacent items of one condition share an `if`).
struct ItemChunk {
  var condition: String?
  var lines: [String]
}

extension Importer {
  /// Columns each row may use without a comment.
  static let handledColumns: Set<String> = [
    "type", "name", "label", "hint", "required", "relevant", "constraint", "constraint_message", "calculation",
    "default", "choice_filter", "repeat_count", "parameters",
  ]

  // MARK: declarations (before any item is written, so that every reference finds its name)

  mutating func declare(_ nodes: [SurveyNode], repeats: [String], depth: Int) -> WorkbookError? {
    let nameColumn = survey.column("name")
    for node in nodes {
      let xlsName = node.row.cell(nameColumn)
      var variable = ImportedVariable(name: nil, kind: .unknown, repeats: repeats)
      switch node.type {
      case .integer: variable.kind = .whole
      case .decimal: variable.kind = .decimal
      case .range: variable.kind = rangeBounds(node.row)?.whole == false ? .decimal : .whole
      case .text: variable.kind = .text
      case .date: variable.kind = .date
      case .time: variable.kind = .time
      case .datetime: variable.kind = .datetime
      case .selectOne(let list, let orOther), .selectMultiple(let list, let orOther):
        guard var l = listIndex[list] else { return missingList(list, node) }
        if orOther { l = orOtherList(l) }
        lists[l].used = true
        if case .selectOne = node.type { variable.kind = .one(l) } else { variable.kind = .many(l) }
      case .rank(let list):
        guard let l = listIndex[list] else { return missingList(list, node) }
        lists[l].used = true
        variable.kind = .rank
      case .calculate: variable.kind = .unknown
      case .note: variable.unavailable = "a note, which holds no value"
      case .paradata(let kind):
        variable.kind = kind == "today" ? .date : (kind == "start" || kind == "end" ? .datetime : .text)
      case .kept(let type): variable.unavailable = "a \(type), which qdsl keeps as a comment"
      case .beginGroup: variable.unavailable = "a group"
      case .beginRepeat:
        variable.kind = .repeatGroup
        // repeat_count count-selected(${q}) of an earlier select_multiple: a repeat for each choice of q.
        if case .success(.call("count-selected", let args)) = XPathParser.parse(
          node.row.cell(survey.column("repeat_count"))),
          args.count == 1, case .reference(let q) = args[0],
          let driver = variables[q], case .many = driver.kind, driver.repeats == repeats, let qname = driver.name
        {
          forEachDriver[node.row.number] = (q, qname)
        }
      case .beginLoop(let list):
        guard let l = listIndex[list] else { return missingList(list, node) }
        lists[l].used = true
        variable.kind = .one(l)
        variable.loopList = l
      default: break
      }
      rowKinds[node.row.number] = variable.kind
      if !xlsName.isEmpty && rowByName[xlsName] == nil { rowByName[xlsName] = node.row }
      if xlsName.isEmpty {
        if case .beginGroup = node.type {
        } else if case .kept = node.type {
        } else {
          return WorkbookError(
            "this row has no name", at: survey.location(node.row, nameColumn),
            help: "give it a name: letters, digits and _ (what the data calls its answer)")
        }
      }
      let keptAsComment: Bool
      if case .kept = node.type { keptAsComment = true } else { keptAsComment = false }
      if !xlsName.isEmpty && !keptAsComment {
        var base = Identifiers.valid(xlsName, fallback: "item")
        if Identifiers.itemWords.contains(base), !node.type.isParadata { base += "_" }
        let name = itemNames.claim(base)
        claimedNames[node.row.number] = name
        if name != xlsName {
          report.warn(
            "the name '\(xlsName)' is written '\(name)' (a qdsl name is letters, digits and _, unique)",
            at: survey.location(node.row, nameColumn))
        }
        if case .beginGroup = node.type {
        } else if variables[xlsName] == nil {
          variable.name = name
          variables[xlsName] = variable
        }
      } else if case .beginGroup = node.type {
        claimedNames[node.row.number] = itemNames.claim("group_\(node.row.number)")
      }
      if case .beginGroup = node.type, let grid = gridCandidate(node) {
        let gridName = claimedNames[node.row.number] ?? "grid"
        grids[node.row.number] = grid
        var rowNames = NameSpace()
        for child in node.children {
          let childName = child.row.cell(nameColumn)
          guard !childName.isEmpty, variables[childName] == nil else {
            return WorkbookError(
              "this row has no name, or the name of an earlier row", at: survey.location(child.row, nameColumn),
              help: "give each row of the form a name of its own")
          }
          let rowName = rowNames.claim(Identifiers.valid(childName, fallback: "row"))
          claimedNames[child.row.number] = rowName
          variables[childName] = ImportedVariable(
            name: "\(gridName).\(rowName)", kind: .one(grid.list), repeats: repeats)
        }
        lists[grid.list].used = true
        report.warn(
          "the \(cell(node.row, "appearance")) group '\(xlsName)' of one list is a grid: its rows' data columns are "
            + node.children.map { "\(gridName)_\(claimedNames[$0.row.number] ?? "")" }.joined(separator: ", ")
            + " (XLSForm: " + node.children.map { $0.row.cell(nameColumn) }.joined(separator: ", ") + ")",
          at: survey.location(node.row, survey.column("appearance")))
        continue
      }
      if node.isContainer {
        var inner = repeats
        if case .beginGroup = node.type {
        } else {
          let repeatName = variables[xlsName]?.name ?? xlsName
          inner.append(repeatName)
          if let driver = forEachDriver[node.row.number] { repeatForEach[repeatName] = driver.xlsName }
        }
        if let e = declare(node.children, repeats: inner, depth: depth + 1) { return e }
      }
    }
    return nil
  }

  private func missingList(_ list: String, _ node: SurveyNode) -> WorkbookError {
    WorkbookError(
      "the list '\(list)' is not in the choices sheet", at: survey.location(node.row, survey.column("type")),
      help: "add its choices to the choices sheet with list_name '\(list)', or correct the list's name")
  }

  /// The list an `or_other` question uses: the list itself when only `or_other` questions use it, else a copy with
  /// the `other` choice (`LIST_or_other`).
  private mutating func orOtherList(_ l: Int) -> Int {
    if listsUsedPlainly == nil {
      let typeColumn = survey.column("type")
      var used: Set<String> = []
      for row in survey.rows {
        switch XLSFormType.read(row.cell(typeColumn)) {
        case .selectOne(let list, false), .selectMultiple(let list, false), .rank(let list), .beginLoop(let list):
          used.insert(list)
        default: break
        }
      }
      listsUsedPlainly = used
    }
    let usedPlainly = listsUsedPlainly?.contains(lists[l].xlsName) ?? false
    var target = l
    if usedPlainly {
      let copyName = lists[l].xlsName + " or_other"
      if let existing = listIndex[copyName] { return existing }
      var copy = lists[l]
      copy.name = listNames.claim(lists[l].name + "_or_other")
      copy.isOrOtherCopy = true
      copy.xlsName = copyName
      target = lists.count
      lists.append(copy)
      listIndex[copyName] = target
    }
    if let i = lists[target].optionIndex["other"] {
      lists[target].options[i].specify = true
      return target
    }
    let code = (lists[target].options.map(\.code).max() ?? 0) + 1
    var names = NameSpace(reserved: Set(lists[target].options.map(\.name)))
    let other = ImportedOption(
      xlsName: "other", name: names.claim("other"), code: code,
      labels: Dictionary(uniqueKeysWithValues: languages.tags.map { ($0, "Other") }), row: nil, specify: true)
    lists[target].optionIndex["other"] = lists[target].options.count
    lists[target].options.append(other)
    return target
  }

  // MARK: items

  mutating func items(_ nodes: [SurveyNode], repeats: [String]) -> [String] {
    var chunks: [ItemChunk] = []
    for node in nodes { chunks.append(item(node, repeats: repeats)) }
    return render(chunks)
  }

  /// Adjacent chunks of one condition share one `if`.
  func render(_ chunks: [ItemChunk]) -> [String] {
    var out: [String] = []
    var i = 0
    while i < chunks.count {
      guard let condition = chunks[i].condition else {
        out += chunks[i].lines
        i += 1
        continue
      }
      out.append("if \(condition) {")
      while i < chunks.count, chunks[i].condition == condition {
        out += chunks[i].lines.map { "  " + $0 }
        i += 1
      }
      out.append("}")
    }
    return out
  }

  private func cell(_ row: SheetRow, _ key: String) -> String { row.cell(survey.column(key)) }

  /// Where a row's cell of `key` is: its column without a language, else its first column in any language.
  private func location(_ row: SheetRow, _ key: String) -> CellLocation {
    survey.location(row, survey.column(key) ?? survey.columns.first { $0.key == key })
  }

  /// A translator for a cell of `row`, with the names declared and the repeats around it.
  /// Translates one cell. The translator shares the names and lists with the importer and is gone when this
  /// returns, so the importer's later changes to them never copy them (which would be quadratic).
  private func translate(
    _ cell: String, repeats: [String], current: String? = nil, asCondition: Bool = false, filterList: Int? = nil
  ) -> (result: Result<QExpr, Untranslatable>, filterAttributes: [(column: String, type: AttributeType)]) {
    var t = ExpressionTranslator(variables: variables, lists: lists, current: current, repeats: repeats)
    t.forEach = repeatForEach
    t.filterList = filterList
    let result = asCondition ? t.condition(cell) : t.translate(cell)
    return (result, t.filterAttributes)
  }

  /// Comments for the cells of a row that no rule translates.
  private mutating func keptCells(_ row: SheetRow, handled: Set<String>) -> [String] {
    var out: [String] = []
    for column in survey.columns where !handled.contains(column.key) {
      let text = row.cell(column)
      guard !text.isEmpty else { continue }
      out.append("# xlsform \(column.header): \(SourceStrings.comment(text))")
      report.keep(column.key)
    }
    return out
  }

  /// The condition of `relevant`, or a comment saying why it stays one.
  private mutating func relevance(_ row: SheetRow, repeats: [String], comments: inout [String]) -> String? {
    let relevant = cell(row, "relevant")
    guard !relevant.isEmpty else { return nil }
    switch translate(relevant, repeats: repeats, asCondition: true).result {
    case .success(let e): return e.text
    case .failure(let why):
      comments.append(
        "# xlsform relevant (not translated: \(SourceStrings.comment(why.reason))): \(SourceStrings.comment(relevant))")
      report.keep("relevant (not translated)")
      report.warn(
        "relevant kept as a comment, so the row is always shown: \(why.reason)", at: location(row, "relevant"))
      return nil
    }
  }

  private func pipe(_ loopName: String?) -> (String) -> String? {
    let variables = self.variables
    return { name in
      if let loopName, name == "%loop" { return loopName }
      return variables[name]?.name
    }
  }

  private func withLoopLabels(_ texts: [String: String], _ loop: Bool) -> [String: String] {
    guard loop else { return texts }
    return texts.mapValues { $0.replacingOccurrences(of: "%(label)s", with: "${%loop}") }
  }

  mutating func item(_ node: SurveyNode, repeats: [String], loopName: String? = nil) -> ItemChunk {
    let row = node.row
    let xlsName = cell(row, "name")
    let name = claimedNames[row.number] ?? "item_\(row.number)"
    var comments: [String] = []
    switch node.type {
    case .kept(let type):
      let label = texts(row, "label", in: survey)[languages.source] ?? ""
      comments.append(
        "# xlsform row \(row.number): \(SourceStrings.comment(cell(row, "type"))) \(SourceStrings.comment(xlsName))"
          + (label.isEmpty ? "" : " \"\(SourceStrings.comment(label))\"") + " (qdsl has no \(type))")
      report.keep(type)
      for column in survey.columns where !["type", "name", "label"].contains(column.key) || column.language != nil {
        let text = row.cell(column)
        if text.isEmpty || (column.key == "label" && languages.tag(of: column) == languages.source) { continue }
        comments.append("#   \(column.header): \(SourceStrings.comment(text))")
      }
      return ItemChunk(condition: nil, lines: comments)
    case .paradata(let kind):
      if paradata.contains(where: { $0.kind == kind }) {
        comments.append("# xlsform row \(row.number): a second \(cell(row, "type")) \(xlsName) (kept once as paradata)")
        report.keep("second paradata of one kind")
        variables[xlsName]?.name = paradata.first { $0.kind == kind }?.name
      } else {
        paradata.append((name, kind))
      }
      return ItemChunk(condition: nil, lines: comments)
    case .beginGroup:
      return section(node, repeats: repeats, loopName: loopName)
    case .beginRepeat, .beginLoop:
      return repeatItem(node, repeats: repeats)
    case .calculate:
      return calculateItem(node, name: name, repeats: repeats)
    default:
      return question(node, name: name, repeats: repeats, loopName: loopName)
    }
  }

  /// A `field-list` or `table-list` group whose items are all `select_one` of one list, with a label, no
  /// logic of their own and one `required`: qdsl's grid fits it.
  func gridCandidate(_ node: SurveyNode) -> GridShape? {
    let appearance = cell(node.row, "appearance").lowercased()
    guard appearance.contains("field-list") || appearance.contains("table-list"), node.children.count >= 2,
      texts(node.row, "label", in: survey).values.contains(where: { !$0.isEmpty })
    else { return nil }
    var list: String?
    var required: Bool?
    let logic = ["relevant", "constraint", "calculation", "default", "choice_filter", "parameters", "hint"]
    for child in node.children {
      guard case .selectOne(let l, false) = child.type, list == nil || list == l else { return nil }
      list = l
      if logic.contains(where: { !cell(child.row, $0).isEmpty }) { return nil }
      let r = ["yes", "true", "true()", "1"].contains(cell(child.row, "required").lowercased())
      if let required, required != r { return nil }
      required = r
      let rowAppearance = cell(child.row, "appearance").lowercased()
      guard rowAppearance.isEmpty || rowAppearance == "list-nolabel" else { return nil }
      let handled: Set<String> = ["type", "name", "label", "required", "appearance"]
      if survey.columns.contains(where: { !handled.contains($0.key) && !child.row.cell($0).isEmpty }) { return nil }
    }
    guard let list, let index = listIndex[list] else { return nil }
    return GridShape(list: index, required: required ?? false)
  }

  private mutating func grid(_ node: SurveyNode, _ shape: GridShape, repeats: [String]) -> ItemChunk {
    let row = node.row
    var comments: [String] = []
    let condition = relevance(row, repeats: repeats, comments: &comments)
    comments += keptCells(row, handled: Self.handledColumns.union(["appearance"]))
    let name = claimedNames[row.number] ?? "grid_\(row.number)"
    var lines = comments
    lines.append("grid \(name): one of \(lists[shape.list].name)\(shape.required ? " required" : "") {")
    let labels = texts(row, "label", in: survey)
    noteBlanks(labels, at: location(row, "label"))
    lines.append("  text " + textBlock(labels, pipe: pipe(nil)))
    lines.append("  rows {")
    for child in node.children {
      var rowLabels = texts(child.row, "label", in: survey)
      if !rowLabels.values.contains(where: { !$0.isEmpty }) {
        rowLabels = Dictionary(uniqueKeysWithValues: languages.tags.map { ($0, cell(child.row, "name")) })
      }
      noteBlanks(rowLabels, at: location(child.row, "label"))
      lines.append("    \(claimedNames[child.row.number] ?? "row") " + textBlock(rowLabels, pipe: pipe(nil)))
    }
    lines.append("  }")
    lines.append("}")
    return ItemChunk(condition: condition, lines: lines)
  }

  private mutating func section(_ node: SurveyNode, repeats: [String], loopName: String?) -> ItemChunk {
    if let shape = grids[node.row.number] { return grid(node, shape, repeats: repeats) }
    let row = node.row
    var comments: [String] = []
    let condition = relevance(row, repeats: repeats, comments: &comments)
    let sectionName = claimedNames[row.number] ?? "group_\(row.number)"
    comments += keptCells(row, handled: Self.handledColumns)
    var lines = comments
    lines.append("section \(sectionName) {")
    let labels = withLoopLabels(texts(row, "label", in: survey), loopName != nil)
    if labels.values.contains(where: { !$0.isEmpty }) {
      noteBlanks(labels, at: location(row, "label"))
      lines.append("  title " + textBlock(labels, pipe: pipe(loopName)))
    }
    var chunks: [ItemChunk] = []
    for child in node.children { chunks.append(item(child, repeats: repeats, loopName: loopName)) }
    lines += render(chunks).map { "  " + $0 }
    lines.append("}")
    return ItemChunk(condition: condition, lines: lines)
  }

  private mutating func repeatItem(_ node: SurveyNode, repeats: [String]) -> ItemChunk {
    let row = node.row
    var comments: [String] = []
    let condition = relevance(row, repeats: repeats, comments: &comments)
    let name = claimedNames[row.number] ?? "repeat_\(row.number)"
    comments += keptCells(row, handled: Self.handledColumns)
    let inner = repeats + [name]
    let most = [50, 20, 10][min(repeats.count, 2)]
    var header = "repeat \(name)"
    var addAnother = false
    if case .beginLoop(let list) = node.type, let l = listIndex[list] {
      header += " for each \(lists[l].name)"
    } else if let driver = forEachDriver[row.number] {
      header += " for each \(driver.name)"
    } else {
      let count = cell(row, "repeat_count")
      if count.isEmpty {
        addAnother = true
      } else if let n = Int(count), n >= 0 {
        header += " count \(n)"
      } else {
        switch translate(count, repeats: repeats).result {
        case .success(let e) where e.kind == .whole || e.kind == .unknown:
          if case .success(.reference(let q)) = XPathParser.parse(count), let bound = upperBound(of: q) {
            // The answer's own range or constraint (`. <= 30`) bounds the count.
            header += " count \(e.text) max \(bound)"
          } else {
            header += " count \(e.text) max \(most)"
            report.warn(
              "repeat_count has no upper bound in XLSForm: 'max \(most)' added; change it to the most iterations",
              at: location(row, "repeat_count"))
          }
        case .success:
          addAnother = true
          comments.append("# xlsform repeat_count (not a whole number): \(SourceStrings.comment(count))")
          report.keep("repeat_count (not translated)")
        case .failure(let why):
          addAnother = true
          comments.append(
            "# xlsform repeat_count (not translated: \(SourceStrings.comment(why.reason))): \(SourceStrings.comment(count))"
          )
          report.keep("repeat_count (not translated)")
          report.warn("repeat_count kept as a comment: \(why.reason)", at: location(row, "repeat_count"))
        }
      }
    }
    var moreName = ""
    if addAnother {
      moreName = itemNames.claim(name + "_more")
      if addAnotherList == nil { addAnotherList = listNames.claim("add_another") }
      header += " max \(most) while \(moreName) == yes"
      report.warn(
        "a repeat without repeat_count asks 'add another?': the question '\(moreName)' was added at the end of "
          + "each iteration, with at most \(most) iterations",
        at: survey.location(row, survey.column("type")))
    }
    var lines = comments
    lines.append(header + " {")
    let loopName: String? = {
      if case .beginLoop = node.type { return name }
      return nil
    }()
    let labels = withLoopLabels(texts(row, "label", in: survey), loopName != nil)
    if labels.values.contains(where: { !$0.isEmpty }) {
      noteBlanks(labels, at: location(row, "label"))
      lines.append("  title " + textBlock(labels, pipe: pipe(loopName)))
    }
    var chunks: [ItemChunk] = []
    for child in node.children { chunks.append(item(child, repeats: inner, loopName: loopName)) }
    lines += render(chunks).map { "  " + $0 }
    if addAnother, let list = addAnotherList {
      lines.append("  question \(moreName): one of \(list) required { text \(generatedText("Add another?")) }")
    }
    lines.append("}")
    return ItemChunk(condition: condition, lines: lines)
  }

  private mutating func calculateItem(_ node: SurveyNode, name: String, repeats: [String]) -> ItemChunk {
    let row = node.row
    var comments: [String] = []
    let condition = relevance(row, repeats: repeats, comments: &comments)
    comments += keptCells(row, handled: Self.handledColumns.subtracting(["label", "hint", "required", "default"]))
    let formula = cell(row, "calculation")
    let xlsName = cell(row, "name")
    guard !formula.isEmpty else {
      comments.append("# xlsform row \(row.number): calculate \(SourceStrings.comment(xlsName)) without a calculation")
      report.keep("calculate without calculation")
      variables[xlsName]?.name = nil
      variables[xlsName]?.unavailable = "a calculate without a calculation"
      return ItemChunk(condition: condition, lines: comments)
    }
    // jr:choice-name(${q}, '${q}'): the label of q's choice, which a pipe of q shows in qdsl.
    if case .success(.call("jr:choice-name", let args)) = XPathParser.parse(formula), args.count == 2,
      case .reference(let q) = args[0], case .string(let s) = args[1], s.trimmingSpaces() == "${\(q)}",
      let answer = variables[q], let qname = answer.name, case .one = answer.kind
    {
      variables[xlsName]?.name = qname
      variables[xlsName]?.kind = answer.kind
      report.keep("calculation (a choice's label: pipes show the answer)")
      return ItemChunk(
        condition: condition,
        lines: comments + [
          "# xlsform calculate \(SourceStrings.comment(xlsName)) = \(SourceStrings.comment(formula)): its pipes show "
            + "{\(qname)}, the label of the choice"
        ])
    }
    switch translate(formula, repeats: repeats).result {
    case .success(let e):
      variables[xlsName]?.kind = e.kind
      return ItemChunk(condition: condition, lines: comments + ["calculate \(name) = \(e.text)"])
    case .failure(let why):
      comments.append(
        "# xlsform calculate \(SourceStrings.comment(xlsName)) (not translated: \(SourceStrings.comment(why.reason))): "
          + SourceStrings.comment(formula))
      report.keep("calculation (not translated)")
      report.warn("calculation kept as a comment: \(why.reason)", at: location(row, "calculation"))
      variables[xlsName]?.name = nil
      variables[xlsName]?.unavailable = "a calculate kept as a comment"
      return ItemChunk(condition: condition, lines: comments)
    }
  }

  /// The largest whole answer a row accepts, from its `range` or a constraint `. <= N` / `. < N` (in an `and`),
  /// when it lies between 1 and 10,000 (qdsl's most iterations).
  func upperBound(of xlsName: String) -> Int? {
    let typeColumn = survey.column("type")
    guard let row = rowByName[xlsName] else { return nil }
    var bounds: [Int] = []
    if XLSFormType.read(row.cell(typeColumn)) == .range, let b = rangeBounds(row),
      let high = [Int(b.start), Int(b.end)].compactMap({ $0 }).max()
    {
      bounds.append(high)
    }
    if case .success(let node) = XPathParser.parse(cell(row, "constraint")) {
      var terms = [node]
      while let term = terms.popLast() {
        switch term {
        case .binary("and", let a, let b): terms += [a, b]
        case .binary("<=", .current, .number(let n)), .binary(">=", .number(let n), .current):
          if let v = Int(n) { bounds.append(v) }
        case .binary("<", .current, .number(let n)), .binary(">", .number(let n), .current):
          if let v = Int(n) { bounds.append(v - 1) }
        default: break
        }
      }
    }
    guard let bound = bounds.min(), (1...10_000).contains(bound) else { return nil }
    return bound
  }

  // MARK: questions and notes

  struct RangeBounds {
    var start: String
    var end: String
    var step: String
    var whole: Bool
  }

  /// `start=1 end=10 step=1` (pyxform's defaults 1, 10, 1).
  func rangeBounds(_ row: SheetRow) -> RangeBounds? {
    let parameters = Self.parameters(cell(row, "parameters"))
    let start = parameters["start"] ?? "1"
    let end = parameters["end"] ?? "10"
    let step = parameters["step"] ?? "1"
    guard Double(start) != nil, Double(end) != nil, Double(step) != nil else { return nil }
    let whole = [start, end, step].allSatisfy { Int($0) != nil }
    return RangeBounds(start: start, end: end, step: step, whole: whole)
  }

  /// `key=value` pairs separated by spaces, commas or semicolons, keys in lower case.
  static func parameters(_ text: String) -> [String: String] {
    var out: [String: String] = [:]
    for part in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "\t" }) {
      let kv = part.split(separator: "=", maxSplits: 1)
      guard kv.count == 2 else { continue }
      out[kv[0].lowercased().trimmingSpaces()] = String(kv[1]).trimmingSpaces()
    }
    return out
  }

  private static func number(_ s: String) -> String {
    if s.hasPrefix(".") { return "0" + s }
    if s.hasPrefix("-.") { return "-0" + s.dropFirst() }
    if s.hasSuffix(".") { return String(s.dropLast()) }
    return s
  }

  private mutating func question(_ node: SurveyNode, name: String, repeats: [String], loopName: String?) -> ItemChunk {
    let row = node.row
    let xlsName = cell(row, "name")
    var comments: [String] = []
    let condition = relevance(row, repeats: repeats, comments: &comments)
    var handled = Self.handledColumns
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
    if isNote {
      handled.subtract(["required", "default", "constraint", "constraint_message", "choice_filter"])
    }
    handled.remove("calculation")
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

  private mutating func check(_ row: SheetRow, xlsName: String, repeats: [String]) -> [String] {
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
        text = generatedText("This answer is not accepted.")
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
  private func defaultValue(_ cell: String, kind: ValueKind, repeats: [String]) -> Result<String, Untranslatable> {
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
  private mutating func choiceFilter(_ filter: String, list: Int, repeats: [String]) -> Result<String, Untranslatable> {
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
