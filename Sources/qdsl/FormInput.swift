// Reading a questionnaire for the commands that run its interview (preview, simulate): check it, print its
// diagnostics, and give back the survey with its form JSON and the decoded form.

import QDSLFormRuntime
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax
import QDSLText

/// A checked questionnaire and its form.
struct FormInput {
  var path: String
  var survey: Survey
  var formJSON: String
  var form: FormModel

  /// The source it was compiled from, for `--lang`.
  var source: CheckedSource

  /// Checks `input` and compiles its form; on failure prints why and returns the exit code.
  static func load(_ input: String, color: String?, usage: String) -> Result<FormInput, ExitCodeError> {
    let source: CheckedSource
    switch CheckedSource.load(input, color: color) {
    case .failure(let e): return .failure(e)
    case .success(let s): source = s
    }
    let json = FormDocument.render(source.checked.survey)
    switch FormModel.decode(json) {
    case .failure(let e):
      Console.err("error: internal: the form JSON of \(source.file.path) does not decode: \(e)\n")
      return .failure(ExitCodeError(code: .usage))
    case .success(let form):
      return .success(
        FormInput(path: source.file.path, survey: source.checked.survey, formJSON: json, form: form, source: source))
    }
  }

  /// The `--lang` language, or the source language; prints an error when the survey lacks it.
  func language(_ requested: String?) -> String? { source.language(requested) }
}
