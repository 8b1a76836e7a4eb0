// The one JSON writer: `JSONStream` writes JSON text in the pretty layout (keys in the order written, two-space
// indentation) straight into a byte buffer, and `JSON` values are written through it; the compact layout of
// JSON-RPC writes values alone. Both share the escaping of strings and the digits of numbers. Foundation's
// JSONEncoder is not used: it cannot keep key order without sorting, and it builds more garbage.

/// How JSON text is laid out.
public enum JSONLayout: Sendable {
  /// Two-space indentation, one item a line, `": "` after keys, `[]` and `{}` when empty.
  case pretty
  /// No white space at all, as JSON-RPC messages are sent.
  case compact
}

extension JSON {
  /// The JSON text in the pretty layout; `indent` indents every line after the first (by two spaces a level).
  public func render(indent: Int = 0) -> String {
    var stream = JSONStream(indent: indent)
    write(to: &stream)
    return stream.text
  }

  /// The JSON text as UTF-8 bytes, in `layout`.
  public func bytes(_ layout: JSONLayout = .compact) -> [UInt8] {
    switch layout {
    case .pretty:
      var stream = JSONStream()
      write(to: &stream)
      return stream.finish().bytes
    case .compact:
      var out = OutputBuffer()
      write(compactTo: &out)
      return out.bytes
    }
  }

  /// Appends the JSON text in the compact layout: no white space at all.
  public func write(compactTo out: inout OutputBuffer) {
    switch self {
    case .string(let s): out.appendJSONString(s)
    case .int(let v): out.append(v)
    case .number(let v): out.appendJSONNumber(v)
    case .bool(let b): out.append(b ? "true" : "false")
    case .null: out.append("null")
    case .array(let items):
      out.append("[")
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(",") }
        item.write(compactTo: &out)
      }
      out.append("]")
    case .object(let members):
      out.append("{")
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out.append(",") }
        out.appendJSONString(key)
        out.append(":")
        value.write(compactTo: &out)
      }
      out.append("}")
    }
  }

  /// Writes the value to a stream (the pretty layout).
  public func write(to stream: inout JSONStream) {
    switch self {
    case .string(let s): stream.string(s)
    case .int(let v): stream.int(v)
    case .number(let v): stream.number(v)
    case .bool(let b): stream.bool(b)
    case .null: stream.null()
    case .array(let items):
      stream.beginArray()
      for item in items {
        stream.element()
        item.write(to: &stream)
      }
      stream.endArray()
    case .object(let members):
      stream.beginObject()
      for (key, value) in members {
        stream.key(key)
        value.write(to: &stream)
      }
      stream.endObject()
    }
  }

  /// `s` as a JSON string: quoted, with `"`, `\` and control characters escaped.
  public static func quote(_ s: String) -> String {
    var out = OutputBuffer(capacity: s.utf8.count + 2)
    out.appendJSONString(s)
    return out.text
  }

  /// Bytes that a JSON string cannot hold as they are: controls, `"` and `\`.
  public static let special = ByteTable(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
}

/// Writes JSON text in the pretty layout, as `JSON.render` lays it out (two-space indentation, one item a line,
/// `[]` and `{}` when empty, keys in the order written), straight into a byte buffer, without building `JSON`
/// values first.
///
/// An object is `beginObject()`, then `key(_:)` and a value for each field, then `endObject()`; an array is
/// `beginArray()`, then `element()` and a value for each item, then `endArray()`.
public struct JSONStream: ~Copyable {
  private var out: OutputBuffer
  /// The indentation of the outermost value's closing bracket.
  private let baseIndent: Int
  /// For each open array or object, whether it has an item yet.
  private var hasItems: [Bool] = []

  public init(indent: Int = 0) {
    out = OutputBuffer()
    baseIndent = indent
  }

  public init(writingTo out: consuming OutputBuffer) {
    self.out = out
    baseIndent = 0
  }

  public var text: String { out.text }

  /// The buffer, with the JSON written.
  public consuming func finish() -> OutputBuffer { out }

  /// Appends a line break.
  public mutating func newline() { out.append("\n") }

  public mutating func beginObject() { begin("{") }

  public mutating func endObject() { end("}") }

  public mutating func beginArray() { begin("[") }

  public mutating func endArray() { end("]") }

  /// Starts a field of the innermost object; its value comes next.
  public mutating func key(_ name: String) {
    element()
    out.appendJSONString(name)
    out.append(": ")
  }

  /// Starts an item of the innermost array; its value comes next.
  public mutating func element() {
    if let last = hasItems.indices.last {
      out.append(hasItems[last] ? ",\n" : "\n")
      hasItems[last] = true
    }
    pad(baseIndent + hasItems.count)
  }

  public mutating func string(_ s: String) { out.appendJSONString(s) }

  public mutating func int(_ v: Int) { out.append(v) }

  /// A decimal: whole numbers with `.0`, others in Swift's shortest round-trip form; `null` when not finite.
  public mutating func number(_ v: Double) { out.appendJSONNumber(v) }

  public mutating func bool(_ b: Bool) { out.append(b ? "true" : "false") }

  public mutating func null() { out.append("null") }

  /// `"name": "value"`, and the like for the other kinds of value.
  public mutating func field(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  public mutating func field(_ name: String, _ value: Int) {
    key(name)
    int(value)
  }

  public mutating func field(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  /// `"name": null`.
  public mutating func nullField(_ name: String) {
    key(name)
    null()
  }

  private mutating func begin(_ bracket: StaticString) {
    out.append(bracket)
    hasItems.append(false)
  }

  private mutating func end(_ bracket: StaticString) {
    if hasItems.popLast() == true {
      out.append("\n")
      pad(baseIndent + hasItems.count)
    }
    out.append(bracket)
  }

  private mutating func pad(_ level: Int) {
    for _ in 0..<level { out.append("  ") }
  }
}

extension OutputBuffer {
  /// Appends a decimal: whole numbers with `.0` (`100.0`), others in Swift's shortest round-trip form (`0.1`,
  /// `1e+20`); `null` when not finite.
  public mutating func appendJSONNumber(_ v: Double) {
    guard v.isFinite else { return append("null") }
    if v == v.rounded() && abs(v) < 1e15 {
      append(Int(v))
      append(".0")
    } else {
      append(contentsOf: String(v))
    }
  }

  /// Appends a JSON string: quoted, with `"`, `\` and control characters escaped.
  public mutating func appendJSONString(_ s: String) {
    append("\"")
    append(s, special: JSON.special) { out, utf8, i in
      let b = utf8[i]
      switch b {
      case UInt8(ascii: "\""): out.append("\\\"")
      case UInt8(ascii: "\\"): out.append("\\\\")
      case UInt8(ascii: "\n"): out.append("\\n")
      case UInt8(ascii: "\r"): out.append("\\r")
      case UInt8(ascii: "\t"): out.append("\\t")
      default:
        let hex: StaticString = "0123456789abcdef"
        out.append("\\u00")
        out.append(byte: hex.utf8Start[Int(b >> 4)])
        out.append(byte: hex.utf8Start[Int(b & 0xF)])
      }
      return i + 1
    }
    append("\"")
  }
}
