// Completion, hover and signature help answer against the text a request refers to, which may be newer than the
// last check: moved with the text when only texts, whitespace or comments changed, and from a fresh parse (with
// the check's names) when the edit changed the tree, as a line typed since the check does.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct CurrentTextTests {
  private let checked = Analysis(source: Fixture.survey)

  /// The fixture with `marked` appended (or replacing `old`), as the editor has it now; the check is of the fixture.
  private func current(_ marked: String, replacing old: String? = nil) throws -> (CurrentText, MarkedSource) {
    let text = old.map { Fixture.survey.replacing($0, with: marked) } ?? Fixture.survey + marked
    let m = try MarkedSource(text)
    return (CurrentText(bytes: Array(m.source.utf8), analysis: checked), m)
  }

  private func labels(_ c: Completion) -> [String] {
    c.items.sorted { ($0.sortText ?? $0.label, $0.label) < ($1.sortText ?? $1.label, $1.label) }.map(\.label)
  }

  @Test func testCompletionInALineTypedSinceTheCheck() throws {
    let (text, m) = try current("if ado1️⃣")
    #expect(text.isReparsed)
    let c = text.completion(at: (try m[1]))
    #expect(labels(c).contains("adopted"), "\(labels(c))")
    #expect(!(labels(c).contains("question")), "not the top-level keywords: \(labels(c))")
    #expect(c.replacing == TextRange((try m[1]) - 3, (try m[1])))

    let (options, o) = try current("if adopted == y1️⃣")
    #expect(labels(options.completion(at: (try o[1]))) == ["yes", "year", "years_between"])
    let (afterOperator, a) = try current("if adopted == 1️⃣")
    #expect(Array(labels(afterOperator.completion(at: (try a[1]))).prefix(2)) == ["yes", "no"])
  }

  @Test func testVariablesInAReparsedTextAreThoseDeclaredBeforeTheCursor() throws {
    // A condition typed above `staff`'s declaration sees nothing declared after it.
    let (text, m) = try current("if 1️⃣\nquestion staff", replacing: "question staff")
    let l = labels(text.completion(at: (try m[1])))
    #expect(!(l.contains("staff") || l.contains("adopted")), "\(l)")
    let (later, n) = try current("calculate z = cult1️⃣")
    #expect(labels(later.completion(at: (try n[1]))) == ["culture.risk"])
  }

  @Test func testHoverAndSignatureHelpInALineTypedSinceTheCheck() throws {
    let (text, m) = try current("calculate z = max(staff, 2️⃣)\nif ado1️⃣pted == yes { }\n")
    #expect(text.isReparsed)
    let hover = try #require(text.hover(at: (try m[1])))
    #expect(hover.markdown.hasPrefix("```qdsl\nquestion adopted: one of yes_no"), Comment(rawValue: hover.markdown))
    #expect(hover.range == TextRange((try m[1]) - 3, (try m[1]) + 4))
    #expect(text.signatureHelp(at: (try m[2]))?.activeParameter == 1)
    let (option, o) = try current("if adopted == ye1️⃣s { }\n")
    #expect(try #require(option.hover(at: (try o[1]))).markdown.contains("Option of `yes_no`, code 1"))
    let (pipe, p) = try current("note late { text \"{sta1️⃣ff} ja {culture.r2️⃣isk}\" }\n")
    #expect(try #require(pipe.hover(at: (try p[1]))).markdown.contains("question staff"))
    #expect(try #require(pipe.hover(at: (try p[2]))).markdown.contains("row culture.risk"))
  }

  @Test func testTypingInATextMovesTheCheckedAnswers() throws {
    // Typing inside a text keeps the tree: the check answers, moved with the text.
    let (text, m) = try current("Kiitos paljon, {staff}", replacing: "Kiitos, {staff}")
    #expect(!text.isReparsed)
    let source = Array(m.source.utf8)
    let adopted = try #require(source.indices.first { source[$0...].starts(with: Array("adopted ==".utf8)) })
    let hover = try #require(text.hover(at: adopted + 2))
    #expect(hover.range == TextRange(adopted, adopted + 7))
    let staffPipe = try #require(source.indices.last { source[$0...].starts(with: Array("{staff} on".utf8)) })
    #expect(text.hover(at: staffPipe + 2)?.range == TextRange(staffPipe + 1, staffPipe + 6))
    #expect(labels(text.completion(at: adopted + 11)).prefix(2) == ["yes", "no"])
  }

  @Test func testHoverOnANoteOrSectionName() throws {
    let (a, m) = try analyse(
      Fixture.survey.replacing("note thanks", with: "note tha1️⃣nks")
        + "section clo2️⃣sing { title \"Lopuksi\" note bye { text \"Hei\" } }\n")
    let note = try #require(a.hover(at: (try m[1])))
    #expect(note.markdown == "```qdsl\nnote thanks\n```\n\nKiitos, {staff} on paljon 😀\n\nShown: everyone")
    #expect(slice(a, note.range) == "thanks")
    let section = try #require(a.hover(at: (try m[2])))
    #expect(section.markdown == "```qdsl\nsection closing\n```\n\nLopuksi\n\nShown: everyone")
    // In a reparsed text, by name.
    let (text, n) = try current("note tha1️⃣nks", replacing: "note thanks")
    #expect(!text.isReparsed)
    #expect(text.hover(at: (try n[1]))?.markdown == note.markdown)
    let (reparsed, r) = try current("if \nnote tha1️⃣nks", replacing: "note thanks")
    #expect(reparsed.isReparsed)
    #expect(reparsed.hover(at: (try r[1]))?.markdown == note.markdown)
  }

  /// When only texts, whitespace and comments changed, the moved answers are those of a check of the new text (the
  /// names, ranges and contexts; details such as a question's text are the last check's).
  @Test func testMovedAnswersEqualThoseOfACheckOfTheNewText() throws {
    var compared = 0
    for (index, (name, source)) in FastPathDifferentialTests.corpus().enumerated() where index % 3 == 0 {
      var random = SplitMix64(seed: UInt64(index) + 99)
      let analysis = Analysis(bytes: source)
      for _ in 0..<6 {
        let new = FastPathDifferentialTests.randomEdit(source, &random)
        let text = CurrentText(bytes: new, analysis: analysis)
        guard !text.isReparsed else { continue }
        let full = Analysis(bytes: new)
        for _ in 0..<12 {
          let offset = random.remainder(new.count + 1)
          let moved = text.completion(at: offset)
          let checked = full.completion(at: offset)
          #expect(moved.items.map(\.label) == checked.items.map(\.label), "\(name) at \(offset)")
          #expect(moved.replacing == checked.replacing, "\(name) at \(offset)")
          #expect(text.hover(at: offset)?.range == full.hover(at: offset)?.range, "\(name) at \(offset)")
          #expect(text.signatureHelp(at: offset) == full.signatureHelp(at: offset), "\(name) at \(offset)")
          compared += 1
        }
      }
    }
    #expect(compared > 200)
  }

  @Test func testEveryRequestAtEveryOffsetOfAReparsedText() throws {
    let edits = ["if ", "question q: one of ", "{ } } \"", "calculate c = max(", "note n { text \"{st"]
    for edit in edits {
      let bytes = Array((Fixture.survey + edit).utf8)
      let text = CurrentText(bytes: bytes, analysis: checked)
      for offset in -1...(bytes.count + 1) {
        _ = text.completion(at: offset)
        _ = text.hover(at: offset)
        _ = text.signatureHelp(at: offset)
      }
    }
  }
}
