// The codebook's words about offered options (filters, option conditions, attributes) in every codebook language.

import QDSLWords
import Testing

@Suite struct OptionWordsTests {
  @Test func testEveryOptionWordHasATranslationInEveryCodebookLanguage() {
    let english = OptionWords.words(for: "en").named
    #expect(english.count == 4)
    for tag in ["fi", "sv", "nb", "nn", "da"] {
      let words = OptionWords.words(for: tag).named
      #expect(words.map(\.name) == english.map(\.name))
      for (word, (name, text)) in zip(words, english) {
        #expect(!word.text.isEmpty, "\(tag) \(name)")
        #expect(word.text != text, "\(tag) \(name) is the English word")
        #expect(word.text.contains("{attribute}") == text.contains("{attribute}"), "\(tag) \(name) {attribute}")
      }
    }
    #expect(OptionWords.words(for: "FI-fi") == OptionWords.finnish, "found by the primary subtag in any case")
    #expect(OptionWords.words(for: "no") == OptionWords.norwegianBokmal)
    #expect(OptionWords.words(for: "de") == OptionWords.english, "English stands in")
  }
}
