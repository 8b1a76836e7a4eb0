// Numbered cursor markers (1️⃣, 2️⃣, …) in fixture text: removed from the source, their UTF-8 offsets kept.

/// A marker a test asks for that the fixture does not hold once, thrown so that the test fails and says which.
public struct MarkerError: Error, CustomStringConvertible, Equatable {
  public var description: String
}

/// A fixture with its markers taken out.
public struct MarkedSource {
  public var source: String
  /// The UTF-8 offset of each marker in `source`, by number.
  public var offsets: [Int: Int]

  /// The offset of marker `n`; throws when the fixture has no such marker (a test never runs at a made-up offset).
  public subscript(_ n: Int) -> Int {
    get throws(MarkerError) {
      guard let offset = offsets[n] else {
        let present = offsets.keys.sorted().map { "\($0)️⃣" }.joined(separator: " ")
        throw MarkerError(
          description: "the fixture has no cursor marker \(n)️⃣ (markers present: \(present.isEmpty ? "none" : present))"
        )
      }
      return offset
    }
  }

  /// Removes the keycap markers 0️⃣ … 9️⃣ from `text`; throws when a number appears twice.
  public init(_ text: String) throws(MarkerError) {
    var out: [UInt8] = []
    var offsets: [Int: Int] = [:]
    let bytes = Array(text.utf8)
    // A keycap is DIGIT, U+FE0F (EF B8 8F), U+20E3 (E2 83 A3).
    let keycap: [UInt8] = [0xEF, 0xB8, 0x8F, 0xE2, 0x83, 0xA3]
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b >= 0x30 && b <= 0x39, i + 7 <= bytes.count, Array(bytes[i + 1..<i + 7]) == keycap {
        let n = Int(b - 0x30)
        guard offsets[n] == nil else {
          throw MarkerError(description: "the fixture has the cursor marker \(n)️⃣ twice")
        }
        offsets[n] = out.count
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
