// `qdsl validate-data`'s driver: the data files of one instrument (one per level) matched to their levels (by
// qdsl's file names `STEM.csv` / `STEM.REPEAT.csv`, else by header, else as another tool's export), read together
// record by record in the main file's order with each repeat's rows joined by their keys, and each record
// evaluated once by the reference evaluator so the routing, required answers, checks, calculates and repeat
// drivers are checked at every level. Findings are handed over per record (memory is bounded by one record and
// the set of record ids seen), root causes first with their consequences after them.
//
// The reading is sequential (the main file's rows as bytes, each record's repeat rows joined from the other files,
// duplicate record ids); the rest of a record's work (its cells read into answers, the evaluation, the findings and
// their root causes) runs on worker threads in batches (ParallelRecordPipeline), the reports coming back in the
// main file's order.
//
// Order of the files: every repeat file lists its rows in the main file's record order (as `qdsl simulate --data`
// and ODK Central write them). A repeat row whose record is not the current one waits until its record comes; a
// row whose record came earlier is out of order (QD6011, "sort the files by record_id"), and rows left when the
// main file ends have no record (QD6011). When the main file can be read twice, its record ids are read first, so
// a row of a record it lacks is reported where it stands (QD6011) instead of holding back the rows after it.

import Foundation
import QDSLFormRuntime

/// A data file to check: its path (as reported) and its bytes, read in chunks (`read` appends the next chunk and
/// returns false at the end).
public struct DataFileInput {
  public var path: String
  public var read: (inout [UInt8]) -> Bool
  /// The same bytes again from the start, when the file can be read twice: the main file is then read once for its
  /// record ids first, so that a repeat row of a record the main file lacks is reported at once (QD6011) instead
  /// of holding back the rows after it.
  public var reread: (() -> (inout [UInt8]) -> Bool)?

  public init(path: String, read: @escaping (inout [UInt8]) -> Bool) {
    self.path = path
    self.read = read
  }

  /// A file that can be opened again: `open` gives a reader from its first byte each time it is called.
  public init(path: String, open: @escaping () -> (inout [UInt8]) -> Bool) {
    self.path = path
    self.read = open()
    self.reread = open
  }

  /// A reader of an open file in chunks of a megabyte, for `read` (a file of any size in bounded memory).
  public static func chunks(of handle: FileHandle) -> (inout [UInt8]) -> Bool {
    { out in
      let chunk = handle.readData(ofLength: 1 << 20)
      out += chunk
      return !chunk.isEmpty
    }
  }

  /// A file held in memory (tests).
  public init(path: String, bytes: [UInt8]) {
    self.init(path: path) {
      var given = false
      return { out in
        guard !given else { return false }
        given = true
        out += bytes
        return true
      }
    }
  }
}

/// Files that cannot be checked together as given (exit 2): two files of one level, a repeat without its record's
/// file.
public struct DataValidationUsageError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}

/// One record's findings (or a file's, for headers and rows without a record), in the order reported: each root
/// cause followed by its consequences (`causedBy` set).
public struct DataRecordReport: Sendable {
  public var findings: [DataFinding]
  /// The record id, or nil for findings about a file as a whole.
  public var recordID: String?
  /// The value given for each root cause that is not a finding of its own (a routing answer), by the variable
  /// named in the consequences' `causedBy`.
  public var causeValues: [String: String] = [:]
}

/// Checks the data files of a form.
public struct DataValidation: Sendable {
  public let form: FormModel
  public let layout: FormDataLayout
  public let evaluator: FormEvaluator
  public let today: FormDate
  let causes: DataRoutingCauses
  /// Each variable's column name in the data (a `many of` or `rank of` question: its id).
  let columnNames: [String: String]
  /// Each repeat's driver: the column name of the variable that drives it (its own id for a list or `while`).
  let drivers: [String: String]
  /// Each variable's position among the columns of all levels (the order findings on a row are reported in).
  let columnOrder: [String: Int]
  /// What each calculate's formula and each question's checks read (variables and repeats, through the
  /// calculates they read): a value read as missing is the root cause only of findings that read it.
  let reads: [String: Set<String>]
  /// Each column's variable (a `many of` option's column: its question).
  let columnVariables: [String: String]
  /// Each level's place among the levels, by its repeat's id ("" for the instrument's).
  let levelOrder: [String: Int]

