// A small, strict XML reader for translated XLIFF files: elements with namespaces resolved, attributes, text,
// character and entity references, CDATA and comments; no DTD (refused, so no entity can expand), no recursion,
// every error located by line.

/// An element: its namespace and local name, attributes by qualified name, children and the line it starts on.
public final class XMLElement: @unchecked Sendable {
  public let namespace: String
  public let name: String
  public var attributes: [(name: String, value: String)]
  public var children: [XMLNode] = []
  public let line: Int

  init(namespace: String, name: String, attributes: [(name: String, value: String)], line: Int) {
    self.namespace = namespace
    self.name = name
    self.attributes = attributes
    self.line = line
  }

  public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

  /// The child elements of a namespace and name.
  public func elements(_ name: String, in namespace: String) -> [XMLElement] {
    children.compactMap {
      if case .element(let e) = $0, e.name == name, e.namespace == namespace { return e }
      return nil
    }
  }

  /// The text of the element and its descendants.
  public var allText: String {
    var out = ""
    var stack: [XMLNode] = children.reversed()
    while let n = stack.popLast() {
      switch n {
      case .text(let s): out += s
      case .element(let e): stack.append(contentsOf: e.children.reversed())
      }
    }
    return out
  }
}

public enum XMLNode: Sendable {
  case element(XMLElement)
  case text(String)
}

/// A problem in an XML file, at a line.
public struct XMLProblem: Error, Sendable, Equatable {
  public var line: Int
  public var message: String
}

public enum XMLReader {
  static let maxDepth = 200

  /// Reads a document; the root element, or the first problem. Text made only of whitespace is dropped, except
  /// inside the elements for which `keepsSpace` holds (mixed content, where every space is text).
  public static func read(_ bytes: [UInt8], keepsSpace: @escaping (String) -> Bool = { _ in true }) -> Result<
    XMLElement, XMLProblem
  > {
    var reader = Reading(bytes: bytes, keepsSpace: keepsSpace)
    return reader.document()
  }

  private struct Reading {
    let bytes: [UInt8]
    var i = 0
    var line = 1
    /// The open elements and their namespace scopes (prefix → URI).
    /// The open elements, their qualified names and namespace scopes (prefix → URI), in three parallel arrays.
    var stack: [XMLElement] = []
    var qualifiedNames: [String] = []
    var scopes: [[String: String]] = []
    var root: XMLElement?

    let keepsSpace: (String) -> Bool

