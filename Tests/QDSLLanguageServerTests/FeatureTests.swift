// Each language feature through the real `qdsl lsp`: hover, completion, signature help, definition,
// references, highlights, rename (and its refusal), symbols, semantic tokens, folding, inlay hints, code actions.

import Foundation
import Testing

/// The instrument the feature tests open (line numbers are 0-based in LSP).
let featureSurvey = """
  survey s
  languages fi en
  choices yes_no { 1 yes { fi "Kyllä" en "Yes" } 2 no { fi "Ei" en "No" } }
  question staff: integer 1..500 required { text { fi "Henkilöstö 😀" en "Staff" } }
  question adopted: one of yes_no {
    text { fi "Otettiinko ({staff})?" en "Adopted ({staff})?" }
  }
  if adopted == yes {
    calculate big = max(staff, 1)
  }
  note n {
    text { fi "Kiitos 😀 {staff}" }
  }

  """

@Suite final class FeatureTests {
  deinit {
    if let c = client { #expect(c.shutdownAndExit() == 0) }
    client = nil
  }

  private var client: LSPClient?

  private func start(encoding: String = "utf-16") throws -> LSPClient {
    let c = try LSPClient()
    c.initialize(encodings: [encoding])
    c.open(featureSurvey)
    #expect(c.diagnostics(version: 1)?.compactMap { $0["code"] as? String } == ["QD4001"])
    client = c
    return c
  }

  @Test func testHover() throws {
    let c = try start()
    let r = c.result("textDocument/hover", c.at(7, 5)) as? [String: Any]
    let value = (r?["contents"] as? [String: Any])?["value"] as? String
    #expect(value == "```qdsl\nquestion adopted: one of yes_no\n```\n\nOtettiinko ({staff})?\n\nAsked: everyone")
    #expect((r?["range"] as? [String: Any]).map(rangeText) == "7:3-7:10")
    #expect(c.result("textDocument/hover", c.at(0, 0)) is NSNull)
    // A note's name shows its text.
    let note = c.result("textDocument/hover", c.at(10, 5)) as? [String: Any]
    #expect(
      ((note?["contents"] as? [String: Any])?["value"] as? String)
        == "```qdsl\nnote n\n```\n\nKiitos 😀 {staff}\n\nShown: everyone")
  }

