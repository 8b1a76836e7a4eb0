// Hostile input never crashes, hangs or overflows the stack: deep nesting, huge strings, binary junk,
// invalid UTF-8 and every truncation of a real file. The tree always round-trips; checking always finishes.

import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import QDSLText
import XCTest

final class RobustnessTests: XCTestCase {
  private func survive(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> CheckedFile {
    let checked = Checker.check(bytes: bytes)
    XCTAssertEqual(checked.parse.tree.reconstructedBytes(), bytes, "tree does not round-trip", file: file, line: line)
    return checked
  }

  private let header = "survey s\nlanguages en\nquestion x: integer required { text \"X?\" }\n"

  func testTenThousandNestedParenthesesAreOneLocatedError() {
    let source =
      header + "calculate c = " + String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000)
      + "\ncalculate d = x + 1\n"
    let checked = survive(Array(source.utf8))
    let deep = checked.diagnostics.filter { $0.code == .nestingTooDeep }
    XCTAssertEqual(deep.count, 1)
    XCTAssertEqual(checked.parse.lineIndex.position(of: deep[0].range.start).line, 4)
    XCTAssertNotNil(checked.survey.variable(named: "d"), "checking continues after the deep expression")
  }

  func testTenThousandNestedIfsAreOneLocatedError() {
    let source =
      header + String(repeating: "if x > 1 {\n", count: 10_000) + "note n { text \"N\" }\n"
      + String(repeating: "}\n", count: 10_000) + "question after: integer { text \"After?\" }\n"
    let checked = survive(Array(source.utf8))
    XCTAssertEqual(checked.diagnostics.filter { $0.code == .nestingTooDeep }.count, 1)
    XCTAssertEqual(checked.diagnostics.map(\.code), [.nestingTooDeep])
    XCTAssertNotNil(checked.survey.variable(named: "after"))
  }

  func testLongOperatorChainsAndElseIfChainsDoNotDeepenRecursion() {
    let chain = header + "calculate c = " + Array(repeating: "x", count: 10_000).joined(separator: " + ") + "\n"
    XCTAssertEqual(survive(Array(chain.utf8)).diagnostics.map(\.code), [.nestingTooDeep])
    var elseIfs = header + "if x == 0 { note n0 { text \"0\" } }"
    for i in 1..<2_000 { elseIfs += " else if x == \(i) { note n\(i) { text \"\(i)\" } }" }
    XCTAssertEqual(survive(Array(elseIfs.utf8)).diagnostics.map(\.code), [])
  }

  func testFiveMegabyteString() {
    let big = String(repeating: "Kyllä ", count: 900_000)
    let source = header + "note n { text \"\(big)\" }\n"
    XCTAssertEqual(survive(Array(source.utf8)).diagnostics.map(\.code), [])
    let unterminated = header + "note n { text \"" + big
    XCTAssertTrue(survive(Array(unterminated.utf8)).diagnostics.contains { $0.code == .unterminatedString })
  }

  func testBinaryJunkAndInvalidUTF8() {
    var generator = SplitMix64(seed: 2022)
    for _ in 0..<200 {
      let count = Int(generator.next() % 2_000)
      let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      _ = survive(bytes)
    }
    let invalid: [UInt8] = Array(header.utf8) + [0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90] + Array(" note".utf8)
    XCTAssertTrue(survive(invalid).diagnostics.contains { $0.code == .invalidCharacter })
  }

  func testJunkMadeOfTheLanguagesOwnTokens() {
    var generator = SplitMix64(seed: 7)
    let pieces = [
      "question", "q", ":", "integer", "{", "}", "text", "\"t\"", "if", "else", "==", "(", ")", "[", "]", ",", "end",
      "choices", "1", "-", "..", "grid", "rows", "section", "calculate", "=", "and", "not", "contains", "\"\"\"", "\n",
      "en", "check", ".", "one", "of", "many", "#", "{x}",
    ]
    for _ in 0..<300 {
      let n = Int(generator.next() % 80)
      let source = (0..<n).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
      _ = survive(Array(source.utf8))
    }
  }

  func testEveryTruncationOfTheExample() {
    let url = Fixtures.packageRoot().appendingPathComponent("Examples/innovation-barometer.qdsl")
    let bytes = Array(Fixtures.read(url).utf8)
    XCTAssertGreaterThan(bytes.count, 1_000)
    var cut = 0
    while cut < bytes.count {
      _ = survive(Array(bytes[0..<cut]))
      cut += 211
    }
  }
}
