// Cascading and conditional options: list attributes (declared types, one value per option), option conditions
// `if (COND)`, question filters `where COND` with `option.ATTR`, and the "leaves no option" warnings, computed in
// time linear in the options (options are counted by attribute value once, never compared pairwise).

import QDSLSyntax

/// A question's filter as lowered, kept for the "leaves no option" check (which needs the option conditions).
struct LoweredFilter {
  var question: VariableID
  var list: ListID
  var filter: Expr
  var universe: UniverseID
}

extension CheckerState {
  // MARK: Attributes

  /// Declares the attributes of every list and reads every option's values (after all lists are declared, since
  /// an attribute may be typed by any list).
  mutating func declareListAttributes() {
    for l in survey.lists.indices {
      guard let attributeList = tree.child(listNodes[l], .attributeList) else { continue }
      for a in tree.children(attributeList, .attributeDecl) { declareAttribute(a, list: l) }
      if survey.lists[l].attributes.isEmpty { continue }
      for (k, o) in optionNodes[l].enumerated() { readAttributeValues(o, option: k, list: l) }
    }
    // Options of a list without attributes that give values anyway.
    for l in survey.lists.indices where survey.lists[l].attributes.isEmpty {
      for o in optionNodes[l] {
        for a in tree.children(o, .optionAttribute) {
          guard let t = tree.nameToken(a) else { continue }
          let list = survey.lists[l]
          report(
            Diagnostic(
              .unknownAttribute, "the list '\(list.name)' declares no attribute '\(name(t))'", at: range(t),
              help: "declare it after the list's name, e.g. choices \(list.name) (\(name(t)): text) { … }"))
        }
      }
    }
  }

  private mutating func declareAttribute(_ a: NodeID, list l: ListID) {
    let tokens = tree.directTokens(a)
    guard let nameToken = tokens.first(where: { tree.tokenKind($0).isNameLike }),
      let colon = tokens.firstIndex(where: { tree.tokenKind($0) == .colon }),
      let typeToken = tokens[(colon + 1)...].first(where: {
        tree.tokenKind($0).isNameLike || tree.tokenKind($0).isKeyword
      })
    else { return }
    let attributeName = name(nameToken)
    if let earlier = survey.lists[l].attributeIndex[attributeName] {
      report(
        Diagnostic(
          .attributeNotOnce, "the list '\(survey.lists[l].name)' already declares the attribute '\(attributeName)'",
          at: range(nameToken), related: [.init(survey.lists[l].attributes[earlier].nameRange, "first declared here")],
          help: "each attribute is declared once; rename or remove this one"))
      return
    }
    let type: AttributeType
    switch tree.tokenKind(typeToken) {
    case .kwInteger: type = .integer
    case .kwDecimal: type = .decimal
    case .kwText: type = .text
    default:
      let typeName = name(typeToken)
      if let m = survey.listIndex[typeName] {
        listUsed[m] = true
        type = .option(m)
      } else if tree.tokenKind(typeToken) != .identifier || ["boolean", "date", "time", "datetime"].contains(typeName) {
        report(
          Diagnostic(
            .attributeValueType, "an attribute cannot be of type '\(typeName)'", at: range(typeToken),
            help: "an attribute is an integer, a decimal, a text, or an option of a choice list (give the list's name)")
        )
        type = .invalid
      } else {
        _ = resolveList(typeToken)
        type = .invalid
      }
    }
    survey.lists[l].attributeIndex[attributeName] = survey.lists[l].attributes.count
    survey.lists[l].attributes.append(ListAttribute(name: attributeName, nameRange: range(nameToken), type: type))
  }

