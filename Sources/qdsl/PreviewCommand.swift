// `qdsl preview FILE -o FILE.html`: writes the interview as one self-contained HTML page to try in a browser.

import Foundation
import QDSLFormRuntime
import QDSLPreview
import QDSLText

enum PreviewCommand {
  static let spec = CommandSpec(
    name: "preview", summary: "Write an HTML page that runs the interview, for trying it out in a browser",
    usage: "qdsl preview FILE -o FILE.html [--lang L] [--answers FILE.json] [--sample FILE.csv] "
      + "[--color auto|always|never]",
    details: """
      The page holds everything it needs (no network, works from file://): a language switcher, skip logic,
      required answers, bounds and checks, and a designer panel with the data row, the universe of the focused
      question and why each hidden item is hidden. --answers fills in a respondent's answers to start from;
      --sample gives the sample variables the first row of a sample CSV (the answers file's values win).
      Nothing is written when FILE has errors. Exit status: 0 written, 1 errors in FILE, 2 usage or I/O errors.
      """,
    options: [
      OptionSpec(long: "output", valueName: "FILE.html", help: "The page to write (required)"),
      .lang("The language the page opens in (default: the source language)"),
      .answers("Answers to start from, as a JSON object by name"),
      OptionSpec(long: "sample", valueName: "FILE.csv", help: "Sample values: the file's first row"),
      .color("diagnostics"),
    ],
    run: run)

  static func run(_ args: ParsedArguments) -> ExitCode {
    guard args.positional.count == 1, let path = args.positional.first else {
      Console.err("error: give one .qdsl file to preview\nUsage: \(spec.usage)\n")
      return .usage
    }
    guard let output = args.value("output") else {
      Console.err("error: give the page to write with -o FILE.html\nUsage: \(spec.usage)\n")
      return .usage
    }
    let input: FormInput
    switch FormInput.load(path, color: args.value("color"), usage: spec.usage) {
    case .failure(let e): return e.code
    case .success(let i): input = i
    }
    guard let language = input.language(args.value("lang")) else { return .usage }
    var answersJSON: String?
    if let answersPath = args.value("answers") {
      switch AnswersFile.read(answersPath, form: input.form) {
      case .failure(let e): return e.code
      case .success(let a): answersJSON = a.text
      }
    }
    if let samplePath = args.value("sample") {
      switch SampleFile.read(samplePath, form: input.form) {
      case .failure(let e): return e.code
      case .success(let rows): answersJSON = SampleFile.answersJSON(answersJSON, row: rows[0], form: input.form)
      }
    }
    let title =
      input.form.title?.template(language, fallbacks: input.form.languages).map { FormTemplate.fill($0) { _ in "" } }
      ?? input.form.survey
    let page = PreviewPage.render(
      formJSON: input.formJSON, title: title, language: language, languages: input.form.languages,
      answersJSON: answersJSON)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue {
      Console.err("error: \(output) is a folder; give the page's file name, such as -o survey.html\n")
      return .usage
    }
    do {
      try AtomicFile.write(page, to: output)
    } catch let failure as AtomicFile.Failure {
      Console.err("error: cannot write \(output): \(failure.reason)\n")
      return .usage
    } catch {
      Console.err("error: cannot write \(output): \(error)\n")
      return .usage
    }
    Console.out("wrote \(output)\n")
    return .success
  }
}
