// A number cell's text as a person sees it: a whole number without ".0", anything else in the shortest form that
// reads back as the same double (what pyxform prints through openpyxl and Python's repr).

enum NumberText {
  /// The text of a stored number (`1`, `1.0`, `2.5E-3`, `3.3000000000000003`); text that is no number stays as it is.
  static func display(_ stored: String) -> String {
    let trimmed = stored.trimmingSpaces
    guard let value = Double(trimmed), value.isFinite else { return stored }
    if value == value.rounded(.towardZero) {
      if abs(value) < 9.0e18 { return String(Int64(value)) }
      return wholeDigits(value)
    }
    // Swift's description is the shortest text that reads back as the same double, with Python's exponent form.
    return value.description
  }

  /// The exact decimal digits of a whole double beyond Int64, as Python's `str(int(x))` writes them.
  private static func wholeDigits(_ value: Double) -> String {
    var digits: [UInt8] = []  // little-endian decimal digits
    var significand = value.significandBitPattern | (1 << 52)
    while significand > 0 {
      digits.append(UInt8(significand % 10))
      significand /= 10
    }
    for _ in 0..<(Int(value.exponent) - 52) {
      var carry: UInt8 = 0
      for i in digits.indices {
        let d = digits[i] * 2 + carry
        digits[i] = d % 10
        carry = d / 10
      }
      if carry > 0 { digits.append(carry) }
    }
    return (value < 0 ? "-" : "") + String(decoding: digits.reversed().map { $0 + 0x30 }, as: UTF8.self)
  }
}

extension String {
  /// The text without leading and trailing ASCII spaces, tabs and line ends.
  var trimmingSpaces: String {
    let bytes = Array(utf8)
    var start = 0
    var end = bytes.count
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    while start < end && isSpace(bytes[start]) { start += 1 }
    while end > start && isSpace(bytes[end - 1]) { end -= 1 }
    if start == 0 && end == bytes.count { return self }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
