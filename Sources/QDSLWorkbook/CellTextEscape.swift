// The escape of OOXML cell text (ECMA-376 ST_Xstring): a character XML cannot hold is written `_xHHHH_`, and a
// literal `_xHHHH_` is written `_x005F_xHHHH_`; Excel and LibreOffice read and write text this way.

enum CellTextEscape {
  /// The text with every `_xHHHH_` replaced by its character.
  static func unescape(_ text: String) -> String {
    guard text.utf8.contains(0x5F) else { return text }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    var changed = false
    while i < bytes.count {
      if bytes[i] == 0x5F, i + 7 <= bytes.count, bytes[i + 1] == 0x78, bytes[i + 6] == 0x5F,
        let value = hexValue(bytes[(i + 2)..<(i + 6)]), let scalar = Unicode.Scalar(value)
      {
        out.append(contentsOf: String(Character(scalar)).utf8)
        i += 7
        changed = true
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return changed ? String(decoding: out, as: UTF8.self) : text
  }

  /// Whether XML 1.0 can hold this character (tab, line feed and carriage return are the only controls it can).
  static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
    return v != 0xFFFE && v != 0xFFFF
  }

  /// Whether `_xHHHH_` starts at `i`.
  static func escapeStarts(_ bytes: [UInt8], at i: Int) -> Bool {
    i + 7 <= bytes.count && bytes[i] == 0x5F && bytes[i + 1] == 0x78 && bytes[i + 6] == 0x5F
      && hexValue(bytes[(i + 2)..<(i + 6)]) != nil
  }

  private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
    var value: UInt32 = 0
    for d in digits {
      switch d {
      case 0x30...0x39: value = value * 16 + UInt32(d - 0x30)
      case 0x41...0x46: value = value * 16 + UInt32(d - 0x41 + 10)
      case 0x61...0x66: value = value * 16 + UInt32(d - 0x61 + 10)
      default: return nil
      }
    }
    return value
  }
}
