// Lowers a checked survey into its codebook: the data-file variables of each level (the instrument's, then one
// per repeat) in document order, after `many of` and grid expansion, with labels, values, universes and checks in
// words, and formulas; and when the survey has repeats, each level's key columns and what its rows are.

import QDSLSemantics
import QDSLWords

extension Codebook {
  /// The codebook of a survey without errors. `stem` names the data files (`STEM.csv`, `STEM.person.csv`); the
  /// survey's id when not given.
  public init(_ survey: Survey, stem: String? = nil) {
    var lowering = CodebookLowering(survey: survey)
    lowering.addParadata()
    lowering.addSamples()
    lowering.walk(survey.items, sections: [], sectionTitle: nil)
    let (variables, levels) = lowering.finish()
    self.init(
      surveyID: survey.id ?? "survey", version: survey.version, languages: survey.languages,
      title: survey.title.map { Translations(lowering.texts($0)) }, variables: variables, levels: levels,
      stem: stem ?? survey.id ?? "survey")
    draftLanguages = survey.draftLanguages
  }
}

struct CodebookLowering {
  let survey: Survey
  /// The variables of each level, in document order.
  var variablesByLevel: [[CodebookVariable]]
  /// The level whose items are being lowered.
  var level: LevelID = 0
  /// Universes in words and as expressions, once per universe (and level): the options of a `many of`
  /// question, and the questions of one `if` branch, share theirs.
  var universeCache: [UniverseKey: Translations?] = [:]
  var universeTextCache: [UniverseID: String?] = [:]
  /// The values of each choice list, made once and shared by every variable that uses the list.
  var valueCache: [ListID: [CodebookValue]] = [:]
  /// The 0/1 values of `many of` flags and calculated conditions.
  let flagValues: [CodebookValue]
  let booleanValues: [CodebookValue]
  /// The codebook's words in each of the survey's languages.
  let words: [(language: String, words: CodebookWords)]
  /// Whether each of the survey's languages is a draft.
  let isDraft: [Bool]

  /// A universe as seen from a level: the same conditions read per iteration at one level, once at another.
  struct UniverseKey: Hashable {
    var universe: UniverseID
    var level: LevelID
  }

  init(survey: Survey) {
    self.survey = survey
    variablesByLevel = Array(repeating: [], count: max(survey.levels.count, 1))
    let words = survey.languages.map { (language: $0, words: Words.codebook(for: $0)) }
    self.words = words
    isDraft = survey.languages.map { survey.draftLanguages.contains($0) }
    func value(_ code: Int, _ name: String, _ word: KeyPath<CodebookWords, String>) -> CodebookValue {
      CodebookValue(
        code: code, name: name, labels: Translations(words.map { ($0.language, $0.words[keyPath: word]) }),
        isMissing: false)
    }
    flagValues = [value(0, "not_selected", \.notSelected), value(1, "selected", \.selected)]
    booleanValues = [value(0, "false", \.falseValue), value(1, "true", \.trueValue)]
  }

  func texts(_ text: TranslatedText) -> [(language: String, text: String)] {
    var texts: [(language: String, text: String)] = []
    texts.reserveCapacity(survey.languages.count)
    for (i, language) in survey.languages.enumerated() {
      if let template = text.template(language) {
        texts.append((language, Self.display(template)))
      } else if isDraft[i], let source = survey.sourceLanguage, let template = text.template(source) {
        // A draft language's missing text: the source language's, marked, so that analysts see what respondents saw.
        texts.append((language, Codebook.fallbackMark(source) + " " + Self.display(template)))
      }
    }
    return texts
  }

  /// "question: option", built in one string rather than through an intermediate "question: ".
  static func label(_ question: String, _ own: String) -> String {
    var label = ""
    label.reserveCapacity(question.utf8.count + 2 + own.utf8.count)
    label += question
    label += ": "
    label += own
    return label
  }

  /// `template.display`, without building a new string for the usual text of one literal part.
  static func display(_ template: TextTemplate) -> String {
    if template.parts.count == 1, case .literal(let s) = template.parts[0] { return s }
    return template.display
  }

