// The survey sheet's rows as a tree: begin/end group and repeat rows matched, every other row a leaf.

import QDSLWorkbook

/// One row of the survey sheet with its type, and for a group or repeat the rows inside and its end row.
struct SurveyNode: Sendable {
  var row: SheetRow
  var type: XLSFormType
  var children: [SurveyNode] = []
  var endRow: SheetRow?

  var isContainer: Bool {
    switch type {
    case .beginGroup, .beginRepeat, .beginLoop: return true
    default: return false
    }
  }
}

enum SurveyTree {
  /// The deepest nesting of groups and repeats: each may become a section or repeat inside an `if`, and qdsl's
  /// blocks nest at most 100 deep.
  static let maxNesting = 40

  /// Reads the rows into a tree; an unknown type, an `end` without its `begin` or a `begin` never ended is a
  /// located error.
  static func read(_ table: SheetTable, report: inout ImportReport) -> Result<[SurveyNode], WorkbookError> {
    guard let typeColumn = table.column("type") else {
      return .failure(
        WorkbookError(
          "the survey sheet has no 'type' column", at: CellLocation(sheet: table.name, row: nil),
          help: "the survey sheet's first row names its columns: type, name, label, …"))
    }
    let nameColumn = table.column("name")
    var stack: [SurveyNode] = []
    var top: [SurveyNode] = []
    for row in table.rows {
      let cell = row.cell(typeColumn)
      if cell.isEmpty {
        if table.columns.contains(where: { !row.cell($0).isEmpty && $0.key != "type" }) {
          report.warn("a row without a type is left out", at: table.location(row, typeColumn))
          report.keep("row without type")
        }
        continue
      }
      guard let type = XLSFormType.read(cell) else {
        return .failure(
          WorkbookError(
            "unknown type '\(cell)'", at: table.location(row, typeColumn),
            help: "use one of the XLSForm types: \(XLSFormType.knownTypes)"))
      }
      switch type {
      case .beginGroup, .beginRepeat, .beginLoop:
        guard stack.count < maxNesting else {
          return .failure(
            WorkbookError(
              "groups and repeats are nested more than \(maxNesting) deep here", at: table.location(row, typeColumn),
              help: "qdsl nests blocks at most 100 deep (a group may add an 'if' around it): end some groups earlier"))
        }
        stack.append(SurveyNode(row: row, type: type))
      case .endGroup, .endRepeat, .endLoop:
        guard var open = stack.popLast() else {
          return .failure(
            WorkbookError(
              "'\(cell)' ends no group or repeat", at: table.location(row, typeColumn),
              help: "remove this row, or add the 'begin' row it ends"))
        }
        let matches: Bool
        switch (open.type, type) {
        case (.beginGroup, .endGroup), (.beginRepeat, .endRepeat), (.beginLoop, .endLoop): matches = true
        default: matches = false
        }
        guard matches else {
          return .failure(
            WorkbookError(
              "'\(cell)' ends the \(describe(open.type)) '\(open.row.cell(nameColumn))' begun in row \(open.row.number)",
              at: table.location(row, typeColumn),
              help: "end the \(describe(open.type)) with 'end \(describe(open.type))' first"))
        }
        open.endRow = row
        if stack.isEmpty { top.append(open) } else { stack[stack.count - 1].children.append(open) }
      default:
        let node = SurveyNode(row: row, type: type)
        if stack.isEmpty { top.append(node) } else { stack[stack.count - 1].children.append(node) }
      }
    }
    if let open = stack.last {
      return .failure(
        WorkbookError(
          "the \(describe(open.type)) '\(open.row.cell(nameColumn))' is never ended",
          at: table.location(open.row, typeColumn), help: "add an 'end \(describe(open.type))' row after its last row"))
    }
    return .success(top)
  }

  static func describe(_ type: XLSFormType) -> String {
    switch type {
    case .beginGroup, .endGroup: return "group"
    case .beginLoop, .endLoop: return "loop"
    default: return "repeat"
    }
  }
}
