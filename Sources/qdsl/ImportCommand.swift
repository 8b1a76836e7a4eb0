// `qdsl import FORM -o OUT.qdsl`: an XLSForm (xlsx, CSV or pyxform Markdown) written as a qdsl instrument, with a
// summary of what was kept as comments and the checker's findings on the result.

import Foundation
import QDSLSemantics
import QDSLSyntax
import QDSLWorkbook
import QDSLXLSForm

enum ImportCommand {
  static let spec = CommandSpec(
    name: "import", summary: "Import an XLSForm (ODK, KoboToolbox) as a qdsl questionnaire",
    usage: "qdsl import FORM.xlsx|FORM.csv|FORM.md -o OUT.qdsl [--language TAG] [--color auto|always|never]",
    details: """
      Reads the survey, choices and settings sheets of an XLSForm and writes the instrument in qdsl fmt's layout
      (-o - writes it to stdout). What qdsl cannot express (media, geopoints, appearance, unknown functions…) is
      kept as a '# xlsform' comment at its place and counted in the summary on stderr, with a warning for each
      change of meaning. The result is then checked as 'qdsl check' would: its findings are shown (a real form
      may have real defects) and the file is written all the same.
      Exit status: 0 when the file was written, 1 when the form cannot be imported (the error names its sheet,
      row and column), 2 on usage or I/O errors.
      """,
    options: [
      OptionSpec(long: "output", valueName: "OUT.qdsl", help: "The file to write ('-' for stdout); required"),
      OptionSpec(
        long: "language", valueName: "TAG",
        help: "The language (tag or name) of columns without one ('label') when the settings give none; en"),
      .color("the summary and diagnostics"),
    ],
    run: run)

  static func run(_ args: ParsedArguments) -> ExitCode {
    guard args.positional.count == 1, let input = args.positional.first else {
      Console.err("error: give one form file to import\nUsage: \(spec.usage)\n")
      return .usage
    }
    guard let output = args.value("output") else {
      Console.err("error: give the file to write with -o OUT.qdsl ('-o -' for stdout)\nUsage: \(spec.usage)\n")
      return .usage
    }
    let style = Style(enabled: Console.useColor(args.value("color")))
    let workbook: Workbook
    switch WorkbookInput.read(input) {
    case .failure(.usage(let message)):
      Console.err("error: \(message)\n")
      return .usage
    case .failure(.form(let e)):
      report(e, input: input, style: style)
      return .findings
    case .success(let w):
      workbook = w
    }
    var language = "en"
    if let given = args.value("language") {
      guard let tag = XLSFormImportOptions.languageTag(given) else {
        Console.err(
          "error: '\(given)' is not a language: give a BCP 47 tag such as fi, sv or en, or a name (Finnish)\n")
        return .usage
      }
      language = tag
    }
    let stem = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
    let options = XLSFormImportOptions(fallbackID: stem, language: language)
    let result: XLSFormImportResult
    switch XLSFormImport.run(workbook, options: options) {
    case .failure(let e):
      report(e, input: input, style: style)
      return .findings
    case .success(let r):
      result = r
    }
    if output == "-" {
      Console.out(result.source)
    } else {
      do {
        try AtomicFile.write(result.source, to: output)
      } catch {
        Console.err("error: cannot write \(output): \(error)\n")
        return .usage
      }
    }
    for w in result.report.warnings {
      Console.err(style.severity(.warning, "warning") + ": \(input): \(w.location): \(w.message)\n")
    }
    let checked = Checker.check(source: result.source)
    let shownPath = output == "-" ? "<stdout>" : output
    if !checked.diagnostics.isEmpty {
      Console.err(
        DiagnosticRenderer.text(
          checked.diagnostics, path: shownPath, lines: checked.parse.lineIndex, style: style,
          more: "; 'qdsl check --format json' lists every one"))
    }
    let errors = checked.diagnostics.filter { $0.severity == .error }.count
    let warnings = checked.diagnostics.count - errors
    var summary = "imported \(input) as \(shownPath); \(result.report.keptSummary)"
    if !checked.diagnostics.isEmpty {
      summary +=
        "; the check found \(errors == 1 ? "1 error" : "\(errors) errors") and "
        + "\(warnings == 1 ? "1 warning" : "\(warnings) warnings") (the file is written; fix them in the qdsl file)"
    }
    Console.err(summary + "\n")
    return .success
  }

  private static func report(_ e: WorkbookError, input: String, style: Style) {
    var text = style.severity(.error, "error") + ": \(input): \(e)\n"
    if let help = e.help { text += "  " + style.cyan("help") + ": \(help)\n" }
    Console.err(text)
  }
}
