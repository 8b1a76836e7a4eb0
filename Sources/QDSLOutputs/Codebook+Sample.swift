// The sample variables in the codebook: after the paradata, first in the instrument's data file, labelled with
// their texts and marked as coming from the sample (where a question's universe would be).

import QDSLSemantics
import QDSLWords

extension CodebookLowering {
  /// One entry per sample variable, stored like a question of its type.
  mutating func addSamples() {
    for sample in survey.samples {
      let v = survey.variables[sample.variable]
      guard !v.isDuplicate else { continue }
      let text = translations(sample.text)
      var entry = base(
        v, name: v.name, source: .sample(optional: sample.isOptional), storage: .text, labels: text, texts: text,
        sections: [], sectionTitle: nil,
        typeName: "sample \(v.type.spelling(survey))" + (sample.isOptional ? " optional" : ""))
      entry.universeWords = Translations(
        survey.languages.map {
          let words = Words.sample(for: $0)
          return ($0, sample.isOptional ? words.fromSampleOptional : words.fromSample)
        })
      entry.universeExpression = nil
      switch v.questionType {
      case .integer?: entry.storage = .integer
      case .decimal?: entry.storage = .decimal
      case .text(let max)?:
        entry.storage = .text
        entry.maxLength = max
      case .date?: entry.storage = .date
      case .time?: entry.storage = .time
      case .datetime?: entry.storage = .datetime
      case .oneOf(let l)?:
        entry.storage = .code
        entry.values = values(l)
      default: break
      }
      append(entry)
    }
  }
}
