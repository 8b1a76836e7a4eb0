// One record of `qdsl validate-data`: the main file's row and, from each repeat's file, the rows of the record
// (joined by record_id and the enclosing iterations' numbers), turned into answers by instance path
// (`person[2].age`), evaluated once, and every finding placed on its level, iteration, file and line. A routing
// answer that skipped answered questions, a value that could not be used, and a repeat driver that disagrees with
// the rows are root causes: what follows from them carries `causedBy`.

import QDSLFormRuntime

extension DataValidation {
  /// Where a repeat's iteration (or the main record) stands: its file and line.
  struct RowPlace: Sendable {
    var file: String
    var line: Int
  }

  /// A repeated calculate's cell (its text kept) or one of the main row's (`text` nil: read cell `cell`).
  typealias Calculate = (
    path: String, text: String?, cell: Int, role: FormDataColumn.Role, place: RowPlace, level: String
  )

  /// What joining a record's repeat rows found: their answers and cells by instance path, their places, and the
  /// findings made while reading them.
  struct RecordJoin: Sendable {
    var findings: [DataFinding] = []
    /// The variables whose cells could not be used, and the instance paths of those read as missing.
    var unusable: [String] = []
    var unusablePaths: Set<String> = []
    var answers: [(String, AnswerValue)] = []
    var cells: [String: String] = [:]
    var calculates: [Calculate] = []
    /// The rows of each iteration, by its level and iteration numbers (`person|2`), and each repeat instance's rows.
    var places: [String: RowPlace] = [:]
    var instances: [String: [(index: Int, option: Int?, line: Int)]] = [:]
    var instanceOrder: [(path: String, level: Int)] = []
    var dead = Set<String>()
    /// Rows whose enclosing iteration's row is missing (by their position among `findings`, and that repeat).
    var orphansOfMissingRows: [(Int, String)] = []
  }

  /// A record as read on the calling thread: the main file's row, the findings of reading it, whether its id
  /// came before, and its repeat rows joined.
  struct JoinedRecord: Sendable {
    var row = DataFileRow()
    var recordID = ""
    var before: [DataFinding] = []
    var duplicate = false
    var join = RecordJoin()
  }

  /// Reads the next record of the main file into `joined` with its repeat rows (sequential: the files are read
  /// in order and the record ids seen so far decide duplicates and rows out of order). False at the end.
  func read(
    into joined: inout JoinedRecord, main: Int, files: inout [OpenFile], fileOf: [Int?], seen: inout Set<String>,
    mainIDs: Set<String>? = nil, out: inout [DataFinding]
  ) -> Bool {
    guard let mainColumns = files[main].columns, files[main].nextRow(into: &joined.row, &out) else { return false }
    joined.before = out
    out = []
    let id = mainColumns.recordID(joined.row)
    joined.recordID = id
    joined.duplicate = !seen.insert(id).inserted
    joined.join = RecordJoin()
    if layout.levels.count > 1 {
      join(
        &joined.join, id: id, line: joined.row.line, mainPath: files[main].path, files: &files, fileOf: fileOf,
        seen: seen, mainIDs: mainIDs)
    }
    return true
  }

