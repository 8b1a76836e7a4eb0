// The sample file of `qdsl simulate --sample` and `qdsl preview --sample`: a CSV whose header names sample
// variables and whose rows are the respondents' sample values (RFC 4180: commas, double-quoted fields with ""
// for a quote, CRLF or LF line ends). An empty cell is a missing value.

import QDSLText

/// The rows of a sample file, read against a form's sample variables.
public struct FormSampleRows: Sendable {
  /// One respondent's sample values per row, in file order.
  public var rows: [[String: AnswerValue]]

  /// The problems of a file that cannot be used.
  public struct Problems: Error, Sendable {
    public var list: [Problem]
  }

  /// A problem with the file, at its line (from 1).
  public struct Problem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  /// Reads `text` against `form`: every problem at once (an unknown column, a value its variable's type rejects, a
  /// row with more cells than the header), or the rows.
  public static func read(_ text: String, form: FormModel) -> Result<FormSampleRows, Problems> {
    let records = parse(text)
    guard let (header, headerLine) = records.first else {
      return .failure(
        Problems(list: [Problem(line: 1, message: "the sample file is empty: its first line names sample variables")]))
    }
    var problems: [Problem] = []
    let samples = Dictionary(form.samples.map { ($0.variable, $0) }, uniquingKeysWith: { a, _ in a })
    for name in header where samples[name] == nil {
      let known = form.samples.map(\.variable).joined(separator: ", ")
      problems.append(
        Problem(
          line: headerLine,
          message: "'\(name)' is not a sample variable of the form"
            + (known.isEmpty ? " (it declares none)" : " (its sample variables: \(known))")))
    }
    let evaluator = FormEvaluator(form: form)
    var rows: [[String: AnswerValue]] = []
    rows.reserveCapacity(records.count - 1)
    for (cells, line) in records.dropFirst() {
      if cells.count == 1 && cells[0].isEmpty { continue }  // a blank line
      if cells.count > header.count {
        problems.append(Problem(line: line, message: "\(cells.count) cells, but the header names \(header.count)"))
        continue
      }
      var object = JSONObject()
      for (name, cell) in zip(header, cells) where !cell.isEmpty {
        guard let sample = samples[name] else { continue }
        object[name] = cellJSON(cell, type: sample.type)
      }
      switch form.answers(fromJSONObject: .object(object)) {
      case .success(let answers):
        var row = answers
        for (name, value) in answers {
          guard let sample = samples[name] else { continue }
          let variable = FormVariable(name: name, kind: .sample(sample.type), choices: nil, isRequired: false)
          if case .failure(let problem) = evaluator.accept(value, for: variable) {
            problems.append(Problem(line: line, message: "'\(name)': \(problem.rawValue)"))
            row[name] = nil
          }
        }
        rows.append(row)
      case .failure(let error):
        problems.append(Problem(line: line, message: error.description))
      }
    }
    return problems.isEmpty ? .success(FormSampleRows(rows: rows)) : .failure(Problems(list: problems))
  }

  /// A cell as the answers file would give it: a number for numeric types and option codes, else a string.
  static func cellJSON(_ cell: String, type: FormQuestionType) -> JSON {
    switch type {
    case .integer, .decimal:
      if let n = Int(cell) { return .int(n) }
      if let x = Double(cell) { return .number(x) }
      return .string(cell)
    case .one:
      if let n = Int(cell) { return .int(n) }
      return .string(cell)
    default:
      return .string(cell)
    }
  }

  /// The records of a CSV text with the line each starts on.
  static func parse(_ text: String) -> [([String], Int)] {
    var records: [([String], Int)] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var start = 1
    var quoted = false
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var i = 0
    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
    }
    while i < bytes.count {
      let b = bytes[i]
      if quoted {
        if b == UInt8(ascii: "\"") {
          if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
            field.append(b)
            i += 1
          } else {
            quoted = false
          }
        } else {
          if b == UInt8(ascii: "\n") { line += 1 }
          field.append(b)
        }
      } else if b == UInt8(ascii: "\"") && field.isEmpty {
        quoted = true
      } else if b == UInt8(ascii: ",") {
        endField()
      } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
        if b == UInt8(ascii: "\r") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
        endField()
        records.append((fields, start))
        fields.removeAll()
        line += 1
        start = line
      } else {
        field.append(b)
      }
      i += 1
    }
    if !field.isEmpty || !fields.isEmpty {
      endField()
      records.append((fields, start))
    }
    return records
  }
}
