// One data file's header matched to the columns of its level (FormDataLevel), and each row read through it: its
// keys (record id, iteration numbers, a `for each` option's code), its answers by variable, its calculates' cells,
// and the findings about single cells (malformed values, values the question does not accept).

import QDSLFormRuntime

/// A row of one level, read: what the evaluator needs and what was found in its cells.
struct DataLevelRow: Sendable {
  var line: Int
  var recordID: String
  /// The iteration numbers, outermost first (nil where a key cell is not a number from 1).
  var indexes: [Int]
  /// The option code of a `for each` over options.
  var option: Int?
  /// Whether every key cell could be read.
  var keysRead = true
  /// The answers by variable name (not yet prefixed by the iteration's path).
  var answers: [(String, AnswerValue)] = []
  /// The cells of value columns by variable name (for naming a root cause's value); only the `many of` and `rank
  /// of` questions' when the row's texts are not kept.
  var cells: [(String, String)] = []
  /// The codes of each `many of` and `rank of` question read (when the texts are not kept: made into text only
  /// when asked).
  var codes: [(String, Set<Int>)] = []
  /// The calculates' cells: variable, text (nil when not kept: read cell `cell` of the row), the column's role.
  var calculates: [(variable: String, text: String?, cell: Int, role: FormDataColumn.Role)] = []
  /// QD6003 and QD6004 findings, not yet located in a file.
  var findings: [DataFinding] = []
  /// The variables whose cells could not be used (read as missing).
  var unusable: Set<String> = []
}

/// A header matched to a level's columns.
struct DataLevelColumns: Sendable {
  let level: FormDataLevel
  /// For each of the level's columns, its position in the file's rows (nil when the file lacks it).
  private(set) var positions: [Int?] = []
  /// For each of the level's columns, its variable's kind (nil for keys and order columns).
  private let kinds: [FormVariable?]
  /// For each of the level's columns, how its variable's answers are accepted (nil for keys and order columns).
  private let acceptances: [FormAcceptance?]
  /// Each column's role, and the type of each calculate's column (nil for other columns).
  private let roles: [FormDataColumn.Role]
  private let calculateTypes: [FormValueType?]
  /// For each of the level's columns, its `many of` or `rank of` question's place in `groupNames` (nil for others).
  private let groups: [Int?]
  /// The `many of` and `rank of` questions of the level, in column order, and their variables.
  private let groupNames: [String]
  private let groupAcceptances: [FormAcceptance?]
  /// How many columns each `many of` and `rank of` question has, and how many calculates the level has (room
  /// made once per row).
  private let groupSizes: [Int]
  private let calculateCount: Int
  /// The `FormNameHash` of each column's variable: the answers are keyed by it, row after row.
  private let variableHashes: [UInt64]
  /// The column of each variable with a value column of its own (not a calculate).
  private let valueColumns: [String: Int]
  let evaluator: FormEvaluator

  /// The columns of a header already matched: `positions` as `header(_:)` found them.
  init(level: FormDataLevel, evaluator: FormEvaluator, positions: [Int?]) {
    self.init(level: level, evaluator: evaluator)
    self.positions = positions
  }

  init(level: FormDataLevel, evaluator: FormEvaluator) {
    self.level = level
    self.evaluator = evaluator
    let kinds = level.columns.map { $0.variable.isEmpty ? nil : evaluator.variables[$0.variable] }
    self.kinds = kinds
    acceptances = kinds.map { $0.map(evaluator.acceptance(of:)) }
    roles = level.columns.map(\.role)
    calculateTypes = level.columns.indices.map { i in
      guard case .value = level.columns[i].role, case .calculate(let type) = kinds[i]?.kind else { return nil }
      return type
    }
    var groups: [Int?] = []
    var names: [String] = []
    var place: [String: Int] = [:]
    var values: [String: Int] = [:]
    for (i, column) in level.columns.enumerated() {
      switch column.role {
      case .flag, .rank:
        if place[column.variable] == nil {
          place[column.variable] = names.count
          names.append(column.variable)
        }
        groups.append(place[column.variable])
      case .value:
        groups.append(nil)
        if let v = kinds[i], !Self.isCalculate(v), values[column.variable] == nil { values[column.variable] = i }
      default: groups.append(nil)
      }
    }
    self.groups = groups
    groupNames = names
    var sizes = Array(repeating: 0, count: names.count)
    for g in groups { if let g { sizes[g] += 1 } }
    groupSizes = sizes
    calculateCount = calculateTypes.count { $0 != nil }
    variableHashes = level.columns.map { FormNameHash.of($0.variable) }
    groupAcceptances = names.map { evaluator.variables[$0].map(evaluator.acceptance(of:)) }
    valueColumns = values
  }

