// The XForm of order and ranking: a shuffled question's options as an itemset over its list's secondary instance
// (written with the filtered lists', XFormWriter+Cascade.swift), shuffled by ODK's `randomize()` with a seed drawn once per submission (ODK cannot keep `fixed` options in
// place), and the order shown recorded beside the question by the same `randomize()`; a shuffled section's items
// in the order written (ODK cannot shuffle groups), which its order column records; `rank of` as `odk:rank`, with
// one hidden calculate per option holding its rank, as the codebook's columns.

import QDSLSemantics
import QDSLText

extension XFormLowering {
  /// The hidden element that holds the submission's seed of shuffled options, drawn once.
  static let seedElement = "qdsl-shuffle-seed"

  /// The seed of a shuffled question's `randomize()`: the submission's seed, offset by the question's place in the
  /// document so that two questions of the same list are not shuffled alike, and inside a repeat by the position
  /// of the element around the question (the iteration, when the question stands directly in the repeat).
  func shuffleSeed(_ v: Variable) -> String {
    let base = "/\(root)/\(Self.seedElement) + \(v.ordinal * 7919)"
    return v.level == 0 ? base : base + " + position(..) * 104729"
  }

  /// The seed's element, when a question shuffles its options.
  func writeShuffleSeed(into out: inout OutputBuffer) {
    guard !shuffledLists.isEmpty else { return }
    out.append("          <")
    out.append(contentsOf: Self.seedElement)
    out.append("/>\n")
  }

  /// The seed's bind: a whole number drawn once per submission.
  func writeShuffleSeedBind(into out: inout OutputBuffer) {
    guard !shuffledLists.isEmpty else { return }
    out.append("      <bind nodeset=\"/")
    out.append(contentsOf: root)
    out.append("/")
    out.append(contentsOf: Self.seedElement)
    out.append("\" type=\"int\" calculate=\"once(int(random() * 2147483647))\"/>\n")
  }

  /// `QUESTION_order`: the option codes in the order ODK shows them, by the same `randomize()` and seed.
  mutating func orderNode(
    _ order: ShuffleOrder, list: ListID, seed: String, parent: String, depth: Int, names: inout Set<String>,
    universe: UniverseID, live: String?
  ) {
    let path = node(order.orderVariable, parent: parent, depth: depth, names: &names)
    let name = XMLBuilder.xmlName(survey.lists[list].name)
    var formula = "join(' ', randomize(instance('\(name)')/root/item/\(Self.offerCode), \(seed)))"
    if let relevant = relevant(universe) { formula = "if(\(relevant), \(formula), '')" }
    bind(path, type: "string", universe: universe, [("calculate", formula)], live: live)
  }

  /// `SECTION_order` of a shuffled section: ODK asks the items of a group in the order written, which is the order
  /// recorded.
  mutating func sectionOrderNode(
    _ order: ShuffleOrder, _ s: Section, parent: String, depth: Int, names: inout Set<String>, universe: UniverseID
  ) {
    let path = node(order.orderVariable, parent: parent, depth: depth, names: &names)
    let written = s.items.map { survey.orderName(of: $0) }
    bind(path, type: "string", universe: universe, [("calculate", "'\(written.joined(separator: " "))'")])
  }

  /// The rank columns of a ranking (`QUESTION_OPTION`): the option's position in the space-separated answer,
  /// 1 for the first, counted as the spaces before it; empty when unanswered or not asked.
  mutating func rankNodes(
    _ l: ListID, _ v: Variable, answer: String, parent: String, depth: Int, names: inout Set<String>,
    universe: UniverseID, live: String?
  ) {
    for (option, dataName) in zip(survey.lists[l].options, v.dataNames) {
      let path = node(dataName, parent: parent, depth: depth, names: &names)
      let before = "substring-before(concat(' ', \(answer), ' '), ' \(option.code) ')"
      var formula =
        "if(selected(\(answer), '\(option.code)'), "
        + "string-length(\(before)) - string-length(translate(\(before), ' ', '')) + 1, '')"
      if let relevant = relevant(universe) { formula = "if(\(relevant), \(formula), '')" }
      bind(path, type: "int", universe: universe, [("calculate", formula)], live: live)
    }
  }
}
