// The facade never traps and always answers sensibly: every query at every offset of broken, truncated and junk
// documents and of real instruments, each answer checked against the invariants of AnswerInvariants (ranges in
// the document on character boundaries, no duplicates, definitions that are declarations…), not only "no crash".

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct IDERobustnessTests {
  /// Runs every query at every offset (and one before and after the document); returns what answered.
  @discardableResult
  private func exercise(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String: Int] {
    let a = Analysis(source: source)
    var invariants = AnswerInvariants(a)
    invariants.checkDocument()
    for offset in stride(from: -1, through: a.bytes.count + 1, by: 1) {
      invariants.check(at: offset)
    }
    let problems = invariants.problems
    if !problems.isEmpty {
      let shown = problems.prefix(12).joined(separator: "\n")
      let excerpt = source.count > 2_000 ? String(source.prefix(2_000)) + "…" : source
      Issue.record(
        "\(problems.count) broken answers for the document:\n\(excerpt)\n---\n\(shown)", sourceLocation: sourceLocation)
    }
    return invariants.answered
  }

  @Test func testEveryQueryAtEveryOffsetOfTruncationsOfTheFixture() {
    let bytes = Array(Fixture.survey.utf8)
    for cut in stride(from: 0, through: bytes.count, by: 37) {
      exercise(String(decoding: bytes[0..<cut], as: UTF8.self))
    }
  }

  /// "Other, specify" texts read and piped (they have no written declaration), and option descriptions; whole and
  /// cut every few bytes.
  @Test func testSpecifyTextsEveryQueryAtEveryOffset() {
    let answered = exercise(
      SpecifyTests.survey + "note n { text { en \"{partners_other}\" fi \"{partners_other}\" } }\n")
    #expect(answered["hover", default: 0] > 0 && answered["rename", default: 0] > 0)
    let bytes = Array(SpecifyTests.survey.utf8)
    for cut in stride(from: 0, through: bytes.count, by: 41) {
      exercise(String(decoding: bytes[0..<cut], as: UTF8.self))
    }
  }

  @Test func testJunkAndUnusualText() {
    exercise("")
    exercise("{{{{ }}}} \"\"\" ((( ]]]")
    exercise("survey s\nlanguages en\nquestion q: one of { text \"{\" }\nif q == { }")
    exercise("survey s\nlanguages en\ncalculate c = max(,,)\ncalculate d = c.c.c == [,]\n")
    exercise("\u{FEFF}survey ä\nlanguages 😀\nquestion q: integer { text \"😀{q}😀\" }\n")
    exercise(String(repeating: "(", count: 300))
  }

  /// Repeats: the roster fixture whole and cut every few bytes, the parser's repeat fixtures (malformed headers
  /// too) and a pipe or aggregate of names that are not repeats.
  @Test func testRepeatsEveryQueryAtEveryOffset() {
    let root = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLSyntaxTests/Fixtures/parser")
    var answered = exercise(RepeatFixture.survey)
    exercise(Fixtures.read(root.appendingPathComponent("ok/repeats.qdsl")))
    exercise(Fixtures.read(root.appendingPathComponent("err/repeat-headers.qdsl")))
    exercise(
      "survey s\nlanguages en\nrepeat r count {\n  note n { text \"{r.} {r.x.y} {s.index}\" }\n}\n"
        + "calculate c = sum(r.) + count(r where) + any(where) + count(count(r))\nrepeat r for each r { }\n")
    let bytes = Array(RepeatFixture.survey.utf8)
    for cut in stride(from: 0, through: bytes.count, by: 53) {
      answered.merge(exercise(String(decoding: bytes[0..<cut], as: UTF8.self))) { $0 + $1 }
    }
    for query in ["definition", "rename", "hover", "completion", "signatureHelp"] {
      #expect(answered[query, default: 0] > 0, "\(query) never answered")
    }
  }

  /// The whole fixture and real instruments (sections, grids, checks, comments, missing translations): every
  /// query gives real answers somewhere, so the invariants are checked on something.
  @Test func testTheFixtureAndRealInstruments() {
    let root = Fixtures.packageRoot()
    let broken =
      Fixture.survey + "question z: one of nope {\n  text { fi \"Z\" }\n}\ncalculate w = max(staff, 1) + sdaff\n"
    let sources = [
      Fixture.survey, broken,
      Fixtures.read(root.appendingPathComponent("Examples/staff-wellbeing-pulse.qdsl")),
      Fixtures.read(root.appendingPathComponent("Tests/Scenarios/edges.qdsl")),
      Fixtures.read(root.appendingPathComponent("Tests/Scenarios/semantics.qdsl")),
      Fixtures.read(root.appendingPathComponent("Tests/Scenarios/types.qdsl")),
    ]
    var answered: [String: Int] = [:]
    for source in sources {
      #expect(source.utf8.count > 500)
      answered.merge(exercise(source)) { $0 + $1 }
    }
    let queries = [
      "outline", "semanticTokens", "foldingRegions", "inlayHints", "symbol", "highlights", "definition",
      "prepareRename", "hover", "rename", "signatureHelp", "codeActions", "completion",
    ]
    for query in queries { #expect(answered[query, default: 0] > 0, "\(query) never answered") }
  }
}
