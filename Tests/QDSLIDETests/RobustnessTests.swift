// The facade never traps: every query at every offset of broken, truncated and junk documents.

import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import XCTest

final class IDERobustnessTests: XCTestCase {
  private func exercise(_ source: String, file: StaticString = #filePath, line: UInt = #line) {
    let a = Analysis(source: source)
    let n = a.bytes.count
    _ = a.outline()
    _ = a.semanticTokens()
    _ = a.foldingRegions()
    _ = a.inlayHints(in: TextRange(0, n))
    for offset in stride(from: -1, through: n + 1, by: 1) {
      _ = a.hover(at: offset)
      _ = a.completion(at: offset)
      _ = a.definition(at: offset)
      _ = a.references(at: offset)
      _ = a.highlights(at: offset)
      _ = a.prepareRename(at: offset)
      _ = a.rename(at: offset, to: "renamed")
      _ = a.signatureHelp(at: offset)
      _ = a.codeActions(in: TextRange(max(0, offset), max(0, offset)))
    }
  }

  func testEveryQueryAtEveryOffsetOfTruncationsOfTheFixture() {
    let bytes = Array(Fixture.survey.utf8)
    for cut in stride(from: 0, through: bytes.count, by: 37) {
      exercise(String(decoding: bytes[0..<cut], as: UTF8.self))
    }
  }

  func testJunkAndUnusualText() {
    exercise("")
    exercise("{{{{ }}}} \"\"\" ((( ]]]")
    exercise("survey s\nlanguages en\nquestion q: one of { text \"{\" }\nif q == { }")
    exercise("survey s\nlanguages en\ncalculate c = max(,,)\ncalculate d = c.c.c == [,]\n")
    exercise("\u{FEFF}survey ä\nlanguages 😀\nquestion q: integer { text \"😀{q}😀\" }\n")
    exercise(String(repeating: "(", count: 300))
  }
}
