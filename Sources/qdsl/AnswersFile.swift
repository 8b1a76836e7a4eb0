// `--answers FILE.json` of preview and simulate: one respondent's answers as a JSON object keyed by variable (a
// repeat's answers as an array of objects, one per iteration), read against the form, with every problem reported
// at once, each at its line and column in the file.

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
    var levels: [String: FormRepeatLevel] = [:]
    for level in form.repeatLevels { levels[level.id] = level }
    // Names in any case, for "did you mean".
    var byLowercase: [String: String] = [:]
    for name in (Array(byName.keys) + Array(levels.keys)).sorted().reversed() { byLowercase[name.lowercased()] = name }
    var problems: [Problem] = []
    var unusable = Set<JSONPath>()
    /// The names of one object: outside repeats (`chain` empty) or one iteration of the repeats `chain`.
    func checkNames(_ object: JSONObject, at path: JSONPath, chain: [String]) {
      let owner = chain.last.map { "the repeat \($0)" } ?? form.survey
      for (name, value) in object {
        let keyPath = path.appending(key: name)
        let at = locations.key(keyPath) ?? 0
        if let level = levels[name] {
          let outer = Array(level.chain.dropLast())
          if outer != chain {
            let message =
              outer.last.map { "'\(name)' is a repeat inside '\($0)': give its array in an iteration of '\($0)'" }
              ?? "'\(name)' is not inside a repeat: give its array outside the iterations of '\(chain.last ?? "")'"
            problems.append(Problem(offset: at, message: message))
            unusable.insert(keyPath)
          } else if case .array(let iterations) = value {
            for (i, iteration) in iterations.enumerated() {
              if case .object(let o) = iteration {
                checkNames(o, at: keyPath.appending(index: i), chain: level.chain)
              }
            }
          }
          continue
        }
        guard let variable = byName[name] else {
          let near = byLowercase[name.lowercased()]
          problems.append(
            Problem(
              offset: at,
              message: "'\(name)' is not a question or grid row of \(owner)"
                + (near.map { "; did you mean '\($0)'?" } ?? "")))
          unusable.insert(keyPath)
          continue
        }
        if variable.repeats != chain {
          let message =
            variable.repeats.last.map {
              "'\(name)' is asked in each iteration of '\($0)': give it in an iteration of '\($0)'"
            }
            ?? "'\(name)' is not inside a repeat: give it outside the iterations of '\(chain.last ?? "")'"
          problems.append(Problem(offset: at, message: message))
          unusable.insert(keyPath)
        } else if case .calculate = variable.kind {
          problems.append(Problem(offset: at, message: "'\(name)' is a calculate: it is computed, not answered"))
          unusable.insert(keyPath)
        }
      }
    }
    checkNames(object, at: JSONPath(), chain: [])
    let (answers, decoding) = form.readAnswers(json, checkingCodes: true)
    // A value under a name already reported (or anywhere inside its iterations) is not reported again.
    func isUnusable(_ path: JSONPath) -> Bool {
      (1...max(1, path.components.count)).contains { unusable.contains(JSONPath(Array(path.components.prefix($0)))) }
    }
    // Where a value is, as its instance path: iterations numbered from 1 (`person[1].age`), other arrays from 0.
    func describe(_ path: JSONPath) -> String {
      var out = ""
      var previous: String?
      for c in path.components {
        switch c {
        case .key(let k):
          out += out.isEmpty ? k : ".\(k)"
          previous = k
        case .index(let i):
          out += "[\(previous.map { levels[$0] != nil } == true ? i + 1 : i)]"
          previous = nil
        }
      }
      return out
    }
    for e in decoding where !isUnusable(e.path) {
      let at = locations.value(e.path) ?? 0
      problems.append(Problem(offset: at, message: "'\(describe(e.path))': \(e.message)"))
    }
    // In the order of the file (a stable sort: names before the values they hold).
    let ordered = problems.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
    return (answers, ordered.map(\.element))
  }
}