    init(bytes: [UInt8], keepsSpace: @escaping (String) -> Bool) {
      self.bytes = bytes
      self.keepsSpace = keepsSpace
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    func fail(_ message: String) -> Result<XMLElement, XMLProblem> {
      .failure(XMLProblem(line: line, message: message))
    }

    mutating func advance(_ n: Int) {
      let end = min(bytes.count, i + n)
      var k = i
      while k < end {
        if bytes[k] == 0x0A { line += 1 }
        k += 1
      }
      i = end
    }

    func at(_ s: StaticString) -> Bool { matches(s, at: i) }

    func matches(_ s: StaticString, at k: Int) -> Bool {
      let n = s.utf8CodeUnitCount
      guard k + n <= bytes.count else { return false }
      return s.withUTF8Buffer { u in
        for j in 0..<n where bytes[k + j] != u[j] { return false }
        return true
      }
    }

    /// Moves past the next `s`; false when it never comes.
    mutating func skip(past s: StaticString) -> Bool {
      let n = s.utf8CodeUnitCount
      var k = i
      while k + n <= bytes.count {
        if matches(s, at: k) {
          advance(k + n - i)
          return true
        }
        k += 1
      }
      return false
    }

    mutating func document() -> Result<XMLElement, XMLProblem> {
      guard String(validating: bytes, as: UTF8.self) != nil else {
        return .failure(XMLProblem(line: 1, message: "the file is not UTF-8"))
      }
      var text: [UInt8] = []
      while i < bytes.count {
        let c = bytes[i]
        if c == UInt8(ascii: "<") {
          if at("<!--") {
            guard skip(past: "-->") else { return fail("a comment is not closed (-->)") }
          } else if at("<![CDATA[") {
            guard !stack.isEmpty else { return fail("CDATA outside the root element") }
            advance(9)
            let start = i
            guard skip(past: "]]>") else { return fail("a CDATA section is not closed (]]>)") }
            text += bytes[start..<i - 3]
          } else if at("<?") {
            guard skip(past: "?>") else { return fail("a processing instruction is not closed (?>)") }
          } else if at("<!") {
            return fail("a DOCTYPE or DTD is not accepted in a translation file")
          } else {
            flush(&text)
            if let problem = tag() { return .failure(problem) }
          }
        } else if c == UInt8(ascii: "&") {
          guard !stack.isEmpty else { return fail("text outside the root element") }
          switch reference() {
          case .success(let s): text += Array(s.utf8)
          case .failure(let p): return .failure(p)
          }
        } else {
          if stack.isEmpty {
            guard c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D else {
              return fail(root == nil ? "this is not XML: it must start with '<'" : "text after the root element")
            }
          } else if c == 0x0D {
            text.append(0x0A)
            if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
          } else {
            // A run of plain text at once, up to the next markup or carriage return.
            var end = i + 1
            while end < bytes.count, bytes[end] != 0x3C, bytes[end] != 0x26, bytes[end] != 0x0D { end += 1 }
            text.append(contentsOf: bytes[i..<end])
            advance(end - i)
            continue
          }
          advance(1)
        }
      }
      if let open = qualifiedNames.last { return fail("the element <\(open)> is not closed") }
      guard let root else { return fail("the file has no root element") }
      return .success(root)
    }

    mutating func flush(_ text: inout [UInt8]) {
      guard !text.isEmpty, let top = stack.last else {
        text.removeAll()
        return
      }
      // Whitespace between elements is layout, except inside an element whose text is content.
      if !keepsSpace(top.name), text.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
        text.removeAll(keepingCapacity: true)
        return
      }
      top.children.append(.text(String(decoding: text, as: UTF8.self)))
      text.removeAll(keepingCapacity: true)
    }

    mutating func reference() -> Result<String, XMLProblem> {
      let start = i
      var k = i + 1
      while k < bytes.count, bytes[k] != UInt8(ascii: ";"), k - i < 12 { k += 1 }
      guard k < bytes.count, bytes[k] == UInt8(ascii: ";") else {
        return .failure(XMLProblem(line: line, message: "a '&' that starts no entity (write &amp;)"))
      }
      let name = String(decoding: bytes[start + 1..<k], as: UTF8.self)
      advance(k + 1 - i)
      switch name {
      case "lt": return .success("<")
      case "gt": return .success(">")
      case "amp": return .success("&")
      case "quot": return .success("\"")
      case "apos": return .success("'")
      default:
        var value: UInt32?
        if name.hasPrefix("#x") {
          value = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
          value = UInt32(name.dropFirst(), radix: 10)
        }
        guard let value, let scalar = Unicode.Scalar(value), value != 0 else {
          return .failure(XMLProblem(line: line, message: "unknown entity '&\(name);'"))
        }
        return .success(String(Character(scalar)))
      }
    }

    mutating func name() -> String? {
      let start = i
      while i < bytes.count {
        let c = bytes[i]
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: ">") || c == UInt8(ascii: "/")
          || c == UInt8(ascii: "=") || c == UInt8(ascii: "<") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'")
        {
          break
        }
        i += 1
      }
      return i > start ? String(decoding: bytes[start..<i], as: UTF8.self) : nil
    }

    mutating func spaces() {
      while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D {
        advance(1)
      }
    }

