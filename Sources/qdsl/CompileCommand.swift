// `qdsl compile FILE -o DIR`: checks a questionnaire and writes its form JSON and codebooks, atomically.

import Foundation
import QDSLDataValidation
import QDSLFormRuntime
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax
import QDSLText

enum CompileCommand {
  static let targetNames = (OutputTarget.allCases.map(\.rawValue) + ["sql"]).joined(separator: ",")

  static let spec = CommandSpec(
    name: "compile", summary: "Compile a questionnaire into the form JSON and codebooks",
    usage:
      "qdsl compile FILE -o DIR [--target LIST] [--sql-dialect duckdb|postgres|spark] [--lang L] [--color auto|always|never]",
    details: """
      Writes DIR/STEM.EXT for each target, where STEM is FILE's name without .qdsl; DIR is created if missing.
      With repeats, spss and stata write one file per data file: STEM.sps and STEM.REPEAT.sps per repeat (.do alike).
      Targets (LIST is comma-separated; all but xform, xlsform, document and sql by default): \(targetNames).
      --target document writes STEM.document.html, the printable questionnaire; --lang fi,sv shows two languages
      side by side.
      --target sql writes STEM.sql, the rules of `qdsl validate-data` as SQL (DuckDB by default; --sql-dialect
      postgres or spark); a construct it cannot express yet is an error naming the item.
      Nothing is written when FILE has errors. Exit status: 0 written, 1 errors in FILE, 2 usage or I/O errors.
      """,
    options: [
      OptionSpec(long: "output", valueName: "DIR", help: "The folder to write into (required)"),
      OptionSpec(
        long: "target", valueName: "LIST",
        help: "Comma-separated targets to write (default: all but xform, xlsform, document, sql)",
        isList: true),
      OptionSpec(
        long: "sql-dialect", valueName: "NAME", allowed: SQLDialect.allCases.map(\.rawValue),
        help: "The SQL engine of --target sql: duckdb (default), postgres or spark"),
      .lang("Language of one-language outputs (default: the source language)"),
      .color("diagnostics"),
    ],
    run: run)

  static func run(_ args: ParsedArguments) -> ExitCode {
    guard args.positional.count == 1, let input = args.positional.first else {
      Console.err("error: give one .qdsl file to compile\nUsage: \(spec.usage)\n")
      return .usage
    }
    guard let output = args.value("output") else {
      Console.err("error: give the output folder with -o DIR\nUsage: \(spec.usage)\n")
      return .usage
    }
    var targets = OutputTarget.defaults
    // `sql` is written here, from the form JSON (QDSLDataValidation.SQLWriter), not by QDSLOutputs.
    var writesSQL = false
    if let list = args.value("target") {
      targets = []
      for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
        if name == "sql" {
          writesSQL = true
          continue
        }
        guard let t = OutputTarget(rawValue: name) else {
          Console.err("error: unknown target '\(name)'; the targets are \(targetNames)\n")
          return .usage
        }
        if !targets.contains(t) { targets.append(t) }
      }
      if targets.isEmpty && !writesSQL {
        Console.err("error: --target needs at least one of \(targetNames)\n")
        return .usage
      }
    }
    let dialect = SQLDialect(rawValue: args.value("sql-dialect") ?? "duckdb") ?? .duckdb
    if args.value("sql-dialect") != nil && !writesSQL {
      Console.err("error: --sql-dialect is for --target sql\n")
      return .usage
    }
    let source: CheckedSource
    switch CheckedSource.load(input, color: args.value("color"), consequence: "; nothing was written") {
    case .failure(let e): return e.code
    case .success(let s): source = s
    }
    let checked = source.checked
    defer { ProcessLifetime.keep(checked) }
    let survey = checked.survey
    // The XLSForm restates the XForm, so the two share the XForm's warnings: each is reported once.
    var warnings: [Diagnostic] = []
    for warning in targets.flatMap({ $0.warnings(survey) })
    where !warnings.contains(where: { $0.code == warning.code && $0.range == warning.range }) {
      warnings.append(warning)
    }
    source.report(warnings)
    // `--lang fi,sv`: the printable questionnaire in two (or more) languages side by side.
    let requested = args.value("lang")
    let language: String
    if let requested, requested.contains(",") {
      guard targets == [.document] && !writesSQL else {
        Console.err("error: a list of languages (--lang \(requested)) is for --target document only\n")
        return .usage
      }
      var languages: [String] = []
      let tags = requested.split(separator: ",", omittingEmptySubsequences: false)
      guard !tags.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
        Console.err("error: --lang \(requested) has an empty entry: list languages like --lang fi,sv\n")
        return .usage
      }
      for tag in QuestionnaireDocument.languages(requested) {
        guard let known = source.language(tag) else { return .usage }
        guard !languages.contains(known) else {
          Console.err("error: --lang \(requested) names \(known) twice: give each language once\n")
          return .usage
        }
        languages.append(known)
      }
      guard !languages.isEmpty else { return .usage }
      language = languages.joined(separator: ",")
    } else {
      guard let one = source.language(requested) else { return .usage }
      language = one
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
      Console.err("error: \(output) exists and is not a folder\n")
      return .usage
    }
    do {
      try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    } catch {
      Console.err(
        "error: cannot create the output folder \(output): check that its parent folder exists and is writable\n")
      return .usage
    }
    let stem = URL(fileURLWithPath: input == "-" ? "survey.qdsl" : input).deletingPathExtension().lastPathComponent
    // Render everything first (in parallel): a rendering problem must not leave some files new and others old.
    var rendered = OutputTarget.renderAllFiles(targets, survey: survey, language: language, stem: stem)
    defer { ProcessLifetime.keep(rendered) }
    if writesSQL {
      switch sqlFile(survey: survey, dialect: dialect, stem: stem) {
      case .success(let file): rendered.append([file])
      case .failure(let problem):
        Console.err("error: \(input): --target sql cannot express \(problem); nothing was written\n")
        return .findings
      }
    }
    for file in rendered.joined() {
      let path = (output as NSString).appendingPathComponent(stem + file.suffix)
      do {
        try AtomicFile.write(bytes: file.bytes, to: path)
      } catch let failure as AtomicFile.Failure {
        Console.err("error: cannot write \(path): \(failure.reason)\n")
        return .usage
      } catch {
        Console.err("error: cannot write \(path): \(error)\n")
        return .usage
      }
      Console.out("wrote \(path)\n")
    }
    return .success
  }

  /// STEM.sql: the form JSON decoded (as a data-collection app reads it) and its rules written as SQL.
  static func sqlFile(survey: Survey, dialect: SQLDialect, stem: String) -> Result<OutputFile, SQLLoweringError> {
    let form: FormModel
    switch FormModel.decode(FormDocument.renderBytes(survey)) {
    case .success(let f): form = f
    case .failure(let e): return .failure(SQLLoweringError(item: survey.id ?? stem, message: "the form JSON: \(e)"))
    }
    return SQLWriter(form: form, dialect: dialect).render(stem: stem).map {
      OutputFile(suffix: ".sql", bytes: Array($0.utf8))
    }
  }
}
