// The text output stays readable on any input: a huge line is cut to a window around the column, a file that is
// not a questionnaire shows its first diagnostics and counts the rest, and classic Mac files report real lines.

import Foundation
import QDSLTestSupport
import Testing

@Suite final class DiagnosticOutputTests {
  /// Clean-up registered by the test (XCTest's addTeardownBlock), run after it.
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private func temporaryFile(_ name: String, _ text: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  @Test func testAHugeLineIsCutToAWindowAroundTheColumn() throws {
    let filler = String(repeating: "x", count: 500_000)
    let file = try temporaryFile(
      "long.qdsl", "survey s\nlanguages en\nnote a { text \"\(filler)\" } if nope == 1 { note b { text \"B\" } }\n")
    let r = try BinaryRunner.run(["check", file.path])
    #expect(r.status == 1)
    #expect(r.stdout.utf8.count < 2_000, "the 500 KB line is not printed whole")
    let lines = r.stdout.components(separatedBy: "\n")
    let source = try #require(lines.first { $0.hasPrefix("3 | ") })
    let carets = try #require(lines.first { $0.contains("^") })
    #expect(source.hasPrefix("3 | …x"), Comment(rawValue: source))
    #expect(source.hasSuffix("…") || source.hasSuffix("} }"), Comment(rawValue: source))
    // The carets stand under the unknown name in the cut line.
    let column = try #require(carets.firstIndex(of: "^")).utf16Offset(in: carets)
    let under = source.utf16.dropFirst(column).prefix(4)
    #expect(String(decoding: Array(under), as: UTF16.self) == "nope")
    #expect(r.stdout.contains("long.qdsl:3:500023: error[QD2001]"), Comment(rawValue: r.stdout))
  }

  @Test func testTheTextShowsTwentyDiagnosticsOfAFileAndCountsTheRest() throws {
    var text = "survey s\nlanguages en\nquestion q: integer { text \"Q\" }\n"
    for i in 0..<30 { text += "if unknown\(i) == 1 { note n\(i) { text \"N\" } }\n" }
    let file = try temporaryFile("many.qdsl", text)
    let r = try BinaryRunner.run(["check", file.path])
    #expect(r.status == 1)
    #expect(r.stdout.components(separatedBy: ": error[QD2001]").count - 1 == 20)
    #expect(r.stdout.contains("\(file.path): and 10 more errors, not shown"), Comment(rawValue: r.stdout))
    #expect(r.stdout.hasSuffix("checked 1 file: 30 errors\n"), Comment(rawValue: r.stdout))
    let json = try BinaryRunner.run(["check", "--format", "json", file.path])
    // Foundation's parser, not QDSLText's: what qdsl writes must parse for other tools' readers too.
    let all = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    #expect(all?.count == 30, "the machine formats keep every diagnostic")
  }

  @Test func testAClassicMacFileReportsTheLinesItHas() throws {
    let lines = [
      "survey s", "languages en", "# a comment", "question staff: integer { text \"Staff?\" }", "if staf > 1 {",
      "  note n { text \"Big\" }", "}", "",
    ]
    let file = try temporaryFile("mac.qdsl", lines.joined(separator: "\r"))
    let r = try BinaryRunner.run(["check", file.path])
    #expect(r.status == 1, Comment(rawValue: r.stdout))
    #expect(r.stdout.hasPrefix("\(file.path):5:4: error[QD2001]"), Comment(rawValue: r.stdout))
    #expect(r.stdout.contains("5 | if staf > 1 {\n"), Comment(rawValue: r.stdout))
    #expect(r.stdout.hasSuffix("checked 1 file: 1 error\n"), Comment(rawValue: r.stdout))
  }
}
