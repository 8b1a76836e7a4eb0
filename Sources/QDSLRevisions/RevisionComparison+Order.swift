// Revisions of order and ranking: a question or section that starts or stops shuffling (QD5226, compatible: the
// order variable comes or goes with it) and a ranked list that gains or loses options (QD5225, breaking: every
// rank changes its scale).

import QDSLOutputs
import QDSLSemantics
import QDSLSyntax

extension RevisionComparison {
  /// For the order variable of a shuffled question or section present on one side only: records QD5226 and
  /// returns true (it is not reported as a variable added or removed).
  mutating func recordShuffleChange(_ v: RevisionVariable, isOld: Bool) -> Bool {
    guard case .shownOrder(let owner) = v.entry.source else { return false }
    let other = isOld ? new : old
    let otherRange = other.first(ofGroup: owner)?.groupRange ?? other.sectionRanges[owner]
    let message =
      isOld
      ? "'\(owner)' is no longer shuffled: its order shown ('\(v.name)') is gone from the data"
      : "'\(owner)' is now shuffled: the order shown is recorded in '\(v.name)'"
    let range = isOld ? (otherRange ?? new.languagesRange) : v.groupRange
    record(
      .shuffleChanged, [v.name], message, at: range,
      related: isOld ? [RevisionPlace(side: .old, range: v.groupRange, message: "shuffled here")] : [],
      old: isOld ? "shuffled" : "in a fixed order", new: isOld ? "in a fixed order" : "shuffled",
      help: "answers keep their meaning, but order effects may differ between the waves")
    return true
  }

  /// For the ranks of a `rank of` question on both sides: records QD5225 when the ranked list changed its number
  /// of options, and returns true (a rank's range is its list's size, not a range to compare).
  mutating func compareRanks(_ o: RevisionVariable, _ n: RevisionVariable) -> Bool {
    guard case .rank = o.entry.source, case .rank = n.entry.source else { return false }
    if o.entry.maximum != n.entry.maximum {
      let was = "\(Int(o.entry.maximum ?? 0)) options"
      let now = "\(Int(n.entry.maximum ?? 0)) options"
      record(
        .rankedListChanged, [n.name],
        "the ranking '\(n.group)' ranks \(now) instead of \(was): every rank changes its scale", at: n.groupRange,
        related: [RevisionPlace(side: .old, range: o.groupRange, message: "the old ranking")], old: was, new: now,
        help: "old and new ranks cannot be compared; keep the ranked list as it was, or rank under a new name")
    }
    return true
  }
}
