// KoboToolbox's export (kobotoolbox/formpack's Export) of the XLSForm qdsl wrote, read as one level in qdsl's
// layout. Headers are XML names, with the group path joined by `/` ("include groups in headers") or bare;
// after the fields come `_id`, `_uuid`, `_submission_time`, `_validation_status`, `_notes`, `_status`,
// `_submitted_by`, `__version__`, `_tags` and `_index`. A repeat's sheet (the XLS export; Kobo's CSV holds the
// main sheet only) has `_index`, `_parent_table_name`, `_parent_index` and the submission's `_submission__uuid`
// …: its iteration numbers count the rows with the same `_parent_index`, and a repeat inside a repeat finds its
// parent row's numbers by `_parent_index` in the parent's sheet, read before it through the same ExportSession.
// An export of labels (headers and values in a language) is recognised and refused: qdsl reads XML values.

import QDSLFormRuntime

/// A KoboToolbox export file of one level.
struct KoboExportAdapter: ExportAdapter {
  let tool = "KoboToolbox"
  let level: Int
  let header: DataFileRecord
  private(set) var refusal: String?
  private(set) var findings: [DataFinding] = []
  private(set) var keysReported = false
  private let columns: ExportColumns
  private let session: ExportSession
  private let parentLevel: Int?
  private let isParent: Bool
  /// The previous row's `_parent_index` and iteration number (rows of one parent come together).
  private var previous: (parent: String, number: Int)?

  init?(header: DataFileRecord, session: ExportSession) {
    let names = header.cells
    let isRepeat = names.contains("_parent_index")
    let candidates = isRepeat ? Array(session.layout.levels.indices.dropFirst()) : [0]
    let labels = names.filter { session.map.labels.contains($0) }.count
    // A repeat sheet of labels matches no level: it is refused (below) as the first repeat's.
    guard
      let level = session.map.level(of: names, among: candidates) ?? (isRepeat && labels == 0 ? nil : candidates.first)
    else { return nil }
    self.level = level
    self.session = session
    parentLevel = isRepeat ? session.parent(of: level) : nil
    isParent = session.hasChildren(level)
    columns = ExportColumns(
      names: names, map: session.map, layout: session.layout, level: level, separator: "/",
      isMeta: { $0.hasPrefix("_") || $0.hasPrefix("formhub/") })
    self.header = DataFileRecord(line: header.line, cells: columns.header)
    // A labels export: more question texts than XML names among the headers (a question without a label in the
    // export's language keeps its name).
    let known = session.map.levels[level].names
    let matched = names.filter { known[$0] != nil }.count
    let labelled = names.filter { known[$0] == nil && session.map.labels.contains($0) }.count
    if labelled > matched {
      refusal =
        "this KoboToolbox export has labels as headers (\(labelled) question texts): export again with "
        + "'XML values and headers' as the value and header format; qdsl reads XML values only"
    }
  }

  /// The submission's id: `_uuid` in the main sheet, `_submission__uuid` in a repeat's sheet (without the map of
  /// parent rows, which the row's translation needs).
  func recordID(of record: DataFileRecord) -> String? {
    let name = parentLevel == nil ? "_uuid" : "_submission__uuid"
    guard let i = columns.meta[name], i < record.cells.count, !record.cells[i].isEmpty else { return nil }
    return record.cells[i]
  }

  mutating func translate(_ record: DataFileRecord) -> DataFileRecord {
    findings = []
    func cell(_ name: String) -> String {
      columns.meta[name].flatMap { $0 < record.cells.count ? record.cells[$0] : nil } ?? ""
    }
    var key = ExportKey(record: "", iterations: [])
    var problem: (variable: String, rule: String, message: String, value: String)?
    if let parentLevel {
      let parentIndex = cell("_parent_index")
      let number = previous?.parent == parentIndex ? (previous?.number ?? 0) + 1 : 1
      previous = (parentIndex, number)
      if let parent = session.parents[parentLevel]?[parentIndex] {
        key = ExportKey(record: parent.record, iterations: parent.iterations + [number])
      } else if parentLevel == 0, !cell("_submission__uuid").isEmpty {
        key = ExportKey(record: cell("_submission__uuid"), iterations: [number])
      } else {
        key = ExportKey(record: cell("_submission__uuid"), iterations: [])
        let sheet = cell("_parent_table_name")
        problem = (
          "_parent_index", "QD6011",
          "its parent row (_index \(parentIndex) of '\(sheet)') was not read: give the parent's file before this one",
          parentIndex
        )
      }
    } else {
      key.record = cell("_uuid")
      if key.record.isEmpty { problem = ("_uuid", "QD6003", "the submission has no _uuid", "") }
    }
    if isParent, !cell("_index").isEmpty, problem == nil {
      session.parents[level, default: [:]][cell("_index")] = key
    }
    keysReported = parentLevel != nil && key.iterations.isEmpty
    let translated = columns.translate(record.cells, line: record.line, key: key)
    if let problem {
      findings.append(
        DataFinding(
          line: record.line, level: columns.levelName, recordID: key.record,
          iteration: key.iterations.map(String.init).joined(separator: "."), variable: problem.variable,
          rule: problem.rule, severity: .error, message: problem.message, value: problem.value))
    }
    findings += translated.findings
    return DataFileRecord(line: record.line, cells: translated.cells)
  }
}
