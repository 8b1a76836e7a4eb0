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

  /// The words about levels (data files per repeat, universes per iteration, repeats in conditions) exist in every
  /// language the codebooks speak, in words of their own, with the placeholders of the English ones.
  @Test func testEveryLevelWordHasATranslationInEveryCodebookLanguage() {
    let english = Words.codebook(for: "en").levels.named
    #expect(english.count == 30)
    for tag in ["fi", "sv", "nb", "nn", "da"] {
      let words = Words.codebook(for: tag).levels.named
      #expect(words.map(\.name) == english.map(\.name))
      for (word, (name, text)) in zip(words, english) {
        #expect(!word.text.isEmpty, "\(tag) \(name)")
        #expect(word.text != text, "\(tag) \(name) is the English word")
        for placeholder in ["{repeat}", "{condition}", "{count}", "{max}", "{question}", "{list}", "{source}"]
          + ["{parent}", "{variable}", "{value}"]
        {
          #expect(word.text.contains(placeholder) == text.contains(placeholder), "\(tag) \(name) \(placeholder)")
        }
      }
    }
    #expect(Words.codebook(for: "de").levels == Words.codebook(for: "en").levels, "English stands in")
  }

  @Test func testTemplatesAreFilledByName() {
    #expect(
      LevelWords.fill("one row per {repeat} ({max})", ["max": "20", "repeat": "person"]) == "one row per person (20)")
    #expect(LevelWords.fill("{unknown} and {", ["repeat": "x"]) == "{unknown} and {", "unknown placeholders stay")
    #expect(
      LevelWords.fill("{repeat}{repeat}", ["repeat": "{repeat}"]) == "{repeat}{repeat}", "values are not refilled")
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

  @Test func testLanguageTagsByEnglishOrNativeName() {
    #expect(LanguageNames.tag(name: "Français") == "fr")
    #expect(LanguageNames.tag(name: "FRENCH") == "fr")
    #expect(LanguageNames.tag(name: "norsk bokmål") == "nb")
    #expect(LanguageNames.tag(name: "EN") == "en", "a tag is its own name")
    #expect(LanguageNames.tag(name: "sv-FI") == nil, "regional variants are not offered")
    #expect(LanguageNames.tag(name: "Klingon") == nil)
  }
}

@Suite struct VariantWordsTests {
  /// Every language with codebook words has its own words about variants, defaults and soft checks.
  @Test func testEveryCodebookLanguageHasVariantWords() {
    for tag in ["fi", "sv", "nb", "no", "nn", "da", "FI-fi"] {
      #expect(Words.variants(for: tag) != Words.variants(for: "en"), "\(tag)")
      #expect(Words.variants(for: tag).softCheck != Words.codebook(for: tag).check, "\(tag)")
    }
    #expect(Words.variants(for: "de") == Words.variants(for: "en"))
  }

  /// The importer writes its own words (the added "add another?" question, "Other") in each language it knows, and
  /// English for the others.
  @Test func testTheImportersWordsAreInEachLanguageItKnows() {
    for tag in ["fi", "sv", "nb", "no", "nn", "da", "de", "fr", "es", "sv-FI"] {
      let words = Words.importing(for: tag)
      #expect(words != Words.importing(for: "en"), "\(tag)")
      #expect(words.addAnother.hasSuffix("?"), "\(tag)")
    }
    #expect(Words.importing(for: "fi").other == "Muu")
    #expect(Words.importing(for: "ru") == Words.importing(for: "en"))
  }
}
