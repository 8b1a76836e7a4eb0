// A set of byte values as a lookup table: which bytes of a text need escaping in some format, found eight bytes
// a step.

/// A set of byte values as a 256-entry lookup table: the bytes of a text that need escaping in some format.
public struct ByteTable: Sendable {
  /// 1 for a marked byte value, 0 for others.
  private var marks = [UInt8](repeating: 0, count: 256)

  /// The bytes of `ascii`, and `more`.
  public init(_ ascii: String, _ more: [UInt8] = []) {
    for b in ascii.utf8 { marks[Int(b)] = 1 }
    for b in more { marks[Int(b)] = 1 }
  }

  /// The bytes for which `isMarked` holds.
  public init(where isMarked: (UInt8) -> Bool) {
    for b in 0...255 where isMarked(UInt8(b)) { marks[b] = 1 }
  }

  /// The bytes that start a line break (see `OutputBuffer.lineBreak`): LF, VT, FF, CR, and the lead bytes of NEL
  /// and the line and paragraph separators.
  public static let lineBreakStarts: [UInt8] = [0x0A, 0x0B, 0x0C, 0x0D, 0xC2, 0xE2]

  public subscript(_ byte: UInt8) -> Bool { marks[Int(byte)] != 0 }

  /// The index of the first marked byte at or after `start`, nil when there is none.
  public func firstMarked(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    marks.withUnsafeBufferPointer { marks in
      var i = start
      // Eight bytes a step while none of them is marked, the usual case in ordinary text.
      while i + 8 <= bytes.count {
        let any =
          marks[Int(bytes[i])] | marks[Int(bytes[i + 1])] | marks[Int(bytes[i + 2])] | marks[Int(bytes[i + 3])]
          | marks[Int(bytes[i + 4])] | marks[Int(bytes[i + 5])] | marks[Int(bytes[i + 6])]
          | marks[Int(bytes[i + 7])]
        if any != 0 { break }
        i += 8
      }
      while i < bytes.count {
        if marks[Int(bytes[i])] != 0 { return i }
        i += 1
      }
      return nil
    }
  }

  /// Whether any byte of `text` is marked.
  public func any(_ text: String) -> Bool {
    if let found = text.utf8.withContiguousStorageIfAvailable({ firstMarked(in: $0, from: 0) != nil }) {
      return found
    }
    var text = text
    return text.withUTF8 { firstMarked(in: $0, from: 0) != nil }
  }
}
