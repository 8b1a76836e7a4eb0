// The real `qdsl lsp` over pipes: lifecycle, position encodings, text sync, published diagnostics and the
// robustness rules (protocol errors answered, the server keeps serving, exit codes per the spec).

import Foundation
import Testing

/// A small instrument with one of each diagnostic feature: an unused list (Unnecessary tag), a duplicate
/// (related information) and emoji and umlauts in strings before the errors.
let brokenSurvey = """
  survey s
  languages en
  choices unused { 1 a "A" }
  choices yes_no { 1 yes "Yes" 2 no "No" }
  question q: one of yes_no { text "Ä 😀 q" }
  question q: integer { text "😀😀 second" }

  """

@Suite struct ProtocolTests {
  @Test func testInitializeAnswersHonestCapabilitiesInUTF16ByDefault() throws {
    let c = try LSPClient()
    let r = c.initialize()
    let caps = try #require((r["result"] as? [String: Any])?["capabilities"] as? [String: Any])
    #expect((caps["positionEncoding"] as? String) == "utf-16")
    #expect((caps["documentFormattingProvider"] as? Bool) == true, "formatting is served by QDSLFormat")
    for key in [
      "hoverProvider", "completionProvider", "definitionProvider", "referencesProvider", "renameProvider",
      "documentSymbolProvider", "workspaceSymbolProvider", "semanticTokensProvider", "foldingRangeProvider",
      "inlayHintProvider", "codeActionProvider", "signatureHelpProvider", "documentHighlightProvider",
    ] {
      #expect(caps[key] != nil, Comment(rawValue: key))
    }
    #expect(c.shutdownAndExit() == 0)
  }

  @Test func testUTF8IsChosenWhenTheClientOffersIt() throws {
    let c = try LSPClient()
    let r = c.initialize(encodings: ["utf-16", "utf-8"])
    let caps = (r["result"] as? [String: Any])?["capabilities"] as? [String: Any]
    #expect((caps?["positionEncoding"] as? String) == "utf-8")
    #expect(c.shutdownAndExit() == 0)
  }

  @Test func testDiagnosticsCarryCodesRelatedInformationAndTags() throws {
    let c = try LSPClient()
    c.initialize()
    c.open(brokenSurvey)
    let ds = try #require(c.diagnostics(version: 1))
    let codes = ds.compactMap { $0["code"] as? String }
    #expect(codes == ["QD4007", "QD2004"])
    let unused = ds[0]
    #expect((unused["tags"] as? [Int]) == [1])
    #expect((unused["severity"] as? Int) == 2)
    #expect((unused["source"] as? String) == "qdsl")
    let href = (unused["codeDescription"] as? [String: Any])?["href"] as? String
    #expect(href == "https://github.com/qdsl/qdsl/blob/main/docs/diagnostics/QD4007.md", "the published page")
    let duplicate = ds[1]
    #expect((duplicate["severity"] as? Int) == 1)
    let related = try #require(duplicate["relatedInformation"] as? [[String: Any]])
    #expect(related.count == 1)
    #expect(((related[0]["location"] as? [String: Any])?["range"] as? [String: Any]).map(rangeText) == "4:9-4:10")
    #expect((duplicate["range"] as? [String: Any]).map(rangeText) == "5:9-5:10")
    #expect(c.shutdownAndExit() == 0)
  }

