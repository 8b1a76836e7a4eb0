// DDI-Codebook 2.5 XML for data archives and metadata tools: the study's title, id and version, the sections,
// `many of` questions and grids as variable groups, and one `var` per data-file variable with labels, question
// texts, universe, categories and missing codes in every language. Written with a streaming builder.

import QDSLSemantics

/// Renders a codebook as DDI-Codebook 2.5 XML that validates against the DDI Alliance's `codebook.xsd`.
///
/// Every text is written in every language (`xml:lang`); element order follows the schema's sequences.
public enum DDIWriter {
  public static let namespace = "ddi:codebook:2_5"
  public static let schemaLocation =
    "http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd"

  /// The DDI document as text, ending with a newline.
  public static func render(_ codebook: Codebook) -> String {
    var xml = XMLBuilder()
    xml.declaration()
    xml.start(
      "codeBook",
      [
        ("xmlns", namespace), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ("xsi:schemaLocation", namespace + " " + schemaLocation), ("version", "2.5"),
        ("xml:lang", codebook.sourceLanguage),
      ])
    let ids = VariableIDs(codebook.variables)
    studyDescription(codebook, into: &xml)
    xml.start("dataDscr")
    for group in VariableGroup.groups(codebook.variables, ids: ids) { group.write(into: &xml) }
    for (variable, id) in zip(codebook.variables, ids.ids) {
      DDIVariable(variable: variable, id: id, languages: codebook.languages).write(into: &xml)
    }
    xml.end()
    xml.end()
    return xml.out
  }

  private static func studyDescription(_ codebook: Codebook, into xml: inout XMLBuilder) {
    xml.start("stdyDscr")
    xml.start("citation")
    xml.start("titlStmt")
    let titles = codebook.title?.entries.filter { !$0.text.isEmpty } ?? []
    if let first = titles.first {
      xml.element("titl", [("xml:lang", first.language)], text: first.text)
      for parallel in titles.dropFirst() {
        xml.element("parTitl", [("xml:lang", parallel.language)], text: parallel.text)
      }
    } else {
      xml.element("titl", text: codebook.surveyID)
    }
    xml.element("IDNo", text: codebook.surveyID)
    xml.end()
    if let version = codebook.version {
      xml.start("verStmt")
      xml.element("version", text: version)
      xml.end()
    }
    xml.end()
    xml.end()
  }
}

/// The `ID` of each variable: its data-file name, made a valid and unique XML name if it is not one already.
struct VariableIDs {
  var ids: [String] = []
  var byName: [String: String] = [:]

  init(_ variables: [CodebookVariable]) {
    var used: Set<String> = []
    for v in variables {
      var id = XMLBuilder.xmlName(v.name)
      if used.contains(id) {
        var n = 2
        while used.contains("\(id)_\(n)") { n += 1 }
        id = "\(id)_\(n)"
      }
      used.insert(id)
      ids.append(id)
      if byName[v.name] == nil { byName[v.name] = id }
    }
  }
}

/// A `varGrp`: a section (with its subsections), the options of a `many of` question, or the rows of a grid.
struct VariableGroup {
  enum Kind: String {
    case section
    case multipleResp
    case grid
  }

  var id: String
  var kind: Kind
  var name: String
  var labels: Translations
  var variables: [String] = []
  var subgroups: [String] = []

