// The printable questionnaire (`--target document`): golden files for every example (and one side by side in two
// languages), numbering, routing in words, chrome words per language with English fallback, escaping.

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import QDSLWords
import Testing

@Suite struct QuestionnaireDocumentTests {
  static let source = #"""
    survey doc_test
    version "1 <b>"
    languages en draft fi

    choices yes_no {
      1 yes { en "Yes & more" fi "Kyllä" }
      2 no { en "No" }
      96 other { en "Other" fi "Muu" } specify { en "Which?" fi "Mikä?" }
    }

    question q1: one of yes_no {
      text { en "Do you <smoke>?" fi "Tupakoitko?" }
    }
    if q1 == yes {
      question q2: integer 0..100 {
        text { en "How many a day?" fi "Montako päivässä?" }
        check q2 > 0 { en "Zero is not a yes" fi "Nolla ei ole kyllä" }
      }
    }
    question q3: text {
      text { en "Anything else?" fi "Muuta?" }
    }
    if q1 == no {
      end { en "Thank you" fi "Kiitos" }
    }
    if q3 == "x" {
      calculate hidden = 1
    }
    """#

  func render(_ source: String, _ language: String) -> String {
    let checked = Checker.check(source: source)
    #expect(!checked.hasErrors, "\(checked.diagnostics)")
    return OutputTarget.document.render(checked.survey, codebook: Codebook(checked.survey), language: language)
  }

  /// Every example's document in its source language, and the household survey in Finnish and Swedish side by
  /// side, against golden files.
  @Test func testExamplesMatchGoldenFiles() {
    let root = Fixtures.packageRoot()
    for file in GoldenInstruments.examples(root) {
      let stem = file.deletingPathExtension().lastPathComponent
      let survey = Fixtures.checkInstrument(file).survey
      let language = survey.sourceLanguage ?? "en"
      let text = OutputTarget.document.render(survey, codebook: Codebook(survey), language: language)
      #expect(text == OutputTarget.document.render(survey, codebook: Codebook(survey), language: language))
      #expect(text.hasSuffix("</html>\n"))
      #expect(!text.contains("<script"), "\(stem): no scripts")
      #expect(text.contains("break-inside: avoid"))
      let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(stem).document.html")
      if let difference = Fixtures.compareGolden(text, golden) { Issue.record(Comment(rawValue: difference)) }
    }
    let file = root.appendingPathComponent("Examples/household-services.qdsl")
    let survey = Fixtures.checkInstrument(file).survey
    let text = OutputTarget.document.render(survey, codebook: Codebook(survey), language: "fi,sv")
    let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/household-services.fi-sv.document.html")
    if let difference = Fixtures.compareGolden(text, golden) { Issue.record(Comment(rawValue: difference)) }
  }

  @Test func testNumbersRoutingSpecifyChecksAndEnds() {
    let html = render(Self.source, "en")
    #expect(html.contains(#"<span class="qn">1</span>"#))
    #expect(html.contains(#"<span class="qn">2</span>"#))
    #expect(html.contains(#"<span class="qn">3</span>"#))
    // The generated specify question is not numbered: it is the option's "Other, specify" line.
    #expect(!html.contains(#"<span class="qn">4</span>"#))
    #expect(html.contains("Other, specify:"))
    #expect(html.contains("Which?"))
    // A skip is a jump: "Ask if …. If not, go to question 3".
    #expect(html.contains("Ask if q1 = Yes &amp; more (1). If not, go to question 3"), Comment(rawValue: html))
    #expect(html.contains("Check: q2 &gt; 0"))
    #expect(html.contains("Zero is not a yes"))
    #expect(html.contains("End of interview if q1 = No (2)"))
    // Calculates are not shown, nor an "Ask if" over a branch of calculates only.
    #expect(!html.contains("hidden"))
    #expect(!html.contains("Ask if q3"))
    #expect(html.contains("Number, 0 to 100"))
    // Escaped user text; the running header has the title and version.
    #expect(html.contains("Do you &lt;smoke&gt;?"))
    #expect(html.contains(#"<div class="running">doc_test · Version 1 &lt;b&gt;</div>"#))
  }

  /// A skip inside a repeat goes to a question of the same iteration, never out of the repeat.
  @Test func testSkipsInsideARepeatStayInTheRepeat() {
    let html = render(
      """
      survey r
      languages en
      question n: integer 0..5 { text "How many?" }
      repeat person count n {
        question a: integer 0..120 { text "Age?" }
        if a >= 18 {
          question w: one of yn { text "Works?" }
        }
        if a < 18 {
          question s: one of yn { text "School?" }
        }
      }
      question last: text { text "Anything else?" }
      choices yn {
        1 yes "Yes"
        2 no "No"
      }
      """, "en")
    #expect(html.contains("Ask if a ≥ 18. If not, go to question 4"), Comment(rawValue: html))
    #expect(html.contains("Ask if a &lt; 18</p>"), "no jump out of the repeat")
    #expect(html.contains("Asked n times (at most"))
  }

  @Test func testChromeWordsFollowTheLanguageAndDraftTextsAreMarked() {
    let fi = render(Self.source, "fi")
    #expect(fi.contains("Muu, mikä:"))
    #expect(fi.contains("Kysytään, jos"))
    #expect(fi.contains("Muuten siirry kysymykseen 3"))
    // "No" lacks Finnish (a draft language): the English text, marked [en].
    #expect(fi.contains(#"<span class="draft" title="ei vielä käännetty">[en]</span> No"#))
    #expect(Words.document(for: "sv-FI").question == "Fråga")
    #expect(Words.document(for: "xx").question == "Question")
    #expect(Words.document(for: "NO").question == "Spørsmål")
  }

  @Test func testTwoLanguagesSideBySide() {
    let html = render(Self.source, "en,fi")
    #expect(html.contains(#"<body class="parallel">"#))
    #expect(
      html.contains(
        #"<div class="qt par"><div lang="en">Do you &lt;smoke&gt;?</div><div lang="fi">Tupakoitko?</div></div>"#))
    #expect(QuestionnaireDocument.languages(" fi , sv ") == ["fi", "sv"])
  }

  @Test func testRowLetters() {
    #expect(DocumentRowLetters.letters([0, 1, 25, 26, 27]) == ["a", "b", "z", "aa", "ab"])
  }
}
