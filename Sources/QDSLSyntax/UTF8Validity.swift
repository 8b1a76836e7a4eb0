// Where a file stops being valid UTF-8, by the same rule the lexer reads it with (no overlong forms, no
// surrogates), so that the command line and the lexer never disagree about a file.

/// The validity of UTF-8 bytes.
public enum UTF8Validity {
  /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil when all are valid.
  public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    var i = 0
    while i < bytes.count {
      // ASCII, most of a questionnaire, a byte at a time without the full rule.
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
