// The documented shuffle (FormShuffle, docs/outputs.md "Shuffled order and ranking"): FNV-1a of the path, SplitMix64
// seeded with seed XOR hash, Fisher-Yates over the movable positions. Known vectors come from an independent
// implementation of the documented steps; fixed positions never move; every order is a permutation.

import QDSLFormRuntime
import QDSLText
import Testing

@Suite struct FormShuffleTests {
  @Test func testFNV1aOfKnownStrings() {
    #expect(FormShuffle.hash("") == 0xcbf2_9ce4_8422_2325)
    #expect(FormShuffle.hash("a") == 0xaf63_dc4c_8601_ec8c)
  }

  @Test func testKnownOrdersWithFixedPositionsInTheMiddleAndAtTheStart() {
    let fixed: Set<Int> = [2, 6]
    #expect(
      FormShuffle.order(count: 7, seed: 42, path: "person[3].likes") { fixed.contains($0) } == [3, 5, 2, 1, 4, 0, 6])
    #expect(FormShuffle.order(count: 5, seed: 7, path: "q") { $0 == 0 } == [0, 3, 1, 2, 4])
  }

  @Test func testEveryOrderIsAPermutationThatKeepsTheFixedPositions() {
    var random = SplitMix64(seed: 9)
    for trial in 0..<500 {
      let count = random.below(12)
      let fixed = Set((0..<count).filter { _ in random.chance(0.3) })
      let order = FormShuffle.order(count: count, seed: random.next(), path: "q\(trial)") { fixed.contains($0) }
      #expect(order.sorted() == Array(0..<count))
      for f in fixed { #expect(order[f] == f) }
    }
  }

  @Test func testTheSeedAndThePathBothChangeTheOrder() {
    let a = FormShuffle.order(count: 10, seed: 1, path: "likes") { _ in false }
    #expect(a == FormShuffle.order(count: 10, seed: 1, path: "likes") { _ in false }, "reproducible")
    #expect(a != FormShuffle.order(count: 10, seed: 2, path: "likes") { _ in false })
    #expect(a != FormShuffle.order(count: 10, seed: 1, path: "person[2].likes") { _ in false })
  }
}
