// Checks the records of an instrument's data file (`STEM.csv`, qdsl's own layout) against the form: unknown and
// missing columns, duplicate record ids, malformed values, values the question does not accept (out of range,
// codes not in the list, too long), and, per record through the reference evaluator, answers where the routing
// did not ask, required answers missing, failed checks (a soft one is a note) and calculates that disagree.
// The routing rules need every level's answers, so they run only for forms without repeats (issue 21 goes on).

import QDSLFormRuntime

/// One finding about a data file.
public struct DataFinding: Sendable, Equatable {
  public enum Severity: String, Sendable { case error, note }
  /// The data file, as given on the command line.
  public var file: String = ""
  public var line: Int
  /// The level: empty for the instrument's file, else the repeat's id.
  public var level: String = ""
  public var recordID: String
  /// The iteration numbers of a repeat's row, outermost first, joined by `.` (empty in the instrument's file).
  public var iteration: String = ""
  public var variable: String
  /// A stable code: QD6001 unknown column … QD6010 duplicate record id.
  public var rule: String
  public var severity: Severity
  public var message: String
  public var value: String
  /// For a consequence of a value that could not be used (read as missing, so the routing, checks and calculates
  /// after it see no answer): the variable of that root cause, whose finding comes first. Nil for a root cause.
  public var causedBy: String? = nil
  /// The column of the line where a file stops being readable (QD6013), from 1; 0 when the finding is about a row.
  public var column: Int = 0
}

/// Validates the instrument's data file of a form, record by record.
public struct InstrumentDataValidator {
  public let evaluator: FormEvaluator
  public let level: FormDataLevel
  /// Whether the routing, check and calculate rules run (the form has no repeats).
  public let checksRouting: Bool
  public let today: FormDate
  private var columnIndex: [Int?] = []
  private var seenIDs: Set<String> = []

  public init(form: FormModel, today: FormDate) {
    evaluator = FormEvaluator(form: form)
    let layout = FormDataLayout(form: form)
    level = layout.levels[0]
    checksRouting = layout.levels.count == 1
    self.today = today
  }

  /// Reads the header: an unknown column and a missing one are findings.
  public mutating func header(_ record: DataFileRecord) -> [DataFinding] {
    var findings: [DataFinding] = []
    let expected = Set(level.columns.map(\.name))
    var position: [String: Int] = [:]
    for (i, name) in record.cells.enumerated() {
      if !expected.contains(name) {
        findings.append(finding(record.line, "", name, "QD6001", "a column the instrument does not have", name))
      } else {
        position[name] = i
      }
    }
    columnIndex = level.columns.map { position[$0.name] }
    for column in level.columns where position[column.name] == nil {
      findings.append(finding(record.line, "", column.name, "QD6002", "a column of the instrument is missing", ""))
    }
    return findings
  }

  private func finding(
    _ line: Int, _ id: String, _ variable: String, _ rule: String, _ message: String, _ value: String,
    severity: DataFinding.Severity = .error
  ) -> DataFinding {
    DataFinding(
      line: line, recordID: id, variable: variable, rule: rule, severity: severity, message: message, value: value)
  }

