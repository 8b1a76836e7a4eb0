// Free option codes to suggest for a duplicate code: past the list's codes on the same side of zero, and
// when that side is full up to the limit of whole numbers, the first gap nearest zero. Never overflows.

/// The codes of one choice list, and the free codes handed out so far (each suggestion is a different code,
/// so that accepting every suggested fix leaves no duplicate).
struct FreeCodes {
  private var used: Set<Int>
  private var above: Int
  private var below: Int
  private var gapAbove = 1
  private var gapBelow = -1

  init(_ codes: some Sequence<Int>) {
    used = Set(codes)
    // Missing-value codes are negative by convention, the others positive: each side grows away from zero.
    above = (used.filter { $0 >= 0 }.max() ?? 0).addingReportingOverflow(1).partialValue
    below = (used.min().map { min($0, 0) } ?? 0).addingReportingOverflow(-1).partialValue
  }

  /// A code on the same side of zero as `code` that no option has, or nil when that side is full.
  mutating func take(near code: Int) -> Int? {
    let free: Int?
    if code < 0 {
      if below < 0 && below >= WholeNumbers.smallest && !used.contains(below) {
        free = below
        below -= 1
      } else {
        while used.contains(gapBelow) && gapBelow > WholeNumbers.smallest { gapBelow -= 1 }
        free = used.contains(gapBelow) ? nil : gapBelow
      }
    } else {
      if above > 0 && above <= WholeNumbers.largest && !used.contains(above) {
        free = above
        above += 1
      } else {
        while used.contains(gapAbove) && gapAbove < WholeNumbers.largest { gapAbove += 1 }
        free = used.contains(gapAbove) ? nil : gapAbove
      }
    }
    if let free { used.insert(free) }
    return free
  }
}