  /// Joins the rows of record `id` from each repeat's file.
  func join(
    _ j: inout RecordJoin, id: String, line: Int, mainPath: String, files: inout [OpenFile], fileOf: [Int?],
    seen: Set<String>, mainIDs: Set<String>? = nil
  ) {
    j.places["|"] = RowPlace(file: mainPath, line: line)
    for l in layout.levels.indices.dropFirst() {
      let level = layout.levels[l]
      guard let repeatID = level.repeatID else { continue }
      guard let f = fileOf[l], !files[f].broken || files[f].pending != nil, let columns = files[f].columns else {
        j.dead.insert(repeatID)
        continue
      }
      while true {
        // A row of a later record (an export's, seen before it is translated) waits for its record.
        if let upcoming = files[f].upcomingRecordID(&j.findings), upcoming != id,
          mainIDs?.contains(upcoming) != false, !seen.contains(upcoming)
        {
          break
        }
        guard let p = files[f].peek(&j.findings) else { break }
        let row = columns.row(p, keysReported: files[f].adapter?.keysReported == true)
        if row.recordID != id {
          if let mainIDs, !mainIDs.contains(row.recordID) {
            // A record the main file does not have: reported here, so the rows after it still join.
            files[f].pending = nil
            j.findings += locate(row.findings, files[f], row)
            j.findings.append(orphan(files[f], row, "record \(row.recordID) is not in the main file"))
            continue
          }
          guard seen.contains(row.recordID) else { break }
          files[f].pending = nil
          j.findings += locate(row.findings, files[f], row)
          j.findings.append(
            orphan(
              files[f], row,
              "this row's record \(row.recordID) comes earlier in the main file: sort the files by record_id, in the "
                + "main file's order"))
          continue
        }
        files[f].pending = nil
        let iteration = iterationText(row)
        j.findings += locate(row.findings, files[f], row)
        j.unusable += row.findings.map(\.variable)
        guard row.keysRead, row.indexes.count == level.chain.count else { continue }
        let parentChain = Array(level.chain.dropLast())
        let parentKey =
          (parentChain.last ?? "") + "|" + row.indexes.dropLast().map(String.init).joined(separator: ".")
        guard j.places[parentKey] != nil else {
          let parent = parentChain.last ?? ""
          // The enclosing repeat's file stopped (QD6013 says the rest is not checked): so are these rows.
          if j.dead.contains(parent) { continue }
          j.orphansOfMissingRows.append((j.findings.count, parent))
          j.findings.append(
            orphan(
              files[f], row,
              "its iteration \(row.indexes.dropLast().map(String.init).joined(separator: ".")) of \(parent) is not in "
                + "\(parent)'s file"))
          continue
        }
        let key = repeatID + "|" + iteration
        guard j.places[key] == nil else {
          j.findings.append(
            DataFinding(
              file: files[f].path, line: row.line, level: repeatID, recordID: id, iteration: iteration,
              variable: level.columns.last { $0.role == .iteration(depth: level.chain.count - 1) }?.name ?? "",
              rule: DataRule.duplicateKey.rawValue, severity: .error,
              message: "this iteration of the record is given by an earlier row", value: iteration))
          continue
        }
        let place = RowPlace(file: files[f].path, line: row.line)
        j.places[key] = place
        var prefix = ""
        for (k, r) in parentChain.enumerated() { prefix += "\(r)[\(row.indexes[k])]." }
        let instance = prefix + repeatID
        if j.instances[instance] == nil { j.instanceOrder.append((instance, l)) }
        j.instances[instance, default: []].append((row.indexes[row.indexes.count - 1], row.option, row.line))
        let at = instance + "[\(row.indexes[row.indexes.count - 1])]."
        for (name, answer) in row.answers { j.answers.append((at + name, answer)) }
        for (name, text) in row.cells { j.cells[at + name] = text }
        for name in row.unusable { j.unusablePaths.insert(at + name) }
        j.calculates += row.calculates.map { (at + $0.variable, $0.text, $0.cell, $0.role, place, repeatID) }
      }
      if files[f].broken { j.dead.insert(repeatID) }
    }
  }

