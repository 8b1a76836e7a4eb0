// Near-miss suggestions for misspelt names, ranked by edit distance (Elm's Suggest, rustc's "a similar name exists").

import QDSLSyntax

enum NearMiss {
  /// Optimal string alignment distance over bytes, abandoning early past `limit`.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var prevprev = [Int](repeating: 0, count: b.count + 1)
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      cur[0] = i
      var rowMin = cur[0]
      for j in 1...b.count {
        let cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1
        var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prevprev[j - 2] + 1) }
        cur[j] = v
        rowMin = min(rowMin, v)
      }
      if rowMin > limit { return limit + 1 }
      (prevprev, prev, cur) = (prev, cur, prevprev)
    }
    return prev[b.count]
  }

  private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }

  /// Up to `count` candidates close to `name`, nearest first (ties in candidate order).
  static func suggestions(for name: String, among candidates: [String], count: Int = 3) -> [String] {
    let target = Array(name.utf8)
    let limit = max(1, min(3, target.count / 3))
    var scored: [(Int, Int, String)] = []
    for (i, c) in candidates.enumerated() where c != name {
      let d = distance(target, Array(c.utf8), limit: limit)
      if d <= limit { scored.append((d, i, c)) }
    }
    scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    var seen = Set<String>()
    return scored.compactMap { seen.insert($0.2).inserted ? $0.2 : nil }.prefix(count).map { $0 }
  }

  /// "a question with a similar name exists: 'adopted'" or "…similar names exist: 'a', 'b'".
  static func help(_ singular: String, _ plural: String, _ names: [String]) -> String? {
    guard let first = names.first else { return nil }
    if names.count == 1 { return "\(singular) with a similar name exists: '\(first)'" }
    return "\(plural) with similar names exist: " + names.map { "'\($0)'" }.joined(separator: ", ")
  }
}
