// The one JSON reader: strict RFC 8259 over UTF-8 bytes, in linear time and without recursion, with whole numbers
// kept exact and every error located (line and column) and said in plain words.

/// What is wrong with a JSON text, and where: the byte offset, and its line and column.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The offset of the byte the error is at.
  public var offset: Int
  public var position: JSONPosition
  /// What is wrong, in plain words (`expected ':' after the key`).
  public var message: String

  public init(offset: Int, position: JSONPosition, message: String) {
    self.offset = offset
    self.position = position
    self.message = message
  }

  /// `3:13: expected ':' after the key`.
  public var description: String { "\(position): \(message)" }
}

/// A line and a column in a text, both from 1. A line ends at LF, CR LF or a CR alone; columns count characters.
public struct JSONPosition: Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The position of the byte at `offset` of `bytes` (an offset past the end is the end).
  public init(offset: Int, in bytes: [UInt8]) {
    self = Self.positions(of: [offset], in: bytes)[0]
  }

  /// The positions of several offsets, in ascending order, found in one pass over the text.
  public static func positions(of offsets: [Int], in bytes: [UInt8]) -> [JSONPosition] {
    var out: [JSONPosition] = []
    out.reserveCapacity(offsets.count)
    var line = 1
    var column = 1
    // Bytes before `counted` are counted in `column`; `i` is how far line breaks are known.
    var counted = 0
    var i = 0
    for offset in offsets {
      let end = max(counted, min(offset, bytes.count))
      while i < end {
        let b = bytes[i]
        i += 1
        if b == 0x0A || (b == 0x0D && (i >= bytes.count || bytes[i] != 0x0A)) {
          line += 1
          column = 1
          counted = i
        }
      }
      column += String(decoding: bytes[counted..<end], as: UTF8.self).count
      counted = end
      out.append(JSONPosition(line: line, column: column))
    }
    return out
  }

  public var description: String { "\(line):\(column)" }
}

/// Reads JSON text. Strict: one value and white space only, no trailing commas, no comments, keys once per
/// object, valid UTF-8, strings without raw control characters, escapes of RFC 8259 with surrogates in pairs,
/// numbers that a Double holds (a whole number that fits 64 bits is an exact `.int`), at most `maxDepth` arrays and
/// objects inside each other. A byte order mark at the start is skipped.
public struct JSONReader {
  /// How deep arrays and objects may be nested.
  public static let maxDepth = 1024

  /// The value of a JSON text.
  public static func read(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSON {
    var reader = JSONReader(bytes: bytes, recording: false)
    return try reader.document()
  }

  /// The value of a JSON text given as a string.
  public static func read(_ text: String) throws(JSONSyntaxError) -> JSON { try read(Array(text.utf8)) }

  /// The value of a JSON text, and where each of its values and keys starts.
  public static func readLocated(_ bytes: [UInt8]) throws(JSONSyntaxError) -> (JSON, JSONLocations) {
    var reader = JSONReader(bytes: bytes, recording: true)
    let value = try reader.document()
    return (value, reader.locations)
  }

  private let bytes: [UInt8]
  private var i = 0
  private let recording: Bool
  private var locations = JSONLocations()
  /// While recording: the path of the value being read.
  private var path = JSONPath()

  private init(bytes: [UInt8], recording: Bool) {
    self.bytes = bytes
    self.recording = recording
  }

  /// An array or object being read, with what it holds so far.
  private enum Open {
    case array([JSON])
    /// The members so far, the index of their keys once it is worth having, and the key whose value comes next
    /// with the offset of its opening quote.
    case object([JSONObject.Element], [String: Int]?, key: String, keyOffset: Int)
  }

  private func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
    let at = offset ?? i
    return JSONSyntaxError(offset: at, position: JSONPosition(offset: at, in: bytes), message: message)
  }

  private mutating func document() throws(JSONSyntaxError) -> JSON {
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
    skipSpace()
    if i == bytes.count { throw fail("the text is empty: expected a JSON value") }
    let value = try value()
    skipSpace()
    if i < bytes.count { throw fail("unexpected \(found()) after the JSON value: a JSON text is one value") }
    return value
  }

