// Decodes the form JSON into FormModel with the package's one JSON reader: whole numbers stay exact (a bound or
// code near 2⁶³ decodes as it was written). Lenient about keys it does not know (the JSON Schema is the strict
// check), strict about the keys it reads; every error names where, as a path like `items[3].checks[0]`.

import Foundation
import QDSLText

/// Why a form (or answers) JSON could not be decoded: where, as a JSON path like `items[3].checks[0]`, and what.
public struct FormDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: JSONPath
  public var message: String

  public init(path: JSONPath = JSONPath(), message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { path.isRoot ? message : "\(path): \(message)" }
}

extension FormModel {
  /// Decodes a form JSON (`"format": "qdsl-form/1"`) given as UTF-8 bytes.
  public static func decode(_ bytes: [UInt8]) -> Result<FormModel, FormDecodingError> {
    let json: JSON
    do {
      json = try JSONReader.read(bytes)
    } catch {
      return .failure(FormDecodingError(message: "not valid JSON: \(error)"))
    }
    var decoder = FormModelDecoder()
    do throws(FormDecodingError) {
      return .success(try decoder.form(FormJSONNode(json, JSONPath())))
    } catch {
      return .failure(error)
    }
  }

  /// Decodes a form JSON given as data.
  public static func decode(_ data: Data) -> Result<FormModel, FormDecodingError> { decode([UInt8](data)) }

  /// Decodes a form JSON given as text.
  public static func decode(_ text: String) -> Result<FormModel, FormDecodingError> { decode(Array(text.utf8)) }
}

/// A value of a form or answers JSON, with its path for messages.
struct FormJSONNode {
  let value: JSON
  let path: JSONPath

  init(_ value: JSON, _ path: JSONPath) {
    self.value = value
    self.path = path
  }

  func fail(_ message: String) -> FormDecodingError { FormDecodingError(path: path, message: message) }

  var isNull: Bool { value.isNull }

  func object() throws(FormDecodingError) -> JSONObject {
    guard case .object(let o) = value else { throw fail("expected an object") }
    return o
  }

  /// The members of an object, in order, each with its path.
  func members() throws(FormDecodingError) -> [(key: String, node: FormJSONNode)] {
    try object().map { ($0.key, FormJSONNode($0.value, path.appending(key: $0.key))) }
  }

  func array() throws(FormDecodingError) -> [FormJSONNode] {
    guard case .array(let a) = value else { throw fail("expected an array") }
    return a.enumerated().map { FormJSONNode($0.element, path.appending(index: $0.offset)) }
  }

  func string() throws(FormDecodingError) -> String {
    guard case .string(let s) = value else { throw fail("expected a string") }
    return s
  }

  func bool() throws(FormDecodingError) -> Bool {
    guard case .bool(let b) = value else { throw fail("expected true or false") }
    return b
  }

  /// A number as the JSON has it: a whole number exact, a decimal as a Double.
  func number() throws(FormDecodingError) -> FormNumber {
    switch value {
    case .int(let i): return .integer(i)
    case .number(let d): return .decimal(d)
    default: throw fail("expected a number")
    }
  }

  /// A whole number, exact over 64 bits (`2.0` is 2).
  func int() throws(FormDecodingError) -> Int {
    guard let i = value.int else { throw fail("expected a whole number") }
    return i
  }

  /// The member `key` of an object; a missing member is an error.
  func member(_ key: String) throws(FormDecodingError) -> FormJSONNode {
    let o = try object()
    guard let v = o[key] else { throw fail("missing key \"\(key)\"") }
    return FormJSONNode(v, path.appending(key: key))
  }

  /// The member `key`, or nil when it is absent or null.
  func optionalMember(_ key: String) throws(FormDecodingError) -> FormJSONNode? {
    let o = try object()
    guard let v = o[key], !v.isNull else { return nil }
    return FormJSONNode(v, path.appending(key: key))
  }
}

/// The decoding walk; numbers the `end` items in document order.
struct FormModelDecoder {
  private var endCount = 0

