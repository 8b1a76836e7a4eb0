// The XLSForm (`qdsl compile --target xlsform`): the XForm of XFormWriter restated as pyxform's spreadsheet, a
// row per instance element (groups, repeats, questions, calculates, notes, hidden fields), so that pyxform's XForm
// of the XLSForm has the same elements, binds, texts and choices as qdsl's own XForm.

import QDSLSemantics
import QDSLSyntax
import QDSLWorkbook

/// Renders a checked survey as an XLSForm workbook (`survey`, `choices`, `settings`), and lists what the XLSForm
/// cannot express.
public enum XLSFormWriter {
  /// The workbook's .xlsx bytes (deterministic: the same survey always gives the same bytes).
  public static func renderBytes(_ survey: Survey) -> [UInt8] {
    workbook(survey).xlsxBytes()
  }

  /// The workbook: the sheets and their cells as pyxform reads them.
  public static func workbook(_ survey: Survey) -> Workbook {
    conversion(survey).workbook
  }

  /// Warnings about what the XLSForm cannot express exactly (QD51xx), in source order.
  public static func warnings(_ survey: Survey) -> [Diagnostic] {
    conversion(survey).warnings.sorted { $0.range.start < $1.range.start }
  }

  /// The workbook as pyxform's Markdown form (one table, a row per line): readable golden files. A `|` in a cell
  /// is written `\|` and a line break `\n`.
  public static func markdown(_ workbook: Workbook) -> String {
    var out = ""
    for sheet in workbook.sheets {
      out += "| \(sheet.name) |\n"
      for row in sheet.rows {
        out += "| |"
        for cell in row {
          let text = cell.replacingAll("|", with: "\\|").replacingAll("\n", with: "\\n")
          out += text.isEmpty ? " |" : " \(text) |"
        }
        out += "\n"
      }
    }
    return out
  }

  private static func conversion(_ survey: Survey) -> XLSFormConversion {
    var conversion = XLSFormConversion(survey: survey, xform: XFormWriter.renderBytes(survey))
    conversion.convert()
    return conversion
  }
}

/// One conversion of an XForm into XLSForm rows.
struct XLSFormConversion {
  let survey: Survey
  let document: XFormNode?
  private(set) var warnings: [Diagnostic] = []
  private var root = "survey"
  private var languages: [String] = []
  private var defaultLanguage: String?
  /// itext: text id → language → the `<text>` element.
  private var texts: [String: [String: XFormNode]] = [:]
  private var textOrder: [String] = []
  private var binds: [String: XFormNode] = [:]
  /// Body controls and groups by `ref`, and repeats by `nodeset`.
  private var controls: [String: XFormNode] = [:]
  private var repeats: [String: XFormNode] = [:]
  /// `setvalue` on a change of another answer: target → (the answer's path, value).
  private var changes: [String: [(source: String, value: String)]] = [:]
  /// `setvalue` on the form's first load or a new iteration: target → value, and whether only on a new iteration.
  private var loads: [String: (value: String, onlyNewIterations: Bool)] = [:]
  private var secondary: [String: XFormNode] = [:]
  /// Element names used more than once (a `${name}` must name one element).
  private var nameCounts: [String: Int] = [:]
  /// The paths a `${name}` may stand for: elements outside repeats whose name is unique.
  private var replaceable: [String: String] = [:]
  private var usedNames: Set<String> = []
  /// Every element's path (repeats' included).
  private var paths: Set<String> = []
  /// The path of the element whose row is being written: relative paths in its texts start there.
  private var context = ""
  /// The item each hidden helper calculate belongs to (for located warnings).
  private var helperOwners: [String: String] = [:]
  private var rowsOfSurvey: [[String: String]] = []
  /// Hidden calculates of the options' labels, at the end of the survey sheet.
  private var tail: [[String: String]] = []
  private var choices: (columns: [String], rows: [[String: String]]) = ([], [])

  init(survey: Survey, xform: [UInt8]) {
    self.survey = survey
    self.document = XFormNode.parse(xform)
  }

  // MARK: Reading the XForm

