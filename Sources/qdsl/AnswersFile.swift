// `--answers FILE.json` of preview and simulate: one respondent's answers as a JSON object keyed by variable,
// read against the form, with every problem reported at its line and column in the file.

import Foundation
import QDSLFormRuntime
import QDSLText

/// A respondent's answers read from a file.
struct AnswersFile {
  var path: String
  /// The file's text (valid JSON).
  var text: String
  var answers: [String: AnswerValue]

  /// Reads and checks the answers; on failure prints a located error (exit status 2).
  static func read(_ path: String, form: FormModel) -> Result<AnswersFile, ExitCodeError> {
    func fail(_ message: String) -> Result<AnswersFile, ExitCodeError> {
      Console.err("error: \(message)\n")
      return .failure(ExitCodeError(code: .usage))
    }
    guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path)
    else { return fail("\(path): cannot read this answers file (check that it exists and is readable)") }
    guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
      return fail("\(path): the answers file is not valid UTF-8")
    }
    let bytes = Array(text.utf8)
    if let problem = JSONSyntax.firstError(bytes) {
      let (line, column) = position(bytes, problem.offset)
      return fail("\(path):\(line):\(column): \(problem.message); the answers must be one JSON object")
    }
    guard let object = try? JSONSerialization.jsonObject(with: data), let answers = object as? [String: Any] else {
      return fail("\(path):1:1: the answers must be one JSON object, such as {\"staff\": 120, \"adopted\": \"no\"}")
    }
    let byName = Dictionary(form.variables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    for name in answers.keys.sorted() {
      guard let variable = byName[name] else {
        let (line, column) = keyPosition(bytes, name)
        let near = byName.keys.sorted().first { $0.lowercased() == name.lowercased() }
        return fail(
          "\(path):\(line):\(column): '\(name)' is not a question or grid row of \(form.survey)"
            + (near.map { "; did you mean '\($0)'?" } ?? ""))
      }
      if case .calculate = variable.kind {
        let (line, column) = keyPosition(bytes, name)
        return fail("\(path):\(line):\(column): '\(name)' is a calculate: it is computed, not answered")
      }
    }
    switch form.answers(fromJSONObject: answers) {
    case .failure(let e):
      let key = String(e.path.prefix { $0 != "[" })
      let (line, column) = keyPosition(bytes, key)
      return fail("\(path):\(line):\(column): \(e.path.isEmpty ? "" : "'\(e.path)': ")\(e.message)")
    case .success(let values):
      return .success(AnswersFile(path: path, text: text, answers: values))
    }
  }

  /// 1-based line and column (in characters) of a byte offset.
  static func position(_ bytes: [UInt8], _ offset: Int) -> (Int, Int) {
    var line = 1
    var lineStart = 0
    for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
    return (line, column)
  }

  /// Where the key `"name"` first appears in the file (1:1 when it cannot be found).
  static func keyPosition(_ bytes: [UInt8], _ name: String) -> (Int, Int) {
    let needle = Array("\"\(name)\"".utf8)
    guard !needle.isEmpty, bytes.count >= needle.count else { return (1, 1) }
    var i = 0
    while i + needle.count <= bytes.count {
      if bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle { return position(bytes, i) }
      i += 1
    }
    return (1, 1)
  }
}

/// A JSON syntax check that says where the first error is (JSONSerialization does not).
enum JSONSyntax {
  struct Problem {
    var offset: Int
    var message: String
  }

  private struct Failure: Error {
    var problem: Problem
  }

  static func firstError(_ bytes: [UInt8]) -> Problem? {
    var p = Parser(bytes: bytes)
    do {
      p.space()
      try p.value(depth: 0)
      p.space()
      if p.i < bytes.count { throw Failure(problem: Problem(offset: p.i, message: "unexpected text after the JSON")) }
      return nil
    } catch let f as Failure {
      return f.problem
    } catch {
      return Problem(offset: 0, message: "not valid JSON")
    }
  }

  private struct Parser {
    let bytes: [UInt8]
    var i = 0

    func fail(_ message: String) -> Failure { Failure(problem: Problem(offset: i, message: message)) }

    mutating func space() {
      while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    mutating func expect(_ c: UInt8, _ what: String) throws {
      guard i < bytes.count, bytes[i] == c else { throw fail("expected \(what)") }
      i += 1
    }

    mutating func value(depth: Int) throws {
      guard depth < 200 else { throw fail("the JSON is nested too deeply") }
      guard i < bytes.count else { throw fail("the JSON ends too early") }
      switch bytes[i] {
      case UInt8(ascii: "{"):
        i += 1
        space()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
          i += 1
          return
        }
        while true {
          space()
          guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
          try string()
          space()
          try expect(UInt8(ascii: ":"), "':' after the key")
          space()
          try value(depth: depth + 1)
          space()
          if i < bytes.count, bytes[i] == UInt8(ascii: ",") {
            i += 1
            continue
          }
          try expect(UInt8(ascii: "}"), "',' or '}'")
          return
        }
      case UInt8(ascii: "["):
        i += 1
        space()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
          i += 1
          return
        }
        while true {
          space()
          try value(depth: depth + 1)
          space()
          if i < bytes.count, bytes[i] == UInt8(ascii: ",") {
            i += 1
            continue
          }
          try expect(UInt8(ascii: "]"), "',' or ']'")
          return
        }
      case UInt8(ascii: "\""):
        try string()
      case UInt8(ascii: "t"): try word("true")
      case UInt8(ascii: "f"): try word("false")
      case UInt8(ascii: "n"): try word("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        try number()
      default:
        throw fail("expected a value (a number, a string, an array, an object, true, false or null)")
      }
    }

    mutating func word(_ w: String) throws {
      let u = Array(w.utf8)
      guard i + u.count <= bytes.count, Array(bytes[i..<(i + u.count)]) == u else { throw fail("expected \(w)") }
      i += u.count
    }

    mutating func string() throws {
      let start = i
      i += 1
      while i < bytes.count {
        let c = bytes[i]
        if c == UInt8(ascii: "\"") {
          i += 1
          return
        }
        if c < 0x20 { throw fail("a control character inside a string") }
        i += c == UInt8(ascii: "\\") ? 2 : 1
      }
      i = start
      throw fail("a string that is never closed")
    }

    mutating func number() throws {
      let start = i
      if bytes[i] == UInt8(ascii: "-") { i += 1 }
      func digits() -> Int {
        let s = i
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
        return i - s
      }
      if digits() == 0 {
        i = start
        throw fail("expected a number")
      }
      if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
        i += 1
        if digits() == 0 { throw fail("expected digits after the decimal point") }
      }
      if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
        i += 1
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        if digits() == 0 { throw fail("expected digits in the exponent") }
      }
    }
  }
}
