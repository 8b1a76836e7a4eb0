// "Other, please specify" (`specify { … }` on an option) and option help (`description { … }`): the text variable
// `QUESTION_OPTION` that every question using the list gets, declared right after it and asked when the option is
// chosen, and the misuses (a grid over such a list, QD3014; specify on an exclusive option of a `many of`, QD3015).

import QDSLSyntax

extension CheckerState {
  /// Declares the text variables of a `one of` / `many of` question's specify options right after it, in the
  /// order of the options. Returns the last ordinal used (the question's own when there are none).
  mutating func declareSpecifyVariables(of question: VariableID, ordinal: Int) -> Int {
    guard let l = survey.variables[question].type.choiceList, survey.lists[l].hasSpecify else { return ordinal }
    var last = ordinal
    let q = survey.variables[question]
    for k in survey.lists[l].specifyOptions {
      let option = survey.lists[l].options[k]
      last += 1
      _ = declare(
        "\(q.name)_\(option.name)", kind: .question, type: .text, required: q.isRequired, at: q.nameRange,
        ordinal: last, specifies: SpecifyOrigin(question: question, list: l, option: k))
      survey.variables[survey.variables.count - 1].questionType = .text(maxLength: nil)
    }
    return last
  }

  /// A variable name taken twice where one of the two is an "other, specify" text: said in those words.
  mutating func reportSpecifyClash(
    _ name: String, at nameRange: TextRange, specifies: SpecifyOrigin?, earlier: VariableID
  ) {
    let first = survey.variables[earlier]
    func origin(_ s: SpecifyOrigin) -> String {
      "the 'other, specify' text of '\(survey.variables[s.question].name)' for its option "
        + "'\(survey.lists[s.list].options[s.option].name)'"
    }
    let message: String
    if let specifies {
      message = "\(origin(specifies)) is named '\(name)', but a variable named '\(name)' is already declared"
    } else {
      message = "'\(name)' is already the name of \(first.specifies.map(origin) ?? "another variable")"
    }
    report(
      Diagnostic(
        .dataNameClash, message, at: nameRange,
        related: [.init(first.nameRange, first.specifies.map { origin($0) } ?? "first declared here")],
        help: "a specify text is named QUESTION_OPTION and becomes a column of the data file: rename the question, "
          + "the option or the other variable"))
  }

  /// Lowers every option's `description` and `specify` prompt (before the item walk: the prompts become the texts
  /// of the specify questions). Like labels, they are not positioned in the interview: pipes are only resolved.
  mutating func lowerOptionParts() {
    for l in survey.lists.indices {
      for (k, o) in optionNodes[l].enumerated() {
        let option = survey.lists[l].options[k]
        let scope = Scope(
          ordinal: Int.max, selfVariable: nil, allowSelf: false, universe: 0, what: "the option's help",
          positioned: false)
        if let part = tree.child(o, .optionDescription), let block = tree.child(part, .translations) {
          let keyword = tree.firstSignificantToken(part).map(range) ?? tree.range(part)
          survey.lists[l].options[k].description = lowerText(
            block, anchor: keyword, what: "the description of option '\(option.name)'", scope: scope)
        }
        if let part = tree.child(o, .optionSpecify), let block = tree.child(part, .translations) {
          let keyword = tree.firstSignificantToken(part).map(range) ?? tree.range(part)
          survey.lists[l].options[k].specify = lowerText(
            block, anchor: keyword, what: "the specify prompt of option '\(option.name)'", scope: scope)
        }
      }
    }
  }

