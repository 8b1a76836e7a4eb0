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
    var out = ""
    write(into: &out, indent: indent)
    return out
  }

  /// Appends the rendering to `out`.
  public func write(into out: inout String, indent: Int) {
    switch self {
    case .string(let s): JSON.quote(s, into: &out)
    case .int(let v): out += String(v)
    case .number(let v):
      out += v.isFinite ? (v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) + ".0" : String(v)) : "null"
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        JSON.pad(indent + 1, into: &out)
        item.write(into: &out, indent: indent + 1)
        out += i + 1 < items.count ? ",\n" : "\n"
      }
      JSON.pad(indent, into: &out)
      out += "]"
    case .object(let fields):
      if fields.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      for (i, field) in fields.enumerated() {
        JSON.pad(indent + 1, into: &out)
        JSON.quote(field.0, into: &out)
        out += ": "
        field.1.write(into: &out, indent: indent + 1)
        out += i + 1 < fields.count ? ",\n" : "\n"
      }
      JSON.pad(indent, into: &out)
      out += "}"
    }
  }

  private static func pad(_ level: Int, into out: inout String) {
    for _ in 0..<level { out += "  " }
  }

  public static func quote(_ s: String) -> String {
    var out = ""
    quote(s, into: &out)
    return out
  }

  static func quote(_ s: String, into out: inout String) {
    out += "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out += "\""
  }
}
