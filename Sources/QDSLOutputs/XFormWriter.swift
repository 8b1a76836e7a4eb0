// The XForm (ODK XForms 1.0) for ODK Collect, ODK Central, KoboToolbox and Enketo: the primary instance with one
// node per question, grid row and calculate inside its section, binds with types, relevance (each item's full
// universe), required, constraints and calculates, a body of groups and controls, and jr:itext in every language.

import QDSLSemantics
import QDSLSyntax
import QDSLText

/// Renders a checked survey as an XForm, and lists what the XForm cannot express exactly.
public enum XFormWriter {
  /// The whole numbers of an XForm `int`: JavaRosa, the form engine of ODK Collect, holds them in 32 bits.
  public static let intRange = Int(Int32.min)...Int(Int32.max)

  /// The XForm as text, ending with a newline.
  public static func render(_ survey: Survey) -> String {
    String(decoding: renderBytes(survey), as: UTF8.self)
  }

  /// The same as UTF-8 bytes, for writing to a file without making (and validating) a `String`.
  public static func renderBytes(_ survey: Survey) -> [UInt8] {
    var lowering = XFormLowering(survey: survey)
    lowering.lower()
    return lowering.document()
  }

  /// Warnings about constructs the XForm cannot express exactly (QD51xx), in source order.
  public static func warnings(_ survey: Survey) -> [Diagnostic] {
    var out: [Diagnostic] = []
    func walk(_ items: [Item]) {
      for item in items {
        switch item.kind {
        case .section(let s): walk(s.items)
        case .conditional(let c): for b in c.branches { walk(b.items) }
        case .question(let q):
          guard case .integer(let lo, let hi) = q.type else { continue }
          let v = survey.variables[q.variable]
          let bound = [lo, hi].compactMap { $0 }.first { !XFormWriter.intRange.contains($0) }
          guard let bound else { continue }
          out.append(
            Diagnostic(
              .xformIntegerRange,
              "'\(v.name)' allows \(bound), beyond the whole numbers of ODK "
                + "(\(XFormWriter.intRange.lowerBound) to \(XFormWriter.intRange.upperBound))",
              at: v.nameRange,
              help: "ODK Collect cannot take such an answer: keep the range within "
                + "\(XFormWriter.intRange.upperBound), or make the question a decimal"))
        default: break
        }
      }
    }
    walk(survey.items)
    return out
  }
}

/// One pass over the item tree, writing the instance, the binds and the body into their own buffers and
/// collecting the translated texts for jr:itext.
struct XFormLowering: ~Copyable {
  let survey: Survey
  private var expressions: XFormExpression
  private var instance = OutputBuffer(capacity: 1 << 14)
  private var binds = OutputBuffer(capacity: 1 << 16)
  private var body = OutputBuffer(capacity: 1 << 16)
  /// The entries of jr:itext, in document order: labels, hints and constraint messages.
  private var texts: [XFormText] = []
  /// The choice lists whose labels are needed, by list id, in order of first use.
  private var usedLists: [ListID] = []
  /// The same lists as a set, so that a question's list is looked up in constant time.
  private var usedListSet: Set<ListID> = []
  /// The XPath of each universe met so far (nil inside: everyone): its conditions written out, or a reference to
  /// the hidden calculate that holds them once they grow long.
  private var relevance: [UniverseID: String?] = [:]
  /// The universe of each `end` met so far, by its keyword, so that "that end was not reached" reads its flag.
  private var endUniverses: [TextRange: UniverseID] = [:]
  /// The instance elements of the hidden calculates that hold long universes (inside `qdsl-universes`).
  private var universeFlags = OutputBuffer(capacity: 256)
  private var universeFlagCount = 0
  /// The universes whose XPath reads a hidden calculate (their own or an ancestor's).
  private var readsUniverseFlag: Set<UniverseID> = []
  private var endCount = 0
  private let root: String

  init(survey: Survey) {
    self.survey = survey
    root = XMLBuilder.xmlName(survey.id ?? "survey")
    expressions = XFormExpression(survey: survey, paths: Array(repeating: "", count: survey.variables.count))
  }

  mutating func lower() {
    var names = Set<String>(["meta"])
    items(survey.items, parent: "/" + root, depth: 5, bodyDepth: 2, names: &names)
  }

