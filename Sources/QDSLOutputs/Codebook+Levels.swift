// The levels of a codebook: each level's key columns (record id, the iteration numbers, the option of a
// `for each` over options) as variables of its file, what its rows are in words, and the universe of a variable
// inside a repeat as conditions per iteration, each at the level it is read at.

import QDSLSemantics
import QDSLWords

extension CodebookLowering {
  /// The variables grouped by level, each level's key columns first when the survey has repeats, and the levels.
  mutating func finish() -> ([CodebookVariable], [CodebookLevel]) {
    guard survey.levels.count > 1 else {
      let variables = variablesByLevel[0]
      let level = CodebookLevel(
        name: "", parent: nil, keys: survey.levels.first?.keys ?? ["record_id"], rows: rows(0), maxRows: 1,
        variables: 0..<variables.count)
      return (variables, [level])
    }
    var variables: [CodebookVariable] = []
    variables.reserveCapacity(variablesByLevel.reduce(0) { $0 + $1.count } + survey.levels.count * 3)
    var levels: [CodebookLevel] = []
    for l in survey.levels.indices {
      let start = variables.count
      variables += keyColumns(l)
      variables += variablesByLevel[l]
      let level = survey.levels[l]
      levels.append(
        CodebookLevel(
          name: l == 0 ? "" : level.name, parent: l == 0 ? nil : (level.parent ?? 0), keys: level.keys,
          rows: rows(l), maxRows: l == 0 ? 1 : level.maxIterations, variables: start..<variables.count))
    }
    for l in levels.indices { if let p = levels[l].parent { levels[p].children.append(l) } }
    return (variables, levels)
  }

  /// The same text in every language, from the words of each.
  private func inEveryLanguage(_ text: (CodebookWords) -> String) -> Translations {
    Translations(words.map { ($0.language, text($0.words)) })
  }

  /// The key columns of a level's file: `record_id`, each enclosing repeat's and its own `R_index`, and `R`
  /// (the option's code) for a `for each` over options.
  private mutating func keyColumns(_ l: LevelID) -> [CodebookVariable] {
    let level = survey.levels[l]
    var keys: [CodebookVariable] = []
    func key(_ name: String, _ column: KeyColumn, _ storage: Storage, _ typeName: String, _ label: Translations)
      -> CodebookVariable
    {
      CodebookVariable(
        name: name, expressionName: name, source: .key(column), storage: storage, labels: label,
        questionTexts: Translations([]), hints: nil, values: [], minimum: nil, maximum: nil, maxLength: nil,
        isRequired: true, sections: [], sectionTitle: nil, universeWords: nil, universeExpression: nil,
        formula: nil, typeName: typeName, level: l)
    }
    for name in level.keys {
      if name == "record_id" {
        keys.append(key(name, .record, .text, "text", inEveryLanguage { $0.levels.recordKeyLabel }))
      } else if let owner = survey.levelPath(l).first(where: { survey.levels[$0].name + "_index" == name }) {
        let repeatName = survey.levels[owner].name
        var entry = key(
          name, .index(repeatName: repeatName), .integer, "integer",
          inEveryLanguage { LevelWords.fill($0.levels.indexKeyLabel, ["repeat": repeatName]) })
        entry.minimum = 1
        entry.maximum = Double(max(survey.levels[owner].maxIterations, 1))
        keys.append(entry)
      } else if name == level.name, let list = level.optionList {
        var entry = key(
          name, .option(repeatName: name), .code, "one of " + survey.lists[list].name,
          inEveryLanguage { LevelWords.fill($0.levels.optionKeyLabel, ["repeat": name]) })
        entry.values = values(list)
        keys.append(entry)
      }
    }
    return keys
  }

  /// What one row of a level's file stands for, per language: "one row per person; as many as household_size
  /// (at most 20)", "one row per option chosen in crops (at most 3)"; "; within each person row" when nested.
  private func rows(_ l: LevelID) -> Translations {
    guard l > 0, l < survey.levels.count else { return inEveryLanguage { $0.levels.rowPerRecord } }
    let level = survey.levels[l]
    let max = String(level.maxIterations)
    return Translations(
      words.map { language, words in
        let w = words.levels
        let sentence = ExprWords(survey: survey, language: language, words: words)
        var text: String
        switch level.driver {
        case .count(let count):
          text = LevelWords.fill(
            w.rowsCounted, ["repeat": level.name, "count": sentence.text(count, 0), "max": max])
        case .forEachQuestion(let v, _):
          text = LevelWords.fill(w.rowsChosen, ["question": survey.variables[v].name, "max": max])
        case .forEachList(let list):
          text = LevelWords.fill(w.rowsListed, ["list": survey.lists[list].name, "max": max])
        case .forEachRepeat(let source):
          text = LevelWords.fill(w.rowsPerSource, ["source": survey.levels[source].name, "max": max])
        case .addAnother(let condition):
          text = LevelWords.fill(
            w.rowsAddAnother, ["repeat": level.name, "condition": sentence.text(condition, 0), "max": max])
        case .none, .invalid:
          text = level.name
        }
        if let parent = level.parent, parent != 0 {
          text += LevelWords.fill(w.withinEachRow, ["parent": survey.levels[parent].name])
        }
        return (language, text)
      })
  }

