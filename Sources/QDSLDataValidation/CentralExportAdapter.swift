// ODK Central's CSV export (central-backend lib/data/briefcase.js) of the XForm qdsl wrote, read as one level in
// qdsl's layout. The instrument's file `FORMID.csv` starts with `SubmissionDate`, then the fields (group paths
// joined by `-`, or bare names when "remove group names" was chosen; `meta-instanceID`), then `KEY`,
// `SubmitterID`, `SubmitterName`, `AttachmentsPresent`, `AttachmentsExpected`, `Status`, `ReviewState`,
// `DeviceID`, `Edits`, `FormVersion`. A repeat's file `FORMID-REPEAT.csv` has its fields (paths inside the repeat)
// then `PARENT_KEY` and `KEY`: `uuid:…/household/person[2]` names the record and every enclosing iteration.
// A `select_multiple` is one column of values separated by spaces, optionally followed by `q/value` 0/1 columns
// (dropped: the first column is the answer). Times and datetimes lose their seconds and offset.

import QDSLFormRuntime

/// An ODK Central export file of one level.
struct CentralExportAdapter: ExportAdapter {
  static let metadata: Set<String> = [
    "SubmissionDate", "KEY", "PARENT_KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
    "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion", "meta-instanceID",
    "instanceID", "meta-instanceName", "instanceName", "meta-deprecatedID", "deprecatedID",
  ]

  let tool = "ODK Central"
  let level: Int
  let header: DataFileRecord
  let refusal: String? = nil
  private(set) var findings: [DataFinding] = []
  private(set) var keysReported = false
  private let columns: ExportColumns
  private let chain: [String]

  init?(header: DataFileRecord, session: ExportSession) {
    let names = header.cells
    let isRepeat = names.contains("PARENT_KEY")
    let candidates = isRepeat ? Array(session.layout.levels.indices.dropFirst()) : [0]
    guard let level = session.map.level(of: names, among: candidates) ?? (isRepeat ? nil : 0) else { return nil }
    self.level = level
    chain = session.layout.levels[level].chain
    columns = ExportColumns(
      names: names, map: session.map, layout: session.layout, level: level, separator: "-",
      isMeta: { Self.metadata.contains($0) })
    self.header = DataFileRecord(line: header.line, cells: columns.header)
  }

  mutating func translate(_ record: DataFileRecord) -> DataFileRecord {
    findings = []
    func cell(_ name: String) -> String? {
      columns.meta[name].flatMap { $0 < record.cells.count ? record.cells[$0] : nil }
    }
    var key = ExportKey(record: "", iterations: [])
    var problems: [(String, String, String)] = []
    let keyText = cell("KEY") ?? ""
    if chain.isEmpty {
      key.record = keyText.isEmpty ? (cell("meta-instanceID") ?? cell("instanceID") ?? "") : keyText
      if key.record.isEmpty { problems.append(("KEY", "the submission has no KEY (instance id)", keyText)) }
    } else if let parsed = Self.parse(keyText, chain: chain) {
      key = parsed.key
      if let parentKey = cell("PARENT_KEY"), parentKey != parsed.parent {
        problems.append(("PARENT_KEY", "PARENT_KEY is not the KEY of this row's parent (\(parsed.parent))", parentKey))
      }
    } else {
      key.record = String(keyText.prefix { $0 != "/" })
      let shape = chain.map { "\($0)[n]" }.joined(separator: "/")
      problems.append(("KEY", "KEY is not of the form 'uuid:…/…/\(shape)' for this repeat", keyText))
    }
    keysReported = key.iterations.count < chain.count
    let translated = columns.translate(record.cells, line: record.line, key: key)
    for (variable, message, value) in problems {
      findings.append(
        DataFinding(
          line: record.line, level: columns.levelName, recordID: key.record,
          iteration: key.iterations.map(String.init).joined(separator: "."), variable: variable, rule: "QD6003",
          severity: .error, message: message, value: value))
    }
    findings += translated.findings
    return DataFileRecord(line: record.line, cells: translated.cells)
  }

  /// A repeat row's KEY (`uuid:…/group/person[2]/other[1]`) as its record id and iteration numbers, with the KEY
  /// its PARENT_KEY must be; nil unless its bracketed segments are exactly the repeats of `chain` with numbers
  /// from 1.
  static func parse(_ text: String, chain: [String]) -> (key: ExportKey, parent: String)? {
    let segments = text.split(separator: "/", omittingEmptySubsequences: false)
    guard let first = segments.first, !first.isEmpty, !first.contains("[") else { return nil }
    var iterations: [Int] = []
    var parentEnd = 1
    for (i, segment) in segments.enumerated().dropFirst() {
      guard !segment.isEmpty else { return nil }
      guard segment.last == "]", let open = segment.firstIndex(of: "[") else {
        if segment.contains("[") || segment.contains("]") { return nil }
        continue
      }
      let name = segment[..<open]
      guard let n = Int(segment[segment.index(after: open)..<segment.index(before: segment.endIndex)]), n >= 1,
        iterations.count < chain.count, name == chain[iterations.count]
      else { return nil }
      iterations.append(n)
      if iterations.count < chain.count { parentEnd = i + 1 }
    }
    guard iterations.count == chain.count else { return nil }
    return (ExportKey(record: String(first), iterations: iterations), segments[..<parentEnd].joined(separator: "/"))
  }
}
