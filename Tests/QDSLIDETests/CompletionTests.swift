// Completion in each context, with numbered cursor markers: keywords, types, lists, earlier variables (never
// later ones), options of the right list, languages in a text block (missing first), pipes and functions. Each
// test compares the whole list in the order shown (by sortText): the list is the behaviour.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct CompletionTests {
  /// What every expression offers after the names in scope: the expression keywords, then the functions.
  private static let expressionWords = [
    "and", "contains", "false", "in", "not", "or", "true",
    "answered", "coalesce", "count", "date", "datetime", "day", "length", "matches", "max", "min", "month", "number",
    "round", "time", "today", "year", "years_between",
  ]
  private static let itemKeywords = ["calculate", "else", "end", "grid", "if", "note", "question", "repeat", "section"]

  private func labels(_ marked: String, _ n: Int = 1) throws -> [String] {
    let (a, m) = try analyse(marked)
    let c = a.completion(at: try m[n])
    return c.items.sorted { ($0.sortText ?? $0.label, $0.label) < ($1.sortText ?? $1.label, $1.label) }.map(\.label)
  }

  @Test func testDeclarationKeywordsAtTopLevel() throws {
    let declarations = [
      "calculate", "choices", "else", "end", "grid", "if", "languages", "note", "paradata", "question",
    ]
    let all = declarations + ["repeat", "sample", "section", "survey", "title", "version"]
    #expect(try labels("survey s\nlanguages en\n1️⃣\n") == all)
    #expect(try labels("1️⃣") == all, "an empty document")
  }

  @Test func testItemKeywordsInABranchAndPartsInAQuestion() throws {
    let src = "survey s\nlanguages en\nquestion q: integer {\n  text \"Q\"\n  2️⃣\n}\nif q > 1 {\n  1️⃣\n}\n"
    #expect(try labels(src, 1) == Self.itemKeywords)
    #expect(try labels(src, 2) == ["check", "hint", "required", "soft", "text"])
  }

  @Test func testTypesAfterAColonAndListsAfterOneOf() throws {
    #expect(
      try labels("survey s\nlanguages en\nquestion q: 1️⃣") == [
        "date", "datetime", "decimal", "integer", "many of", "one of", "rank of", "text", "time",
      ])
    #expect(
      try labels("survey s\nlanguages en\nparadata {\n  started: 1️⃣\n}\n") == [
        "device", "end", "start", "today", "user",
      ])
    #expect(try labels(Fixture.survey + "question z: one of 1️⃣") == ["agreement", "yes_no"])
    #expect(try labels(Fixture.survey + "question z: many of ag1️⃣") == ["agreement"])
  }

  @Test func testVariablesDeclaredEarlierButNeverLater() throws {
    let src = Fixture.survey.replacing("if adopted == yes", with: "if 1️⃣adopted == yes")
    // Nearest first; `culture.risk` and `big` come later in the document.
    #expect(try labels(src) == ["adopted", "staff"] + Self.expressionWords)
  }

  @Test func testAFormulaBegunAtTheEndOfTheDocumentOffersTheEarlierVariablesNotItself() throws {
    // The tree ends the unfinished calculate at `=`, before the cursor: still an expression, still not `z`.
    let expected = ["big", "culture.risk", "adopted", "staff"] + Self.expressionWords
    #expect(try labels(Fixture.survey + "calculate z = 1️⃣") == expected)
    #expect(try labels(Fixture.survey + "calculate z = 1️⃣\nnote n2 { text \"N\" }\n") == expected)
  }

  @Test func testACheckMayReadItsOwnQuestion() throws {
    let l = try labels(
      "survey s\nlanguages en\nquestion a: integer { text \"A\" }\nquestion b: integer {\n  text \"B\"\n  check 1️⃣ \"x\"\n}\n"
    )
    #expect(l == ["b", "a"] + Self.expressionWords)
  }

  @Test func testOptionsOfTheRightListAfterComparisons() throws {
    let base = Fixture.survey.replacing("culture.risk == high", with: "culture.risk == 1️⃣high")
    #expect(try labels(base) == ["low", "high", "culture.risk", "adopted", "staff"] + Self.expressionWords)
    let eq = Fixture.survey.replacing("if adopted == yes", with: "if adopted != 1️⃣yes")
    #expect(try labels(eq) == ["yes", "no", "adopted", "staff"] + Self.expressionWords)
    let inList = Fixture.survey.replacing("if adopted == yes", with: "if adopted in [yes, 1️⃣]")
    #expect(try labels(inList) == ["yes", "no", "adopted", "staff"] + Self.expressionWords)
  }

  @Test func testOptionItemsCarryCodeAndLabel() throws {
    let (a, m) = try analyse(Fixture.survey.replacing("if adopted == yes", with: "if adopted == y1️⃣es"))
    let c = a.completion(at: try m[1])
    #expect(slice(a, c.replacing) == "y")
    let yes = try #require(c.items.first { $0.label == "yes" })
    #expect(yes.kind == .option)
    #expect(yes.detail == "1 · option of yes_no")
    #expect(yes.documentation == "Kyllä")
  }

  @Test func testVariableItemsCarryTheSourceText() throws {
    let (a, m) = try analyse(Fixture.survey.replacing("calculate big = staff", with: "calculate big = st1️⃣aff"))
    let staff = try #require(a.completion(at: try m[1]).items.first { $0.label == "staff" })
    #expect(staff.detail == "Montako työntekijää?")
    #expect(
      staff.documentation
        == "```qdsl\nquestion staff: integer 1..500 required\n```\n\nMontako työntekijää?\n\nAsked: everyone")
    let (b, mb) = try analyse(Fixture.survey + "calculate z = b1️⃣\n")
    let big = try #require(b.completion(at: try mb[1]).items.first { $0.label == "big" })
    #expect(big.detail == "calculate big: boolean", "a calculate has no text: its declaration is the detail")
  }

  @Test func testLanguagesInATextBlockMissingOnesFirst() throws {
    let src = Fixture.survey.replacing(
      "text { fi \"Kulttuuri\" en \"Culture\" }", with: "text { en \"Culture\" 1️⃣ }")
    #expect(try labels(src) == ["fi", "en"])
  }

  @Test func testPipeNamesAfterABraceInAString() throws {
    let src = Fixture.survey.replacing("Thanks, {staff}", with: "Thanks, {ad1️⃣")
    #expect(try labels(src) == ["adopted"])
    // Every variable before the note, nearest first; a grid is piped by its rows, never as a whole.
    let all = try labels(Fixture.survey.replacing("Thanks, {staff}", with: "Thanks, {1️⃣}"))
    #expect(all == ["big", "culture.risk", "adopted", "staff"])
    #expect(try labels(Fixture.survey.replacing("Thanks, {staff}", with: "Than1️⃣ks")) == [])
  }

  @Test func testRowsAfterAGridNameAndOptionsAfterAListName() throws {
    let rows = Fixture.survey.replacing("culture.risk == high", with: "culture.1️⃣risk == high")
    #expect(try labels(rows) == ["risk"])
    let options = Fixture.survey.replacing("if adopted == yes", with: "if adopted == yes_no.1️⃣")
    #expect(try labels(options) == ["yes", "no"])
  }

  @Test func testNothingInsideAComment() throws {
    #expect(try labels("survey s # a comm1️⃣ent\n") == [])
  }

  /// An offset inside a multi-byte character (a bad cursor from a caller) completes at the character's start:
  /// the range to replace never splits a UTF-8 sequence.
  @Test func testACursorInsideACharacterCompletesAtItsStart() throws {
    let (a, m) = try analyse("survey s\nlanguages en\n# 1️⃣ä\n")
    let c = a.completion(at: try m[1] + 1)
    #expect(c.replacing == .empty(at: try m[1]))
    #expect(c.items == [])
  }

  @Test func testSignatureHelpInACall() throws {
    let (a, m) = try analyse(
      "survey s\nlanguages en\nquestion q: integer { text \"Q\" }\ncalculate c = max(q, 1️⃣1) + min(2️⃣q, 2)\n")
    let h = try #require(a.signatureHelp(at: try m[1]))
    #expect(h.label == "max(a, b) -> the larger")
    #expect(h.parameters == ["a", "b"])
    #expect(h.activeParameter == 1)
    #expect(a.signatureHelp(at: try m[2])?.activeParameter == 0)
    #expect(a.signatureHelp(at: 0) == nil)
  }

  @Test func testALongListIsCutAndMarkedIncomplete() throws {
    var src = "survey s\nlanguages en\n"
    for i in 0..<300 { src += "question q\(i): integer { text \"Q\(i)\" }\n" }
    let (a, m) = try analyse(src + "calculate c = q1️⃣\n")
    let c = a.completion(at: try m[1])
    #expect(c.isIncomplete)
    #expect(c.items.count == Analysis.completionLimit)
    // The nearest questions are kept, nearest first.
    #expect(try labels(src + "calculate c = q1️⃣\n") == (200..<300).reversed().map { "q\($0)" })
  }
}
