// `qdsl translations export|import`: the translators' round trip through XLIFF 2.0, PO or CSV files, with stale
// translations marked for review, and imports written back into the .qdsl files atomically, all or nothing.

import Foundation
import QDSLSemantics
import QDSLSyntax
import QDSLTranslations

enum TranslationsCommand {
  static let spec = CommandSpec(
    name: "translations", summary: "Export texts for translators (XLIFF, PO, CSV) and import their translations",
    usage: """
      qdsl translations export FILE --lang L [--format xliff|po|csv] [-o OUT] [--since OLD.qdsl | --git REV]
             qdsl translations import FILE TRANSLATED... [--lang L] [--check]
      """,
    details: """
      export writes every translatable text of the instrument FILE (its modules included) for the language L: a
      stable id per text, the source text, the current translation if any and a note for the translator; pipes
      are placeholders. The format is --format, or the suffix of OUT (.xlf, .po, .csv), or XLIFF; without -o
      the file goes to stdout. With --since OLD.qdsl or --git REV, translations whose source text changed since
      that revision are marked for review (XLIFF state initial, PO fuzzy, CSV needs-review).
      import writes the translations of the files TRANSLATED back into FILE and its modules, changing only those
      strings. Every file is checked first (known ids, unchanged source texts, the same placeholders, readable
      strings); on any problem nothing is written. With --check nothing is written either: the problems and what
      would change are reported. Fuzzy PO entries and empty targets are not imported.
      Exit status: 0 done, 1 problems (errors in FILE, or in the translations), 2 usage or I/O errors.
      """,
    options: [
      .lang("export: the language to translate into; import: the language of files that do not name theirs"),
      OptionSpec(
        long: "format", valueName: "FORMAT", allowed: ["xliff", "po", "csv"],
        help: "export: xliff (XLIFF 2.0, default), po (gettext) or csv"),
      OptionSpec(long: "output", valueName: "OUT", help: "export: the file to write (default: stdout)"),
      OptionSpec(long: "since", valueName: "OLD.qdsl", help: "export: mark translations stale since this revision"),
      OptionSpec(long: "git", valueName: "REV", help: "export: like --since, with FILE as it is in git revision REV"),
      OptionSpec(long: "check", valueName: nil, help: "import: write nothing; report problems and what would change"),
      .color("diagnostics"),
    ],
    run: run)

  static func run(_ args: ParsedArguments) -> ExitCode {
    var args = args
    guard let action = args.positional.first else {
      return usage("give 'export' or 'import'")
    }
    args.positional.removeFirst()
    switch action {
    case "export": return export(args)
    case "import": return importFiles(args)
    default:
      return usage("'\(action)' is not a translations command; give 'export' or 'import'")
    }
  }

  static func usage(_ message: String) -> ExitCode {
    Console.err("error: \(message)\nUsage: \(spec.usage)\n")
    return .usage
  }

  /// An instrument read and checked, or the exit code of why it cannot be used.
  enum Loaded {
    case instrument(InputFile, CheckedInstrument)
    case failed(ExitCode)
  }

  /// Reads and checks the instrument (after printing why it cannot be used: 2 for I/O, 1 for its errors). Errors
  /// other than missing translations (which translators are about to add) make it unusable.
  static func load(_ path: String, style: Style) -> Loaded {
    if path == "-" {
      Console.err("error: qdsl translations reads the instrument from a file, not stdin\n")
      return .failed(.usage)
    }
    let file: InputFile
    switch InputFiles.read(path) {
    case .failure(let e):
      Console.err("error: \(e.message)\n")
      return .failed(.usage)
    case .success(let f): file = f
    }
    let instrument = InstrumentFiles.check(file)
    ProcessLifetime.keep(instrument)
    let blocking = instrument.diagnostics.filter { $0.severity == .error && $0.code != .missingTranslation }
    if !blocking.isEmpty {
      for group in InstrumentFiles.groups(blocking, of: instrument, entryPath: file.path) {
        Console.err(DiagnosticRenderer.text(group.diagnostics, path: group.path, lines: group.lines, style: style))
      }
      let n = blocking.count
      Console.err("error: \(file.path) has \(n == 1 ? "1 error" : "\(n) errors"); fix it first\n")
      return .failed(.findings)
    }
    return .instrument(file, instrument)
  }

