// The findings of `qdsl validate-data` written as they come, one record at a time (nothing is held back, so
// memory stays bounded): text for people (each root cause with its consequences indented under it, then a
// summary), JSON (an array of objects with the table's columns) and CSV (DataFindingTable). The summary counts
// incrementally and is part of the text only.

import QDSLFormRuntime
import QDSLText

/// Counts of the findings so far, for the text summary and the exit status.
public struct DataFindingSummary: Sendable {
  public var errors = 0
  public var notes = 0
  public var recordsWithFindings = 0
  public var byRule: [String: Int] = [:]
  public var byVariable: [String: Int] = [:]

  public init() {}

  public mutating func add(_ report: DataRecordReport) {
    // A row of another record reported with this one (a repeat row whose record the main file lacks, or comes
    // earlier) does not make this record one with findings.
    if let id = report.recordID, report.findings.contains(where: { $0.recordID == id }) { recordsWithFindings += 1 }
    for f in report.findings {
      if f.severity == .error { errors += 1 } else { notes += 1 }
      byRule[f.rule, default: 0] += 1
      if !f.variable.isEmpty { byVariable[f.variable, default: 0] += 1 }
    }
  }
}

/// Writes findings in one of the formats.
public struct DataFindingWriter {
  public enum Format: String, Sendable { case text, json, csv }

  public let format: Format
  /// The repeats around each level (a level's id to its chain), for instance paths in the text.
  let chains: [String: [String]]
  private var count = 0

  public init(format: Format, layout: FormDataLayout) {
    self.format = format
    var chains: [String: [String]] = [:]
    for level in layout.levels { if let id = level.repeatID { chains[id] = level.chain } }
    self.chains = chains
  }

  /// What comes before the first finding.
  public func start() -> String {
    switch format {
    case .csv: return DataFindingTable.columns.joined(separator: ",") + "\n"
    case .json, .text: return ""
    }
  }

  /// One report's findings.
  public mutating func write(_ report: DataRecordReport) -> String {
    var out = ""
    switch format {
    case .csv:
      // Bytes, made a string once per record: no string grown cell by cell.
      var bytes: [UInt8] = []
      bytes.reserveCapacity(256 * report.findings.count)
      for f in report.findings { DataFindingTable.appendRow(f, to: &bytes) }
      out = String(decoding: bytes, as: UTF8.self)
    case .json:
      for f in report.findings {
        out += (count == 0 ? "[\n  " : ",\n  ") + Self.json(f).render(indent: 1)
        count += 1
      }
    case .text:
      var rootsShown = Set<String>()
      var headed = Set<String>()
      for f in report.findings {
        if let cause = f.causedBy {
          if !rootsShown.contains(cause) && headed.insert(cause).inserted {
            let rules = Set(report.findings.filter { $0.causedBy == cause }.map(\.rule))
            out += "\(f.file):\(f.line): record \(f.recordID): \(Self.because(cause, report, rules))\n"
          }
          out += "  " + line(f)
        } else {
          rootsShown.insert(f.variable)
          out += line(f)
        }
      }
    }
    return out
  }

  /// What comes after the last finding; for the text, the summary.
  public func finish(_ summary: DataFindingSummary, records: Int, titles: (String) -> String) -> String {
    switch format {
    case .csv: return ""
    case .json: return count == 0 ? "[]\n" : "\n]\n"
    case .text:
      guard summary.errors + summary.notes > 0 else {
        return "no findings in \(records) record\(records == 1 ? "" : "s")\n"
      }
      var out = "\n\(summary.errors) error\(summary.errors == 1 ? "" : "s"), \(summary.notes) note"
      out += "\(summary.notes == 1 ? "" : "s") in \(summary.recordsWithFindings) of \(records) records\n"
      out += "by rule:\n"
      for (rule, n) in summary.byRule.sorted(by: { $0.key < $1.key }) {
        out += "  \(rule)  \(pad(n))  \(titles(rule))\n"
      }
      let top = summary.byVariable.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
      out += "by variable (the \(min(10, top.count)) with the most findings):\n"
      for (name, n) in top.prefix(10) { out += "  \(pad(n))  \(name)\n" }
      return out
    }
  }

  func pad(_ n: Int) -> String {
    let s = String(n)
    return String(repeating: " ", count: max(0, 6 - s.count)) + s
  }

  /// The heading of a routing answer's consequences.
  static func because(_ cause: String, _ report: DataRecordReport, _ rules: Set<String>) -> String {
    let value = report.causeValues[cause] ?? ""
    let given = value.isEmpty ? "\(cause) is empty" : "\(cause) = \(value)"
    if rules.isSubset(of: [DataRule.answeredNotAsked.rawValue, DataRule.rowsNotDriver.rawValue]) {
      return "because \(given), these were answered but not asked:"
    }
    return "because \(given):"
  }

  /// A finding as one line of text.
  func line(_ f: DataFinding) -> String {
    var at = "\(f.file):\(f.line)"
    if f.column > 0 { at += ":\(f.column)" }
    var subject = ""
    if !f.recordID.isEmpty { subject = "record \(f.recordID)" }
    if !f.variable.isEmpty { subject += (subject.isEmpty ? "" : ", ") + place(f) }
    if !subject.isEmpty { subject += ": " }
    let value =
      f.value.isEmpty || f.value == f.variable || (f.variable == "record_id" && f.value == f.recordID)
        || DataRule(rawValue: f.rule)?.valueIsGiven == false
      ? "" : ", given '\(f.value)'"
    return "\(at): \(f.severity.rawValue)[\(f.rule)] \(subject)\(f.message)\(value)\n"
  }

  /// The variable with its iterations: `person[2].age`.
  func place(_ f: DataFinding) -> String {
    guard !f.level.isEmpty, !f.iteration.isEmpty, let chain = chains[f.level] else { return f.variable }
    let indexes = f.iteration.split(separator: ".")
    guard indexes.count == chain.count else { return f.variable }
    return zip(chain, indexes).map { "\($0)[\($1)]." }.joined() + f.variable
  }

  /// A finding as a JSON object: the table's columns, `line` a number, `cause` only when there is one.
  public static func json(_ f: DataFinding) -> JSON {
    var o: JSONObject = [
      "file": .string(f.file), "line": .int(f.line), "level": .string(f.level), "record_id": .string(f.recordID),
      "iteration": .string(f.iteration), "variable": .string(f.variable), "rule": .string(f.rule),
      "severity": .string(f.severity.rawValue), "value": .string(f.value), "message": .string(f.message),
    ]
    if let cause = f.causedBy { o["cause"] = .string(cause) }
    return .object(o)
  }
}
