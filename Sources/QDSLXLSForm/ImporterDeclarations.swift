// The importer's first pass over the survey tree: every row's qdsl name and kind declared before any item is
// written (so references forward and back find their names), lists for `or_other`, grids, repeat bounds.

import QDSLWords
import QDSLWorkbook

extension Importer {
  // MARK: declarations (before any item is written, so that every reference finds its name)

  mutating func declare(_ nodes: [SurveyNode], repeats: [String]) -> WorkbookError? {
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
        // Paradata keep `end` (never read in an expression: the translator refuses it).
        if Identifiers.itemWords.contains(base), !(node.type.isParadata && base == "end") { base += "_" }
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
        if let e = declare(node.children, repeats: inner) { return e }
      }
      // pyxform's `NAME_other` of an or_other question is qdsl's specify text of the option `other`, which qdsl
      // names the same: `${NAME_other}` reads it.
      switch node.type {
      case .selectOne(_, true), .selectMultiple(_, true):
        if let name = variables[xlsName]?.name, variables[xlsName + "_other"] == nil {
          variables[xlsName + "_other"] = ImportedVariable(name: name + "_other", kind: .text, repeats: repeats)
        }
      default: break
      }
    }
    return nil
  }

  func missingList(_ list: String, _ node: SurveyNode) -> WorkbookError {
    WorkbookError(
      "the list '\(list)' is not in the choices sheet", at: survey.location(node.row, survey.column("type")),
      help: "add its choices to the choices sheet with list_name '\(list)', or correct the list's name")
  }

  /// The list an `or_other` question uses: the list itself when only `or_other` questions use it, else a copy with
  /// the `other` choice (`LIST_or_other`).
  mutating func orOtherList(_ l: Int) -> Int {
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
      labels: Dictionary(uniqueKeysWithValues: languages.tags.map { ($0, Words.importing(for: $0).other) }), row: nil,
      specify: true)
    lists[target].optionIndex["other"] = lists[target].options.count
    lists[target].options.append(other)
    return target
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

  static func number(_ s: String) -> String {
    if s.hasPrefix(".") { return "0" + s }
    if s.hasPrefix("-.") { return "-0" + s.dropFirst() }
    if s.hasSuffix(".") { return String(s.dropLast()) }
    return s
  }
}
