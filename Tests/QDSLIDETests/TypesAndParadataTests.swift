// The editor on paradata, times and dates with times: hover, outline, semantic tokens, references and completion.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct TypesAndParadataTests {
  static let survey = """
    survey visit
    languages en

    paradata {
      star1️⃣ted: sta2️⃣rt
      finished: end
    }

    question wake: time { text "Woke up?" }
    calculate late = wake > time("09:00") and year(st3️⃣arted) >= 2024
    question visit: datetime { text "Visit?" }
    calculate who = "Visit " + "of today"

    """

  @Test func testHoverOnAParadataFieldSaysWhatTheCollectorRecords() throws {
    let (a, m) = try analyse(Self.survey)
    let h = try #require(a.hover(at: try m[3]))
    #expect(slice(a, h.range) == "started")
    #expect(h.markdown.contains("paradata started: start"), Comment(rawValue: h.markdown))
    #expect(h.markdown.contains("Filled by the collector: when the interview started"), Comment(rawValue: h.markdown))
  }

  @Test func testAParadataFieldIsDeclaredReferencedAndInTheOutline() throws {
    let (a, m) = try analyse(Self.survey)
    let refs = a.references(at: try m[1], includeDeclaration: true)
    #expect(describe(a, refs) == ["5:started", "10:started"])
    let outline = a.outline()
    #expect(outline.first?.name == "started" && outline.first?.kind == .paradata)
    #expect(outline.first?.detail == "paradata start")
    #expect(outline.map(\.name).contains("finished"))
  }

  @Test func testTheKindOfAParadataFieldIsAKeyword() throws {
    let (a, m) = try analyse(Self.survey)
    let (kindAt, nameAt) = (try m[2], try m[1])
    let kind = try #require(a.semanticTokens().first { $0.range.start <= kindAt && kindAt < $0.range.end })
    #expect(kind.type == .keyword)
    let name = try #require(a.semanticTokens().first { $0.range.start <= nameAt && nameAt < $0.range.end })
    #expect(name.type == .variable && name.isDeclaration)
  }

  @Test func testTimesChecksCleanAndFunctionsHaveSignatures() throws {
    let (a, _) = try analyse(Self.survey)
    #expect(a.diagnostics.isEmpty, Comment(rawValue: "\(a.diagnostics.map(\.message))"))
    let source = "survey s\nlanguages en\ncalculate c = years_betw1️⃣een(date(\"2000-01-01\"), today())\n"
    let (b, n) = try analyse(source)
    let h = try #require(b.hover(at: try n[1]))
    #expect(h.markdown.contains("years_between(from, to)"), Comment(rawValue: h.markdown))
  }
}
