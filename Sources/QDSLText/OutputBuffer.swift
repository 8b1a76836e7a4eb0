// The byte buffer every writer builds its text in: literals, numbers and escaped user text appended to one
// block of memory, which becomes the bytes of a file.

/// The text of one output as UTF-8 bytes. Writers append literals, numbers and escaped user text to one buffer:
/// far cheaper than building the text from many small strings.
///
/// `OutputBuffer.bytes(capacity:_:)` lets a writer fill the memory of the resulting array itself, so that the text
/// is neither copied nor its memory touched twice. Noncopyable, so that it can own its memory outright: appending a
/// few bytes is a bounds check and a copy, with neither the generic path of `Array.append(contentsOf:)` nor a
/// copy-on-write check.
public struct OutputBuffer: ~Copyable {
  @usableFromInline var base: UnsafeMutablePointer<UInt8>
  @usableFromInline var _count = 0
  public var count: Int { _count }
  @usableFromInline var capacity: Int
  /// False while filling a string's memory, which cannot grow.
  @usableFromInline let isGrowable: Bool
  /// Whether an append did not fit into memory that cannot grow (the bytes are then incomplete).
  public private(set) var overflowed = false

  /// An empty buffer that grows as needed.
  public init(capacity: Int = 0) {
    self.capacity = max(capacity, 64)
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    isGrowable = true
  }

  /// An empty buffer in memory owned by someone else, which it never grows beyond.
  private init(filling memory: UnsafeMutablePointer<UInt8>, capacity: Int) {
    base = memory
    self.capacity = capacity
    isGrowable = false
  }

  deinit { if isGrowable { base.deallocate() } }

  /// The bytes that `write` appends, written straight into the memory of the resulting array when they fit into
  /// `capacity` bytes; otherwise written again into a buffer that grows. Give a generous capacity: memory never
  /// written costs nothing. (A `String` made this way would validate every byte as UTF-8 once more, which cost a
  /// quarter of `qdsl compile`; the writers append only whole UTF-8 sequences, so bytes are what files get.)
  public static func bytes(capacity: Int, _ write: (inout OutputBuffer) -> Void) -> [UInt8] {
    if capacity > 0 {
      var fits = true
      let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { memory, initialized in
        guard let base = memory.baseAddress else {
          fits = false
          initialized = 0
          return
        }
        var out = OutputBuffer(filling: base, capacity: memory.count)
        write(&out)
        fits = !out.overflowed
        initialized = fits ? out._count : 0
      }
      if fits { return bytes }
    }
    var out = OutputBuffer(capacity: capacity * 2)
    write(&out)
    return Array(UnsafeBufferPointer(start: out.base, count: out.count))
  }

  public var isEmpty: Bool { count == 0 }

  /// The bytes as a string.
  public var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

  /// A copy of the bytes.
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Empties the buffer and keeps its memory, for reuse.
  public mutating func removeAll() { _count = 0 }

  /// Makes room for `more` bytes; false when they do not fit into memory that cannot grow.
  @inlinable @inline(__always)
  mutating func reserve(_ more: Int) -> Bool {
    count + more <= capacity || grow(count + more)
  }

  /// Moves the bytes to memory for at least `needed` bytes, doubling the capacity as it grows.
  @usableFromInline @inline(never)
  mutating func grow(_ needed: Int) -> Bool {
    guard isGrowable else {
      overflowed = true
      return false
    }
    let newCapacity = max(needed, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
    return true
  }

  /// Appends bytes as they are.
  @inlinable
  public mutating func append(bytes more: UnsafeBufferPointer<UInt8>) {
    guard let source = more.baseAddress, reserve(more.count) else { return }
    (base + count).initialize(from: source, count: more.count)
    _count += more.count
  }

  @inlinable
  public mutating func append(byte: UInt8) {
    guard reserve(1) else { return }
    (base + count).initialize(to: byte)
    _count += 1
  }

  /// Appends a literal: the writers' own markup, at the cost of a copy.
  @inlinable
  public mutating func append(_ literal: StaticString) {
    guard literal.hasPointerRepresentation else { return append(contentsOf: literal.description) }
    append(bytes: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  /// Appends a text as it is.
  @inlinable
  public mutating func append(contentsOf text: String) {
    // Native strings (and small ones) have their UTF-8 at hand; others are made contiguous first.
    if text.utf8.withContiguousStorageIfAvailable({ append(bytes: $0) }) == nil {
      var text = text
      text.withUTF8 { append(bytes: $0) }
    }
  }

  public mutating func append(contentsOf other: borrowing OutputBuffer) {
    append(contentsOf: other, range: 0..<other.count)
  }

  /// Appends some of another buffer's bytes.
  public mutating func append(contentsOf other: borrowing OutputBuffer, range: Range<Int>) {
    precondition(range.lowerBound >= 0 && range.upperBound <= other.count, "range out of bounds")
    append(bytes: UnsafeBufferPointer(start: other.base + range.lowerBound, count: range.count))
  }

  /// Appends a whole number in decimal, with a minus sign when negative.
  @inlinable
  public mutating func append(_ number: Int) {
    var rest = number.magnitude
    var digits = 1
    var left = rest / 10
    while left > 0 {
      digits += 1
      left /= 10
    }
    let length = digits + (number < 0 ? 1 : 0)
    guard reserve(length) else { return }
    if number < 0 { (base + count).initialize(to: UInt8(ascii: "-")) }
    var end = base + count + length
    repeat {
      end -= 1
      end.initialize(to: UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    _count += length
  }

  /// Appends `text`, copying runs of bytes that `special` does not mark as they are. For each marked byte,
  /// `escape` gets the buffer, the text's bytes and the byte's index, appends what stands for it, and returns the
  /// index to go on from (one past the byte, or past a longer sequence it handled).
  public mutating func append(
    _ text: String, special: ByteTable,
    escape: (inout OutputBuffer, UnsafeBufferPointer<UInt8>, Int) -> Int
  ) {
    // Native strings (and small ones) have their UTF-8 at hand; others are made contiguous first.
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { append($0, special: special, escape: escape) }
    if done == nil {
      var text = text
      text.withUTF8 { append($0, special: special, escape: escape) }
    }
  }

  private mutating func append(
    _ utf8: UnsafeBufferPointer<UInt8>, special: ByteTable,
    escape: (inout OutputBuffer, UnsafeBufferPointer<UInt8>, Int) -> Int
  ) {
    var start = 0
    var i = 0
    while let marked = special.firstMarked(in: utf8, from: i) {
      append(bytes: UnsafeBufferPointer(rebasing: utf8[start..<marked]))
      i = escape(&self, utf8, marked)
      start = i
    }
    append(bytes: UnsafeBufferPointer(rebasing: utf8[start...]))
  }

  /// Appends the newline that a line-break scalar starting at `i` stands for, and returns the index after it: LF,
  /// VT, FF, CR (a CR LF pair counts once), NEL, line and paragraph separator (what `Character.isNewline` means).
  /// Returns nil, appending nothing, when no line break starts at `i`.
  public static func lineBreak(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    switch utf8[i] {
    case 0x0D: return i + 1 < utf8.count && utf8[i + 1] == 0x0A ? i + 2 : i + 1
    case 0x0A, 0x0B, 0x0C: return i + 1
    case 0xC2: return i + 1 < utf8.count && utf8[i + 1] == 0x85 ? i + 2 : nil
    case 0xE2:
      guard i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 else { return nil }
      return i + 3
    default: return nil
    }
  }
}
