// Outline, semantic tokens, folding, inlay hints and code actions on the Analysis facade.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct PresentationTests {
  @Test func testOutlineHasListsSectionsQuestionsAndGridRows() {
    let a = Analysis(source: Fixture.survey)
    func render(_ s: [OutlineSymbol], _ depth: Int = 0) -> [String] {
      s.flatMap { sym in
        ["\(String(repeating: "  ", count: depth))\(sym.kind) \(sym.name)\(sym.detail.map { " (\($0))" } ?? "")"]
          + render(sym.children, depth + 1)
      }
    }
    #expect(
      render(a.outline()) == [
        "list yes_no (choices)", "  option yes (1)", "  option no (2)", "list agreement (choices)", "  option low (1)",
        "  option high (2)", "question staff (integer)", "question adopted (one of yes_no)", "grid culture (grid)",
        "  gridRow risk (one of agreement)", "calculate big (boolean)", "note thanks (Kiitos, {staff} on paljon 😀)",
      ])
    #expect(a.flatSymbols().count == 12)
  }

  @Test func testSectionsHoldTheirItemsInTheOutline() {
    let a = Analysis(
      source: "survey s\nlanguages en\nsection intro {\n  title \"Intro\"\n  question q: integer { text \"Q\" }\n"
        + "  if q > 1 { note n { text \"N\" } }\n}\n")
    let outline = a.outline()
    #expect(outline.map(\.name) == ["intro"])
    #expect(outline.first?.kind == .section)
    #expect(outline.first?.detail == "Intro")
    #expect(outline.first?.children.map(\.name) == ["q", "n"])
  }

  @Test func testSemanticTokensClassifyNamesAndSplitPipesOutOfStrings() {
    let a = Analysis(source: Fixture.survey)
    let tokens = a.semanticTokens()
    func of(_ text: String) -> [String] {
      tokens.filter { slice(a, $0.range) == text }.map { "\($0.type.name)\($0.isDeclaration ? "+decl" : "")" }
    }
    #expect(of("staff") == ["variable+decl", "variable", "variable", "variable", "variable", "variable"])
    #expect(of("yes_no") == ["type+decl", "type"])
    #expect(of("yes") == ["enumMember+decl", "enumMember"])
    #expect(of("risk") == ["property+decl", "property"])
    #expect(of("question") == ["keyword", "keyword"])
    #expect(of("\"Otettiinko käyttöön ({") == ["string"])
    #expect(of("})?\"") == ["string", "string"])
    #expect(of("500") == ["number"])
    #expect(Set(of("fi")) == ["namespace"])
    #expect(of("fi").count == 10, "the languages line and nine texts")
    // Sorted, non-overlapping, never across a line.
    for (x, y) in zip(tokens, tokens.dropFirst()) { #expect(x.range.end <= y.range.start) }
    #expect(!(tokens.contains { slice(a, $0.range).contains("\n") }))
  }

  @Test func testAMultiLineStringIsSplitPerLine() {
    let a = Analysis(source: "survey s\nlanguages en\nnote n { text \"\"\"\nline one\nline two\n\"\"\" }\n")
    let strings = a.semanticTokens().filter { $0.type == .string }.map { slice(a, $0.range) }
    #expect(strings == ["\"\"\"", "line one", "line two", "\"\"\""])
  }

  @Test func testFoldingCoversMultiLineBlocksAndCommentRuns() {
    let a = Analysis(source: "# one\n# two\nsurvey s\nlanguages en\nquestion q: integer {\n  text \"Q\"\n}\n")
    let regions = a.foldingRegions().map {
      "\($0.kind) \(a.lineIndex.line(of: $0.range.start))-\(a.lineIndex.line(of: $0.range.end))"
    }
    #expect(regions == ["comment 0-1", "region 4-6"])
  }

  @Test func testInlayHintsShowTheCodeOfOptionsInExpressions() {
    let a = Analysis(source: Fixture.survey)
    let hints = a.inlayHints(in: TextRange(0, a.bytes.count))
    #expect(hints.map { "\(slice(a, TextRange($0.offset - 4, $0.offset))) \($0.label)" } == [" yes = 1", "high = 2"])
  }

  @Test func testCodeActionAddsMissingTranslationsAsMarkedStubs() throws {
    let src = Fixture.survey.replacing("text { fi \"Kulttuuri\" en \"Culture\" }", with: "text { fi \"Kulttuuri\" }")
    let a = Analysis(source: src)
    let d = try #require(a.diagnostics.first { $0.code == .missingTranslation })
    let action = try #require(a.codeActions(in: d.range).first)
    #expect(action.title == "add the missing translation (en)")
    let fixed = apply(action.edits, to: src)
    #expect(fixed.contains("text { fi \"Kulttuuri\" en \"TODO translate: Kulttuuri\" }"), Comment(rawValue: fixed))
    #expect(Analysis(source: fixed).diagnostics.map(\.code) == [])
  }

  @Test func testCodeActionTurnsASingleStringIntoATranslationBlock() throws {
    let src = "survey s\nlanguages en fi\nquestion q: integer {\n  text \"How many ({q})?\"\n}\n"
    let a = Analysis(source: src)
    let d = try #require(a.diagnostics.first { $0.code == .missingTranslation })
    let action = try #require(a.codeActions(in: d.range).first)
    #expect(
      apply(action.edits, to: src)
        == "survey s\nlanguages en fi\nquestion q: integer {\n  text { en \"How many ({q})?\" fi \"TODO translate: How many ({q})?\" }\n}\n"
    )
  }

  @Test func testCodeActionAddsTranslationsOnNewLinesInAMultiLineBlock() throws {
    let src = "survey s\nlanguages en fi sv\nnote n {\n  text {\n    en \"Hi\"\n  }\n}\n"
    let a = Analysis(source: src)
    let d = try #require(a.diagnostics.first { $0.code == .missingTranslation })
    let fixed = apply(try #require(a.codeActions(in: d.range).first).edits, to: src)
    #expect(
      fixed
        == "survey s\nlanguages en fi sv\nnote n {\n  text {\n    en \"Hi\"\n    fi \"TODO translate: Hi\"\n    sv \"TODO translate: Hi\"\n  }\n}\n"
    )
  }

  @Test func testCodeActionCreatesAnUndefinedList() throws {
    let src =
      "survey s\nlanguages en\nchoices a { 1 x \"X\" }\nquestion q: one of colours { text \"Q\" }\nquestion r: one of a { text \"R\" }\n"
    let a = Analysis(source: src)
    let d = try #require(a.diagnostics.first { $0.code == .unknownList })
    let action = try #require(a.codeActions(in: d.range).first { $0.title.hasPrefix("create") })
    #expect(action.title == "create the choice list 'colours'")
    let fixed = apply(action.edits, to: src)
    #expect(
      fixed.contains("choices a { 1 x \"X\" }\n\nchoices colours {\n  1 first_option \"…\"\n}\n"),
      Comment(rawValue: fixed))
    #expect(Analysis(source: fixed).diagnostics.map(\.code) == [])
  }

  @Test func testCodeActionsWriteTheDocumentsLineEnds() throws {
    let src =
      "survey s\r\nlanguages en\r\nchoices a { 1 x \"X\" }\r\nquestion q: one of colours { text \"Q\" }\r\n"
    let a = Analysis(source: src)
    let d = try #require(a.diagnostics.first { $0.code == .unknownList })
    let action = try #require(a.codeActions(in: d.range).first { $0.title.hasPrefix("create") })
    let fixed = Array(apply(action.edits, to: src).utf8)
    #expect(LineBreak.count(fixed, in: 0..<fixed.count) == fixed.filter { $0 == 0x0A }.count)
    #expect(fixed.filter { $0 == 0x0D }.count == fixed.filter { $0 == 0x0A }.count, "every line end is CRLF")
  }

  @Test func testCodeActionReplacesANearMissName() throws {
    let src =
      "survey s\nlanguages en\nquestion adopted: integer { text \"Q\" }\nif adpoted > 1 { note n { text \"N\" } }\n"
    let a = Analysis(source: src)
    let d = try #require(a.diagnostics.first { $0.code == .unknownName })
    let action = try #require(a.codeActions(in: d.range).first)
    #expect(action.title == "change to 'adopted'")
    #expect(action.isPreferred)
    #expect(Analysis(source: apply(action.edits, to: src)).diagnostics.map(\.code) == [])
  }

  private func apply(_ edits: [TextEdit], to source: String) -> String {
    var bytes = Array(source.utf8)
    for e in edits.sorted(by: { $0.range.start > $1.range.start }) {
      bytes.replaceSubrange(e.range.start..<e.range.end, with: Array(e.newText.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