  /// The whole document.
  consuming func document() -> [UInt8] {
    var out = OutputBuffer(capacity: instance.count + binds.count + body.count * 2 + texts.count * 512 + 4096)
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    out.append("<h:html xmlns=\"http://www.w3.org/2002/xforms\" xmlns:h=\"http://www.w3.org/1999/xhtml\"")
    out.append(" xmlns:jr=\"http://openrosa.org/javarosa\" xmlns:odk=\"http://www.opendatakit.org/xforms\"")
    out.append(" xmlns:orx=\"http://openrosa.org/xforms\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n")
    out.append("  <h:head>\n    <h:title>")
    let title = survey.title.flatMap { t in survey.sourceLanguage.flatMap { t.template($0) } }
    out.appendXML(title.map(Self.plain) ?? survey.id ?? "survey", attribute: false)
    out.append("</h:title>\n    <model odk:xforms-version=\"1.0.0\">\n      <itext>\n")
    for (i, language) in survey.languages.enumerated() {
      out.append("        <translation lang=\"")
      out.appendXML(XFormLanguages.name(language), attribute: true)
      out.append(i == 0 ? "\" default=\"true()\">\n" : "\">\n")
      for entry in texts {
        out.append("          <text id=\"")
        out.appendXML(entry.id, attribute: true)
        out.append("\"><value>")
        if let rules = entry.rules, rules.count == 1 {
          out.appendXML(text(rules[0].message, language: language), attribute: false)
        } else if let rules = entry.rules {
          out.append("<output value=\"")
          out.appendXML(failing(rules, language: language), attribute: true)
          out.append("\"/>")
        } else if let template = entry.text?.template(language) {
          value(template, language: language, into: &out)
        }
        out.append("</value></text>\n")
      }
      for list in usedLists {
        for option in survey.lists[list].options {
          out.append("          <text id=\"")
          out.appendXML(Self.choiceID(survey.lists[list].name, option.name), attribute: true)
          out.append("\"><value>")
          if let template = option.label?.template(language) { value(template, language: language, into: &out) }
          out.append("</value></text>\n")
        }
      }
      out.append("        </translation>\n")
    }
    out.append("      </itext>\n      <instance>\n        <")
    out.append(contentsOf: root)
    out.append(" id=\"")
    out.appendXML(survey.id ?? "survey", attribute: true)
    if let version = survey.version {
      out.append("\" version=\"")
      out.appendXML(version, attribute: true)
    }
    out.append("\">\n")
    out.append(contentsOf: instance)
    if universeFlagCount > 0 {
      out.append("          <")
      out.append(XFormLowering.flagGroup)
      out.append(">\n")
      out.append(contentsOf: universeFlags)
      out.append("          </")
      out.append(XFormLowering.flagGroup)
      out.append(">\n")
    }
    out.append("          <orx:meta>\n            <orx:instanceID/>\n          </orx:meta>\n        </")
    out.append(contentsOf: root)
    out.append(">\n      </instance>\n")
    out.append(contentsOf: binds)
    out.append("      <bind nodeset=\"/")
    out.append(contentsOf: root)
    out.append("/orx:meta/orx:instanceID\" type=\"string\" readonly=\"true()\" jr:preload=\"uid\"/>\n")
    out.append("    </model>\n  </h:head>\n  <h:body>\n")
    out.append(contentsOf: body)
    out.append("  </h:body>\n</h:html>\n")
    return out.bytes
  }

  // MARK: Items