  func translations(_ text: TranslatedText?) -> Translations {
    // A closure, not `text.map(texts)`: a method reference would copy the whole lowering on every call.
    Translations(text.map { texts($0) } ?? [])
  }

  mutating func walk(_ items: [Item], sections: [String], sectionTitle: Translations?) {
    for item in items {
      switch item.kind {
      case .section(let s):
        let title = s.title.map { Translations(texts($0)) }
        walk(s.items, sections: sections + [s.name], sectionTitle: title)
        if let order = s.shuffle {
          addOrder(
            order, of: s.name, texts: title ?? Translations([]), isSection: true, universe: item.universe,
            sections: sections + [s.name], sectionTitle: title)
        }
      case .conditional(let c):
        for b in c.branches { walk(b.items, sections: sections, sectionTitle: sectionTitle) }
      case .repeat(let r):
        let outer = level
        level = r.level
        walk(r.items, sections: sections, sectionTitle: sectionTitle)
        level = outer
      case .question(let q):
        addQuestion(q, sections: sections, sectionTitle: sectionTitle)
      case .grid(let g):
        addGrid(g, sections: sections, sectionTitle: sectionTitle)
      case .calculate(let c):
        addCalculate(c, sections: sections, sectionTitle: sectionTitle)
      case .note, .end:
        break
      }
    }
  }

  /// Adds a variable to the level being lowered.
  mutating func append(_ entry: CodebookVariable) { variablesByLevel[level].append(entry) }

  mutating func values(_ list: ListID) -> [CodebookValue] {
    if let cached = valueCache[list] { return cached }
    let values = survey.lists[list].options.map {
      var value = CodebookValue(
        code: $0.code, name: $0.name, labels: translations($0.label), isMissing: $0.isMissing,
        descriptions: $0.description.map { translations($0) })
      offered(&value, $0, list)
      return value
    }
    valueCache[list] = values
    return values
  }

  /// The paradata fields, first in the instrument's data file: labelled with what they record.
  mutating func addParadata() {
    for v in survey.variables where !v.isDuplicate {
      guard case .paradata(let kind) = v.kind else { continue }
      let label = Translations(survey.languages.map { ($0, Self.paradataLabel(kind, Words.paradata(for: $0))) })
      var entry = base(
        v, name: v.name, source: .paradata(kind: kind.rawValue), storage: .text, labels: label,
        texts: Translations([]), sections: [], sectionTitle: nil, typeName: "paradata \(kind.rawValue)")
      switch kind.valueType {
      case .datetime: entry.storage = .datetime
      case .date: entry.storage = .date
      default: entry.storage = .text
      }
      append(entry)
    }
  }

  /// What a paradata field records, in the codebook's words.
  static func paradataLabel(_ kind: ParadataKind, _ words: ParadataWords) -> String {
    switch kind {
    case .start: return words.start
    case .end: return words.end
    case .today: return words.today
    case .device: return words.device
    case .user: return words.user
    }
  }

  mutating func base(
    _ v: Variable, name: String, source: CodebookSource, storage: Storage, labels: Translations,
    texts: Translations, sections: [String], sectionTitle: Translations?, typeName: String? = nil
  ) -> CodebookVariable {
    CodebookVariable(
      name: name, expressionName: v.name, source: source, storage: storage, labels: labels, questionTexts: texts,
      hints: nil, values: [], minimum: nil, maximum: nil, maxLength: nil, isRequired: v.isRequired, sections: sections,
      sectionTitle: sectionTitle, universeWords: cachedUniverseWords(v.universe, level: level),
      universeExpression: cachedUniverseText(v.universe), formula: nil,
      typeName: typeName ?? v.type.spelling(survey), level: level)
  }

