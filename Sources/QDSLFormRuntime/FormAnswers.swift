// Answers as JSON (`{"staff": 120, "adopted": "yes", "kinds": ["product", 2]}`), read against a form so that an
// option may be given by name or code and a date question's string is a date. The scenario files use it.

import Foundation
import QDSLText

extension FormModel {
  /// Answers from JSON text: an object keyed by variable name. Numbers are numbers (whole numbers exact); a
  /// `one of` answer or grid row is an option name or code; a `many of` answer is an array of names or codes; a
  /// date is `"YYYY-MM-DD"`; `null` is no answer. Names the form does not declare are kept (the evaluator reports
  /// them). Fails with the first problem; `readAnswers` gives every one.
  public func answers(fromJSON bytes: [UInt8]) -> Result<[String: AnswerValue], FormDecodingError> {
    do {
      return answers(fromJSONObject: try JSONReader.read(bytes))
    } catch {
      return .failure(FormDecodingError(message: "not valid JSON: \(error)"))
    }
  }

  /// Answers from JSON text given as data (see `answers(fromJSON:)`).
  public func answers(fromJSON data: Data) -> Result<[String: AnswerValue], FormDecodingError> {
    answers(fromJSON: [UInt8](data))
  }

  /// Answers from a JSON object already read (see `answers(fromJSON:)`).
  public func answers(fromJSONObject object: JSON) -> Result<[String: AnswerValue], FormDecodingError> {
    let (answers, problems) = readAnswers(object)
    if let first = problems.first { return .failure(first) }
    return .success(answers)
  }

  /// The answers of a JSON object and every problem with them, in document order, each with its path: a value of
  /// the wrong kind, an option name not in the list, a code that is not a whole number, and with `checkingCodes`
  /// a code not in the list. An answer with a problem is left out.
  public func readAnswers(
    _ object: JSON, checkingCodes: Bool = false
  ) -> (answers: [String: AnswerValue], problems: [FormDecodingError]) {
    let root = FormJSONNode(object, JSONPath())
    let members: [(key: String, node: FormJSONNode)]
    do throws(FormDecodingError) {
      members = try root.members()
    } catch {
      return ([:], [error])
    }
    let byName = Dictionary(variables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    var out: [String: AnswerValue] = [:]
    var problems: [FormDecodingError] = []
    let reader = AnswerReader(form: self, checksCodes: checkingCodes)
    for (name, node) in members where !node.isNull {
      if let value = reader.answer(node, byName[name], &problems) { out[name] = value }
    }
    return (out, problems)
  }
}

/// Reads one answer against its variable.
private struct AnswerReader {
  /// The choice lists by name.
  let lists: [String: FormChoiceList]
  /// Whether a code must be one of the list's.
  let checksCodes: Bool

  init(form: FormModel, checksCodes: Bool) {
    lists = Dictionary(form.choiceLists.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    self.checksCodes = checksCodes
  }

  /// One answer; nil, with the problems noted, when it cannot be read.
  func answer(
    _ node: FormJSONNode, _ variable: FormVariable?, _ problems: inout [FormDecodingError]
  ) -> AnswerValue? {
    do throws(FormDecodingError) {
      switch variable?.kind {
      case .question(.date):
        return .date(try node.string())
      case .question(.text):
        return .text(try node.string())
      case .question(.integer), .question(.decimal):
        return .number(try node.number())
      case .question(.one(let list)), .gridRow(let list):
        return .code(try code(node, list))
      case .question(.many(let list, _)):
        return codes(try node.array(), &problems) { (n) throws(FormDecodingError) in try code(n, list) }
      case .calculate, nil:
        switch node.value {
        case .string(let s): return .text(s)
        case .array: return codes(try node.array(), &problems) { (n) throws(FormDecodingError) in try n.int() }
        default: return .number(try node.number())
        }
      }
    } catch {
      problems.append(error)
      return nil
    }
  }

  /// The codes of a `many of` answer, noting every item that is not one; nil when any is not.
  private func codes(
    _ items: [FormJSONNode], _ problems: inout [FormDecodingError],
    _ code: (FormJSONNode) throws(FormDecodingError) -> Int
  ) -> AnswerValue? {
    var codes = Set<Int>()
    var ok = true
    for n in items {
      do throws(FormDecodingError) {
        codes.insert(try code(n))
      } catch {
        problems.append(error)
        ok = false
      }
    }
    return ok ? .codes(codes) : nil
  }

  private func code(_ node: FormJSONNode, _ list: String) throws(FormDecodingError) -> Int {
    if case .string(let name) = node.value {
      guard let option = lists[list]?.option(named: name) else {
        throw node.fail("no option \"\(name)\" in the list \"\(list)\"")
      }
      return option.code
    }
    guard let code = node.value.int else {
      throw node.fail("expected an option of the list \"\(list)\": its name or its code")
    }
    if checksCodes && lists[list]?.option(code: code) == nil {
      throw node.fail("no option with the code \(code) in the list \"\(list)\"")
    }
    return code
  }
}
