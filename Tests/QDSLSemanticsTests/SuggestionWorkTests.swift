// "Did you mean" suggestions stay linear: the banded edit distance equals the full one within its limit, and a
// file full of misspelt long names spends a bounded amount of work on suggestions while every name is reported.

import Foundation
import QDSLSyntax
import Testing

@testable import QDSLSemantics

@Suite struct SuggestionWorkTests {
  /// The full optimal string alignment distance (the checker's algorithm before the band), as a reference.
  private func reference(_ a: [UInt8], _ b: [UInt8]) -> Int {
    func lower(_ x: UInt8) -> UInt8 { x >= 0x41 && x <= 0x5A ? x + 32 : x }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
      }
    }
    return d[a.count][b.count]
  }

  @Test func testBandedDistanceEqualsTheFullDistanceWithinItsLimit() {
    var random = SystemRandomNumberGenerator()
    let alphabet = Array("abAB_c".utf8)
    for _ in 0..<5_000 {
      let a = (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
      var b = a
      // Mostly near misses of `a`, so that small distances are common.
      for _ in 0..<Int.random(in: 0...4, using: &random) {
        let i = Int.random(in: 0...b.count, using: &random)
        switch Int.random(in: 0...3, using: &random) {
        case 0: b.insert(alphabet.randomElement(using: &random)!, at: i)
        case 1: if i < b.count { b.remove(at: i) }
        case 2: if i < b.count { b[i] = alphabet.randomElement(using: &random)! }
        default: if i + 1 < b.count { b.swapAt(i, i + 1) }
        }
      }
      for limit in 1...3 {
        var work = 0
        let banded = a.withUnsafeBufferPointer { x in
          b.withUnsafeBufferPointer { y in NearMiss.distance(x, y, limit: limit, work: &work) }
        }
        let expected = min(reference(a, b), limit + 1)
        #expect(
          banded == expected,
          "\(String(decoding: a, as: UTF8.self)) / \(String(decoding: b, as: UTF8.self)), limit \(limit)")
      }
    }
  }

  /// The file: long names sharing a stem, and hundreds of misspellings (4.1 s to check before).
  private func misspeltFile(questions: Int, misspellings: Int) -> String {
    var lines = ["survey many_misspellings", "languages en"]
    for i in 0..<questions {
      lines.append("question respondent_answer_about_topic_\(i)_x: integer 0..10 { text \"Question \(i)\" }")
    }
    for i in 0..<misspellings {
      lines.append("calculate c\(i) = respondent_answer_about_topik_\((i * 7) % questions)_x + 1")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func testManyMisspeltNamesSpendABoundedAmountOfWork() {
    for misspellings in [300, 1_200] {
      let checked = Checker.checked(Parse(source: misspeltFile(questions: 1_400, misspellings: misspellings)))
      let unknown = checked.diagnostics.filter { $0.code == .unknownName }.sorted { $0.range.start < $1.range.start }
      #expect(unknown.count == misspellings, "every misspelt name is still reported")
      // At most the budget, plus the one suggestion that crossed it (its candidates times a banded table).
      let oneSuggestion = 1_400 * (1 + 40 * 7)
      #expect(checked.nearMiss.work <= NearMiss.budget + oneSuggestion)
      #expect(checked.nearMiss.computed + checked.nearMiss.skipped == misspellings)
      #expect(checked.nearMiss.skipped > 0, "the budget ends the suggestions in this file")
      // The first misspellings still get their suggestion, with the right name first.
      #expect(unknown.first?.fixes.first?.replacement == "respondent_answer_about_topic_0_x")
      #expect(unknown.dropFirst().first?.fixes.first?.replacement == "respondent_answer_about_topic_7_x")
      #expect(checked.nearMiss.computed >= 50)
    }
  }

  @Test func testAFewMisspellingsAllGetSuggestions() {
    let checked = Checker.checked(Parse(source: misspeltFile(questions: 1_400, misspellings: 20)))
    #expect(checked.nearMiss.skipped == 0)
    #expect(checked.diagnostics.filter { $0.code == .unknownName && !$0.fixes.isEmpty }.count == 20)
  }
}
