// Where a value sits in a JSON document, as keys and indexes (`items[3].checks[0]`), and where each value and key
// of a read document starts, so that a message about a value can name its line and column.

/// The way from a document's root to one of its values: keys of objects and indexes of arrays.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
  public enum Component: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  public private(set) var components: [Component]

  /// The root.
  public init(_ components: [Component] = []) { self.components = components }

  public var isRoot: Bool { components.isEmpty }

  /// The path of the member `key` of the value here.
  public func appending(key: String) -> JSONPath {
    var copy = self
    copy.components.append(.key(key))
    return copy
  }

  /// The path of the item `index` of the array here.
  public func appending(index: Int) -> JSONPath {
    var copy = self
    copy.components.append(.index(index))
    return copy
  }

  /// The path without its last component (the root stays the root).
  func dropLast() -> JSONPath { JSONPath(Array(components.dropLast())) }

  /// The first key, if the path starts with one: the top-level member the value belongs to.
  public var firstKey: String? {
    if case .key(let k)? = components.first { return k }
    return nil
  }

  /// `items[3].checks[0]`: keys joined by dots, indexes in brackets; the empty text for the root.
  public var description: String {
    var out = ""
    for c in components {
      switch c {
      case .key(let k): out += out.isEmpty ? k : ".\(k)"
      case .index(let i): out += "[\(i)]"
      }
    }
    return out
  }
}

/// Where the values and the keys of a read document start, as byte offsets (see `JSONReader.readLocated`).
public struct JSONLocations: Sendable {
  var values: [JSONPath: Int] = [:]
  var keys: [JSONPath: Int] = [:]

  /// The offset of the first byte of the value at `path`.
  public func value(_ path: JSONPath) -> Int? { values[path] }

  /// The offset of the opening quote of the key of the member at `path`.
  public func key(_ path: JSONPath) -> Int? { keys[path] }
}
