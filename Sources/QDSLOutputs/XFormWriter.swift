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
        case .repeat(let r): walk(r.items)
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
  /// The hidden calculates of long universes inside the iterations of each repeat, by level.
  private var levelFlags: [LevelID: [String]] = [:]
  private var endCount = 0
  private let root: String
  /// The level whose items are being lowered: binds and texts are resolved as nodes of it.
  private var currentLevel: LevelID = 0

  init(survey: Survey) {
    self.survey = survey
    root = XMLBuilder.xmlName(survey.id ?? "survey")
    expressions = XFormExpression(
      survey: survey, paths: Array(repeating: "", count: survey.variables.count),
      levels: XFormLevels(survey: survey, root: "/" + root))
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
        out.append("\">")
        // A hint that is only guidance (options' descriptions) has no default form, as pyxform writes it.
        if entry.guidance != nil && entry.text == nil {
          if let l = entry.guidance { guidance(l, language: language, into: &out) }
          out.append("</text>\n")
          continue
        }
        out.append("<value>")
        if let rules = entry.rules, rules.count == 1 {
          out.appendXML(text(rules[0].message, language: language), attribute: false)
        } else if let rules = entry.rules {
          out.append("<output value=\"")
          out.appendXML(
            expressions.levels.resolve(failing(rules, language: language), at: entry.context, level: entry.level),
            attribute: true)
          out.append("\"/>")
        } else if let template = entry.text?.template(language) {
          value(template, language: language, at: entry.context, level: entry.level, into: &out)
        }
        out.append("</value>")
        if let l = entry.guidance { guidance(l, language: language, into: &out) }
        out.append("</text>\n")
      }
      for list in usedLists {
        for option in survey.lists[list].options {
          out.append("          <text id=\"")
          out.appendXML(Self.choiceID(survey.lists[list].name, option.name), attribute: true)
          out.append("\"><value>")
          if let template = option.label?.template(language) {
            value(template, language: language, at: "/" + root, level: 0, into: &out)
          }
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
    if !universeFlags.isEmpty {
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

  /// Lowers `items` into the element at `parent`. `live`, inside a repeat, is the XPath (relative to a child of
  /// the iteration's element) under which the iteration runs; every element directly in the iteration is relevant
  /// only there, and those below inherit it.
  private mutating func items(
    _ items: [Item], parent: String, depth: Int, bodyDepth: Int, names: inout Set<String>, live: String? = nil
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
        bind(path, type: nil, universe: item.universe, live: live)
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
          self.items(branch.items, parent: parent, depth: depth, bodyDepth: bodyDepth, names: &names, live: live)
        }
      case .repeat(let r):
        repeatGroup(
          r, universe: item.universe, parent: parent, depth: depth, bodyDepth: bodyDepth, names: &names, live: live)
      case .question(let q):
        question(
          q, universe: item.universe, parent: parent, depth: depth, bodyDepth: bodyDepth, names: &names, live: live)
      case .grid(let g):
        grid(g, universe: item.universe, parent: parent, depth: depth, bodyDepth: bodyDepth, names: &names, live: live)
      case .calculate(let c):
        let v = survey.variables[c.variable]
        let path = node(v.name, parent: parent, depth: depth, names: &names)
        setPath(c.variable, path)
        var extra: [(StaticString, String)] = [("calculate", expressions.stored(c.formula))]
        if let relevant = relevant(item.universe) { extra[0].1 = "if(\(relevant), \(extra[0].1), '')" }
        bind(path, type: Self.calculateType(v.type), universe: item.universe, extra, live: live)
      case .note(let n):
        let path = node(n.name, parent: parent, depth: depth, names: &names)
        bind(path, type: "string", universe: item.universe, [("readonly", "true()")], live: live)
        control("input", path, text: n.text, hint: n.hint, depth: bodyDepth)
      case .end(let e):
        endUniverses[e.keywordRange] = item.universe
        endCount += 1
        let path = node("end_\(endCount)", parent: parent, depth: depth, names: &names)
        bind(path, type: "string", universe: item.universe, [("readonly", "true()")], live: live)
        control("input", path, text: e.message, hint: nil, depth: bodyDepth)
      }
    }
  }

  /// A repeat: a hidden `R-count` beside its iterations with how many run, the template of an iteration (and, for
  /// "add another", the first iteration), and in the body a group around a `repeat`. See docs/outputs.md.
  private mutating func repeatGroup(
    _ r: Repeat, universe: UniverseID, parent: String, depth: Int, bodyDepth: Int, names: inout Set<String>,
    live: String?
  ) {
    let level = survey.levels[r.level]
    let name = Self.unique(XMLBuilder.xmlName(r.name), in: &names)
    let path = parent + "/" + name
    let countName = name + "-count"
    let countPath = parent + "/" + countName
    let stopName = name + "-stop"
    let listedName = name + "-listed"
    expressions.levels.elements[r.level] = path
    expressions.levels.countNames[r.level] = countName
    let isWhile: Bool
    if case .addAnother = level.driver { isWhile = true } else { isWhile = false }

    // How many iterations run, beside them (in the parent's iteration when nested).
    Self.pad(&instance, depth)
    instance.append("<")
    instance.append(contentsOf: countName)
    instance.append("/>\n")
    let max = level.maxIterations
    var formula: String
    switch level.driver {
    case .count(let e):
      let n = expressions.value(e)
      let x = XFormExpression.operand(n.value)
      let clamped = "if(\(x) > \(max), \(max), if(\(x) < 0, 0, \(n.value)))"
      formula = n.defined.map { "if(\($0), \(clamped), 0)" } ?? clamped
    case .forEachQuestion(let q, let l):
      let chosen = "count-selected(\(expressions.path(q)))"
      // `for each Q max N` stops after N of the options chosen.
      formula = max < survey.lists[l].options.count ? "if(\(chosen) > \(max), \(max), \(chosen))" : chosen
    case .forEachList(let l):
      formula = String(min(max, survey.lists[l].options.count))
    case .forEachRepeat(let source):
      // As many as the source runs (its own count, beside its iterations), also while they are being asked.
      let sourceCount = XFormLevels.nodesetMarker(source) + "-count"
      let runs = "if(\(sourceCount) != '', \(sourceCount), 0)"
      formula = max < survey.levels[source].maxIterations ? "if(\(runs) > \(max), \(max), \(runs))" : runs
    case .addAnother:
      // Up to the first iteration whose condition fails (its `R-stop` holds its number), else one more than
      // there are.
      let all = "../" + name
      formula =
        "if(count(\(all)[\(stopName) != '']) > 0, min(\(all)[\(stopName) != '']/\(stopName)), count(\(all)) + 1)"
    case .none, .invalid:
      formula = "0"
    }
    if let relevant = relevant(universe) { formula = "if(\(relevant), \(formula), '')" }
    bind(countPath, type: "int", universe: universe, [("calculate", formula)], live: live)

    // The iteration's element: the template, and its bind (relevant where the repeat is reached).
    let start = instance.count
    Self.pad(&instance, depth)
    instance.append("<")
    instance.append(contentsOf: name)
    instance.append(" jr:template=\"\">\n")
    let contentStart = instance.count
    bind(path, type: nil, universe: universe, live: live)
    Self.pad(&body, bodyDepth)
    body.append("<group ref=\"")
    body.appendXML(path, attribute: true)
    body.append("\">\n")
    let saved = currentLevel
    currentLevel = r.level
    if r.title != nil { label(path, r.title, depth: bodyDepth + 1) }
    Self.pad(&body, bodyDepth + 1)
    body.append("<repeat nodeset=\"")
    body.appendXML(path, attribute: true)
    if !isWhile {
      body.append("\" jr:count=\"")
      body.appendXML(countPath, attribute: true)
    }
    body.append("\">\n")

    var inner = Set<String>()
    let iterationLive: String
    var stop: (path: String, condition: Expr)?
    if case .addAnother(let condition) = level.driver {
      // "Add another": ODK asks; an iteration added once the condition failed, or past the maximum, is marked
      // when it is added (odk-new-repeat) and its items are skipped. The count cannot be its relevance: its
      // items' answers decide it, a cycle for ODK.
      let listed = node(listedName, parent: path, depth: depth + 1, names: &inner, value: "1")
      bind(listed, type: "int", universe: 0)
      Self.pad(&body, bodyDepth + 2)
      body.append("<setvalue event=\"odk-new-repeat\" ref=\"")
      body.appendXML(listed, attribute: true)
      body.append("\" value=\"")
      body.appendXML("if(position(..) <= ../../\(countName), 1, 0)", attribute: true)
      body.append("\"/>\n")
      stop = (node(stopName, parent: path, depth: depth + 1, names: &inner), condition)
      iterationLive = "../\(listedName) = 1"
    } else {
      iterationLive = "position(..) <= ../../\(countName)"
    }
    if let list = level.optionList {
      // The iteration's option (the data file's key column), from its number.
      let key = node(level.keys.last ?? r.name, parent: path, depth: depth + 1, names: &inner)
      expressions.levels.keyNames[r.level] = String(decoding: key.utf8.dropFirst(path.utf8.count + 1), as: UTF8.self)
      let codes = survey.lists[list].options.map { String($0.code) }
      let chosen: String
      if case .forEachQuestion(let q, _) = level.driver {
        let answer = expressions.path(q)
        let parts = codes.map { "if(selected(\(answer), '\($0)'), ' \($0)', '')" }
        chosen = "normalize-space(concat(\(parts.joined(separator: ", ")), ''))"
      } else {
        chosen = "'\(codes.joined(separator: " "))'"
      }
      bind(
        key, type: "string", universe: universe,
        [("calculate", "if(\(iterationLive), selected-at(\(chosen), position(..) - 1), '')")], live: iterationLive)
    }
    items(r.items, parent: path, depth: depth + 1, bodyDepth: bodyDepth + 2, names: &inner, live: iterationLive)
    if let stop {
      // The iteration's number where the interview stops after it: its condition fails, or it is the last allowed.
      let holds = XFormExpression.operand(expressions.condition(stop.condition))
      bind(
        stop.path, type: "int", universe: 0,
        [("calculate", "if(position(..) < \(max) and \(holds), '', position(..))")])
    }
    if let flags = levelFlags.removeValue(forKey: r.level) {
      Self.pad(&instance, depth + 1)
      instance.append("<")
      instance.append(Self.flagGroup)
      instance.append(">\n")
      for flag in flags {
        Self.pad(&instance, depth + 2)
        instance.append("<")
        instance.append(contentsOf: flag)
        instance.append("/>\n")
      }
      Self.pad(&instance, depth + 1)
      instance.append("</")
      instance.append(Self.flagGroup)
      instance.append(">\n")
    }
    currentLevel = saved
    Self.pad(&body, bodyDepth + 1)
    body.append("</repeat>\n")
    closeGroup(name, depth: depth, bodyDepth: bodyDepth)
    if isWhile {
      // The first iteration is in the instance from the start, as ODK expects of a repeat it asks about.
      var copy = OutputBuffer(capacity: instance.count - start)
      copy.append(contentsOf: instance, range: contentStart..<instance.count)
      Self.pad(&instance, depth)
      instance.append("<")
      instance.append(contentsOf: name)
      instance.append(">\n")
      instance.append(contentsOf: copy)
    }
  }

  private mutating func question(
    _ q: Question, universe: UniverseID, parent: String, depth: Int, bodyDepth: Int, names: inout Set<String>,
    live: String?
  ) {
    let v = survey.variables[q.variable]
    let path = node(v.name, parent: parent, depth: depth, names: &names)
    setPath(q.variable, path)
    // The answer as the message's XPath reads it: the absolute path, or relative inside a repeat.
    let answer = expressions.path(q.variable)
    var rules: [XFormRule] = []
    let type: String
    var control: StaticString = "input"
    var list: ListID?
    switch q.type {
    case .integer(let lo, let hi):
      type = "int"
      if let rule = XFormRule.range(lo.map(String.init), hi.map(String.init), answer) { rules.append(rule) }
    case .decimal(let lo, let hi):
      type = "decimal"
      if let rule = XFormRule.range(lo.map(XFormExpression.number), hi.map(XFormExpression.number), answer) {
        rules.append(rule)
      }
    case .text(let max):
      type = "string"
      if let max {
        rules.append(XFormRule(answer: answer, .fixed("≤ \(max)")) { "string-length(\($0)) <= \(max)" })
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
          XFormRule(answer: answer, .option(option)) {
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
        texts.append(XFormText(id: id, text: message, context: path, level: currentLevel))
      } else {
        texts.append(XFormText(id: id, text: nil, context: path, level: currentLevel, rules: rules))
      }
      extra.append(("jr:constraintMsg", "jr:itext('\(id)')"))
    }
    bind(path, type: type, universe: universe, extra, live: live)
    self.control(control, path, text: q.text, hint: q.hint, list: list, depth: bodyDepth)
    if case .manyOf(let l) = q.type {
      // The codebook's 0/1 columns (`kinds_1`, `kinds_m1`): 1 chosen, 0 not, empty when unanswered or not asked.
      for (option, dataName) in zip(survey.lists[l].options, v.dataNames) {
        let flag = node(dataName, parent: parent, depth: depth, names: &names)
        var formula = "if(\(answer) != '', if(selected(\(answer), '\(option.code)'), 1, 0), '')"
        if let relevant = relevant(universe) { formula = "if(\(relevant), \(formula), '')" }
        bind(flag, type: "int", universe: universe, [("calculate", formula)], live: live)
      }
    }
  }

  private mutating func grid(
    _ g: Grid, universe: UniverseID, parent: String, depth: Int, bodyDepth: Int, names: inout Set<String>,
    live: String?
  ) {
    let v = survey.variables[g.variable]
    let name = Self.unique(XMLBuilder.xmlName(v.name), in: &names)
    let path = parent + "/" + name
    setPath(g.variable, path)
    Self.pad(&instance, depth)
    instance.append("<")
    instance.append(contentsOf: name)
    instance.append(">\n")
    bind(path, type: nil, universe: universe, live: live)
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
      control(
        "select1", rowPath, text: row.label, hint: i == 0 ? g.hint : nil, list: g.list, guidance: i == 0,
        depth: bodyDepth + 1)
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

  /// Writes an instance node, empty or holding `value`, and returns its path.
  private mutating func node(
    _ name: String, parent: String, depth: Int, names: inout Set<String>, value: StaticString? = nil
  ) -> String {
    let unique = Self.unique(XMLBuilder.xmlName(name), in: &names)
    Self.pad(&instance, depth)
    instance.append("<")
    instance.append(contentsOf: unique)
    if let value {
      instance.append(">")
      instance.append(value)
      instance.append("</")
      instance.append(contentsOf: unique)
      instance.append(">\n")
    } else {
      instance.append("/>\n")
    }
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

  /// A hidden calculate holding `condition` as 1 or 0; returns the XPath that reads it. A condition that reads the
  /// current iteration of a repeat is computed in each iteration (the universes of a level are first met there).
  private mutating func universeFlag(_ condition: String) -> String {
    universeFlagCount += 1
    let name = "u\(universeFlagCount)"
    if currentLevel != 0, condition.utf8.contains(where: { $0 == 1 || $0 == 3 }) {
      levelFlags[currentLevel, default: []].append(name)
      let path = "\(expressions.levels.elements[currentLevel])/\(Self.flagGroup)/\(name)"
      bind(path, type: "int", universe: 0, [("calculate", "if(\(condition), 1, 0)")])
      return "\(XFormLevels.marker(currentLevel))/\(Self.flagGroup)/\(name) = 1"
    }
    Self.pad(&universeFlags, 6)
    universeFlags.append("<")
    universeFlags.append(contentsOf: name)
    universeFlags.append("/>\n")
    let path = "/\(root)/\(Self.flagGroup)/\(name)"
    bind(path, type: "int", universe: 0, [("calculate", "if(\(condition), 1, 0)")], level: 0)
    return "\(path) = 1"
  }

  /// The element that holds the hidden calculates of long universes; no qdsl name has a hyphen.
  static let flagGroup: StaticString = "qdsl-universes"
  /// The longest universe written out in a bind (bytes of XPath); a longer one gets a hidden calculate.
  static let inlineUniverseLimit = 400

  /// The bind of the element at `path`: its universe and `live` as `relevant`, and the `extra` attributes, each
  /// with its markers resolved for this element (a node of `level`, by default the one being lowered).
  private mutating func bind(
    _ path: String, type: String?, universe: UniverseID, _ extra: [(StaticString, String)] = [], live: String? = nil,
    level: LevelID? = nil
  ) {
    let level = level ?? currentLevel
    let relevant = XFormExpression.both(relevant(universe), live).map {
      expressions.levels.resolve($0, at: path, level: level)
    }
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
      binds.appendXML(expressions.levels.resolve(value, at: path, level: level), attribute: true)
      binds.append("\"")
    }
    binds.append("/>\n")
  }

  private mutating func label(_ path: String, _ text: TranslatedText?, depth: Int) {
    let id = path + ":label"
    texts.append(XFormText(id: id, text: text, context: path, level: currentLevel))
    Self.pad(&body, depth)
    body.append("<label ref=\"jr:itext('")
    body.appendXML(id, attribute: true)
    body.append("')\"/>\n")
  }

  private mutating func control(
    _ kind: StaticString, _ path: String, text: TranslatedText?, hint: TranslatedText?, list: ListID? = nil,
    guidance withGuidance: Bool = true, depth: Int
  ) {
    Self.pad(&body, depth)
    body.append("<")
    body.append(kind)
    body.append(" ref=\"")
    body.appendXML(path, attribute: true)
    body.append("\">\n")
    label(path, text, depth: depth + 1)
    // Options' descriptions have no place on an XForm choice: they are the question's guidance hint.
    // (A grid's rows share one list: its first row has the guidance, as it has the grid's hint.)
    let guidance =
      withGuidance ? list.flatMap { l in survey.lists[l].options.contains { $0.description != nil } ? l : nil } : nil
    if hint != nil || guidance != nil {
      let id = path + ":hint"
      texts.append(XFormText(id: id, text: hint, context: path, level: currentLevel, guidance: guidance))
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

  /// The descriptions of a list's options as a guidance hint: "Label: description", one line an option that has
  /// one (pipes shown as their names, since guidance is read apart from the question).
  private func guidance(_ l: ListID, language: String, into out: inout OutputBuffer) {
    var lines: [String] = []
    for option in survey.lists[l].options {
      guard let d = option.description?.template(language) ?? option.description?.entries.first?.template else {
        continue
      }
      let label = option.label?.template(language)?.display ?? option.name
      lines.append(label + ": " + d.display)
    }
    out.append("<value form=\"guidance\">")
    out.appendXML(lines.joined(separator: "\n"), attribute: false)
    out.append("</value>")
  }

  /// A template as the mixed content of an itext `value`: literal text escaped, pipes as `<output value="…"/>`
  /// evaluated at the node `path` (of level `level`).
  private func value(
    _ template: TextTemplate, language: String, at path: String, level: LevelID, into out: inout OutputBuffer
  ) {
    for part in template.parts {
      switch part {
      case .literal(let s): out.appendXML(s, attribute: false)
      case .pipe(let name, _):
        guard let xpath = pipe(name, language: language) else { continue }
        out.append("<output value=\"")
        out.appendXML(expressions.levels.resolve(xpath, at: path, level: level), attribute: true)
        out.append("\"/>")
      }
    }
  }

  /// What the pipe `{name}` shows, as XPath: a variable (of this iteration inside a repeat), `R.index` (the
  /// iteration's number), `R` (the option of an iteration of a `for each` over options), `R.NAME` (NAME of the
  /// iteration of S that an iteration of `repeat R for each S` stands for, or of the enclosing iteration R).
  private func pipe(_ name: String, language: String) -> String? {
    if let id = survey.variableIndex[name] {
      return pipe(expressions.path(id), survey.variables[id].type, language: language)
    }
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    guard let l = survey.level(named: parts[0]), l < expressions.levels.elements.count else { return nil }
    if parts.count == 1 {
      guard let list = survey.levels[l].optionList else { return nil }
      return pipe(expressions.at(l, "/" + expressions.levels.keyNames[l]), .oneOf(list), language: language)
    }
    if parts[1] == "index" { return "position(\(expressions.iteration(l)))" }
    guard let v = survey.variableIndex[parts[1]] else { return nil }
    if case .forEachRepeat(let s) = survey.levels[l].driver, survey.variables[v].level == s {
      return pipe(expressions.instance(l, v), survey.variables[v].type, language: language)
    }
    return pipe(expressions.path(v), survey.variables[v].type, language: language)
  }

  /// What a pipe of the value at `path` shows, as XPath: numbers, texts and dates as they are; an option as its
  /// label in `language`; a set of options as their labels in list order joined by ", "; a condition as true or
  /// false.
  private func pipe(_ path: String, _ type: ValueType, language: String) -> String {
    func label(_ option: ChoiceOption) -> String {
      XFormExpression.literal(option.label?.template(language).map(Self.plain) ?? option.name)
    }
    switch type {
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
        case .pipe(let name, _): if let xpath = pipe(name, language: language) { pieces.append(xpath) }
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
