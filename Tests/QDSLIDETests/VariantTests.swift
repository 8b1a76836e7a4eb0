// The editor features for text variants, defaults and soft checks: completion after `text`, `soft` and `default`
// (the question's options first), references and rename through variant conditions, their pipes and defaults, and
// a hover that lists the variants, the default and the soft checks.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct VariantTests {
  static let survey = """
    survey census
    languages en
    choices yes_no { 1 yes { en "Yes" } 2 no { en "No" } }
    question person_number: integer 1..20 required { text { en "Which person?" } }
    question works: one of yes_no default yes {
      text if person_number == 1 { en "Do you work, person {person_number}?" }
      text { en "Does this person work?" }
      soft check works == yes or person_number > 1 { en "Sure?" }
    }
    question hours: integer 0..100 default person_number { text { en "Hours?" } }
    """

  private func labels(_ marked: String) throws -> [String] {
    let (a, m) = try analyse(marked)
    return a.completion(at: try m[1]).items.map(\.label)
  }

  @Test func testTheFixtureChecksClean() {
    #expect(Analysis(source: Self.survey).diagnostics.map(\.message) == [])
  }

  @Test func testCompletionAfterSoftTextAndDefault() throws {
    #expect(try labels(Self.survey.replacing("  soft check works", with: "  soft 1️⃣\n  soft check works")) == ["check"])
    #expect(try labels(Self.survey.replacing("  text { en \"Does", with: "  text 1️⃣\n  text { en \"Does")) == ["if"])
    let afterDefault = try labels(Self.survey.replacing("default yes {", with: "default 1️⃣ {"))
    #expect(Array(afterDefault.prefix(2)) == ["yes", "no"])
    #expect(afterDefault.contains("person_number") && !afterDefault.contains("hours"))
    let inQuestion = try labels(Self.survey.replacing("  text { en \"Does", with: "  1️⃣\n  text { en \"Does"))
    #expect(inQuestion.contains("soft") && inQuestion.contains("text"))
  }

  @Test func testReferencesCoverVariantConditionsPipesAndDefaults() throws {
    let (a, m) = try analyse(Self.survey.replacing("question person_number", with: "question person_1️⃣number"))
    #expect(
      describe(a, a.references(at: try m[1])) == [
        "4:person_number", "6:person_number", "6:person_number", "8:person_number", "10:person_number",
      ])
  }

  @Test func testHoverListsVariantsDefaultAndSoftChecks() throws {
    let (a, m) = try analyse(Self.survey.replacing("question works", with: "question wo1️⃣rks"))
    let h = try #require(a.hover(at: try m[1]))
    #expect(h.markdown.contains("Text if `person_number == 1`: Do you work, person {person_number}?"))
    #expect(h.markdown.contains("Default: `yes_no.yes`"))
    #expect(h.markdown.contains("A soft check: the respondent may confirm and go on"))
  }
}
