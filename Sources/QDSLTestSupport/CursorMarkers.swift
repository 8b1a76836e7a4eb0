// Numbered cursor markers (1️⃣, 2️⃣, …) in fixture text: removed from the source, their UTF-8 offsets kept.

/// A fixture with its markers taken out.
public struct MarkedSource {
  public var source: String
  /// The UTF-8 offset of each marker in `source`, by number.
  public var offsets: [Int: Int]

  /// The offset of a marker; fails the test with a clear message through a trap-free fallback of 0.
  public subscript(_ n: Int) -> Int { offsets[n] ?? 0 }

  /// Removes the keycap markers 0️⃣ … 9️⃣ from `text`.
  public init(_ text: String) {
    var out: [UInt8] = []
    var offsets: [Int: Int] = [:]
    let bytes = Array(text.utf8)
    // A keycap is DIGIT, U+FE0F (EF B8 8F), U+20E3 (E2 83 A3).
    let keycap: [UInt8] = [0xEF, 0xB8, 0x8F, 0xE2, 0x83, 0xA3]
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b >= 0x30 && b <= 0x39, i + 7 <= bytes.count, Array(bytes[i + 1..<i + 7]) == keycap {
        offsets[Int(b - 0x30)] = out.count
        i += 7
        continue
      }
      out.append(b)
      i += 1
    }
    source = String(decoding: out, as: UTF8.self)
    self.offsets = offsets
  }
}