  private mutating func items(
    _ items: [Item], parent: String, depth: Int, bodyDepth: Int, names: inout Set<String>
  ) {
    for item in items {
      switch item.kind {
      case .section(let s):
        let name = Self.unique(XMLBuilder.xmlName(s.name), in: &names)
        let path = parent + "/" + name
        Self.pad(&instance, depth)
        instance.append("<")
        instance.append(contentsOf: name)
        instance.append(">\n")
        bind(path, type: nil, universe: item.universe)
        Self.pad(&body, bodyDepth)
        body.append("<group ref=\"")
        body.appendXML(path, attribute: true)
        body.append("\">\n")
        if s.title != nil { label(path, s.title, depth: bodyDepth + 1) }
        var inner = Set<String>()
        self.items(s.items, parent: path, depth: depth + 1, bodyDepth: bodyDepth + 1, names: &inner)
        closeGroup(name, depth: depth, bodyDepth: bodyDepth)
      case .conditional(let c):
        for branch in c.branches {
          self.items(branch.items, parent: parent, depth: depth, bodyDepth: bodyDepth, names: &names)
        }
      case .repeat(let r):
        // Lowered as a group until the XForm's <repeat> lands (issue 16).
        self.items(r.items, parent: parent, depth: depth, bodyDepth: bodyDepth, names: &names)
      case .question(let q):
        question(q, universe: item.universe, parent: parent, depth: depth, bodyDepth: bodyDepth, names: &names)
      case .grid(let g):
        grid(g, universe: item.universe, parent: parent, depth: depth, bodyDepth: bodyDepth, names: &names)
      case .calculate(let c):
        let v = survey.variables[c.variable]
        let path = node(v.name, parent: parent, depth: depth, names: &names)
        setPath(c.variable, path)
        var extra: [(StaticString, String)] = [("calculate", expressions.stored(c.formula))]
        if let relevant = relevant(item.universe) { extra[0].1 = "if(\(relevant), \(extra[0].1), '')" }
        bind(path, type: Self.calculateType(v.type), universe: item.universe, extra)
      case .note(let n):
        let path = node(n.name, parent: parent, depth: depth, names: &names)
        bind(path, type: "string", universe: item.universe, [("readonly", "true()")])
        control("input", path, text: n.text, hint: n.hint, depth: bodyDepth)
      case .end(let e):
        endUniverses[e.keywordRange] = item.universe
        endCount += 1
        let path = node("end_\(endCount)", parent: parent, depth: depth, names: &names)
        bind(path, type: "string", universe: item.universe, [("readonly", "true()")])
        control("input", path, text: e.message, hint: nil, depth: bodyDepth)
      }
    }
  }

  private mutating func question(
    _ q: Question, universe: UniverseID, parent: String, depth: Int, bodyDepth: Int, names: inout Set<String>
  ) {
    let v = survey.variables[q.variable]
    let path = node(v.name, parent: parent, depth: depth, names: &names)
    setPath(q.variable, path)
    var rules: [XFormRule] = []
    let type: String
    var control: StaticString = "input"
    var list: ListID?
    switch q.type {
    case .integer(let lo, let hi):
      type = "int"
      if let rule = XFormRule.range(lo.map(String.init), hi.map(String.init), path) { rules.append(rule) }
    case .decimal(let lo, let hi):
      type = "decimal"
      if let rule = XFormRule.range(lo.map(XFormExpression.number), hi.map(XFormExpression.number), path) {
        rules.append(rule)
      }
    case .text(let max):
      type = "string"
      if let max {
        rules.append(XFormRule(answer: path, .fixed("≤ \(max)")) { "string-length(\($0)) <= \(max)" })
      }
    case .date:
      type = "date"
    case .oneOf(let l):
      type = "string"
      control = "select1"
      list = l
    case .manyOf(let l):
      type = "string"
      control = "select"
      list = l
      for option in survey.lists[l].options where option.isExclusive {
        rules.append(
          XFormRule(answer: path, .option(option)) {
            "not(selected(\($0), '\(option.code)') and count-selected(\($0)) > 1)"
          })
      }
    case .invalid:
      type = "string"
    }
    for check in q.checks {
      let condition = expressions.condition(check.condition)
      rules.append(XFormRule(condition, condition, .check(check.message)))
    }
    var extra: [(StaticString, String)] = []
    if q.isRequired { extra.append(("required", "true()")) }
    if !rules.isEmpty {
      let conditions = rules.map(\.condition)
      extra.append(
        ("constraint", conditions.count == 1 ? conditions[0] : conditions.map { "(\($0))" }.joined(separator: " and ")))
    }
    // One rule: its message as it is. Several: the messages of exactly the rules that fail, one per line.
    if !rules.isEmpty {
      let id = path + ":constraintMsg"
      if rules.count == 1, case .check(let message) = rules[0].message {
        texts.append(XFormText(id: id, text: message))
      } else {
        texts.append(XFormText(id: id, text: nil, rules: rules))
      }
      extra.append(("jr:constraintMsg", "jr:itext('\(id)')"))
    }
    bind(path, type: type, universe: universe, extra)
    self.control(control, path, text: q.text, hint: q.hint, list: list, depth: bodyDepth)
    if case .manyOf(let l) = q.type {
      // The codebook's 0/1 columns (`kinds_1`, `kinds_m1`): 1 chosen, 0 not, empty when unanswered or not asked.
      for (option, dataName) in zip(survey.lists[l].options, v.dataNames) {
        let flag = node(dataName, parent: parent, depth: depth, names: &names)
        var formula = "if(\(path) != '', if(selected(\(path), '\(option.code)'), 1, 0), '')"
        if let relevant = relevant(universe) { formula = "if(\(relevant), \(formula), '')" }
        bind(flag, type: "int", universe: universe, [("calculate", formula)])
      }
    }
  }

