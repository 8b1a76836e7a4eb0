// Helps and fixes that lead somewhere: applying a diagnostic's fix, or doing what its help says, clears it.
// Covers quoted options, sets compared with '==', 'not in', free codes next to the largest whole numbers and
// the reasons of QD4005 given at once.

import Foundation
import QDSLSemantics
import QDSLSyntax
import Testing

@Suite struct HelpFollowingTests {
  private let header = """
    survey helps
    languages en
    choices yes_no { 1 yes "Yes" 2 no "No" }
    choices kinds { 1 product "Product" 2 service "Service" 3 process "Process" }
    question adopted: one of yes_no required { text "Adopted?" }
    question kind: many of kinds required { text "Kinds?" }

    """

  /// Applies every fix of the diagnostics with `code` (their ranges do not overlap), last first.
  private func applyingFixes(_ source: String, _ code: DiagnosticCode) -> String {
    var bytes = Array(source.utf8)
    let fixes = Checker.check(source: source).diagnostics.filter { $0.code == code }.compactMap(\.fixes.first)
    for fix in fixes.sorted(by: { $0.range.start > $1.range.start }) {
      bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private func diagnostics(_ source: String, _ code: DiagnosticCode) -> [Diagnostic] {
    Checker.check(source: source).diagnostics.filter { $0.code == code }
  }

  @Test func testAQuotedOptionNamesTheOptionAndItsFixClearsTheError() {
    let source = header + "if adopted == \"yes\" or adopted in [\"No\"] { note n { text \"N\" } }\n"
    let found = diagnostics(source, .typeMismatch)
    #expect(found.count == 2)
    #expect(found.first?.help == "write the option's name without quotes: adopted == yes")
    let fixed = applyingFixes(source, .typeMismatch)
    #expect(fixed.contains("adopted == yes or adopted in [no]"), Comment(rawValue: fixed))
    #expect(!(Checker.check(source: fixed).hasErrors))
  }

  @Test func testASetComparedWithEqualsSuggestsTheOptionWritten() {
    let source = header + "if kind == process { note n { text \"N\" } }\nif kind != service { note m { text \"M\" } }\n"
    let found = diagnostics(source, .typeMismatch)
    #expect(
      found.map(\.help) == [
        "test one option with contains: kind contains process",
        "test one option with contains: not (kind contains service)",
      ])
    let fixed = applyingFixes(source, .typeMismatch)
    #expect(fixed.contains("if kind contains process {") && fixed.contains("if not (kind contains service) {"))
    #expect(!(Checker.check(source: fixed).hasErrors))
  }

  @Test func testNotInIsOneErrorAndItsFixClearsIt() {
    let source = header + "if adopted not in [yes] and kind  not  contains service { note n { text \"N\" } }\n"
    let checked = Checker.check(source: source)
    #expect(checked.diagnostics.map(\.code) == [.unexpectedToken, .unexpectedToken])
    #expect(checked.diagnostics.first?.help == "write not (adopted in [yes])")
    let fixed = applyingFixes(source, .unexpectedToken)
    #expect(fixed.contains("if not (adopted in [yes]) and not (kind contains service) {"), Comment(rawValue: fixed))
    #expect(Checker.check(source: fixed).diagnostics.isEmpty)
  }

  @Test func testFreeCodesNextToTheLargestWholeNumbersAreDistinctAndInRange() {
    let source = """
      survey codes
      languages en
      choices up { 9007199254740991 top "Top" 1 a "A" 1 b "B" 1 c "C" 2 d "D" }
      choices down { -9007199254740991 bottom "Bottom" missing -1 a "A" -1 b "B" }
      question q: one of up { text "Q" }
      question r: one of down { text "R" }

      """
    let found = diagnostics(source, .duplicateOptionCode)
    #expect(found.compactMap(\.fixes.first?.replacement) == ["3", "4", "-2"])
    #expect(!(Checker.check(source: applyingFixes(source, .duplicateOptionCode)).hasErrors))
  }

  @Test func testQD4005GivesEveryReasonAndEachWayOutClearsIt() {
    let base = header + "if adopted == yes { question budget: integer 0..100 { text \"Budget?\" } }\n"
    let text = "note recap { text \"The budget was {budget}.\" }\n"
    let warning = diagnostics(base + text, .pipeMayBeMissing)
    #expect(warning.count == 1)
    #expect(
      warning.first?.message
        == "'budget' is not required and is only asked when adopted == yes, so this pipe may show an empty answer")
    let help = warning.first?.help ?? ""
    #expect(
      help.contains("if answered(budget)") && help.contains("required and show the text only when"),
      Comment(rawValue: help))
    // The first way out: under `if answered(budget)`.
    #expect(diagnostics(base + "if answered(budget) { \(text) }\n", .pipeMayBeMissing).isEmpty)
    // The second: required, and the text under the question's condition.
    let required = base.replacingOccurrences(of: "integer 0..100 {", with: "integer 0..100 required {")
    #expect(diagnostics(required + "if adopted == yes { \(text) }\n", .pipeMayBeMissing).isEmpty)
    // Either half alone leaves the warning, with the reason that is left.
    #expect(
      diagnostics(required + text, .pipeMayBeMissing).first?.message
        == "'budget' is only asked when adopted == yes, but this text is shown in other cases too")
    #expect(
      diagnostics(base + "if adopted == yes { \(text) }\n", .pipeMayBeMissing).first?.message
        == "'budget' is not required, so this pipe may show an empty answer")
  }

  @Test func testADefaultBeyondTheRangeIsFixedByTheNearestBound() {
    let source =
      header
      + "question visits: integer 0..50 default 60 { text \"Visits?\" }\n"
      + "question share: decimal 0.5..1 default -2 { text \"Share?\" }\n"
    let found = diagnostics(source, .defaultMismatch)
    #expect(found.compactMap(\.fixes.first?.replacement) == ["50", "0.5"])
    #expect(diagnostics(applyingFixes(source, .defaultMismatch), .defaultMismatch).isEmpty)
  }
}
