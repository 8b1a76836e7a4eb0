// The one table of words and language names: tags are found in any case and by their primary subtag, a language
// without words of its own gets English, and every page word exists in every language the preview speaks.

import Foundation
import QDSLWords
import Testing

@Suite struct WordsTests {
  @Test func testTagsAreFoundInAnyCaseAndByTheirPrimarySubtag() {
    #expect(Words.codebook(for: "FI").and == "ja")
    #expect(Words.codebook(for: "fi-FI").and == "ja")
    #expect(Words.codebook(for: "SV-fi").not == "inte")
    #expect(Words.codebook(for: "no").codebook == "Kodebok", "Norwegian is written in bokmål")
    #expect(Words.codebook(for: "smn").askedIf == "Asked if:", "a language without words gets English")
    #expect(Words.page(for: "DE").finish == "Abschließen")
    #expect(Words.page(for: "es-419").language == "Idioma")
    #expect(Words.codebook(for: "de").codebook == "Codebook", "German has page words but no codebook words")
  }

  @Test func testEveryPageWordHasATranslationInEveryLanguageThePreviewSpeaks() {
    let english = Words.page(for: "en").named
    for tag in ["fi", "sv", "nb", "nn", "da", "en", "de", "fr", "es"] {
      let words = Words.page(for: tag).named
      #expect(words.map(\.name) == english.map(\.name))
      for (word, (name, text)) in zip(words, english) {
        #expect(!word.text.isEmpty, "\(tag) \(name)")
        // "Interview" is Danish and German too.
        if tag != "en" && name != "interview" {
          #expect(word.text != text, "\(tag) \(name) is the English word")
        }
        for placeholder in ["{min}", "{max}"] {
          #expect(word.text.contains(placeholder) == text.contains(placeholder), "\(tag) \(name) \(placeholder)")
        }
      }
    }
  }

  @Test func testLanguageNamesInEnglishAndTheirOwn() {
    #expect(LanguageNames.exact("FI")?.english == "Finnish")
    #expect(LanguageNames.exact("FI")?.native == "Suomi")
    #expect(LanguageNames.exact("sv-FI")?.english == "Swedish (Finland)")
    #expect(LanguageNames.exact("en-GB") == nil)
    #expect(LanguageNames.name("en-GB")?.native == "English")
    #expect(LanguageNames.primary("sv-FI")?.english == "Swedish")
    #expect(LanguageNames.tag(englishName: "Swedish") == "sv")
    #expect(LanguageNames.tag(englishName: "Swedish (Finland)") == nil)
  }
}