  private mutating func grid(
    _ g: Grid, universe: UniverseID, parent: String, depth: Int, bodyDepth: Int, names: inout Set<String>
  ) {
    let v = survey.variables[g.variable]
    let name = Self.unique(XMLBuilder.xmlName(v.name), in: &names)
    let path = parent + "/" + name
    setPath(g.variable, path)
    Self.pad(&instance, depth)
    instance.append("<")
    instance.append(contentsOf: name)
    instance.append(">\n")
    bind(path, type: nil, universe: universe)
    Self.pad(&body, bodyDepth)
    body.append("<group ref=\"")
    body.appendXML(path, attribute: true)
    body.append("\" appearance=\"field-list\">\n")
    label(path, g.text, depth: bodyDepth + 1)
    var rowNames = Set<String>()
    for (i, row) in g.rows.enumerated() {
      let rowVariable = survey.variables[row.variable]
      let rowPath = node(
        rowVariable.dataNames.first ?? row.name, parent: path, depth: depth + 1, names: &rowNames)
      setPath(row.variable, rowPath)
      bind(rowPath, type: "string", universe: universe, g.isRequired ? [("required", "true()")] : [])
      control("select1", rowPath, text: row.label, hint: i == 0 ? g.hint : nil, list: g.list, depth: bodyDepth + 1)
    }
    closeGroup(name, depth: depth, bodyDepth: bodyDepth)
  }

  // MARK: Pieces

  /// Closes a group: its `</group>` in the body and its element `name` in the instance.
  mutating func closeGroup(_ name: String, depth: Int, bodyDepth: Int) {
    Self.pad(&body, bodyDepth)
    body.append("</group>\n")
    Self.pad(&instance, depth)
    instance.append("</")
    instance.append(contentsOf: name)
    instance.append(">\n")
  }

  private mutating func setPath(_ v: VariableID, _ path: String) {
    if v < expressions.paths.count { expressions.paths[v] = path }
  }

  /// Writes an empty instance node and returns its path.
  private mutating func node(_ name: String, parent: String, depth: Int, names: inout Set<String>) -> String {
    let unique = Self.unique(XMLBuilder.xmlName(name), in: &names)
    Self.pad(&instance, depth)
    instance.append("<")
    instance.append(contentsOf: unique)
    instance.append("/>\n")
    return parent + "/" + unique
  }

  /// The XPath of a universe (the conjunction of its facts), nil for everyone.
  ///
  /// Universes share prefixes: a node's condition is its parent's and its own fact, so each fact is translated
  /// once, from the nearest ancestor already known down to this node. Written out in full, the universes of a
  /// long `else if` chain (every earlier branch failed) or of the items after many `end`s would grow with their
  /// position and the XForm quadratically; so a universe whose XPath passes `inlineUniverseLimit` bytes is
  /// computed once by a hidden calculate (`qdsl-universes/uN`, 1 or 0), and the binds and universes below it read
  /// that.
  private mutating func relevant(_ universe: UniverseID) -> String? {
    var pending: [UniverseID] = []
    var u = universe
    while u != 0, relevance[u] == nil {
      pending.append(u)
      u = survey.universes[u].parent
    }
    var text = u == 0 ? nil : relevance[u] ?? nil
    var readsFlag = u != 0 && readsUniverseFlag.contains(u)
    for node in pending.reversed() {
      if let fact = survey.universes[node].fact {
        let (own, ownReadsFlag) = universeFact(fact)
        text = text.map { "\($0) and \(own)" } ?? own
        readsFlag = readsFlag || ownReadsFlag
      }
      if let long = text, long.utf8.count > Self.inlineUniverseLimit {
        text = universeFlag(long)
        readsFlag = true
      }
      relevance[node] = .some(text)
      if readsFlag { readsUniverseFlag.insert(node) }
    }
    return text
  }