  /// Checks one joined record (on a worker thread: reads only what it is given): its report, or nil when it has
  /// no finding.
  func check(_ joined: JoinedRecord, _ mainColumns: DataLevelColumns, _ mainPath: String) -> DataRecordReport? {
    var answers = FormNameMap<AnswerValue>(
      minimumCapacity: mainColumns.level.columns.count + joined.join.answers.count)
    let mainRow = withUnsafeMutablePointer(to: &answers) { mainColumns.row(joined.row, keepsTexts: false, answers: $0) }
    let id = joined.recordID
    let mainPlace = RowPlace(file: mainPath, line: joined.row.line)
    var findings = joined.before
    findings += locate(mainRow.findings, mainPath, "", mainRow)
    if joined.duplicate {
      findings.append(
        DataFinding(
          file: mainPath, line: joined.row.line, recordID: id, variable: "record_id",
          rule: DataRule.duplicateKey.rawValue, severity: .error, message: "this record id is used by an earlier row",
          value: id))
    }
    let offset = findings.count
    findings += joined.join.findings
    var values: [String: String] = [:]
    for (name, answer) in joined.join.answers { answers[name] = answer }
    let unusable: [String] = mainRow.findings.map(\.variable) + joined.join.unusable
    // The instance paths of the values read as missing: their own required answer is not reported again.
    let unusablePaths =
      joined.join.unusablePaths.isEmpty ? mainRow.unusable : mainRow.unusable.union(joined.join.unusablePaths)
    let places = joined.join.places
    let instances = joined.join.instances
    let dead = joined.join.dead
    /// The text of a cell by instance path (a repeat's, else the main row's), as given.
    func cell(_ path: String) -> String? {
      joined.join.cells[path] ?? mainColumns.text(path, joined.row, mainRow)
    }
    let result = evaluator.evaluateForData(answers, today: today, listsShown: false)
    // The items shown, listed by walking the record again and made a set only when a finding asks (most records
    // have none).
    var shownSet: Set<String>?
    func shown() -> Set<String> {
      if let shownSet { return shownSet }
      let set = Set(evaluator.evaluateForData(answers, today: today).shown)
      shownSet = set
      return set
    }
    // Repeats whose rows do not match their driver (QD6012 roots): what reads their answers follows from them.
    var driverProblems: [(repeatID: String, driver: String)] = []
    /// The root cause of a finding about `name`: the first value read as missing that it reads, else a repeat
    /// with rows missing or extra that it reads.
    func readCause(_ name: String) -> String? {
      guard let read = reads[name] else { return nil }
      if let u = unusable.first(where: { read.contains(columnVariables[$0] ?? $0) }) { return u }
      for p in driverProblems
      where read.contains(p.repeatID)
        || read.contains(where: {
          evaluator.variables[$0]?.repeats.contains(p.repeatID) == true
        })
      {
        return p.driver
      }
      return nil
    }

    /// Why an iteration's answers are not asked or its row is missing: the routing answer that skipped the repeat,
    /// else its driver (the iteration did not run, or its row is not in the file); nil when it ran with its row.
    func notRunCause(
      _ prefix: String, _ repeatID: String, _ outer: [(repeat: String, index: Int)], index: Int, hasRow: Bool
    ) -> String? {
      if !shown().contains(prefix + repeatID) {
        return causes.cause(of: repeatID, steps: outer, shown: shown(), end: result.end).map { routingCause($0, outer) }
          ?? drivers[repeatID]
      }
      let count = result.iterations[prefix + repeatID] ?? 0
      return index > count || !hasRow ? drivers[repeatID] : nil
    }
    /// A routing answer as a root cause: its column name, its value noted for the report.
    func routingCause(_ decider: String, _ steps: [(repeat: String, index: Int)]) -> String {
      let name = column(decider)
      if values[name] == nil {
        let prefix = steps.map { "\($0.repeat)[\($0.index)]." }.joined()
        values[name] = cell(prefix + decider) ?? cell(decider) ?? ""
      }
      return name
    }
    /// The level, iteration and place of an instance path, and the driver of the first iteration that did not run.
    func place(_ path: String) -> (
      name: String, steps: [(repeat: String, index: Int)], level: String, iteration: String, at: RowPlace,
      notRun: String?
    )? {
      guard let (name, steps) = FormInstancePath.split(path) else { return nil }
      let level = steps.last?.repeat ?? ""
      if steps.contains(where: { dead.contains($0.repeat) }) { return nil }
      let iteration = steps.map { String($0.index) }.joined(separator: ".")
      var at = mainPlace
      var notRun: String?
      var prefix = ""
      for (k, step) in steps.enumerated() {
        let key = step.repeat + "|" + steps.prefix(k + 1).map { String($0.index) }.joined(separator: ".")
        if notRun == nil {
          notRun = notRunCause(
            prefix, step.repeat, Array(steps.prefix(k)), index: step.index, hasRow: places[key] != nil)
        }
        if let p = places[key] { at = p }
        prefix += "\(step.repeat)[\(step.index)]."
      }
      return (name, steps, level, iteration, at, notRun)
    }
    func add(_ path: String, _ rule: DataRule, _ message: String, value: String = "", cause: String? = nil) {
      guard let p = place(path) else { return }
      findings.append(
        DataFinding(
          file: p.at.file, line: p.at.line, level: p.level, recordID: id, iteration: p.iteration,
          variable: column(p.name), rule: rule.rawValue, severity: rule.severity, message: message, value: value,
          causedBy: p.notRun ?? cause))
    }
    // The repeat rows against their drivers: one finding per parent row, on the driver's variable.
    var checkedInstances = Set<String>()
    var drivenInstances = joined.join.instanceOrder
    for key in result.iterations.keys.sorted() where instances[key] == nil {
      guard let (name, _) = FormInstancePath.split(key),
        let l = layout.levels.firstIndex(where: { $0.repeatID == name })
      else { continue }
      drivenInstances.append((key, l))
    }
    for (instance, l) in drivenInstances where checkedInstances.insert(instance).inserted {
      guard let (name, steps) = FormInstancePath.split(instance), !dead.contains(name),
        !steps.contains(where: { dead.contains($0.repeat) })
      else { continue }
      let rows = instances[instance] ?? []
      let n = result.iterations[instance] ?? 0
      let given = rows.map(\.index)
      var problem: String?
      if given != Array(1...max(1, n)).prefix(n).map({ $0 }) {
        let list = given.map(String.init).joined(separator: ", ")
        problem =
          given.count != n
          ? "the repeat \(name) runs \(n) time\(n == 1 ? "" : "s") for these answers, but its file has \(rows.count) "
            + "row\(rows.count == 1 ? "" : "s")\(rows.isEmpty ? "" : " (iterations \(list))")"
          : "the iterations of \(name) are numbered \(list), not 1 to \(n)"
      } else if layout.levels[l].columns.contains(where: { $0.role == .iterationOption }) {
        let chosen = (1...max(1, n)).prefix(n).map { result.iterationOptions[instance + "[\($0)]"] }
        let options = rows.map(\.option)
        if chosen != options {
          problem =
            "the iterations of \(name) are for the options \(chosen.map { $0.map(String.init) ?? "?" }.joined(separator: ", ")), "
            + "but its file has \(options.map { $0.map(String.init) ?? "?" }.joined(separator: ", "))"
        }
      }
      guard let problem else { continue }
      let parentPlace: RowPlace
      let parentLevel = steps.last?.repeat ?? ""
      let parentIteration = steps.map { String($0.index) }.joined(separator: ".")
      if steps.isEmpty {
        parentPlace = mainPlace
      } else if let p = places[parentLevel + "|" + parentIteration] {
        parentPlace = p
      } else {
        continue
      }
      let driver = drivers[name] ?? name
      let skippedBy =
        shown().contains(instance)
        ? nil : causes.cause(of: name, steps: steps, shown: shown(), end: result.end).map { routingCause($0, steps) }
      findings.append(
        DataFinding(
          file: parentPlace.file, line: parentPlace.line, level: parentLevel, recordID: id, iteration: parentIteration,
          variable: driver, rule: DataRule.rowsNotDriver.rawValue, severity: .error, message: problem,
          value: String(rows.count), causedBy: skippedBy))
      driverProblems.append((name, skippedBy ?? driver))
      values[driver] = cell((steps.isEmpty ? "" : instance.dropLast(name.count)) + driver) ?? cell(driver) ?? ""
    }
    // A row orphaned because its enclosing iteration's row is missing follows from that repeat's rows.
    for (k, parent) in joined.join.orphansOfMissingRows.map({ ($0.0 + offset, $0.1) }) {
      if let p = driverProblems.first(where: { $0.repeatID == parent }) { findings[k].causedBy = p.driver }
    }
    // The evaluator lists them by name: report them in the order of the files' rows and columns.
    let levelOrder = self.levelOrder
    let columnOrder = self.columnOrder
    let ignored =
      result.ignoredAnswers.isEmpty
      ? []
      : result.ignoredAnswers.compactMap { path in place(path).map { (path, $0) } }.sorted {
        (levelOrder[$0.1.level] ?? 0, $0.1.at.line, columnOrder[$0.1.name] ?? 0)
          < (levelOrder[$1.1.level] ?? 0, $1.1.at.line, columnOrder[$1.1.name] ?? 0)
      }
    for (path, p) in ignored {
      var cause: String?
      if p.notRun == nil, let decider = causes.cause(of: p.name, steps: p.steps, shown: shown(), end: result.end) {
        cause = routingCause(decider, p.steps)
      }
      add(path, .answeredNotAsked, "answered, but the routing did not ask it", value: cell(path) ?? "", cause: cause)
    }
    for path in result.requiredUnanswered where !unusablePaths.contains(path) {
      add(path, .requiredMissing, "required and asked, but not answered")
    }
    for f in result.failedChecks {
      add(
        f.question, f.isSoft ? .softCheckFailed : .hardCheckFailed,
        "fails its \(f.isSoft ? "soft " : "")check \(f.source)", value: cell(f.question) ?? "",
        cause: FormInstancePath.split(f.question).flatMap { readCause($0.name) })
    }
    for c in mainRow.calculates {
      // A calculate of the main file is always placed, and its iteration ran.
      let expected = FormDataLayout.cell(result.values[c.variable], c.role)
      let r = joined.row
      if r.bytes[r.cells[c.cell]].elementsEqual(expected.utf8) { continue }
      let given = r.text(c.cell)
      guard expected != given else { continue }
      add(
        c.variable, .calculateDisagrees, "the instrument computes '\(expected)' from the answers", value: given,
        cause: readCause(c.variable))
    }
    for c in joined.join.calculates {
      guard let p = place(c.path), p.notRun == nil, let text = c.text else { continue }
      let expected = FormDataLayout.cell(result.values[c.path], c.role)
      if expected != text {
        add(
          c.path, .calculateDisagrees, "the instrument computes '\(expected)' from the answers", value: text,
          cause: readCause(p.name))
      }
    }
    guard !findings.isEmpty else { return nil }
    return DataRecordReport(findings: ordered(findings), recordID: joined.recordID, causeValues: values)
  }
}
