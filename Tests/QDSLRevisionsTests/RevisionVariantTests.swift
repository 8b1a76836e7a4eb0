// `qdsl diff` of text variants, defaults and soft checks: a variant added or edited is a wording edit, a default
// added, removed or changed is QD5221 and a check made soft or hard QD5222, all compatible.

import QDSLRevisions
import QDSLSemantics
import QDSLSyntax
import Testing

@Suite struct RevisionVariantTests {
  static let old = #"""
    survey pulse
    languages en
    choices yes_no { 1 yes "Yes" 2 no "No" }
    question person_number: integer 1..20 required { text "Person?" }
    question works: one of yes_no default yes {
      text "Do they work?"
      check works == yes or person_number > 1 { en "The first person works." }
    }
    question hours: integer 0..100 {
      text "Hours?"
      check hours <= 60 { en "Over 60." }
    }
    """#

  func diff(_ new: String) -> [(DiagnosticCode, String)] {
    let d = RevisionDiff(old: Checker.check(source: Self.old), new: Checker.check(source: new))
    return d.changes.map { ($0.code, $0.message) }
  }

  @Test func testNothingChangedIsNoChange() {
    #expect(diff(Self.old).isEmpty)
  }

  @Test func testAVariantIsAWordingEditADefaultQD5221AndSoftnessQD5222() {
    let new = Self.old
      .replacingOccurrences(of: "default yes {", with: "default no {")
      .replacingOccurrences(
        of: "  text \"Do they work?\"",
        with: "  text if person_number == 1 { en \"Do you work?\" }\n  text \"Do they work?\""
      )
      .replacingOccurrences(of: "  check hours <= 60", with: "  soft check hours <= 60")
    let changes = diff(new)
    #expect(changes.map(\.0).sorted() == [.wordingEdited, .defaultChanged, .checkSoftnessChanged].sorted())
    #expect(changes.contains { $0.1 == "the default of 'works' changed from `yes_no.yes` to `yes_no.no`" })
    #expect(changes.contains { $0.1 == "the check `hours <= 60` of 'hours' was hard and is now soft" })
    #expect(changes.contains { $0.1 == "the text variants of 'works' changed" })
    for code in [DiagnosticCode.defaultChanged, .checkSoftnessChanged] { #expect(code.severity == .warning) }
  }

  @Test func testARemovedDefaultIsReported() {
    let new = Self.old.replacingOccurrences(of: " default yes", with: "")
    #expect(diff(new).map(\.1) == ["the default of 'works' was removed"])
  }
}