    /// A start, end or empty-element tag.
    mutating func tag() -> XMLProblem? {
      let tagLine = line
      advance(1)
      if i < bytes.count, bytes[i] == UInt8(ascii: "/") {
        advance(1)
        guard let n = name() else { return XMLProblem(line: line, message: "an end tag without a name") }
        spaces()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else {
          return XMLProblem(line: line, message: "the end tag </\(n)> is not closed with '>'")
        }
        advance(1)
        guard let open = stack.popLast(), let openName = qualifiedNames.popLast() else {
          return XMLProblem(line: tagLine, message: "the end tag </\(n)> closes nothing")
        }
        scopes.removeLast()
        guard openName == n else {
          return XMLProblem(
            line: tagLine, message: "the end tag </\(n)> does not match <\(openName)> (line \(open.line))")
        }
        return nil
      }
      guard let qualified = name() else {
        return XMLProblem(line: line, message: "a '<' that starts no tag (write &lt;)")
      }
      var raw: [(String, String)] = []
      while true {
        spaces()
        guard i < bytes.count else { return XMLProblem(line: tagLine, message: "the tag <\(qualified)> is not closed") }
        if bytes[i] == UInt8(ascii: ">") || at("/>") { break }
        guard let attribute = name() else {
          return XMLProblem(line: line, message: "unexpected character in the tag <\(qualified)>")
        }
        spaces()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
          return XMLProblem(line: line, message: "the attribute '\(attribute)' has no value")
        }
        advance(1)
        spaces()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
          return XMLProblem(line: line, message: "the value of '\(attribute)' is not quoted")
        }
        let quote = bytes[i]
        advance(1)
        var value: [UInt8] = []
        while i < bytes.count, bytes[i] != quote {
          if bytes[i] == UInt8(ascii: "<") {
            return XMLProblem(line: line, message: "a '<' inside the value of '\(attribute)'")
          }
          if bytes[i] == UInt8(ascii: "&") {
            switch reference() {
            case .success(let s): value += Array(s.utf8)
            case .failure(let p): return p
            }
            continue
          }
          let c = bytes[i]
          value.append(c == 0x0A || c == 0x0D || c == 0x09 ? 0x20 : c)
          advance(1)
        }
        guard i < bytes.count else {
          return XMLProblem(line: tagLine, message: "the value of '\(attribute)' is not closed")
        }
        advance(1)
        if raw.contains(where: { $0.0 == attribute }) {
          return XMLProblem(line: line, message: "the attribute '\(attribute)' is given twice")
        }
        raw.append((attribute, String(decoding: value, as: UTF8.self)))
      }
      let isEmpty = at("/>")
      advance(isEmpty ? 2 : 1)
      var scope = scopes.last ?? ["xml": "http://www.w3.org/XML/1998/namespace"]
      for (n, v) in raw where n.utf8.first == UInt8(ascii: "x") {
        if n == "xmlns" { scope[""] = v } else if n.hasPrefix("xmlns:") { scope[String(n.dropFirst(6))] = v }
      }
      var prefix = ""
      var local = qualified
      if let colon = qualified.utf8.firstIndex(of: UInt8(ascii: ":")) {
        prefix = String(Substring(qualified.utf8[..<colon]))
        local = String(Substring(qualified.utf8[qualified.utf8.index(after: colon)...]))
      }
      guard let namespace = scope[prefix] ?? (prefix.isEmpty ? "" : nil) else {
        return XMLProblem(line: tagLine, message: "the prefix '\(prefix)' of <\(qualified)> is not declared")
      }
      let element = XMLElement(namespace: namespace, name: local, attributes: raw, line: tagLine)
      if let parent = stack.last {
        parent.children.append(.element(element))
      } else if root != nil {
        return XMLProblem(line: tagLine, message: "a second root element <\(qualified)>")
      } else {
        root = element
      }
      if !isEmpty {
        guard stack.count < XMLReader.maxDepth else {
          return XMLProblem(line: tagLine, message: "elements are nested more than \(XMLReader.maxDepth) deep")
        }
        stack.append(element)
        qualifiedNames.append(qualified)
        scopes.append(scope)
      }
      return nil
    }
  }
}
