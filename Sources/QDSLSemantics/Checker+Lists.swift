// Choice lists: declaration (names and codes unique), labels, and the list-level checks
// (empty, unused, `exclusive` used by a `one of` question).

import QDSLSyntax

extension CheckerState {
  /// Declares every choice list (wherever it stands: lists are position-free) before any question uses one.
  mutating func declareLists() {
    for (i, data) in tree.nodes.enumerated() where data.kind == .choicesDecl {
      let n = NodeID(i)
      guard let nameToken = tree.declaredName(n) else { continue }
      let listName = name(nameToken)
      let nameRange = range(nameToken)
      if let earlier = survey.listIndex[listName] {
        report(
          Diagnostic(
            .duplicateList, "a choice list named '\(listName)' is already declared", at: nameRange,
            related: [.init(survey.lists[earlier].nameRange, "first declared here")],
            help: "rename one of the lists, or merge their options"))
        continue
      }
      var list = ChoiceList(name: listName, nameRange: nameRange, range: tree.range(n), options: [], optionIndex: [:])
      var codes: [Int: TextRange] = [:]
      var declared: [NodeID] = []
      for o in tree.children(n, .optionDecl) {
        guard let option = declareOption(o, list: listName, codes: &codes, existing: list) else { continue }
        if list.optionIndex[option.name] == nil { list.optionIndex[option.name] = list.options.count }
        list.options.append(option)
        declared.append(o)
      }
      if list.options.isEmpty {
        report(
          Diagnostic(
            .emptyList, "the choice list '\(listName)' has no options", at: nameRange,
            help: "add options as CODE NAME { labels }, e.g. 1 yes { en \"Yes\" }"))
      }
      survey.listIndex[listName] = survey.lists.count
      survey.lists.append(list)
      optionNodes.append(declared)
      listUsed.append(false)
    }
  }

  private mutating func declareOption(
    _ o: NodeID, list listName: String, codes: inout [Int: TextRange], existing: ChoiceList
  ) -> ChoiceOption? {
    guard let codeNode = tree.child(o, .signedNumber), let code = integerValue(codeNode, what: "an option code")
    else { return nil }
    let codeRange = tree.range(codeNode)
    guard let nameToken = tree.nameToken(o) else { return nil }
    let optionName = name(nameToken)
    let nameRange = range(nameToken)
    if let earlier = existing.optionIndex[optionName] {
      report(
        Diagnostic(
          .duplicateOptionName, "the list '\(listName)' already has an option named '\(optionName)'", at: nameRange,
          related: [.init(existing.options[earlier].nameRange, "first declared here")],
          help: "option names must be unique within a list; rename this option"))
    }
    if let earlier = codes[code] {
      let used = Set(codes.keys)
      // Missing-value codes are negative by convention: suggest a free code on the same side of zero.
      var free = code < 0 ? (codes.keys.min() ?? 0) - 1 : (codes.keys.filter { $0 >= 0 }.max() ?? 0) + 1
      while used.contains(free) { free += code < 0 ? -1 : 1 }
      report(
        Diagnostic(
          .duplicateOptionCode, "the code \(code) is already used in the list '\(listName)'", at: codeRange,
          related: [.init(earlier, "first used here")],
          help: "each option needs its own code so that analysts can tell the answers apart; \(free) is free",
          fixes: [.init(title: "use the free code \(free)", range: codeRange, replacement: String(free))]))
    } else {
      codes[code] = codeRange
    }
    var exclusiveRange: TextRange?
    var isMissing = false
    for t in tree.directTokens(o) {
      if tree.tokenKind(t) == .kwExclusive { exclusiveRange = range(t) }
      if tree.tokenKind(t) == .kwMissing { isMissing = true }
    }
    return ChoiceOption(
      code: code, name: optionName, nameRange: nameRange, codeRange: codeRange, label: nil,
      isExclusive: exclusiveRange != nil, exclusiveRange: exclusiveRange, isMissing: isMissing)
  }

