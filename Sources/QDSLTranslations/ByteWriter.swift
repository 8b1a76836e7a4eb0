// The byte buffer the translation writers append to: whole strings copied as UTF-8, and escaping that scans the
// bytes first and takes the slow path only for a text that holds a character to escape (most texts hold none).

struct ByteWriter {
  var bytes: [UInt8] = []

  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  mutating func append(_ s: String) {
    var s = s
    s.withUTF8 { bytes.append(contentsOf: $0) }
  }

  mutating func append(_ s: Substring) { bytes.append(contentsOf: s.utf8) }

  /// Appends `s`, escaped by `escape` (per Unicode scalar) when any byte of it is marked in `special`.
  mutating func append(_ s: String, escaping special: ByteSet, _ escape: (Unicode.Scalar, inout ByteWriter) -> Void) {
    var s = s
    let plain = s.withUTF8 { utf8 -> Bool in
      for b in utf8 where special.contains(b) { return false }
      bytes.append(contentsOf: utf8)
      return true
    }
    guard !plain else { return }
    for c in s.unicodeScalars { escape(c, &self) }
  }

  /// Appends one scalar as UTF-8.
  mutating func append(scalar c: Unicode.Scalar) {
    let v = c.value
    switch v {
    case 0..<0x80: bytes.append(UInt8(v))
    case 0x80..<0x800:
      bytes.append(UInt8(0xC0 | (v >> 6)))
      bytes.append(UInt8(0x80 | (v & 0x3F)))
    case 0x800..<0x10000:
      bytes.append(UInt8(0xE0 | (v >> 12)))
      bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (v & 0x3F)))
    default:
      bytes.append(UInt8(0xF0 | (v >> 18)))
      bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
      bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (v & 0x3F)))
    }
  }

  var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A set of bytes, looked up in one step.
struct ByteSet {
  private var table = [Bool](repeating: false, count: 256)

  /// The bytes given, plus every control byte (below 0x20) when `controls`.
  init(_ ascii: String, controls: Bool = true, alsoBytes: [UInt8] = []) {
    for b in ascii.utf8 { table[Int(b)] = true }
    if controls { for b in 0..<0x20 { table[b] = true } }
    for b in alsoBytes { table[Int(b)] = true }
  }

  func contains(_ b: UInt8) -> Bool { table[Int(b)] }
}
