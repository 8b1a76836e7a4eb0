// A small deterministic JSON writer: keys in the order given, two-space indentation, one growing buffer.
// Foundation's JSONEncoder is not used: it cannot keep key order without sorting, and it builds more garbage.

/// A JSON value built by hand at the edges of the tool.
public indirect enum JSON: Sendable {
  case string(String)
  case int(Int)
  /// A decimal, written with the shortest round-tripping digits (`1.5`, `100.0`).
  case number(Double)
  case bool(Bool)
  case null
  case array([JSON])
  case object([(String, JSON)])

  public func render(indent: Int = 0) -> String {
    var out: [UInt8] = []
    write(into: &out, indent: indent)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the rendering to `out`.
  public func write(into out: inout String, indent: Int) {
    out += render(indent: indent)
  }

  /// Appends the rendering as UTF-8 bytes to `out`: one growing byte buffer, the fast path.
  public func write(into out: inout [UInt8], indent: Int) {
    switch self {
    case .string(let s): JSON.quote(s, into: &out)
    case .int(let v): out.append(contentsOf: String(v).utf8)
    case .number(let v):
      let text = v.isFinite ? (v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) + ".0" : String(v)) : "null"
      out.append(contentsOf: text.utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    case .array(let items):
      if items.isEmpty {
        out += [0x5B, 0x5D]
        return
      }
      out += [0x5B, 0x0A]
      for (i, item) in items.enumerated() {
        JSON.pad(indent + 1, into: &out)
        item.write(into: &out, indent: indent + 1)
        if i + 1 < items.count { out.append(0x2C) }
        out.append(0x0A)
      }
      JSON.pad(indent, into: &out)
      out.append(0x5D)
    case .object(let fields):
      if fields.isEmpty {
        out += [0x7B, 0x7D]
        return
      }
      out += [0x7B, 0x0A]
      for (i, field) in fields.enumerated() {
        JSON.pad(indent + 1, into: &out)
        JSON.quote(field.0, into: &out)
        out += [0x3A, 0x20]
        field.1.write(into: &out, indent: indent + 1)
        if i + 1 < fields.count { out.append(0x2C) }
        out.append(0x0A)
      }
      JSON.pad(indent, into: &out)
      out.append(0x7D)
    }
  }

  private static func pad(_ level: Int, into out: inout [UInt8]) {
    for _ in 0..<level { out += [0x20, 0x20] }
  }

  public static func quote(_ s: String) -> String {
    var out: [UInt8] = []
    quote(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  static func quote(_ s: String, into out: inout [UInt8]) {
    out.append(0x22)
    for b in s.utf8 {
      switch b {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, 0x6E]
      case 0x0D: out += [0x5C, 0x72]
      case 0x09: out += [0x5C, 0x74]
      case 0..<0x20:
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      default: out.append(b)
      }
    }
    out.append(0x22)
  }
}
