// The codebook entries of order and ranking: one rank variable per option of a `rank of` question
// (`QUESTION_OPTION`, 1 for the first), and the text variable that records the order a shuffled question showed
// its options (`QUESTION_order`, codes) or a shuffled section asked its items (`SECTION_order`, item names).

import QDSLSemantics
import QDSLWords

extension CodebookLowering {
  /// One integer variable per option of a ranking, in the list's order.
  mutating func addRanks(
    _ q: Question, list l: ListID, text: Translations, checks: [CodebookCheck], sections: [String],
    sectionTitle: Translations?
  ) {
    let v = survey.variables[q.variable]
    let hints = q.hint.map { translations($0) }
    let options = values(l)
    for (option, name) in zip(options, v.dataNames) {
      let label = Translations(
        text.entries.map { ($0.language, Self.label($0.text, option.labels[$0.language] ?? option.name)) })
      var entry = base(
        v, name: name, source: .rank(question: v.name, option: option.name), storage: .integer, labels: label,
        texts: text, sections: sections, sectionTitle: sectionTitle)
      entry.hints = hints
      entry.minimum = 1
      entry.maximum = Double(options.count)
      entry.checks = checks
      append(entry)
    }
  }

  /// The text variable recording the order shown by a shuffled question or section: labelled "Order shown: …"
  /// in every language, asked where the question (or section) is.
  mutating func addOrder(
    _ order: ShuffleOrder, of owner: String, texts: Translations, isSection: Bool, universe: UniverseID,
    sections: [String], sectionTitle: Translations?
  ) {
    let labels = Translations(
      survey.languages.map { language in
        let w = Words.order(for: language)
        let what = texts[language] ?? texts.entries.first?.text ?? owner
        return (language, "\(w.orderShown): \(what)")
      })
    let holds = Translations(
      survey.languages.map { language in
        let w = Words.order(for: language)
        return (language, isSection ? w.itemNamesInOrder : w.optionCodesInOrder)
      })
    append(
      CodebookVariable(
        name: order.orderVariable, expressionName: order.orderVariable, source: .shownOrder(of: owner),
        storage: .text, labels: labels, questionTexts: holds, hints: nil, values: [], minimum: nil, maximum: nil,
        maxLength: nil, isRequired: false, sections: sections, sectionTitle: sectionTitle,
        universeWords: cachedUniverseWords(universe, level: level), universeExpression: cachedUniverseText(universe),
        formula: nil, typeName: "text", level: level))
  }
}
