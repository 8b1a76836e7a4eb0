// Importing translations: only the translated strings change (an entry added to a block, a single string made a
// block, in qdsl fmt's layout), modules are edited in their own files, and every kind of problem is located in the
// translated file and leaves every file as it was.

import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import QDSLTranslations
import Testing

@Suite struct TranslationImportTests {
  static let main = """
    survey pulse
    languages en fi sv

    use "lists.qdsl"

    title { en "Staff pulse" fi "Henkilöstöpulssi" sv "Personalpuls" }

    question staff: integer 1..100 required {
      text {
        en "How many staff?"
        fi "Montako henkilöä?"
      }
      hint "Count everyone."
      check staff < 90 { en "{staff} is a lot" fi "{staff} on paljon" sv "{staff} är mycket" }
    }

    include extra

    note thanks {
      text \"\"\"
        Thank you.

        Bye, {staff} people!
        \"\"\"
    }

    """
  static let lists = """
    module extra
    languages en fi sv

    choices yes_no { 1 yes { en "Yes" fi "Kyllä" sv "Ja" } 2 no { en "No" fi "Ei" } }

    question remote: one of yes_no { text { en "Remote?" fi "Etänä?" sv "Distans?" } }

    """

  static func instrument() -> InstrumentTranslations {
    Instruments.translations(["main.qdsl": main, "lists.qdsl": lists])
  }

  static func po(_ entries: [(id: String, source: String, target: String)], language: String = "sv") -> String {
    var out = "msgid \"\"\nmsgstr \"Language: \(language)\\n\"\n"
    for e in entries {
      out += "\nmsgctxt \"\(e.id)\"\nmsgid \"\(e.source)\"\nmsgstr \"\(e.target)\"\n"
    }
    return out
  }

