// The editor features of cascading and conditional options: completion of attributes after `option.` in a filter
// (and nothing of the kind outside one), hover on `option.ATTR` and on a declared attribute, and semantic tokens.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct CascadeTests {
  static let survey = """
    survey s
    languages en
    choices country { 1 finland "Finland" 2 sweden "Sweden" }
    choices region (country: country, popu3️⃣lation: integer) {
      1 uusimaa "Uusimaa" country = finland population = 1700000
      2 stockholm "Stockholm" country = sweden population = 2400000
    }
    question home: one of country required { text "Country?" }
    question home_region: one of region where option.1️⃣country == home { text "Region?" }
    question visited: one of region where option.country == 4️⃣ { text "Visited?" }
    calculate c = region.2️⃣uusimaa == home_region
    """

  @Test func testCompletionAfterOptionDotInAFilterListsTheAttributes() throws {
    let (a, m) = try analyse(Self.survey)
    #expect(a.diagnostics.map(\.code).allSatisfy { $0 == .unexpectedToken })
    let inFilter = a.completion(at: try m[1]).items.map(\.label)
    #expect(inFilter == ["country", "population"])
    // After LIST. outside a filter: the list's options, as before.
    let outside = a.completion(at: try m[2]).items.map(\.label)
    #expect(outside.contains("stockholm") && !outside.contains("population"))
  }

  @Test func testCompletionAfterAnAttributeOfAListOffersThatListsOptions() throws {
    let (a, m) = try analyse(Self.survey)
    let labels = a.completion(at: try m[4]).items.map(\.label)
    #expect(labels.starts(with: ["finland", "sweden"]), Comment(rawValue: labels.joined(separator: " ")))
  }

  @Test func testHoverOnAnAttributeShowsItsType() throws {
    let (a, m) = try analyse(Self.survey)
    let hover = try #require(a.hover(at: try m[1] + 1))
    #expect(slice(a, hover.range) == "country")
    #expect(hover.markdown.contains("country: country") && hover.markdown.contains("option.country"))
    let declared = try #require(a.hover(at: try m[3]))
    #expect(declared.markdown.contains("population: integer"))
  }

  @Test func testHoverOnAQuestionShowsItsFilterAndOnAListItsAttributes() throws {
    let (a, m) = try analyse(
      Self.survey.replacingOccurrences(of: "question home_region", with: "question home_5️⃣region"))
    let question = try #require(a.hover(at: try m[5]))
    #expect(question.markdown.contains("Offers: the options where `option.country == home`"), "\(question.markdown)")
    let list = try #require(a.hover(at: try m[2] - 2))
    #expect(list.markdown.contains("choices region (country: country, population: integer)"), "\(list.markdown)")
    #expect(list.markdown.contains("`country = finland`"), "\(list.markdown)")
  }

  @Test func testAttributesAreProperties() throws {
    let (a, _) = try analyse(Self.survey)
    let tokens = a.semanticTokens()
    func of(_ text: String) -> Set<String> { Set(tokens.filter { slice(a, $0.range) == text }.map { $0.type.name }) }
    #expect(of("population") == ["property"])
    #expect(of("option") == ["keyword"])
  }
}