  /// One fact of a universe as XPath, and whether it reads a hidden calculate. "No `end` inside an `if` or a
  /// section was reached" lists the conditions from there down to each `end`, which can be long (an `end` in
  /// every branch of a long chain); when that `end`'s universe already reads a hidden calculate, the fact is the
  /// negation of that universe instead, which is the same where the fact is read (inside the enclosing universe).
  private mutating func universeFact(_ fact: UniverseFact) -> (String, Bool) {
    if case .survived(let facts, let endRange) = fact, !facts.isEmpty, let end = endUniverses[endRange],
      let reached = relevant(end), readsUniverseFlag.contains(end)
    {
      return ("not(\(reached))", true)
    }
    return (expressions.universe([fact]), false)
  }

  /// A hidden calculate holding `condition` as 1 or 0; returns the XPath that reads it.
  private mutating func universeFlag(_ condition: String) -> String {
    universeFlagCount += 1
    let name = "u\(universeFlagCount)"
    Self.pad(&universeFlags, 6)
    universeFlags.append("<")
    universeFlags.append(contentsOf: name)
    universeFlags.append("/>\n")
    let path = "/\(root)/\(Self.flagGroup)/\(name)"
    bind(path, type: "int", universe: 0, [("calculate", "if(\(condition), 1, 0)")])
    return "\(path) = 1"
  }

  /// The element that holds the hidden calculates of long universes; no qdsl name has a hyphen.
  static let flagGroup: StaticString = "qdsl-universes"
  /// The longest universe written out in a bind (bytes of XPath); a longer one gets a hidden calculate.
  static let inlineUniverseLimit = 400

  private mutating func bind(
    _ path: String, type: String?, universe: UniverseID, _ extra: [(StaticString, String)] = []
  ) {
    let relevant = relevant(universe)
    if type == nil && relevant == nil && extra.isEmpty { return }
    binds.append("      <bind nodeset=\"")
    binds.appendXML(path, attribute: true)
    binds.append("\"")
    if let type {
      binds.append(" type=\"")
      binds.append(contentsOf: type)
      binds.append("\"")
    }
    if let relevant {
      binds.append(" relevant=\"")
      binds.appendXML(relevant, attribute: true)
      binds.append("\"")
    }
    for (key, value) in extra {
      binds.append(" ")
      binds.append(key)
      binds.append("=\"")
      binds.appendXML(value, attribute: true)
      binds.append("\"")
    }
    binds.append("/>\n")
  }

  private mutating func label(_ path: String, _ text: TranslatedText?, depth: Int) {
    let id = path + ":label"
    texts.append(XFormText(id: id, text: text))
    Self.pad(&body, depth)
    body.append("<label ref=\"jr:itext('")
    body.appendXML(id, attribute: true)
    body.append("')\"/>\n")
  }

  private mutating func control(
    _ kind: StaticString, _ path: String, text: TranslatedText?, hint: TranslatedText?, list: ListID? = nil,
    depth: Int
  ) {
    Self.pad(&body, depth)
    body.append("<")
    body.append(kind)
    body.append(" ref=\"")
    body.appendXML(path, attribute: true)
    body.append("\">\n")
    label(path, text, depth: depth + 1)
    if let hint {
      let id = path + ":hint"
      texts.append(XFormText(id: id, text: hint))
      Self.pad(&body, depth + 1)
      body.append("<hint ref=\"jr:itext('")
      body.appendXML(id, attribute: true)
      body.append("')\"/>\n")
    }
    if let list {
      if usedListSet.insert(list).inserted { usedLists.append(list) }
      let l = survey.lists[list]
      for option in l.options {
        Self.pad(&body, depth + 1)
        body.append("<item><label ref=\"jr:itext('")
        body.appendXML(Self.choiceID(l.name, option.name), attribute: true)
        body.append("')\"/><value>")
        body.append(option.code)
        body.append("</value></item>\n")
      }
    }
    Self.pad(&body, depth)
    body.append("</")
    body.append(kind)
    body.append(">\n")
  }

  // MARK: Texts

