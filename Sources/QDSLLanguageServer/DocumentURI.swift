// `file:` URIs and paths: the workspace reads modules by path, the editor names documents by URI.

enum DocumentURI {
  /// The path of a `file:` URI, percent-decoded; nil for other schemes (`untitled:`) and malformed escapes.
  static func path(_ uri: String) -> String? {
    guard uri.hasPrefix("file://") else { return nil }
    var rest = Substring(uri.dropFirst("file://".count))
    // `file://host/path`: only the local host is served.
    if !rest.hasPrefix("/") {
      guard let slash = rest.firstIndex(of: "/"), rest[..<slash] == "localhost" else { return nil }
      rest = rest[slash...]
    }
    var bytes: [UInt8] = []
    var utf8 = Array(rest.utf8)[...]
    while let b = utf8.popFirst() {
      if b == UInt8(ascii: "%") {
        guard utf8.count >= 2, let hi = hex(utf8[utf8.startIndex]), let lo = hex(utf8[utf8.startIndex + 1]) else {
          return nil
        }
        bytes.append(hi << 4 | lo)
        utf8 = utf8.dropFirst(2)
      } else if b == UInt8(ascii: "?") || b == UInt8(ascii: "#") {
        break
      } else {
        bytes.append(b)
      }
    }
    guard let path = String(validating: bytes, as: UTF8.self) else { return nil }
    // `/c:/x` on Windows-style URIs stays as it is: the server runs where paths start with '/'.
    return path
  }

  /// The `file:` URI of an absolute path, with every byte outside the unreserved set and '/' percent-encoded.
  static func uri(_ path: String) -> String {
    var out = "file://"
    for b in path.utf8 {
      switch b {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(
          ascii: "0")...UInt8(
          ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(b))
      default:
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        out += "%"
        out.unicodeScalars.append(digits[Int(b >> 4)])
        out.unicodeScalars.append(digits[Int(b & 15)])
      }
    }
    return out
  }

  private static func hex(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