  mutating func convert() {
    guard let html = document, let head = html.child("h:head"), let model = head.child("model"),
      let body = html.child("h:body")
    else { return }
    for translation in model.child("itext")?.elements ?? [] {
      guard let lang = translation.attribute("lang") else { continue }
      languages.append(lang)
      if translation.attribute("default") != nil { defaultLanguage = lang }
      for text in translation.elements {
        guard let id = text.attribute("id") else { continue }
        if texts[id] == nil { textOrder.append(id) }
        texts[id, default: [:]][lang] = text
      }
    }
    var main: XFormNode?
    for element in model.elements {
      switch element.name {
      case "instance":
        if let id = element.attribute("id") {
          secondary[id] = element
        } else {
          main = element.elements.first
        }
      case "bind":
        if let nodeset = element.attribute("nodeset") { binds[nodeset] = element }
      case "setvalue":
        if let ref = element.attribute("ref"), let value = element.attribute("value") { loads[ref] = (value, false) }
      default: break
      }
    }
    readBody(body, control: nil)
    guard let main else { return }
    root = main.name
    collectNames(main, path: "/" + root, inRepeat: false)
    for (path, name) in replaceable where nameCounts[name, default: 0] > 1 { replaceable[path] = nil }
    rows(of: main, path: "/" + root)
    choices = choicesRows()
    rowsOfSurvey += tail
    checkRows()
  }

  private mutating func readBody(_ node: XFormNode, control: String?) {
    for element in node.elements {
      switch element.name {
      case "setvalue":
        guard let ref = element.attribute("ref"), let value = element.attribute("value") else { continue }
        if element.attribute("event")?.contains("xforms-value-changed") == true, let control {
          changes[ref, default: []].append((control, value))
        } else {
          loads[ref] = (value, element.attribute("event") == "odk-new-repeat")
        }
      case "repeat":
        if let nodeset = element.attribute("nodeset") { repeats[nodeset] = element }
        readBody(element, control: control)
      case "group":
        if let ref = element.attribute("ref") { controls[ref] = element }
        readBody(element, control: control)
      case "input", "select1", "select", "odk:rank":
        guard let ref = element.attribute("ref") else { continue }
        controls[ref] = element
        readBody(element, control: ref)
      default: break
      }
    }
  }

  private mutating func collectNames(_ node: XFormNode, path: String, inRepeat: Bool) {
    var previous: String?
    for child in node.elements where child.name != "orx:meta" {
      let childPath = path + "/" + child.name
      if child.name == previous, repeats[childPath] != nil { continue }
      previous = child.name
      nameCounts[child.name, default: 0] += 1
      paths.insert(childPath)
      usedNames.insert(child.name)
      let repeated = inRepeat || repeats[childPath] != nil
      if !repeated { replaceable[childPath] = child.name }
      collectNames(child, path: childPath, inRepeat: repeated)
    }
  }

  // MARK: Rows

  private mutating func rows(of node: XFormNode, path: String) {
    var previous: String?
    for child in node.elements where child.name != "orx:meta" {
      let childPath = path + "/" + child.name
      // The first iteration of an "add another" repeat, after its template: pyxform writes its own.
      if child.name == previous, repeats[childPath] != nil { continue }
      previous = child.name
      context = childPath
      if let repeatNode = repeats[childPath] {
        var row = ["type": "begin_repeat", "name": child.name]
        var inside: [[String: String]] = []
        if let group = controls[childPath] {
          label(group, of: child.name, into: &row, helpers: &inside, repeatTitle: true)
        }
        if let count = repeatNode.attribute("jr:count") {
          // By name even inside a repeat (pyxform finds the iteration's own `R-count`); an expression would make
          // pyxform add a calculate of its own, `R_count`, which may meet a qdsl name.
          let name = count.split(separator: "/").last.map(String.init) ?? count
          row["repeat_count"] = nameCounts[name] == 1 ? "${\(name)}" : refs(count)
        }
        bindColumns(childPath, into: &row, helpers: &inside, name: child.name)
        rowsOfSurvey.append(row)
        rowsOfSurvey += inside
        rows(of: child, path: childPath)
        rowsOfSurvey.append(["type": "end_repeat", "name": child.name])
      } else if !child.elements.isEmpty {
        var row = ["type": "begin_group", "name": child.name]
        var before: [[String: String]] = []
        let group = controls[childPath]
        if let group {
          label(group, of: child.name, into: &row, helpers: &before)
          if let appearance = group.attribute("appearance") { row["appearance"] = appearance }
        }
        bindColumns(childPath, into: &row, helpers: &before, name: child.name)
        rowsOfSurvey += before
        rowsOfSurvey.append(row)
        rows(of: child, path: childPath)
        context = childPath
        if group == nil {
          // A group of hidden fields only (qdsl-universes): pyxform still writes a body group, which ODK rejects
          // without a control in it; a note never shown is that control.
          var note = ["type": "note", "name": unique(child.name + "-none"), "relevant": "false()"]
          for language in languages { note["label::" + language] = "-" }
          rowsOfSurvey.append(note)
        }
        rowsOfSurvey.append(["type": "end_group", "name": child.name])
      } else {
        leaf(child, path: childPath)
      }
    }
  }

