// Quotation marks: the straight double quote that delimits strings, and the typographic and single quotes that
// the lexer reads as a (reported) string too, so that later layers find the text between any of them.

/// A quotation mark in the source: straight or typographic, double or single.
public struct QuoteMark: Sendable, Equatable {
  /// Its length in UTF-8 bytes.
  public var width: Int
  /// Double quotes close double quotes (“…”, „…“, «…», ”…”), single quotes close single quotes (‘…’, '…').
  public var isDouble: Bool
  /// `"` or `'`.
  public var isStraight: Bool

  /// The quotation mark at `i`, if any.
  public static func at(_ bytes: [UInt8], _ i: Int) -> QuoteMark? {
    guard i >= 0, i < bytes.count else { return nil }
    switch bytes[i] {
    case 0x22: return QuoteMark(width: 1, isDouble: true, isStraight: true)
    case 0x27: return QuoteMark(width: 1, isDouble: false, isStraight: true)
    case 0xC2:
      // « and »
      guard i + 1 < bytes.count, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB else { return nil }
      return QuoteMark(width: 2, isDouble: true, isStraight: false)
    case 0xE2:
      guard i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return nil }
      switch bytes[i + 2] {
      // “ ” „ ‟
      case 0x9C, 0x9D, 0x9E, 0x9F: return QuoteMark(width: 3, isDouble: true, isStraight: false)
      // ‘ ’ ‚ ‛ ‹ ›
      case 0x98, 0x99, 0x9A, 0x9B, 0xB9, 0xBA: return QuoteMark(width: 3, isDouble: false, isStraight: false)
      default: return nil
      }
    default: return nil
    }
  }

  /// The text between the quotes of a one-line string token (`"…"`, or `“…”` and the like, already reported),
  /// without a closing quote it lacks.
  public static func content(ofString r: TextRange, in bytes: [UInt8]) -> TextRange {
    guard r.length > 0, r.start < bytes.count else { return r }
    let opener = at(bytes, r.start)
    let open = min(r.end, r.start + (opener?.width ?? 1))
    var close = 0
    if bytes[r.start] == 0x22 {
      close = r.end - 1 >= open && bytes[r.end - 1] == 0x22 ? 1 : 0
    } else {
      for width in [1, 2, 3] where r.end - width >= open {
        if let q = at(bytes, r.end - width), q.width == width {
          close = width
          break
        }
      }
    }
    return TextRange(open, r.end - close)
  }
}