  /// The items asking a question's specify texts, each under `if QUESTION == OPTION` (`contains` for `many of`),
  /// to follow the question's item. Sets the next ordinal past them.
  mutating func specifyItems(after item: Item, universe: UniverseID) -> [Item] {
    guard case .question(let q) = item.kind else { return [] }
    let question = survey.variables[q.variable]
    guard let l = question.type.choiceList, survey.lists[l].hasSpecify else { return [] }
    var items: [Item] = []
    var v = q.variable + 1
    let many: Bool
    if case .manyOf = question.type { many = true } else { many = false }
    for k in survey.lists[l].specifyOptions {
      let option = survey.lists[l].options[k]
      guard let keyword = option.specifyRange else { continue }
      guard v < survey.variables.count, survey.variables[v].specifies?.question == q.variable else { break }
      let subject = Expr(.variable(q.variable), question.nameRange, question.type)
      let value = Expr(.option(l, k), keyword, .option(l))
      let condition = Expr(.binary(many ? .contains : .equal, subject, value), keyword, .boolean)
      let u = addUniverse(universe, .holds(condition))
      survey.variables[v].universe = u
      let text = Question(
        variable: v, type: .text(maxLength: nil), isRequired: survey.variables[v].isRequired, text: option.specify,
        hint: nil, checks: [],
        specifies: SpecifyOrigin(question: q.variable, list: l, option: k))
      let asked = Item(kind: .question(text), universe: u, range: item.range)
      let branch = Branch(condition: condition, keywordRange: keyword, universe: u, items: [asked])
      items.append(Item(kind: .conditional(Conditional(branches: [branch])), universe: universe, range: item.range))
      nextOrdinal = survey.variables[v].ordinal + 1
      v += 1
    }
    return items
  }

  /// A grid over a list with a specify option (QD3014), and `specify` on an `exclusive` option of a list that a
  /// `many of` question uses (QD3015).
  mutating func checkSpecify() {
    var gridUsers: [ListID: [TextRange]] = [:]
    var manyUsers: [ListID: [TextRange]] = [:]
    for v in survey.variables where v.specifies == nil && !v.isDuplicate {
      if v.kind == .grid, let g = gridList(v.id), survey.lists[g].hasSpecify {
        gridUsers[g, default: []].append(v.nameRange)
      } else if v.kind == .question, case .manyOf(let l) = v.type, survey.lists[l].hasSpecify {
        manyUsers[l, default: []].append(v.nameRange)
      }
    }
    for (l, users) in gridUsers.sorted(by: { $0.key < $1.key }) {
      for k in survey.lists[l].specifyOptions {
        let option = survey.lists[l].options[k]
        guard let keyword = option.specifyRange, let part = option.specifyPartRange else { continue }
        report(
          Diagnostic(
            .specifyInGrid,
            "the list '\(survey.lists[l].name)' is used by a grid, whose rows have no room for the 'other, specify' "
              + "text of option '\(option.name)'", at: keyword,
            related: users.map { .init($0, "this grid uses the list") },
            help: "remove 'specify { … }' here, or give the grid its own list without it and ask the 'other' in a "
              + "question after the grid",
            fixes: [.init(title: "remove 'specify { … }'", range: part, replacement: "")]))
      }
    }
    for (l, users) in manyUsers.sorted(by: { $0.key < $1.key }) {
      for k in survey.lists[l].specifyOptions {
        let option = survey.lists[l].options[k]
        guard let keyword = option.specifyRange, let exclusive = option.exclusiveRange else { continue }
        report(
          Diagnostic(
            .specifyOnExclusive,
            "the option '\(option.name)' is both 'exclusive' and 'specify': in a 'many of' question, an exclusive "
              + "option means none of the others (\"none\", \"don't know\"), which leaves nothing to specify",
            at: keyword,
            related: users.map { .init($0, "a 'many of' question uses the list") },
            help: "remove 'exclusive' if respondents may name something else besides other options, or remove "
              + "'specify { … }'",
            fixes: [.init(title: "remove 'exclusive'", range: exclusive, replacement: "")]))
      }
    }
  }

  /// The list of a grid (from its rows' type).
  private func gridList(_ g: VariableID) -> ListID? {
    let next = g + 1
    guard next < survey.variables.count, case .gridRow(let owner, _) = survey.variables[next].kind, owner == g else {
      return nil
    }
    return survey.variables[next].type.choiceList
  }
}
