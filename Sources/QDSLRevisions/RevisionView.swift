// One side of a revision diff: the codebook of a checked file, each data-file variable with its level (the
// instrument's or a repeat's, from the semantic model) and the source ranges of its name, texts and options,
// so that every change can point at the line it is on.

import QDSLOutputs
import QDSLSemantics
import QDSLSyntax

/// An option as the diff sees it: its code, name, labels and where it is declared.
struct RevisionOption {
  var code: Int
  var name: String
  var labels: Translations
  var isMissing: Bool
  var list: String
  var codeRange: TextRange
  var range: TextRange
  /// The range of each language's label string.
  var labelRanges: [String: TextRange]
  /// The option's help (`description`), with the range of each language's string.
  var description: RevisionText? = nil
}

/// A translated text with the range of each language's string.
struct RevisionText {
  var texts: Translations
  var ranges: [String: TextRange]
  var anchor: TextRange
}

/// A data-file variable with its source places.
struct RevisionVariable {
  var entry: CodebookVariable
  /// The question, grid or calculate it comes from (the question of a `many of` flag, the grid of a row).
  var group: String
  /// The declaring name (for a grid row, the row's name).
  var nameRange: TextRange
  /// The name of its question or grid (for a grid row, the grid's name), where shared parts point.
  var groupRange: TextRange
  var text: RevisionText?
  var hint: RevisionText?
  /// A grid row's label.
  var rowLabel: RevisionText?
  /// The options of its list (for `one of` answers, grid rows and calculated options).
  var options: [RevisionOption]
  /// The list's name and where it is declared.
  var list: (name: String, range: TextRange)?
  /// For a `many of` flag: the option it stands for.
  var flagOption: RevisionOption?
  /// The level whose data file holds it: 0 for the instrument's, else its repeat's.
  var level: LevelID

  var name: String { entry.name }
  var isFlag: Bool { entry.storage == .flag }
}

/// A checked file seen as the diff sees it.
struct RevisionView {
  let file: CheckedFile
  let variables: [RevisionVariable]
  let index: [String: Int]
  /// The first variable of each question, grid or calculate, by its name.
  let groupIndex: [String: Int]
  /// The `languages` declaration (or the start of the file).
  let languagesRange: TextRange
  /// Where each section's name is.
  let sectionRanges: [String: TextRange]
  /// For each level, the indices in `variables` of the variables its data file holds, in document order.
  let levelVariables: [[Int]]
  /// For each level, the options its iterations stand for (a `for each` over options), else empty.
  let levelOptions: [[RevisionOption]]
  var languages: [String] { file.survey.languages }
  var draftLanguages: [String] { file.survey.draftLanguages }
  var survey: Survey { file.survey }
  var levels: [Level] { file.survey.levels }
  var sourceLanguage: String { file.survey.sourceLanguage ?? "en" }

  init(_ file: CheckedFile) {
    self.file = file
    let survey = file.survey
    let codebook = Codebook(survey)
    var parts = RevisionParts(survey: survey)
    parts.walk(survey.items)
    var variables: [RevisionVariable] = []
    variables.reserveCapacity(codebook.variables.count)
    var index: [String: Int] = [:]
    var groupIndex: [String: Int] = [:]
    // Key columns come from the repeats around the variables, not from a declaration of their own.
    for entry in codebook.variables where !entry.isKey {
      let source = parts.variable(entry)
      guard index[entry.name] == nil else { continue }
      index[entry.name] = variables.count
      if groupIndex[source.group] == nil { groupIndex[source.group] = variables.count }
      variables.append(source)
    }
    var levelVariables = Array(repeating: [Int](), count: survey.levels.count)
    for (i, v) in variables.enumerated() where v.level < levelVariables.count { levelVariables[v.level].append(i) }
    self.levelVariables = levelVariables
    sectionRanges = parts.sectionRanges
    levelOptions = survey.levels.map { level in level.optionList.map { parts.options($0) } ?? [] }
    self.variables = variables
    self.index = index
    self.groupIndex = groupIndex
    let tree = file.parse.tree
    let languages = tree.children(SyntaxTree.root).first { tree.kind($0) == .languagesDecl }
    languagesRange = languages.map { tree.range($0) } ?? TextRange(0, 0)
  }

  func variable(_ name: String) -> RevisionVariable? { index[name].map { variables[$0] } }

  /// The first variable of a question, grid or calculate.
  func first(ofGroup group: String) -> RevisionVariable? { groupIndex[group].map { variables[$0] } }

  /// The key columns a repeat adds to its data file: its `R_index` and, for a `for each` over options, `R`.
  func ownKeys(_ level: LevelID) -> [String] {
    let name = levels[level].name
    return levels[level].keys.filter { $0 == name + "_index" || $0 == name }
  }