  @Test func testCompletionOfOptionsAndEarlierVariables() throws {
    let c = try start()
    let r = c.result("textDocument/completion", c.at(7, 14)) as? [String: Any]
    let items = r?["items"] as? [[String: Any]] ?? []
    let labels = items.sorted { ($0["sortText"] as? String ?? "") < ($1["sortText"] as? String ?? "") }
      .compactMap { $0["label"] as? String }
    // The options of the compared list, the earlier variables (never `big`, declared later), then the expression
    // keywords and the functions: the whole list, in the order the server's sortText gives.
    #expect(
      labels == [
        "yes", "no", "adopted", "staff", "and", "contains", "false", "in", "not", "or", "true", "answered", "coalesce",
        "count", "date", "datetime", "day", "length", "matches", "max", "min", "month", "number", "round", "time",
        "today",
        "year", "years_between",
      ])
    let yes = items.first { $0["label"] as? String == "yes" }
    #expect((yes?["kind"] as? Int) == 20)
    #expect(yes?["textEdit"] == nil, "at an empty range the label is inserted at the cursor")
    let partial = c.result("textDocument/completion", c.at(7, 15)) as? [String: Any]
    let partialItems = partial?["items"] as? [[String: Any]] ?? []
    // `y`: the option first, then the functions that start with it.
    #expect(partialItems.compactMap { $0["label"] as? String } == ["yes", "year", "years_between"])
    #expect(
      ((partialItems.first?["textEdit"] as? [String: Any])?["range"] as? [String: Any]).map(rangeText) == "7:14-7:15")
    // A question's text comes with completionItem/resolve.
    let staff = try #require(items.first { $0["label"] as? String == "staff" })
    #expect(staff["documentation"] == nil)
    let resolved = c.result("completionItem/resolve", staff) as? [String: Any]
    #expect(
      ((resolved?["documentation"] as? [String: Any])?["value"] as? String)
        == "```qdsl\nquestion staff: integer 1..500 required\n```\n\nHenkilöstö 😀\n\nAsked: everyone")
    #expect((resolved?["detail"] as? String) == "Henkilöstö 😀")
  }

  @Test func testSignatureHelp() throws {
    let c = try start()
    let r = c.result("textDocument/signatureHelp", c.at(8, 29)) as? [String: Any]
    #expect((r?["activeParameter"] as? Int) == 1)
    #expect((((r?["signatures"] as? [[String: Any]])?.first?["label"]) as? String) == "max(a, b) -> the larger")
  }

  @Test func testDefinitionReferencesAndHighlightsIncludePipes() throws {
    let c = try start()
    let def = c.result("textDocument/definition", c.at(8, 22)) as? [String: Any]
    #expect((def?["uri"] as? String) == LSPClient.uri)
    #expect((def?["range"] as? [String: Any]).map(rangeText) == "3:9-3:14")
    let refs =
      c.result("textDocument/references", c.at(3, 10, ["context": ["includeDeclaration": true]])) as? [[String: Any]]
    #expect(
      refs?.compactMap { ($0["range"] as? [String: Any]).map(rangeText) } == [
        "3:9-3:14", "5:26-5:31", "5:50-5:55", "8:22-8:27", "11:24-11:29",
      ])
    let noDecl = c.result("textDocument/references", c.at(3, 10, ["context": ["includeDeclaration": false]])) as? [Any]
    #expect(noDecl?.count == 4)
    let highlights = c.result("textDocument/documentHighlight", c.at(5, 27)) as? [[String: Any]]
    #expect(highlights?.compactMap { $0["kind"] as? Int } == [3, 2, 2, 2, 2])
  }

  @Test func testRenameAndPrepareRename() throws {
    let c = try start()
    let prep = c.result("textDocument/prepareRename", c.at(5, 26)) as? [String: Any]
    #expect((prep?["placeholder"] as? String) == "staff")
    #expect((prep?["range"] as? [String: Any]).map(rangeText) == "5:26-5:31")
    let edit = c.result("textDocument/rename", c.at(5, 26, ["newName": "employees"])) as? [String: Any]
    let edits = (edit?["changes"] as? [String: Any])?[LSPClient.uri] as? [[String: Any]]
    #expect(edits?.count == 5)
    #expect(Set(edits?.compactMap { $0["newText"] as? String } ?? []) == ["employees"])
    let refused = c.request("textDocument/rename", c.at(5, 26, ["newName": "adopted"]))
    #expect(errorCode(refused) == -32803)
    #expect(
      ((refused["error"] as? [String: Any])?["message"] as? String) == "a variable named 'adopted' already exists")
    #expect(errorCode(c.request("textDocument/rename", c.at(5, 26, ["newName": "not valid"]))) == -32803)
    #expect(c.result("textDocument/prepareRename", c.at(0, 1)) is NSNull)
  }

  @Test func testDocumentAndWorkspaceSymbols() throws {
    let c = try start()
    let symbols = c.result("textDocument/documentSymbol", ["textDocument": ["uri": LSPClient.uri]]) as? [[String: Any]]
    #expect(symbols?.compactMap { $0["name"] as? String } == ["yes_no", "staff", "adopted", "big", "n"])
    #expect((symbols?.first?["children"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["yes", "no"])
    let found = c.result("workspace/symbol", ["query": "ado"]) as? [[String: Any]]
    #expect(found?.compactMap { $0["name"] as? String } == ["adopted"])
  }

  @Test func testSemanticTokensAreDeltaEncodedInTheNegotiatedEncoding() throws {
    let c = try start()
    let r = c.result("textDocument/semanticTokens/full", ["textDocument": ["uri": LSPClient.uri]]) as? [String: Any]
    let data = r?["data"] as? [Int] ?? []
    #expect(data.count % 5 == 0)
    #expect(Array(data.prefix(5)) == [0, 0, 6, 0, 0], "the first token is the keyword 'survey'")
    // Absolute positions are never negative and lengths positive.
    var line = 0
    var character = 0
    for k in stride(from: 0, to: data.count, by: 5) {
      line += data[k]
      character = data[k] == 0 ? character + data[k + 1] : data[k + 1]
      #expect(data[k + 2] > 0)
      #expect(character >= 0)
    }
    #expect(line == 11)
  }

  @Test func testFoldingRangesAndInlayHints() throws {
    let c = try start()
    let folds = c.result("textDocument/foldingRange", ["textDocument": ["uri": LSPClient.uri]]) as? [[String: Any]]
    #expect(
      folds?.compactMap { f in (f["startLine"] as? Int).map { "\($0)-\(f["endLine"] as? Int ?? -1)" } } == [
        "4-6", "7-9", "10-12",
      ])
    let range: [String: Any] = ["start": ["line": 0, "character": 0], "end": ["line": 20, "character": 0]]
    let hints =
      c.result("textDocument/inlayHint", ["textDocument": ["uri": LSPClient.uri], "range": range]) as? [[String: Any]]
    #expect(hints?.compactMap { $0["label"] as? String } == [" = 1"])
    #expect(
      hints?.first.flatMap { ($0["position"] as? [String: Any]) }.map {
        "\($0["line"] ?? "")/\($0["character"] ?? "")"
      } == "7/17")
  }

  @Test func testCodeActionAddsTheMissingTranslation() throws {
    let c = try start()
    let range: [String: Any] = ["start": ["line": 11, "character": 2], "end": ["line": 11, "character": 6]]
    let actions =
      c.result(
        "textDocument/codeAction",
        ["textDocument": ["uri": LSPClient.uri], "range": range, "context": ["diagnostics": []]]) as? [[String: Any]]
    #expect((actions?.first?["title"] as? String) == "add the missing translation (en)")
    let edits =
      ((actions?.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[LSPClient.uri] as? [[String: Any]]
    #expect((edits?.first?["newText"] as? String) == " en \"TODO translate: Kiitos 😀 {staff}\"")
    #expect((edits?.first?["range"] as? [String: Any]).map(rangeText) == "11:31-11:31")
  }

  @Test func testUTF8PositionsAfterNonASCIIText() throws {
    let c = try start(encoding: "utf-8")
    // Line 11: `  text { fi "Kiitos 😀 {staff}" }`: the pipe is at UTF-8 column 26 (UTF-16 column 24).
    let hover = c.result("textDocument/hover", c.at(11, 27)) as? [String: Any]
    #expect((hover?["range"] as? [String: Any]).map(rangeText) == "11:26-11:31")
    let refs = c.result("textDocument/references", c.at(11, 27)) as? [[String: Any]]
    #expect(refs?.last.flatMap { $0["range"] as? [String: Any] }.map(rangeText) == "11:26-11:31")
  }
}

/// Lines that end with a lone "\r" (classic Mac OS) or "\r\n" are lines to the server as to every editor (the LSP
/// spec counts "\n", "\r\n" and "\r"): diagnostics, hover and edits land on the right line.
@Suite struct LineEndFeatureTests {
  @Test func testLoneCarriageReturnsAndCRLFAreLineEnds() throws {
    let c = try LSPClient()
    defer { #expect(c.shutdownAndExit() == 0) }
    c.initialize(encodings: ["utf-16"])
    let lines = [
      "survey s", "languages en", "# a comment", "question staff: integer { text \"Staff?\" }",
      "if staf > 1 {", "  note n { text \"Big\" }", "}", "",
    ]
    c.open(lines.joined(separator: "\r"))
    let first = c.diagnostics(version: 1) ?? []
    #expect(first.compactMap { $0["code"] as? String } == ["QD2001"])
    #expect((first.first?["range"] as? [String: Any]).map(rangeText) == "4:3-4:7")
    let hover = c.result("textDocument/hover", c.at(3, 11)) as? [String: Any]
    #expect((hover?["range"] as? [String: Any]).map(rangeText) == "3:9-3:14")
    // A "\n" typed after the "\r" that ends line 3 joins them into one "\r\n": still one line end.
    c.change(2, line: 3, character: 41, endLine: 4, endCharacter: 0, text: "\r\n")
    let second = c.diagnostics(version: 2) ?? []
    #expect((second.first?["range"] as? [String: Any]).map(rangeText) == "4:3-4:7")
    // Fixing the name on line 4 (counted with the lone "\r" line ends) clears the error.
    c.change(3, line: 4, character: 3, endCharacter: 7, text: "staff")
    #expect(c.diagnostics(version: 3)?.count == 0)
  }
}
