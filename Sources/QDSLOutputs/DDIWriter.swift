// DDI-Codebook 2.5 XML for data archives and metadata tools: the study's title, id and version, one `fileDscr`
// per data file (the instrument's and one per repeat, with its rows and key columns), the sections, `many of`
// questions and grids as variable groups, and one `var` per data-file variable (in its file) with labels, question
// texts, universe, categories and missing codes in every language. Written with a streaming builder.

import QDSLSemantics
import QDSLText
import QDSLWords

/// Renders a codebook as DDI-Codebook 2.5 XML that validates against the DDI Alliance's `codebook.xsd`.
///
/// Every text is written in every language (`xml:lang`); element order follows the schema's sequences.
public enum DDIWriter {
  public static let namespace = "ddi:codebook:2_5"
  public static let schemaLocation =
    "http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd"

  /// The DDI document as text, ending with a newline.
  public static func render(_ codebook: Codebook) -> String {
    String(decoding: renderBytes(codebook), as: UTF8.self)
  }

  /// The same as UTF-8 bytes, for writing to a file without making (and validating) a `String`.
  public static func renderBytes(_ codebook: Codebook) -> [UInt8] {
    OutputBuffer.bytes(capacity: codebook.estimatedSize(perVariableAndLanguage: 1024)) { out in
      var xml = XMLBuilder(writingTo: out)
      write(codebook, into: &xml)
      out = xml.finish()
    }
  }

  private static func write(_ codebook: Codebook, into xml: inout XMLBuilder) {
    xml.declaration()
    xml.start(
      "codeBook",
      [
        ("xmlns", namespace), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ("xsi:schemaLocation", namespace + " " + schemaLocation), ("version", "2.5"),
        ("xml:lang", codebook.sourceLanguage),
      ])
    let ids = VariableIDs(codebook)
    studyDescription(codebook, into: &xml)
    for level in codebook.levels { fileDescription(codebook, level, ids: ids, into: &xml) }
    xml.start("dataDscr")
    for group in VariableGroup.groups(codebook.variables, ids: ids) { group.write(into: &xml) }
    // By index, so that each variable is read where it is rather than copied out of the array.
    let fileIDs = codebook.levels.map(fileID)
    for i in codebook.variables.indices {
      DDIVariable.write(
        codebook.variables[i], id: ids.ids[i], file: fileIDs[codebook.variables[i].level], into: &xml)
    }
    xml.end()
    xml.end()
  }

  /// The `ID` of a level's `fileDscr`: `data-file`, `data-file.NAME` (no variable or group ID has a hyphen).
  static func fileID(_ level: CodebookLevel) -> String {
    level.name.isEmpty ? "data-file" : "data-file." + level.name
  }

  /// A level's data file: its name, what its rows are (`fileCont`, which the schema allows once, in the source
  /// language), with repeats its key columns (a relational structure whose `recGrp` names the keys and has what
  /// the rows are in every language), and its number of variables.
  private static func fileDescription(
    _ codebook: Codebook, _ level: CodebookLevel, ids: VariableIDs, into xml: inout XMLBuilder
  ) {
    let file = level.dataFile(stem: codebook.stem)
    xml.start("fileDscr", [("ID", fileID(level)), ("URI", file)])
    xml.start("fileTxt")
    xml.element("fileName", text: file)
    let rows = level.rows.entries.filter { !$0.text.isEmpty }
    if let first = rows.first { xml.element("fileCont", language: first.language, text: first.text) }
    if codebook.hasLevels {
      let keys = level.variables.filter { codebook.variables[$0].isKey }.map { ids.ids[$0] }
      xml.start("fileStrc", [("type", "relational")])
      var attributes: [(StaticString, String)] = []
      if !level.name.isEmpty { attributes.append(("rectype", level.name)) }
      if !keys.isEmpty { attributes.append(("keyvar", keys.joined(separator: " "))) }
      xml.start("recGrp", attributes)
      for row in rows { xml.element("labl", language: row.language, text: row.text) }
      xml.end()
      xml.end()
    }
    xml.start("dimensns")
    xml.element("varQnty", number: level.variables.count)
    xml.end()
    xml.end()
    xml.end()
  }