  static func isCalculate(_ v: FormVariable) -> Bool {
    if case .calculate = v.kind { return true }
    return false
  }

  /// How many cells of a header are columns of the level.
  static func known(_ header: [String], _ level: FormDataLevel) -> Int {
    let names = Set(level.columns.map(\.name))
    return header.filter { names.contains($0) }.count
  }

  /// Matches the header: the findings are its unknown (QD6001) and missing (QD6002) columns.
  mutating func header(_ record: DataFileRecord) -> [DataFinding] {
    var findings: [DataFinding] = []
    let expected = Set(level.columns.map(\.name))
    var position: [String: Int] = [:]
    for (i, name) in record.cells.enumerated() {
      if expected.contains(name) && position[name] == nil {
        position[name] = i
      } else {
        let message =
          expected.contains(name)
          ? "this column is given twice: the second is not checked"
          : "a column the instrument's \(levelName) does not have"
        findings.append(
          DataFinding(
            line: record.line, recordID: "", variable: name, rule: DataRule.unknownColumn.rawValue, severity: .error,
            message: message, value: name))
      }
    }
    positions = level.columns.map { position[$0.name] }
    for (i, column) in level.columns.enumerated() where positions[i] == nil {
      let key = column.variable.isEmpty ? ": the rows cannot be joined to their record, so they are not checked" : ""
      findings.append(
        DataFinding(
          line: record.line, recordID: "", variable: column.name, rule: DataRule.missingColumn.rawValue,
          severity: .error, message: "a column of the instrument's \(levelName) is missing\(key)", value: ""))
    }
    return findings
  }

  var levelName: String { level.repeatID.map { "repeat \($0)" } ?? "main file" }

  /// Whether every key column is there (rows can be joined).
  var hasKeys: Bool {
    level.columns.indices.allSatisfy { level.columns[$0].variable.isEmpty ? positions[$0] != nil : true }
  }

  /// Reads one row after the header (a repeat's row: its cells' texts are kept, as the record needs them after
  /// the row is gone). `keysReported`: an export's row whose keys could not be read, as its adapter already
  /// said: its key cells are not reported again.
  func row(_ record: DataFileRecord, keysReported: Bool = false) -> DataLevelRow {
    var bytes = DataFileRow()
    bytes.set(record)
    return row(bytes, keepsTexts: true, keysReported: keysReported)
  }

  /// The record id of a row (its first column's cell), "" when the file lacks it.
  func recordID(_ r: DataFileRow) -> String {
    guard let k = positions.first ?? nil, k < r.count else { return "" }
    return r.text(k)
  }

  /// The text of a value column's cell of `name` (not a calculate) in `r`, or nil when it is empty or missing;
  /// for a `many of` or `rank of` question, what `row` noted in `read.cells`.
  func text(_ name: String, _ r: DataFileRow, _ read: DataLevelRow) -> String? {
    if let i = valueColumns[name] {
      guard let k = positions[i], k < r.count, !r.isEmpty(k) else { return nil }
      return r.text(k)
    }
    if let codes = read.codes.last(where: { $0.0 == name }) { return Self.codesText(codes.1) }
    return read.cells.last { $0.0 == name }?.1
  }

  /// A `many of` answer's codes as its cell text names them: in order, separated by spaces.
  static func codesText(_ codes: Set<Int>) -> String {
    codes.isEmpty ? "" : codes.sorted().map(String.init).joined(separator: " ")
  }

