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
  var expressions: XFormExpression
  private var instance = OutputBuffer(capacity: 1 << 14)
  private var binds = OutputBuffer(capacity: 1 << 16)
  var body = OutputBuffer(capacity: 1 << 16)
  /// The entries of jr:itext, in document order: labels, hints and constraint messages.
  private var texts: [XFormText] = []
  /// The choice lists whose labels are needed, by list id, in order of first use.
  var usedLists: [ListID] = []
  /// The same lists as a set, so that a question's list is looked up in constant time.
  var usedListSet: Set<ListID> = []
  /// The lists of shuffled questions (their items go through `randomize()`; XFormWriter+Order.swift). Their
  /// secondary instances are written with the filtered lists' (`offerLists`, XFormWriter+Cascade.swift).
  var shuffledLists: [ListID] = []
  var shuffledListSet: Set<ListID> = []
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
  /// Where the body of each question's control starts (after its opening tag), by variable: a later question's
  /// default that reads the answer is filled by a `setvalue` put there.
  private var controlStarts: [VariableID: (offset: Int, depth: Int)] = [:]
  /// `setvalue` actions to put into the body at an offset (the start of a control), in the order found.
  private var bodyInsertions: [(offset: Int, text: String)] = []
  /// `setvalue` actions on the first load of the form, for the model.
  private var firstLoad = OutputBuffer(capacity: 64)
  /// Where the body of each repeat's `<repeat>` starts, by level: a default that reads no answer is set there on
  /// each new iteration.
  private var repeatBodyStarts: [LevelID: (offset: Int, depth: Int)] = [:]
  let root: String
  /// The level whose items are being lowered: binds and texts are resolved as nodes of it.
  var currentLevel: LevelID = 0
  /// The lists whose options some question offers by a filter or option conditions: each is a secondary instance
  /// that the question's itemset filters (docs/outputs.md, "Cascading and conditional options").
  var offerLists: [ListID] = []
  var offerListSet: Set<ListID> = []
  /// Where each control's closing tag starts in the body, by the control's path, and its content's depth: an
  /// action that clears a later answer no longer offered goes there (`XFormWriter+Cascade.swift`).
  var controlEnds: [String: (offset: Int, depth: Int)] = [:]
  /// The questions outside repeats that offer some options only (their paths and itemset predicates).
  var offeredQuestions: [(question: VariableID, list: ListID, path: String, predicate: String)] = []

  init(survey: Survey) {
    self.survey = survey
    root = XMLBuilder.xmlName(survey.id ?? "survey")
    expressions = XFormExpression(
      survey: survey, paths: Array(repeating: "", count: survey.variables.count),
      levels: XFormLevels(survey: survey, root: "/" + root))
  }

  mutating func lower() {
    var names = Set<String>(["meta"])
    paradata(names: &names)
    samples(names: &names)
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
        if !entry.variants.isEmpty {
          // Text variants: one output that picks the first variant whose condition holds, else the text.
          var xpath = entry.text?.shown(language, in: survey).map { templateXPath($0, language: language) } ?? "''"
          for variant in entry.variants.reversed() {
            let text = variant.text.shown(language, in: survey).map { templateXPath($0, language: language) } ?? "''"
            xpath = "if(\(variant.condition), \(text), \(xpath))"
          }
          out.append("<output value=\"")
          out.appendXML(expressions.levels.resolve(xpath, at: entry.context, level: entry.level), attribute: true)
          out.append("\"/>")
        } else if let rules = entry.rules, rules.count == 1 {
          out.appendXML(text(rules[0].message, language: language), attribute: false)
        } else if let rules = entry.rules {
          out.append("<output value=\"")
          out.appendXML(
            expressions.levels.resolve(failing(rules, language: language), at: entry.context, level: entry.level),
            attribute: true)
          out.append("\"/>")
        } else if let template = entry.text?.shown(language, in: survey) {
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
          if let template = option.label?.shown(language, in: survey) {
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
    writeShuffleSeed(into: &out)
    out.append("          <orx:meta>\n            <orx:instanceID/>\n          </orx:meta>\n        </")
    out.append(contentsOf: root)
    out.append(">\n      </instance>\n")
    offerInstances(into: &out)
    out.append(contentsOf: binds)
    writeShuffleSeedBind(into: &out)
    out.append("      <bind nodeset=\"/")
    out.append(contentsOf: root)
    out.append("/orx:meta/orx:instanceID\" type=\"string\" readonly=\"true()\" jr:preload=\"uid\"/>\n")
    out.append(contentsOf: firstLoad)
    out.append("    </model>\n  </h:head>\n  <h:body>\n")
    // The body, with the setvalue actions of defaults put into the controls of the answers they read, and those
    // that drop options no longer offered (XFormWriter+Cascade.swift).
    appendBody(into: &out, insertions: bodyInsertions)
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
        if let order = s.shuffle {
          sectionOrderNode(order, s, parent: path, depth: depth + 1, names: &inner, universe: item.universe)
        }
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
        control(
          "input", path, text: n.text, hint: n.hint, depth: bodyDepth,
          variants: n.variants.map { (condition: expressions.condition($0.condition), text: $0.text) })
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
    repeatBodyStarts[r.level] = (body.count, bodyDepth + 2)

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
    var constant: String?
    if let d = q.defaultValue { constant = constantDefault(d) }
    let path = node(v.name, parent: parent, depth: depth, names: &names, text: constant)
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
    case .time:
      type = "time"
    case .datetime:
      type = "dateTime"
    case .oneOf(let l):
      type = "string"
      control = "select1"
      list = l
    case .rank(let l):
      type = "odk:rank"
      control = "odk:rank"
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
    // A soft check is not a constraint (ODK has none that the respondent may confirm): its message is a note after
    // the question, shown while the answer fails it (docs/outputs.md).
    var softRules: [XFormRule] = []
    for check in q.checks {
      let condition = expressions.condition(check.condition)
      if check.isSoft {
        softRules.append(XFormRule(condition, condition, .check(check.message)))
      } else {
        rules.append(XFormRule(condition, condition, .check(check.message)))
      }
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
    let offer = list.flatMap { offeredItemset($0, filter: q.filter, at: path) }
    if let offer, let list, currentLevel == 0 {
      offeredQuestions.append((q.variable, list, path, offer.predicate))
    }
    bind(path, type: type, universe: universe, extra, live: live, offered: offer?.relevant)
    let variants = q.variants.map { (condition: expressions.condition($0.condition), text: $0.text) }
    let seed = q.shuffle == nil ? nil : shuffleSeed(v)
    let start = self.control(
      control, path, text: q.text, hint: q.hint, list: list, itemset: offer?.nodeset, shuffleSeed: seed,
      depth: bodyDepth, variants: variants)
    controlStarts[q.variable] = (start, bodyDepth + 1)
    if let d = q.defaultValue, constant == nil { dynamicDefault(d, of: q, at: path) }
    if let order = q.shuffle, let list, let seed {
      orderNode(
        order, list: list, seed: seed, parent: parent, depth: depth, names: &names, universe: universe, live: live)
    }
    if case .rank(let l) = q.type {
      rankNodes(l, v, answer: answer, parent: parent, depth: depth, names: &names, universe: universe, live: live)
    }
    if !softRules.isEmpty {
      // The note of the soft checks: relevant while the question is answered and one of them fails; it shows the
      // messages of those that fail, one per line.
      let note = node(v.name + "-soft", parent: parent, depth: depth, names: &names)
      let holds = softRules.map { "(\($0.messageCondition))" }.joined(separator: " and ")
      bind(
        note, type: "string", universe: universe, [("readonly", "true()")], live: live,
        also: "\(answer) != '' and not(\(holds))")
      let id = note + ":label"
      if softRules.count == 1, case .check(let message) = softRules[0].message {
        texts.append(XFormText(id: id, text: message, context: note, level: currentLevel))
      } else {
        texts.append(XFormText(id: id, text: nil, context: note, level: currentLevel, rules: softRules))
      }
      Self.pad(&body, bodyDepth)
      body.append("<input ref=\"")
      body.appendXML(note, attribute: true)
      body.append("\">\n")
      Self.pad(&body, bodyDepth + 1)
      body.append("<label ref=\"jr:itext('")
      body.appendXML(id, attribute: true)
      body.append("')\"/>\n")
      Self.pad(&body, bodyDepth)
      body.append("</input>\n")
    }
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
    label(
      path, g.text, depth: bodyDepth + 1,
      variants: g.variants.map { (condition: expressions.condition($0.condition), text: $0.text) })
    var rowNames = Set<String>()
    for (i, row) in g.rows.enumerated() {
      let rowVariable = survey.variables[row.variable]
      let rowPath = node(
        rowVariable.dataNames.first ?? row.name, parent: path, depth: depth + 1, names: &rowNames)
      setPath(row.variable, rowPath)
      let offer = g.list.flatMap { offeredItemset($0, filter: nil, at: rowPath) }
      bind(
        rowPath, type: "string", universe: universe, g.isRequired ? [("required", "true()")] : [],
        offered: offer?.relevant)
      control(
        "select1", rowPath, text: row.label, hint: i == 0 ? g.hint : nil, list: g.list, itemset: offer?.nodeset,
        guidance: i == 0,
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

  /// The paradata fields: nodes first in the instance, filled by the collector's preloads (`jr:preload`):
  /// timestamps at the start and end, the date, and the device's `deviceid` and `username` properties.
  private mutating func paradata(names: inout Set<String>) {
    for v in survey.variables where !v.isDuplicate {
      guard case .paradata(let kind) = v.kind else { continue }
      let path = node(v.name, parent: "/" + root, depth: 5, names: &names)
      setPath(v.id, path)
      let (type, preload, parameter): (String, String, String)
      switch kind {
      case .start: (type, preload, parameter) = ("dateTime", "timestamp", "start")
      case .end: (type, preload, parameter) = ("dateTime", "timestamp", "end")
      case .today: (type, preload, parameter) = ("date", "date", "today")
      case .device: (type, preload, parameter) = ("string", "property", "deviceid")
      case .user: (type, preload, parameter) = ("string", "property", "username")
      }
      bind(path, type: type, universe: 0, [("jr:preload", preload), ("jr:preloadParams", parameter)], level: 0)
    }
  }

  /// The sample variables: hidden fields, nodes after the paradata with no control in the body, typed and
  /// read-only. The collector fills them before the interview from the respondent's sample row (a prefilled
  /// instance: ODK Central's and Enketo's prefilled drafts, Enketo's `d[/SURVEY/NAME]=VALUE` link parameters);
  /// a field left empty reads as missing, like an unanswered question (docs/outputs.md, "Sample variables").
  private mutating func samples(names: inout Set<String>) {
    for sample in survey.samples {
      let v = survey.variables[sample.variable]
      guard !v.isDuplicate else { continue }
      let path = node(v.name, parent: "/" + root, depth: 5, names: &names)
      setPath(v.id, path)
      let type: String
      switch v.questionType {
      case .integer?: type = "int"
      case .decimal?: type = "decimal"
      case .date?: type = "date"
      case .time?: type = "time"
      case .datetime?: type = "dateTime"
      default: type = "string"
      }
      bind(path, type: type, universe: 0, [("readonly", "true()")], level: 0)
    }
  }

  private mutating func setPath(_ v: VariableID, _ path: String) {
    if v < expressions.paths.count { expressions.paths[v] = path }
  }

  /// Writes an instance node, empty or holding `value`, and returns its path.
  mutating func node(
    _ name: String, parent: String, depth: Int, names: inout Set<String>, value: StaticString? = nil,
    text: String? = nil
  ) -> String {
    let unique = Self.unique(XMLBuilder.xmlName(name), in: &names)
    Self.pad(&instance, depth)
    instance.append("<")
    instance.append(contentsOf: unique)
    if let text {
      instance.append(">")
      instance.appendXML(text, attribute: false)
      instance.append("</")
      instance.append(contentsOf: unique)
      instance.append(">\n")
    } else if let value {
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
  mutating func relevant(_ universe: UniverseID) -> String? {
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
  mutating func bind(
    _ path: String, type: String?, universe: UniverseID, _ extra: [(StaticString, String)] = [], live: String? = nil,
    level: LevelID? = nil, offered: String? = nil, also: String? = nil
  ) {
    let level = level ?? currentLevel
    let relevant = XFormExpression.both(
      XFormExpression.both(XFormExpression.both(relevant(universe), live), offered), also
    ).map {
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

  private mutating func label(
    _ path: String, _ text: TranslatedText?, depth: Int, variants: [(condition: String, text: TranslatedText)] = []
  ) {
    let id = path + ":label"
    texts.append(XFormText(id: id, text: text, context: path, level: currentLevel, variants: variants))
    Self.pad(&body, depth)
    body.append("<label ref=\"jr:itext('")
    body.appendXML(id, attribute: true)
    body.append("')\"/>\n")
  }

  /// Writes a control; returns where its body starts (after the opening tag).
  @discardableResult
  private mutating func control(
    _ kind: StaticString, _ path: String, text: TranslatedText?, hint: TranslatedText?, list: ListID? = nil,
    itemset: String? = nil, shuffleSeed: String? = nil, guidance withGuidance: Bool = true, depth: Int,
    variants: [(condition: String, text: TranslatedText)] = []
  ) -> Int {
    Self.pad(&body, depth)
    body.append("<")
    body.append(kind)
    body.append(" ref=\"")
    body.appendXML(path, attribute: true)
    body.append("\">\n")
    let start = body.count
    label(path, text, depth: depth + 1, variants: variants)
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
    if let list, itemset != nil || shuffleSeed != nil {
      // A filtered or shuffled question reads its options from the list's secondary instance.
      if usedListSet.insert(list).inserted { usedLists.append(list) }
      if offerListSet.insert(list).inserted { offerLists.append(list) }
      if shuffleSeed != nil, shuffledListSet.insert(list).inserted { shuffledLists.append(list) }
      let nodeset = itemset ?? "instance('\(survey.lists[list].name)')/root/item"
      Self.pad(&body, depth + 1)
      body.append("<itemset nodeset=\"")
      body.appendXML(shuffleSeed.map { "randomize(\(nodeset), \($0))" } ?? nodeset, attribute: true)
      body.append("\"><value ref=\"")
      body.append(Self.offerCode)
      body.append("\"/><label ref=\"jr:itext(")
      body.append(Self.offerLabel)
      body.append(")\"/></itemset>\n")
    } else if let list {
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
    controlEnds[path] = (body.count, depth + 1)
    Self.pad(&body, depth)
    body.append("</")
    body.append(kind)
    body.append(">\n")
    return start
  }

  // MARK: Defaults

  /// The instance value of a default that is a constant: a number, a text, a date, an option's code, or the codes
  /// of a list of options; nil for a default computed from answers or functions.
  private func constantDefault(_ e: Expr) -> String? {
    switch e.kind {
    case .integer(let n): return String(n)
    case .decimal(let x): return XFormExpression.number(x)
    case .text(let t): return t
    case .option(let l, let i): return String(survey.lists[l].options[i].code)
    case .unary(.negate, let inner): return constantDefault(inner).map { "-" + $0 }
    case .call(.date, let args):
      if args.count == 1, case .text(let t) = args[0].kind { return t }
      return nil
    case .list(let items):
      var codes: [Int] = []
      for item in items {
        guard case .option(let l, let i) = item.kind else { return nil }
        codes.append(survey.lists[l].options[i].code)
      }
      return codes.map(String.init).joined(separator: " ")
    default: return nil
    }
  }

  /// A default computed from answers: a `setvalue` in the control of each question it reads (of the same level),
  /// filling the question when that answer changes and the question is still empty. One that reads no answer
  /// (`today()`) is set when the form is first loaded, and inside a repeat also on each new iteration.
  private mutating func dynamicDefault(_ e: Expr, of q: Question, at path: String) {
    let target = q.variable
    // The default fills the question only while it is empty, and only with a valid answer (within its bounds).
    let stored = expressions.stored(e)
    var fits: String?
    switch q.type {
    case .integer(let lo, let hi):
      fits = XFormRule.range(lo.map(String.init), hi.map(String.init), "(\(stored))")?.messageCondition
    case .decimal(let lo, let hi):
      fits =
        XFormRule.range(lo.map(XFormExpression.number), hi.map(XFormExpression.number), "(\(stored))")?
        .messageCondition
    case .text(let max?):
      fits = "string-length(\(stored)) <= \(max)"
    default:
      break
    }
    let value = "if(\(path) = ''\(fits.map { " and \($0)" } ?? ""), \(stored), \(path))"
    var sources: [VariableID] = []
    for v in e.variables where !sources.contains(v) && controlStarts[v] != nil {
      if survey.variables[v].level == survey.variables[target].level { sources.append(v) }
    }
    if sources.isEmpty, e.variables.isEmpty, currentLevel != 0, let (offset, depth) = repeatBodyStarts[currentLevel] {
      // Inside a repeat, as pyxform writes a dynamic default: a child of the repeat's control, set when the form
      // is loaded and on each new iteration.
      var text = OutputBuffer(capacity: 128)
      Self.pad(&text, depth)
      text.append("<setvalue event=\"odk-instance-first-load odk-new-repeat\" ref=\"")
      text.appendXML(path, attribute: true)
      text.append("\" value=\"")
      text.appendXML(expressions.levels.resolve(value, at: path, level: currentLevel), attribute: true)
      text.append("\"/>\n")
      bodyInsertions.append((offset, String(decoding: text.bytes, as: UTF8.self)))
      return
    }
    if sources.isEmpty {
      guard e.variables.isEmpty, currentLevel == 0 else { return }
      firstLoad.append("      <setvalue event=\"odk-instance-first-load\" ref=\"")
      firstLoad.appendXML(path, attribute: true)
      firstLoad.append("\" value=\"")
      firstLoad.appendXML(expressions.levels.resolve(value, at: path, level: currentLevel), attribute: true)
      firstLoad.append("\"/>\n")
      return
    }
    for source in sources {
      guard let (offset, depth) = controlStarts[source] else { continue }
      var text = OutputBuffer(capacity: 128)
      Self.pad(&text, depth)
      text.append("<setvalue event=\"xforms-value-changed\" ref=\"")
      text.appendXML(path, attribute: true)
      text.append("\" value=\"")
      text.appendXML(expressions.levels.resolve(value, at: path, level: currentLevel), attribute: true)
      text.append("\"/>\n")
      bodyInsertions.append((offset, String(decoding: text.bytes, as: UTF8.self)))
    }
  }

  /// A text template as one XPath string (for text variants): its literal parts and pipes joined by concat().
  private func templateXPath(_ template: TextTemplate, language: String) -> String {
    let parts = template.parts.map { part -> String in
      switch part {
      case .literal(let s): return XFormExpression.literal(s)
      case .pipe(let name, _): return pipe(name, language: language) ?? "''"
      }
    }
    switch parts.count {
    case 0: return "''"
    case 1: return "concat(\(parts[0]), '')"
    default: return "concat(\(parts.joined(separator: ", ")))"
    }
  }

  // MARK: Texts

  /// The descriptions of a list's options as a guidance hint: "Label: description", one line an option that has
  /// one (pipes shown as their names, since guidance is read apart from the question).
  private func guidance(_ l: ListID, language: String, into out: inout OutputBuffer) {
    var lines: [String] = []
    for option in survey.lists[l].options {
      guard let d = option.description?.shown(language, in: survey) ?? option.description?.entries.first?.template
      else {
        continue
      }
      let label = option.label?.shown(language, in: survey)?.display ?? option.name
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
      return pipe(expressions.path(id), of: id, language: language)
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
      return pipe(expressions.instance(l, v), of: v, language: language)
    }
    return pipe(expressions.path(v), of: v, language: language)
  }

  /// What a pipe of variable `v`'s node at `path` shows: a calculated date with a time is the string
  /// `YYYY-MM-DDTHH:MM`, shown as `YYYY-MM-DD HH:MM` as a question's is.
  private func pipe(_ path: String, of v: VariableID, language: String) -> String {
    let variable = survey.variables[v]
    if variable.kind == .calculate && variable.type == .datetime { return "translate(\(path), 'T', ' ')" }
    return pipe(path, XFormExpression.nodeType(variable), language: language)
  }

  /// What a pipe of the value at `path` shows, as XPath: numbers, texts and dates as they are; an option as its
  /// label in `language`; a set of options as their labels in list order joined by ", "; a condition as true or
  /// false.
  private func pipe(_ path: String, _ type: ValueType, language: String) -> String {
    func label(_ option: ChoiceOption) -> String {
      XFormExpression.literal(option.label?.shown(language, in: survey).map(Self.plain) ?? option.name)
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
    case .time:
      return "format-date-time(\(path), '%H:%M')"
    case .datetime:
      return "format-date-time(\(path), '%Y-%m-%d %H:%M')"
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
    case .option(let option):
      return "“" + (option.label?.shown(language, in: survey).map(Self.plain) ?? option.name) + "”"
    case .check(let text): return text?.shown(language, in: survey).map(Self.plain) ?? ""
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
      for part in text?.shown(language, in: survey)?.parts ?? [] {
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