  public init(form: FormModel, today: FormDate) {
    self.form = form
    self.today = today
    layout = FormDataLayout(form: form)
    evaluator = FormEvaluator(form: form)
    causes = DataRoutingCauses(form: form)
    var names: [String: String] = [:]
    for level in layout.levels {
      for column in level.columns where column.role == .value { names[column.variable] = column.name }
    }
    columnNames = names
    var order: [String: Int] = [:]
    for column in layout.levels.flatMap(\.columns) where !column.variable.isEmpty && order[column.variable] == nil {
      order[column.variable] = order.count
    }
    columnOrder = order
    var byColumn: [String: String] = [:]
    for column in layout.levels.flatMap(\.columns) where !column.variable.isEmpty {
      byColumn[column.name] = column.variable
    }
    columnVariables = byColumn
    var levelOrder: [String: Int] = [:]
    for (l, level) in layout.levels.enumerated() { levelOrder[level.repeatID ?? ""] = l }
    self.levelOrder = levelOrder
    reads = Self.reads(form)
    var drivers: [String: String] = [:]
    for level in form.repeatLevels {
      switch level.repeat.driver {
      case .count(let e, _):
        drivers[level.id] = DataRoutingCauses.firstVariable(e).map { names[$0] ?? $0 } ?? level.id
      case .question(let q, _): drivers[level.id] = names[q] ?? q
      case .repeat(let s): drivers[level.id] = s
      case .choices, .while: drivers[level.id] = level.id
      }
    }
    self.drivers = drivers
  }

  /// The variables and repeats an expression reads.
  static func names(_ e: FormExpr, into out: inout Set<String>) {
    switch e {
    case .variable(let name): out.insert(name)
    case .instance(let variable, let r):
      out.insert(variable)
      out.insert(r)
    case .apply(_, let args): for a in args { names(a, into: &out) }
    case .aggregate(_, let r, let value, let condition):
      out.insert(r)
      if let value { names(value, into: &out) }
      if let condition { names(condition, into: &out) }
    default: break
    }
  }

  /// What each calculate and each question's checks read, through the calculates they read.
  static func reads(_ form: FormModel) -> [String: Set<String>] {
    var direct: [String: Set<String>] = [:]
    func walk(_ items: [FormItem]) {
      for item in items {
        switch item {
        case .section(let s): walk(s.items)
        case .conditional(let branches): for b in branches { walk(b.items) }
        case .repeat(let r): walk(r.items)
        case .calculate(let c): names(c.formula, into: &direct[c.id, default: []])
        case .question(let q): for check in q.checks { names(check.condition, into: &direct[q.id, default: []]) }
        case .grid, .note, .end: break
        }
      }
    }
    walk(form.items)
    // Calculates come before what reads them: one pass in document order closes the sets.
    var closed: [String: Set<String>] = [:]
    for v in form.variables {
      guard var set = direct[v.name] else { continue }
      for name in set { if let inner = closed[name] { set.formUnion(inner) } }
      closed[v.name] = set
    }
    return closed
  }

  /// The column name of a variable.
  func column(_ variable: String) -> String { columnNames[variable] ?? variable }

  /// An open data file.
  struct OpenFile {
    var path: String
    var reader: DataFileReader
    var adapter: (any ExportAdapter)?
    var level: Int?
    var columns: DataLevelColumns?
    var pending: DataFileRecord?
    /// An export's row read but not yet translated: its record id is looked at first, so that a row of a later
    /// record is translated only when its record comes (a KoboToolbox repeat inside a repeat needs its parent row
    /// read by then).
    var raw: DataFileRecord?
    /// The file could not be read past a point, or its rows cannot be joined: nothing more is read.
    var broken = false
    var ended = false

    /// The next row (translated from an export's layout), or nil at the end or where the file breaks (a QD6013
    /// finding is added).
    mutating func next(_ out: inout [DataFinding]) -> DataFileRecord? {
      if let p = pending {
        pending = nil
        return p
      }
      let record: DataFileRecord
      if let r = raw {
        raw = nil
        record = r
      } else {
        guard let r = readRecord(&out) else { return nil }
        record = r
      }
      do {
        if var adapter {
          let translated = adapter.translate(record)
          out += adapter.findings.map {
            var f = $0
            f.file = path
            return f
          }
          self.adapter = adapter
          return translated
        }
        return record
      }
    }