  /// Reads one row after the header from its bytes. With `keepsTexts` false, the texts of value cells and of
  /// calculates are not made (`text(_:_:_:)` and the calculates' `cell` read them from `r` when needed).
  /// With `answers` given, the answers go there instead of `answers` of the row (no array made and dropped).
  func row(
    _ r: DataFileRow, keepsTexts: Bool, answers: UnsafeMutablePointer<FormNameMap<AnswerValue>>? = nil,
    keysReported: Bool = false
  ) -> DataLevelRow {
    func cell(_ i: Int) -> Int? {
      guard let k = positions[i], k < r.count else { return nil }
      return k
    }
    var row = DataLevelRow(line: r.line, recordID: cell(0).map { r.text($0) } ?? "", indexes: [])
    row.calculates.reserveCapacity(calculateCount)
    if !keepsTexts { row.codes.reserveCapacity(groupNames.count) }
    func finding(_ name: String, _ rule: DataRule, _ message: String, _ value: String) {
      row.findings.append(
        DataFinding(
          line: r.line, recordID: row.recordID, variable: name, rule: rule.rawValue, severity: rule.severity,
          message: message, value: value))
    }
    var flags: [(codes: Set<Int>, cells: Int, empty: Int, rank: [(Int, Int)])] = []
    // The questions in the order of their first cell in the file.
    var flagOrder: [Int] = []
    if !groupNames.isEmpty { flags = Array(repeating: ([], 0, 0, []), count: groupNames.count) }
    // The columns' roles and kinds are read by index: copying a column or a variable would retain its strings,
    // once per cell.
    for i in level.columns.indices {
      guard let k = cell(i) else { continue }
      let role = roles[i]
      switch role {
      case .record, .order: continue
      case .iteration:
        let column = level.columns[i]
        if !r.isEmpty(k), r.bytes[r.cells[k]].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = r.integer(k), n >= 1 {
          row.indexes.append(n)
        } else {
          row.keysRead = false
          if keysReported { continue }
          finding(column.name, .malformedValue, "not an iteration number (a whole number from 1)", r.text(k))
        }
      case .iterationOption:
        let column = level.columns[i]
        if let code = r.integer(k) {
          row.option = code
        } else {
          row.keysRead = false
          if keysReported { continue }
          finding(column.name, .malformedValue, "not an option code", r.text(k))
        }
      case .flag(let code), .rank(let code):
        guard let g = groups[i] else { continue }
        if flags[g].cells == 0 { flagOrder.append(g) }
        flags[g].cells += 1
        if r.isEmpty(k) {
          flags[g].empty += 1
        } else if case .flag = role, r.isByte(k, 0x31) {
          // Room for every option at the first: no set grown and hashed again code by code.
          if flags[g].codes.isEmpty { flags[g].codes.reserveCapacity(groupSizes[g]) }
          flags[g].codes.insert(code)
        } else if case .flag = role, r.isByte(k, 0x30) {
          continue
        } else if case .rank = role, let n = r.integer(k) {
          flags[g].rank.append((n, code))
        } else {
          let column = level.columns[i]
          row.unusable.insert(column.variable)
          let what = {
            if case .flag = role { return "1 (chosen) or 0 (not chosen)" } else { return "a rank" }
          }()
          finding(column.name, .malformedValue, "not a value of this column: expected \(what)", r.text(k))
        }
      case .value:
        if let type = calculateTypes[i] {
          // A cell that is not a value of the calculate's type is malformed, not a disagreement.
          guard r.isEmpty(k) || Self.isValue(r, k, type) else {
            let column = level.columns[i]
            row.unusable.insert(column.variable)
            finding(column.name, .malformedValue, "not a value of this calculate's type (\(type.rawValue))", r.text(k))
            continue
          }
          row.calculates.append((level.columns[i].variable, keepsTexts ? r.text(k) : nil, k, role))
          continue
        }
        guard !r.isEmpty(k), let acceptance = acceptances[i] else { continue }
        if keepsTexts { row.cells.append((level.columns[i].variable, r.text(k))) }
        guard let answer = DataColumnPlan.answer(r, k, acceptance.kind) else {
          let column = level.columns[i]
          row.unusable.insert(column.variable)
          finding(
            column.name, .malformedValue, "not a value of this type (\(Self.typeName(acceptance.kind)))", r.text(k))
          continue
        }
        if case .failure(let problem) = evaluator.accept(answer, acceptance) {
          let column = level.columns[i]
          row.unusable.insert(column.variable)
          finding(
            column.name, .valueNotAccepted, "not an answer the question accepts: \(Self.words(problem))", r.text(k))
          continue
        }
        if let answers {
          answers.pointee[level.columns[i].variable, hash: variableHashes[i]] = answer
        } else {
          row.answers.append((level.columns[i].variable, answer))
        }
      }
    }
    for g in flagOrder {
      let name = groupNames[g]
      let entry = flags[g]
      guard entry.cells > 0, entry.empty < entry.cells else { continue }
      guard entry.empty == 0 else {
        row.unusable.insert(name)
        finding(name, .malformedValue, "some of the question's columns are empty and some are not", "")
        continue
      }
      if !entry.rank.isEmpty {
        let answer = AnswerValue.ranking(entry.rank.sorted { $0.0 < $1.0 }.map(\.1))
        if let acceptance = groupAcceptances[g], case .failure(let problem) = evaluator.accept(answer, acceptance) {
          row.unusable.insert(name)
          finding(name, .valueNotAccepted, "not an answer the question accepts: \(Self.words(problem))", "")
          continue
        }
        if let answers { answers.pointee[name] = answer } else { row.answers.append((name, answer)) }
      } else if !entry.codes.isEmpty {
        let answer = AnswerValue.codes(entry.codes)
        if let acceptance = groupAcceptances[g], case .failure(let problem) = evaluator.accept(answer, acceptance) {
          row.unusable.insert(name)
          let codes = entry.codes.sorted().map(String.init).joined(separator: " ")
          finding(name, .valueNotAccepted, "not an answer the question accepts: \(Self.words(problem))", codes)
          continue
        }
        if let answers { answers.pointee[name] = answer } else { row.answers.append((name, answer)) }
      }
      if keepsTexts {
        row.cells.append((name, Self.codesText(entry.codes)))
      } else {
        row.codes.append((name, entry.codes))
      }
    }
    return row
  }