  private mutating func leaf(_ node: XFormNode, path: String) {
    let name = node.name
    var row: [String: String] = ["name": name]
    var before: [[String: String]] = []
    let bind = binds[path]
    let type = bind?.attribute("type") ?? "string"
    if let preload = bind?.attribute("jr:preload") {
      row["type"] = bind?.attribute("jr:preloadParams") ?? preload
      rowsOfSurvey.append(row)
      return
    }
    if let control = controls[path] {
      label(control, of: name, into: &row, helpers: &before)
      switch control.name {
      case "select1", "select", "odk:rank":
        let kind = control.name == "select1" ? "select_one" : control.name == "select" ? "select_multiple" : "rank"
        let list = choiceList(control, of: name, into: &row, helpers: &before)
        row["type"] = kind + " " + list
      default:
        if bind?.attribute("readonly") == "true()" {
          row["type"] = "note"
        } else {
          switch type {
          case "int": row["type"] = "integer"
          case "decimal": row["type"] = "decimal"
          case "date": row["type"] = "date"
          case "time": row["type"] = "time"
          case "dateTime": row["type"] = "dateTime"
          default: row["type"] = "text"
          }
        }
      }
      if let appearance = control.attribute("appearance") { row["appearance"] = appearance }
    } else if let calculate = bind?.attribute("calculate") {
      row["type"] = "calculate"
      row["calculation"] = refs(calculate)
      if type != "string" { row["bind::type"] = type }
    } else {
      // A field with no control and nothing calculated: a sample variable, prefilled by the collector.
      row["type"] = "hidden"
      if type != "string" { row["bind::type"] = type }
    }
    bindColumns(path, into: &row, helpers: &before, name: name)
    let constant = node.text
    if !constant.isEmpty { row["default"] = constant }
    if let (value, onlyNew) = loads[path] {
      // pyxform sets a dynamic default on the form's load as well as on each new iteration; an iteration that is in
      // the XForm from the start (the first of "add another") keeps its value from the instance.
      row["default"] =
        onlyNew && !constant.isEmpty
        ? "if(position(..) = 1, \(XFormExpression.literal(constant)), \(refs(value)))" : refs(value)
    }
    if let actions = changes[path], let first = actions.first {
      var sources: [String] = []
      for action in actions {
        let source = action.source.split(separator: "/").last.map(String.init) ?? action.source
        guard action.value == first.value, nameCounts[source] == 1 else {
          warn(
            name,
            "the XLSForm cannot set '\(name)' from '\(source)' as the XForm does: a row has one calculation for its "
              + "triggers (the first, from '\(sources.first ?? source)', is kept)",
            help: "field the XForm (`--target xform`), or let one earlier answer set the question")
          continue
        }
        if !sources.contains(source) { sources.append(source) }
      }
      if !sources.isEmpty {
        row["trigger"] = sources.map { "${\($0)}" }.joined(separator: ", ")
        row["calculation"] = refs(first.value)
      }
    }
    rowsOfSurvey += before
    rowsOfSurvey.append(row)
  }

