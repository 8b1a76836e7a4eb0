// The one table of words and language names: tags are found in any case and by their primary subtag, a language
// without words of its own gets English, and every page word exists in every language the preview speaks.

import QDSLWords
import XCTest

final class WordsTests: XCTestCase {
  func testTagsAreFoundInAnyCaseAndByTheirPrimarySubtag() {
    XCTAssertEqual(Words.codebook(for: "FI").and, "ja")
    XCTAssertEqual(Words.codebook(for: "fi-FI").and, "ja")
    XCTAssertEqual(Words.codebook(for: "SV-fi").not, "inte")
    XCTAssertEqual(Words.codebook(for: "no").codebook, "Kodebok", "Norwegian is written in bokmål")
    XCTAssertEqual(Words.codebook(for: "smn").askedIf, "Asked if:", "a language without words gets English")
    XCTAssertEqual(Words.page(for: "DE").finish, "Abschließen")
    XCTAssertEqual(Words.page(for: "es-419").language, "Idioma")
    XCTAssertEqual(Words.codebook(for: "de").codebook, "Codebook", "German has page words but no codebook words")
  }

  func testEveryPageWordHasATranslationInEveryLanguageThePreviewSpeaks() {
    let english = Words.page(for: "en").named
    for tag in ["fi", "sv", "nb", "nn", "da", "en", "de", "fr", "es"] {
      let words = Words.page(for: tag).named
      XCTAssertEqual(words.map(\.name), english.map(\.name))
      for (word, (name, text)) in zip(words, english) {
        XCTAssertFalse(word.text.isEmpty, "\(tag) \(name)")
        // "Interview" is Danish and German too.
        if tag != "en" && name != "interview" {
          XCTAssertNotEqual(word.text, text, "\(tag) \(name) is the English word")
        }
        for placeholder in ["{min}", "{max}"] {
          XCTAssertEqual(word.text.contains(placeholder), text.contains(placeholder), "\(tag) \(name) \(placeholder)")
        }
      }
    }
  }

  func testLanguageNamesInEnglishAndTheirOwn() {
    XCTAssertEqual(LanguageNames.exact("FI")?.english, "Finnish")
    XCTAssertEqual(LanguageNames.exact("FI")?.native, "Suomi")
    XCTAssertEqual(LanguageNames.exact("sv-FI")?.english, "Swedish (Finland)")
    XCTAssertNil(LanguageNames.exact("en-GB"))
    XCTAssertEqual(LanguageNames.name("en-GB")?.native, "English")
    XCTAssertEqual(LanguageNames.primary("sv-FI")?.english, "Swedish")
    XCTAssertEqual(LanguageNames.tag(englishName: "Swedish"), "sv")
    XCTAssertNil(LanguageNames.tag(englishName: "Swedish (Finland)"))
  }
}