  /// `codeDescription` links go to the published pages, or under the base URL of the setting
  /// `diagnosticsDocsBaseUrl` (initializationOptions, then workspace/didChangeConfiguration), never to a folder
  /// found from the binary's path.
  @Test func testDiagnosticPageLinksFollowTheDocsSetting() throws {
    func href(_ c: LSPClient, version: Int) -> String? {
      let unused = c.diagnostics(version: version)?.first { ($0["code"] as? String) == "QD4007" }
      return (unused?["codeDescription"] as? [String: Any])?["href"] as? String
    }
    let c = try LSPClient()
    c.initialize(options: ["diagnosticsDocsBaseUrl": "https://docs.example.org/qdsl/diagnostics"])
    c.open(brokenSurvey)
    #expect(href(c, version: 1) == "https://docs.example.org/qdsl/diagnostics/QD4007.md")
    // A change of configuration, as VS Code sends it (under the section `qdsl`), applies from the next publish.
    c.notify(
      "workspace/didChangeConfiguration", ["settings": ["qdsl": ["diagnosticsDocsBaseUrl": "file:///srv/docs/"]]])
    c.change(2, line: 4, character: 0, text: "\n")
    #expect(href(c, version: 2) == "file:///srv/docs/QD4007.md")
    // A value that is not an absolute URL is ignored; null restores the published pages.
    c.notify("workspace/didChangeConfiguration", ["settings": ["diagnosticsDocsBaseUrl": "docs/diagnostics"]])
    c.change(3, line: 4, character: 0, text: "\n")
    #expect(href(c, version: 3) == "file:///srv/docs/QD4007.md")
    c.notify("workspace/didChangeConfiguration", ["settings": ["diagnosticsDocsBaseUrl": NSNull()]])
    c.change(4, line: 4, character: 0, text: "\n")
    #expect(href(c, version: 4) == "https://github.com/qdsl/qdsl/blob/main/docs/diagnostics/QD4007.md")
    #expect(c.shutdownAndExit() == 0)
  }

