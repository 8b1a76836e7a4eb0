// Stale translations: found by id between two revisions when the source text changed and a translation did not,
// never for a moved or reformatted text, and marked for review in every export format.

import QDSLTranslations
import Testing

@Suite struct StaleTranslationsTests {
  static let old = """
    survey s
    languages en fi sv
    question a: integer 0..9 { text { en "How many?" fi "Montako?" sv "Hur många?" } }
    question b: integer 0..9 { text { en "Which one?" fi "Mikä?" sv "Vilken?" } }
    question c: integer 0..9 { text { en "Same" fi "Sama" sv "Samma" } }

    """
  /// `a`'s source changed (fi updated, sv not), `b` moved and reformatted, `c` unchanged.
  static let new = """
    survey s
    languages en fi sv
    question b: integer 0..9 {
      text {
        en "Which one?"
        fi "Mikä?"
        sv "Vilken?"
      }
    }
    question a: integer 0..9 { text { en "How many, roughly?" fi "Montako suunnilleen?" sv "Hur många?" } }
    question c: integer 0..9 { text { en "Same" fi "Sama" sv "Samma" } }

    """

  @Test func onlyTheUnchangedTranslationOfAChangedSourceIsStale() {
    let o = Instruments.translations(Self.old)
    let n = Instruments.translations(Self.new)
    let stale = StaleTranslations.find(old: o.survey, new: n.survey)
    #expect(stale.map { "\($0.id) \($0.language)" } == ["question.a.text sv"])
    #expect(stale.first?.oldSource.display == "How many?")
    #expect(stale.first?.newSource.display == "How many, roughly?")
    #expect(stale.first.map { n.location($0.range) } == "main.qdsl:10")
    // Nothing is stale between a revision and itself.
    #expect(StaleTranslations.find(old: n.survey, new: n.survey).isEmpty)
  }

  @Test func exportsMarkStaleUnitsForReview() {
    let n = Instruments.translations(Self.new)
    let stale = StaleTranslations.find(old: Instruments.translations(Self.old).survey, new: n.survey)
    let sv = n.document(language: "sv", stale: stale)
    #expect(sv.units.filter(\.needsReview).map(\.id) == ["question.a.text"])
    #expect(n.document(language: "fi", stale: stale).units.allSatisfy { !$0.needsReview })
    let xliff = sv.render(.xliff)
    #expect(xliff.contains("<segment state=\"initial\" subState=\"qdsl:stale\">"))
    #expect(xliff.contains("<note category=\"stale\">the source text changed; it was: How many?</note>"))
    let po = sv.render(.po)
    #expect(
      po.contains("#, fuzzy\n#| msgctxt \"question.a.text\"\n#| msgid \"How many?\"\nmsgctxt \"question.a.text\""))
    #expect(sv.render(.csv).contains("question.a.text,\"How many, roughly?\",Hur många?,"))
    #expect(sv.render(.csv).contains(",needs-review\r\n"))
  }
}
