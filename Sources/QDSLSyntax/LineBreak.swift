// What ends a line: "\n", "\r\n" and a lone "\r" (classic Mac OS), each one line break, as the LSP spec counts them.
// Every layer that finds lines (lexer, line index, formatter, diagnostics, editor positions) asks here.

/// The line breaks of a source text, and its line-end style.
public enum LineBreak: Sendable, Equatable {
  /// "\n" (Unix, macOS, and what qdsl writes when a file has no line break yet).
  case lf
  /// "\r\n" (Windows).
  case crlf
  /// A lone "\r" (classic Mac OS).
  case cr

  /// The bytes of the line end.
  public var bytes: [UInt8] {
    switch self {
    case .lf: return [0x0A]
    case .crlf: return [0x0D, 0x0A]
    case .cr: return [0x0D]
    }
  }

  /// Whether `b` is a byte of a line break (LF or CR).
  @inline(__always)
  public static func isBreakByte(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D }

  /// The length of the line break at `i`: 2 for "\r\n", 1 for "\n" or a lone "\r", 0 for anything else.
  @inline(__always)
  public static func length<C: RandomAccessCollection>(_ bytes: C, at i: C.Index) -> Int
  where C.Element == UInt8, C.Index == Int {
    guard i >= bytes.startIndex, i < bytes.endIndex else { return 0 }
    switch bytes[i] {
    case 0x0A: return 1
    case 0x0D: return i + 1 < bytes.endIndex && bytes[i + 1] == 0x0A ? 2 : 1
    default: return 0
    }
  }

  /// Whether a line starts at offset `p` > 0: the byte before it ends a line break ("\n", or a "\r" that no
  /// "\n" follows). Offset 0 always starts a line.
  @inline(__always)
  public static func startsLine<C: RandomAccessCollection>(_ bytes: C, at p: Int) -> Bool
  where C.Element == UInt8, C.Index == Int {
    if p <= bytes.startIndex { return true }
    guard p <= bytes.endIndex else { return false }
    switch bytes[p - 1] {
    case 0x0A: return true
    case 0x0D: return p == bytes.endIndex || bytes[p] != 0x0A
    default: return false
    }
  }

  /// The offset of the first byte of each line: 0, then the offset after each line break.
  public static func lineStarts(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    starts.reserveCapacity(bytes.count / 32 + 1)
    bytes.withUnsafeBytes { bytes in
      var i = 0
      let n = bytes.count
      while i < n {
        // Eight bytes a step while none of them is below 0x0E (so neither LF nor CR): the usual case.
        if i + 8 <= n {
          let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 == 0 {
            i += 8
            continue
          }
        }
        let end = min(i + 8, n)
        while i < end {
          let b = bytes[i]
          i += 1
          if b == 0x0A {
            starts.append(i)
          } else if b == 0x0D {
            if i < n && bytes[i] == 0x0A { i += 1 }
            starts.append(i)
          }
        }
      }
    }
    return starts
  }

  /// The number of line breaks in `bytes[range]` ("\r\n" counts once; a break cut by the range's end counts).
  public static func count<C: RandomAccessCollection>(_ bytes: C, in range: Range<Int>) -> Int
  where C.Element == UInt8, C.Index == Int {
    var n = 0
    var i = max(range.lowerBound, bytes.startIndex)
    let end = min(range.upperBound, bytes.endIndex)
    while i < end {
      let b = bytes[i]
      if b == 0x0A {
        n += 1
      } else if b == 0x0D {
        n += 1
        if i + 1 < end && bytes[i + 1] == 0x0A { i += 1 }
      }
      i += 1
    }
    return n
  }

  /// Whether `bytes[range]` holds a line break.
  public static func contains<C: RandomAccessCollection>(_ bytes: C, in range: Range<Int>) -> Bool
  where C.Element == UInt8, C.Index == Int {
    let lo = max(range.lowerBound, bytes.startIndex)
    let hi = min(range.upperBound, bytes.endIndex)
    guard lo < hi else { return false }
    for i in lo..<hi where isBreakByte(bytes[i]) { return true }
    return false
  }

  /// The offset of the first line break at or after `i` (or `bytes.endIndex`): where the line holding `i` ends.
  public static func lineEnd<C: RandomAccessCollection>(_ bytes: C, from i: Int) -> Int
  where C.Element == UInt8, C.Index == Int {
    var j = max(i, bytes.startIndex)
    while j < bytes.endIndex && !isBreakByte(bytes[j]) { j += 1 }
    return j
  }

  /// The style of a text's first line break, which `qdsl fmt` keeps throughout; `.lf` when it has none.
  public static func style<C: RandomAccessCollection>(of bytes: C) -> LineBreak
  where C.Element == UInt8, C.Index == Int {
    var i = bytes.startIndex
    while i < bytes.endIndex {
      switch bytes[i] {
      case 0x0A: return .lf
      case 0x0D: return i + 1 < bytes.endIndex && bytes[i + 1] == 0x0A ? .crlf : .cr
      default: i += 1
      }
    }
    return .lf
  }
}
