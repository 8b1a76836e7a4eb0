// Answers as JSON (`{"staff": 120, "adopted": "yes", "kinds": ["product", 2]}`), read against a form so that an
// option may be given by name or code and a date question's string is a date. The scenario files use it.

import Foundation
import QDSLText

extension FormModel {
  /// Answers from a JSON object keyed by variable name. Numbers are numbers; a `one of` answer or grid row is an
  /// option name or code; a `many of` answer is an array of names or codes; a date is `"YYYY-MM-DD"`; `null` is
  /// no answer. Names the form does not declare are kept (the evaluator reports them).
  public func answers(fromJSON data: Data) -> Result<[String: AnswerValue], FormDecodingError> {
    guard let json = try? JSONSerialization.jsonObject(with: data) else {
      return .failure(FormDecodingError(path: "", message: "not valid JSON"))
    }
    return answers(fromJSONObject: json)
  }

  /// Answers from an object parsed by JSONSerialization (see `answers(fromJSON:)`).
  public func answers(fromJSONObject object: Any) -> Result<[String: AnswerValue], FormDecodingError> {
    let root = JSONNode(object, "")
    let byName = Dictionary(variables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    var out: [String: AnswerValue] = [:]
    do throws(FormDecodingError) {
      for name in try root.object().keys.sorted() {
        let node = try root.member(name)
        if node.isNull { continue }
        out[name] = try answer(node, byName[name])
      }
    } catch {
      return .failure(error)
    }
    return .success(out)
  }

  private func answer(_ node: JSONNode, _ variable: FormVariable?) throws(FormDecodingError) -> AnswerValue {
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
      var codes = Set<Int>()
      for n in try node.array() { codes.insert(try code(n, list)) }
      return .codes(codes)
    case .calculate, nil:
      if node.value is String { return .text(try node.string()) }
      if node.value is [Any] {
        var codes = Set<Int>()
        for n in try node.array() { codes.insert(try n.int()) }
        return .codes(codes)
      }
      return .number(try node.number())
    }
  }

  private func code(_ node: JSONNode, _ list: String) throws(FormDecodingError) -> Int {
    if node.value is String {
      let name = try node.string()
      guard let option = choiceList(named: list)?.option(named: name) else {
        throw node.fail("no option \"\(name)\" in the list \"\(list)\"")
      }
      return option.code
    }
    return try node.int()
  }
}
