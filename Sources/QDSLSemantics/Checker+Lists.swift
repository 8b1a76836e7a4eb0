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
      var free = FreeCodes(tree.children(n, .optionDecl).compactMap(writtenCode))
      var declared: [NodeID] = []
      for o in tree.children(n, .optionDecl) {
        guard let option = declareOption(o, list: listName, codes: &codes, free: &free, existing: list) else {
          continue
        }
        if list.optionIndex[option.name] == nil { list.optionIndex[option.name] = list.options.count }
        if option.specifyRange != nil { list.specifyOptions.append(list.options.count) }
        list.options.append(option)
        declared.append(o)
      }
      if list.options.isEmpty {
        report(
          Diagnostic(
            .emptyList, "the choice list '\(listName)' has no options", at: nameRange,
            help: "add options as CODE NAME { labels }, e.g. 1 yes { en \"Yes\" }"))
      }
      for option in list.options where listOfOption[option.name] == nil {
        listOfOption[option.name] = survey.lists.count
      }
      survey.listIndex[listName] = survey.lists.count
      survey.lists.append(list)
      optionNodes.append(declared)
      listNodes.append(n)
      listUsed.append(false)
    }
  }

  static let codeHelp = "codes are what the data file stores: use small numbers such as 1, 2, 97 or -1"

  /// For a whole number beyond `WholeNumbers`, the nearest one.
  private func outOfRangeStandIn(_ codeNode: NodeID) -> Int? {
    guard tree.token(codeNode, .integer) != nil else { return nil }
    return tree.token(codeNode, .minus) != nil ? WholeNumbers.smallest : WholeNumbers.largest
  }

  /// The code written for an option when it is a whole number in range (nothing is reported).
  private func writtenCode(_ o: NodeID) -> Int? {
    guard let codeNode = tree.child(o, .signedNumber), let t = tree.token(codeNode, .integer),
      let v = Int(name(t)), WholeNumbers.contains(v)
    else { return nil }
    return tree.token(codeNode, .minus) != nil ? -v : v
  }

  private mutating func declareOption(
    _ o: NodeID, list listName: String, codes: inout [Int: TextRange], free: inout FreeCodes, existing: ChoiceList
  ) -> ChoiceOption? {
    guard let codeNode = tree.child(o, .signedNumber) else { return nil }
    let written = integerValue(codeNode, what: "an option code", help: Self.codeHelp)
    // A code out of range is reported; the option stays, with the nearest whole number as a stand-in, so that
    // conditions naming it are not reported as well.
    guard let code = written ?? outOfRangeStandIn(codeNode) else { return nil }
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
    if written == nil {
      // Reported as out of range: not compared with the other codes.
    } else if let earlier = codes[code] {
      let why = "each option needs its own code so that analysts can tell the answers apart"
      let freeCode = free.take(near: code)
      report(
        Diagnostic(
          .duplicateOptionCode, "the code \(code) is already used in the list '\(listName)'", at: codeRange,
          related: [.init(earlier, "first used here")],
          help: freeCode.map { "\(why); \($0) is free" } ?? why,
          fixes: freeCode.map { [.init(title: "use the free code \($0)", range: codeRange, replacement: String($0))] }
            ?? []))
    } else {
      codes[code] = codeRange
    }
    var exclusiveRange: TextRange?
    var isMissing = false
    var isFixed = false
    for t in tree.directTokens(o) {
      if tree.tokenKind(t) == .kwFixed { isFixed = true }
      if tree.tokenKind(t) == .kwExclusive { exclusiveRange = range(t) }
      if tree.tokenKind(t) == .kwMissing { isMissing = true }
    }
    var option = ChoiceOption(
      code: code, name: optionName, nameRange: nameRange, codeRange: codeRange, label: nil,
      isExclusive: exclusiveRange != nil, exclusiveRange: exclusiveRange, isMissing: isMissing, isFixed: isFixed)
    if let part = tree.child(o, .optionSpecify) {
      option.specifyRange = tree.firstSignificantToken(part).map(range) ?? tree.range(part)
      option.specifyPartRange = tree.range(part)
    }
    return option
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
    let near = suggestions(for: listName) { $0.survey.lists.map(\.name) }
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
}
