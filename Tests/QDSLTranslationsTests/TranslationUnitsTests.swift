// The units of an instrument: every kind of text gets its id by the documented scheme, ids are unique and survive
// reordering and reformatting, and two texts that would share an id are reported.

import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import QDSLTranslations
import Testing

@Suite struct TranslationUnitsTests {
  static let everyKind = """
    survey kinds
    languages en fi

    title { en "Kinds" fi "Lajit" }

    choices org { 1 town { en "Town" fi "Kunta" } description { en "A town" fi "Kaupunki" } 2 other { en "Other" fi "Muu" } specify { en "Which?" fi "Mikä?" } }

    choices level { 1 low { en "Low" fi "Matala" } 2 high { en "High" fi "Korkea" } }

    sample business: text { text { en "Business name" fi "Yrityksen nimi" } }

    section intro {
      title { en "Intro" fi "Johdanto" }
      question kind: one of org required {
        text if business == "x" { en "Still {business}?" fi "Yhä {business}?" }
        text { en "Which kind is {business}?" fi "Minkä tyyppinen {business} on?" }
        hint { en "Pick one" fi "Valitse yksi" }
        check kind != other { en "Not other" fi "Ei muu" }
        soft check kind == town { en "Sure?" fi "Varma?" }
      }
      grid rate: one of level {
        text { en "Rate" fi "Arvioi" }
        rows { speed { en "Speed" fi "Nopeus" } cost { en "Cost" fi "Hinta" } }
      }
      if kind == other {
        end { en "Bye" fi "Hei" }
      }
    }

    repeat person count 2 {
      title { en "Person" fi "Henkilö" }
      note hello { text { en "Hello" fi "Hei" } }
    }

    end { en "Thanks" fi "Kiitos" }
    """

  @Test func everyKindOfTextHasItsId() {
    let t = Instruments.translations(Self.everyKind)
    let ids = t.units.units.map(\.id)
    #expect(
      ids == [
        "title", "choices.org.town.label", "choices.org.town.description", "choices.org.other.label",
        "choices.org.other.specify", "choices.level.low.label", "choices.level.high.label", "sample.business.text",
        "section.intro.title", "question.kind.text",
        "question.kind.hint", "question.kind.check.1", "question.kind.check.2", "question.kind.variant.1",
        "grid.rate.text", "grid.rate.row.speed", "grid.rate.row.cost", "section.intro.end.1", "repeat.person.title",
        "note.hello.text", "end.1",
      ])
    #expect(t.units.unit("question.kind.check.2")?.role == .softCheck)
    #expect(
      t.units.unit("choices.org.other.specify")?.note == "'other, specify' prompt of option 'other' of list 'org'")
    #expect(t.units.duplicates.isEmpty)
    #expect(t.instrument.diagnostics.filter { $0.severity == .error }.isEmpty, "\(t.instrument.diagnostics)")
  }

  /// Every example: ids unique, every source text exported once.
  @Test func examplesHaveUniqueIds() {
    for name in Fixtures.exampleNames() {
      let (_, _, t) = Instruments.example(name)
      #expect(t.units.duplicates.isEmpty, "\(name)")
      #expect(Set(t.units.units.map(\.id)).count == t.units.units.count, "\(name)")
      #expect(!t.units.units.isEmpty, "\(name)")
    }
  }

  /// Moving a question and writing a block on one line change no id and no text.
  @Test func idsSurviveReorderingAndReformatting() {
    let before = """
      survey s
      languages en fi
      question a: integer 0..9 {
        text { en "A?" fi "A?" }
      }
      question b: integer 0..9 { text { en "B?" fi "B?" } hint { en "h" fi "h" } }
      """
    let after = """
      survey s
      languages en fi

      question b: integer 0..9 {
        text {
          en "B?"
          fi "B?"
        }
        hint { en "h" fi "h" }
      }

      question a: integer 0..9 { text { en "A?" fi "A?" } }
      """
    func table(_ s: String) -> [String: String] {
      let t = Instruments.translations(s)
      return Dictionary(uniqueKeysWithValues: t.units.units.map { ($0.id, $0.text(in: "en")?.display ?? "") })
    }
    #expect(table(before) == table(after))
    #expect(table(before).count == 3)
  }

  @Test func twoTextsWithOneIdAreReported() {
    let t = Instruments.translations(
      """
      survey s
      languages en
      question a: integer 0..9 { text "A?" }
      question a: integer 0..9 { text "Again?" }
      """)
    #expect(t.units.duplicates.map(\.id) == ["question.a.text"])
  }

  /// A module's texts are units too, and their note names the module's file.
  @Test func moduleTextsNameTheirFile() {
    let t = Instruments.translations([
      "main.qdsl": "survey s\nlanguages en fi\nuse \"m.qdsl\"\ninclude m\n",
      "m.qdsl": "module m\nlanguages en fi\nquestion q: integer 0..9 { text { en \"Q?\" fi \"K?\" } }\n",
    ])
    let doc = t.document(language: "fi")
    #expect(doc.units.map(\.id) == ["question.q.text"])
    #expect(doc.units.first?.note == "question text of question 'q' (module file m.qdsl)")
    #expect(doc.units.first?.location == "m.qdsl:3")
    #expect(doc.units.first?.target == UnitText([.text("K?")]))
  }
}
