// `qdsl simulate FILE`: random respondents through the reference evaluator, reporting who reaches what; with
// --answers, one respondent's path through the interview; with --data, the respondents' data files.

import Foundation
import QDSLFormRuntime

enum SimulateCommand {
  static let spec = CommandSpec(
    name: "simulate", summary: "Run random respondents through the interview and report what they reach",
    usage:
      "qdsl simulate FILE [--respondents N] [--seed S] [--today DATE] [--format text|json] [--lang L] [--answers FILE.json] "
      + "[--sample FILE.csv] [--data DIR]",
    details: """
      Answers are drawn within each question's type, bounds and options (inside a repeat, once per iteration; for a
      question with a filter or option conditions, from the options it offers when it is reached);
      optional questions are sometimes skipped. Reports the share of respondents reaching each item (inside a
      repeat: at least once, with the times asked and the iterations per respondent), items nobody reaches (a
      warning, with the condition that blocks them), checks that never or always fail, interview length in
      questions over every iteration (min, median, p90, max) and how often each end fires (ends are numbered
      from 1 and quoted by their message's first words, in --lang). The same seed and date give the same report.
      Sample variables are drawn like answers of their types; with --sample, each respondent's are one row drawn
      from FILE.csv (a header naming sample variables, then one row per sampled unit; an empty cell is missing).
      With --answers, replays that one respondent and prints the path through the interview instead.
      With --data DIR, writes the respondents' data instead, in the instrument's own layout (docs/validate-data.md):
      STEM.csv with a row per respondent and STEM.REPEAT.csv per repeat with a row per iteration, the codebook's
      variable names as headers, record_id first (then the iteration numbers in a repeat's file), a missing answer
      as an empty cell. A respondent whose answers fail a hard check is drawn again, so every record is one a
      collector accepts; failed soft checks stay.
      Exit status: 0 done, 1 errors in FILE, 2 usage or I/O errors.
      """,
    options: [
      OptionSpec(long: "respondents", valueName: "N", help: "How many respondents (default: 1000)"),
      OptionSpec(long: "seed", valueName: "S", help: "Seed of the random answers, a whole number (default: 1)"),
      OptionSpec(long: "today", valueName: "DATE", help: "The date of the interviews, YYYY-MM-DD (default: today)"),
      OptionSpec(
        long: "format", valueName: "FORMAT", allowed: ["text", "json"], help: "Output format: text (default) or json"),
      .answers("Replay one respondent's answers and print the path"),
      OptionSpec(long: "sample", valueName: "FILE.csv", help: "Sample rows: each respondent draws one"),
      OptionSpec(long: "data", valueName: "DIR", help: "Write the respondents' data files (one CSV per level) to DIR"),
      .lang("Language of the messages quoted (default: the source language)"),
      .color("diagnostics"),
    ],
    run: run)

  static func run(_ args: ParsedArguments) -> ExitCode {
    guard args.positional.count == 1, let path = args.positional.first else {
      Console.err("error: give one .qdsl file to simulate\nUsage: \(spec.usage)\n")
      return .usage
    }
    var respondents = 1000
    if let text = args.value("respondents") {
      guard let n = Int(text), n >= 1, n <= 10_000_000 else {
        Console.err("error: --respondents needs a whole number from 1 to 10000000, not '\(text)'\n")
        return .usage
      }
      respondents = n
    }
    var seed: UInt64 = 1
    if let text = args.value("seed") {
      guard let s = UInt64(text) else {
        Console.err("error: --seed needs a whole number from 0 to \(UInt64.max), not '\(text)'\n")
        return .usage
      }
      seed = s
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
    let json = args.value("format") == "json"
    guard let language = input.language(args.value("lang")) else { return .usage }
    if let folder = args.value("data") {
      if args.value("answers") != nil || args.value("sample") != nil || args.value("format") != nil {
        Console.err("error: --data cannot be combined with --answers, --sample or --format\nUsage: \(spec.usage)\n")
        return .usage
      }
      return writeData(input: input, folder: folder, respondents: respondents, seed: seed, today: today)
    }
    if let answersPath = args.value("answers") {
      switch AnswersFile.read(answersPath, form: input.form) {
      case .failure(let e): return e.code
      case .success(let a):
        // One respondent's seed of shuffled orders: --seed when given, else 0 (as in scenario files).
        let replay = RespondentPath(
          form: input.form, answers: a.answers, language: language, today: today,
          seed: args.value("seed") == nil ? 0 : seed)
        Console.out(json ? replay.json() : replay.text(answersPath: answersPath))
        return .success
      }
    }
    var sampleRows: [[String: AnswerValue]] = []
    if let samplePath = args.value("sample") {
      switch SampleFile.read(samplePath, form: input.form) {
      case .failure(let e): return e.code
      case .success(let rows): sampleRows = rows
      }
    }
    let report = FormSimulator(form: input.form).run(
      respondents: respondents, seed: seed, today: today, language: language, sampleRows: sampleRows)
    Console.out(json ? report.json(path: input.path) : report.text(path: input.path))
    return .success
  }

  /// `--data DIR`: every level's CSV written together (all or none), with the file's stem as their stem.
  static func writeData(input: FormInput, folder: String, respondents: Int, seed: UInt64, today: FormDate)
    -> ExitCode
  {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
      Console.err("error: \(folder) exists and is not a folder\n")
      return .usage
    }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      Console.err(
        "error: cannot create the data folder \(folder): check that its parent folder exists and is writable\n")
      return .usage
    }
    let data = SimulatedData(form: input.form)
    let stem = URL(fileURLWithPath: input.path == "-" ? "survey.qdsl" : input.path).deletingPathExtension()
      .lastPathComponent
    let paths = data.layout.levels.map { (folder as NSString).appendingPathComponent($0.fileName(stem: stem)) }
    // Streamed: each batch of records goes to temporary files beside the targets, renamed over them at the end.
    do {
      let staged = try StagedFiles(paths)
      let failure = try data.write(
        respondents: respondents, seed: seed, today: today, workers: ProcessInfo.processInfo.activeProcessorCount
      ) { rows in
        for (k, bytes) in rows.enumerated() where !bytes.isEmpty { try staged.append(bytes, to: k) }
      }
      if let e = failure {
        staged.discard()
        Console.err(
          "error: record \(e.record): no answer to \(e.question) passes its check \(e.condition) after "
            + "\(SimulatedData.maxDraws) draws; the check may be impossible to satisfy\n")
        return .findings
      }
      try staged.commit()
    } catch let failure as AtomicFile.Failure {
      Console.err("error: cannot write the data files in \(folder): \(failure.reason)\n")
      return .usage
    } catch {
      Console.err("error: cannot write the data files in \(folder): \(error)\n")
      return .usage
    }
    for path in paths { Console.out("wrote \(path)\n") }
    return .success
  }
}