  /// Option labels are lowered after the header so that every declared language is known.
  mutating func lowerListLabels() {
    for l in survey.lists.indices {
      for (k, o) in optionNodes[l].enumerated() {
        guard let block = tree.child(o, .translations) else { continue }
        let option = survey.lists[l].options[k]
        let scope = Scope(
          ordinal: Int.max, selfVariable: nil, allowSelf: false, universe: 0, what: "the option's label",
          positioned: false)
        survey.lists[l].options[k].label = lowerText(
          block, anchor: option.nameRange, what: "the label of option '\(option.name)'", scope: scope)
      }
    }
  }

  /// A list named by a question's type (`one of LIST`), reported when unknown.
  mutating func resolveList(_ token: Int) -> ListID? {
    let listName = name(token)
    if let l = survey.listIndex[listName] {
      listUsed[l] = true
      return l
    }
    let near = NearMiss.suggestions(for: listName, among: survey.lists.map(\.name))
    report(
      Diagnostic(
        .unknownList, "there is no choice list named '\(listName)'", at: range(token),
        help: NearMiss.help("a choice list", "choice lists", near)
          ?? "declare it at the top level: choices \(listName) { 1 … }",
        fixes: near.first.map { [.init(title: "use '\($0)'", range: range(token), replacement: $0)] } ?? []))
    return nil
  }

  mutating func checkLists() {
    for (l, list) in survey.lists.enumerated() where !listUsed[l] {
      report(
        Diagnostic(
          .unusedList, "the choice list '\(list.name)' is not used by any question", at: list.nameRange,
          help: "use it in a question (one of \(list.name)) or remove it", isUnnecessary: true))
    }
    // `exclusive` means "clears the other selections", which only makes sense for `many of`.
    var oneOfUsers: [ListID: [TextRange]] = [:]
    for v in survey.variables {
      var isGridRow = false
      if case .gridRow = v.kind { isGridRow = true }
      if case .oneOf(let l) = v.type, v.kind == .question || isGridRow {
        oneOfUsers[l, default: []].append(v.nameRange)
      }
    }
    for (l, users) in oneOfUsers.sorted(by: { $0.key < $1.key }) {
      for option in survey.lists[l].options {
        guard let r = option.exclusiveRange else { continue }
        report(
          Diagnostic(
            .exclusiveInOneOf,
            "'exclusive' has no effect here: the list '\(survey.lists[l].name)' is used by a 'one of' question, "
              + "where only one option can be chosen anyway",
            at: r, related: users.map { .init($0, "used by this 'one of' question") },
            help: "remove 'exclusive', or make the question 'many of \(survey.lists[l].name)'",
            fixes: [.init(title: "remove 'exclusive'", range: r, replacement: "")]))
      }
    }
  }

  /// The integer value of a signed number node, reporting decimals and overflow.
  mutating func integerValue(_ n: NodeID, what: String) -> Int? {
    let negative = tree.token(n, .minus) != nil
    if let t = tree.token(n, .integer) {
      let text = name(t)
      guard let v = Int(negative ? "-" + text : text) else {
        report(Diagnostic(.malformedNumber, "\(text) is too large for \(what)", at: tree.range(n)))
        return nil
      }
      return v
    }
    if tree.token(n, .decimal) != nil {
      report(
        Diagnostic(
          .invalidBound, "\(what) must be a whole number", at: tree.range(n),
          help: "use a whole number such as 1 or -1"))
    }
    return nil
  }

  /// The value of a signed number node as a Double (integer or decimal).
  mutating func numberValue(_ n: NodeID) -> (Double, isInteger: Bool)? {
    let negative = tree.token(n, .minus) != nil
    if let t = tree.token(n, .integer) {
      guard let v = Int(name(t)) else {
        report(Diagnostic(.malformedNumber, "\(name(t)) is too large: numbers must fit in 64 bits", at: tree.range(n)))
        return nil
      }
      return (Double(negative ? -v : v), true)
    }
    if let t = tree.token(n, .decimal), let v = Double(name(t)) { return (negative ? -v : v, false) }
    return nil
  }
}