  /// The groups in order of first appearance; a section comes before its subsections.
  /// Group IDs contain a dot, which data-file names never do, so they cannot clash with variable IDs.
  static func groups(_ variables: [CodebookVariable], ids: VariableIDs) -> [VariableGroup] {
    var groups: [VariableGroup] = []
    var index: [String: Int] = [:]
    func group(_ id: String, _ kind: Kind, _ name: String, _ labels: Translations) -> Int {
      if let i = index[id] { return i }
      groups.append(VariableGroup(id: id, kind: kind, name: name, labels: labels))
      index[id] = groups.count - 1
      return groups.count - 1
    }
    for (v, id) in zip(variables, ids.ids) {
      var parent: Int?
      for depth in v.sections.indices {
        let path = v.sections[0...depth].map { XMLBuilder.xmlName($0) }.joined(separator: ".")
        let innermost = depth == v.sections.count - 1
        let i = group("section." + path, .section, v.sections[depth], Translations([]))
        if innermost, groups[i].labels.entries.isEmpty, let title = v.sectionTitle { groups[i].labels = title }
        if let p = parent, !groups[p].subgroups.contains(groups[i].id) { groups[p].subgroups.append(groups[i].id) }
        if innermost { groups[i].variables.append(id) }
        parent = i
      }
      switch v.source {
      case .selectedOption(let question, _):
        let i = group("question." + XMLBuilder.xmlName(question), .multipleResp, question, v.questionTexts)
        groups[i].variables.append(id)
      case .gridRow(let grid, _):
        let i = group("question." + XMLBuilder.xmlName(grid), .grid, grid, v.questionTexts)
        groups[i].variables.append(id)
      case .question, .calculate:
        break
      }
    }
    return groups
  }

  func write(into xml: inout XMLBuilder) {
    var attributes = [("ID", id), ("type", kind.rawValue)]
    if !variables.isEmpty { attributes.append(("var", variables.joined(separator: " "))) }
    if !subgroups.isEmpty { attributes.append(("varGrp", subgroups.joined(separator: " "))) }
    attributes.append(("name", name))
    let texts = labels.entries.filter { !$0.text.isEmpty }
    if texts.isEmpty {
      xml.empty("varGrp", attributes)
      return
    }
    xml.start("varGrp", attributes)
    for t in texts { xml.element("labl", [("xml:lang", t.language)], text: t.text) }
    xml.end()
  }
}

/// One `var` element, its children in the order of the schema's `varType` sequence.
struct DDIVariable {
  let variable: CodebookVariable
  let id: String
  let languages: [String]

  private var isNumeric: Bool {
    switch variable.storage {
    case .text, .date: return false
    case .integer, .decimal, .code, .flag, .boolean: return true
    }
  }

  func write(into xml: inout XMLBuilder) {
    let v = variable
    let interval = v.storage == .integer || v.storage == .decimal ? "contin" : "discrete"
    xml.start("var", [("ID", id), ("name", v.name), ("intrvl", interval)])
    for l in v.labels.entries where !l.text.isEmpty { xml.element("labl", [("xml:lang", l.language)], text: l.text) }
    question(into: &xml)
    range(into: &xml)
    universe(into: &xml)
    for value in v.values {
      xml.start("catgry", value.isMissing ? [("missing", "Y")] : [])
      xml.element("catValu", text: String(value.code))
      for l in value.labels.entries where !l.text.isEmpty {
        xml.element("labl", [("xml:lang", l.language)], text: l.text)
      }
      xml.end()
    }
    if let formula = v.formula {
      xml.start("derivation")
      xml.element("drvdesc", text: formula)
      xml.element("drvcmd", [("syntax", "qdsl")], text: formula)
      xml.end()
    }
    switch v.storage {
    case .date: xml.empty("varFormat", [("type", "character"), ("formatname", "YYYY-MM-DD"), ("category", "date")])
    case .text: xml.empty("varFormat", [("type", "character")])
    case .integer, .decimal, .code, .flag, .boolean: xml.empty("varFormat", [("type", "numeric")])
    }
    xml.end()
  }

  private func question(into xml: inout XMLBuilder) {
    let texts = variable.questionTexts.entries.filter { !$0.text.isEmpty }
    guard !texts.isEmpty else { return }
    let domain: String
    switch variable.storage {
    case .integer, .decimal, .boolean: domain = "numeric"
    case .text: domain = "text"
    case .date: domain = "datetime"
    case .code: domain = "category"
    case .flag: domain = "multiple"
    }
    xml.start("qstn", [("responseDomainType", domain)])
    for t in texts { xml.element("qstnLit", [("xml:lang", t.language)], text: t.text) }
    for h in variable.hints?.entries ?? [] where !h.text.isEmpty {
      xml.element("ivuInstr", [("xml:lang", h.language)], text: h.text)
    }
    xml.end()
  }