  mutating func form(_ root: FormJSONNode) throws(FormDecodingError) -> FormModel {
    let format = try root.member("format").string()
    guard format == FormModel.format else {
      throw root.fail("unsupported format \"\(format)\" (expected \"\(FormModel.format)\")")
    }
    let languages = try root.member("languages").array().map { (n) throws(FormDecodingError) in try n.string() }
    guard !languages.isEmpty else { throw root.fail("no languages") }
    var lists: [FormChoiceList] = []
    for (name, node) in try root.member("choices").members() {
      lists.append(
        FormChoiceList(name: name, options: try node.array().map { (n) throws(FormDecodingError) in try option(n) }))
    }
    lists.sort { $0.name < $1.name }
    var form = FormModel(
      survey: try root.member("survey").string(), version: try root.optionalMember("version")?.string(),
      languages: languages,
      title: try root.optionalMember("title").map { (n) throws(FormDecodingError) in try text(n) },
      choiceLists: lists, items: try items(root.member("items")))
    for node in try root.optionalMember("draftLanguages")?.array() ?? [] {
      let tag = try node.string()
      guard languages.dropFirst().contains(tag) else {
        throw node.fail("a draft language must be one of the languages after the first (the source language)")
      }
      form.draftLanguages.append(tag)
    }
    for field in try root.optionalMember("paradata")?.array() ?? [] {
      let kindNode = try field.member("kind")
      guard let kind = FormParadataKind(rawValue: try kindNode.string()) else {
        throw kindNode.fail("unknown paradata kind")
      }
      form.paradata.append(FormParadata(variable: try field.member("variable").string(), kind: kind))
    }
    for field in try root.optionalMember("sample")?.array() ?? [] {
      let type = try questionType(field)
      switch type {
      case .many, .rank: throw field.fail("a sample variable holds one value")
      default: break
      }
      form.samples.append(
        FormSample(
          variable: try field.member("variable").string(), type: type,
          isOptional: try field.optionalMember("optional")?.bool() ?? false,
          text: try field.optionalMember("text").flatMap { (n) throws(FormDecodingError) in
            n.isNull ? nil : try text(n)
          }))
    }
    return form
  }

  func text(_ node: FormJSONNode) throws(FormDecodingError) -> FormText {
    var out: [String: String] = [:]
    for (language, n) in try node.members() { out[language] = try n.string() }
    return FormText(out)
  }

  func optionalText(_ node: FormJSONNode, _ key: String) throws(FormDecodingError) -> FormText? {
    guard let n = try node.optionalMember(key) else { return nil }
    return try text(n)
  }

  func option(_ node: FormJSONNode) throws(FormDecodingError) -> FormOption {
    FormOption(
      code: try node.member("code").int(), name: try node.member("name").string(),
      label: try text(node.member("label")), isExclusive: try node.member("exclusive").bool(),
      isMissing: try node.member("missing").bool(), isFixed: try node.optionalMember("fixed")?.bool() ?? false,
      attributes: try attributes(node),
      condition: try node.optionalMember("condition").map { (n) throws(FormDecodingError) in try expression(n) })
  }

  /// An option's `"attributes"`: numbers, texts, and options of a list (`{"code", "choices", "option"}`).
  func attributes(_ node: FormJSONNode) throws(FormDecodingError) -> [String: FormValue] {
    guard let a = try node.optionalMember("attributes") else { return [:] }
    var out: [String: FormValue] = [:]
    for (name, n) in try a.members() {
      if n.value.isNull { continue }
      if let s = try? n.string() {
        out[name] = .text(s)
      } else if let x = try? n.number() {
        out[name] = .number(x)
      } else {
        out[name] = .code(try n.member("code").int())
      }
    }
    return out
  }

  mutating func items(_ node: FormJSONNode) throws(FormDecodingError) -> [FormItem] {
    var out: [FormItem] = []
    for n in try node.array() { out.append(try item(n)) }
    return out
  }