  /// Reads an option's `ATTR = VALUE` pairs: each declared attribute exactly once, of its type.
  private mutating func readAttributeValues(_ o: NodeID, option k: Int, list l: ListID) {
    let attributes = survey.lists[l].attributes
    var values = [AttributeValue?](repeating: nil, count: attributes.count)
    var givenAt = [TextRange?](repeating: nil, count: attributes.count)
    for a in tree.children(o, .optionAttribute) {
      guard let t = tree.nameToken(a) else { continue }
      let attributeName = name(t)
      guard let i = survey.lists[l].attributeIndex[attributeName] else {
        let near = suggestions(for: attributeName) { $0.survey.lists[l].attributes.map(\.name) }
        report(
          Diagnostic(
            .unknownAttribute, "the list '\(survey.lists[l].name)' declares no attribute '\(attributeName)'",
            at: range(t),
            help: NearMiss.help("an attribute", "attributes", near)
              ?? "its attributes are \(attributes.map(\.name).joined(separator: ", "))",
            fixes: near.first.map { [.init(title: "change to '\($0)'", range: range(t), replacement: $0)] } ?? []))
        continue
      }
      if let earlier = givenAt[i] {
        report(
          Diagnostic(
            .attributeNotOnce, "the option already gives the attribute '\(attributeName)'", at: range(t),
            related: [.init(earlier, "first given here")], help: "give each attribute once; remove one of the two"))
        continue
      }
      givenAt[i] = range(t)
      guard let valueNode = tree.children(a).first(where: { tree.kind($0) != .error }),
        tree.kind(valueNode) == .signedNumber || tree.kind(valueNode) == .nameRef || tree.kind(valueNode) == .literal
      else { continue }
      values[i] = attributeValue(valueNode, attributes[i], list: l)
    }
    survey.lists[l].options[k].attributes = values
    let option = survey.lists[l].options[k]
    guard !hasSyntaxError(in: tree.range(o)) else { return }
    for (i, attribute) in attributes.enumerated() where givenAt[i] == nil {
      report(
        Diagnostic(
          .attributeNotOnce, "the option '\(option.name)' gives no value for the attribute '\(attribute.name)'",
          at: option.nameRange, related: [.init(attribute.nameRange, "declared here")],
          help: "every option gives every attribute of its list: add \(attribute.name) = VALUE after its labels"))
    }
  }

  /// The value of one `ATTR = VALUE`, checked against the attribute's type (nil after reporting).
  private mutating func attributeValue(_ n: NodeID, _ attribute: ListAttribute, list l: ListID) -> AttributeValue? {
    let r = tree.range(n)
    let isInteger = tree.kind(n) == .signedNumber && tree.token(n, .integer) != nil
    let isDecimal = tree.kind(n) == .signedNumber && tree.token(n, .decimal) != nil
    let stringToken = tree.kind(n) == .literal ? tree.token(n, .string) : nil
    let written: String
    if isInteger {
      written = "a whole number"
    } else if isDecimal {
      written = "a decimal number"
    } else if stringToken != nil {
      written = "a text"
    } else if tree.kind(n) == .nameRef {
      written = "a name"
    } else {
      written = "'\(tree.text(n))'"
    }
    func wrong(_ expected: String, _ example: String) -> AttributeValue? {
      report(
        Diagnostic(
          .attributeValueType, "the attribute '\(attribute.name)' is \(expected), but this is \(written)", at: r,
          help: "write \(example)"))
      return nil
    }
    switch attribute.type {
    case .invalid:
      return nil
    case .integer:
      guard isInteger else { return wrong("a whole number (integer)", "a whole number, e.g. \(attribute.name) = 12") }
      return integerValue(n, what: "an attribute", help: Self.codeHelp).map { .integer($0) }
    case .decimal:
      guard isInteger || isDecimal else { return wrong("a number (decimal)", "a number, e.g. \(attribute.name) = 1.5") }
      return numberValue(n, what: "an attribute", help: "write a smaller number").map { .decimal($0.0) }
    case .text:
      guard let t = stringToken else { return wrong("a text", "a quoted text, e.g. \(attribute.name) = \"North\"") }
      return .text(StringDecoder.decode(tree.bytes, range(t)).display)
    case .option(let m):
      let target = survey.lists[m]
      let example = target.options.first.map { "\(attribute.name) = \($0.name)" } ?? "an option's name"
      guard tree.kind(n) == .nameRef, let t = tree.nameToken(n) else {
        return wrong("an option of the list '\(target.name)'", "the option's name, e.g. \(example)")
      }
      let optionName = name(t)
      if let idx = target.optionIndex[optionName] { return .option(idx) }
      let near = suggestions(for: optionName) { $0.survey.lists[m].options.map(\.name) }
      report(
        Diagnostic(
          .optionNotInList, "'\(optionName)' is not an option of the list '\(target.name)'", at: r,
          help: NearMiss.help("an option", "options", near) ?? "its options are \(Self.names(of: target))",
          fixes: near.first.map { [.init(title: "change to '\($0)'", range: r, replacement: $0)] } ?? []))
      return nil
    }
  }

  // MARK: Option conditions