  /// Whether cell `k` of `r` is a value of a calculate's type, as FormDataLayout writes them.
  static func isValue(_ r: DataFileRow, _ k: Int, _ type: FormValueType) -> Bool {
    switch type {
    case .integer, .one:
      let digits = r.bytes[r.cells[k]].drop { $0 == 0x2D }
      return !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    case .boolean: return r.isByte(k, 0x30) || r.isByte(k, 0x31)
    case .text, .time, .datetime: return true
    case .decimal, .date: return isValue(r.text(k), type)
    }
  }

  /// Whether a calculate's cell is a value of its type, as FormDataLayout writes them.
  static func isValue(_ text: String, _ type: FormValueType) -> Bool {
    let digits = text.utf8.drop { $0 == 0x2D }
    switch type {
    case .integer, .one: return !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    case .decimal:
      return Double(text) != nil && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }
    case .boolean: return text == "0" || text == "1"
    case .date: return FormDate(text) != nil
    case .text, .time, .datetime: return true
    }
  }

  static func typeName(_ kind: FormVariable.Kind) -> String {
    switch kind {
    case .gridRow: return "an option code"
    case .paradata: return "paradata"
    case .calculate: return "a calculate"
    case .question(let type), .sample(let type):
      switch type {
      case .integer: return "a whole number"
      case .decimal: return "a number"
      case .text: return "a text"
      case .date: return "a date YYYY-MM-DD"
      case .time: return "a time HH:MM"
      case .datetime: return "a date and time YYYY-MM-DDTHH:MM"
      case .one: return "an option code"
      case .many, .rank: return "options"
      }
    }
  }

  /// A problem in words.
  static func words(_ problem: FormAnswerProblem) -> String {
    switch problem {
    case .unknownVariable: return "no such variable"
    case .notAQuestion: return "it is computed, not answered"
    case .wrongType: return "a value of the wrong kind"
    case .notAWholeNumber: return "not a whole number"
    case .outOfRange: return "out of range"
    case .tooLong: return "too long"
    case .notADate: return "not a calendar date"
    case .notATime: return "not a time"
    case .unknownOption: return "a code that is not in the list"
    case .exclusiveWithOthers: return "an exclusive option chosen with others"
    case .incompleteRanking: return "a ranking that does not rank every option once"
    case .notOffered: return "an option not offered"
    }
  }
}
