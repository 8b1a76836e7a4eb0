// Control characters in texts written for people and other programs (codebooks, DDI, XForm, SPSS, Stata): a
// tab and the line breaks stay text, every other control character becomes U+FFFD, the same in every output.

/// The control characters that the outputs replace, found on UTF-8 bytes.
///
/// A text may hold any Unicode scalar (`\u{0}` is a valid escape), but most control characters mean nothing on a
/// page, break formats (XML 1.0 forbids them; a NUL ends a C string) or act on a terminal (ESC). So every output
/// for people writes each control character other than a tab and a line break (LF, VT, FF, CR, NEL; see
/// `OutputBuffer.lineBreak`) as U+FFFD REPLACEMENT CHARACTER "�": U+0000–U+0008, U+000E–U+001F, U+007F and
/// U+0080–U+009F except U+0085. U+FFFE and U+FFFF, which are no characters, are replaced as well. The form JSON
/// keeps them, escaped (`\u0000`): it carries texts exactly.
public enum ControlCharacters {
  /// What stands for a replaced character.
  public static let replacement = "\u{FFFD}"

  /// The bytes at which a replaced character may start: the C0 controls but tab and line breaks, DEL, 0xC2 (the
  /// lead byte of the C1 controls) and 0xEF (the lead byte of U+FFFE and U+FFFF).
  public static let starts: [UInt8] = (0..<0x20).filter { !(0x09...0x0D).contains($0) } + [0x7F, 0xC2, 0xEF]

  /// The index after the replaced character that starts at `i`, or nil when none starts there.
  @inlinable
  public static func replaced(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    let b = utf8[i]
    if b < 0x20 { return (0x09...0x0D).contains(b) ? nil : i + 1 }
    if b == 0x7F { return i + 1 }
    if b == 0xC2 {
      guard i + 1 < utf8.count, (0x80...0x9F).contains(utf8[i + 1]), utf8[i + 1] != 0x85 else { return nil }
      return i + 2
    }
    if b == 0xEF {
      guard i + 2 < utf8.count, utf8[i + 1] == 0xBF, utf8[i + 2] == 0xBE || utf8[i + 2] == 0xBF else { return nil }
      return i + 3
    }
    return nil
  }

  /// `text` with every replaced character as U+FFFD (the text itself when it holds none).
  public static func replacing(_ text: String) -> String {
    guard table.any(text) else { return text }
    var out = OutputBuffer(capacity: text.utf8.count + 8)
    out.appendReplacingControls(text)
    return out.text
  }

  /// `starts` as a table.
  public static let table = ByteTable("", starts)
}

extension OutputBuffer {
  /// Appends `text` with its control characters replaced (see `ControlCharacters`).
  public mutating func appendReplacingControls(_ text: String) {
    append(text, special: ControlCharacters.table) { out, utf8, i in
      out.appendControlOrByte(utf8, at: i)
    }
  }

  /// For an escape closure: appends U+FFFD when a replaced control character starts at `i`, else the byte at `i`;
  /// returns the index to go on from.
  @inlinable
  public mutating func appendControlOrByte(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    if let next = ControlCharacters.replaced(utf8, at: i) {
      append("\u{FFFD}")
      return next
    }
    append(byte: utf8[i])
    return i + 1
  }
}