  @Test func translationsAreWrittenInPlaceAndTheRestIsKept() throws {
    let t = Self.instrument()
    let plan = Instruments.importing(
      t,
      [
        (
          "sv.po",
          Self.po([
            ("title", "Staff pulse", "Personalpulsen"),
            ("question.staff.text", "How many staff?", "Hur många anställda?"),
            ("question.staff.hint", "Count everyone.", "Räkna alla \\\"anställda\\\"."),
            ("choices.yes_no.no.label", "No", "Nej"),
            ("note.thanks.text", "Thank you.\\n\\nBye, {staff} people!", "Tack.\\n\\nHej då, {staff}!"),
            ("question.remote.text", "Remote?", "Distans?"),
          ])
        )
      ])
    #expect(plan.problems.isEmpty, "\(plan.problems)")
    #expect(plan.changed == 5)
    #expect(plan.unchanged == 1)
    let expectedMain = """
      survey pulse
      languages en fi sv

      use "lists.qdsl"

      title { en "Staff pulse" fi "Henkilöstöpulssi" sv "Personalpulsen" }

      question staff: integer 1..100 required {
        text {
          en "How many staff?"
          fi "Montako henkilöä?"
          sv "Hur många anställda?"
        }
        hint { en "Count everyone." sv "Räkna alla \\"anställda\\"." }
        check staff < 90 { en "{staff} is a lot" fi "{staff} on paljon" sv "{staff} är mycket" }
      }

      include extra

      note thanks {
        text {
          en \"\"\"
            Thank you.

            Bye, {staff} people!
            \"\"\"
          sv \"\"\"
            Tack.

            Hej då, {staff}!
            \"\"\"
        }
      }

      """
    #expect(Instruments.text(plan, 0) == expectedMain)
    #expect(
      Instruments.text(plan, 1)
        == Self.lists.replacingOccurrences(of: "fi \"Ei\" }", with: "fi \"Ei\" sv \"Nej\" }"))
    // The result checks with the new texts (only fi is still missing from the hint and the note).
    let after = Instruments.translations(["main.qdsl": expectedMain, "lists.qdsl": Instruments.text(plan, 1) ?? ""])
    let codes = after.instrument.diagnostics.filter { $0.severity == .error }.map(\.code)
    #expect(codes == [.missingTranslation, .missingTranslation])
    #expect(after.units.unit("question.staff.hint")?.text(in: "sv")?.display == "Räkna alla \"anställda\".")
    #expect(after.units.unit("note.thanks.text")?.text(in: "sv")?.display == "Tack.\n\nHej då, {staff}!")
  }

  /// Each problem names its file, line and unit; any problem and nothing is planned for any file.
  @Test func problemsAreLocatedAndNothingIsWritten() {
    let t = Self.instrument()
    let cases: [(String, String, String)] = [
      (Self.po([("question.staff.check.1", "{staff} is a lot", "mycket")]), "question.staff.check.1", "lost {staff}"),
      (Self.po([("question.remote.text", "Remote?", "{staff} distans?")]), "question.remote.text", "added {staff}"),
      (Self.po([("question.nobody.text", "Who?", "Vem?")]), "question.nobody.text", "no text with this id"),
      (Self.po([("question.remote.text", "Remote work?", "Distans?")]), "question.remote.text", "source text changed"),
      (Self.po([("question.remote.text", "Remote?", "Distans {x")]), "question.remote.text", "is not a pipe"),
      (Self.po([("title", "Staff pulse", "x"), ("title", "Staff pulse", "y")]), "title", "given twice"),
    ]
    for (file, unit, words) in cases {
      // A good unit beside the bad one: it is not written either.
      let good = "\nmsgctxt \"choices.yes_no.no.label\"\nmsgid \"No\"\nmsgstr \"Nej\"\n"
      let plan = Instruments.importing(t, [("sv.po", file + good)])
      #expect(plan.files.isEmpty, "\(words)")
      #expect(plan.problems.count == 1, "\(words): \(plan.problems)")
      let p = plan.problems.first
      #expect(p?.path == "sv.po")
      #expect(p?.unit == unit, "\(words)")
      #expect(p?.line ?? 0 > 1, "\(words)")
      #expect(p?.message.contains(words) == true, "\(words): \(p?.message ?? "")")
    }
  }

  @Test func fileProblems() {
    let t = Self.instrument()
    let cases: [(String, String)] = [
      (Self.po([("title", "Staff pulse", "x")], language: "de"), "not declared"),
      (Self.po([("title", "Staff pulse", "x")], language: "en"), "source language"),
      ("msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"title\"\nmsgid \"Staff pulse\"\nmsgstr \"x\"\n", "give --lang"),
    ]
    for (file, words) in cases {
      let plan = Instruments.importing(t, [("sv.po", file)])
      #expect(plan.files.isEmpty)
      #expect(plan.problems.first?.message.contains(words) == true, "\(words): \(plan.problems)")
    }
    let conflict = Instruments.importing(t, [("sv.po", Self.po([("title", "Staff pulse", "x")]))], language: "fi")
    #expect(conflict.problems.first?.message.contains("but --lang says 'fi'") == true, "\(conflict.problems)")
    // Two files giving one text two translations.
    let plan = Instruments.importing(
      t, [("a.po", Self.po([("title", "Staff pulse", "A")])), ("b.po", Self.po([("title", "Staff pulse", "B")]))])
    #expect(
      plan.problems.map(\.description) == ["b.po:4: unit 'title': a.po:4 gives another sv translation of this text"])
  }

  /// XLIFF and CSV files import like PO; several languages at once meet in one block in the declared order.
  @Test func severalFormatsAndLanguagesAtOnce() {
    let t = Instruments.translations(
      """
      survey s
      languages en fi sv
      question q: integer 0..9 { text "How many {{about}}?" }

      """)
    let xliff = """
      <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="sv">
      <file id="f"><unit id="question.q.text"><segment><source>How many {about}?</source>
      <target>Hur många {ca}?</target></segment></unit></file></xliff>
      """
    let csv = "id,source:en,target:fi\r\nquestion.q.text,\"How many {{about}}?\",\"Montako {{n}}?\"\r\n"
    let plan = Instruments.importing(t, [("sv.xlf", xliff), ("fi.csv", csv)])
    #expect(plan.problems.isEmpty, "\(plan.problems)")
    #expect(
      Instruments.text(plan)
        == """
        survey s
        languages en fi sv
        question q: integer 0..9 { text { en "How many {{about}}?" fi "Montako {{n}}?" sv "Hur många {{ca}}?" } }

        """)
  }

  /// Every example: exporting every language and importing it back changes nothing.
  @Test func reimportingAnExportChangesNothing() throws {
    for name in Fixtures.exampleNames() {
      let (_, _, t) = Instruments.example(name)
      for language in t.survey.languages.dropFirst() {
        for format in TranslationFormat.allCases {
          let text = t.document(language: language).render(format)
          let plan = Instruments.importing(t, [("x.\(format.suffix)", text)])
          #expect(plan.problems.isEmpty, "\(name) \(language) \(format): \(plan.problems.prefix(3))")
          #expect(plan.files.isEmpty && plan.changed == 0, "\(name) \(language) \(format)")
        }
      }
    }
  }
}