  /// The bind's columns: relevance, required, constraint and its message, read-only.
  private mutating func bindColumns(
    _ path: String, into row: inout [String: String], helpers: inout [[String: String]], name: String
  ) {
    guard let bind = binds[path] else { return }
    if let relevant = bind.attribute("relevant") { row["relevant"] = refs(relevant) }
    if let required = bind.attribute("required") { row["required"] = required == "true()" ? "yes" : refs(required) }
    if let constraint = bind.attribute("constraint") { row["constraint"] = refs(constraint) }
    if let message = bind.attribute("jr:constraintMsg") {
      if let id = Self.itextID(message) {
        translated(id, column: "constraint_message", of: name, into: &row, helpers: &helpers)
      } else {
        row["constraint_message"] = message
      }
    }
    if bind.attribute("readonly") == "true()", row["type"] != "note", row["type"] != "hidden" {
      row["read_only"] = "yes"
    }
  }

  // MARK: Texts

  /// The label and hint of a control or group, in every language.
  private mutating func label(
    _ control: XFormNode, of name: String, into row: inout [String: String], helpers: inout [[String: String]],
    repeatTitle: Bool = false
  ) {
    if let id = control.child("label")?.attribute("ref").flatMap(Self.itextID) {
      translated(id, column: "label", of: name, into: &row, helpers: &helpers, repeatTitle: repeatTitle)
    }
    if let id = control.child("hint")?.attribute("ref").flatMap(Self.itextID) {
      translated(id, column: "hint", of: name, into: &row, helpers: &helpers)
    }
  }

  /// The text `id` in every language as `COLUMN::LANGUAGE` cells (and guidance as `guidance_hint::LANGUAGE`).
  private mutating func translated(
    _ id: String, column: String, of name: String, into row: inout [String: String],
    helpers: inout [[String: String]], repeatTitle: Bool = false
  ) {
    for language in languages {
      guard let text = texts[id]?[language] else { continue }
      for value in text.elements where value.name == "value" {
        let cell = cellText(value, of: name, helpers: &helpers, repeatTitle: repeatTitle)
        if value.attribute("form") == "guidance" {
          row["guidance_hint::" + language] = cell
        } else {
          row[column + "::" + language] = cell
        }
      }
    }
  }

  /// A `<value>`'s text with each `<output>` as `${name}`: the element it reads, or a hidden calculate that holds
  /// a longer expression (placed beside the labelled element, so relative paths read the same).
  private mutating func cellText(
    _ value: XFormNode, of name: String, helpers: inout [[String: String]], repeatTitle: Bool = false
  ) -> String {
    var out = ""
    for part in value.children {
      switch part.content {
      case .text(let t):
        guard t.contains("${") else {
          out += t
          continue
        }
        // A text that shows `${…}` as written: pyxform would read it as a reference, so a hidden calculate holds
        // it, with the `$` and the `{` in two literals.
        let pieces = t.split(separator: "${", omittingEmptySubsequences: false).map(String.init)
        var literals: [String] = []
        for (i, piece) in pieces.enumerated() {
          literals.append(XFormExpression.literal((i == 0 ? "" : "{") + piece + (i == pieces.count - 1 ? "" : "$")))
        }
        let helper = unique(name + "-t")
        helperOwners[helper] = name
        helpers.append([
          "type": "calculate", "name": helper, "calculation": "concat(\(literals.joined(separator: ", ")))",
        ])
        out += "${\(helper)}"
      case .element(let tag, _, _):
        guard tag == "output", let xpath = part.attribute("value") else { continue }
        if let path = replaceable[xpath.trimmed] ?? relativeName(xpath.trimmed) {
          out += "${\(path)}"
          continue
        }
        var calculation = refs(xpath)
        if repeatTitle { calculation = calculation.replacingAll("position(.)", with: "position(..)") }
        // One helper for the same expression beside the same row (the languages' texts often share a pipe).
        if let same = helpers.first(where: { $0["calculation"] == calculation }), let helper = same["name"] {
          out += "${\(helper)}"
          continue
        }
        let helper = unique(name + "-t")
        helperOwners[helper] = name
        helpers.append(["type": "calculate", "name": helper, "calculation": calculation])
        out += "${\(helper)}"
      }
    }
    return out
  }

  /// The name of the element that a relative path (`../name`, `../../name`) from the current row reads, when a
  /// `${name}` gives pyxform's same relative path: the name is the form's only element so called.
  private func relativeName(_ xpath: String) -> String? {
    var rest = xpath[...]
    var up = 0
    while rest.hasPrefix("../") {
      rest = rest.dropFirst(3)
      up += 1
    }
    guard up > 0, !rest.isEmpty, !rest.contains("/"), !rest.contains("("), !rest.contains(" ") else { return nil }
    var parts = context.split(separator: "/")
    guard parts.count > up else { return nil }
    parts.removeLast(up)
    let name = String(rest)
    let path = "/" + parts.joined(separator: "/") + "/" + name
    return paths.contains(path) && nameCounts[name] == 1 ? name : nil
  }

