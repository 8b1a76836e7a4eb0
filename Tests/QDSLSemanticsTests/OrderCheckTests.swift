// The shuffled-section proof (Checker+Order.swift) on large sections: every item reading an answer given before
// the section is fine, one item reading a sibling is one error naming both, and the proof takes time linear in the
// reads (a binary search per read, not a scan of the section); the model records shuffles, fixed options, ranks.

import QDSLSyntax
import Testing

@testable import QDSLSemantics

@Suite struct OrderCheckTests {
  /// A screening question, then a shuffled section of `count` questions that each pipe the screening answer.
  private func section(_ count: Int, extra: String = "") -> String {
    var lines = [
      "survey big", "languages en", "question n: integer 0..9 required { text \"N?\" }", "section s shuffle {",
    ]
    for k in 0..<count { lines.append("  question q\(k): integer { text \"Q\(k), after {n}?\" }") }
    lines.append(extra)
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func testALargeShuffledSectionOfIndependentItemsIsClean() {
    let clock = ContinuousClock()
    let checked = Checker.check(source: section(5000))
    #expect(checked.diagnostics.isEmpty, "\(checked.diagnostics.prefix(3))")
    let elapsed = clock.measure { _ = Checker.check(source: section(5000)) }
    #expect(elapsed < .seconds(10), "5,000 shuffled items took \(elapsed)")
  }

  @Test func testOneReadOfASiblingIsOneErrorNamingBoth() throws {
    let checked = Checker.check(source: section(2000, extra: "  calculate total = coalesce(q7, 0) + n"))
    let errors = checked.diagnostics.filter { $0.code == .shuffledItemsDepend }
    #expect(errors.count == 1)
    let message = try #require(errors.first).message
    #expect(message.contains("'total'") && message.contains("'q7'"), "\(message)")
  }

  @Test func testTheModelRecordsShufflesFixedOptionsAndRanks() throws {
    let checked = Checker.check(
      source: """
        survey m
        languages en
        choices c { 1 a "A" 2 b "B" 96 other "Other" fixed }
        question one: one of c shuffle { text "One?" }
        question order: rank of c { text "Rank" }
        section s shuffle {
          question x: integer { text "X" }
          note y { text "Y" }
        }
        """)
    #expect(checked.diagnostics.isEmpty, "\(checked.diagnostics)")
    let survey = checked.survey
    #expect(survey.lists[0].options.map(\.isFixed) == [false, false, true])
    guard case .question(let one) = survey.items[0].kind else { Issue.record("not a question"); return }
    #expect(one.shuffle?.orderVariable == "one_order")
    #expect(survey.variable(named: "order")?.dataNames == ["order_a", "order_b", "order_other"])
    guard case .section(let s) = survey.items[2].kind else { Issue.record("not a section"); return }
    #expect(s.shuffle?.orderVariable == "s_order")
  }
}
