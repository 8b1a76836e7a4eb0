// `qdsl validate-data SURVEY DATA...`: checks collected data files against the instrument, record by record, and
// reports every finding with its rule (QD6xxx) as it is found; exit 0 clean, 1 findings (notes alone leave it 0),
// 2 usage. The checking is QDSLDataValidation's DataValidation; this is its face.

import Foundation
import QDSLDataValidation
import QDSLFormRuntime
import QDSLSyntax

enum ValidateDataCommand {
  static let spec = CommandSpec(
    name: "validate-data", summary: "Check collected data files against the instrument",
    usage: "qdsl validate-data SURVEY DATA... [--format text|json|csv|sarif] [--today DATE]",
    details: """
      Reads the data files (one CSV per level: STEM.csv for the instrument, STEM.REPEAT.csv per repeat, in the
      instrument's own layout, docs/validate-data.md) and reports, per record and variable, what the instrument
      does not allow: rules QD6001-QD6013 (`qdsl explain QD6005`). A file whose name is not the layout's is
      matched to its level by its header. ODK Central's and KoboToolbox's CSV exports of the XForm qdsl wrote
      are recognised by their headers and read as the same levels. The repeat files must list their rows in the
      main file's order. A data file given as - is read from standard input, once (its file is `stdin` in the
      findings). The same rules as SQL: qdsl compile SURVEY --target sql.
      Exit status: 0 clean (notes allowed), 1 findings, 2 usage or I/O errors.
      """,
    options: [
      OptionSpec(
        long: "format", valueName: "FORMAT", allowed: ["text", "json", "csv", "sarif"],
        help: "Output format: text (default, with a summary), json, csv or sarif"),
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
    var inputs: [DataFileInput] = []
    var handles: [FileHandle] = []
    var readsStandardInput = false
    defer { for h in handles { try? h.close() } }
    for file in args.positional.dropFirst() {
      // `-`: standard input, read once as it streams (matched to its level by its header).
      if file == "-" {
        guard !readsStandardInput else {
          Console.err("error: standard input (-) can be given once\n")
          return .usage
        }
        readsStandardInput = true
        inputs.append(DataFileInput(path: "stdin", read: DataFileInput.chunks(of: FileHandle.standardInput)))
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue,
        let handle = FileHandle(forReadingAtPath: file)
      else {
        Console.err("error: cannot read the data file \(file)\n")
        return .usage
      }
      handles.append(handle)
      // Only a regular file can be read twice: a pipe or a FIFO (`<(zcat main.csv.gz)`) is read once, and its
      // rows then join as they come.
      let attributes = try? FileManager.default.attributesOfItem(atPath: (file as NSString).resolvingSymlinksInPath)
      guard attributes?[.type] as? FileAttributeType == .typeRegular else {
        inputs.append(DataFileInput(path: file, read: DataFileInput.chunks(of: handle)))
        continue
      }
      // The first reader uses the handle opened here; a second pass (the main file's record ids) opens the file
      // again, and reads nothing if it has gone since.
      var first: FileHandle? = handle
      inputs.append(
        DataFileInput(path: file) {
          let reading = first ?? FileHandle(forReadingAtPath: file)
          if let again = reading, first == nil { handles.append(again) }
          first = nil
          guard let reading else { return { _ in false } }
          return DataFileInput.chunks(of: reading)
        })
    }
    let input: FormInput
    switch FormInput.load(path, color: args.value("color"), usage: spec.usage) {
    case .failure(let e): return e.code
    case .success(let i): input = i
    }
    let validation = DataValidation(form: input.form, today: today)
    let format = args.value("format") ?? "text"
    var writer = DataFindingWriter(
      format: DataFindingWriter.Format(rawValue: format) ?? .text, layout: validation.layout)
    var sarif = DataSARIFWriter()
    var summary = DataFindingSummary()
    // The output starts with the first finding (or at the end): a usage error comes before it, alone. It is
    // written in pieces of about 64 KB as records are checked, so memory stays bounded and writes stay few.
    var started = false
    var pending = ""
    func emit(_ text: String) {
      pending += text
      if pending.utf8.count >= 1 << 16 {
        Console.out(pending)
        pending = ""
      }
    }
    func start() {
      guard !started else { return }
      started = true
      emit(format == "sarif" ? sarif.start() : writer.start())
    }
    let records: Int
    do {
      // Each worker decodes the form JSON again: its own objects, no reference count shared between cores.
      let json = Array(input.formJSON.utf8)
      let day = today
      let copy: @Sendable () -> DataValidation = {
        guard case .success(let form) = FormModel.decode(json) else { return validation }
        return DataValidation(form: form, today: day)
      }
      records = try validation.run(inputs, copy: copy) { report in
        start()
        summary.add(report)
        emit(format == "sarif" ? sarif.write(report) : writer.write(report))
      }
    } catch {
      Console.err("error: \(error.message)\n")
      return .usage
    }
    start()
    Console.out(
      pending
        + (format == "sarif"
          ? sarif.finish()
          : writer.finish(summary, records: records) { DiagnosticCode(rawValue: $0)?.summary ?? "" }))
    return summary.errors > 0 ? .findings : .success
  }
}
