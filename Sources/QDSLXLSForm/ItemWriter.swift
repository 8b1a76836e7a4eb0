// The survey tree written as qdsl items: questions, notes, calculates, sections, repeats, `if` blocks for
// `relevant`, and a `# xlsform …` comment for every cell qdsl cannot express, at its place.

import Foundation
import QDSLSyntax
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
  /// Columns a question's translation reads (the rest of its row is kept as comments); `choice_filter` only of a
  /// select and `parameters` only of a range or a randomized select are read, the writer decides.
  static let questionColumns: Set<String> = [
    "type", "name", "label", "hint", "required", "relevant", "constraint", "constraint_message", "default",
    "choice_filter", "parameters",
  ]
  /// Columns a group's or a loop's translation reads.
  static let groupColumns: Set<String> = ["type", "name", "label", "relevant"]
  /// Columns a repeat's translation reads.
  static let repeatColumns: Set<String> = ["type", "name", "label", "relevant", "repeat_count"]
  /// Columns a calculate's translation reads.
  static let calculateColumns: Set<String> = ["type", "name", "relevant", "calculation"]

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

  func cell(_ row: SheetRow, _ key: String) -> String { row.cell(survey.column(key)) }

  /// Where a row's cell of `key` is: its column without a language, else its first column in any language.
  func location(_ row: SheetRow, _ key: String) -> CellLocation {
    survey.location(row, survey.column(key) ?? survey.columns.first { $0.key == key })
  }

  /// A translator for a cell of `row`, with the names declared and the repeats around it.
  /// Translates one cell. The translator shares the names and lists with the importer and is gone when this
  /// returns, so the importer's later changes to them never copy them (which would be quadratic).
  func translate(
    _ cell: String, repeats: [String], current: String? = nil, asCondition: Bool = false, filterList: Int? = nil
  ) -> (result: Result<QExpr, Untranslatable>, filterAttributes: [(column: String, type: AttributeType)]) {
    var t = ExpressionTranslator(variables: variables, lists: lists, current: current, repeats: repeats)
    t.forEach = repeatForEach
    t.filterList = filterList
    var result = asCondition ? t.condition(cell) : t.translate(cell)
    // The safety net: what qdsl's parser would not read (deeper than its nesting limit of 100, for a chain of a
    // hundred `or`s) stays a comment rather than breaking the file.
    if case .success(let e) = result, let problem = Parse(source: "calculate x = " + e.text).diagnostics.first {
      result = .failure(Untranslatable(reason: "qdsl cannot read the translation: \(problem.message)"))
    }
    return (result, t.filterAttributes)
  }

  /// Comments for the cells of a row that no rule translates.
  mutating func keptCells(_ row: SheetRow, handled: Set<String>) -> [String] {
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
  mutating func relevance(_ row: SheetRow, repeats: [String], comments: inout [String]) -> String? {
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

  func pipe(_ loopName: String?) -> (String) -> String? {
    let variables = self.variables
    return { name in
      if let loopName, name == "%loop" { return loopName }
      return variables[name]?.name
    }
  }

  func withLoopLabels(_ texts: [String: String], _ loop: Bool) -> [String: String] {
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
        "# xlsform \(row.place): \(SourceStrings.comment(cell(row, "type"))) \(SourceStrings.comment(xlsName))"
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
        comments.append("# xlsform \(row.place): a second \(cell(row, "type")) \(xlsName) (kept once as paradata)")
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

  mutating func grid(_ node: SurveyNode, _ shape: GridShape, repeats: [String]) -> ItemChunk {
    let row = node.row
    var comments: [String] = []
    let condition = relevance(row, repeats: repeats, comments: &comments)
    comments += keptCells(row, handled: Self.groupColumns.union(["appearance"]))
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

  mutating func section(_ node: SurveyNode, repeats: [String], loopName: String?) -> ItemChunk {
    if let shape = grids[node.row.number] { return grid(node, shape, repeats: repeats) }
    let row = node.row
    var comments: [String] = []
    let condition = relevance(row, repeats: repeats, comments: &comments)
    let sectionName = claimedNames[row.number] ?? "group_\(row.number)"
    comments += keptCells(row, handled: Self.groupColumns)
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

  mutating func repeatItem(_ node: SurveyNode, repeats: [String]) -> ItemChunk {
    let row = node.row
    var comments: [String] = []
    let condition = relevance(row, repeats: repeats, comments: &comments)
    let name = claimedNames[row.number] ?? "repeat_\(row.number)"
    comments += keptCells(row, handled: Self.repeatColumns)
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
          } else if let bound = Self.literalBound(e.text) {
            // min(x, 10): qdsl knows the bound itself.
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
      lines.append("  question \(moreName): one of \(list) required { text \(generatedText(\.addAnother)) }")
    }
    lines.append("}")
    return ItemChunk(condition: condition, lines: lines)
  }

  /// The bound of a count written `min(…, N)` with N from 1 to 10,000.
  static func literalBound(_ text: String) -> Int? {
    guard text.hasPrefix("min("), text.hasSuffix(")"), let comma = text.range(of: ", ", options: .backwards),
      let n = Int(text[comma.upperBound..<text.index(before: text.endIndex)]), (1...10_000).contains(n)
    else { return nil }
    // One call around the whole count (not `min(x, 5) + min(y, 3)`): its parenthesis closes at the end.
    var depth = 0
    for (i, c) in text.utf8.enumerated() {
      if c == UInt8(ascii: "(") { depth += 1 }
      if c == UInt8(ascii: ")") {
        depth -= 1
        if depth == 0 && i != text.utf8.count - 1 { return nil }
      }
    }
    return n
  }

  mutating func calculateItem(_ node: SurveyNode, name: String, repeats: [String]) -> ItemChunk {
    let row = node.row
    var comments: [String] = []
    let condition = relevance(row, repeats: repeats, comments: &comments)
    comments += keptCells(row, handled: Self.calculateColumns)
    let formula = cell(row, "calculation")
    let xlsName = cell(row, "name")
    guard !formula.isEmpty else {
      comments.append("# xlsform \(row.place): calculate \(SourceStrings.comment(xlsName)) without a calculation")
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
}
