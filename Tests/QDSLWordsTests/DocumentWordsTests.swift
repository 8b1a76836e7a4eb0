// The printable questionnaire's words: every language of the table fills every word, keeps the fillers its
// sentences need, and an unknown language gets English.

import QDSLWords
import Testing

@Suite struct DocumentWordsTests {
  static let languages = ["en", "fi", "sv", "nb", "no", "nn"]

  @Test func testEveryLanguageHasEveryWordAndItsFillers() {
    for tag in Self.languages {
      let w = Words.document(for: tag)
      let words = Mirror(reflecting: w).children.compactMap { $0.value as? String }
      #expect(words.count >= 40, "\(tag)")
      #expect(words.allSatisfy { !$0.isEmpty }, "\(tag)")
      for sentence in [w.askIf, w.textIf, w.endIf, w.offeredIf, w.optionsWhere, w.repeatForEach] {
        #expect(sentence.contains("{what}"), "\(tag): \(sentence)")
      }
      #expect(w.otherwiseGoTo.contains("{n}"), "\(tag)")
      #expect(w.repeatCount.contains("{what}") && w.repeatCount.contains("{max}"), "\(tag)")
      #expect(w.range.contains("{min}") && w.range.contains("{max}"), "\(tag)")
      if tag != "en" { #expect(w.question != Words.document(for: "en").question, "\(tag) is translated") }
    }
    #expect(Words.document(for: "de") == Words.document(for: "en"), "English where the table has none")
    #expect(Words.document(for: "FI-fi").otherSpecify == "Muu, mikä")
  }
}