  /// Checks one record (after the header).
  public mutating func record(_ record: DataFileRecord) -> [DataFinding] {
    var findings: [DataFinding] = []
    // A row shorter than the header (from a caller other than DataFileReader, which refuses one) lacks the cell.
    func cell(_ i: Int) -> String? { columnIndex[i].flatMap { $0 < record.cells.count ? record.cells[$0] : nil } }
    let id = cell(0) ?? ""
    if !seenIDs.insert(id).inserted {
      findings.append(finding(record.line, id, "record_id", "QD6010", "this record id is used by an earlier row", id))
    }
    var answers: [String: AnswerValue] = [:]
    var flags: [String: (codes: Set<Int>, cells: Int, empty: Int, rank: [(Int, Int)])] = [:]
    var calculates: [(String, String, Int)] = []
    for (i, column) in level.columns.enumerated() {
      guard let text = cell(i) else { continue }
      switch column.role {
      case .record, .iteration, .iterationOption, .order: continue
      case .flag(let code), .rank(let code):
        var entry = flags[column.variable] ?? ([], 0, 0, [])
        entry.cells += 1
        if text.isEmpty {
          entry.empty += 1
        } else if case .flag = column.role, text == "1" || text == "0" {
          if text == "1" { entry.codes.insert(code) }
        } else if case .rank = column.role, let r = Int(text) {
          entry.rank.append((r, code))
        } else {
          findings.append(finding(record.line, id, column.name, "QD6003", "not a value of this column", text))
        }
        flags[column.variable] = entry
      case .value:
        guard let variable = evaluator.variables[column.variable] else { continue }
        if case .calculate = variable.kind {
          calculates.append((column.variable, text, i))
          continue
        }
        guard !text.isEmpty else { continue }
        guard let answer = Self.answer(text, variable.kind) else {
          findings.append(finding(record.line, id, column.name, "QD6003", "not a value of this type", text))
          continue
        }
        if case .failure(let problem) = evaluator.accept(answer, for: variable) {
          findings.append(
            finding(
              record.line, id, column.name, "QD6004", "not an answer the question accepts: \(problem.rawValue)", text))
          continue
        }
        answers[column.variable] = answer
      }
    }
    for (name, entry) in flags where entry.empty < entry.cells {
      guard entry.empty == 0 else {
        findings.append(finding(record.line, id, name, "QD6003", "some of the question's columns are empty", ""))
        continue
      }
      if !entry.rank.isEmpty {
        answers[name] = .ranking(entry.rank.sorted { $0.0 < $1.0 }.map(\.1))
      } else if !entry.codes.isEmpty {
        answers[name] = .codes(entry.codes)
      }
    }
    guard checksRouting else { return findings }
    let causes = findings.count
    let rootCause = findings.first { $0.rule == "QD6003" || $0.rule == "QD6004" }.map { $0.variable }
    let result = evaluator.evaluate(answers, today: today)
    for name in result.ignoredAnswers {
      findings.append(finding(record.line, id, name, "QD6005", "answered, but the routing did not ask it", ""))
    }
    for name in result.requiredUnanswered {
      findings.append(finding(record.line, id, name, "QD6006", "required and asked, but not answered", ""))
    }
    for f in result.failedChecks {
      findings.append(
        finding(
          record.line, id, f.question, f.isSoft ? "QD6008" : "QD6007", "fails its check \(f.source)", "",
          severity: f.isSoft ? .note : .error))
    }
    for (name, text, i) in calculates {
      let expected = FormDataLayout.cell(result.values[name], level.columns[i].role)
      if expected != text {
        findings.append(
          finding(record.line, id, name, "QD6009", "the instrument computes '\(expected)' from the answers", text))
      }
    }
    // An unusable value is read as missing: what the evaluator says after it is its consequence.
    if let rootCause {
      for k in causes..<findings.count { findings[k].causedBy = rootCause }
    }
    return findings
  }

  /// A cell as the answer of a variable of that kind, or nil when it is not one.
  static func answer(_ text: String, _ kind: FormVariable.Kind) -> AnswerValue? {
    func number(_ t: String) -> AnswerValue? {
      if let i = Int(t) { return .number(.integer(i)) }
      guard t.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }), let d = Double(t) else {
        return nil
      }
      return .number(.decimal(d))
    }
    switch kind {
    case .gridRow: return Int(text).map { .code($0) }
    case .paradata(let p):
      switch p {
      case .start, .end: return .datetime(text)
      case .today: return .date(text)
      default: return .text(text)
      }
    case .calculate: return nil
    case .question(let type), .sample(let type):
      switch type {
      case .integer, .decimal: return number(text)
      case .text: return .text(text)
      case .date: return .date(text)
      case .time: return .time(text)
      case .datetime: return .datetime(text)
      case .one: return Int(text).map { .code($0) }
      case .many, .rank: return nil
      }
    }
  }
}
