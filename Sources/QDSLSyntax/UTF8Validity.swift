// Where a file stops being valid UTF-8, by the same rule the lexer reads it with (no overlong forms, no
// surrogates), so that the command line, the lexer and the parse of strings and comments never disagree.

/// The validity of UTF-8 bytes.
public enum UTF8Validity {
  /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil when all are valid.
  public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      // ASCII, most of a questionnaire, eight bytes a step without the full rule.
      if i + 8 <= n {
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) }
        if word & 0x8080_8080_8080_8080 == 0 {
          i += 8
          continue
        }
      }
      if bytes[i] < 0x80 {
        i += 1
        continue
      }
      let length = Lexer.utf8SequenceLength(bytes, at: i)
      if length == 0 { return i }
      i += length
    }
    return nil
  }
}
