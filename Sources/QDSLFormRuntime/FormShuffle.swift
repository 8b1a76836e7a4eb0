// The seeded order of shuffled options and sections, the same in every runtime (the preview's runtime.js repeats it
// step for step): a respondent's seed and the instance path of the shuffled item give a SplitMix64 generator, and a
// Fisher-Yates shuffle of the items that may move puts them in order. docs/outputs.md documents it.

import QDSLText

/// The order of a shuffled question's options or a shuffled section's items.
public enum FormShuffle {
  /// FNV-1a (64 bits) of the UTF-8 bytes of `path`.
  public static func hash(_ path: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in path.utf8 {
      h ^= UInt64(byte)
      h = h &* 0x0000_0100_0000_01b3
    }
    return h
  }

  /// The generator for the item at instance path `path` (`likes`, `person[2].likes`) of the respondent with seed
  /// `seed`: SplitMix64 seeded with `seed XOR FNV-1a(path)`.
  public static func generator(seed: UInt64, path: String) -> SplitMix64 {
    SplitMix64(seed: seed ^ hash(path))
  }

  /// The positions of `count` items in the order shown: the items at positions where `isFixed` holds stay; the
  /// others are shuffled among the remaining positions by Fisher-Yates (for i from the last movable item down
  /// to the second, swap it with the movable item at a position drawn by `below(i + 1)`).
  public static func order(count: Int, seed: UInt64, path: String, isFixed: (Int) -> Bool) -> [Int] {
    var movable: [Int] = []
    movable.reserveCapacity(count)
    for i in 0..<count where !isFixed(i) { movable.append(i) }
    var shuffled = movable
    var random = generator(seed: seed, path: path)
    var i = shuffled.count - 1
    while i > 0 {
      let j = random.below(i + 1)
      shuffled.swapAt(i, j)
      i -= 1
    }
    var out = Array(0..<count)
    for (k, position) in movable.enumerated() { out[position] = shuffled[k] }
    return out
  }
}

extension FormItem {
  /// How a shuffled section's order variable names the item: its id (every item of a shuffled section has one).
  public var orderName: String {
    switch self {
    case .section(let s): return s.id
    case .question(let q): return q.id
    case .grid(let g): return g.id
    case .calculate(let c): return c.id
    case .note(let n): return n.id
    case .repeat(let r): return r.id
    case .conditional: return "if"
    case .end: return "end"
    }
  }
}
