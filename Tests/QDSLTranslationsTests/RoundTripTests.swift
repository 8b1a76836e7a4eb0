// The round trip CI runs with translate-toolkit, in Swift: the barometer exported to XLIFF and PO, a few units
// translated as a CAT tool would, imported, and the result checks clean with exactly those strings changed.

import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import QDSLTranslations
import Testing

@Suite struct RoundTripTests {
  @Test(arguments: [TranslationFormat.xliff, .po, .csv]) func barometerRoundTrip(_ format: TranslationFormat) throws {
    let (original, entry, t) = Instruments.example("innovation-barometer")
    var document = t.document(language: "en")
    // Texts in the entry file and in both of its modules.
    let revised: [String: UnitText] = [
      "question.org_type.text": UnitText([.text("Which kind of organisation is "), .pipe("org_name"), .text("?")]),
      "section.organisation.title": UnitText([.text("The \"responding\" organisation {braces}")]),
      "choices.yes_no.dont_know.label": UnitText([.text("Can't say\\n")]),
    ]
    for k in document.units.indices where revised[document.units[k].id] != nil {
      document.units[k].target = revised[document.units[k].id]
    }
    let file = document.render(format)
    let plan = Instruments.importing(t, [("en." + format.suffix, file)])
    #expect(plan.problems.isEmpty, "\(plan.problems)")
    #expect(plan.changed == 3)
    // Exactly three lines differ across the files, each in the one string.
    var result = original
    var changed: [(Substring, Substring)] = []
    for (index, bytes) in plan.files {
      let path = t.instrument.sources.files[Int(index)].path
      let text = String(decoding: bytes, as: UTF8.self)
      let before = (original[path] ?? "").split(separator: "\n", omittingEmptySubsequences: false)
      let after = text.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(before.count == after.count, "\(path)")
      changed += zip(before, after).filter { $0 != $1 }
      result[path] = text
    }
    #expect(plan.files.count == 3, "the entry and both modules change")
    #expect(changed.count == 3, "\(changed)")
    for (old, new) in changed {
      #expect(old.prefix { $0 != "\"" } == new.prefix { $0 != "\"" }, "\(old) → \(new)")
    }
    let again = Instruments.translations(result, entry: entry)
    #expect(again.instrument.diagnostics.isEmpty, "\(again.instrument.diagnostics)")
    for (id, text) in revised { #expect(again.units.unit(id)?.text(in: "en") == text, "\(id)") }
  }
}