    /// The record id of the next row of an export, read without translating the row (nil when the file is in
    /// qdsl's layout, a row is already waiting translated, or the export cannot tell it before translating).
    mutating func upcomingRecordID(_ out: inout [DataFinding]) -> String? {
      guard pending == nil, let adapter else { return nil }
      if raw == nil { raw = readRecord(&out) }
      return raw.flatMap { adapter.recordID(of: $0) }
    }

    /// The file's next record as read (nil at its end, or where it breaks: then once a QD6013 in `out`).
    private mutating func readRecord(_ out: inout [DataFinding]) -> DataFileRecord? {
      guard !broken && !ended else { return nil }
      do {
        guard let r = try reader.next() else {
          ended = true
          return nil
        }
        return r
      } catch {
        broken = true
        out.append(unreadable(error))
        return nil
      }
    }

    /// The next row as bytes into `row` (the same rows and findings as `next`, without a string per cell when
    /// the file is in qdsl's layout); false at the end or where the file breaks.
    mutating func nextRow(into row: inout DataFileRow, _ out: inout [DataFinding]) -> Bool {
      guard pending == nil, adapter == nil else {
        guard let record = next(&out) else { return false }
        row.set(record)
        return true
      }
      guard !broken && !ended else { return false }
      do {
        guard try reader.nextRow(into: &row) else {
          ended = true
          return false
        }
        return true
      } catch {
        broken = true
        out.append(unreadable(error))
        return false
      }
    }

    /// The finding of a file that cannot be read past a point.
    func unreadable(_ error: DataFileProblem) -> DataFinding {
      DataFinding(
        file: path, line: error.line, level: columns?.level.repeatID ?? "", recordID: "", variable: "",
        rule: DataRule.unreadableDataFile.rawValue,
        severity: .error,
        message:
          "line \(error.line), column \(error.column): \(error.message); the rest of this file is not checked",
        value: "", column: error.column)
    }

    mutating func peek(_ out: inout [DataFinding]) -> DataFileRecord? {
      if pending == nil { pending = next(&out) }
      return pending
    }
  }

