// `qdsl check PATH…`: parses and checks files, directories or stdin and reports every diagnostic.

import QDSLSemantics
import QDSLSyntax
import QDSLText

enum CheckCommand {
  static let spec = CommandSpec(
    name: "check", summary: "Check questionnaires and report every error and warning",
    usage: "qdsl check PATH... [--format text|json|sarif|github] [--warnings-as-errors] [--color auto|always|never]",
    details: """
      PATH is a .qdsl file, a directory (every .qdsl file below it, in sorted order) or '-' for stdin.
      Exit status: 0 when clean or warnings only, 1 when there are errors, 2 on usage or I/O errors.
      """,
    options: [
      OptionSpec(
        long: "format", valueName: "FORMAT", allowed: ["text", "json", "sarif", "github"],
        help: "Output format: text (default), json, sarif (SARIF 2.1.0) or github (Actions annotations)"),
      OptionSpec(long: "warnings-as-errors", valueName: nil, help: "Exit with status 1 when there are warnings"),
      .color("the text output"),
    ],
    run: run)

  static func run(_ args: ParsedArguments) -> ExitCode {
    guard !args.positional.isEmpty else {
      Console.err(
        "error: give at least one .qdsl file or directory to check, or '-' to read stdin\nUsage: \(spec.usage)\n")
      return .usage
    }
    let (paths, expandErrors) = InputFiles.expand(args.positional)
    var ioFailed = !expandErrors.isEmpty
    var ioErrors = expandErrors
    for e in expandErrors { Console.err("error: \(e)\n") }
    let style = Style(enabled: Console.useColor(args.value("color")))
    let format = args.value("format") ?? "text"
    let json = format == "json"
    var entries: [ReportEntry] = []
    var errors = 0
    var warnings = 0
    var checked = 0
    var jsonItems: [JSON] = []
    var textOutput = ""
    var files: [InputFile] = []
    for path in paths {
      switch InputFiles.read(path) {
      case .failure(let e):
        Console.err("error: \(e.message)\n")
        ioErrors.append(e.message)
        ioFailed = true
      case .success(let f):
        files.append(f)
      }
    }
    // Each instrument is checked once with its modules; a module is checked in the context of the instruments
    // that use it (its diagnostics shown once), or alone for syntax when none of them does.
    var reported: Set<String> = []
    var reachedModules: Set<String> = []
    func show(_ path: String, _ lines: LineIndex, _ diagnostics: [Diagnostic]) {
      let fresh = diagnostics.filter { d in
        reported.insert("\(path)|\(d.range.start)|\(d.range.end)|\(d.code.rawValue)|\(d.message)").inserted
      }
      for d in fresh {
        if d.severity == .error { errors += 1 } else { warnings += 1 }
        if format == "sarif" || format == "github" {
          entries.append(ReportEntry(d, path: path, lines: lines))
        } else if json {
          jsonItems.append(DiagnosticRenderer.json(d, path: path, lines: lines))
        }
      }
      if format == "text" {
        // The machine formats hold every diagnostic; the text shows a file's first ones and counts the rest.
        textOutput += DiagnosticRenderer.text(
          fresh, path: path, lines: lines, style: style, more: "; --format json lists every one")
      }
    }
    let instruments = files.filter { !SourceSet.isModule($0.bytes) }
    var results: [String: CheckedInstrument] = [:]
    for file in instruments where results[file.path] == nil {
      let result = InstrumentFiles.check(file)
      ProcessLifetime.keep(result)
      for module in result.sources.files.dropFirst() { reachedModules.insert(module.path) }
      results[file.path] = result
    }
    // Every file read counts once: those named and the modules they reached.
    checked = Set(files.map { SourcePath.normalise($0.path) ?? $0.path }).union(reachedModules).count
    for file in files {
      if let result = results[file.path] {
        for group in InstrumentFiles.groups(result.diagnostics, of: result, entryPath: file.path) {
          show(group.path, group.lines, group.diagnostics)
        }
      } else if !reachedModules.contains(SourcePath.normalise(file.path) ?? file.path) {
        let parse = Parse(bytes: file.bytes)
        show(file.path, parse.lineIndex, parse.diagnostics)
      }
    }
    if format == "sarif" {
      Console.out(SARIFWriter.render(entries, inputErrors: ioErrors))
    } else if format == "github" {
      Console.out(
        GitHubAnnotations.render(entries)
          + summary(errors: errors, warnings: warnings, files: checked, unreadable: ioErrors.count, style: style)
          + "\n")
    } else if json {
      Console.out(JSON.array(jsonItems).render() + "\n")
    } else {
      Console.out(
        textOutput
          + summary(errors: errors, warnings: warnings, files: checked, unreadable: ioErrors.count, style: style) + "\n"
      )
    }
    if ioFailed { return .usage }
    if errors > 0 || (warnings > 0 && args.flag("warnings-as-errors")) { return .findings }
    return .success
  }

  /// The closing line: what was found in the files checked, and how many inputs could not be read at all (so a
  /// run that read nothing never says "no problems found").
  static func summary(errors: Int, warnings: Int, files: Int, unreadable: Int = 0, style: Style) -> String {
    let fileText = files == 1 ? "1 file" : "\(files) files"
    var parts: [String] = []
    if errors > 0 { parts.append(style.severity(.error, errors == 1 ? "1 error" : "\(errors) errors")) }
    if warnings > 0 { parts.append(style.severity(.warning, warnings == 1 ? "1 warning" : "\(warnings) warnings")) }
    var line = "checked \(fileText): " + (parts.isEmpty ? "no problems found" : parts.joined(separator: " and "))
    if unreadable > 0 {
      let what = unreadable == 1 ? "1 input" : "\(unreadable) inputs"
      line += "; " + style.severity(.error, "\(what) could not be read") + " (see above)"
    }
    return line
  }
}