  private static func studyDescription(_ codebook: Codebook, into xml: inout XMLBuilder) {
    xml.start("stdyDscr")
    xml.start("citation")
    xml.start("titlStmt")
    let titles = codebook.title?.entries.filter { !$0.text.isEmpty } ?? []
    if let first = titles.first {
      xml.element("titl", language: first.language, text: first.text)
      for parallel in titles.dropFirst() { xml.element("parTitl", language: parallel.language, text: parallel.text) }
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

/// The `ID` of each variable: its data-file name, made a valid and unique XML name if it is not one already; a
/// key column of a repeat's file (every file has `record_id`) is `key.LEVEL.NAME`.
struct VariableIDs {
  var ids: [String] = []
  var byName: [String: String] = [:]

  init(_ codebook: Codebook) {
    var used: Set<String> = []
    for v in codebook.variables {
      var id =
        v.level != 0 && v.isKey
        ? XMLBuilder.xmlName("key." + codebook.levels[v.level].name + "." + v.name) : XMLBuilder.xmlName(v.name)
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

/// A `varGrp`: a section (with its subsections), the options of a `many of` question, the rows of a grid, or the
/// ranks of a `rank of` question (DDI's type "other": DDI 2.5 has no type for a ranking).
struct VariableGroup {
  enum Kind: String {
    case section
    case multipleResp
    case grid
    case other
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
    /// The group's index, and whether it is new.
    func group(_ id: String, _ kind: Kind, _ name: String, _ labels: Translations) -> (Int, Bool) {
      if let i = index[id] { return (i, false) }
      groups.append(VariableGroup(id: id, kind: kind, name: name, labels: labels))
      index[id] = groups.count - 1
      return (groups.count - 1, true)
    }
    // Consecutive variables mostly share their sections: the group indices of the last path are reused.
    var lastSections: [String] = []
    var lastPath: [Int] = []
    // By index: each variable's fields are read where they are, without copying the variable.
    for (i, id) in ids.ids.enumerated() {
      if variables[i].sections != lastSections {
        lastSections = variables[i].sections
        lastPath = []
        var path = "section"
        for section in lastSections {
          path += "." + XMLBuilder.xmlName(section)
          let (i, isNew) = group(path, .section, section, Translations([]))
          // A group's ID extends its parent's, so its parent is the same wherever it appears: it joins the
          // parent's subgroups once, when it is first seen.
          if isNew, let parent = lastPath.last { groups[parent].subgroups.append(groups[i].id) }
          lastPath.append(i)
        }
      }
      if let g = lastPath.last {
        if groups[g].labels.entries.isEmpty, let title = variables[i].sectionTitle { groups[g].labels = title }
        groups[g].variables.append(id)
      }
      switch variables[i].source {
      case .selectedOption(let question, _):
        let (g, _) = group(
          "question." + XMLBuilder.xmlName(question), .multipleResp, question, variables[i].questionTexts)
        groups[g].variables.append(id)
      case .gridRow(let grid, _):
        let (g, _) = group("question." + XMLBuilder.xmlName(grid), .grid, grid, variables[i].questionTexts)
        groups[g].variables.append(id)
      case .rank(let question, _):
        let (g, _) = group("question." + XMLBuilder.xmlName(question), .other, question, variables[i].questionTexts)
        groups[g].variables.append(id)
      case .question, .calculate, .key, .shownOrder, .paradata, .sample:
        break
      }
    }
    return groups
  }

  func write(into xml: inout XMLBuilder) {
    var attributes: [(StaticString, String)] = [("ID", id), ("type", kind.rawValue)]
    if !variables.isEmpty { attributes.append(("var", variables.joined(separator: " "))) }
    if !subgroups.isEmpty { attributes.append(("varGrp", subgroups.joined(separator: " "))) }
    attributes.append(("name", name))
    let texts = labels.entries.filter { !$0.text.isEmpty }
    if texts.isEmpty {
      xml.empty("varGrp", attributes)
      return
    }
    xml.start("varGrp", attributes)
    for t in texts { xml.element("labl", language: t.language, text: t.text) }
    xml.end()
  }
}

/// One `var` element, its children in the order of the schema's `varType` sequence.
enum DDIVariable {
  private static func isNumeric(_ variable: CodebookVariable) -> Bool {
    switch variable.storage {
    case .text, .date, .time, .datetime: return false
    case .integer, .decimal, .code, .flag, .boolean: return true
    }
  }

  static func write(_ v: CodebookVariable, id: String, file: String, into xml: inout XMLBuilder) {
    let interval = v.storage == .integer || v.storage == .decimal ? "contin" : "discrete"
    xml.start("var", [("ID", id), ("name", v.name), ("files", file), ("intrvl", interval)])
    labels(v.labels, into: &xml)
    question(v, into: &xml)
    range(v, into: &xml)
    universe(v, into: &xml)
    // A `many of` option's description is its 0/1 variable's text.
    for d in v.optionDescription?.entries ?? [] where !d.text.isEmpty {
      xml.element("txt", language: d.language, text: d.text)
    }
    for value in v.values {
      xml.start("catgry", value.isMissing ? [("missing", "Y")] : [])
      xml.element("catValu", number: value.code)
      labels(value.labels, into: &xml)
      offered(value, into: &xml)
      // An option's description is the category's text.
      for d in value.descriptions?.entries ?? [] where !d.text.isEmpty {
        xml.element("txt", language: d.language, text: d.text)
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
    case .time: xml.empty("varFormat", [("type", "character"), ("formatname", "HH:MM"), ("category", "time")])
    case .datetime:
      xml.empty("varFormat", [("type", "character"), ("formatname", "YYYY-MM-DDTHH:MM"), ("category", "date")])
    case .text: xml.empty("varFormat", [("type", "character")])
    case .integer, .decimal, .code, .flag, .boolean: xml.empty("varFormat", [("type", "numeric")])
    }
    checks(v, into: &xml)
    filter(v, into: &xml)
    paradata(v, into: &xml)
    sample(v, into: &xml)
    specify(v, into: &xml)
    xml.end()
  }

  /// The text of an option's `specify` prompt: one `notes` per language (`type="qdsl:specify"`, the question and
  /// option as `QUESTION.OPTION` in `subject`) saying which answer it specifies.
  private static func specify(_ variable: CodebookVariable, into xml: inout XMLBuilder) {
    guard let s = variable.specifies else { return }
    for language in variable.questionTexts.entries.map(\.language) {
      let words = Words.specify(for: language)
      let text =
        words.specify + ": "
        + words.specifyText(option: CodebookFormat.optionText(s, language), question: s.question)
      xml.element(
        "notes", [("type", "qdsl:specify"), ("subject", "\(s.question).\(s.option)"), ("xml:lang", language)],
        text: text)
    }
  }

  /// A sample variable: one `notes` per language (`type="qdsl:sample"`, `optional` in `subject` when it may be
  /// absent) saying that its value comes from the sample, as the other codebooks mark it.
  private static func sample(_ variable: CodebookVariable, into xml: inout XMLBuilder) {
    guard case .sample(let isOptional) = variable.source else { return }
    for language in variable.labels.entries.map(\.language) {
      let words = Words.sample(for: language)
      xml.element(
        "notes", [("type", "qdsl:sample"), ("subject", isOptional ? "optional" : "always"), ("xml:lang", language)],
        text: isOptional ? words.fromSampleOptional : words.fromSample)
    }
  }

  /// A paradata field: one `notes` per language (`type="qdsl:paradata"`, the kind in `subject`) saying that the
  /// collector filled it, as the other codebooks mark it.
  private static func paradata(_ variable: CodebookVariable, into xml: inout XMLBuilder) {
    guard case .paradata(let kind) = variable.source else { return }
    for entry in variable.labels.entries {
      xml.element(
        "notes", [("type", "qdsl:paradata"), ("subject", kind), ("xml:lang", entry.language)],
        text: Words.paradata(for: entry.language).filledByCollector)
    }
  }

  /// The checks of a question, each as one `notes` per language (`type="qdsl:check"`, the qdsl condition in
  /// `subject`): "Check: " and the condition in words, then a line "Message: " and the message when it has one.
  private static func checks(_ variable: CodebookVariable, into xml: inout XMLBuilder) {
    for check in variable.checks {
      for (language, condition) in check.conditionWords.entries {
        let words = Words.codebook(for: language)
        let variantWords = Words.variants(for: language)
        var text =
          check.isSoft
          ? variantWords.softCheck + ": " + condition + " (" + variantWords.softCheckMeaning + ")"
          : words.check + ": " + condition
        if let message = check.messages[language] { text += "\n" + words.message + ": " + message }
        xml.element(
          "notes",
          [
            ("type", check.isSoft ? "qdsl:softCheck" : "qdsl:check"), ("subject", check.expression),
            ("xml:lang", language),
          ], text: text)
      }
    }
    // Text variants (`type="qdsl:textVariant"`, the condition in `subject`) and the default (`qdsl:default`).
    for variant in variable.textVariants {
      for (language, condition) in variant.conditionWords.entries {
        let text = Words.variants(for: language).textIf + " " + condition + ": " + (variant.texts[language] ?? "")
        xml.element(
          "notes", [("type", "qdsl:textVariant"), ("subject", variant.expression), ("xml:lang", language)], text: text)
      }
    }
    if let d = variable.defaultValue {
      for (language, words) in d.words.entries {
        xml.element(
          "notes", [("type", "qdsl:default"), ("subject", d.expression), ("xml:lang", language)],
          text: Words.variants(for: language).defaultAnswer + ": " + words)
      }
    }
  }

  /// When an option is offered and its attributes: a `txt` per language ("offered when …; country = finland").
  private static func offered(_ value: CodebookValue, into xml: inout XMLBuilder) {
    guard value.offeredWhen != nil || value.attributes != nil else { return }
    for language in value.labels.entries.map(\.language) {
      guard let note = value.offeredNote(language) else { continue }
      xml.element("txt", language: language, text: note)
    }
  }

  /// A question's filter, one `notes` per language (`type="qdsl:filter"`, the qdsl condition in `subject`).
  private static func filter(_ variable: CodebookVariable, into xml: inout XMLBuilder) {
    guard let words = variable.filterWords, let expression = variable.filterExpression else { return }
    for (language, condition) in words.entries {
      xml.element(
        "notes", [("type", "qdsl:filter"), ("subject", expression), ("xml:lang", language)],
        text: OptionWords.words(for: language).optionsOffered + ": " + condition)
    }
  }

  /// A `labl` per language that has a text.
  private static func labels(_ labels: Translations, into xml: inout XMLBuilder) {
    let entries = labels.entries
    for i in entries.indices where !entries[i].text.isEmpty {
      xml.element("labl", language: entries[i].language, text: entries[i].text)
    }
  }

  private static func question(_ variable: CodebookVariable, into xml: inout XMLBuilder) {
    let texts = variable.questionTexts.entries
    guard texts.contains(where: { !$0.text.isEmpty }) else { return }
    let domain: String
    switch variable.storage {
    case .integer, .decimal, .boolean: domain = "numeric"
    case .text: domain = "text"
    case .date, .time, .datetime: domain = "datetime"
    case .code: domain = "category"
    case .flag: domain = "multiple"
    }
    xml.start("qstn", [("responseDomainType", domain)])
    for t in texts where !t.text.isEmpty { xml.element("qstnLit", language: t.language, text: t.text) }
    for h in variable.hints?.entries ?? [] where !h.text.isEmpty {
      xml.element("ivuInstr", language: h.language, text: h.text)
    }
    xml.end()
  }

  private static func range(_ variable: CodebookVariable, into xml: inout XMLBuilder) {
    guard isNumeric(variable), variable.minimum != nil || variable.maximum != nil else { return }
    let integral = variable.storage != .decimal
    func number(_ d: Double) -> String {
      integral && d == d.rounded() ? Survey.plainNumber(d) : Survey.formatDecimal(d)
    }
    var attributes: [(StaticString, String)] = [("UNITS", integral ? "INT" : "REAL")]
    if let lo = variable.minimum { attributes.append(("min", number(lo))) }
    if let hi = variable.maximum { attributes.append(("max", number(hi))) }
    xml.start("valrng")
    xml.empty("range", attributes)
    xml.end()
  }

  /// Who was asked: in words in every language, then the qdsl expression in a `txt` child of its own `universe`.
  private static func universe(_ variable: CodebookVariable, into xml: inout XMLBuilder) {
    for w in variable.universeWords?.entries ?? [] where !w.text.isEmpty {
      xml.element("universe", language: w.language, clusionI: true, text: w.text)
    }
    if let expression = variable.universeExpression, !expression.isEmpty {
      xml.start("universe", [("clusion", "I")])
      xml.element("txt", text: expression)
      xml.end()
    }
  }
}

/// A streaming XML writer: one growing byte buffer, two-space indentation, every text and attribute escaped.
struct XMLBuilder: ~Copyable {
  private var out: OutputBuffer
  /// The names of the open elements, innermost last.
  private var open: [StaticString] = []

  init(writingTo out: consuming OutputBuffer) { self.out = out }

  /// The buffer, with the document written.
  consuming func finish() -> OutputBuffer { out }

  mutating func declaration() { out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }

  mutating func start(_ name: StaticString, _ attributes: [(StaticString, String)] = []) {
    tag(name, attributes)
    out.append(">\n")
    open.append(name)
  }

  mutating func end() {
    guard let name = open.popLast() else { return }
    pad()
    out.append("</")
    out.append(name)
    out.append(">\n")
  }

  /// `<name …>text</name>` on one line (a newline in the text is kept).
  mutating func element(_ name: StaticString, _ attributes: [(StaticString, String)] = [], text: String) {
    tag(name, attributes)
    closeElement(name, text: text)
  }

  /// `<name xml:lang="language">text</name>` (with `clusion="I"` after the language when asked): the texts in
  /// every language, without building an attribute list for each.
  mutating func element(_ name: StaticString, language: String, clusionI: Bool = false, text: String) {
    pad()
    out.append("<")
    out.append(name)
    attribute("xml:lang", language)
    if clusionI { out.append(" clusion=\"I\"") }
    closeElement(name, text: text)
  }

  /// `<name>number</name>`.
  mutating func element(_ name: StaticString, number: Int) {
    pad()
    out.append("<")
    out.append(name)
    out.append(">")
    out.append(number)
    out.append("</")
    out.append(name)
    out.append(">\n")
  }

  mutating func empty(_ name: StaticString, _ attributes: [(StaticString, String)]) {
    tag(name, attributes)
    out.append("/>\n")
  }

  private mutating func closeElement(_ name: StaticString, text: String) {
    out.append(">")
    out.appendXML(text, attribute: false)
    out.append("</")
    out.append(name)
    out.append(">\n")
  }

  private mutating func tag(_ name: StaticString, _ attributes: [(StaticString, String)]) {
    pad()
    out.append("<")
    out.append(name)
    for (key, value) in attributes { attribute(key, value) }
  }

  private mutating func attribute(_ key: StaticString, _ value: String) {
    out.append(" ")
    out.append(key)
    out.append("=\"")
    out.appendXML(value, attribute: true)
    out.append("\"")
  }

  /// Two spaces per open element, up to fifteen levels.
  private mutating func pad() {
    let spaces: StaticString = "                              "
    out.append(bytes: UnsafeBufferPointer(start: spaces.utf8Start, count: 2 * min(open.count, 15)))
  }

  /// Bytes that may need escaping: controls, `&`, `<`, `>`, `"`, 0xC2 (which starts the C1 controls) and 0xEF
  /// (which starts U+FFFE and U+FFFF).
  static let special = ByteTable(where: {
    $0 < 0x20 || "&<>\"".utf8.contains($0) || ControlCharacters.starts.contains($0)
  })

  /// Escapes `&`, `<`, `>` (and in attributes `"`, tab, newline and carriage return as character references, so
  /// they survive attribute normalization); a carriage return in text becomes `&#13;`. A vertical tab or form feed
  /// (line breaks that XML 1.0 forbids) becomes a newline; every other control character (see `ControlCharacters`:
  /// the ones XML forbids, and DEL and the C1 controls, which it discourages) and U+FFFE and U+FFFF become U+FFFD.
  static func escape(_ s: String, attribute: Bool = false) -> String {
    guard special.any(s) else { return s }
    var out = OutputBuffer(capacity: s.utf8.count + 16)
    out.appendXML(s, attribute: attribute)
    return out.text
  }

  /// `s` as an XML name without a colon (an `xs:ID`): characters other than ASCII letters, digits, `_`, `-` and
  /// `.` become `_`, and a name that does not start with a letter or `_` gets a `_` in front.
  static func xmlName(_ s: String) -> String {
    if let first = s.utf8.first, isNameStart(first), s.utf8.allSatisfy(isNameByte) { return s }
    var name = ""
    for u in s.unicodeScalars {
      switch u {
      case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": name.unicodeScalars.append(u)
      default: name += "_"
      }
    }
    if let first = name.utf8.first, isNameStart(first) { return name }
    return "_" + name
  }

  private static func isNameStart(_ b: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
      || b == UInt8(ascii: "_")
  }

  private static func isNameByte(_ b: UInt8) -> Bool {
    isNameStart(b) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "-")
      || b == UInt8(ascii: ".")
  }
}

extension OutputBuffer {
  /// Appends text escaped for XML (see `XMLBuilder.escape`).
  mutating func appendXML(_ s: String, attribute: Bool) {
    append(s, special: XMLBuilder.special) { out, utf8, i in
      switch utf8[i] {
      case UInt8(ascii: "&"): out.append("&amp;")
      case UInt8(ascii: "<"): out.append("&lt;")
      case UInt8(ascii: ">"): out.append("&gt;")
      case UInt8(ascii: "\""): out.append(attribute ? "&quot;" : "\"")
      case UInt8(ascii: "\r"): out.append("&#13;")
      case UInt8(ascii: "\n"): out.append(attribute ? "&#10;" : "\n")
      case UInt8(ascii: "\t"): out.append(attribute ? "&#9;" : "\t")
      case 0x0B, 0x0C: out.append(attribute ? "&#10;" : "\n")
      default:
        // Other controls, DEL, the C1 controls (C2 80 to C2 9F but NEL), U+FFFE and U+FFFF (EF BF BE, EF BF BF);
        // other characters starting with C2 or EF stay.
        return out.appendControlOrByte(utf8, at: i)
      }
      return i + 1
    }
  }
}
