// The choices sheet as qdsl choice lists: option names and codes by the documented rule, labels per language.

import QDSLWorkbook

/// One choice of a list.
struct ImportedOption: Sendable {
  var xlsName: String
  var name: String
  var code: Int
  /// Label per language tag (raw XLSForm text); empty when the cell is blank.
  var labels: [String: String]
  var row: SheetRow?
  /// Non-empty cells of the other columns by header key (the values a `choice_filter` reads).
  var extra: [String: String] = [:]
  /// Cells qdsl cannot express (media): `header: value`.
  var keptCells: [(kind: String, text: String)] = []
  var specify: Bool = false
  /// Attribute values, in the list's attribute order (filled by choice filters).
  var attributeValues: [String] = []
}

/// The type of a list attribute a `choice_filter` gives a choices column.
enum AttributeType: Equatable, Sendable {
  case integer, decimal, text
  case list(Int)
}

/// One choice list.
struct ImportedList: Sendable {
  var xlsName: String
  var name: String
  var options: [ImportedOption]
  var optionIndex: [String: Int]
  var firstRow: Int
  /// Attributes a filter declared: the column key, the attribute's qdsl name, its type.
  var attributes: [(column: String, name: String, type: AttributeType)] = []
  /// Whether some question uses the list.
  var used = false
  /// A copy of another list with the `other` option for `or_other` questions.
  var isOrOtherCopy = false

  func option(named xlsName: String) -> ImportedOption? { optionIndex[xlsName].map { options[$0] } }
}

/// Reads the choices sheet into lists, in the order of their first row.
struct ChoiceListReader {
  var languages: FormLanguages
  var report: ImportReport

  /// The largest whole number every output carries exactly (qdsl's QD3010 limit).
  static let largestCode = 9_007_199_254_740_991

  /// A choice name that is its own code: a whole number without leading zeros within ±(2⁵³−1).
  static func numericCode(_ name: String) -> Int? {
    var digits = Substring(name)
    let negative = digits.first == "-"
    if negative { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.count <= 16, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    if digits.count > 1 && digits.first == "0" { return nil }
    guard let value = Int(digits), value <= Self.largestCode else { return nil }
    return negative ? -value : value
  }

  mutating func read(_ table: SheetTable?, listNames: inout NameSpace) -> Result<[ImportedList], WorkbookError> {
    guard let table else { return .success([]) }
    guard let listColumn = table.column("list_name") else {
      if table.rows.isEmpty { return .success([]) }
      return .failure(
        WorkbookError(
          "the choices sheet has no 'list_name' column", at: CellLocation(sheet: table.name, row: nil),
          help: "name the first column of the choices sheet's header row 'list_name'"))
    }
    guard let nameColumn = table.column("name") else {
      return .failure(
        WorkbookError(
          "the choices sheet has no 'name' column", at: CellLocation(sheet: table.name, row: nil),
          help: "add a 'name' column with each choice's name (what the data stores)"))
    }
    let labelColumns = table.columns.filter { $0.key == "label" }
    let handled: Set<String> = ["list_name", "name", "label"]
    var lists: [ImportedList] = []
    var byName: [String: Int] = [:]
    var rowsOfList: [[SheetRow]] = []
    for row in table.rows {
      let list = row.cell(listColumn)
      guard !list.isEmpty else {
        if !row.cell(nameColumn).isEmpty {
          report.warn("a choice without a list_name is left out", at: table.location(row, listColumn))
          report.keep("choice without list_name")
        }
        continue
      }
      if let i = byName[list] {
        rowsOfList[i].append(row)
      } else {
        byName[list] = lists.count
        let name = listNames.claim(Identifiers.valid(list, fallback: "list"))
        lists.append(ImportedList(xlsName: list, name: name, options: [], optionIndex: [:], firstRow: row.number))
        rowsOfList.append([row])
      }
    }
    for (i, rows) in rowsOfList.enumerated() {
      var names = NameSpace()
      var usedCodes: Set<Int> = []
      // Numeric names are their codes; the others follow sheet order from 1, skipping codes already taken.
      for row in rows {
        if let code = Self.numericCode(row.cell(nameColumn)) { usedCodes.insert(code) }
      }
      var nextCode = 1
      var seenCodes: Set<Int> = []
      for row in rows {
        let xlsName = row.cell(nameColumn)
        var labels: [String: String] = [:]
        for column in labelColumns {
          let text = row.cell(column)
          let tag = languages.tag(of: column)
          if labels[tag, default: ""].isEmpty { labels[tag] = text }
        }
        if xlsName.isEmpty {
          report.warn("a choice without a name is left out", at: table.location(row, nameColumn))
          report.keep("choice without name")
          continue
        }
        let duplicate = lists[i].optionIndex[xlsName] != nil
        var code: Int
        var base: String
        if let numeric = Self.numericCode(xlsName), !seenCodes.contains(numeric) {
          code = numeric
          let label = labels[languages.source] ?? labels.values.first { !$0.isEmpty } ?? ""
          base = Identifiers.fromLabel(label).map { Identifiers.valid($0, fallback: "") } ?? ""
          if base.isEmpty || base.first == "_" {
            base = code < 0 ? "code_m\(-code)" : "code_\(code)"
          }
        } else {
          while usedCodes.contains(nextCode) || seenCodes.contains(nextCode) { nextCode += 1 }
          code = nextCode
          nextCode += 1
          base = Identifiers.valid(xlsName, fallback: "choice")
        }
        // An option named `end` or `note` would be read as the next item at the end of `if q == end {`.
        if Identifiers.itemWords.contains(base) { base += "_" }
        seenCodes.insert(code)
        var option = ImportedOption(
          xlsName: xlsName, name: names.claim(base), code: code, labels: labels, row: row)
        if duplicate {
          // pyxform accepts duplicates with allow_choice_duplicates; expressions name the first.
          report.warn(
            "the choice '\(xlsName)' is listed twice in '\(lists[i].xlsName)': the second is the option "
              + "'\(option.name)' (code \(code)), which XLSForm's data does not tell from the first",
            at: table.location(row, nameColumn))
        }
        for column in table.columns where !handled.contains(column.key) {
          let text = row.cell(column)
          guard !text.isEmpty else { continue }
          if SheetTable.translatableKeys.contains(column.key) {
            option.keptCells.append((column.header, text))
            report.keep(column.key)
          } else if column.language == nil {
            option.extra[column.key] = text
          }
        }
        if !duplicate { lists[i].optionIndex[xlsName] = lists[i].options.count }
        lists[i].options.append(option)
      }
    }
    return .success(lists)
  }
}
