// `qdsl diff OLD NEW` and `qdsl diff --git REV NEW`: what a revision changes for analysts, breaking or
// compatible, variable by variable; the old side from a file or from git.

import Foundation
import QDSLRevisions
import QDSLSemantics
import QDSLSyntax

/// One checked side of a diff, with how to show its places.
struct DiffSide {
  var file: InputFile
  /// The revision with its modules, checked as one (`checked` is its model; `place` finds a range's file).
  var instrument: CheckedInstrument
  var checked: CheckedFile { instrument.checked }
  /// False for a side read from git: its places are not files of the working tree.
  var isWorkingFile: Bool

  var lines: LineIndex { checked.parse.lineIndex }

  /// Where a range of the model is: its file's path (a module's as `REV:path` for a side read from git), the
  /// file's lines and the range in it. For an instrument of one file, that file.
  func place(_ range: TextRange) -> (path: String, lines: LineIndex, range: TextRange) {
    guard !instrument.isSingleFile, let r = instrument.locate(range) else { return (file.path, lines, range) }
    let module = instrument.sources.file(of: r)
    let local = TextRange(r.start, r.end)
    if r.file == 0 { return (file.path, module.parse.lineIndex, local) }
    // The entry's shown path ends with its path in the set; what comes before (`REV:`) prefixes a module's.
    let prefix =
      file.path.hasSuffix(instrument.sources.entry.path)
      ? String(file.path.dropLast(instrument.sources.entry.path.count)) : ""
    return (prefix + module.path, module.parse.lineIndex, local)
  }
}

enum DiffCommand {
  static let spec = CommandSpec(
    name: "diff", summary: "Compare two revisions of a questionnaire: breaking or compatible for analysts",
    usage: "qdsl diff OLD NEW | --git REV NEW [--format text|json|sarif|github|markdown] [--color auto|always|never]",
    details: """
      Compares the data-file variables of two revisions (after 'many of' and grid expansion), each identified
      by its level (the instrument's or a repeat's) and name: breaking changes (removed, retyped or renamed
      variables, variables moved into or out of repeats, removed or re-used codes, narrowed ranges, changed
      universes, repeats removed, renamed or driven differently), likely renames, and compatible ones
      (added variables, options, languages and repeats, edited texts).
      With --git REV, OLD is NEW as it is in git revision REV (read with git show).
      Exit status: 0 compatible, 1 breaking, 2 usage or I/O errors, or errors in either revision.
      """,
    options: [
      OptionSpec(
        long: "format", valueName: "FORMAT", allowed: ["text", "json", "sarif", "github", "markdown"],
        help: "Output format: text (default), json, sarif, github or markdown"),
      OptionSpec(long: "git", valueName: "REV", help: "Read OLD from git revision REV (a branch, tag or commit)"),
      .color("the text output"),
    ],
    run: run)

  static func run(_ args: ParsedArguments) -> ExitCode {
    let revision = args.value("git")
    let expected = revision == nil ? 2 : 1
    guard args.positional.count == expected else {
      let what = revision == nil ? "give two files, OLD and NEW" : "with --git REV, give one file, NEW"
      Console.err("error: \(what)\nUsage: \(spec.usage)\n")
      return .usage
    }
    if args.positional.contains("-") {
      Console.err("error: qdsl diff reads files, not stdin: give the paths of the two revisions\n")
      return .usage
    }
    let newPath = args.positional[expected - 1]
    let newFile: InputFile
    switch InputFiles.read(newPath) {
    case .failure(let e):
      Console.err("error: \(e.message)\n")
      return .usage
    case .success(let f): newFile = f
    }
    let oldResult = revision.map { GitRevision.read($0, newPath) } ?? InputFiles.read(args.positional[0])
    let oldFile: InputFile
    switch oldResult {
    case .failure(let e):
      Console.err("error: \(e.message)\n")
      return .usage
    case .success(let f): oldFile = f
    }
    let oldInstrument =
      revision.map { GitRevision.checkInstrument(oldFile, revision: $0, newPath: newPath) }
      ?? InstrumentFiles.check(oldFile)
    let old = DiffSide(file: oldFile, instrument: oldInstrument, isWorkingFile: revision == nil)
    let new = DiffSide(file: newFile, instrument: InstrumentFiles.check(newFile), isWorkingFile: true)
    let format = args.value("format") ?? "text"
    let style = Style(enabled: format == "text" && Console.useColor(args.value("color")))
    let broken = [old, new].filter { $0.instrument.hasErrors }
    if !broken.isEmpty {
      Console.out(
        DiffReport.errors(
          broken.filter { $0.instrument.isSingleFile }, format: format, new: new, style: style))
      // An instrument of several files: its diagnostics under the path of each file (text on stderr for now).
      for side in broken where !side.instrument.isSingleFile {
        for group in InstrumentFiles.groups(side.instrument.diagnostics, of: side.instrument, entryPath: side.file.path)
        {
          Console.err(DiagnosticRenderer.text(group.diagnostics, path: group.path, lines: group.lines, style: style))
        }
      }
      for side in broken {
        let count = side.instrument.diagnostics.filter { $0.severity == .error }.count
        Console.err(
          "error: cannot compare: \(side.file.path) has \(count == 1 ? "1 error" : "\(count) errors"); fix it first\n")
      }
      return .usage
    }
    let diff = RevisionDiff(old: old.checked, new: new.checked)
    let report = DiffReport(diff: diff, old: old, new: new)
    switch format {
    case "json": Console.out(report.json())
    case "sarif": Console.out(SARIFWriter.render(report.entries()))
    case "github": Console.out(GitHubAnnotations.render(report.entries()) + report.summary() + "\n")
    case "markdown": Console.out(report.markdown())
    default: Console.out(report.text(style: style))
    }
    return diff.isBreaking ? .findings : .success
  }
}
