// The promises every input keeps on its way through the compiler: checking never crashes and locates every
// diagnostic inside the file; the formatter is idempotent and keeps the meaning; a file that checks without errors
// compiles to every output, and its form JSON decodes and runs, because simulate and preview must accept what
// check accepts.

import Foundation
import QDSLFormRuntime
import QDSLFormat
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax
import QDSLText

/// The oracle of the `qdsl-fuzz-check` fuzzer (and of the replay of its findings in the tests).
public enum CompileOracle {
  /// The date of every simulated interview, so that a finding reproduces.
  static let today = FormDate("2025-06-16") ?? FormDate(days: 0)

  /// How many random respondents the short simulation runs.
  static let respondents = 12

  /// The first broken promise for this source, or nil when it keeps them all. An input that opens with a
  /// `# file: PATH` line is an instrument of several files (`MultiFileInput`).
  public static func finding(in source: [UInt8]) -> Finding? {
    if let files = MultiFileInput(source) { return finding(in: files) }
    let checked = Checker.check(bytes: source)
    if let f = DiagnosticRanges.finding(checked.diagnostics, count: source.count) { return f }
    if let f = formatting(checked) { return f }
    guard !checked.hasErrors else { return nil }
    return outputs(checked.survey)
  }

  /// `qdsl fmt` refuses a file with syntax errors; otherwise formatting twice gives the same text, which has the
  /// same diagnostics (by code) and the same form JSON.
  static func formatting(_ checked: CheckedFile) -> Finding? {
    guard case .formatted(let once) = Formatter.format(checked.parse) else { return nil }
    let after = Checker.check(source: once)
    switch Formatter.format(after.parse) {
    case .syntaxErrors(let errors):
      return Finding(
        "the formatted text has syntax errors", DiagnosticRanges.list(errors) + "\n--- formatted text:\n" + once)
    case .formatted(let twice) where twice != once:
      return Finding("formatting twice changes the text", firstDifference(once, twice))
    case .formatted:
      break
    }
    if after.diagnostics.map(\.code) != checked.diagnostics.map(\.code) {
      return Finding(
        "formatting changes the diagnostics",
        "before:\n\(DiagnosticRanges.list(checked.diagnostics))\nafter:\n\(DiagnosticRanges.list(after.diagnostics))"
          + "\n--- formatted text:\n" + once)
    }
    if FormDocument.renderBytes(after.survey) != FormDocument.renderBytes(checked.survey) {
      return Finding("formatting changes the form JSON", "--- formatted text:\n" + once)
    }
    return nil
  }

  /// Where two texts first differ, with a few lines around it in each.
  static func firstDifference(_ a: String, _ b: String) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
    func around(_ lines: [Substring]) -> String {
      lines[max(0, line - 2)..<min(lines.count, line + 4)].joined(separator: "\n")
    }
    return "first difference at line \(line + 1)\n--- once:\n\(around(x))\n--- twice:\n\(around(y))"
  }

  /// Every output of a clean file, in its source language and (for the one-language outputs) in its last
  /// language; then the form JSON decoded and run.
  static func outputs(_ survey: Survey) -> Finding? {
    // As `qdsl compile`, `preview` and `simulate` choose it without --lang.
    let wanted = survey.sourceLanguage ?? "en"
    guard let language = survey.languages.first(where: { $0.lowercased() == wanted.lowercased() }) else {
      return Finding(
        "compile, preview and simulate refuse a file that checks clean",
        "its language '\(wanted)' is not one of \(survey.languages)")
    }
    _ = OutputTarget.xform.warnings(survey)
    let targets = OutputTarget.allCases
    let rendered = OutputTarget.renderAllFiles(targets, survey: survey, language: language)
    if let f = wellFormed(zip(targets, rendered), language) { return f }
    if let other = survey.languages.last, other != language {
      let oneLanguage: [OutputTarget] = [.codebookMarkdown, .codebookHTML, .spss, .stata]
      let more = OutputTarget.renderAllFiles(oneLanguage, survey: survey, language: other)
      if let f = wellFormed(zip(oneLanguage, more), other) { return f }
    }
    let formJSON = FormDocument.renderBytes(survey)
    if let index = targets.firstIndex(of: .form), rendered[index].first?.bytes != formJSON {
      return Finding("compile writes another form JSON than the one simulate and preview read")
    }
    switch FormModel.decode(Data(formJSON)) {
    case .failure(let e):
      return Finding(
        "the form JSON of a file that checks clean does not decode (simulate and preview refuse the file)", "\(e)")
    case .success(let form):
      return interviews(form)
    }
  }

  /// Every file of every output (SPSS and Stata: one per level of the data) is non-empty and valid UTF-8 (the
  /// XLSForm: a zip).
  static func wellFormed(_ outputs: Zip2Sequence<[OutputTarget], [[OutputFile]]>, _ language: String) -> Finding? {
    for (target, files) in outputs {
      if files.isEmpty { return Finding("the \(target.rawValue) output (\(language)) has no file") }
      for file in files {
        if file.bytes.isEmpty {
          return Finding("the \(target.rawValue) file STEM\(file.suffix) (\(language)) is empty")
        }
        if target.isBinary {
          // A zip (the XLSForm's .xlsx) starts with its first local file header.
          if !file.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return Finding("the \(target.rawValue) file STEM\(file.suffix) (\(language)) is not a zip file")
          }
        } else if String(validating: file.bytes, as: UTF8.self) == nil {
          return Finding("the \(target.rawValue) file STEM\(file.suffix) (\(language)) is not valid UTF-8")
        }
      }
    }
    return nil
  }

  /// A short simulation and two replayed respondents: counts within the number of respondents, the drawn
  /// answers accepted, no item shown twice, and the reports written.
  static func interviews(_ form: FormModel) -> Finding? {
    let report = FormSimulator(form: form).run(respondents: respondents, seed: 1, today: today)
    for item in report.items where !(0...respondents).contains(item.reached) {
      return Finding(
        "simulate counts an item reached by \(item.reached) of \(respondents) respondents", "\(item.kind) \(item.id)")
    }
    for check in report.checks where !(0 <= check.failed && check.failed <= check.evaluated) {
      return Finding(
        "simulate counts a check failed \(check.failed) times in \(check.evaluated) evaluations",
        "\(check.question) check \(check.index + 1)")
    }
    if report.text(path: "fuzz.qdsl").isEmpty || report.json(path: "fuzz.qdsl").isEmpty {
      return Finding("simulate writes an empty report")
    }
    let drawer = RandomRespondent(form: form, today: today)
    var random = SplitMix64(seed: 7)
    for language in form.languages.prefix(2) {
      let answers = drawer.answers(&random)
      let path = RespondentPath(form: form, answers: answers, language: language, today: today)
      let result = path.result
      if let bad = result.invalidAnswers.first {
        return Finding(
          "simulate draws an answer the evaluator rejects",
          "\(bad.name) = \(answers[bad.name].map { "\($0)" } ?? "nothing"): \(bad.problem)")
      }
      if Set(result.shown).count != result.shown.count {
        return Finding("an interview shows an item twice", "shown: \(result.shown)")
      }
      if path.text(answersPath: "answers.json").isEmpty || path.json().isEmpty {
        return Finding("simulate --answers writes an empty path")
      }
    }
    return nil
  }
}
