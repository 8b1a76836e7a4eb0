// The editor on order and ranking: completion of `rank of`, of `shuffle` after a question's type or a section's
// name, of `fixed` in a list; hovers that say a question shuffles (and where the order is recorded), that an
// option is fixed, that a ranking ranks every option; the outline marks shuffled items.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct OrderIDETests {
  private func labels(_ marked: String, _ n: Int = 1) throws -> [String] {
    let (a, m) = try analyse(marked)
    return a.completion(at: try m[n]).items.map(\.label).sorted()
  }

  @Test func testRankOfAndTheModifiersAfterATypeOrASectionName() throws {
    let head = "survey s\nlanguages en\nchoices c { 1 a \"A\" 2 b \"B\" }\n"
    #expect(try labels(head + "question q: rank 1️⃣") == ["of"])
    #expect(try labels(head + "question q: 1️⃣").contains("rank of"))
    #expect(try labels(head + "question q: one of c 1️⃣ { text \"Q\" }") == ["required", "shuffle"])
    #expect(try labels(head + "section s 1️⃣ {\n  question q: one of c { text \"Q\" }\n}\n") == ["shuffle"])
    // Inside the body the parts are offered, not the modifiers.
    #expect(try labels(head + "question q: one of c {\n  1️⃣\n}\n") == ["check", "hint", "required", "soft", "text"])
    #expect(try labels("survey s\nlanguages en\nchoices c {\n  1 a \"A\" 1️⃣\n}\n").contains("fixed"))
  }

  @Test func testHoversSayWhatIsShuffledFixedAndRanked() throws {
    let src = """
      survey s
      languages en
      choices c { 1 a "A" 96 o2️⃣ther "Other" fixed }
      question q1️⃣: one of c shuffle { text "Q" }
      question r3️⃣: rank of c { text "R" }
      section s4️⃣ shuffle {
        question x: integer { text "X" }
        question y: integer { text "Y" }
      }

      """
    let (a, m) = try analyse(src)
    let shuffled = try #require(a.hover(at: try m[1])).markdown
    #expect(shuffled.contains("Shuffled"))
    #expect(shuffled.contains("`q_order`"))
    #expect(try #require(a.hover(at: try m[2])).markdown.contains("Fixed: keeps its place"))
    let rank = try #require(a.hover(at: try m[3])).markdown
    #expect(rank.contains("rank of c"))
    #expect(rank.contains("`r_a`, `r_other`"))
    #expect(!rank.contains("Shuffled"))
    let section = try #require(a.outline().first { $0.name == "s" })
    #expect(section.detail == "shuffled")
    #expect(a.outline().first { $0.name == "q" }?.detail == "one of c, shuffled")
  }
}
