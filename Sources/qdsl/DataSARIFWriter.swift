// SARIF 2.1.0 output of `validate-data`: one run of the qdsl tool with every data rule (QD6001–QD6013, each with
// its page and a link to it, as SARIFWriter gives them), and one result per finding located at its data file and
// line (and column, for a file that cannot be read past a point). Results are written as they come.

import QDSLDataValidation
import QDSLSyntax
import QDSLText

struct DataSARIFWriter {
  static let codes = DiagnosticCode.allCases.filter(\.isDataRule)
  private var count = 0

  /// The log up to the first result: the tool and its rules.
  func start() -> String {
    let driver: JSON = .object([
      "name": .string("qdsl"), "version": .string(CLI.version), "informationUri": .string(SARIFWriter.informationURI),
      "rules": .array(Self.codes.map(SARIFWriter.rule)),
    ])
    let tool = JSON.object(["driver": driver]).render(indent: 3)
    return """
      {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
          {
            "tool": \(tool),
            "columnKind": "utf16CodeUnits",
            "results": [
      """
  }

  mutating func write(_ report: DataRecordReport) -> String {
    var out = ""
    for f in report.findings {
      out += (count == 0 ? "\n        " : ",\n        ") + Self.result(f).render(indent: 4)
      count += 1
    }
    return out
  }

  func finish() -> String {
    (count == 0 ? "]" : "\n      ]")
      + ",\n      \"invocations\": [\n        {\n          \"executionSuccessful\": true\n"
      + "        }\n      ]\n    }\n  ]\n}\n"
  }

  static func result(_ f: DataFinding) -> JSON {
    let index = codes.firstIndex { $0.rawValue == f.rule } ?? 0
    // A finding about a row points at its line (column 1); an unreadable file at the line and column.
    let region: JSONObject = ["startLine": .int(max(1, f.line)), "startColumn": .int(max(1, f.column))]
    var properties: JSONObject = [
      "level": .string(f.level), "record_id": .string(f.recordID), "iteration": .string(f.iteration),
      "variable": .string(f.variable), "value": .string(f.value),
    ]
    if let cause = f.causedBy { properties["cause"] = .string(cause) }
    var text = f.message
    if !f.recordID.isEmpty { text = "record \(f.recordID), \(f.variable): " + text }
    return .object([
      "ruleId": .string(f.rule), "ruleIndex": .int(index), "level": .string(f.severity == .error ? "error" : "note"),
      "message": .object(["text": .string(text)]),
      "locations": .array([
        .object([
          "physicalLocation": .object([
            "artifactLocation": .object(["uri": .string(SARIFWriter.uri(f.file))]), "region": .object(region),
          ])
        ])
      ]),
      "properties": .object(properties),
    ])
  }
}