  /// The universe of a variable inside the repeat `level`, per language: "for each person row where age ≥ 16,
  /// in records where farm = Yes (1)". Each condition (each operand of an `and`) is placed at the deepest level
  /// it reads (the variable's own, an enclosing repeat's, or the instrument's); a level without conditions is
  /// left out.
  func universeWordsPerIteration(_ u: UniverseID, level: LevelID) -> Translations {
    var facts: [UniverseFact] = []
    for fact in survey.facts(of: u) {
      if case .holds(let e) = fact { conjuncts(e) { facts.append(.holds($0)) } } else { facts.append(fact) }
    }
    let path = survey.levelPath(level)
    // The facts at each level of the path, innermost first, then the instrument's.
    let order = path.reversed() + [0]
    var byLevel: [LevelID: [UniverseFact]] = [:]
    for fact in facts { byLevel[deepestLevel(fact, within: order), default: []].append(fact) }
    return Translations(
      words.map { language, words in
        let w = words.levels
        let sentence = ExprWords(survey: survey, language: language, words: words)
        func conditions(_ facts: [UniverseFact]) -> String {
          facts.map { sentence.fact($0, standalone: facts.count == 1) }.joined(separator: " \(words.and) ")
        }
        var text = LevelWords.fill(w.forEachRow, ["repeat": survey.levels[level].name])
        if let own = byLevel[level] { text += LevelWords.fill(w.whereRow, ["condition": conditions(own)]) }
        for l in order.dropFirst() {
          guard let facts = byLevel[l] else { continue }
          text += ", "
          text +=
            l == 0
            ? LevelWords.fill(w.inRecordsWhere, ["condition": conditions(facts)])
            : LevelWords.fill(w.inRowsWhere, ["repeat": survey.levels[l].name, "condition": conditions(facts)])
        }
        return (language, text)
      })
  }

  /// The operands of a chain of `and`, in order.
  private func conjuncts(_ e: Expr, _ body: (Expr) -> Void) {
    if case .binary(.and, let a, let b) = e.kind {
      conjuncts(a, body)
      conjuncts(b, body)
    } else {
      body(e)
    }
  }

  /// The deepest of `levels` (innermost first) that the fact reads; the last (the instrument's) when none.
  private func deepestLevel(_ fact: UniverseFact, within levels: [LevelID]) -> LevelID {
    var read: Set<LevelID> = []
    collectLevels(fact, into: &read)
    return levels.first { read.contains($0) } ?? 0
  }

  private func collectLevels(_ fact: UniverseFact, into read: inout Set<LevelID>) {
    switch fact {
    case .holds(let e), .fails(let e): collectLevels(e, into: &read)
    case .survived(let facts, _): for f in facts { collectLevels(f, into: &read) }
    }
  }

  /// The levels an expression reads: a variable's level, the repeat of an iteration's number or option; an
  /// aggregate over R is read at R's enclosing level (and at the levels outside R that its condition reads).
  func collectLevels(_ e: Expr, into read: inout Set<LevelID>) {
    switch e.kind {
    case .variable(let v): read.insert(survey.variables[v].level)
    case .iterationIndex(let l), .iterationOption(let l), .instanceVariable(let l, _): read.insert(l)
    case .aggregate(_, let l, let value, let filter):
      var inside: Set<LevelID> = []
      if let value { collectLevels(value, into: &inside) }
      if let filter { collectLevels(filter, into: &inside) }
      let outer = survey.levels[l].parent ?? 0
      read.insert(outer)
      for x in inside where !survey.encloses(l, x) { read.insert(x) }
    case .list(let items): for i in items { collectLevels(i, into: &read) }
    case .unary(_, let a): collectLevels(a, into: &read)
    case .binary(_, let a, let b):
      collectLevels(a, into: &read)
      collectLevels(b, into: &read)
    case .call(_, let args): for a in args { collectLevels(a, into: &read) }
    case .integer, .decimal, .text, .boolean, .option, .optionAttribute, .invalid: break
    }
  }
}
