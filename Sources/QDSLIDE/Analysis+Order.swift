// What the editor says about order: whether a question shuffles its options (for hovers), found by walking the
// item tree to the question.

import QDSLSemantics

extension Analysis {
  /// The shuffle of the question that declares `variable`, or nil when it does not shuffle its options.
  func shuffleOrder(of variable: VariableID) -> ShuffleOrder? {
    func find(_ items: [Item]) -> ShuffleOrder?? {
      for item in items {
        switch item.kind {
        case .question(let q) where q.variable == variable: return .some(q.shuffle)
        case .section(let s): if let found = find(s.items) { return found }
        case .repeat(let r): if let found = find(r.items) { return found }
        case .conditional(let c):
          for b in c.branches { if let found = find(b.items) { return found } }
        default: continue
        }
      }
      return nil
    }
    return find(survey.items) ?? nil
  }
}
