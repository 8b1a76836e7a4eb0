// `--answers FILE.json` of preview and simulate: one respondent's answers as a JSON object keyed by variable,
// read against the form, with every problem reported at once, each at its line and column in the file.

import Foundation
import QDSLFormRuntime
import QDSLText

/// A respondent's answers read from a file.
struct AnswersFile {
  var path: String
  /// The file's text (valid JSON).
  var text: String
  var answers: [String: AnswerValue]

  /// A problem with the answers: where (a byte offset) and what.
  struct Problem {
    var offset: Int
    var message: String
  }

  /// Reads and checks the answers; on failure prints every problem, located (exit status 2).
  static func read(_ path: String, form: FormModel) -> Result<AnswersFile, ExitCodeError> {
    guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path)
    else {
      Console.err("error: \(path): cannot read this answers file (check that it exists and is readable)\n")
      return .failure(ExitCodeError(code: .usage))
    }
    let bytes = [UInt8](data)
    let (answers, problems) = check(bytes, form: form)
    if problems.isEmpty {
      // Without a byte order mark, which the reader skips but a page's script would not.
      let text = String(
        decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...], as: UTF8.self)
      return .success(AnswersFile(path: path, text: text, answers: answers))
    }
    let positions = JSONPosition.positions(of: problems.map(\.offset), in: bytes)
    for (problem, position) in zip(problems, positions) {
      Console.err("error: \(path):\(position): \(problem.message)\n")
    }
    return .failure(ExitCodeError(code: .usage))
  }

  /// The answers of a file's bytes, and every problem with them in the order of the file.
  static func check(_ bytes: [UInt8], form: FormModel) -> (answers: [String: AnswerValue], problems: [Problem]) {
    let json: JSON
    let locations: JSONLocations
    do {
      (json, locations) = try JSONReader.readLocated(bytes)
    } catch {
      return ([:], [Problem(offset: error.offset, message: error.message)])
    }
    guard case .object(let object) = json else {
      let problem = Problem(
        offset: locations.value(JSONPath()) ?? 0,
        message: "the answers must be one JSON object, such as {\"staff\": 120, \"adopted\": \"no\"}")
      return ([:], [problem])
    }
    let byName = Dictionary(form.variables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    // Names in any case, for "did you mean".
    var byLowercase: [String: String] = [:]
    for name in byName.keys.sorted().reversed() { byLowercase[name.lowercased()] = name }
    var problems: [Problem] = []
    var unusable = Set<String>()
    for name in object.keys {
      let at = locations.key(JSONPath().appending(key: name)) ?? 0
      guard let variable = byName[name] else {
        let near = byLowercase[name.lowercased()]
        problems.append(
          Problem(
            offset: at,
            message: "'\(name)' is not a question or grid row of \(form.survey)"
              + (near.map { "; did you mean '\($0)'?" } ?? "")))
        unusable.insert(name)
        continue
      }
      if case .calculate = variable.kind {
        problems.append(Problem(offset: at, message: "'\(name)' is a calculate: it is computed, not answered"))
        unusable.insert(name)
      }
    }
    let (answers, decoding) = form.readAnswers(json, checkingCodes: true)
    for e in decoding where !unusable.contains(e.path.firstKey ?? "") {
      let at = locations.value(e.path) ?? 0
      problems.append(Problem(offset: at, message: "'\(e.path)': \(e.message)"))
    }
    // In the order of the file (a stable sort: names before the values they hold).
    let ordered = problems.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
    return (answers, ordered.map(\.element))
  }
}
