// The language server on "other, specify" texts and option descriptions: hover, definition, rename, outline and
// completion of the option keywords.

import QDSLIDE
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct SpecifyTests {
  static let survey = """
    survey barometer
    languages en fi

    choices partner {
      1 university { en "University" fi "Yliopisto" }
      2 firm { en "Firm" fi "Yritys" } description { en "A private company" fi "Yksityinen yritys" }
      96 other { en "Other" fi "Muu" } specify { en "Which partner?" fi "Mikä kumppani?" }
    }

    question partners: many of partner required {
      text { en "Partners?" fi "Kumppanit?" }
    }

    if partners contains other {
      calculate named = length(partners_other)
    }

    """

  @Test func testHoverOnASpecifyTextSaysWhatItSpecifies() throws {
    let (a, m) = try analyse(Self.survey.replacing("length(partners_other)", with: "length(partners_ot1️⃣her)"))
    let h = try #require(a.hover(at: try m[1]))
    #expect(slice(a, h.range) == "partners_other")
    #expect(h.markdown.contains("question partners_other: text required"))
    #expect(h.markdown.contains("Which partner?"))
    #expect(h.markdown.contains("Asked: `partners contains other`"))
    #expect(h.markdown.contains("The 'other, specify' text of `partners` for its option `other`"))
  }

  @Test func testHoverOnTheQuestionListsItsSpecifyTexts() throws {
    let (a, m) = try analyse(Self.survey.replacing("question partners:", with: "question part1️⃣ners:"))
    let h = try #require(a.hover(at: try m[1]))
    #expect(h.markdown.hasPrefix("```qdsl\nquestion partners: many of partner required\n```"))
    #expect(h.markdown.contains("Other, specify: `partners_other`"))
  }

  @Test func testHoverOnAnOptionShowsItsDescriptionAndPrompt() throws {
    let (a, m) = try analyse(
      Self.survey.replacing("2 firm", with: "2 fi1️⃣rm").replacing("96 other", with: "96 oth2️⃣er"))
    #expect(a.hover(at: try m[1])?.markdown.contains("Description: A private company") == true)
    #expect(a.hover(at: try m[2])?.markdown.contains("Other, specify: Which partner?") == true)
  }

  @Test func testASpecifyTextHasReferencesButNoWrittenDeclaration() throws {
    let (a, m) = try analyse(Self.survey.replacing("length(partners_other)", with: "length(partners_ot1️⃣her)"))
    #expect(a.definition(at: try m[1]) == nil)
    #expect(a.prepareRename(at: try m[1]) == nil)
    #expect(a.references(at: try m[1]).map { slice(a, $0) } == ["partners_other"])
  }

  @Test func testRenamingTheQuestionOrTheOptionRenamesTheSpecifyTextWhereItIsRead() throws {
    let (a, m) = try analyse(
      Self.survey.replacing("question partners:", with: "question part1️⃣ners:").replacing(
        "96 other", with: "96 oth2️⃣er"
      ).replacing("length(partners_other)", with: "length(partners_ot3️⃣her)"))
    let byQuestion = try a.rename(at: try m[1], to: "allies").get().map(\.newText).sorted()
    #expect(byQuestion == ["allies", "allies", "allies_other"])
    let byOption = try a.rename(at: try m[2], to: "else_").get().map(\.newText).sorted()
    #expect(byOption == ["else_", "else_", "partners_else_"])
    guard case .failure(let e) = a.rename(at: try m[3], to: "x") else {
      Issue.record("renaming a specify text itself is refused")
      return
    }
    #expect(e.message.contains("rename the question or the option"))
  }

  @Test func testTheOutlineShowsTheQuestionOnce() throws {
    let (a, _) = try analyse(Self.survey)
    let names = a.flatSymbols().map(\.name)
    #expect(names.filter { $0 == "partners" }.count == 1)
    #expect(!names.contains("partners_other"))
  }

  @Test func testCompletionInAListOffersSpecifyAndDescription() throws {
    let (a, m) = try analyse(
      Self.survey.replacing("{ en \"Other\" fi \"Muu\" } specify", with: "{ en \"Other\" fi \"Muu\" } 1️⃣ specify"))
    let labels = a.completion(at: try m[1]).items.map(\.label)
    #expect(labels.contains("specify"))
    #expect(labels.contains("description"))
  }
}
