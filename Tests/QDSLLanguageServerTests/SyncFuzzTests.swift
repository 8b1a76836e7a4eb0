// Seeded random incremental edits (UTF-16 and UTF-8 positions, emoji and umlauts in the text) must leave the
// server with the same text as the client: its last diagnostics equal the facade's on the client's copy.
// Random bytes and random JSON must never stop it serving.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLText
import Testing

@Suite struct SyncFuzzTests {
  /// (line, character) of a character index of `text`, counting in the encoding's units.
  private func position(_ text: [Character], _ index: Int, utf8: Bool) -> (Int, Int) {
    var line = 0
    var character = 0
    for c in text[0..<index] {
      if c == "\n" {
        line += 1
        character = 0
      } else {
        character += utf8 ? c.utf8.count : c.utf16.count
      }
    }
    return (line, character)
  }

  @Test func testRandomEditsKeepTheServerInStep() throws {
    for utf8 in [false, true] {
      var rng = SplitMix64(seed: utf8 ? 11 : 7)
      let c = try LSPClient()
      c.initialize(encodings: utf8 ? ["utf-8"] : ["utf-16"])
      var text = Array(featureSurvey)
      c.open(String(text))
      #expect(c.diagnostics(version: 1) != nil)
      let pieces = ["ä", "😀", "x", "{staff}", "\n", "q", " ", "\"", "}", "if ", "ö😀ö", ""]
      for version in 2...60 {
        let start = rng.remainder(text.count + 1)
        let end = min(text.count, start + rng.remainder(4))
        let insert = pieces[rng.remainder(pieces.count)]
        let s = position(text, start, utf8: utf8)
        let e = position(text, end, utf8: utf8)
        c.change(version, line: s.0, character: s.1, endLine: e.0, endCharacter: e.1, text: insert)
        text.replaceSubrange(start..<end, with: Array(insert))
      }
      let published = try #require(c.diagnostics(version: 60), "utf8: \(utf8)")
      let expected = Analysis(source: String(text))
      #expect(expected.diagnostics.count > 2, "the edits should have broken the document somewhere")
      let lines = expected.lineIndex
      func lsp(_ offset: Int) -> String {
        let p = lines.position(of: offset)
        let lineStart = lines.lineStarts[p.line - 1]
        let prefix = String(decoding: lines.bytes[lineStart..<offset], as: UTF8.self)
        return "\(p.line - 1):\(utf8 ? prefix.utf8.count : prefix.utf16.count)"
      }
      #expect(
        published.map { "\($0["code"] as? String ?? "") \(($0["range"] as? [String: Any]).map(rangeText) ?? "")" }
          == expected.diagnostics.map { "\($0.code.rawValue) \(lsp($0.range.start))-\(lsp($0.range.end))" },
        "utf8: \(utf8)\n\(String(text))")
      #expect(c.shutdownAndExit() == 0)
    }
  }

  @Test func testRandomBytesAndRandomJSONNeverStopTheServer() throws {
    var rng = SplitMix64(seed: 3)
    let c = try LSPClient()
    c.initialize()
    for _ in 0..<50 {
      var body = [UInt8]()
      for _ in 0..<rng.remainder(40) { body.append(UInt8(rng.remainder(256))) }
      c.sendRaw(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + Data(body))
    }
    let shapes: [[String: Any]] = [
      ["jsonrpc": "2.0", "method": "textDocument/didChange", "params": ["textDocument": 5]],
      ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [:]],
      ["jsonrpc": "2.0", "id": 9001, "method": "textDocument/completion", "params": "nonsense"],
      ["jsonrpc": "2.0", "id": 9002, "method": "textDocument/rename", "params": ["textDocument": ["uri": 1]]],
      ["jsonrpc": "2.0", "id": 9003, "method": "workspace/symbol", "params": NSNull()],
      ["jsonrpc": "2.0", "id": 9004],
      ["jsonrpc": "2.0", "result": 1, "id": 17],
    ]
    for s in shapes { c.send(s) }
    #expect(c.response(9001).flatMap(errorCode) == -32602)
    #expect(c.response(9002).flatMap(errorCode) == -32602)
    #expect(c.response(9003)?["result"] != nil)
    #expect(c.response(9004).flatMap(errorCode) == -32600)
    c.open(featureSurvey)
    #expect(c.diagnostics(version: 1)?.count == 1)
    #expect((c.result("textDocument/hover", c.at(7, 5)) as? [String: Any]) != nil)
    #expect(c.shutdownAndExit() == 0)
  }
}
