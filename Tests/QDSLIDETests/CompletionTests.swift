// Completion in each context, with numbered cursor markers: keywords, types, lists, earlier variables (never
// later ones), options of the right list, languages in a text block (missing first), pipes and functions.

import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import XCTest

final class CompletionTests: XCTestCase {
  private func labels(_ marked: String, _ n: Int = 1) -> [String] {
    let (a, m) = analyse(marked)
    let c = a.completion(at: m[n])
    return c.items.sorted { ($0.sortText ?? $0.label, $0.label) < ($1.sortText ?? $1.label, $1.label) }.map(\.label)
  }

  func testDeclarationKeywordsAtTopLevel() {
    let l = labels("survey s\nlanguages en\n1️⃣\n")
    XCTAssertTrue(l.contains("choices") && l.contains("question") && l.contains("section"), "\(l)")
  }

  func testItemKeywordsInABranchAndPartsInAQuestion() {
    let src = "survey s\nlanguages en\nquestion q: integer {\n  text \"Q\"\n  2️⃣\n}\nif q > 1 {\n  1️⃣\n}\n"
    let inBranch = labels(src, 1)
    XCTAssertTrue(inBranch.contains("question") && !inBranch.contains("survey"), "\(inBranch)")
    XCTAssertEqual(Set(labels(src, 2)), ["text", "hint", "check", "required"])
  }

  func testTypesAfterAColonAndListsAfterOneOf() {
    XCTAssertEqual(
      labels("survey s\nlanguages en\nquestion q: 1️⃣"), ["date", "decimal", "integer", "many of", "one of", "text"])
    XCTAssertEqual(labels(Fixture.survey + "question z: one of 1️⃣"), ["agreement", "yes_no"])
    XCTAssertEqual(labels(Fixture.survey + "question z: many of ag1️⃣"), ["agreement"])
  }

  func testVariablesDeclaredEarlierButNeverLater() {
    let src = Fixture.survey.replacing("if adopted == yes", with: "if 1️⃣adopted == yes")
    let l = labels(src)
    XCTAssertTrue(l.contains("staff") && l.contains("adopted"), "\(l)")
    XCTAssertFalse(l.contains("big") || l.contains("culture.risk"), "\(l)")
    XCTAssertTrue(l.contains("count") && l.contains("answered"), "\(l)")
  }

  func testACheckMayReadItsOwnQuestion() {
    let l = labels(
      "survey s\nlanguages en\nquestion a: integer { text \"A\" }\nquestion b: integer {\n  text \"B\"\n  check 1️⃣ \"x\"\n}\n"
    )
    XCTAssertTrue(l.contains("a") && l.contains("b"), "\(l)")
  }

  func testOptionsOfTheRightListAfterComparisons() {
    let base = Fixture.survey.replacing("culture.risk == high", with: "culture.risk == 1️⃣high")
    XCTAssertEqual(Array(labels(base).prefix(2)), ["low", "high"])
    let eq = Fixture.survey.replacing("if adopted == yes", with: "if adopted != 1️⃣yes")
    XCTAssertEqual(Array(labels(eq).prefix(2)), ["yes", "no"])
    let inList = Fixture.survey.replacing("if adopted == yes", with: "if adopted in [yes, 1️⃣]")
    XCTAssertEqual(Array(labels(inList).prefix(2)), ["yes", "no"])
  }

  func testOptionItemsCarryCodeAndLabel() throws {
    let (a, m) = analyse(Fixture.survey.replacing("if adopted == yes", with: "if adopted == y1️⃣es"))
    let c = a.completion(at: m[1])
    XCTAssertEqual(slice(a, c.replacing), "y")
    let yes = try XCTUnwrap(c.items.first { $0.label == "yes" })
    XCTAssertEqual(yes.kind, .option)
    XCTAssertEqual(yes.detail, "1 · option of yes_no")
    XCTAssertEqual(yes.documentation, "Kyllä")
  }

  func testVariableItemsCarryTheSourceText() throws {
    let (a, m) = analyse(Fixture.survey.replacing("calculate big = staff", with: "calculate big = st1️⃣aff"))
    let staff = try XCTUnwrap(a.completion(at: m[1]).items.first { $0.label == "staff" })
    XCTAssertEqual(staff.detail, "question staff: integer 1..500 required")
    XCTAssertEqual(staff.documentation, "Montako työntekijää?")
  }

  func testLanguagesInATextBlockMissingOnesFirst() {
    let src = Fixture.survey.replacing(
      "text { fi \"Kulttuuri\" en \"Culture\" }", with: "text { en \"Culture\" 1️⃣ }")
    XCTAssertEqual(labels(src), ["fi", "en"])
  }

  func testPipeNamesAfterABraceInAString() {
    let src = Fixture.survey.replacing("Thanks, {staff}", with: "Thanks, {ad1️⃣")
    XCTAssertEqual(labels(src), ["adopted"])
    let all = labels(Fixture.survey.replacing("Thanks, {staff}", with: "Thanks, {1️⃣}"))
    XCTAssertTrue(all.contains("culture.risk") && all.contains("staff") && !all.contains("culture"), "\(all)")
    XCTAssertEqual(labels(Fixture.survey.replacing("Thanks, {staff}", with: "Than1️⃣ks")), [])
  }

  func testRowsAfterAGridNameAndOptionsAfterAListName() {
    let rows = Fixture.survey.replacing("culture.risk == high", with: "culture.1️⃣risk == high")
    XCTAssertEqual(labels(rows), ["risk"])
    let options = Fixture.survey.replacing("if adopted == yes", with: "if adopted == yes_no.1️⃣")
    XCTAssertEqual(labels(options), ["yes", "no"])
  }

  func testNothingInsideAComment() {
    XCTAssertEqual(labels("survey s # a comm1️⃣ent\n"), [])
  }

  func testSignatureHelpInACall() throws {
    let (a, m) = analyse(
      "survey s\nlanguages en\nquestion q: integer { text \"Q\" }\ncalculate c = max(q, 1️⃣1) + min(2️⃣q, 2)\n")
    let h = try XCTUnwrap(a.signatureHelp(at: m[1]))
    XCTAssertEqual(h.label, "max(a, b) -> the larger")
    XCTAssertEqual(h.parameters, ["a", "b"])
    XCTAssertEqual(h.activeParameter, 1)
    XCTAssertEqual(a.signatureHelp(at: m[2])?.activeParameter, 0)
    XCTAssertNil(a.signatureHelp(at: 0))
  }

  func testALongListIsCutAndMarkedIncomplete() {
    var src = "survey s\nlanguages en\n"
    for i in 0..<300 { src += "question q\(i): integer { text \"Q\(i)\" }\n" }
    let (a, m) = analyse(src + "calculate c = q1️⃣\n")
    let c = a.completion(at: m[1])
    XCTAssertTrue(c.isIncomplete)
    XCTAssertEqual(c.items.count, Analysis.completionLimit)
  }
}
