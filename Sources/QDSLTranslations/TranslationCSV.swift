// CSV (RFC 4180, UTF-8, CRLF): one row per text with the columns id, source:LANG, target:LANG, note, state;
// pipes and braces in Python brace format as in PO. For spreadsheets; a stale row's state is `needs-review`.

public enum TranslationCSV {
  public static func write(_ document: TranslationDocument) -> String {
    var out = ByteWriter(capacity: 128 + document.units.count * 200)
    let columns = ["id", "source:" + document.sourceLanguage, "target:" + document.targetLanguage, "note", "state"]
    for (k, c) in columns.enumerated() {
      if k > 0 { out.append(",") }
      field(c, &out)
    }
    out.append("\r\n")
    for u in document.units {
      let target = u.target.map(\.braced) ?? ""
      let state = u.needsReview ? "needs-review" : target.isEmpty ? "new" : "translated"
      let note = u.previousSource.map { u.note + "; the source text was: " + $0.display } ?? u.note
      field(u.id, &out)
      out.append(",")
      field(u.source.braced, &out)
      out.append(",")
      field(target, &out)
      out.append(",")
      field(note + " (" + u.location + ")", &out)
      out.append(",")
      out.append(state)
      out.append("\r\n")
    }
    return out.text
  }

  /// A field, quoted when it holds a comma, quote or line break (quotes doubled).
  static func field(_ s: String, _ out: inout ByteWriter) {
    guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
      out.append(s)
      return
    }
    out.append("\"")
    out.append(s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\""))
    out.append("\"")
  }

  /// Reads rows; the header names the columns (`id` and `target` are needed, `source` is compared when present).
  public static func read(_ bytes: [UInt8]) -> Result<ReadTranslations, ReadProblem> {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(ReadProblem(line: 1, message: "the file is not UTF-8"))
    }
    var rows: [(line: Int, fields: [String])] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var wasQuoted = false
    var line = 1
    var rowLine = 1
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      i += 1
      if quoted {
        if c == "\"" {
          if i < scalars.count, scalars[i] == "\"" {
            field.unicodeScalars.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          if c == "\n" { line += 1 }
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case "\"":
        guard field.isEmpty && !wasQuoted else {
          return .failure(ReadProblem(line: line, message: "a quote inside an unquoted field (quote the whole field)"))
        }
        quoted = true
        wasQuoted = true
      case ",":
        fields.append(field)
        field = ""
        wasQuoted = false
      case "\r", "\n":
        if c == "\r", i < scalars.count, scalars[i] == "\n" { i += 1 }
        fields.append(field)
        if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { rows.append((rowLine, fields)) }
        fields = []
        field = ""
        wasQuoted = false
        line += 1
        rowLine = line
      default:
        guard !wasQuoted else {
          return .failure(
            ReadProblem(line: line, message: "text after a closing quote (double a quote inside a field)"))
        }
        field.unicodeScalars.append(c)
      }
    }
    if quoted { return .failure(ReadProblem(line: rowLine, message: "a quoted field is not closed")) }
    if !field.isEmpty || !fields.isEmpty || wasQuoted {
      fields.append(field)
      rows.append((rowLine, fields))
    }
    guard let header = rows.first else { return .failure(ReadProblem(line: 1, message: "the file is empty")) }
    func column(_ name: String) -> (Int, String?)? {
      for (k, f) in header.fields.enumerated() {
        if f == name { return (k, nil) }
        if f.hasPrefix(name + ":") { return (k, String(f.dropFirst(name.count + 1))) }
      }
      return nil
    }
    guard let idColumn = header.fields.firstIndex(of: "id"), let (targetColumn, targetLanguage) = column("target")
    else {
      return .failure(
        ReadProblem(line: 1, message: "the first row must name the columns, among them 'id' and 'target:LANG'"))
    }
    let source = column("source")
    let sourceColumn = source?.0
    var result = ReadTranslations(sourceLanguage: source?.1, targetLanguage: targetLanguage, units: [])
    for row in rows.dropFirst() {
      guard row.fields.count == header.fields.count else {
        return .failure(
          ReadProblem(
            line: row.line, message: "this row has \(row.fields.count) fields; the header has \(header.fields.count)"))
      }
      var unit = ReadUnit(id: row.fields[idColumn], source: nil, target: nil, line: row.line)
      if let sourceColumn {
        switch UnitText.parseBraced(row.fields[sourceColumn]) {
        case .success(let t): unit.source = t
        case .failure(let p): unit.problem = "source: " + p.message
        }
      }
      let target = row.fields[targetColumn]
      if !target.isEmpty {
        switch UnitText.parseBraced(target) {
        case .success(let t): unit.target = t
        case .failure(let p): unit.problem = unit.problem ?? "target: " + p.message
        }
      }
      result.units.append(unit)
    }
    return .success(result)
  }
}
