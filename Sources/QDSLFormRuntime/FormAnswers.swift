// Answers as JSON (`{"staff": 120, "adopted": "yes", "kinds": ["product", 2]}`), read against a form so that an
// option may be given by name or code and a date question's string is a date. A repeat's answers are an array of
// objects under its name, one per iteration, read into instance paths (`person[2].age`). The scenario files use
// it.

import Foundation
import QDSLText

extension FormModel {
  /// Answers from JSON text: an object keyed by variable name. Numbers are numbers (whole numbers exact); a
  /// `one of` answer or grid row is an option name or code; a `many of` answer is an array of names or codes (a
  /// `rank of` answer too, most preferred first); a date is `"YYYY-MM-DD"`; `null` is no answer. A repeat's
  /// answers are an array under the repeat's name with one object (or `null`) per iteration, in order, holding that iteration's answers and the arrays of the repeats
  /// inside it: `{"person": [{"age": 34, "job": [{"title": "nurse"}]}]}` gives `person[1].age` and
  /// `person[1].job[1].title`. Names the form does not declare are kept (the evaluator reports them). Fails with
  /// the first problem; `readAnswers` gives every one.
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
    var levels: [String: FormRepeatLevel] = [:]
    for level in repeatLevels { levels[level.id] = level }
    var out: [String: AnswerValue] = [:]
    var problems: [FormDecodingError] = []
    let reader = AnswerReader(form: self, checksCodes: checkingCodes)
    /// The answers of one object: outside repeats, or one iteration (`prefix` `person[2].`, `chain` its repeats).
    func read(_ members: [(key: String, node: FormJSONNode)], prefix: String, chain: [String]) {
      for (name, node) in members where !node.isNull {
        guard let level = levels[name] else {
          if let value = reader.answer(node, byName[name], &problems) { out[prefix + name] = value }
          continue
        }
        guard level.chain.dropLast().elementsEqual(chain) else {
          let outer = level.chain.dropLast().joined(separator: ".")
          problems.append(
            node.fail(
              "the repeat \"\(name)\" is inside \"\(outer)\": give its answers in each iteration of \"\(outer)\""))
          continue
        }
        guard case .array = node.value, let iterations = try? node.array() else {
          problems.append(
            node.fail("expected an array: the answers of each iteration of the repeat \"\(name)\", in order"))
          continue
        }
        for (i, iteration) in iterations.enumerated() where !iteration.isNull {
          guard let members = try? iteration.members() else {
            problems.append(iteration.fail("expected an object: the answers of iteration \(i + 1) of \"\(name)\""))
            continue
          }
          read(members, prefix: prefix + name + "[" + String(i + 1) + "].", chain: level.chain)
        }
      }
    }
    read(members, prefix: "", chain: [])
    return (out, problems)
  }

  /// Answers keyed by instance path as the answers JSON writes them: each repeat's iterations as an array of
  /// objects under its name (an iteration without answers as `{}`). Options are written as codes, dates as
  /// `"YYYY-MM-DD"`. A path that is not an instance path of the form's repeats (unknown repeats, or an
  /// iteration beyond a repeat's maximum) is written under its own name.
  public func answersJSON(_ answers: [String: AnswerValue]) -> JSON {
    /// One object of the tree: its answers, and its repeats' iterations by repeat name.
    final class Node {
      var members: [(String, JSON)] = []
      var repeats: [String: [Node?]] = [:]
      var order: [String] = []

      func json() -> JSON {
        var object = JSONObject(members.sorted { $0.0 < $1.0 })
        for name in order.sorted() {
          object[name] = .array((repeats[name] ?? []).map { $0?.json() ?? .object([:]) })
        }
        return .object(object)
      }
    }
    var maxima: [String: Int] = [:]
    for level in repeatLevels { maxima[level.id] = level.repeat.max }
    let root = Node()
    for (path, answer) in answers {
      var node = root
      var name = path
      if let (variable, steps) = FormInstancePath.split(path),
        steps.allSatisfy({ $0.index <= maxima[$0.repeat] ?? 0 })
      {
        name = variable
        for step in steps {
          if node.repeats[step.repeat] == nil { node.order.append(step.repeat) }
          // Taken out and put back, so that the array is not copied.
          var iterations = node.repeats.removeValue(forKey: step.repeat) ?? []
          while iterations.count < step.index { iterations.append(nil) }
          let next = iterations[step.index - 1] ?? Node()
          iterations[step.index - 1] = next
          node.repeats[step.repeat] = iterations
          node = next
        }
      }
      node.members.append((name, Self.json(answer)))
    }
    return root.json()
  }

  static func json(_ answer: AnswerValue) -> JSON {
    switch answer {
    case .number(.integer(let i)): return .int(i)
    case .number(.decimal(let d)): return .number(d)
    case .text(let s), .date(let s), .time(let s), .datetime(let s): return .string(s)
    case .code(let c): return .int(c)
    case .codes(let set): return .array(set.sorted().map(JSON.int))
    case .ranking(let codes): return .array(codes.map(JSON.int))
    }
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
      if case .sample(let type)? = variable?.kind, let variable {
        var asQuestion = variable
        asQuestion.kind = .question(type)
        return answer(node, asQuestion, &problems)
      }
      switch variable?.kind {
      case .question(.date), .paradata(.today):
        return .date(try node.string())
      case .question(.time):
        return .time(try node.string())
      case .question(.datetime), .paradata(.start), .paradata(.end):
        return .datetime(try node.string())
      case .paradata(.device), .paradata(.user):
        return .text(try node.string())
      case .question(.text):
        return .text(try node.string())
      case .question(.integer), .question(.decimal):
        return .number(try node.number())
      case .question(.one(let list)), .gridRow(let list):
        return .code(try code(node, list))
      case .question(.many(let list, _)):
        return codes(try node.array(), &problems) { (n) throws(FormDecodingError) in try code(n, list) }
      case .question(.rank(let list, _)):
        // The options in order of preference, most preferred first.
        guard case .codes = codes(try node.array(), &problems, { (n) throws(FormDecodingError) in try code(n, list) })
        else { return nil }
        return .ranking(try node.array().map { (n) throws(FormDecodingError) in try code(n, list) })
      case .calculate, .sample, nil:
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
