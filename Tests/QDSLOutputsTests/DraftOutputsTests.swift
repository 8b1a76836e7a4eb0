// Draft languages in the files of `qdsl compile`: every codebook and analysis file in a draft language shows the
// source text marked `[en]` where the draft lacks one (and its own text where it has one), the Markdown and HTML
// codebooks mark the draft, and the XForm writes the source text into the draft's translation.

import QDSLOutputs
import QDSLSemantics
import Testing

@Suite struct DraftOutputsTests {
  private let survey = Checker.check(
    source: """
      survey staff
      languages en fi draft nb
      choices yes_no {
        1 yes { en "Yes" fi "Kyllä" nb "Ja" }
        2 no { en "No" fi "Ei" }
      }
      question staff: integer 0..500 { text { en "How many staff?" fi "Montako työntekijää?" } }
      question remote: one of yes_no { text { en "Remote?" fi "Etänä?" nb "Hjemmefra?" } }

      """
  ).survey

  @Test func testEveryCodebookInTheDraftShowsTheSourceTextMarked() {
    let codebook = Codebook(survey)
    #expect(codebook.draftLanguages == ["nb"])
    let markdown = CodebookMarkdown.render(codebook, language: "nb")
    #expect(markdown.contains("en, fi, nb (utkast) (denne kodeboken) — "), "\(markdown.prefix(300))")
    #expect(markdown.contains("\\[en\\] How many staff?") && markdown.contains("Hjemmefra?"))
    let html = CodebookHTML.render(codebook, language: "nb")
    #expect(html.contains("<strong>nb (utkast)</strong>") && html.contains("[en] How many staff?"))
    let csv = CodebookCSV.render(codebook)
    #expect(csv.contains(",[en] How many staff?,[en] How many staff?,"), "\(csv.prefix(600))")
    #expect(csv.contains(",[en] No\r\n") && csv.contains(",Ja\r\n"))
    let ddi = DDIWriter.render(codebook)
    #expect(ddi.contains(#"<qstnLit xml:lang="nb">[en] How many staff?</qstnLit>"#), "\(ddi.prefix(1500))")
    #expect(ddi.contains(#"<labl xml:lang="nb">Hjemmefra?</labl>"#))
    for script in [SPSSWriter.render(codebook, language: "nb"), StataWriter.render(codebook, language: "nb")] {
      #expect(script.contains("[en] How many staff?") && script.contains("Hjemmefra?"), "\(script.prefix(400))")
    }
    // In a final language nothing is marked.
    #expect(!CodebookMarkdown.render(codebook, language: "fi").contains("[en]"))
    #expect(!SPSSWriter.render(codebook, language: "fi").contains("[en]"))
  }

  @Test func testTheXFormWritesTheSourceTextIntoTheDraftTranslation() throws {
    let xform = XFormWriter.render(survey)
    let start = try #require(xform.range(of: "<translation lang=\"Norwegian Bokmål (nb)\">"))
    let end = try #require(xform.range(of: "</translation>", range: start.upperBound..<xform.endIndex))
    let nb = xform[start.upperBound..<end.lowerBound]
    #expect(nb.contains("<value>How many staff?</value>") && nb.contains("<value>Hjemmefra?</value>"))
    #expect(nb.contains("<value>No</value>") && nb.contains("<value>Ja</value>"))
    #expect(!nb.contains("<value></value>"))
  }
}
