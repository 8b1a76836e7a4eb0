// The editor on sample variables: hover, outline, semantic tokens, references and completion.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct SampleVariableTests {
  static let survey = """
    survey panel
    languages en

    sam1️⃣ple org_n2️⃣ame: text { text "Organisation's name" }
    sample contact: text opt3️⃣ional { text "Contact" }

    question staff: integer { text "Staff at {org_name}?" }
    4️⃣
    """

  @Test func testHoverSaysTheValueComesFromTheSample() throws {
    let (a, m) = try analyse(Self.survey)
    let h = try #require(a.hover(at: try m[2]))
    #expect(slice(a, h.range) == "org_name")
    #expect(h.markdown.contains("sample org_name: text"), Comment(rawValue: h.markdown))
    #expect(h.markdown.contains("From the sample, never asked; present for every respondent"))
  }

  @Test func testASampleVariableIsReferencedAndInTheOutline() throws {
    let (a, m) = try analyse(Self.survey)
    #expect(describe(a, a.references(at: try m[2], includeDeclaration: true)) == ["4:org_name", "7:org_name"])
    let outline = a.outline()
    #expect(outline.map(\.name).prefix(2) == ["org_name", "contact"])
    #expect(outline.first?.kind == .sample && outline[1].detail == "sample text optional")
  }

  @Test func testSampleAndOptionalAreKeywords() throws {
    let (a, m) = try analyse(Self.survey)
    for at in [try m[1], try m[3]] {
      let token = try #require(a.semanticTokens().first { $0.range.start <= at && at < $0.range.end })
      #expect(token.type == .keyword)
    }
    let nameAt = try m[2]
    let name = try #require(a.semanticTokens().first { $0.range.start <= nameAt && nameAt < $0.range.end })
    #expect(name.type == .variable && name.isDeclaration)
  }

  @Test func testSampleIsCompletedAtTheTopLevel() throws {
    let (a, m) = try analyse(Self.survey)
    #expect(a.completion(at: try m[4]).items.contains { $0.label == "sample" })
    #expect(a.diagnostics.isEmpty, Comment(rawValue: "\(a.diagnostics.map(\.message))"))
  }
}