  /// Matches each file to its level; the findings of the headers go to `out`.
  func open(_ inputs: [DataFileInput], _ out: inout [DataFinding], alone: Bool = false) throws(DataValidationUsageError)
    -> [OpenFile]
  {
    var files: [OpenFile] = []
    // One session for every file: a KoboToolbox repeat sheet finds its parent rows in it.
    let session = ExportSession(form: form, layout: layout)
    for input in inputs {
      // KoboToolbox's own CSV download (`;`, every cell quoted, CRLF) is rewritten as it streams past.
      var filter = KoboCSVFilter()
      let source = input.read
      let reader = DataFileReader(file: input.path) { out in
        var chunk: [UInt8] = []
        let more = source(&chunk)
        out += filter.pass(chunk, atEnd: !more)
        return more
      }
      var file = OpenFile(path: input.path, reader: reader)
      var problems: [DataFinding] = []
      guard let header = file.next(&problems) else {
        out += problems
        if problems.isEmpty {
          out.append(
            DataFinding(
              file: input.path, line: 1, recordID: "", variable: "", rule: DataRule.unreadableDataFile.rawValue,
              severity: .error, message: "the file is empty: expected a header row", value: "", column: 1))
        }
        file.broken = true
        files.append(file)
        continue
      }
      let name = input.path.split(separator: "/").last.map(String.init) ?? input.path
      let byName = layout.levels.indices.dropFirst().filter {
        name.hasSuffix(".\(layout.levels[$0].repeatID ?? "").csv")
      }.max { (layout.levels[$0].repeatID ?? "").count < (layout.levels[$1].repeatID ?? "").count }
      let scores = layout.levels.map { DataLevelColumns.known(header.cells, $0) }
      let best = scores.indices.max { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) } ?? 0
      var headerRecord = header
      // The level its name says, else the one whose columns it has most of; either way most of its columns must
      // be the level's, `record_id` among them (else it is someone else's data, not a file with unknown columns).
      let candidate = byName ?? best
      if scores[candidate] > 0, header.cells.contains("record_id"), scores[candidate] * 2 >= header.cells.count {
        file.level = candidate
      } else if let adapter = session.adapter(header: header) {
        if let refusal = adapter.refusal {
          out.append(
            DataFinding(
              file: input.path, line: header.line, recordID: "", variable: "",
              rule: DataRule.unreadableDataFile.rawValue, severity: .error,
              message: "\(refusal); the file is not checked", value: "", column: 1))
          file.broken = true
          files.append(file)
          continue
        }
        file.level = adapter.level
        file.adapter = adapter
        headerRecord = adapter.header
      } else {
        out.append(
          DataFinding(
            file: input.path, line: 1, recordID: "", variable: "", rule: DataRule.unreadableDataFile.rawValue,
            severity: .error,
            message:
              "this file's header is not this instrument's data (\(scores[candidate]) of \(header.cells.count) columns "
              + "known); the file is not checked", value: "", column: 1))
        file.broken = true
        files.append(file)
        continue
      }
      let level = layout.levels[file.level ?? 0]
      var columns = DataLevelColumns(level: level, evaluator: evaluator)
      out += columns.header(headerRecord).map {
        var f = $0
        f.file = input.path
        f.level = level.repeatID ?? ""
        return f
      }
      if !columns.hasKeys { file.broken = true }
      file.columns = columns
      files.append(file)
    }
    var byLevel: [Int: Int] = [:]
    for (i, f) in files.enumerated() {
      guard let l = f.level else { continue }
      if let other = byLevel[l] {
        throw DataValidationUsageError(
          message: "\(files[other].path) and \(f.path) both hold the data of the \(levelName(l)): give one file a level"
        )
      }
      byLevel[l] = i
    }
    let unmatched = files.contains { $0.level == nil }
    if !unmatched && !alone {
      for l in layout.levels.indices where byLevel[l] == nil {
        let expected = layout.levels[l].fileName(stem: "STEM")
        throw DataValidationUsageError(
          message: "no data file for the \(levelName(l)): give its file (\(expected)) too, since every record is "
            + "checked with all its rows")
      }
    }
    return files
  }

  /// The record ids of the main file, read through once more (nil when it cannot be read again or does not read
  /// to its end: the join then waits for a row's record as before).
  func recordIDs(of input: DataFileInput) -> Set<String>? {
    guard let reread = input.reread else { return nil }
    var again = input
    again.read = reread()
    again.reread = nil
    var ignored: [DataFinding] = []
    guard var files = try? open([again], &ignored, alone: true), var file = files.popLast(), file.level == 0,
      let columns = file.columns
    else { return nil }
    var ids = Set<String>()
    var row = DataFileRow()
    if file.adapter == nil {
      while file.nextRow(into: &row, &ignored) { ids.insert(columns.recordID(row)) }
    } else {
      while let record = file.next(&ignored) { ids.insert(columns.row(record).recordID) }
    }
    return file.broken ? nil : ids
  }

  func levelName(_ l: Int) -> String { layout.levels[l].repeatID.map { "repeat \($0)" } ?? "main file" }

  /// The number of worker threads `run` checks records on by default: the machine's cores, at most 8.
  public static var defaultWorkers: Int { min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

  /// Checks the files; `report` gets the findings as they are made, in the main file's order, on the calling
  /// thread. The records are checked on `workers` threads (1: all on the calling thread). Returns the number of
  /// records checked.
  @discardableResult
  /// `copy`, when given, makes each worker its own validation of the same form (from the form JSON decoded again,
  /// say): the workers then share no object, so no reference count is contended between cores.
  public func run(
    _ inputs: [DataFileInput], workers: Int = DataValidation.defaultWorkers,
    copy: (@Sendable () -> DataValidation)? = nil, report: (DataRecordReport) -> Void
  ) throws(DataValidationUsageError) -> Int {
    var headerFindings: [DataFinding] = []
    var files = try open(inputs, &headerFindings)
    if !headerFindings.isEmpty { report(DataRecordReport(findings: headerFindings, recordID: nil)) }
    var fileOf = [Int?](repeating: nil, count: layout.levels.count)
    for (i, f) in files.enumerated() { if let l = f.level { fileOf[l] = i } }
    var seen = Set<String>()
    var records = 0
    let mainIDs = fileOf[0].flatMap { main in
      layout.levels.count > 1 && files.count > 1 ? recordIDs(of: inputs[main]) : nil
    }
    if let main = fileOf[0], let mainColumns = files[main].columns {
      var out: [DataFinding] = []
      let mainPath = files[main].path
      let validation = self
      ParallelRecordPipeline.run(
        workers: workers, batchSize: 1024, empty: JoinedRecord(),
        read: { joined in
          guard
            read(
              into: &joined, main: main, files: &files, fileOf: fileOf, seen: &seen, mainIDs: mainIDs, out: &out)
          else {
            return false
          }
          records += 1
          return true
        },
        makeCheck: {
          guard let copy, workers > 1 else {
            return { batch in batch.compactMap { validation.check($0, mainColumns, mainPath) } }
          }
          let own = copy()
          let columns = DataLevelColumns(
            level: own.layout.levels[0], evaluator: own.evaluator, positions: mainColumns.positions.map { $0 })
          let path = String(decoding: Array(mainPath.utf8), as: UTF8.self)
          return { batch in batch.compactMap { own.check($0, columns, path) } }
        },
        emit: { reports in for r in reports { report(r) } })
      if !out.isEmpty { report(DataRecordReport(findings: out, recordID: nil)) }
    }
    // What is left in the repeat files has no record in the main file (or the main file could not be read on).
    let mainRead = fileOf[0].map { !files[$0].broken } ?? false
    for i in files.indices where files[i].level != nil && files[i].level != 0 {
      var out: [DataFinding] = []
      while let p = files[i].next(&out), let columns = files[i].columns {
        let row = columns.row(p, keysReported: files[i].adapter?.keysReported == true)
        var findings = locate(row.findings, files[i], row)
        if mainRead {
          let message =
            seen.contains(row.recordID)
            ? "this row's record \(row.recordID) comes earlier in the main file: sort the files by record_id, in the "
              + "main file's order"
            : "record \(row.recordID) is not in the main file"
          findings.insert(orphan(files[i], row, message), at: 0)
        }
        if !out.isEmpty { findings += out }
        out = []
        // Not a record of the main file: reported as the file's, not counted among the records.
        if !findings.isEmpty { report(DataRecordReport(findings: findings, recordID: nil)) }
      }
      if !out.isEmpty { report(DataRecordReport(findings: out, recordID: nil)) }
    }
    return records
  }

  func iterationText(_ row: DataLevelRow) -> String { row.indexes.map(String.init).joined(separator: ".") }

  /// Row findings placed in their file and level.
  func locate(_ findings: [DataFinding], _ file: OpenFile, _ row: DataLevelRow) -> [DataFinding] {
    locate(findings, file.path, file.columns?.level.repeatID ?? "", row)
  }

  func locate(_ findings: [DataFinding], _ path: String, _ level: String, _ row: DataLevelRow) -> [DataFinding] {
    guard !findings.isEmpty else { return [] }
    let iteration = iterationText(row)
    return findings.map {
      var f = $0
      f.file = path
      f.level = level
      f.iteration = iteration
      return f
    }
  }

  func orphan(_ file: OpenFile, _ row: DataLevelRow, _ message: String) -> DataFinding {
    DataFinding(
      file: file.path, line: row.line, level: file.columns?.level.repeatID ?? "", recordID: row.recordID,
      iteration: iterationText(row), variable: "record_id", rule: DataRule.orphanRow.rawValue, severity: .error,
      message: message, value: row.recordID)
  }

  /// Root causes in the order found, each followed by its consequences.
  func ordered(_ findings: [DataFinding]) -> [DataFinding] {
    var groups: [String: [DataFinding]] = [:]
    var groupOrder: [String] = []
    var roots: [DataFinding] = []
    for f in findings {
      if let cause = f.causedBy {
        if groups[cause] == nil { groupOrder.append(cause) }
        groups[cause, default: []].append(f)
      } else {
        roots.append(f)
      }
    }
    guard !groupOrder.isEmpty else { return findings }
    var out: [DataFinding] = []
    for f in roots {
      out.append(f)
      if let group = groups.removeValue(forKey: f.variable) { out += group }
    }
    for cause in groupOrder { if let group = groups.removeValue(forKey: cause) { out += group } }
    return out
  }
}
