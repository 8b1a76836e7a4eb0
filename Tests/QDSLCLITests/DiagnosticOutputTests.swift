// The text output stays readable on any input: a huge line is cut to a window around the column, a file that is
// not a questionnaire shows its first diagnostics and counts the rest, and classic Mac files report real lines.

import Foundation
import QDSLTestSupport
import XCTest

final class DiagnosticOutputTests: XCTestCase {
  private func temporaryFile(_ name: String, _ text: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  func testAHugeLineIsCutToAWindowAroundTheColumn() throws {
    let filler = String(repeating: "x", count: 500_000)
    let file = try temporaryFile(
      "long.qdsl", "survey s\nlanguages en\nnote a { text \"\(filler)\" } if nope == 1 { note b { text \"B\" } }\n")
    let r = try BinaryRunner.run(["check", file.path])
    XCTAssertEqual(r.status, 1)
    XCTAssertLessThan(r.stdout.utf8.count, 2_000, "the 500 KB line is not printed whole")
    let lines = r.stdout.components(separatedBy: "\n")
    let source = try XCTUnwrap(lines.first { $0.hasPrefix("3 | ") })
    let carets = try XCTUnwrap(lines.first { $0.contains("^") })
    XCTAssertTrue(source.hasPrefix("3 | …x"), source)
    XCTAssertTrue(source.hasSuffix("…") || source.hasSuffix("} }"), source)
    // The carets stand under the unknown name in the cut line.
    let column = try XCTUnwrap(carets.firstIndex(of: "^")).utf16Offset(in: carets)
    let under = source.utf16.dropFirst(column).prefix(4)
    XCTAssertEqual(String(decoding: Array(under), as: UTF16.self), "nope")
    XCTAssertTrue(r.stdout.contains("long.qdsl:3:500023: error[QD2001]"), r.stdout)
  }

  func testTheTextShowsTwentyDiagnosticsOfAFileAndCountsTheRest() throws {
    var text = "survey s\nlanguages en\nquestion q: integer { text \"Q\" }\n"
    for i in 0..<30 { text += "if unknown\(i) == 1 { note n\(i) { text \"N\" } }\n" }
    let file = try temporaryFile("many.qdsl", text)
    let r = try BinaryRunner.run(["check", file.path])
    XCTAssertEqual(r.status, 1)
    XCTAssertEqual(r.stdout.components(separatedBy: ": error[QD2001]").count - 1, 20)
    XCTAssertTrue(r.stdout.contains("\(file.path): and 10 more errors, not shown"), r.stdout)
    XCTAssertTrue(r.stdout.hasSuffix("checked 1 file: 30 errors\n"), r.stdout)
    let json = try BinaryRunner.run(["check", "--format", "json", file.path])
    // Foundation's parser, not QDSLText's: what qdsl writes must parse for other tools' readers too.
    let all = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    XCTAssertEqual(all?.count, 30, "the machine formats keep every diagnostic")
  }

  func testAClassicMacFileReportsTheLinesItHas() throws {
    let lines = [
      "survey s", "languages en", "# a comment", "question staff: integer { text \"Staff?\" }", "if staf > 1 {",
      "  note n { text \"Big\" }", "}", "",
    ]
    let file = try temporaryFile("mac.qdsl", lines.joined(separator: "\r"))
    let r = try BinaryRunner.run(["check", file.path])
    XCTAssertEqual(r.status, 1, r.stdout)
    XCTAssertTrue(r.stdout.hasPrefix("\(file.path):5:4: error[QD2001]"), r.stdout)
    XCTAssertTrue(r.stdout.contains("5 | if staf > 1 {\n"), r.stdout)
    XCTAssertTrue(r.stdout.hasSuffix("checked 1 file: 1 error\n"), r.stdout)
  }
}
