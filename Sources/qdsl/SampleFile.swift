// `--sample FILE.csv` of preview and simulate: the respondents' sample values, one row each, read against the
// form's sample variables, with every problem reported at once at its line.

import Foundation
import QDSLFormRuntime
import QDSLText

/// The sample rows read from a file.
enum SampleFile {
  /// Reads and checks the rows; on failure prints every problem, located (exit status 2).
  static func read(_ path: String, form: FormModel) -> Result<[[String: AnswerValue]], ExitCodeError> {
    guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path)
    else {
      Console.err("error: \(path): cannot read this sample file (check that it exists and is readable)\n")
      return .failure(ExitCodeError(code: .usage))
    }
    guard let text = String(bytes: data, encoding: .utf8) else {
      Console.err("error: \(path): the sample file is not UTF-8 text\n")
      return .failure(ExitCodeError(code: .usage))
    }
    switch FormSampleRows.read(text, form: form) {
    case .success(let sample):
      guard !sample.rows.isEmpty else {
        Console.err("error: \(path): the sample file has a header but no rows\n")
        return .failure(ExitCodeError(code: .usage))
      }
      return .success(sample.rows)
    case .failure(let problems):
      for p in problems.list { Console.err("error: \(path):\(p.line): \(p.message)\n") }
      return .failure(ExitCodeError(code: .usage))
    }
  }

  /// The answers file's text with the first sample row's values added (the file's own values win), for the
  /// preview page.
  static func answersJSON(_ answersText: String?, row: [String: AnswerValue], form: FormModel) -> String {
    var object = JSONObject()
    if let answersText, case .object(let given)? = try? JSONReader.read(Array(answersText.utf8)) {
      object = given
    }
    if case .object(let sample) = form.answersJSON(row) {
      for key in sample.keys where object[key] == nil { object[key] = sample[key] }
    }
    return JSON.object(object).render()
  }
}
