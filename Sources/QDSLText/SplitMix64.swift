// The one seeded random generator of qdsl (SplitMix64) and its bounded draws, done here rather than by the standard
// library, so that a seed gives the same respondents, instruments and test edits on every platform and Swift version.

/// SplitMix64 (Steele, Lea and Flood): a small, fast generator whose output depends only on the seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  @usableFromInline var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  @inlinable
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in 0..<n (0 when n ≤ 1), by the multiply-high method (bias below 2⁻⁶⁴·n, which no report can show).
  /// `qdsl simulate` draws with it.
  @inlinable
  public mutating func below(_ n: Int) -> Int {
    guard n > 1 else { return 0 }
    return Int(next().multipliedFullWidth(by: UInt64(n)).high)
  }

  /// A number in 0..<n (0 when n ≤ 1), as the remainder of the next output divided by n. The benchmark
  /// instruments and the seeds of the fuzzing tests were drawn this way, and stay as they were with it.
  /// Draws even when n ≤ 1.
  @inlinable
  public mutating func remainder(_ n: Int) -> Int {
    let bits = next()
    return n > 1 ? Int(bits % UInt64(n)) : 0
  }

  /// A number in [0, 1) with 53 random bits.
  @inlinable
  public mutating func unit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// True with probability `p`.
  @inlinable
  public mutating func chance(_ p: Double) -> Bool { unit() < p }
}