  /// Lowers every option's `if (COND)` (after the item walk, so that every variable's type is known). A condition
  /// may read any answer outside repeats; `checkOfferedOptions` then requires it to be asked before every
  /// question that uses the list.
  mutating func lowerOptionConditions() {
    for l in survey.lists.indices {
      for (k, o) in optionNodes[l].enumerated() {
        guard let c = tree.child(o, .optionCondition) else { continue }
        let keyword = tree.firstSignificantToken(c).map(range) ?? tree.range(c)
        let option = survey.lists[l].options[k]
        let scope = Scope(
          ordinal: Int.max, selfVariable: nil, allowSelf: false, universe: 0,
          what: "the condition of option '\(option.name)'")
        survey.lists[l].options[k].condition = lowerCondition(
          tree.expression(in: c), scope: scope, fallback: keyword)
      }
    }
  }

  // MARK: Filters

  /// Lowers a question's `where` filter: only a question answered from a list can have one; `option.ATTR` in it
  /// names the candidate option's attribute.
  mutating func lowerFilter(of n: NodeID, question v: VariableID, universe: UniverseID) -> Expr? {
    guard let clause = tree.child(n, .filterClause) else { return nil }
    let keyword = tree.firstSignificantToken(clause).map(range) ?? tree.range(clause)
    let variable = survey.variables[v]
    let list: ListID
    switch variable.questionType {
    case .oneOf(let l)?, .manyOf(let l)?: list = l
    case .invalid?: return nil
    default:
      report(
        Diagnostic(
          .misplacedOptionFilter,
          "only a question answered from a choice list can have a 'where' filter: '\(variable.name)' has no options",
          at: keyword, help: "remove the filter, or make the question 'one of LIST' or 'many of LIST'"))
      return nil
    }
    let scope = Scope(
      ordinal: variable.ordinal, selfVariable: v, allowSelf: false, universe: universe,
      what: "the filter of '\(variable.name)'")
    let saved = filterList
    filterList = list
    let filter = lowerCondition(tree.expression(in: clause), scope: scope, fallback: keyword)
    filterList = saved
    if filter.type == .boolean {
      loweredFilters.append(LoweredFilter(question: v, list: list, filter: filter, universe: universe))
    }
    return filter
  }

  /// `option.ATTR`: inside a filter, the candidate option's attribute; elsewhere an error, unless a grid or list
  /// is named `option` (nil: lowered as usual).
  mutating func lowerCandidateAttribute(_ attributeName: String, at r: TextRange, attributeRange: TextRange) -> Expr? {
    guard let l = filterList else {
      if survey.variableIndex["option"] != nil || survey.listIndex["option"] != nil { return nil }
      report(
        Diagnostic(
          .misplacedOptionFilter,
          "'option.\(attributeName)' names an attribute of the option being filtered: it can only be used in a "
            + "question's 'where' filter", at: r,
          help: "filter a question's options with: question q: one of LIST where option.\(attributeName) == … { … }"))
      return Expr(.invalid, r, .error)
    }
    let list = survey.lists[l]
    if let a = list.attributeIndex[attributeName] {
      return Expr(.optionAttribute(l, a), r, list.attributes[a].type.valueType)
    }
    let near = suggestions(for: attributeName) { $0.survey.lists[l].attributes.map(\.name) }
    let declared = list.attributes.map(\.name)
    report(
      Diagnostic(
        .unknownAttribute, "the list '\(list.name)' declares no attribute '\(attributeName)'", at: attributeRange,
        related: [.init(list.nameRange, "the list")],
        help: NearMiss.help("an attribute", "attributes", near)
          ?? (declared.isEmpty
            ? "declare it after the list's name, e.g. choices \(list.name) (\(attributeName): text) { … }, and give "
              + "each option a value"
            : "its attributes are \(declared.joined(separator: ", "))"),
        fixes: near.first.map { [.init(title: "change to '\($0)'", range: attributeRange, replacement: $0)] } ?? []))
    return Expr(.invalid, r, .error)
  }

  /// `option` alone inside a filter: it names nothing (nil elsewhere, or when a variable is named `option`).
  mutating func lowerBareCandidate(at r: TextRange) -> Expr? {
    guard let l = filterList, survey.variableIndex["option"] == nil else { return nil }
    let example = survey.lists[l].attributes.first.map(\.name) ?? "ATTR"
    report(
      Diagnostic(
        .misplacedOptionFilter, "'option' alone names nothing: a filter reads an attribute of the candidate option",
        at: r, help: "write option.\(example), an attribute of the list '\(survey.lists[l].name)'"))
    return Expr(.invalid, r, .error)
  }
}
