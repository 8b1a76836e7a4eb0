// The codebook's view of cascading and conditional options: a question's filter and each option's condition in
// words in every language (and in qdsl), and each option's attribute values.

import QDSLSemantics
import QDSLWords

extension CodebookLowering {
  /// A condition in words in every language, and as qdsl.
  func conditionWords(_ e: Expr) -> (words: Translations, expression: String) {
    let words = Translations(
      self.words.map { language, words in
        (language, ExprWords(survey: survey, language: language, words: words).text(e, 0))
      })
    return (words, survey.source(of: e))
  }

  /// The filter of a `many of` question's 0/1 variable: the question's filter and the option's condition.
  static func offeredFlag(_ filter: (words: Translations, expression: String)?, _ option: CodebookValue)
    -> (Translations?, String?)
  {
    guard let when = option.offeredWhen, let condition = option.offeredWhenExpression else {
      return (filter?.words, filter?.expression)
    }
    guard let filter else { return (when, condition) }
    let words = Translations(
      filter.words.entries.map { entry in
        let and = Words.codebook(for: entry.language).and
        return (entry.language, "(\(entry.text)) \(and) (\(when[entry.language] ?? ""))")
      })
    return (words, "(\(filter.expression)) and (\(condition))")
  }

  /// Fills a value's condition and attributes from its option.
  func offered(_ value: inout CodebookValue, _ option: ChoiceOption, _ list: ListID) {
    if let c = option.condition {
      let (words, expression) = conditionWords(c)
      value.offeredWhen = words
      value.offeredWhenExpression = expression
    }
    let attributes = survey.lists[list].attributes
    guard !attributes.isEmpty else { return }
    value.attributes = attributes.enumerated().map { i, attribute in
      let v = i < option.attributes.count ? option.attributes[i]?.source(attribute.type, survey) : nil
      return "\(attribute.name) = \(v ?? "?")"
    }.joined(separator: " ")
  }
}

extension CodebookValue {
  /// What follows a value's label in the codebooks: "offered when …" and the attributes, or nil.
  func offeredNote(_ language: String) -> String? {
    var parts: [String] = []
    if let when = offeredWhen { parts.append(OptionWords.words(for: language).offeredWhen + " " + when.text(language)) }
    if let attributes { parts.append(attributes) }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }
}
