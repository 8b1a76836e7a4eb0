// A small JSON value with a strict parser and a deterministic serialiser, for JSON-RPC messages at the edge.

import Foundation

/// A JSON value. Objects keep their keys sorted when written, so output is deterministic.
public enum JSON: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSON])
  case object([String: JSON])

  public subscript(key: String) -> JSON? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  public var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  public var int: Int? {
    if case .number(let d) = self, d.rounded() == d, abs(d) < 9e15 { return Int(d) }
    return nil
  }

  public var bool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  public var array: [JSON]? {
    if case .array(let a) = self { return a }
    return nil
  }

  public var object: [String: JSON]? {
    if case .object(let o) = self { return o }
    return nil
  }

  public static func int(_ i: Int) -> JSON { .number(Double(i)) }

  // MARK: Writing

  public func serialized() -> [UInt8] {
    var out: [UInt8] = []
    write(into: &out)
    return out
  }

  func write(into out: inout [UInt8]) {
    switch self {
    case .null: out.append(contentsOf: Array("null".utf8))
    case .bool(let b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
    case .number(let d):
      if d.rounded() == d && abs(d) < 9e15 {
        out.append(contentsOf: Array(String(Int(d)).utf8))
      } else if d.isFinite {
        out.append(contentsOf: Array("\(d)".utf8))
      } else {
        out.append(contentsOf: Array("null".utf8))
      }
    case .string(let s): JSON.writeString(s, into: &out)
    case .array(let a):
      out.append(UInt8(ascii: "["))
      for (i, v) in a.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        v.write(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let o):
      out.append(UInt8(ascii: "{"))
      for (i, k) in o.keys.sorted().enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        JSON.writeString(k, into: &out)
        out.append(UInt8(ascii: ":"))
        o[k]?.write(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(0x22)
    for b in s.utf8 {
      switch b {
      case 0x22: out.append(contentsOf: [0x5C, 0x22])
      case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
      default: out.append(b)
      }
    }
    out.append(0x22)
  }

  // MARK: Parsing

  /// Parses one JSON text; nil when it is not valid JSON.
  public static func parse(_ bytes: [UInt8]) -> JSON? {
    var p = JSONParser(bytes: bytes)
    guard let v = p.value(depth: 0) else { return nil }
    p.skipSpace()
    return p.i == bytes.count ? v : nil
  }
}

private struct JSONParser {
  let bytes: [UInt8]
  var i = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func skipSpace() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
  }

  mutating func value(depth: Int) -> JSON? {
    guard depth < 200 else { return nil }
    skipSpace()
    guard i < bytes.count else { return nil }
    switch bytes[i] {
    case UInt8(ascii: "{"):
      i += 1
      var o: [String: JSON] = [:]
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
        i += 1
        return .object(o)
      }
      while true {
        skipSpace()
        guard let k = string() else { return nil }
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        guard let v = value(depth: depth + 1) else { return nil }
        o[k] = v
        skipSpace()
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        if bytes[i] == UInt8(ascii: "}") {
          i += 1
          return .object(o)
        }
        return nil
      }
    case UInt8(ascii: "["):
      i += 1
      var a: [JSON] = []
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
        i += 1
        return .array(a)
      }
      while true {
        guard let v = value(depth: depth + 1) else { return nil }
        a.append(v)
        skipSpace()
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        if bytes[i] == UInt8(ascii: "]") {
          i += 1
          return .array(a)
        }
        return nil
      }
    case 0x22: return string().map(JSON.string)
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "n"): return literal("null", .null)
    default: return number()
    }
  }

  mutating func literal(_ word: String, _ v: JSON) -> JSON? {
    let w = Array(word.utf8)
    guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { return nil }
    i += w.count
    return v
  }

  mutating func number() -> JSON? {
    let start = i
    while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
    guard i > start, let d = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else { return nil }
    return .number(d)
  }

  mutating func hex4() -> UInt32? {
    guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
      return nil
    }
    i += 4
    return v
  }

  mutating func string() -> String? {
    guard i < bytes.count, bytes[i] == 0x22 else { return nil }
    i += 1
    var out: [UInt8] = []
    while i < bytes.count {
      let b = bytes[i]
      i += 1
      if b == 0x22 { return String(decoding: out, as: UTF8.self) }
      if b < 0x20 { return nil }
      if b != 0x5C {
        out.append(b)
        continue
      }
      guard i < bytes.count else { return nil }
      let e = bytes[i]
      i += 1
      switch e {
      case 0x22, 0x5C, 0x2F: out.append(e)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        guard var scalar = hex4() else { return nil }
        if scalar >= 0xD800 && scalar < 0xDC00 {
          // A surrogate pair.
          if i + 6 <= bytes.count, bytes[i] == 0x5C, bytes[i + 1] == UInt8(ascii: "u") {
            i += 2
            guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          } else {
            scalar = 0xFFFD
          }
        } else if scalar >= 0xDC00 && scalar < 0xE000 {
          scalar = 0xFFFD
        }
        out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
      default: return nil
      }
    }
    return nil
  }
}