  mutating func item(_ node: FormJSONNode) throws(FormDecodingError) -> FormItem {
    let kind = try node.member("kind").string()
    switch kind {
    case "section":
      return .section(
        FormSection(
          id: try node.member("id").string(), title: try optionalText(node, "title"),
          items: try items(node.member("items")), shuffle: try node.optionalMember("shuffle")?.string()))
    case "question":
      return .question(try question(node))
    case "grid":
      let rows = try node.member("rows").array().map { (r) throws(FormDecodingError) in
        FormGridRow(
          id: try r.member("id").string(), name: try r.member("name").string(),
          variable: try r.member("variable").string(), label: try text(r.member("label")))
      }
      return .grid(
        FormGrid(
          id: try node.member("id").string(), choices: try node.member("choices").string(),
          isRequired: try node.member("required").bool(), text: try text(node.member("text")),
          hint: try optionalText(node, "hint"), rows: rows, variants: try variants(node)))
    case "calculate":
      let typeNode = try node.member("type")
      guard let type = FormValueType(rawValue: try typeNode.string()) else {
        throw typeNode.fail("unknown calculate type")
      }
      return .calculate(
        FormCalculate(
          id: try node.member("id").string(), variable: try node.member("variable").string(), type: type,
          formula: try expression(node.member("formula")), source: try node.member("source").string()))
    case "note":
      return .note(
        FormNote(
          id: try node.member("id").string(), text: try text(node.member("text")),
          hint: try optionalText(node, "hint"), variants: try variants(node)))
    case "if":
      var branches: [FormBranch] = []
      for b in try node.member("branches").array() {
        branches.append(
          FormBranch(
            condition: try b.optionalMember("condition").map { (c) throws(FormDecodingError) in try expression(c) },
            source: try b.optionalMember("source")?.string(), items: try items(b.member("items"))))
      }
      return .conditional(branches)
    case "repeat":
      return .repeat(try repeatItem(node))
    case "end":
      endCount += 1
      return .end(FormEnd(index: endCount - 1, message: try text(node.member("message"))))
    default:
      throw node.fail("unknown item kind \"\(kind)\"")
    }
  }

  mutating func repeatItem(_ node: FormJSONNode) throws(FormDecodingError) -> FormRepeat {
    let driverNode = try node.member("driver")
    let kindNode = try driverNode.member("kind")
    let driver: FormRepeatDriver
    switch try kindNode.string() {
    case "count":
      driver = .count(
        try expression(driverNode.member("count")), source: try driverNode.member("source").string())
    case "question":
      driver = .question(
        try driverNode.member("question").string(), choices: try driverNode.member("choices").string())
    case "choices":
      driver = .choices(try driverNode.member("choices").string())
    case "repeat":
      driver = .repeat(try driverNode.member("repeat").string())
    case "while":
      driver = .while(
        try expression(driverNode.member("condition")), source: try driverNode.member("source").string())
    default:
      throw kindNode.fail("unknown repeat driver")
    }
    let maxNode = try node.member("max")
    let max = try maxNode.int()
    guard max >= 0 else { throw maxNode.fail("a negative maximum") }
    return FormRepeat(
      id: try node.member("id").string(), title: try optionalText(node, "title"), driver: driver, max: max,
      keys: try node.member("keys").array().map { (n) throws(FormDecodingError) in try n.string() },
      items: try items(node.member("items")))
  }

  /// The `type` of a question or sample variable and the fields that go with it.
  func questionType(_ node: FormJSONNode) throws(FormDecodingError) -> FormQuestionType {
    let typeNode = try node.member("type")
    let type: FormQuestionType
    switch try typeNode.string() {
    case "integer":
      type = .integer(min: try node.optionalMember("min")?.int(), max: try node.optionalMember("max")?.int())
    case "decimal":
      type = .decimal(
        min: try node.optionalMember("min")?.number().double, max: try node.optionalMember("max")?.number().double)
    case "text":
      type = .text(maxLength: try node.optionalMember("maxLength")?.int())
    case "date":
      type = .date
    case "time":
      type = .time
    case "datetime":
      type = .datetime
    case "one":
      type = .one(choices: try node.member("choices").string())
    case "many":
      let variables = try node.member("variables").array().map { (n) throws(FormDecodingError) in try n.string() }
      type = .many(choices: try node.member("choices").string(), variables: variables)
    case "rank":
      let variables = try node.member("variables").array().map { (n) throws(FormDecodingError) in try n.string() }
      type = .rank(choices: try node.member("choices").string(), variables: variables)
    default:
      throw typeNode.fail("unknown question type")
    }
    return type
  }

