// Reading and checking the one questionnaire that a command writes from (compile, preview, simulate): its
// diagnostics go to stderr, and a file with errors stops the command before anything is written.

import QDSLSemantics
import QDSLSyntax

/// A failure that has been reported and ends the command with `code`.
struct ExitCodeError: Error {
  var code: ExitCode
}

/// A questionnaire read and checked without errors (warnings were printed).
struct CheckedSource {
  var file: InputFile
  /// The instrument: the file and the modules it uses, checked as one (`checked` is its model).
  var instrument: CheckedInstrument
  var style: Style

  var checked: CheckedFile { instrument.checked }

  /// Reads and checks `input`, printing every diagnostic; fails (reported) on I/O errors and on errors in the
  /// file. `consequence` ends the error line ("; nothing was written").
  static func load(_ input: String, color: String?, consequence: String = "") -> Result<CheckedSource, ExitCodeError> {
    let file: InputFile
    switch InputFiles.read(input) {
    case .failure(let e):
      Console.err("error: \(e.message)\n")
      return .failure(ExitCodeError(code: .usage))
    case .success(let f):
      file = f
    }
    let instrument = InstrumentFiles.check(file)
    let source = CheckedSource(file: file, instrument: instrument, style: Style(enabled: Console.useColor(color)))
    source.reportInstrument()
    if instrument.hasErrors {
      let count = instrument.diagnostics.filter { $0.severity == .error }.count
      Console.err("error: \(file.path) has \(count == 1 ? "1 error" : "\(count) errors")\(consequence)\n")
      return .failure(ExitCodeError(code: .findings))
    }
    return .success(source)
  }

  /// Prints the instrument's diagnostics to stderr, each file's under its path, as `qdsl check` would.
  func reportInstrument() { report(located: instrument.diagnostics) }

  /// Prints diagnostics located in the instrument's files, each file's under its path.
  func report(located diagnostics: [Diagnostic]) {
    for group in InstrumentFiles.groups(diagnostics, of: instrument, entryPath: file.path) {
      Console.err(
        DiagnosticRenderer.text(
          group.diagnostics, path: group.path, lines: group.lines, style: style,
          more: "; 'qdsl check --format json' lists every one"))
    }
  }

  /// Prints diagnostics located in the model (the outputs' warnings) to stderr, as `qdsl check` would.
  func report(_ diagnostics: [Diagnostic]) {
    report(located: diagnostics.compactMap { instrument.locate($0) })
  }

  /// The `--lang` language as the survey declares it (tags compare case-insensitively), or the source language;
  /// prints an error when the survey lacks it.
  func language(_ requested: String?) -> String? {
    let survey = checked.survey
    let language = requested ?? survey.sourceLanguage ?? "en"
    if let match = survey.languages.first(where: { $0.lowercased() == language.lowercased() }) { return match }
    Console.err(
      "error: '\(language)' is not one of the survey's languages (\(survey.languages.joined(separator: " ")))\n")
    return nil
  }
}
