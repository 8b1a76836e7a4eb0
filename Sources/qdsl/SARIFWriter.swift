// SARIF 2.1.0 output of `check` and `diff`: one run of the qdsl tool, a rule per code that occurs (with its
// summary, its page as help text and a link to it), and one result per entry with its region and related places.

import QDSLSyntax
import QDSLText

enum SARIFWriter {
  static let informationURI = "https://github.com/qdsl/qdsl"

  /// The log; `inputErrors` are inputs that could not be read (the run is then not successful and its results
  /// are incomplete), reported as tool notifications.
  static func render(_ entries: [ReportEntry], inputErrors: [String] = []) -> String {
    var invocation: JSONObject = ["executionSuccessful": .bool(inputErrors.isEmpty)]
    if !inputErrors.isEmpty {
      let notes = inputErrors.map {
        JSON.object(["level": .string("error"), "message": .object(["text": .string($0)])])
      }
      invocation["toolExecutionNotifications"] = .array(notes)
    }
    let codes = Array(Set(entries.map(\.code))).sorted()
    var ruleIndex: [DiagnosticCode: Int] = [:]
    for (i, c) in codes.enumerated() { ruleIndex[c] = i }
    let driver: JSON = .object([
      "name": .string("qdsl"), "version": .string(CLI.version), "informationUri": .string(informationURI),
      "rules": .array(codes.map(rule)),
    ])
    let run: JSON = .object([
      "tool": .object(["driver": driver]), "invocations": .array([.object(invocation)]),
      "columnKind": .string("utf16CodeUnits"),
      "results": .array(entries.map { result($0, ruleIndex: ruleIndex[$0.code] ?? 0) }),
    ])
    let log: JSON = .object([
      "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"), "version": .string("2.1.0"),
      "runs": .array([run]),
    ])
    return log.render() + "\n"
  }

  static func level(_ code: DiagnosticCode) -> ReportLevel {
    if code.isRevisionChange { return code.severity == .error ? .error : .note }
    return code.severity == .error ? .error : .warning
  }

  static func rule(_ code: DiagnosticCode) -> JSON {
    let page = DiagnosticPages.pages[code.rawValue] ?? "# \(code.rawValue): \(code.summary)\n"
    var fields: JSONObject = [
      "id": .string(code.rawValue), "name": .string(ruleName(code)),
      "shortDescription": .object(["text": .string(code.summary)]),
    ]
    if let paragraph = firstParagraph(page) {
      fields["fullDescription"] = .object(["text": .string(paragraph)])
    }
    fields += [
      "helpUri": .string(DiagnosticDocumentation.url(code)),
      "help": .object(["text": .string(page), "markdown": .string(page)]),
      "defaultConfiguration": .object(["level": .string(level(code).rawValue)]),
      "properties": .object(["tags": .array([.string(code.isRevisionChange ? "revision" : "questionnaire")])]),
    ]
    return .object(fields)
  }

  /// `unknownName` → `UnknownName`.
  static func ruleName(_ code: DiagnosticCode) -> String {
    let name = String(describing: code)
    return name.prefix(1).uppercased() + name.dropFirst()
  }

  /// The page's first paragraph after its title, on one line.
  static func firstParagraph(_ page: String) -> String? {
    var lines: [Substring] = []
    for line in page.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
      if line.trimmingCharacters(in: .whitespaces).isEmpty {
        if lines.isEmpty { continue }
        break
      }
      if line.hasPrefix("#") || line.hasPrefix("```") { break }
      lines.append(line)
    }
    return lines.isEmpty ? nil : lines.joined(separator: " ")
  }

  static func result(_ e: ReportEntry, ruleIndex: Int) -> JSON {
    var message = e.message
    if let help = e.help { message += "\nhelp: " + help }
    var fields: JSONObject = [
      "ruleId": .string(e.code.rawValue), "ruleIndex": .int(ruleIndex), "level": .string(e.level.rawValue),
      "message": .object(["text": .string(message)]),
      "locations": .array([.object(["physicalLocation": physical(e.location)])]),
    ]
    if !e.related.isEmpty {
      fields["relatedLocations"] = .array(
        e.related.enumerated().map { i, r in
          .object([
            "id": .int(i + 1), "physicalLocation": physical(r), "message": .object(["text": .string(r.message)]),
          ])
        })
    }
    if !e.properties.isEmpty { fields["properties"] = .object(e.properties) }
    return .object(fields)
  }

  static func physical(_ l: ReportLocation) -> JSON {
    let s = l.start
    let e = l.end
    return .object([
      "artifactLocation": .object(["uri": .string(uri(l.path))]),
      "region": .object([
        "startLine": .int(s.line), "startColumn": .int(s.column), "endLine": .int(e.line), "endColumn": .int(e.column),
      ]),
    ])
  }

  /// A path as a URI reference: relative paths stay relative (code scanning resolves them against the
  /// repository root), `./` is dropped, absolute paths become `file://` URIs; other characters are escaped.
  static func uri(_ path: String) -> String {
    if path == "<stdin>" { return "stdin" }
    var p = Substring(path)
    while p.hasPrefix("./") { p = p.dropFirst(2) }
    var out = p.hasPrefix("/") ? "file://" : ""
    for b in p.utf8 {
      let safe =
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        || "-._~/".utf8.contains(b)
      if safe {
        out.unicodeScalars.append(Unicode.Scalar(b))
      } else {
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        out += "%"
        out.unicodeScalars.append(hex[Int(b >> 4)])
        out.unicodeScalars.append(hex[Int(b & 0xF)])
      }
    }
    return out
  }
}
