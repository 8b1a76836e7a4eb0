// FormNameMap, the evaluator's map of names and instance paths: the same answers as a Dictionary under a seeded
// random sequence of sets, overwrites and removals (through its growth), keys in the order first set, and
// equality whatever the order.

import QDSLText
import Testing

@testable import QDSLFormRuntime

@Suite struct FormNameMapTests {
  @Test func aRandomSequenceOfSetsAndRemovalsAgreesWithADictionary() {
    var random = SplitMix64(seed: 7)
    // Short and long names (inline and heap strings), instance paths, and names that differ in one byte.
    let names: [String] =
      (0..<300).map { "q\($0)" } + (0..<200).map { "person[\($0 % 12 + 1)].other[\($0 / 12 + 1)].relation_to_head" }
      + [
        "", "ä", "ääää", "åäö_kysymys", "x\u{0}y", String(repeating: "a", count: 40), String(repeating: "a", count: 41),
      ]
    var map = FormNameMap<Int>()
    var reference: [String: Int] = [:]
    var order: [String] = []
    for step in 0..<20_000 {
      let name = names[Int(random.next() % UInt64(names.count))]
      if random.next() % 4 == 0 {
        map[name] = nil
        reference[name] = nil
      } else {
        if reference[name] == nil, !order.contains(name) { order.append(name) }
        map[name] = step
        reference[name] = step
      }
      if step % 997 == 0 {
        #expect(map.count == reference.count)
        #expect(map.dictionary == reference)
      }
    }
    for name in names { #expect(map[name] == reference[name], "\(name)") }
    #expect(map.count == reference.count && map.isEmpty == reference.isEmpty)
    #expect(map.keys == order.filter { reference[$0] != nil }, "names with a value, in the order first set")
    #expect(map.pairs.map(\.name) == map.keys && map.pairs.allSatisfy { reference[$0.name] == $0.value })
    #expect(FormNameMap(reference) == map, "equal whatever the order")
    var other = map
    other[map.keys[0]] = -1
    #expect(other != map)
  }

  @Test func removingAMissingNameAddsNothingAndAReaddedNameIsFound() {
    var map: FormNameMap<String> = ["age": "42", "person[2].age": "7"]
    map["nobody"] = nil
    #expect(map.count == 2 && map.keys == ["age", "person[2].age"])
    map["age"] = nil
    #expect(map["age"] == nil && map.count == 1 && map.keys == ["person[2].age"])
    map["age"] = "43"
    #expect(map["age"] == "43" && map.count == 2 && map.keys == ["age", "person[2].age"])
    #expect(FormNameMap<Int>().isEmpty && FormNameMap<Int>(minimumCapacity: 1000)["x"] == nil)
  }
}
