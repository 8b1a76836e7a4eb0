// "Never shown" reasons about the innermost conditions around a point only (Satisfiability.maxFacts): a long run
// of `if … { end }` keeps each test bounded, what the inner conditions prove is still reported, and what only the
// outer ones could prove is left unsaid rather than guessed.

import QDSLSyntax
import Testing

@testable import QDSLSemantics

@Suite struct ReasoningWorkTests {
  /// A screening question and `count` ends, one per answer, then the items that follow.
  private func screening(ends count: Int, then items: String) -> String {
    var lines = ["survey screening", "languages en", "question n: integer 0..100000 required { text \"N?\" }"]
    for k in 0..<count { lines.append("if n == \(k) { end \"Thank you (\(k)).\" }") }
    return (lines + [items]).joined(separator: "\n") + "\n"
  }

  @Test func testTheInnermostConditionsStillProveNeverShown() {
    let count = Satisfiability.maxFacts + 50
    let checked = Checker.check(
      source: screening(ends: count, then: "if n == \(count - 1) { question late: integer { text \"Late?\" } }"))
    #expect(checked.diagnostics.map(\.code) == [.neverShown], "the last end is among the innermost conditions")
  }

  @Test func testWhatOnlyTheOutermostConditionsProveIsNotGuessed() {
    let count = Satisfiability.maxFacts + 50
    let checked = Checker.check(
      source: screening(ends: count, then: "if n == 0 { question early: integer { text \"Early?\" } }"))
    #expect(checked.diagnostics.map(\.code) == [], "the end for 0 lies beyond the innermost conditions")
    // Within the limit the same file is reported.
    let short = Checker.check(
      source: screening(ends: 10, then: "if n == 0 { question early: integer { text \"Early?\" } }"))
    #expect(short.diagnostics.map(\.code) == [.neverShown])
  }

  @Test func testTheFactsOfADeepUniverseAreCutToTheInnermost() throws {
    let checked = Checker.check(source: screening(ends: 500, then: "question last: integer { text \"Last?\" }"))
    let last = try #require(checked.survey.variable(named: "last"))
    #expect(checked.survey.facts(of: last.universe).count == 500)
    #expect(checked.survey.facts(of: last.universe, innermost: 200).count == 200)
  }
}