  private mutating func unique(_ base: String) -> String {
    var k = 1
    while usedNames.contains("\(base)\(k)") { k += 1 }
    let name = "\(base)\(k)"
    usedNames.insert(name)
    nameCounts[name] = 1
    return name
  }

  static func itextID(_ reference: String) -> String? {
    guard reference.hasPrefix("jr:itext('"), reference.hasSuffix("')") else { return nil }
    return String(reference.dropFirst(10).dropLast(2))
  }

  // MARK: Choices

  /// The list a select offers, with its filter and shuffle as `choice_filter` and `parameters`.
  private mutating func choiceList(
    _ control: XFormNode, of name: String, into row: inout [String: String], helpers: inout [[String: String]]
  ) -> String {
    if let itemset = control.child("itemset"), var nodeset = itemset.attribute("nodeset") {
      if nodeset.hasPrefix("randomize("), nodeset.hasSuffix(")"), let comma = Self.lastTopLevelComma(nodeset) {
        let seed = String(nodeset[nodeset.index(after: comma)..<nodeset.index(before: nodeset.endIndex)]).trimmed
        nodeset = String(nodeset[nodeset.index(nodeset.startIndex, offsetBy: 10)..<comma])
        let helper = unique(name + "-seed")
        helperOwners[helper] = name
        helpers.append(["type": "calculate", "name": helper, "calculation": refs(seed)])
        row["parameters"] = "randomize=true seed=${\(helper)}"
      }
      guard nodeset.hasPrefix("instance('"), let close = nodeset.firstRange(of: "')") else { return "" }
      let list = String(nodeset[nodeset.index(nodeset.startIndex, offsetBy: 10)..<close.lowerBound])
      if let open = nodeset.firstIndex(of: "["), nodeset.hasSuffix("]") {
        row["choice_filter"] = refs(
          String(nodeset[nodeset.index(after: open)..<nodeset.index(before: nodeset.endIndex)]))
      }
      return list
    }
    for item in control.elements where item.name == "item" {
      if let id = item.child("label")?.attribute("ref").flatMap(Self.itextID) {
        let parts = id.split(separator: "/")
        if parts.count == 3 { return String(parts[1]) }
      }
    }
    return ""
  }