  /// A template as the mixed content of an itext `value`: literal text escaped, pipes as `<output value="…"/>`.
  private func value(_ template: TextTemplate, language: String, into out: inout OutputBuffer) {
    for part in template.parts {
      switch part {
      case .literal(let s): out.appendXML(s, attribute: false)
      case .pipe(let name, _):
        guard let id = survey.variableIndex[name] else { continue }
        out.append("<output value=\"")
        out.appendXML(pipe(id, language: language), attribute: true)
        out.append("\"/>")
      }
    }
  }

  /// What a pipe shows, as XPath: numbers, texts and dates as they are; an option as its label in `language`; a
  /// set of options as their labels in list order joined by ", "; a condition as true or false.
  private func pipe(_ id: VariableID, language: String) -> String {
    let v = survey.variables[id]
    let path = expressions.path(id)
    func label(_ option: ChoiceOption) -> String {
      XFormExpression.literal(option.label?.template(language).map(Self.plain) ?? option.name)
    }
    switch v.type {
    case .oneOf(let l), .option(let l):
      var text = "''"
      for option in survey.lists[l].options.reversed() {
        text = "if(\(path) = '\(option.code)', \(label(option)), \(text))"
      }
      return text
    case .manyOf(let l):
      let parts = survey.lists[l].options.map { option in
        "if(selected(\(path), '\(option.code)'), \(XFormExpression.literal(", ")), ''), "
          + "if(selected(\(path), '\(option.code)'), \(label(option)), '')"
      }
      return "substr(concat(\(parts.joined(separator: ", ")), ''), 2)"
    case .boolean:
      return "if(\(path) = 1, 'true', if(\(path) = 0, 'false', ''))"
    default:
      return path
    }
  }

  /// The messages of the rules that fail, one per line, as one XPath string: each rule adds a line break and its
  /// message when its condition does not hold, and the first line break is cut off.
  private func failing(_ rules: [XFormRule], language: String) -> String {
    let parts = rules.map { rule in
      "if(\(rule.messageCondition), '', concat('\n', \(message(rule.message, language: language))))"
    }
    return "substr(concat(\(parts.joined(separator: ", ")), ''), 1)"
  }

  /// The message of a rule without pipes (a range, a length, an option's label) as plain text.
  private func text(_ message: XFormRule.Message, language: String) -> String {
    switch message {
    case .fixed(let text): return text
    case .option(let option): return "“" + (option.label?.template(language).map(Self.plain) ?? option.name) + "”"
    case .check(let text): return text?.template(language).map(Self.plain) ?? ""
    }
  }

  /// A rule's message in `language` as an XPath string, pipes included.
  private func message(_ message: XFormRule.Message, language: String) -> String {
    switch message {
    case .fixed(let text):
      return XFormExpression.literal(text)
    case .option:
      return XFormExpression.literal(text(message, language: language))
    case .check(let text):
      var pieces: [String] = []
      for part in text?.template(language)?.parts ?? [] {
        switch part {
        case .literal(let s): pieces.append(XFormExpression.literal(s))
        case .pipe(let name, _): if let id = survey.variableIndex[name] { pieces.append(pipe(id, language: language)) }
        }
      }
      return "concat(\(pieces.joined(separator: ", ")), '')"
    }
  }

  /// A template's text with pipes left out (for option labels shown inside XPath, and the title).
  static func plain(_ template: TextTemplate) -> String {
    template.parts.map { part -> String in
      if case .literal(let s) = part { return s }
      return ""
    }.joined()
  }

  static func choiceID(_ list: String, _ option: String) -> String { "choices/\(list)/\(option)" }

  static func calculateType(_ t: ValueType) -> String {
    switch t {
    case .integer, .boolean: return "int"
    case .decimal: return "decimal"
    case .date: return "date"
    default: return "string"
    }
  }

  /// `name`, or `name_2`, `name_3`… when a sibling already has it.
  static func unique(_ name: String, in names: inout Set<String>) -> String {
    var candidate = name
    var n = 1
    while names.contains(candidate) {
      n += 1
      candidate = "\(name)_\(n)"
    }
    names.insert(candidate)
    return candidate
  }

  static func pad(_ out: inout OutputBuffer, _ depth: Int) {
    for _ in 0..<depth { out.append("  ") }
  }
}