  func question(_ node: FormJSONNode) throws(FormDecodingError) -> FormQuestion {
    let type = try questionType(node)
    var checks: [FormCheck] = []
    for c in try node.member("checks").array() {
      checks.append(
        FormCheck(
          condition: try expression(c.member("condition")), source: try c.member("source").string(),
          message: try text(c.member("message")), isSoft: try c.optionalMember("soft")?.bool() ?? false))
    }
    let defaultValue = try node.optionalMember("default").map { (d) throws(FormDecodingError) in
      FormDefault(value: try expression(d.member("value")), source: try d.member("source").string())
    }
    return FormQuestion(
      id: try node.member("id").string(), type: type, variable: try node.optionalMember("variable")?.string(),
      isRequired: try node.member("required").bool(), text: try text(node.member("text")),
      hint: try optionalText(node, "hint"), checks: checks, shuffle: try node.optionalMember("shuffle")?.string(),
      filter: try node.optionalMember("filter").map { (n) throws(FormDecodingError) in try expression(n) },
      variants: try variants(node), defaultValue: defaultValue)
  }

  /// The `"variants"` of an item (absent: none).
  func variants(_ node: FormJSONNode) throws(FormDecodingError) -> [FormTextVariant] {
    guard let list = try node.optionalMember("variants") else { return [] }
    return try list.array().map { (v) throws(FormDecodingError) in
      FormTextVariant(
        condition: try expression(v.member("condition")), source: try v.member("source").string(),
        text: try text(v.member("text")))
    }
  }

  func expression(_ node: FormJSONNode) throws(FormDecodingError) -> FormExpr {
    let o = try node.object()
    if o["var"] != nil {
      let name = try node.member("var").string()
      if let instance = try node.optionalMember("instance") {
        return .instance(variable: name, repeat: try instance.string())
      }
      return .variable(name)
    }
    if o["index"] != nil { return .index(try node.member("index").string()) }
    if o["attribute"] != nil { return .attribute(try node.member("attribute").string()) }
    if o["iteration"] != nil { return .iteration(try node.member("iteration").string()) }
    if o["aggregate"] != nil {
      let kindNode = try node.member("aggregate")
      let name = try kindNode.string()
      guard let kind = FormAggregate(rawValue: name) else { throw kindNode.fail("unknown aggregate \"\(name)\"") }
      return .aggregate(
        kind, repeat: try node.member("repeat").string(),
        value: try node.optionalMember("value").map { (n) throws(FormDecodingError) in try expression(n) },
        where: try node.optionalMember("where").map { (n) throws(FormDecodingError) in try expression(n) })
    }
    if o["code"] != nil {
      return .option(
        code: try node.member("code").int(), choices: try node.member("choices").string(),
        name: try node.member("option").string())
    }
    if o["number"] != nil { return .number(try node.member("number").number()) }
    if o["text"] != nil { return .text(try node.member("text").string()) }
    if o["bool"] != nil { return .bool(try node.member("bool").bool()) }
    let opNode = try node.member("op")
    let name = try opNode.string()
    guard let op = FormOperator(rawValue: name) else { throw opNode.fail("unknown operator \"\(name)\"") }
    let argsNode = try node.member("args")
    var args: [FormExpr] = []
    for a in try argsNode.array() { args.append(try expression(a)) }
    if let arity = op.arity, args.count != arity {
      throw argsNode.fail("\"\(name)\" takes \(arity) argument\(arity == 1 ? "" : "s"), not \(args.count)")
    }
    if op == .list && args.isEmpty { throw argsNode.fail("an empty list") }
    return .apply(op, args)
  }
}
