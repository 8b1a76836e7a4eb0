// `qdsl simulate FILE`: random respondents through the reference evaluator, reporting who reaches what; or, with
// --answers, one respondent's path through the interview.

import Foundation
import QDSLFormRuntime

enum SimulateCommand {
  static let spec = CommandSpec(
    name: "simulate", summary: "Run random respondents through the interview and report what they reach",
    usage:
      "qdsl simulate FILE [--respondents N] [--seed S] [--today DATE] [--format text|json] [--lang L] [--answers FILE.json] "
      + "[--sample FILE.csv]",
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
}
