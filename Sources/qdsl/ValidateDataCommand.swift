// `qdsl validate-data SURVEY DATA...`: checks collected data files against the instrument, record by record, and
// reports every finding with its rule (QD6xxx); exit 0 clean, 1 findings (notes alone leave it 0), 2 usage.

import Foundation
import QDSLDataValidation
import QDSLFormRuntime

enum ValidateDataCommand {
  static let spec = CommandSpec(
    name: "validate-data", summary: "Check collected data files against the instrument",
    usage: "qdsl validate-data SURVEY DATA... [--format text|json|csv|sarif] [--today DATE]",
    details: """
      Reads each data file (one CSV per level, in the instrument's own layout, docs/validate-data.md) and reports,
      per record and variable, what the instrument does not allow.
      Exit status: 0 clean (notes allowed), 1 findings, 2 usage or I/O errors.
      """,
    options: [
      OptionSpec(
        long: "format", valueName: "FORMAT", allowed: ["text", "json", "csv", "sarif"],
        help: "Output format: text (default), json, csv or sarif"),
      OptionSpec(
        long: "today", valueName: "DATE", help: "The date `today()` means in checks, YYYY-MM-DD (default: today)"),
      .color("diagnostics"),
    ],
    run: run)

  static func run(_ args: ParsedArguments) -> ExitCode {
    guard args.positional.count >= 2, let path = args.positional.first else {
      Console.err("error: give the .qdsl file and at least one data file\nUsage: \(spec.usage)\n")
      return .usage
    }
    var today = FormDate.today()
    if let text = args.value("today") {
      guard let d = FormDate(text) else {
        Console.err("error: --today needs a calendar date YYYY-MM-DD, not '\(text)'\n")
        return .usage
      }
      today = d
    }
    let input: FormInput
    switch FormInput.load(path, color: args.value("color"), usage: spec.usage) {
    case .failure(let e): return e.code
    case .success(let i): input = i
    }
    var findings: [DataFinding] = []
    for file in args.positional.dropFirst() {
      guard let handle = FileHandle(forReadingAtPath: file) else {
        Console.err("error: cannot read \(file)\n")
        return .usage
      }
      defer { try? handle.close() }
      var reader = DataFileReader(file: file) { out in
        let chunk = handle.readData(ofLength: 1 << 20)
        out += chunk
        return !chunk.isEmpty
      }
      var validator = InstrumentDataValidator(form: input.form, today: today)
      do {
        guard let header = try reader.next() else { continue }
        findings += validator.header(header).map {
          var f = $0; f.file = file; return f
        }
        while let record = try reader.next() {
          findings += validator.record(record).map {
            var f = $0; f.file = file; return f
          }
        }
      } catch {
        Console.err("error: \(error)\n")
        return .usage
      }
    }
    switch args.value("format") {
    case "csv": Console.out(DataFindingTable.csv(findings))
    default:
      for f in findings {
        Console.out(
          "\(f.file):\(f.line): \(f.severity.rawValue)[\(f.rule)] \(f.recordID) \(f.variable): \(f.message)\n")
      }
    }
    return findings.contains { $0.severity == .error } ? .findings : .success
  }
}
