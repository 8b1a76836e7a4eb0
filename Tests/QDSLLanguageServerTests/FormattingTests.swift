// textDocument/formatting over pipes: advertised, the same text as `qdsl fmt`, no edits when formatted or broken.

import Foundation
import QDSLTestSupport
import Testing

@Suite struct FormattingTests {
  private let messy = """
    survey s
    languages fi en
    # Käyttäjä: a comment with non-ASCII text before the change
    question q : integer 0 .. 5{text {fi "Ikä – vuosina?" en "Age?"}}   # keep me
    """

  /// Applies LSP edits (UTF-16 positions) to a text.
  private func apply(_ edits: [[String: Any]], to text: String) -> String {
    var units = Array(text.utf16)
    func offset(_ p: [String: Any]) -> Int {
      let line = p["line"] as? Int ?? 0
      let character = p["character"] as? Int ?? 0
      var l = 0
      var i = 0
      while l < line && i < units.count {
        if units[i] == 0x0A { l += 1 }
        i += 1
      }
      return min(i + character, units.count)
    }
    for e in edits.reversed() {
      let range = e["range"] as? [String: Any] ?? [:]
      let start = offset(range["start"] as? [String: Any] ?? [:])
      let end = offset(range["end"] as? [String: Any] ?? [:])
      units.replaceSubrange(start..<end, with: Array((e["newText"] as? String ?? "").utf16))
    }
    return String(decoding: units, as: UTF16.self)
  }

  @Test func testFormattingGivesTheTextOfQdslFmt() throws {
    let c = try LSPClient()
    defer { #expect(c.shutdownAndExit() == 0) }
    let r = c.initialize(encodings: ["utf-16"])
    let capabilities = (r["result"] as? [String: Any])?["capabilities"] as? [String: Any]
    #expect((capabilities?["documentFormattingProvider"] as? Bool) == true)
    #expect((capabilities?["documentRangeFormattingProvider"] as? Bool) == true)
    c.open(messy)
    // Range formatting: only the question the range touches; the comment before it and the gap after it stay.
    let range: [String: Any] = ["start": ["line": 3, "character": 0], "end": ["line": 3, "character": 5]]
    let rangeEdits = c.result("textDocument/rangeFormatting", ["textDocument": ["uri": LSPClient.uri], "range": range])
    #expect(
      apply(rangeEdits as? [[String: Any]] ?? [], to: messy) == """
        survey s
        languages fi en
        # Käyttäjä: a comment with non-ASCII text before the change
        question q: integer 0..5 {
          text { fi "Ikä – vuosina?" en "Age?" }
        }   # keep me
        """)
    let edits =
      c.result(
        "textDocument/formatting",
        ["textDocument": ["uri": LSPClient.uri], "options": ["tabSize": 2, "insertSpaces": true]]) as? [[String: Any]]
    #expect(edits?.count == 1)
    let start = ((edits?.first?["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int
    #expect(start == 2, "the unchanged first lines are not part of the edit")
    let fmt = try BinaryRunner.run(["fmt", "-"], stdin: Data(messy.utf8))
    #expect(fmt.status == 0)
    #expect(apply(edits ?? [], to: messy) == fmt.stdout)

    // Formatted text: no edits; a syntax error: no edits either.
    c.change(2, line: 0, character: 0, endLine: 9, endCharacter: 0, text: fmt.stdout)
    #expect((c.result("textDocument/formatting", ["textDocument": ["uri": LSPClient.uri]]) as? [Any])?.count == 0)
    c.change(3, line: 0, character: 0, endLine: 20, endCharacter: 0, text: "survey s\nquestion q: {\n")
    #expect((c.result("textDocument/formatting", ["textDocument": ["uri": LSPClient.uri]]) as? [Any])?.count == 0)
  }
}
