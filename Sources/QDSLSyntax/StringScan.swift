// Finds the next byte that ends a run of plain string text, eight bytes at a time: most of a questionnaire is
// text inside strings, so this loop is the lexer's (and the string decoder's) inner loop.

/// Scanning of string content for the bytes that need attention: `"`, a line break byte (LF or CR), `\`, `{` and `}`.
public enum StringScan {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Non-zero when some byte of `word` equals `byte` (the exact "has zero byte" test on `word ^ byte…`).
  @inline(__always)
  private static func has(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let v = word ^ (ones &* UInt64(byte))
    return (v &- ones) & ~v & highs
  }

  @inline(__always)
  private static func isSpecial(_ b: UInt8) -> Bool {
    b == 0x22 || b == 0x0A || b == 0x0D || b == 0x5C || b == 0x7B || b == 0x7D
  }

  /// The index of the first `"`, LF, CR, `\`, `{` or `}` in `bytes[start..<end]`, or `end` when there is none.
  public static func firstSpecial(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
    let end = min(end, bytes.count)
    guard start < end else { return max(start, end) }
    return bytes.withUnsafeBytes { raw in
      var i = start
      while i + 8 <= end {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        let special = has(word, 0x22) | has(word, 0x0A) | has(word, 0x0D) | has(word, 0x5C) | has(word, 0x7B)
        if special | has(word, 0x7D) != 0 { break }
        i += 8
      }
      while i < end {
        if isSpecial(raw[i]) { return i }
        i += 1
      }
      return end
    }
  }
}