  private func range(into xml: inout XMLBuilder) {
    guard isNumeric, variable.minimum != nil || variable.maximum != nil else { return }
    let integral = variable.storage != .decimal
    func number(_ d: Double) -> String {
      integral && d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : Survey.formatDecimal(d)
    }
    var attributes = [("UNITS", integral ? "INT" : "REAL")]
    if let lo = variable.minimum { attributes.append(("min", number(lo))) }
    if let hi = variable.maximum { attributes.append(("max", number(hi))) }
    xml.start("valrng")
    xml.empty("range", attributes)
    xml.end()
  }

  /// Who was asked: in words in every language, then the qdsl expression in a `txt` child of its own `universe`.
  private func universe(into xml: inout XMLBuilder) {
    for w in variable.universeWords?.entries ?? [] where !w.text.isEmpty {
      xml.element("universe", [("xml:lang", w.language), ("clusion", "I")], text: w.text)
    }
    if let expression = variable.universeExpression, !expression.isEmpty {
      xml.start("universe", [("clusion", "I")])
      xml.element("txt", text: expression)
      xml.end()
    }
  }
}

/// A streaming XML writer: one growing string, two-space indentation, every text and attribute escaped.
struct XMLBuilder {
  private(set) var out = ""
  private var open: [String] = []

  mutating func declaration() { out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" }

  mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
    tag(name, attributes)
    out += ">\n"
    open.append(name)
  }

  mutating func end() {
    guard let name = open.popLast() else { return }
    pad()
    out += "</" + name + ">\n"
  }

  /// `<name …>text</name>` on one line (a newline in the text is kept).
  mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
    tag(name, attributes)
    out += ">"
    XMLBuilder.escape(text, attribute: false, into: &out)
    out += "</"
    out += name
    out += ">\n"
  }

  mutating func empty(_ name: String, _ attributes: [(String, String)]) {
    tag(name, attributes)
    out += "/>\n"
  }

  private mutating func tag(_ name: String, _ attributes: [(String, String)]) {
    pad()
    out += "<"
    out += name
    for (key, value) in attributes {
      out += " "
      out += key
      out += "=\""
      XMLBuilder.escape(value, attribute: true, into: &out)
      out += "\""
    }
  }

  private mutating func pad() {
    out += XMLBuilder.indents[min(open.count, XMLBuilder.indents.count - 1)]
  }

  private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

  /// Escapes `&`, `<`, `>` (and in attributes `"`, tab, newline and carriage return as character references, so
  /// they survive attribute normalization); a carriage return in text becomes `&#13;`. Characters XML 1.0 forbids
  /// (controls other than tab, newline and carriage return, U+FFFE, U+FFFF) become U+FFFD.
  static func escape(_ s: String, attribute: Bool, into out: inout String) {
    let needsWork = s.utf8.contains { b in
      b < 0x20 || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
        || b == UInt8(ascii: "\"") || b == 0xEF
    }
    guard needsWork else {
      out += s
      return
    }
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += attribute ? "&quot;" : "\""
      case "\r": out += "&#13;"
      case "\n": out += attribute ? "&#10;" : "\n"
      case "\t": out += attribute ? "&#9;" : "\t"
      case "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
      default:
        if u.value < 0x20 {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
  }

  static func escape(_ s: String, attribute: Bool = false) -> String {
    var out = ""
    escape(s, attribute: attribute, into: &out)
    return out
  }

  /// `s` as an XML name without a colon (an `xs:ID`): characters other than ASCII letters, digits, `_`, `-` and
  /// `.` become `_`, and a name that does not start with a letter or `_` gets a `_` in front.
  static func xmlName(_ s: String) -> String {
    var name = ""
    for u in s.unicodeScalars {
      switch u {
      case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": name.unicodeScalars.append(u)
      default: name += "_"
      }
    }
    if let first = name.unicodeScalars.first,
      ("a"..."z").contains(first) || ("A"..."Z").contains(first)
        || first == "_"
    {
      return name
    }
    return "_" + name
  }
}
