// Reading a questionnaire for the commands that run its interview (preview, simulate): check it, print its
// diagnostics, and give back the survey with its form JSON and the decoded form.

import QDSLCompiler
import QDSLSemantics
import QDSLSyntax

/// A checked questionnaire and its form.
struct FormInput {
  var path: String
  var survey: Survey
  var formJSON: String
  var form: FormModel

  /// Checks `input` and compiles its form; on failure prints why and returns the exit code.
  static func load(_ input: String, color: String?, usage: String) -> Result<FormInput, ExitCodeError> {
    let file: SourceFile
    switch SourceFiles.read(input) {
    case .failure(let e):
      Console.err("error: \(e.message)\n")
      return .failure(ExitCodeError(code: .usage))
    case .success(let f):
      file = f
    }
    let checked = Checker.check(bytes: file.bytes)
    let style = Style(enabled: Console.useColor(color))
    if !checked.diagnostics.isEmpty {
      var text = ""
      for d in checked.diagnostics {
        text += DiagnosticRenderer.text(d, path: file.path, lines: checked.parse.lineIndex, style: style) + "\n"
      }
      Console.err(text)
    }
    if checked.hasErrors {
      let count = checked.diagnostics.filter { $0.severity == .error }.count
      Console.err("error: \(file.path) has \(count == 1 ? "1 error" : "\(count) errors")\n")
      return .failure(ExitCodeError(code: .findings))
    }
    let json = FormDocument.render(checked.survey)
    switch FormModel.decode(json) {
    case .failure(let e):
      Console.err("error: internal: the form JSON of \(file.path) does not decode: \(e)\n")
      return .failure(ExitCodeError(code: .usage))
    case .success(let form):
      return .success(FormInput(path: file.path, survey: checked.survey, formJSON: json, form: form))
    }
  }

  /// The `--lang` language, or the source language; prints an error when the survey lacks it.
  func language(_ requested: String?) -> String? {
    let language = requested ?? survey.sourceLanguage ?? "en"
    if let match = survey.languages.first(where: { $0.lowercased() == language.lowercased() }) { return match }
    Console.err(
      "error: '\(language)' is not one of the survey's languages (\(survey.languages.joined(separator: " ")))\n")
    return nil
  }
}

/// A failure that has been reported and ends the command with `code`.
struct ExitCodeError: Error {
  var code: ExitCode
}
