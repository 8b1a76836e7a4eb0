// A map from names and instance paths (`age`, `person[2].age`) to values with a cheap hash (the UTF-8 bytes
// multiplied and folded eight at a time, spread by a Fibonacci multiply), for the evaluator's answers and
// values: a record of `qdsl validate-data` looks a hundred names up, and Swift's seeded SipHash was a fifth of
// its time. The keys are the form's names and the paths the interview makes from them, not free text.

/// Names to values, in the order first set; `map[name] = nil` removes a value.
public struct FormNameMap<Value: Sendable>: Sendable {
  // Inlinable, with its storage: a map of another module's values is specialized there, not read through
  // generic value witnesses.
  @usableFromInline var names: [String] = []
  /// The value of each name in `names`; nil once removed (the name keeps its place).
  @usableFromInline var entries: [Value?] = []
  /// Open addressing: each slot holds a position in `names` plus one, 0 when empty.
  @usableFromInline var slots: [Int32]
  @usableFromInline var shift: Int
  @usableFromInline var live = 0
  /// How many names have a value.
  public var count: Int { live }

  @inlinable
  public init(minimumCapacity: Int = 0) {
    var bits = 3
    while (1 << bits) < minimumCapacity * 2 { bits += 1 }
    slots = Array(repeating: 0, count: 1 << bits)
    shift = 64 - bits
    names.reserveCapacity(minimumCapacity)
    entries.reserveCapacity(minimumCapacity)
  }

  public init(_ dictionary: [String: Value]) {
    self.init(minimumCapacity: dictionary.count)
    for (name, value) in dictionary { self[name] = value }
  }

  /// The first value of each name kept.
  init(_ pairs: some Sequence<(String, Value)>) {
    self.init()
    for (name, value) in pairs where self[name] == nil { self[name] = value }
  }

  public var isEmpty: Bool { count == 0 }

  @inlinable
  public subscript(name: String) -> Value? {
    get { self[name, hash: FormNameHash.of(name)] }
    set { self[name, hash: FormNameHash.of(name)] = newValue }
  }

  /// The value of `name` whose hash `FormNameHash.of(name)` the caller keeps (a name looked up once per
  /// respondent or row, its hash made once).
  @inlinable
  public subscript(name: String, hash h: UInt64) -> Value? {
    get {
      guard let p = position(of: name, h).found else { return nil }
      return entries[p]
    }
    set {
      let (found, slot) = position(of: name, h)
      if let found {
        if entries[found] == nil, newValue != nil { live += 1 }
        if entries[found] != nil, newValue == nil { live -= 1 }
        entries[found] = newValue
        return
      }
      guard let newValue else { return }
      names.append(name)
      entries.append(newValue)
      live += 1
      slots[slot] = Int32(names.count)
      if names.count * 2 > slots.count { grow() }
    }
  }

  /// The names with a value, in the order first set.
  public var keys: [String] { names.indices.compactMap { entries[$0] == nil ? nil : names[$0] } }

  /// The names and values, in the order first set.
  public var pairs: [(name: String, value: Value)] {
    names.indices.compactMap { i in entries[i].map { (names[i], $0) } }
  }

  /// As a dictionary.
  public var dictionary: [String: Value] {
    var out: [String: Value] = [:]
    out.reserveCapacity(count)
    for i in names.indices { if let v = entries[i] { out[names[i]] = v } }
    return out
  }

  /// The position of `name` in `names`, or the empty slot where it would go.
  @inlinable
  func position(of name: String, _ h: UInt64) -> (found: Int?, slot: Int) {
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    while true {
      let s = Int(slots[i])
      if s == 0 { return (nil, i) }
      if names[s - 1] == name { return (s - 1, i) }
      i = (i + 1) & mask
    }
  }

  @usableFromInline
  mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: 0, count: size)
    shift -= 1
    let mask = size - 1
    for (p, name) in names.enumerated() {
      var i = Int(truncatingIfNeeded: (FormNameHash.of(name) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
      while slots[i] != 0 { i = (i + 1) & mask }
      slots[i] = Int32(p + 1)
    }
  }
}

extension FormNameMap: Equatable where Value: Equatable {
  /// The same names with the same values, whatever the order.
  public static func == (a: Self, b: Self) -> Bool {
    guard a.count == b.count else { return false }
    for i in a.names.indices {
      guard let v = a.entries[i] else { continue }
      if b[a.names[i]] != v { return false }
    }
    return true
  }
}

extension FormNameMap: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, Value)...) {
    self.init(minimumCapacity: elements.count)
    for (name, value) in elements { self[name] = value }
  }
}

/// The hash of a name in a `FormNameMap`.
public enum FormNameHash {
  /// A multiply-and-fold hash of the UTF-8 bytes, eight at a time.
  @inlinable
  public static func of(_ name: String) -> UInt64 {
    // A native or small string's bytes are read in place; a bridged one's through a copy.
    if let h = name.utf8.withContiguousStorageIfAvailable({ of(UnsafeRawBufferPointer($0)) }) { return h }
    return Array(name.utf8).withUnsafeBytes { of($0) }
  }

  @inlinable
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    var i = 0
    while i + 8 <= bytes.count {
      h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 32
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < bytes.count {
      tail |= UInt64(bytes[i]) << shift
      shift += 8
      i += 1
    }
    h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return h ^ (h >> 29)
  }
}
