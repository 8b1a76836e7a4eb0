// A small streaming XML reader for the parts of an .xlsx file: elements, attributes and text in one linear pass
// over the bytes, names compared as bytes, text decoded (entities, character references, line ends) only on demand.

/// One pass over an XML document. Namespace prefixes are dropped (`x:row` is `row`); the DOCTYPE, comments and
/// processing instructions are skipped; entities other than XML's five are an error (so nothing expands).
struct XMLScanner {
  enum Token {
    /// A start tag; its name and attributes are in `name` and `attributes` until the next call.
    case start(selfClosing: Bool)
    case end
    /// Character data, still encoded (entities and character references in it).
    case text(Range<Int>)
    /// A CDATA section's content, taken literally.
    case cdata(Range<Int>)
    case endOfDocument
  }

  struct Attribute {
    /// The local name (after any prefix).
    var name: Range<Int>
    var hasPrefix: Bool
    var value: Range<Int>
  }

  let bytes: [UInt8]
  private var at = 0
  /// How many elements are open.
  private var depth = 0
  /// The local name of the last start or end tag.
  private(set) var name: Range<Int> = 0..<0
  private(set) var attributes: [Attribute] = []
  let part: String

  /// The scanner over a part's bytes (UTF-8, or UTF-16 with its byte order mark, converted to UTF-8).
  init(_ data: [UInt8], part: String) {
    self.part = part
    if data.count >= 2, (data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF) {
      let little = data[0] == 0xFF
      var units: [UInt16] = []
      units.reserveCapacity(data.count / 2)
      var i = 2
      while i + 1 < data.count {
        units.append(little ? UInt16(data[i]) | UInt16(data[i + 1]) << 8 : UInt16(data[i]) << 8 | UInt16(data[i + 1]))
        i += 2
      }
      // The declaration still says UTF-16, but only the content is read, so that is harmless.
      self.bytes = Array(String(decoding: units, as: UTF16.self).utf8)
    } else if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF {
      self.bytes = Array(data[3...])
    } else {
      self.bytes = data
    }
  }

  func error(_ why: String) -> WorkbookError {
    WorkbookError("the part \(part) is not well-formed XML: \(why)", help: ZipArchive.help)
  }

  /// Whether the current tag's local name is `literal` (ASCII).
  func isNamed(_ literal: StaticString) -> Bool { equal(name, literal) }

  func equal(_ range: Range<Int>, _ literal: StaticString) -> Bool {
    guard range.count == literal.utf8CodeUnitCount else { return false }
    let pointer = literal.utf8Start
    var i = 0
    for index in range {
      if bytes[index] != pointer[i] { return false }
      i += 1
    }
    return true
  }

  /// The raw value of the current tag's attribute with this local name (a prefixed one only when `prefixed`).
  func attribute(_ literal: StaticString, prefixed: Bool = false) -> Range<Int>? {
    for attribute in attributes where attribute.hasPrefix == prefixed && equal(attribute.name, literal) {
      return attribute.value
    }
    return nil
  }

  /// The decoded value of the current tag's attribute.
  func attributeText(_ literal: StaticString, prefixed: Bool = false) throws(WorkbookError) -> String? {
    guard let range = attribute(literal, prefixed: prefixed) else { return nil }
    return try decode(range, attribute: true)
  }

  mutating func next() throws(WorkbookError) -> Token {
    while true {
      guard at < bytes.count else {
        guard depth == 0 else { throw error("it ends before its elements close") }
        return .endOfDocument
      }
      if bytes[at] != 0x3C {  // '<'
        let start = at
        while at < bytes.count && bytes[at] != 0x3C { at += 1 }
        return .text(start..<at)
      }
      guard at + 1 < bytes.count else { throw error("it ends inside a tag") }
      switch bytes[at + 1] {
      case 0x2F:  // '/'
        at += 2
        name = try readName()
        skipSpace()
        guard at < bytes.count, bytes[at] == 0x3E else { throw error("an end tag is not closed") }
        guard depth > 0 else { throw error("an end tag closes no element") }
        at += 1
        depth -= 1
        return .end
      case 0x3F:  // '?'
        try skip(past: [0x3F, 0x3E])
      case 0x21:  // '!'
        if starts(with: "<!--") {
          try skip(past: [0x2D, 0x2D, 0x3E])
        } else if starts(with: "<![CDATA[") {
          let start = at + 9
          at = start
          try skip(past: [0x5D, 0x5D, 0x3E])
          return .cdata(start..<(at - 3))
        } else {
          try skipDeclaration()
        }
      default:
        at += 1
        name = try readName()
        attributes.removeAll(keepingCapacity: true)
        while true {
          skipSpace()
          guard at < bytes.count else { throw error("it ends inside a tag") }
          if bytes[at] == 0x3E {
            at += 1
            depth += 1
            return .start(selfClosing: false)
          }
          if bytes[at] == 0x2F {
            guard at + 1 < bytes.count, bytes[at + 1] == 0x3E else { throw error("a stray '/' in a tag") }
            at += 2
            return .start(selfClosing: true)
          }
          let nameStart = at
          let attributeName = try readName()
          skipSpace()
          guard at < bytes.count, bytes[at] == 0x3D else { throw error("an attribute has no '='") }
          at += 1
          skipSpace()
          guard at < bytes.count, bytes[at] == 0x22 || bytes[at] == 0x27 else {
            throw error("an attribute value is not quoted")
          }
          let quote = bytes[at]
          at += 1
          let valueStart = at
          while at < bytes.count && bytes[at] != quote { at += 1 }
          guard at < bytes.count else { throw error("an attribute value is not closed") }
          attributes.append(
            Attribute(name: attributeName, hasPrefix: attributeName.lowerBound > nameStart, value: valueStart..<at))
          at += 1
        }
      }
    }
  }