  /// A question's checks: each condition in words in every language and in qdsl, and its message.
  func checks(_ q: Question) -> [CodebookCheck] {
    q.checks.map { check in
      CodebookCheck(
        conditionWords: Translations(
          words.map { language, words in
            (language, ExprWords(survey: survey, language: language, words: words).text(check.condition, 0))
          }),
        expression: survey.source(of: check.condition), messages: translations(check.message),
        isSoft: check.isSoft)
    }
  }

  /// Text variants: each condition in words in every language and in qdsl, and its text.
  func textVariants(_ variants: [TextVariant]) -> [CodebookTextVariant] {
    variants.map { variant in
      CodebookTextVariant(
        conditionWords: Translations(
          words.map { language, words in
            (language, ExprWords(survey: survey, language: language, words: words).text(variant.condition, 0))
          }),
        expression: survey.source(of: variant.condition), texts: translations(variant.text))
    }
  }

  /// A question's default in words in every language and in qdsl.
  func defaultValue(_ q: Question) -> CodebookDefault? {
    guard let d = q.defaultValue else { return nil }
    return CodebookDefault(
      words: Translations(
        words.map { language, words in
          (language, ExprWords(survey: survey, language: language, words: words).text(d, 0))
        }
      ), expression: survey.source(of: d))
  }

  private mutating func addQuestion(_ q: Question, sections: [String], sectionTitle: Translations?) {
    let v = survey.variables[q.variable]
    let text = translations(q.text)
    let checks = checks(q)
    defer {
      if let order = q.shuffle {
        addOrder(
          order, of: v.name, texts: text, isSection: false, universe: v.universe, sections: sections,
          sectionTitle: sectionTitle)
      }
    }
    if case .rank(let l) = q.type {
      addRanks(q, list: l, text: text, checks: checks, sections: sections, sectionTitle: sectionTitle)
      return
    }
    let filter = q.filter.map(conditionWords)
    if case .manyOf(let l) = q.type {
      let hints = q.hint.map { translations($0) }
      let typeName = v.type.spelling(survey)
      // The same for every option's 0/1 variable: worded once.
      let variants = textVariants(q.variants)
      let defaultWords = defaultValue(q)
      // The options' labels are those of the list's values, made once per list.
      for option in values(l) {
        let name = v.name + "_" + (option.code < 0 ? "m\(option.code.magnitude)" : String(option.code))
        let label = Translations(
          text.entries.map { ($0.language, Self.label($0.text, option.labels[$0.language] ?? option.name)) })
        var entry = base(
          v, name: name, source: .selectedOption(question: v.name, code: option.code), storage: .flag, labels: label,
          texts: text, sections: sections, sectionTitle: sectionTitle, typeName: typeName)
        entry.hints = hints
        entry.values = flagValues
        entry.checks = checks
        // The 0/1 variable of one option: the question's filter and the option's own condition.
        (entry.filterWords, entry.filterExpression) = Self.offeredFlag(filter, option)
        entry.textVariants = variants
        entry.defaultValue = defaultWords
        entry.optionDescription = option.descriptions
        append(entry)
      }
      return
    }
    var entry = base(
      v, name: v.name, source: .question, storage: .integer, labels: text, texts: text, sections: sections,
      sectionTitle: sectionTitle)
    if let s = q.specifies { specify(s, into: &entry) }
    entry.hints = q.hint.map { translations($0) }
    entry.checks = checks
    entry.filterWords = filter?.words
    entry.filterExpression = filter?.expression
    entry.textVariants = textVariants(q.variants)
    entry.defaultValue = defaultValue(q)
    switch q.type {
    case .integer(let lo, let hi):
      entry.storage = .integer
      entry.minimum = lo.map(Double.init)
      entry.maximum = hi.map(Double.init)
    case .decimal(let lo, let hi):
      entry.storage = .decimal
      entry.minimum = lo
      entry.maximum = hi
    case .text(let max):
      entry.storage = .text
      entry.maxLength = max
    case .date:
      entry.storage = .date
    case .time:
      entry.storage = .time
    case .datetime:
      entry.storage = .datetime
    case .oneOf(let l):
      entry.storage = .code
      entry.values = values(l)
    case .manyOf, .rank, .invalid:
      break
    }
    append(entry)
  }