  static func export(_ args: ParsedArguments) -> ExitCode {
    guard args.positional.count == 1 else { return usage("export takes one instrument FILE") }
    guard args.value("since") == nil || args.value("git") == nil else {
      return usage("give --since OLD.qdsl or --git REV, not both")
    }
    if args.flag("check") { return usage("--check is an option of import") }
    guard let language = args.value("lang") else {
      return usage("export needs --lang L, the language to translate into")
    }
    let output = args.value("output")
    let format: TranslationFormat
    if let f = args.value("format").flatMap(TranslationFormat.init(rawValue:)) {
      format = f
    } else if let output, output != "-" {
      guard let f = TranslationFormat(fileName: output) else {
        return usage("cannot tell the format from '\(output)': name it .xlf, .po or .csv, or give --format")
      }
      format = f
    } else {
      format = .xliff
    }
    let style = Style(enabled: Console.useColor(args.value("color")))
    let path = args.positional[0]
    let file: InputFile
    let instrument: CheckedInstrument
    switch load(path, style: style) {
    case .failed(let code): return code
    case .instrument(let f, let i): (file, instrument) = (f, i)
    }
    let survey = instrument.survey
    guard let declared = survey.languages.first(where: { $0.lowercased() == language.lowercased() }) else {
      return usage(
        "\(path) does not declare the language '\(language)'; its languages are \(survey.languages.joined(separator: " "))"
      )
    }
    guard declared != survey.sourceLanguage else {
      return usage("'\(declared)' is the source language of \(path); export a language to translate into")
    }
    let translations = InstrumentTranslations(instrument, entryPath: file.path)
    for d in translations.units.duplicates {
      Console.err(
        "error: two texts would get the id '\(d.id)' (\(translations.location(d.first)) and "
          + "\(translations.location(d.second))); give the items distinct names\n")
    }
    if !translations.units.duplicates.isEmpty { return .findings }
    var stale: [StaleTranslation] = []
    if let since = args.value("since") ?? args.value("git") {
      let old: CheckedInstrument
      if let revision = args.value("git") {
        switch GitRevision.read(revision, path) {
        case .failure(let e):
          Console.err("error: \(e.message)\n")
          return .usage
        case .success(let f): old = GitRevision.checkInstrument(f, revision: revision, newPath: path)
        }
      } else {
        guard case .instrument(_, let checked) = load(since, style: style) else { return .usage }
        old = checked
      }
      stale = StaleTranslations.find(old: old.survey, new: survey)
    }
    let document = translations.document(language: declared, stale: stale)
    let text = document.render(format)
    if let output, output != "-" {
      do {
        try AtomicFile.write(text, to: output)
      } catch {
        Console.err("error: cannot write \(output): \(error)\n")
        return .usage
      }
      let review = document.units.filter(\.needsReview).count
      let done = document.units.filter { !($0.target?.isEmpty ?? true) }.count
      Console.err(
        "exported \(document.units.count) texts of \(file.path) for \(declared) to \(output) "
          + "(\(done) translated, \(document.units.count - done) to translate"
          + (review > 0 ? ", \(review) to review" : "") + ")\n")
    } else {
      Console.out(text)
    }
    return .success
  }

  static func importFiles(_ args: ParsedArguments) -> ExitCode {
    guard args.positional.count >= 2 else {
      return usage("import takes the instrument FILE and at least one translated file")
    }
    for o in ["format", "output", "since", "git"] where args.value(o) != nil {
      return usage("--\(o) is an option of export")
    }
    let style = Style(enabled: Console.useColor(args.value("color")))
    let file: InputFile
    let instrument: CheckedInstrument
    switch load(args.positional[0], style: style) {
    case .failed(let code): return code
    case .instrument(let f, let i): (file, instrument) = (f, i)
    }
    var translated: [TranslatedFile] = []
    var unreadable = false
    for path in args.positional.dropFirst() {
      guard path != "-", let data = FileManager.default.contents(atPath: path) else {
        Console.err("error: \(path): cannot read this file (check that it exists and is readable)\n")
        return .usage
      }
      guard let format = TranslationFormat(fileName: path) ?? sniff([UInt8](data)) else {
        Console.err("error: \(path): not a translation file (give a .xlf, .po or .csv file)\n")
        return .usage
      }
      switch TranslationReader.read([UInt8](data), format: format) {
      case .failure(let p):
        Console.err("error: \(path):\(p.line): \(p.message)\n")
        unreadable = true
      case .success(let content):
        translated.append(TranslatedFile(path: path, content: content))
      }
    }
    if unreadable {
      Console.err("error: nothing was imported\n")
      return .findings
    }
    let t = InstrumentTranslations(instrument, entryPath: file.path)
    let plan = TranslationImport.plan(t, files: translated, language: args.value("lang"))
    if !plan.problems.isEmpty {
      for p in plan.problems { Console.err("error: \(p)\n") }
      let n = plan.problems.count
      Console.err("error: \(n == 1 ? "1 problem" : "\(n) problems"); nothing was imported\n")
      return .findings
    }
    let paths = plan.files.keys.sorted().map { t.path(ofFile: $0) }
    let summary =
      "\(plan.changed == 1 ? "1 translation" : "\(plan.changed) translations")"
      + (paths.isEmpty ? "" : " in " + paths.joined(separator: ", "))
    if args.flag("check") {
      Console.out("would import \(summary); no problems found\n")
      return .success
    }
    var writes: [(path: String, bytes: [UInt8], previous: [UInt8], permissions: Int?)] = []
    for (index, bytes) in plan.files.sorted(by: { $0.key < $1.key }) {
      let target = URL(fileURLWithPath: t.path(ofFile: index)).resolvingSymlinksInPath().path
      let mode = (try? FileManager.default.attributesOfItem(atPath: target))?[.posixPermissions] as? Int
      writes.append((target, bytes, instrument.sources.files[Int(index)].parse.tree.bytes, mode))
    }
    do {
      try AtomicFile.writeAll(writes)
    } catch {
      Console.err("error: cannot write \(error); nothing was imported\n")
      return .usage
    }
    Console.out("imported \(summary)\n")
    return .success
  }

  /// The format of a file without a known suffix, from its first bytes.
  static func sniff(_ bytes: [UInt8]) -> TranslationFormat? {
    let head = String(decoding: bytes.prefix(200), as: UTF8.self).drop { $0 == "\u{FEFF}" || $0.isWhitespace }
    if head.hasPrefix("<") { return .xliff }
    if head.hasPrefix("#") || head.hasPrefix("msg") { return .po }
    if head.hasPrefix("id,") || head.hasPrefix("\"id\"") { return .csv }
    return nil
  }
}