  /// Skips the rest of the current element (after a non-self-closing start tag), its content included.
  mutating func skipElement() throws(WorkbookError) {
    var depth = 1
    while depth > 0 {
      switch try next() {
      case .start(let selfClosing): if !selfClosing { depth += 1 }
      case .end: depth -= 1
      case .endOfDocument: throw error("it ends inside an element")
      case .text, .cdata: break
      }
    }
  }

  private func starts(with literal: StaticString) -> Bool {
    let n = literal.utf8CodeUnitCount
    guard at + n <= bytes.count else { return false }
    return equal(at..<(at + n), literal)
  }

  private mutating func skipSpace() {
    while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 {
      at += 1
    }
  }

  /// Reads a name and returns its local part (after the last ':').
  private mutating func readName() throws(WorkbookError) -> Range<Int> {
    var local = at
    let start = at
    while at < bytes.count {
      let b = bytes[at]
      if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x3E || b == 0x2F || b == 0x3D || b == 0x3C {
        break
      }
      if b == 0x3A { local = at + 1 }
      at += 1
    }
    guard at > start, local < at else { throw error("a tag or attribute has no name") }
    return local..<at
  }

  private mutating func skip(past terminator: [UInt8]) throws(WorkbookError) {
    while at + terminator.count <= bytes.count {
      if bytes[at] == terminator[0] && bytes[at..<(at + terminator.count)].elementsEqual(terminator) {
        at += terminator.count
        return
      }
      at += 1
    }
    throw error("a comment, CDATA section or processing instruction is not closed")
  }

  /// Skips `<!DOCTYPE …>` and its internal subset in brackets.
  private mutating func skipDeclaration() throws(WorkbookError) {
    var brackets = 0
    var quote: UInt8 = 0
    while at < bytes.count {
      let b = bytes[at]
      at += 1
      if quote != 0 {
        if b == quote { quote = 0 }
      } else if b == 0x22 || b == 0x27 {
        quote = b
      } else if b == 0x5B {
        brackets += 1
      } else if b == 0x5D {
        brackets -= 1
      } else if b == 0x3E && brackets <= 0 {
        return
      }
    }
    throw error("a declaration is not closed")
  }

  /// The text of encoded character data: entities and character references replaced, line ends normalised to
  /// `\n` (XML's rule), and in attribute values tabs and line ends made spaces.
  func decode(_ range: Range<Int>, attribute: Bool = false) throws(WorkbookError) -> String {
    var plain = true
    for i in range where bytes[i] == 0x26 || bytes[i] == 0x0D || (attribute && (bytes[i] == 0x0A || bytes[i] == 0x09)) {
      plain = false
      break
    }
    if plain { return String(decoding: bytes[range], as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(range.count)
    var i = range.lowerBound
    while i < range.upperBound {
      let b = bytes[i]
      if b == 0x0D {
        out.append(attribute ? 0x20 : 0x0A)
        i += 1
        if i < range.upperBound && bytes[i] == 0x0A { i += 1 }
        continue
      }
      if attribute && (b == 0x0A || b == 0x09) {
        out.append(0x20)
        i += 1
        continue
      }
      guard b == 0x26 else {
        out.append(b)
        i += 1
        continue
      }
      var end = i + 1
      while end < range.upperBound && bytes[end] != 0x3B && end - i < 12 { end += 1 }
      guard end < range.upperBound, bytes[end] == 0x3B else { throw error("an '&' that starts no entity") }
      let entity = (i + 1)..<end
      if equal(entity, "lt") {
        out.append(0x3C)
      } else if equal(entity, "gt") {
        out.append(0x3E)
      } else if equal(entity, "amp") {
        out.append(0x26)
      } else if equal(entity, "quot") {
        out.append(0x22)
      } else if equal(entity, "apos") {
        out.append(0x27)
      } else if bytes[i + 1] == 0x23 {  // '#'
        var value: UInt64 = 0
        var j = i + 2
        let hex = j < end && (bytes[j] == 0x78 || bytes[j] == 0x58)
        if hex { j += 1 }
        guard j < end else { throw error("an empty character reference") }
        while j < end {
          let d = bytes[j]
          let digit: UInt64
          switch d {
          case 0x30...0x39: digit = UInt64(d - 0x30)
          case 0x61...0x66 where hex: digit = UInt64(d - 0x61 + 10)
          case 0x41...0x46 where hex: digit = UInt64(d - 0x41 + 10)
          default: throw error("a malformed character reference")
          }
          value = value * (hex ? 16 : 10) + digit
          j += 1
        }
        guard value != 0, value <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(value)) else {
          throw error("a character reference to no character")
        }
        out.append(contentsOf: String(Character(scalar)).utf8)
      } else {
        throw error("an unknown entity '&\(String(decoding: bytes[entity], as: UTF8.self));'")
      }
      i = end + 1
    }
    return String(decoding: out, as: UTF8.self)
  }
}
