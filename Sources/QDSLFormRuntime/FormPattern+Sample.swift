// Texts drawn to match a pattern, for random respondents: a question checked with matches(q, "…") gets answers
// that mostly pass the check, so `qdsl simulate` reaches what lies after it.

import QDSLText

extension FormPattern {
  /// A random text that matches the pattern, or nil when none was found (a pattern such as `a^b` matches nothing).
  public func sample(_ random: inout SplitMix64) -> String? {
    for _ in 0..<4 {
      var out = String.UnicodeScalarView()
      Self.sample(root, &out, &random)
      let text = String(out)
      if matches(text) { return text }
    }
    return nil
  }

  private static func sample(_ n: Node, _ out: inout String.UnicodeScalarView, _ random: inout SplitMix64) {
    switch n {
    case .sequence(let items): for item in items { sample(item, &out, &random) }
    case .alternation(let branches): sample(branches[random.below(branches.count)], &out, &random)
    case .scalar(let s): if let u = Unicode.Scalar(s) { out.append(u) }
    case .set(let set): if let u = member(of: set, &random) { out.append(u) }
    case .start, .end: break
    case .repetition(let inner, let min, let max):
      // A few more than the least, never above the most.
      let most = Swift.min(max ?? (min + 3), min + 3)
      for _ in 0..<(min + random.below(most - min + 1)) { sample(inner, &out, &random) }
    }
  }

  /// A member of a set: one of its ranges' characters, or for a negated set a printable ASCII character outside it.
  private static func member(of set: Set, _ random: inout SplitMix64) -> Unicode.Scalar? {
    if set.negated {
      let candidates = (0x21...0x7E).map(UInt32.init).filter { set.contains($0) }
      return candidates.isEmpty ? nil : Unicode.Scalar(candidates[random.below(candidates.count)])
    }
    guard !set.ranges.isEmpty else { return nil }
    let r = set.ranges[random.below(set.ranges.count)]
    let width = Int(r.upperBound - r.lowerBound) + 1
    return Unicode.Scalar(r.lowerBound + UInt32(random.below(width)))
  }
}
