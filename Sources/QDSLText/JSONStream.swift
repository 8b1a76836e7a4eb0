// The one JSON writer: `JSONStream` writes JSON text straight into a byte buffer, in the pretty layout (keys in
// the order written, two-space indentation) or the compact one of JSON-RPC; `JSON` values are written through it.
// Foundation's JSONEncoder is not used: it cannot keep key order without sorting, and it builds more garbage.

/// How `JSONStream` lays JSON out.
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
    var stream = JSONStream(layout: layout)
    write(to: &stream)
    return stream.finish().bytes
  }

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

/// Writes JSON text straight into a byte buffer, without building `JSON` values first: in the pretty layout
/// (two-space indentation, one item a line, `[]` and `{}` when empty, keys in the order written) or compact.
///
/// An object is `beginObject()`, then `key(_:)` and a value for each field, then `endObject()`; an array is
/// `beginArray()`, then `element()` and a value for each item, then `endArray()`.
public struct JSONStream: ~Copyable {
  private var out: OutputBuffer
  /// The indentation of the outermost value's closing bracket.
  private let baseIndent: Int
  /// For each open array or object, whether it has an item yet.
  private var hasItems: [Bool] = []
  /// The compact layout: no line breaks, no indentation, no space after a key's colon.
  private let isCompact: Bool

  /// A stream in `layout`; in the pretty layout `indent` indents every line after the first by as many levels.
  public init(layout: JSONLayout = .pretty, indent: Int = 0) {
    out = OutputBuffer()
    baseIndent = indent
    isCompact = layout == .compact
  }

  public init(writingTo out: consuming OutputBuffer) {
    self.out = out
    baseIndent = 0
    isCompact = false
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
    if isCompact { out.append(":") } else { out.append(": ") }
  }

  /// Starts an item of the innermost array; its value comes next.
  public mutating func element() {
    if isCompact {
      if hasItems.last == true { out.append(",") }
      if !hasItems.isEmpty { hasItems[hasItems.count - 1] = true }
      return
    }
    if let last = hasItems.indices.last {
      out.append(hasItems[last] ? ",\n" : "\n")
      hasItems[last] = true
    }
    pad(baseIndent + hasItems.count)
  }

  public mutating func string(_ s: String) { out.appendJSONString(s) }

  public mutating func int(_ v: Int) { out.append(v) }

  /// A decimal: whole numbers with `.0`, others in Swift's shortest round-trip form; `null` when not finite.
  public mutating func number(_ v: Double) {
    guard v.isFinite else { return null() }
    if v == v.rounded() && abs(v) < 1e15 {
      out.append(Int(v))
      out.append(".0")
    } else {
      out.append(contentsOf: String(v))
    }
  }

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
    if hasItems.popLast() == true && !isCompact {
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