  /// The level in words: "the top level" or "the repeat 'person'".
  func place(_ level: LevelID) -> String { level == 0 ? "the top level" : "the repeat '\(levels[level].name)'" }

  /// The level and its data file's rows in words, for the old and new values of a change.
  func rows(_ level: LevelID) -> String {
    level == 0
      ? "top level (one row per record)"
      : "repeat '\(levels[level].name)' (one row per iteration, keys \(levels[level].keys.joined(separator: ", ")))"
  }
}

/// Collects where each variable's texts are, by walking the item tree once.
struct RevisionParts {
  let survey: Survey
  var texts: [VariableID: (text: TranslatedText?, hint: TranslatedText?, row: TranslatedText?, list: ListID?)] = [:]
  var optionCache: [ListID: [RevisionOption]] = [:]
  /// Where each section's name is, for the order variable of a shuffled section.
  var sectionRanges: [String: TextRange] = [:]

  init(survey: Survey) { self.survey = survey }

  mutating func walk(_ items: [Item]) {
    for item in items {
      switch item.kind {
      case .section(let s):
        sectionRanges[s.name] = s.nameRange
        walk(s.items)
      case .repeat(let r): walk(r.items)
      case .conditional(let c): for b in c.branches { walk(b.items) }
      case .question(let q):
        var list: ListID?
        switch q.type {
        case .oneOf(let l), .manyOf(let l): list = l
        default: list = nil
        }
        texts[q.variable] = (q.text, q.hint, nil, list)
      case .grid(let g):
        for row in g.rows { texts[row.variable] = (g.text, g.hint, row.label, g.list) }
      case .calculate(let c):
        texts[c.variable] = (nil, nil, nil, survey.variables[c.variable].type.choiceList)
      case .note, .end: break
      }
    }
  }

  static func text(_ t: TranslatedText?, languages: [String]) -> RevisionText? {
    guard let t else { return nil }
    var entries: [(language: String, text: String)] = []
    var ranges: [String: TextRange] = [:]
    for language in languages {
      guard let e = t.entries.first(where: { $0.language == language }) else { continue }
      entries.append((language, e.template.display))
      ranges[language] = e.stringRange
    }
    return RevisionText(texts: Translations(entries), ranges: ranges, anchor: t.anchor)
  }

  mutating func options(_ l: ListID) -> [RevisionOption] {
    if let cached = optionCache[l] { return cached }
    let list = survey.lists[l]
    let options = list.options.map { o -> RevisionOption in
      let label = Self.text(o.label, languages: survey.languages)
      return RevisionOption(
        code: o.code, name: o.name, labels: label?.texts ?? Translations([]), isMissing: o.isMissing, list: list.name,
        codeRange: o.codeRange, range: o.codeRange.cover(o.nameRange), labelRanges: label?.ranges ?? [:],
        description: Self.text(o.description, languages: survey.languages))
    }
    optionCache[l] = options
    return options
  }

  mutating func variable(_ entry: CodebookVariable) -> RevisionVariable {
    let group: String
    var flagCode: Int?
    switch entry.source {
    case .selectedOption(let question, let code):
      group = question
      flagCode = code
    case .gridRow(let grid, _): group = grid
    case .rank(let question, _): group = question
    case .shownOrder(let owner): group = owner
    case .question, .calculate, .key, .paradata, .sample: group = entry.expressionName
    }
    // The order shown by a shuffled question or section: a text of its own, placed at its question or section.
    var isOrder = false
    if case .shownOrder = entry.source { isOrder = true }
    let v = survey.variable(named: flagCode == nil && !isOrder ? entry.expressionName : group)
    let parts = isOrder ? nil : v.flatMap { texts[$0.id] }
    let listID = parts?.list
    let options = listID.map { self.options($0) } ?? []
    let languages = survey.languages
    var isRank = false
    if case .rank = entry.source { isRank = true }
    // A specify text is declared by its question's name; the diff points at the option's `specify`.
    let specifyRange = v?.specifies.flatMap { survey.lists[$0.list].options[$0.option].specifyRange }
    let ownerRange = specifyRange ?? (isOrder ? (v?.nameRange ?? sectionRanges[group]) : v?.nameRange)
    return RevisionVariable(
      entry: entry, group: group, nameRange: ownerRange ?? TextRange(0, 0),
      groupRange: specifyRange ?? survey.variable(named: group)?.nameRange ?? ownerRange ?? TextRange(0, 0),
      text: Self.text(parts?.text, languages: languages), hint: Self.text(parts?.hint, languages: languages),
      rowLabel: Self.text(parts?.row, languages: languages), options: flagCode == nil && !isRank ? options : [],
      list: listID.map { (survey.lists[$0].name, survey.lists[$0].nameRange) },
      flagOption: flagCode.flatMap { code in options.first { $0.code == code } }, level: v?.level ?? 0)
  }
}
