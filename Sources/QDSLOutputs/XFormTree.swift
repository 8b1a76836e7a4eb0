// The XForm that XFormWriter writes, read back as a tree of elements, attributes and texts, so that the XLSForm
// export restates exactly the XForm's instance, binds, body and texts (one lowering, two spellings).

/// One node of the XForm: an element with its attributes in document order and its children, or a text.
struct XFormNode {
  enum Content {
    case element(name: String, attributes: [(String, String)], children: [XFormNode])
    case text(String)
  }

  var content: Content

  var name: String {
    if case .element(let name, _, _) = content { return name }
    return ""
  }

  var children: [XFormNode] {
    if case .element(_, _, let children) = content { return children }
    return []
  }

  var elements: [XFormNode] { children.filter { if case .element = $0.content { true } else { false } } }

  func attribute(_ key: String) -> String? {
    if case .element(_, let attributes, _) = content { return attributes.first { $0.0 == key }?.1 }
    return nil
  }

  func child(_ name: String) -> XFormNode? { elements.first { $0.name == name } }

  /// The text inside, children's included.
  var text: String {
    switch content {
    case .text(let t): return t
    case .element(_, _, let children): return children.map(\.text).joined()
    }
  }

  /// Reads an XForm as XFormWriter writes it (well-formed, no DTD, no CDATA, no comments); nil for anything else.
  static func parse(_ bytes: [UInt8]) -> XFormNode? {
    var reader = XFormReader(bytes: bytes)
    return reader.document()
  }
}

/// A small recursive-descent reader of the XForm's XML, over bytes; the nesting is XFormWriter's own (a few levels
/// per repeat or section), bounded by the instrument's nesting limit.
private struct XFormReader {
  let bytes: [UInt8]
  var at = 0

  mutating func document() -> XFormNode? {
    skipSpace()
    if starts("<?") {
      guard let end = find("?>") else { return nil }
      at = end + 2
    }
    skipSpace()
    return element()
  }

  private func starts(_ s: String) -> Bool {
    let u = Array(s.utf8)
    return at + u.count <= bytes.count && Array(bytes[at..<(at + u.count)]) == u
  }

  private func find(_ s: String) -> Int? {
    let u = Array(s.utf8)
    var i = at
    while i + u.count <= bytes.count {
      var k = 0
      while k < u.count, bytes[i + k] == u[k] { k += 1 }
      if k == u.count { return i }
      i += 1
    }
    return nil
  }

  private mutating func skipSpace() {
    while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x09 || bytes[at] == 0x0D {
      at += 1
    }
  }

  private mutating func name() -> String {
    let start = at
    while at < bytes.count {
      let b = bytes[at]
      if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x2F || b == 0x3E || b == 0x3D { break }
      at += 1
    }
    return String(decoding: bytes[start..<at], as: UTF8.self)
  }

  private mutating func element() -> XFormNode? {
    guard at < bytes.count, bytes[at] == 0x3C else { return nil }
    at += 1
    let tag = name()
    var attributes: [(String, String)] = []
    while true {
      skipSpace()
      guard at < bytes.count else { return nil }
      if bytes[at] == 0x2F {
        guard at + 1 < bytes.count, bytes[at + 1] == 0x3E else { return nil }
        at += 2
        return XFormNode(content: .element(name: tag, attributes: attributes, children: []))
      }
      if bytes[at] == 0x3E {
        at += 1
        break
      }
      let key = name()
      skipSpace()
      guard at + 1 < bytes.count, bytes[at] == 0x3D else { return nil }
      at += 1
      skipSpace()
      guard at < bytes.count, bytes[at] == 0x22 else { return nil }
      at += 1
      let start = at
      while at < bytes.count, bytes[at] != 0x22 { at += 1 }
      guard at < bytes.count else { return nil }
      attributes.append((key, Self.decode(bytes[start..<at])))
      at += 1
    }
    var children: [XFormNode] = []
    while at < bytes.count {
      if bytes[at] == 0x3C {
        if at + 1 < bytes.count, bytes[at + 1] == 0x2F {
          guard let end = find(">") else { return nil }
          at = end + 1
          return XFormNode(content: .element(name: tag, attributes: attributes, children: children))
        }
        guard let child = element() else { return nil }
        children.append(child)
      } else {
        let start = at
        while at < bytes.count, bytes[at] != 0x3C { at += 1 }
        children.append(XFormNode(content: .text(Self.decode(bytes[start..<at]))))
      }
    }
    return nil
  }

  /// Text with XML's five entities and character references replaced.
  static func decode(_ slice: ArraySlice<UInt8>) -> String {
    guard slice.contains(0x26) else { return String(decoding: slice, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(slice.count)
    var i = slice.startIndex
    while i < slice.endIndex {
      guard slice[i] == 0x26, let semicolon = slice[i...].firstIndex(of: 0x3B) else {
        out.append(slice[i])
        i += 1
        continue
      }
      let entity = String(decoding: slice[(i + 1)..<semicolon], as: UTF8.self)
      var scalar: Unicode.Scalar?
      switch entity {
      case "lt": scalar = "<"
      case "gt": scalar = ">"
      case "amp": scalar = "&"
      case "quot": scalar = "\""
      case "apos": scalar = "'"
      default:
        if entity.hasPrefix("#x") {
          scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if entity.hasPrefix("#") {
          scalar = UInt32(entity.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        }
      }
      if let scalar {
        out.append(contentsOf: String(Character(scalar)).utf8)
        i = semicolon + 1
      } else {
        out.append(slice[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