  @Test func testIncrementalEditsAfterEmojiInUTF16AndUTF8() throws {
    for (encoding, emojiWidth) in [("utf-16", 2), ("utf-8", 4)] {
      let c = try LSPClient()
      c.initialize(encodings: encoding == "utf-8" ? ["utf-8"] : ["utf-16"])
      c.open("survey s\nlanguages en\nnote n { text \"😀😀\" }\n")
      #expect(c.diagnostics(version: 1)?.count == 0)
      // Insert an unknown pipe after the two emoji: `{zz}` at character 15 + 2 emoji.
      let at = 15 + 2 * emojiWidth
      c.change(2, line: 2, character: at, text: "{zz}")
      let ds = try #require(c.diagnostics(version: 2))
      #expect(ds.compactMap { $0["code"] as? String } == ["QD2001"], Comment(rawValue: encoding))
      #expect(
        (ds.first?["range"] as? [String: Any]).map(rangeText) == "2:\(at + 1)-2:\(at + 3)", Comment(rawValue: encoding))
      // Hover on the pipe name answers for the new text, in the same encoding.
      c.change(3, line: 2, character: at + 1, endLine: 2, endCharacter: at + 3, text: "n")
      #expect(
        c.diagnostics(version: 3)?.compactMap { $0["code"] as? String } == ["QD2001"], Comment(rawValue: encoding))
      #expect(c.shutdownAndExit() == 0)
    }
  }

  @Test func testOutOfRangePositionsAreClamped() throws {
    let c = try LSPClient()
    c.initialize()
    c.open("survey s\nlanguages en\n")
    _ = c.diagnostics(version: 1)
    c.change(2, line: 99, character: 0, endLine: 120, endCharacter: 7, text: "question q: integer { text \"Q\" }\n")
    #expect(c.diagnostics(version: 2)?.count == 0)
    let hover = c.request("textDocument/hover", c.at(1, 500))
    #expect(hover["result"] != nil)
    #expect(hover["error"] == nil)
    #expect(c.shutdownAndExit() == 0)
  }

  @Test func testOnePublishPerVersionWithCoalescedChanges() throws {
    let c = try LSPClient()
    c.initialize()
    c.open("survey s\nlanguages en\nnote n { text \"\" }\n")
    #expect(c.diagnostics(version: 1) != nil)
    // Twenty keystrokes in one burst: some versions coalesce, none is published twice, the last is published.
    var burst = Data()
    for v in 2...21 {
      let change: [String: Any] = [
        "range": ["start": ["line": 2, "character": 15 + v - 2], "end": ["line": 2, "character": 15 + v - 2]],
        "text": "x",
      ]
      burst += c.frame([
        "jsonrpc": "2.0", "method": "textDocument/didChange",
        "params": ["textDocument": ["uri": LSPClient.uri, "version": v], "contentChanges": [change]],
      ])
    }
    c.sendRaw(burst)
    #expect(c.diagnostics(version: 21)?.count == 0)
    // A request after the burst is answered from the latest text.
    let hover = c.request("textDocument/hover", c.at(2, 6))
    #expect(hover["result"] != nil)
    let published = c.all { ($0["method"] as? String) == "textDocument/publishDiagnostics" }
      .compactMap { (($0["params"] as? [String: Any])?["version"] as? Int) }
    #expect(Set(published).count == published.count, "a version was published twice: \(published)")
    #expect(published.allSatisfy { $0 < 21 })
    #expect(c.shutdownAndExit() == 0)
  }

  @Test func testAHeaderThatNeverEndsIsAnsweredOnceAndSkipped() throws {
    let c = try LSPClient()
    c.initialize()
    // 24 MiB without the empty line that ends a header: one ParseError, then the next message is served.
    c.sendRaw(Data("Content-Length: 10\r\n".utf8) + Data(repeating: UInt8(ascii: "x"), count: 24 << 20))
    #expect(errorCode(c.request("no/suchMethod")) == -32601)
    #expect(c.all { ($0["error"] as? [String: Any])?["code"] as? Int == -32700 }.count == 1)
    #expect(c.shutdownAndExit() == 0)
  }

  @Test func testMalformedInputIsAnsweredAndTheServerKeepsServing() throws {
    let c = try LSPClient()
    c.initialize()
    c.sendRaw(Data("Content-Length: 9\r\n\r\n{\"a\": tru".utf8))
    let parse = c.waitFor { ($0["error"] as? [String: Any])?["code"] as? Int == -32700 }
    #expect(parse != nil)
    #expect(parse?["id"] is NSNull)
    c.sendRaw(Data("Content-Length: banana\r\n\r\n".utf8))
    #expect(c.waitFor { ($0["error"] as? [String: Any])?["code"] as? Int == -32700 } != nil)
    c.sendRaw(Data("Content-Length: 2\r\n\r\n[]".utf8))
    #expect(c.waitFor { ($0["error"] as? [String: Any])?["code"] as? Int == -32600 } != nil)
    c.send(["jsonrpc": "2.0", "id": ["not": "an id"], "method": "shutdown"])
    #expect(c.waitFor { ($0["error"] as? [String: Any])?["code"] as? Int == -32600 } != nil)
    c.send(["jsonrpc": "1.0", "id": 77, "method": "shutdown"])
    #expect(c.response(77).flatMap { ($0["error"] as? [String: Any])?["code"] as? Int } == -32600)
    #expect(errorCode(c.request("textDocument/typeDefinition", c.at(0, 0))) == -32601)
    #expect(errorCode(c.request("no/suchMethod")) == -32601)
    #expect(errorCode(c.request("textDocument/hover", c.at(0, 0))) == -32602, "the document is not open")
    #expect(errorCode(c.request("textDocument/hover", ["position": ["line": 0]])) == -32602)
    // Still serving.
    c.open("survey s\nlanguages en\n")
    #expect(c.diagnostics(version: 1)?.count == 0)
    #expect(c.shutdownAndExit() == 0)
  }

  @Test func testRequestsBeforeInitializeAndAfterShutdown() throws {
    let c = try LSPClient()
    #expect(errorCode(c.request("textDocument/hover", c.at(0, 0))) == -32002)
    c.initialize()
    #expect(errorCode(c.request("initialize", ["capabilities": [:]])) == -32600)
    #expect(c.request("shutdown")["result"] is NSNull)
    #expect(errorCode(c.request("textDocument/hover", c.at(0, 0))) == -32600)
    c.notify("exit")
    #expect(c.waitForExit() == 0)
  }

  @Test func testExitWithoutShutdownIsOne() throws {
    let c = try LSPClient()
    c.initialize()
    c.notify("exit")
    #expect(c.waitForExit() == 1)
  }

  @Test func testTheServerExitsWhenStdinCloses() throws {
    let c = try LSPClient()
    c.initialize()
    c.closeInput()
    #expect(c.waitForExit() == 1)
  }

  @Test func testCancelledRequestsAreAnsweredWithRequestCancelled() throws {
    let c = try LSPClient()
    c.initialize()
    // The worker waits for the first analysis of a large document, so the cancel arrives while B is queued.
    var big = "survey s\nlanguages en\n"
    for i in 0..<3000 { big += "question q\(i): integer { text \"Question \(i)\" }\n" }
    var burst = c.frame([
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": ["textDocument": ["uri": LSPClient.uri, "languageId": "qdsl", "version": 1, "text": big]],
    ])
    let params: [String: Any] = ["textDocument": ["uri": LSPClient.uri], "position": ["line": 2, "character": 10]]
    burst += c.frame(["jsonrpc": "2.0", "id": 1000, "method": "textDocument/hover", "params": params])
    burst += c.frame(["jsonrpc": "2.0", "id": 1001, "method": "textDocument/hover", "params": params])
    burst += c.frame(["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 1001]])
    c.sendRaw(burst)
    #expect(c.response(1000)?["result"] != nil)
    #expect(c.response(1001).flatMap(errorCode) == -32800)
    #expect(c.shutdownAndExit() == 0)
  }

  @Test func testWorkspaceSymbolsSearchEveryOpenDocumentAndTheDelaySettingIsHonoured() throws {
    let c = try LSPClient()
    c.initialize(options: ["diagnosticsDelayMilliseconds": 0])
    c.open("survey a\nlanguages en\nquestion income: integer { text \"I\" }\n", uri: "file:///a.qdsl")
    c.open("survey b\nlanguages en\nquestion income_band: integer { text \"B\" }\n", uri: "file:///b.qdsl")
    #expect(c.diagnostics(version: 1, uri: "file:///a.qdsl") != nil)
    #expect(c.diagnostics(version: 1, uri: "file:///b.qdsl") != nil)
    let found = c.result("workspace/symbol", ["query": "INCOME"]) as? [[String: Any]]
    #expect(
      found?.map { "\(($0["location"] as? [String: Any])?["uri"] as? String ?? "") \($0["name"] as? String ?? "")" }
        == ["file:///a.qdsl income", "file:///b.qdsl income_band"])
    #expect(c.shutdownAndExit() == 0)
  }

  @Test func testClosingADocumentClearsItsDiagnostics() throws {
    let c = try LSPClient()
    c.initialize()
    c.open(brokenSurvey)
    #expect(c.diagnostics(version: 1)?.count == 2)
    c.notify("textDocument/didSave", ["textDocument": ["uri": LSPClient.uri]])
    c.notify("textDocument/didClose", ["textDocument": ["uri": LSPClient.uri]])
    let cleared = c.waitFor {
      ($0["method"] as? String) == "textDocument/publishDiagnostics"
        && ((($0["params"] as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty ?? false)
    }
    #expect(cleared != nil)
    #expect(errorCode(c.request("textDocument/hover", c.at(0, 0))) == -32602)
    #expect(c.shutdownAndExit() == 0)
  }
}

func errorCode(_ response: [String: Any]) -> Int? { (response["error"] as? [String: Any])?["code"] as? Int }

/// `line:character-line:character` of an LSP range.
func rangeText(_ r: [String: Any]) -> String {
  let s = r["start"] as? [String: Any] ?? [:]
  let e = r["end"] as? [String: Any] ?? [:]
  return
    "\(s["line"] as? Int ?? -1):\(s["character"] as? Int ?? -1)-\(e["line"] as? Int ?? -1):\(e["character"] as? Int ?? -1)"
}
