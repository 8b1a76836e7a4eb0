// Hover, definition, references, highlights and rename on the Analysis facade, with numbered cursor markers.

import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import XCTest

/// The analysis of a marked fixture and its markers.
func analyse(_ marked: String) throws -> (Analysis, MarkedSource) {
  let m = try MarkedSource(marked)
  return (Analysis(source: m.source), m)
}

/// The source text of a range.
func slice(_ a: Analysis, _ r: TextRange) -> String { String(decoding: a.bytes[r.start..<r.end], as: UTF8.self) }

/// The line (1-based) and text of each range, for readable comparisons.
func describe(_ a: Analysis, _ ranges: [TextRange]) -> [String] {
  ranges.map { "\(a.lineIndex.position(of: $0.start).line):\(slice(a, $0))" }
}

final class NavigationTests: XCTestCase {
  func testHoverOnAQuestionShowsTypeTextAndUniverse() throws {
    let (a, m) = try analyse(
      Fixture.survey.replacing("calculate big = staff", with: "calculate big = st1️⃣aff")
        .replacing("grid culture", with: "grid cul2️⃣ture"))
    let h = try XCTUnwrap(a.hover(at: try m[1]))
    XCTAssertEqual(slice(a, h.range), "staff")
    XCTAssertEqual(
      h.markdown, "```qdsl\nquestion staff: integer 1..500 required\n```\n\nMontako työntekijää?\n\nAsked: everyone")
    let g = try XCTUnwrap(a.hover(at: try m[2]))
    XCTAssertEqual(
      g.markdown,
      "```qdsl\ngrid culture: one of agreement\n```\n\nKulttuuri\n\nRows: `risk`\n\nAsked: `adopted == yes`")
  }

  func testHoverOnAnOptionAndAList() throws {
    let (a, m) = try analyse(
      Fixture.survey.replacing("adopted == yes", with: "adopted == y1️⃣es").replacing(
        "one of yes_no", with: "one of yes_2️⃣no"))
    XCTAssertEqual(
      a.hover(at: try m[1])?.markdown, "```qdsl\n1 yes\n```\n\nOption of `yes_no`, code 1\n\nKyllä")
    XCTAssertEqual(a.hover(at: try m[2])?.markdown, "```qdsl\nchoices yes_no\n```\n- `1` `yes` Kyllä\n- `2` `no` Ei")
  }

  func testHoverOnAFunction() throws {
    let (a, m) = try analyse(
      "survey s\nlanguages en\nquestion q: integer { text \"Q\" }\ncalculate c = m1️⃣ax(q, 1)\n")
    XCTAssertEqual(a.hover(at: try m[1])?.markdown, "```qdsl\nmax(a, b) -> the larger\n```")
  }

  func testDefinitionFromAnExpressionAPipeAndAType() throws {
    let (a, m) = try analyse(
      Fixture.survey.replacing("culture.risk == high", with: "culture.ri1️⃣sk == high")
        .replacing("Thanks, {staff}", with: "Thanks, {st2️⃣aff}").replacing("one of agreement", with: "one of agr3️⃣eement")
    )
    XCTAssertEqual(a.definition(at: try m[1]).map { describe(a, [$0]) }, ["26:risk"])
    XCTAssertEqual(a.definition(at: try m[2]).map { describe(a, [$0]) }, ["14:staff"])
    XCTAssertEqual(a.definition(at: try m[3]).map { describe(a, [$0]) }, ["9:agreement"])
  }

  func testReferencesIncludePipesInEveryTranslation() throws {
    let (a, m) = try analyse(Fixture.survey.replacing("question staff", with: "question s1️⃣taff"))
    XCTAssertEqual(
      describe(a, a.references(at: try m[1])),
      ["14:staff", "19:staff", "19:staff", "29:staff", "33:staff", "33:staff"])
    XCTAssertEqual(a.references(at: try m[1], includeDeclaration: false).count, 5)
    XCTAssertEqual(a.highlights(at: try m[1]).filter(\.isDeclaration).count, 1)
    XCTAssertEqual(a.highlights(at: try m[1]).filter(\.isPipe).count, 4)
  }

  func testReferencesOfAGridIncludeItsQualifiedRows() throws {
    let (a, m) = try analyse(Fixture.survey.replacing("grid culture", with: "grid cult1️⃣ure"))
    XCTAssertEqual(describe(a, a.references(at: try m[1])), ["23:culture", "29:culture"])
  }

  func testACursorRightAfterANameIsOnIt() throws {
    let (a, m) = try analyse(Fixture.survey.replacing("adopted == yes", with: "adopted1️⃣ == yes"))
    XCTAssertEqual(a.symbol(at: try m[1]).map { slice(a, $0.range) }, "adopted")
  }

  func testRenameUpdatesEveryUseAndEveryPipe() throws {
    let (a, m) = try analyse(Fixture.survey.replacing("calculate big = staff", with: "calculate big = st1️⃣aff"))
    let edits = try a.rename(at: try m[1], to: "employees").get()
    XCTAssertEqual(edits.count, 6)
    var bytes = a.bytes
    for e in edits.sorted(by: { $0.range.start > $1.range.start }) {
      bytes.replaceSubrange(e.range.start..<e.range.end, with: Array(e.newText.utf8))
    }
    let renamed = String(decoding: bytes, as: UTF8.self)
    XCTAssertEqual(
      renamed,
      Fixture.survey.replacing("staff", with: "employees").replacing("How many employees?", with: "How many staff?"))
    XCTAssertEqual(Analysis(source: renamed).diagnostics.map(\.code), [])
  }

  func testRenameOfAGridRowChangesOnlyTheRowPart() throws {
    let (a, m) = try analyse(Fixture.survey.replacing("      risk {", with: "      ri1️⃣sk {"))
    XCTAssertEqual(a.prepareRename(at: try m[1])?.placeholder, "risk")
    XCTAssertEqual(a.prepareRename(at: try m[1])?.range, a.definition(at: try m[1]))
    let edits = try a.rename(at: try m[1], to: "danger").get()
    XCTAssertEqual(describe(a, edits.map(\.range)), ["26:risk", "29:risk"])
  }

  func testRenameRefusesInvalidAndClashingNames() throws {
    let (a, m) = try analyse(
      Fixture.survey.replacing("question adopted", with: "question ado1️⃣pted").replacing(
        "1 yes", with: "1 ye2️⃣s"))
    func message(_ offset: Int, _ name: String) -> String? {
      if case .failure(let e) = a.rename(at: offset, to: name) { return e.message }
      return nil
    }
    XCTAssertEqual(message(try m[1], "staff"), "a variable named 'staff' already exists")
    XCTAssertEqual(
      message(try m[1], "2fast"),
      "'2fast' is not a valid name: use ASCII letters, digits and '_', starting with a letter or '_'")
    XCTAssertEqual(message(try m[1], "and"), "'and' is a reserved word of the expression language and cannot be a name")
    XCTAssertEqual(
      message(try m[1], "käyttö"),
      "'käyttö' is not a valid name: use ASCII letters, digits and '_', starting with a letter or '_'")
    XCTAssertEqual(message(try m[2], "no"), "the list 'yes_no' already has an option named 'no'")
    XCTAssertNil(message(try m[2], "yes"))
    XCTAssertNil(a.prepareRename(at: 0))
  }
}
