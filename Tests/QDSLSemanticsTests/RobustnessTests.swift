// Hostile input never crashes, hangs or overflows the stack: deep nesting, huge strings, binary junk,
// invalid UTF-8 and every truncation of a real file. The tree always round-trips; checking always finishes.

import Foundation
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct RobustnessTests {
  private func survive(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> CheckedFile {
    let checked = Checker.check(bytes: bytes)
    #expect(
      checked.parse.tree.reconstructedBytes() == bytes, "tree does not round-trip", sourceLocation: sourceLocation)
    return checked
  }

  private let header = "survey s\nlanguages en\nquestion x: integer required { text \"X?\" }\n"

  @Test func testTenThousandNestedParenthesesAreOneLocatedError() {
    let source =
      header + "calculate c = " + String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000)
      + "\ncalculate d = x + 1\n"
    let checked = survive(Array(source.utf8))
    let deep = checked.diagnostics.filter { $0.code == .nestingTooDeep }
    #expect(deep.count == 1)
    #expect(checked.parse.lineIndex.position(of: deep[0].range.start).line == 4)
    #expect(checked.survey.variable(named: "d") != nil, "checking continues after the deep expression")
  }

  @Test func testTenThousandNestedIfsAreOneLocatedError() {
    let source =
      header + String(repeating: "if x > 1 {\n", count: 10_000) + "note n { text \"N\" }\n"
      + String(repeating: "}\n", count: 10_000) + "question after: integer { text \"After?\" }\n"
    let checked = survive(Array(source.utf8))
    #expect(checked.diagnostics.filter { $0.code == .nestingTooDeep }.count == 1)
    #expect(checked.diagnostics.map(\.code) == [.nestingTooDeep])
    #expect(checked.survey.variable(named: "after") != nil)
  }

  @Test func testLongOperatorChainsAndElseIfChainsDoNotDeepenRecursion() {
    let chain = header + "calculate c = " + Array(repeating: "x", count: 10_000).joined(separator: " + ") + "\n"
    #expect(survive(Array(chain.utf8)).diagnostics.map(\.code) == [.nestingTooDeep])
    var elseIfs = header + "if x == 0 { note n0 { text \"0\" } }"
    for i in 1..<2_000 { elseIfs += " else if x == \(i) { note n\(i) { text \"\(i)\" } }" }
    #expect(survive(Array(elseIfs.utf8)).diagnostics.map(\.code) == [])
  }

  @Test func testFiveMegabyteString() {
    let big = String(repeating: "Kyllä ", count: 900_000)
    let source = header + "note n { text \"\(big)\" }\n"
    #expect(survive(Array(source.utf8)).diagnostics.map(\.code) == [])
    let unterminated = header + "note n { text \"" + big
    #expect(survive(Array(unterminated.utf8)).diagnostics.contains { $0.code == .unterminatedString })
  }

  @Test func testBinaryJunkAndInvalidUTF8() {
    var generator = SplitMix64(seed: 2022)
    for _ in 0..<200 {
      let count = Int(generator.next() % 2_000)
      let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      _ = survive(bytes)
    }
    let invalid: [UInt8] = Array(header.utf8) + [0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90] + Array(" note".utf8)
    #expect(survive(invalid).diagnostics.contains { $0.code == .invalidCharacter })
  }

  @Test func testJunkMadeOfTheLanguagesOwnTokens() {
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

  @Test func testEveryTruncationOfTheExample() {
    let url = Fixtures.packageRoot().appendingPathComponent("Examples/innovation-barometer.qdsl")
    let bytes = Array(Fixtures.read(url).utf8)
    #expect(bytes.count > 1_000)
    var cut = 0
    while cut < bytes.count {
      _ = survive(Array(bytes[0..<cut]))
      cut += 211
    }
  }
}
