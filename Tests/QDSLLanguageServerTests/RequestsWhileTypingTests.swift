// Completion, hover and signature help sent at once after a change are answered against the changed text, not the
// last check: with whole-text changes (Vim with ALE sends the whole text on every keystroke) and with incremental
// ones. The re-check is held back for a second, so that every request here comes before the check of its version.

import Foundation
import Testing

@Suite final class RequestsWhileTypingTests {
  deinit {
    if let c = client { #expect(c.shutdownAndExit() == 0) }
    client = nil
  }

  private var client: LSPClient?

  private func start() throws -> LSPClient {
    let c = try LSPClient()
    c.initialize(encodings: ["utf-16"], options: ["diagnosticsDelayMilliseconds": 1000])
    c.open(featureSurvey)
    #expect(c.diagnostics(version: 1) != nil)
    client = c
    return c
  }

  private func labels(_ c: LSPClient, _ line: Int, _ character: Int) -> [String] {
    let r = c.result("textDocument/completion", c.at(line, character)) as? [String: Any]
    let items = r?["items"] as? [[String: Any]] ?? []
    return items.sorted { ($0["sortText"] as? String ?? "") < ($1["sortText"] as? String ?? "") }
      .compactMap { $0["label"] as? String }
  }

  private func hover(_ c: LSPClient, _ line: Int, _ character: Int) -> String? {
    let r = c.result("textDocument/hover", c.at(line, character)) as? [String: Any]
    return (r?["contents"] as? [String: Any])?["value"] as? String
  }

  /// The line typed after the survey (line 13) in each version.
  private let typed = ["if ado", "if adopted == y", "if adopted == yes {\n  calculate z = max(staff, "]

  @Test func testRequestsRightAfterWholeTextChanges() throws {
    let c = try start()
    c.changeAll(2, text: featureSurvey + typed[0])
    let names = labels(c, 13, 6)
    #expect(names.contains("adopted"), "\(names)")
    #expect(!names.contains("question"), "not the top-level keywords: \(names)")
    c.changeAll(3, text: featureSurvey + typed[1])
    #expect(labels(c, 13, 15) == ["yes", "year", "years_between"])
    #expect(hover(c, 13, 5)?.hasPrefix("```qdsl\nquestion adopted: one of yes_no") == true)
    c.changeAll(4, text: featureSurvey + typed[2])
    let help = c.result("textDocument/signatureHelp", c.at(14, 26)) as? [String: Any]
    #expect((help?["activeParameter"] as? Int) == 1)
    // Typing in a text elsewhere keeps the answers of the check, moved with the text.
    c.changeAll(5, text: featureSurvey.replacingOccurrences(of: "\"Staff\"", with: "\"Staff count\"") + typed[2])
    #expect(hover(c, 7, 5)?.hasPrefix("```qdsl\nquestion adopted") == true)
    #expect(c.diagnostics(version: 5) != nil)
  }

  @Test func testRequestsRightAfterIncrementalChanges() throws {
    let c = try start()
    c.change(2, line: 13, character: 0, text: typed[0])
    let names = labels(c, 13, 6)
    #expect(names.contains("adopted"), "\(names)")
    #expect(!names.contains("question"), "not the top-level keywords: \(names)")
    c.change(3, line: 13, character: 6, text: "pted == y")
    #expect(labels(c, 13, 15) == ["yes", "year", "years_between"])
    #expect(hover(c, 13, 5)?.hasPrefix("```qdsl\nquestion adopted: one of yes_no") == true)
    c.change(4, line: 13, character: 15, text: "es {\n  calculate z = max(staff, ")
    let help = c.result("textDocument/signatureHelp", c.at(14, 26)) as? [String: Any]
    #expect((help?["activeParameter"] as? Int) == 1)
    #expect(c.diagnostics(version: 4) != nil)
  }
}