  /// The `,` that separates randomize()'s two arguments (outside brackets, parentheses and quotes).
  static func lastTopLevelComma(_ s: String) -> String.Index? {
    var depth = 0
    var quote: Character?
    var found: String.Index?
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "'" || c == "\"" {
        quote = c
      } else if c == "(" || c == "[" {
        depth += 1
      } else if c == ")" || c == "]" {
        depth -= 1
      } else if c == ",", depth == 1 {
        found = i
      }
      i = s.index(after: i)
    }
    return found
  }

  /// The `choices` sheet: every list whose labels the XForm holds, an option a row with its code as `name`, and
  /// the columns of its secondary instance (the code again as `qdsl_code`, the attributes as `a_NAME`), which the
  /// filters read.
  private mutating func choicesRows() -> (columns: [String], rows: [[String: String]]) {
    var codes: [String: String] = [:]
    var attributes: [String: [(String, String)]] = [:]
    var extra: [String] = []
    func collect(_ node: XFormNode) {
      for element in node.elements {
        if element.name == "item", let id = element.child("label")?.attribute("ref").flatMap(Self.itextID) {
          codes[id] = element.child("value")?.text
        }
        collect(element)
      }
    }
    if let body = document?.child("h:body") { collect(body) }
    for (_, instance) in secondary.sorted(by: { $0.key < $1.key }) {
      for item in instance.child("root")?.elements ?? [] {
        guard let id = item.child("qdsl_label")?.text else { continue }
        var values: [(String, String)] = []
        for field in item.elements where field.name != "qdsl_label" {
          values.append((field.name, field.text))
          if !extra.contains(field.name) { extra.append(field.name) }
        }
        codes[id] = item.child("qdsl_code")?.text
        attributes[id] = values
      }
    }
    var rows: [[String: String]] = []
    context = "/" + root
    for id in textOrder where id.hasPrefix("choices/") {
      let parts = id.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 3 else { continue }
      var row = ["list_name": String(parts[1]), "name": codes[id] ?? String(parts[2])]
      for language in languages {
        guard let value = texts[id]?[language]?.child("value") else { continue }
        var helpers: [[String: String]] = []
        row["label::" + language] = cellText(value, of: String(parts[1]), helpers: &helpers)
        tail += helpers
      }
      for (key, value) in attributes[id] ?? [] { row[key] = value }
      rows.append(row)
    }
    return (["list_name", "name"] + languages.map { "label::" + $0 } + extra, rows)
  }

  // MARK: Expressions

  /// The XPath with each absolute path of an element outside repeats written `${name}`, as an XLSForm author
  /// writes it (pyxform turns it back into the same path); paths in quotes, into repeats and with a predicate stay.
  func refs(_ xpath: String) -> String {
    let prefix = Array(("/" + root + "/").utf8)
    let bytes = Array(xpath.utf8)
    guard bytes.count >= prefix.count else { return xpath }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    func isNameByte(_ b: UInt8) -> Bool {
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
        || b == 0x2E || b == 0x3A || b >= 0x80
    }
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x27 || b == 0x22 {
        // A literal. pyxform turns typographic quotes into straight ones in every cell, which would end a literal
        // early: such a literal is written with straight quotes already, quoted so that it stays one literal.
        var end = i + 1
        while end < bytes.count, bytes[end] != b { end += 1 }
        let content = String(decoding: bytes[(i + 1)..<min(end, bytes.count)], as: UTF8.self)
        if end < bytes.count, content.unicodeScalars.contains(where: Self.isTypographicQuote) {
          out.append(contentsOf: Array(XFormExpression.literal(Self.straightQuotes(content)).utf8))
        } else {
          out.append(contentsOf: bytes[i..<min(end + 1, bytes.count)])
        }
        i = end + 1
        continue
      }
      if b == 0x2F, i + prefix.count <= bytes.count, Array(bytes[i..<(i + prefix.count)]) == prefix,
        i == 0 || !(isNameByte(bytes[i - 1]) || bytes[i - 1] == 0x29 || bytes[i - 1] == 0x5D)
      {
        var j = i + prefix.count
        while j < bytes.count, isNameByte(bytes[j]) || bytes[j] == 0x2F { j += 1 }
        let path = String(decoding: bytes[i..<j], as: UTF8.self)
        if j >= bytes.count || bytes[j] != 0x5B, let name = replaceable[path] {
          out.append(contentsOf: Array("${\(name)}".utf8))
          i = j
          continue
        }
        out.append(contentsOf: bytes[i..<j])
        i = j
        continue
      }
      out.append(b)
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The quotes pyxform replaces in every cell: ‘ ’ by ' and “ ” by ".
  static func isTypographicQuote(_ c: Unicode.Scalar) -> Bool {
    c == "\u{2018}" || c == "\u{2019}" || c == "\u{201C}" || c == "\u{201D}"
  }

  static func straightQuotes(_ s: String) -> String {
    String(
      String.UnicodeScalarView(
        s.unicodeScalars.map { c in
          c == "\u{2018}" || c == "\u{2019}" ? "'" : c == "\u{201C}" || c == "\u{201D}" ? "\"" : c
        }))
  }

  /// The columns that hold XPath: pyxform writes them into attributes, where a line break becomes a space.
  static let expressionColumns = ["relevant", "constraint", "calculation", "default", "choice_filter", "required"]

  /// Warns, once each, about what pyxform changes in its rows: typographic quotes in texts (made straight)
  /// and line breaks in the literals of expressions (made spaces).
  private mutating func checkRows() {
    var quoted: String?
    var broken: [String] = []
    for row in rowsOfSurvey {
      guard let name = row["name"] else { continue }
      let owner = helperOwners[name] ?? name
      if quoted == nil, row.values.contains(where: { $0.unicodeScalars.contains(where: Self.isTypographicQuote) }) {
        quoted = owner
      }
      if Self.expressionColumns.contains(where: { row[$0]?.contains("\n") == true }), !broken.contains(owner) {
        broken.append(owner)
      }
    }
    if quoted == nil,
      choices.rows.contains(where: { row in
        row.values.contains { $0.unicodeScalars.contains(where: Self.isTypographicQuote) }
      })
    {
      quoted =
        choices.rows.first { row in
          row.values.contains { $0.unicodeScalars.contains(where: Self.isTypographicQuote) }
        }?["list_name"]
    }
    if let quoted {
      warn(
        quoted,
        "pyxform turns the typographic quotes (‘ ’ “ ”) of an XLSForm's texts into straight ones ' and \", "
          + "here first in '\(quoted)'; the texts of the XForm keep them",
        help: "field the XForm (`--target xform`) to keep them, or accept straight quotes in ODK and KoboToolbox")
    }
    // Once, at the first item, with how many more there are: most questions with a range and a check have it.
    if let first = broken.first {
      let more = broken.count > 1 ? " and \(broken.count - 1) more items" : ""
      warn(
        first,
        "a line break in a computed text (the messages of several failing checks, one a line) becomes a space in "
          + "pyxform's XForm: here in '\(first)'\(more)",
        help: "field the XForm (`--target xform`), which keeps the line breaks")
    }
  }

  // MARK: Warnings and the workbook

  private mutating func warn(_ name: String, _ message: String, help: String) {
    warnings.append(Diagnostic(.xlsformCannotExpress, message, at: range(of: name), help: help))
  }

  /// Where the item whose element is `name` is declared (a question, calculate, note, section or repeat); the start
  /// of the file for an element of its own (`end_1`, a helper).
  private func range(of name: String) -> TextRange {
    if let v = survey.variables.first(where: { $0.name == name }) { return v.nameRange }
    var found: TextRange?
    func walk(_ items: [Item]) {
      for item in items where found == nil {
        switch item.kind {
        case .section(let s):
          if s.name == name { found = s.nameRange } else { walk(s.items) }
        case .repeat(let r):
          if r.name == name { found = r.nameRange } else { walk(r.items) }
        case .note(let n): if n.name == name { found = n.nameRange }
        case .conditional(let c): for b in c.branches { walk(b.items) }
        default: break
        }
      }
    }
    walk(survey.items)
    return found ?? TextRange(0, 0)
  }

  var workbook: Workbook {
    var columns = ["type", "name"]
    for language in languages { columns.append("label::" + language) }
    for language in languages { columns.append("hint::" + language) }
    for language in languages { columns.append("guidance_hint::" + language) }
    columns += ["required", "relevant", "constraint"]
    for language in languages { columns.append("constraint_message::" + language) }
    columns += [
      "calculation", "default", "trigger", "choice_filter", "parameters", "appearance", "repeat_count", "read_only",
      "bind::type",
    ]
    let used = columns.filter { c in rowsOfSurvey.contains { $0[c] != nil } }
    var surveyRows = [used]
    for row in rowsOfSurvey { surveyRows.append(used.map { row[$0] ?? "" }) }
    var choiceRows = [choices.columns]
    for row in choices.rows { choiceRows.append(choices.columns.map { row[$0] ?? "" }) }
    var settingsHeader = ["form_title", "form_id"]
    let html = document?.child("h:head")
    var settingsRow = [html?.child("h:title")?.text ?? root, survey.id ?? root]
    if let version = survey.version {
      settingsHeader.append("version")
      settingsRow.append(version)
    }
    if let defaultLanguage {
      settingsHeader.append("default_language")
      settingsRow.append(defaultLanguage)
    }
    // The root element's name, and texts as written: pyxform otherwise collapses white space (the line breaks of
    // a text) and turns typographic quotes into straight ones in every cell, expressions' literals included.
    settingsHeader += ["name", "clean_text_values"]
    settingsRow += [root, "no"]
    var sheets = [Sheet(name: "survey", rows: surveyRows)]
    if !choices.rows.isEmpty { sheets.append(Sheet(name: "choices", rows: choiceRows)) }
    sheets.append(Sheet(name: "settings", rows: [settingsHeader, settingsRow]))
    return Workbook(sheets: sheets)
  }
}

extension String {
  fileprivate var trimmed: String {
    var s = self[...]
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
