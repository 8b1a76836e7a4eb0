// One data file's header matched to the columns of its level (FormDataLevel), and each row read through it: its
// keys (record id, iteration numbers, a `for each` option's code), its answers by variable, its calculates' cells,
// and the findings about single cells (malformed values, values the question does not accept).

import QDSLFormRuntime

/// A row of one level, read: what the evaluator needs and what was found in its cells.
struct DataLevelRow {
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
  /// The cells of value columns by variable name (for naming a root cause's value).
  var cells: [(String, String)] = []
  /// The calculates' cells: variable, text, the column's role.
  var calculates: [(variable: String, text: String, role: FormDataColumn.Role)] = []
  /// QD6003 and QD6004 findings, not yet located in a file.
  var findings: [DataFinding] = []
  /// The variables whose cells could not be used (read as missing).
  var unusable: Set<String> = []
}

/// A header matched to a level's columns.
struct DataLevelColumns {
  let level: FormDataLevel
  /// For each of the level's columns, its position in the file's rows (nil when the file lacks it).
  private(set) var positions: [Int?] = []
  /// For each of the level's columns, its variable's kind (nil for keys and order columns).
  private let kinds: [FormVariable?]
  let evaluator: FormEvaluator

  init(level: FormDataLevel, evaluator: FormEvaluator) {
    self.level = level
    self.evaluator = evaluator
    kinds = level.columns.map { $0.variable.isEmpty ? nil : evaluator.variables[$0.variable] }
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

  /// Reads one row after the header.
  func row(_ record: DataFileRecord) -> DataLevelRow {
    func cell(_ i: Int) -> String? {
      positions[i].flatMap { $0 < record.cells.count ? record.cells[$0] : nil }
    }
    var row = DataLevelRow(line: record.line, recordID: cell(0) ?? "", indexes: [])
    func finding(_ name: String, _ rule: DataRule, _ message: String, _ value: String) {
      row.findings.append(
        DataFinding(
          line: record.line, recordID: row.recordID, variable: name, rule: rule.rawValue, severity: rule.severity,
          message: message, value: value))
    }
    var flags: [String: (codes: Set<Int>, cells: Int, empty: Int, rank: [(Int, Int)])] = [:]
    var flagOrder: [String] = []
    for (i, column) in level.columns.enumerated() {
      guard let text = cell(i) else { continue }
      switch column.role {
      case .record, .order: continue
      case .iteration:
        if let k = Int(text), k >= 1, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
          row.indexes.append(k)
        } else {
          row.keysRead = false
          finding(column.name, .malformedValue, "not an iteration number (a whole number from 1)", text)
        }
      case .iterationOption:
        if let code = Int(text) {
          row.option = code
        } else {
          row.keysRead = false
          finding(column.name, .malformedValue, "not an option code", text)
        }
      case .flag(let code), .rank(let code):
        if flags[column.variable] == nil { flagOrder.append(column.variable) }
        var entry = flags[column.variable] ?? ([], 0, 0, [])
        entry.cells += 1
        if text.isEmpty {
          entry.empty += 1
        } else if case .flag = column.role, text == "1" || text == "0" {
          if text == "1" { entry.codes.insert(code) }
        } else if case .rank = column.role, let r = Int(text) {
          entry.rank.append((r, code))
        } else {
          row.unusable.insert(column.variable)
          let what = {
            if case .flag = column.role { return "1 (chosen) or 0 (not chosen)" } else { return "a rank" }
          }()
          finding(column.name, .malformedValue, "not a value of this column: expected \(what)", text)
        }
        flags[column.variable] = entry
      case .value:
        guard let variable = kinds[i] else { continue }
        if case .calculate(let type) = variable.kind {
          // A cell that is not a value of the calculate's type is malformed, not a disagreement.
          guard text.isEmpty || Self.isValue(text, type) else {
            row.unusable.insert(column.variable)
            finding(column.name, .malformedValue, "not a value of this calculate's type (\(type.rawValue))", text)
            continue
          }
          row.calculates.append((column.variable, text, column.role))
          continue
        }
        guard !text.isEmpty else { continue }
        row.cells.append((column.variable, text))
        guard let answer = InstrumentDataValidator.answer(text, variable.kind) else {
          row.unusable.insert(column.variable)
          finding(column.name, .malformedValue, "not a value of this type (\(Self.typeName(variable.kind)))", text)
          continue
        }
        if case .failure(let problem) = evaluator.accept(answer, for: variable) {
          row.unusable.insert(column.variable)
          finding(column.name, .valueNotAccepted, "not an answer the question accepts: \(Self.words(problem))", text)
          continue
        }
        row.answers.append((column.variable, answer))
      }
    }
    for name in flagOrder {
      guard let entry = flags[name], entry.empty < entry.cells else { continue }
      guard entry.empty == 0 else {
        row.unusable.insert(name)
        finding(name, .malformedValue, "some of the question's columns are empty and some are not", "")
        continue
      }
      if !entry.rank.isEmpty {
        let answer = AnswerValue.ranking(entry.rank.sorted { $0.0 < $1.0 }.map(\.1))
        if let variable = evaluator.variables[name],
          case .failure(let problem) = evaluator.accept(answer, for: variable)
        {
          row.unusable.insert(name)
          finding(name, .valueNotAccepted, "not an answer the question accepts: \(Self.words(problem))", "")
          continue
        }
        row.answers.append((name, answer))
      } else if !entry.codes.isEmpty {
        let answer = AnswerValue.codes(entry.codes)
        if let variable = evaluator.variables[name],
          case .failure(let problem) = evaluator.accept(answer, for: variable)
        {
          row.unusable.insert(name)
          let codes = entry.codes.sorted().map(String.init).joined(separator: " ")
          finding(name, .valueNotAccepted, "not an answer the question accepts: \(Self.words(problem))", codes)
          continue
        }
        row.answers.append((name, answer))
      }
      row.cells.append((name, entry.codes.sorted().map(String.init).joined(separator: " ")))
    }
    return row
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