  /// An "other, specify" text: labelled "question: option: prompt" (what statistical packages show), with its
  /// prompt as the question text.
  private mutating func specify(_ s: SpecifyOrigin, into entry: inout CodebookVariable) {
    let option = survey.lists[s.list].options[s.option]
    let optionLabels = translations(option.label)
    // The question's text, from its variable's item: found through the lowered entry of the question.
    let questionName = survey.variables[s.question].name
    let questionTexts = variablesByLevel[level].last { $0.expressionName == questionName }?.questionTexts
    if let questionTexts {
      // "question: option: prompt", so that it differs from a `many of` option's flag ("question: option").
      entry.labels = Translations(
        questionTexts.entries.map {
          let own = Self.label(optionLabels[$0.language] ?? option.name, entry.questionTexts[$0.language] ?? "")
          return ($0.language, Self.label($0.text, own))
        })
    }
    entry.specifies = CodebookSpecify(
      question: questionName, option: option.name, code: option.code, optionLabels: optionLabels)
  }

  private mutating func addGrid(_ g: Grid, sections: [String], sectionTitle: Translations?) {
    let gridVariable = survey.variables[g.variable]
    let text = translations(g.text)
    let hints = g.hint.map { translations($0) }
    let values = g.list.map { self.values($0) } ?? []
    let variants = textVariants(g.variants)
    for row in g.rows {
      let v = survey.variables[row.variable]
      let rowLabels = translations(row.label)
      let label = Translations(
        text.entries.map { ($0.language, Self.label($0.text, rowLabels[$0.language] ?? row.name)) })
      var entry = base(
        v, name: gridVariable.name + "_" + row.name, source: .gridRow(grid: gridVariable.name, row: row.name),
        storage: .code, labels: label, texts: text, sections: sections, sectionTitle: sectionTitle)
      entry.hints = hints
      entry.values = values
      entry.textVariants = variants
      append(entry)
    }
  }

  private mutating func addCalculate(_ c: Calculate, sections: [String], sectionTitle: Translations?) {
    let v = survey.variables[c.variable]
    let formula = survey.source(of: c.formula)
    let label = Translations(survey.languages.map { ($0, "\(v.name) = \(formula)") })
    var entry = base(
      v, name: v.name, source: .calculate, storage: .decimal, labels: label, texts: Translations([]),
      sections: sections,
      sectionTitle: sectionTitle)
    entry.formula = formula
    switch v.type {
    case .integer: entry.storage = .integer
    case .decimal: entry.storage = .decimal
    case .text: entry.storage = .text
    case .date: entry.storage = .date
    case .time: entry.storage = .time
    case .datetime: entry.storage = .datetime
    case .boolean:
      entry.storage = .boolean
      entry.values = booleanValues
    case .oneOf(let l):
      entry.storage = .code
      entry.values = values(l)
    default: break
    }
    append(entry)
  }

  mutating func cachedUniverseWords(_ u: UniverseID, level: LevelID) -> Translations? {
    let key = UniverseKey(universe: u, level: level)
    if let cached = universeCache[key] { return cached }
    let words = level == 0 ? universeWords(u) : universeWordsPerIteration(u, level: level)
    universeCache[key] = words
    return words
  }

  mutating func cachedUniverseText(_ u: UniverseID) -> String? {
    if let cached = universeTextCache[u] { return cached }
    let text = survey.universeText(u)
    universeTextCache[u] = text
    return text
  }

  /// "adopted = Yes (1) and staff > 50", per language; nil for everyone.
  func universeWords(_ u: UniverseID) -> Translations? {
    let facts = survey.facts(of: u)
    guard !facts.isEmpty else { return nil }
    return Translations(
      words.map { language, words in
        let sentence = ExprWords(survey: survey, language: language, words: words)
        return (
          language,
          facts.map { sentence.fact($0, standalone: facts.count == 1) }.joined(separator: " \(words.and) ")
        )
      })
  }
}
