// A JSON object that keeps its keys in order, with lookup by key: a scan for small objects, a hash index for
// large ones, so that walking a large object key by key stays linear.

/// The members of a JSON object in the order written or read; each key once. Write one as a dictionary literal,
/// `["kind": .string("note"), "id": .string("intro")]`, and the keys keep that order.
public struct JSONObject: Hashable, Sendable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
  public typealias Element = (key: String, value: JSON)

  /// Objects with more members than this get a hash index of their keys.
  static let indexedFrom = 12

  public private(set) var members: [Element]
  /// The position of each key, for objects of `indexedFrom` members or more.
  private var index: [String: Int]?

  public init() {
    members = []
    index = nil
  }

  /// The members in order; a key that comes again replaces the earlier value in the earlier place.
  public init<S: Sequence>(_ members: S) where S.Element == (String, JSON) {
    self.init()
    for (key, value) in members { self[key] = value }
  }

  public init(dictionaryLiteral elements: (String, JSON)...) {
    self.init(elements)
  }

  /// Members known to have distinct keys (the reader checks), with the index when the reader built one.
  init(distinct members: [Element], index: [String: Int]?) {
    self.members = members
    self.index = members.count >= Self.indexedFrom ? (index ?? Self.makeIndex(members)) : nil
  }

  private static func makeIndex(_ members: [Element]) -> [String: Int] {
    var index: [String: Int] = [:]
    index.reserveCapacity(members.count)
    for (i, m) in members.enumerated() { index[m.key] = i }
    return index
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { members.count }
  public subscript(position: Int) -> Element { members[position] }

  public var keys: [String] { members.map(\.key) }

  /// The position of `key`, nil when absent.
  public func position(of key: String) -> Int? {
    if let index { return index[key] }
    return members.firstIndex { $0.key == key }
  }

  /// The value of `key`; setting appends a new key at the end, replaces the value of a known one in its place,
  /// and `nil` removes it.
  public subscript(key: String) -> JSON? {
    get { position(of: key).map { members[$0].value } }
    set {
      switch (position(of: key), newValue) {
      case (let i?, let value?):
        members[i].value = value
      case (nil, let value?):
        members.append((key, value))
        if index != nil {
          index?[key] = members.count - 1
        } else if members.count >= Self.indexedFrom {
          index = Self.makeIndex(members)
        }
      case (let i?, nil):
        members.remove(at: i)
        index = members.count >= Self.indexedFrom ? Self.makeIndex(members) : nil
      case (nil, nil):
        break
      }
    }
  }

  /// Appends the members of `other` (a key already here gets the new value in its old place).
  public mutating func append(contentsOf other: JSONObject) {
    for (key, value) in other { self[key] = value }
  }

  public static func + (a: JSONObject, b: JSONObject) -> JSONObject {
    var sum = a
    sum.append(contentsOf: b)
    return sum
  }

  public static func += (a: inout JSONObject, b: JSONObject) { a.append(contentsOf: b) }

  /// Equal when the same keys hold equal values in the same order.
  public static func == (a: JSONObject, b: JSONObject) -> Bool {
    a.members.count == b.members.count
      && zip(a.members, b.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(members.count)
    for m in members {
      hasher.combine(m.key)
      hasher.combine(m.value)
    }
  }
}
