// Near-miss suggestions for misspelt names, ranked by edit distance (Elm's Suggest, rustc's "a similar name exists").
// The work is bounded so that checking stays linear: only candidates of a near length are compared, the edit
// distance is computed in a band of the allowed distance, and a file gets a fixed budget of comparison work,
// after which misspelt names are still reported, without a suggestion.

import QDSLSyntax

/// Suggestions for one file (or one command line), with the work spent on them.
public struct NearMiss {
  /// Cells of edit-distance tables (and candidates looked at) that one file may spend on suggestions: about
  /// twenty milliseconds. A file with a few misspellings never comes near it.
  static let budget = 4_000_000

  /// Work spent so far, in table cells and candidates looked at.
  private(set) var work = 0
  /// How many suggestions were computed, and how many were skipped for lack of budget.
  private(set) var computed = 0
  private(set) var skipped = 0

  public init() {}

  var isExhausted: Bool { work >= NearMiss.budget }

  /// The largest distance at which a candidate is suggested for a name of `length` bytes.
  static func limit(forLength length: Int) -> Int { max(1, min(3, length / 3)) }

  /// Records a suggestion left out for lack of budget.
  mutating func skip() { skipped += 1 }

  /// Up to `count` candidates close to `name`, nearest first (ties in candidate order).
  public mutating func suggestions(for name: String, among list: [String], count: Int = 3) -> [String] {
    computed += 1
    let target = Array(name.utf8)
    let limit = NearMiss.limit(forLength: target.count)
    work += list.count
    var scored: [(Int, Int, String)] = []
    for (i, c) in list.enumerated() where c != name && abs(c.utf8.count - target.count) <= limit {
      var candidate = c
      let d = candidate.withUTF8 { bytes in
        target.withUnsafeBufferPointer { NearMiss.distance($0, bytes, limit: limit, work: &work) }
      }
      if d <= limit { scored.append((d, i, c)) }
    }
    scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    var seen = Set<String>()
    return scored.compactMap { seen.insert($0.2).inserted ? $0.2 : nil }.prefix(count).map { $0 }
  }

  /// Optimal string alignment distance over bytes (ASCII case ignored), computed only in the band of cells
  /// within `limit` of the diagonal and abandoned past `limit`; `limit + 1` means "farther". The common prefix
  /// and suffix are set aside first (they cost nothing), so names that share a long stem are compared quickly.
  /// Adds the cells computed to `work`.
  static func distance(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int, work: inout Int
  ) -> Int {
    var start = 0
    var endA = a.count
    var endB = b.count
    if abs(endA - endB) > limit { return limit + 1 }
    while start < endA && start < endB && a[start] == b[start] { start += 1 }
    while endA > start && endB > start && a[endA - 1] == b[endB - 1] {
      endA -= 1
      endB -= 1
    }
    return banded(
      UnsafeBufferPointer(rebasing: a[start..<endA]), UnsafeBufferPointer(rebasing: b[start..<endB]), limit: limit,
      work: &work)
  }

  private static func banded(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int, work: inout Int
  ) -> Int {
    let n = a.count
    let m = b.count
    if abs(n - m) > limit { return limit + 1 }
    if n == 0 || m == 0 { return max(n, m) }
    let far = limit + 1
    var prevprev = [Int](repeating: far, count: m + 1)
    var prev = [Int](repeating: far, count: m + 1)
    var cur = [Int](repeating: far, count: m + 1)
    for j in 0...min(m, limit) { prev[j] = j }
    for i in 1...n {
      let lo = max(1, i - limit)
      let hi = min(m, i + limit)
      // The cell left of the band: the first column, or outside the band (too far).
      cur[lo - 1] = lo == 1 ? min(i, far) : far
      var rowMin = far
      for j in lo...hi {
        let cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1
        var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prevprev[j - 2] + 1) }
        v = min(v, far)
        cur[j] = v
        rowMin = min(rowMin, v)
      }
      // The cell right of the band is read by the next row: outside the band, too far.
      if hi < m { cur[hi + 1] = far }
      work += hi - lo + 1
      if rowMin > limit { return far }
      (prevprev, prev, cur) = (prev, cur, prevprev)
    }
    return prev[m]
  }

  private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }

  /// "a question with a similar name exists: 'adopted'" or "…similar names exist: 'a', 'b'".
  static func help(_ singular: String, _ plural: String, _ names: [String]) -> String? {
    guard let first = names.first else { return nil }
    if names.count == 1 { return "\(singular) with a similar name exists: '\(first)'" }
    return "\(plural) with similar names exist: " + names.map { "'\($0)'" }.joined(separator: ", ")
  }
}