  /// One value, its arrays and objects read with a stack of the open ones rather than by recursion.
  private mutating func value() throws(JSONSyntaxError) -> JSON {
    var open: [Open] = []
    while true {
      // A value starts here.
      skipSpace()
      if recording { locations.values[path] = i }
      var value: JSON
      guard i < bytes.count else { throw fail("the JSON ends where a value should be") }
      switch bytes[i] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        guard open.count < Self.maxDepth else {
          throw fail("arrays and objects are nested more than \(Self.maxDepth) deep")
        }
        let isObject = bytes[i] == UInt8(ascii: "{")
        i += 1
        skipSpace()
        if isObject {
          if i < bytes.count && bytes[i] == UInt8(ascii: "}") {
            i += 1
            value = .object(JSONObject())
          } else {
            let (key, keyOffset) = try memberKey(after: "{")
            open.append(.object([], nil, key: key, keyOffset: keyOffset))
            continue
          }
        } else {
          if i < bytes.count && bytes[i] == UInt8(ascii: "]") {
            i += 1
            value = .array([])
          } else {
            open.append(.array([]))
            if recording { path = path.appending(index: 0) }
            continue
          }
        }
      case UInt8(ascii: "\""): value = .string(try string())
      case UInt8(ascii: "t"): value = try word("true", .bool(true))
      case UInt8(ascii: "f"): value = try word("false", .bool(false))
      case UInt8(ascii: "n"): value = try word("null", .null)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = try number()
      default:
        if case .array? = open.last, bytes[i] == UInt8(ascii: "]") {
          throw fail("expected a value after ',' (JSON allows no comma before ']')")
        }
        throw fail("expected a value (a number, a string, an array, an object, true, false or null), found \(found())")
      }
      // The value is complete: it goes into the innermost open array or object, which may then close.
      while true {
        guard let innermost = open.popLast() else { return value }
        skipSpace()
        switch innermost {
        case .array(var items):
          items.append(value)
          if i < bytes.count && bytes[i] == UInt8(ascii: ",") {
            i += 1
            if recording { path = path.dropLast().appending(index: items.count) }
            open.append(.array(items))
          } else if i < bytes.count && bytes[i] == UInt8(ascii: "]") {
            i += 1
            if recording { path = path.dropLast() }
            value = .array(items)
            continue
          } else {
            throw fail(
              i < bytes.count
                ? "expected ',' or ']' after an item of the array, found \(found())" : "the JSON ends inside an array")
          }
        case .object(var members, var index, let key, let keyOffset):
          if index.map({ $0[key] != nil }) ?? members.contains(where: { $0.key == key }) {
            throw fail("the key \"\(key)\" appears twice in this object", at: keyOffset)
          }
          members.append((key, value))
          if index != nil {
            index?[key] = members.count - 1
          } else if members.count >= JSONObject.indexedFrom {
            var built: [String: Int] = [:]
            for (n, m) in members.enumerated() { built[m.key] = n }
            index = built
          }
          if recording { path = path.dropLast() }
          if i < bytes.count && bytes[i] == UInt8(ascii: ",") {
            i += 1
            skipSpace()
            let (next, nextOffset) = try memberKey(after: ",")
            open.append(.object(members, index, key: next, keyOffset: nextOffset))
          } else if i < bytes.count && bytes[i] == UInt8(ascii: "}") {
            i += 1
            value = .object(JSONObject(distinct: members, index: index))
            continue
          } else {
            throw fail(
              i < bytes.count
                ? "expected ',' or '}' after a member of the object, found \(found())"
                : "the JSON ends inside an object")
          }
        }
        break
      }
    }
  }

  /// A member's key and its colon, at `i` (after `{` or `,` and white space); the key and where it starts.
  private mutating func memberKey(after what: String) throws(JSONSyntaxError) -> (String, Int) {
    guard i < bytes.count else { throw fail("the JSON ends inside an object") }
    guard bytes[i] == UInt8(ascii: "\"") else {
      if what == "," && bytes[i] == UInt8(ascii: "}") {
        throw fail("expected a key in double quotes after ',' (JSON allows no comma before '}')")
      }
      throw fail("expected a key in double quotes, found \(found())")
    }
    let start = i
    let key = try string()
    if recording {
      path = path.appending(key: key)
      locations.keys[path] = start
    }
    skipSpace()
    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
    i += 1
    return (key, start)
  }

  private mutating func skipSpace() {
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x0A, 0x0D, 0x09: i += 1
      default: return
      }
    }
  }

  /// What is at `i`, for messages: `'x'`, `the end of the text`, `a comment`.
  private func found() -> String {
    guard i < bytes.count else { return "the end of the text" }
    let b = bytes[i]
    if b == UInt8(ascii: "/") && i + 1 < bytes.count && (bytes[i + 1] == UInt8(ascii: "/") || bytes[i + 1] == 0x2A) {
      return "a comment (JSON has no comments)"
    }
    if b == UInt8(ascii: "'") { return "\"'\" (JSON strings are in double quotes)" }
    if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
    if b < 0x80 { return "the control character U+\(hex(UInt32(b), 4))" }
    if let (scalar, _) = utf8Scalar(at: i) { return "'\(Character(scalar))' (U+\(hex(scalar.value, 4)))" }
    return "a byte that is not UTF-8 (0x\(hex(UInt32(b), 2)))"
  }

  private func hex(_ v: UInt32, _ digits: Int) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - s.count)) + s
  }

  private mutating func word(_ text: StaticString, _ value: JSON) throws(JSONSyntaxError) -> JSON {
    let n = text.utf8CodeUnitCount
    var k = 0
    while k < n {
      guard i + k < bytes.count, bytes[i + k] == text.utf8Start[k] else { throw fail("expected \(text)") }
      k += 1
    }
    i += n
    return value
  }

  // MARK: numbers

  /// A number: a whole number that an Int holds is exact; others are the nearest Double, which must be finite.
  private mutating func number() throws(JSONSyntaxError) -> JSON {
    let start = i
    let negative = bytes[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    let digitsStart = i
    // The magnitude of the whole part, while it fits 64 bits.
    var magnitude: UInt64 = 0
    var fits = true
    while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
      let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times10.addingReportingOverflow(UInt64(bytes[i] - UInt8(ascii: "0")))
      if o1 || o2 { fits = false }
      magnitude = sum
      i += 1
    }
    if i == digitsStart { throw fail("expected digits after '-'") }
    if bytes[digitsStart] == UInt8(ascii: "0") && i - digitsStart > 1 {
      throw fail("a number cannot start with 0 followed by more digits", at: digitsStart)
    }
    var isWhole = true
    if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
      isWhole = false
      i += 1
      let fraction = i
      while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
      if i == fraction { throw fail("expected digits after the decimal point") }
    }
    if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
      isWhole = false
      i += 1
      if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
      let exponent = i
      while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
      if i == exponent { throw fail("expected digits in the exponent") }
    }
    if isWhole && fits {
      if !negative && magnitude <= UInt64(Int.max) { return .int(Int(magnitude)) }
      if negative && magnitude <= UInt64(Int.max) + 1 { return .int(Int(truncatingIfNeeded: 0 &- magnitude)) }
    }
    let text = String(decoding: bytes[start..<i], as: UTF8.self)
    guard let d = Double(text), d.isFinite else {
      let shown = text.count > 24 ? "\(text.prefix(12))…\(text.suffix(6)) (\(text.count) characters)" : text
      throw fail("the number \(shown) is too large: a JSON number must be below about 1.8e308", at: start)
    }
    return .number(d)
  }

  // MARK: strings

  /// A string at `i` (its opening quote); afterwards `i` is past the closing quote.
  private mutating func string() throws(JSONSyntaxError) -> String {
    let open = i
    i += 1
    let start = i
    // Fast path: a string without escapes is its bytes, checked as UTF-8 on the way.
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        i += 1
        return String(decoding: bytes[start..<(i - 1)], as: UTF8.self)
      }
      if b == UInt8(ascii: "\\") { break }
      if b < 0x20 { throw controlCharacter(b) }
      if b < 0x80 {
        i += 1
      } else {
        i += try utf8Length(at: i)
      }
    }
    guard i < bytes.count else { throw fail("a string that is never closed", at: open) }
    var out = Array(bytes[start..<i])
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        i += 1
        return String(decoding: out, as: UTF8.self)
      }
      if b < 0x20 { throw controlCharacter(b) }
      if b >= 0x80 {
        let n = try utf8Length(at: i)
        out.append(contentsOf: bytes[i..<(i + n)])
        i += n
        continue
      }
      if b != UInt8(ascii: "\\") {
        out.append(b)
        i += 1
        continue
      }
      let escape = i
      i += 1
      guard i < bytes.count else { break }
      let e = bytes[i]
      i += 1
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4(escape)
        if scalar >= 0xDC00 && scalar < 0xE000 {
          throw fail("\\u\(hex(scalar, 4)) is the second half of a surrogate pair without the first", at: escape)
        }
        if scalar >= 0xD800 && scalar < 0xDC00 {
          let low = i
          guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
            throw fail("\\u\(hex(scalar, 4)) is the first half of a surrogate pair without the second", at: escape)
          }
          i += 2
          let second = try hex4(low)
          guard second >= 0xDC00 && second < 0xE000 else {
            throw fail("\\u\(hex(scalar, 4)) is the first half of a surrogate pair without the second", at: escape)
          }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (second - 0xDC00)
        }
        // Not a surrogate any more, so always a scalar.
        if let scalar = Unicode.Scalar(scalar) { UTF8.encode(scalar) { out.append($0) } }
      default:
        i -= 1
        throw fail(
          "an unknown escape: a backslash followed by \(found()) (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and "
            + "\\uXXXX)", at: escape)
      }
    }
    throw fail("a string that is never closed", at: open)
  }

  private func controlCharacter(_ b: UInt8) -> JSONSyntaxError {
    switch b {
    case 0x0A, 0x0D: return fail("a line break inside a string (write it as \\n, or close the string first)")
    case 0x09: return fail("a tab inside a string (write it as \\t)")
    default:
      return fail("the control character U+\(hex(UInt32(b), 4)) inside a string (write it as \\u\(hex(UInt32(b), 4)))")
    }
  }

  /// The four hex digits of a `\u` escape that starts at `escape`.
  private mutating func hex4(_ escape: Int) throws(JSONSyntaxError) -> UInt32 {
    var v: UInt32 = 0
    for _ in 0..<4 {
      guard i < bytes.count else { throw fail("\\u needs four hex digits", at: escape) }
      let b = bytes[i]
      let d: UInt8
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
      default: throw fail("\\u needs four hex digits", at: escape)
      }
      v = v << 4 | UInt32(d)
      i += 1
    }
    return v
  }

  /// The length of the UTF-8 sequence at `at` (a byte from 0x80 up), or an error when it is not valid UTF-8.
  private func utf8Length(at: Int) throws(JSONSyntaxError) -> Int {
    guard let (_, n) = utf8Scalar(at: at) else {
      throw fail("a byte that is not UTF-8 (0x\(hex(UInt32(bytes[at]), 2))): the text must be UTF-8", at: at)
    }
    return n
  }

  /// The scalar a multi-byte UTF-8 sequence at `at` encodes, and its length; nil when it is not valid UTF-8
  /// (overlong forms, surrogates and values past U+10FFFF are not).
  private func utf8Scalar(at: Int) -> (Unicode.Scalar, Int)? {
    let b0 = bytes[at]
    func continuation(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> UInt32? {
      guard at + k < bytes.count, bytes[at + k] >= lo, bytes[at + k] <= hi else { return nil }
      return UInt32(bytes[at + k] & 0x3F)
    }
    var v: UInt32
    var n: Int
    switch b0 {
    case 0xC2...0xDF:
      guard let c1 = continuation(1) else { return nil }
      v = UInt32(b0 & 0x1F) << 6 | c1
      n = 2
    case 0xE0...0xEF:
      let lo: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
      let hi: UInt8 = b0 == 0xED ? 0x9F : 0xBF
      guard let c1 = continuation(1, lo, hi), let c2 = continuation(2) else { return nil }
      v = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
      n = 3
    case 0xF0...0xF4:
      let lo: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
      let hi: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
      guard let c1 = continuation(1, lo, hi), let c2 = continuation(2), let c3 = continuation(3) else { return nil }
      v = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
      n = 4
    default:
      return nil
    }
    guard let scalar = Unicode.Scalar(v) else { return nil }
    return (scalar, n)
  }
}
