// Draft languages in the editor: a text block lacking a draft language offers its translation's stub, `draft` is a
// keyword token and its hover says what a draft is with each draft's progress, and a complete draft's fix removes it.

import QDSLIDE
import QDSLSyntax
import Testing

@Suite struct DraftLanguageIDETests {
  let source = """
    survey staff
    languages fi sv draft nb
    question staff: integer { text { fi "Montako?" sv "Hur många?" } }
    question office: text {
      text {
        fi "Missä?"
        sv "Var?"
      }
    }
    question remote: integer { text { fi "Etänä?" sv "På distans?" nb "Hjemmefra?" } }

    """

  private func apply(_ edits: [TextEdit], to source: String) -> String {
    var bytes = Array(source.utf8)
    for e in edits.sorted(by: { $0.range.start > $1.range.start }) {
      bytes.replaceSubrange(e.range.start..<e.range.end, with: Array(e.newText.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private func offset(of needle: String, in source: String) throws -> Int {
    let r = try #require(source.range(of: needle))
    return source.utf8.distance(from: source.startIndex, to: r.lowerBound)
  }

  @Test func testATextLackingADraftOffersItsStubOnOneLineAndOnSeveral() throws {
    let a = Analysis(source: source)
    let one = try offset(of: "Montako", in: source)
    let action = try #require(a.codeActions(in: TextRange(one, one)).first)
    #expect(action.title == "add the draft translation (nb)")
    #expect(action.diagnostic == nil)
    let fixed = apply(action.edits, to: source)
    #expect(fixed.contains("text { fi \"Montako?\" sv \"Hur många?\" nb \"TODO translate: Montako?\" }"))
    let several = try offset(of: "Missä", in: source)
    let second = try #require(a.codeActions(in: TextRange(several, several)).first)
    #expect(apply(second.edits, to: source).contains("    sv \"Var?\"\n    nb \"TODO translate: Missä?\"\n"))
    // A text that has the draft language offers nothing.
    let done = try offset(of: "Etänä", in: source)
    #expect(a.codeActions(in: TextRange(done, done)).isEmpty)
    // Translating both leaves a complete draft, whose warning's fix removes `draft`.
    let translated = apply(second.edits, to: fixed)
    let complete = Analysis(source: translated)
    let warning = try #require(complete.diagnostics.first { $0.code == .draftLanguage })
    let fix = try #require(complete.codeActions(in: warning.range).first)
    #expect(apply(fix.edits, to: translated).contains("languages fi sv nb\n"))
  }

  @Test func testDraftIsAKeywordAndItsHoverGivesTheProgress() throws {
    let a = Analysis(source: source)
    let draft = try offset(of: "draft", in: source)
    let token = try #require(a.semanticTokens().first { $0.range.start == draft })
    #expect(token.type == .keyword && token.range.length == 5)
    let found = a.hover(at: draft + 1)
    let hover = try #require(found)
    #expect(hover.markdown.contains("translations in progress"), "\(hover.markdown)")
    #expect(hover.markdown.contains("- `nb`: 2 of 3 texts lack it"), "\(hover.markdown)")
    let tag = try offset(of: "nb\n", in: source)
    let tagHover = a.hover(at: tag + 1)
    #expect(tagHover?.markdown.contains("draft nb") == true)
  }
}
