// `qdsl diff` and matches(): a changed pattern in a condition changes who is asked (breaking), in a calculate's
// formula changes its values (breaking); the same pattern in both revisions is no change.

import QDSLRevisions
import QDSLSemantics
import QDSLSyntax
import Testing

@Suite struct RevisionPatternTests {
  static func source(condition: String, formula: String) -> String {
    """
    survey s
    languages en
    question postcode: text { text "Postcode?" }
    if matches(postcode, "\(condition)") {
      question district: text { text "District?" }
    }
    calculate capital = matches(postcode, "\(formula)")

    """
  }

  func diff(_ old: String, _ new: String) throws -> RevisionDiff {
    let a = Checker.check(source: old)
    let b = Checker.check(source: new)
    try #require(!a.hasErrors && !b.hasErrors, Comment(rawValue: "\((a.diagnostics + b.diagnostics).map(\.message))"))
    return RevisionDiff(old: a, new: b)
  }

  @Test func testTheSamePatternsAreNoChange() throws {
    let s = Self.source(condition: "00\\\\d{{3}}", formula: "0[0-2]\\\\d{{3}}")
    #expect(try diff(s, s).changes.isEmpty)
  }

  @Test func testAChangedPatternIsABreakingChangeOfUniverseOrFormula() throws {
    let old = Self.source(condition: "00\\\\d{{3}}", formula: "0[0-2]\\\\d{{3}}")
    let new = Self.source(condition: "0[01]\\\\d{{3}}", formula: "0[0-3]\\\\d{{3}}")
    let d = try diff(old, new)
    #expect(d.changes.map(\.code) == [.universeChanged, .storageChanged])
    #expect(d.changes.first?.message.contains("matches(postcode, \"0[01]\\\\d{{3}}\")") == true)
    #expect(d.isBreaking)
  }
}
