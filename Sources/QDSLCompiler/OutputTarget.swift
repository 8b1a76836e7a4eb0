// The files `qdsl compile` can write: one case per target, its file suffix and its renderer; and the byte buffer
// every writer builds its text in.

import QDSLSemantics
import QDSLSyntax

/// One output file of the compiler.
public enum OutputTarget: String, CaseIterable, Sendable {
  case form
  case codebookMarkdown = "codebook-md"
  case codebookHTML = "codebook-html"
  case codebookCSV = "codebook-csv"
  case ddi
  case spss
  case stata
  case xform

  /// The targets `qdsl compile` writes without `--target`: all but the XForm, which is asked for by name.
  public static let defaults: [OutputTarget] = allCases.filter { $0 != .xform }

  /// The suffix after the input's stem: `STEM.form.json`.
  public var fileSuffix: String {
    switch self {
    case .form: return ".form.json"
    case .codebookMarkdown: return ".codebook.md"
    case .codebookHTML: return ".codebook.html"
    case .codebookCSV: return ".codebook.csv"
    case .ddi: return ".ddi.xml"
    case .spss: return ".sps"
    case .stata: return ".do"
    case .xform: return ".xform.xml"
    }
  }

  /// Renders the target for a checked survey; `language` selects the language of one-language outputs.
  public func render(_ survey: Survey, codebook: @autoclosure () -> Codebook, language: String) -> String {
    String(decoding: renderBytes(survey, codebook: codebook(), language: language), as: UTF8.self)
  }

  /// The output as the UTF-8 bytes of its file.
  public func renderBytes(_ survey: Survey, codebook: @autoclosure () -> Codebook, language: String) -> [UInt8] {
    switch self {
    case .form: return FormDocument.renderBytes(survey)
    case .codebookMarkdown: return CodebookMarkdown.renderBytes(codebook(), language: language)
    case .codebookHTML: return CodebookHTML.renderBytes(codebook(), language: language)
    case .codebookCSV: return CodebookCSV.renderBytes(codebook())
    case .ddi: return DDIWriter.renderBytes(codebook())
    case .spss: return SPSSWriter.renderBytes(codebook(), language: language)
    case .stata: return StataWriter.renderBytes(codebook(), language: language)
    case .xform: return XFormWriter.renderBytes(survey)
    }
  }

  /// Warnings about what the target cannot express for this survey (none for most targets).
  public func warnings(_ survey: Survey) -> [Diagnostic] {
    self == .xform ? XFormWriter.warnings(survey) : []
  }
}

extension Codebook {
  /// Calls `body` with each variable in `range`, read where it is: a `for` loop over the array would copy every
  /// variable (and retain each of its strings and arrays) on the way.
  func forEachVariable(in range: Range<Int>? = nil, _ body: (CodebookVariable) -> Void) {
    variables.withUnsafeBufferPointer { variables in
      for i in range ?? variables.indices { body(variables[i]) }
    }
  }

  /// A generous guess at the size of a codebook file, `bytes` per variable and language (about twice what the
  /// writers need). Buffers reserve it up front: memory never written costs nothing, while growing a buffer
  /// copies everything written so far.
  func estimatedSize(perVariableAndLanguage bytes: Int) -> Int {
    4096 + variables.count * max(languages.count, 1) * bytes
  }
}

/// The text of one output as UTF-8 bytes. Writers append literals, numbers and escaped user text to one buffer:
/// far cheaper than building the text from many small strings.
///
/// `OutputBuffer.bytes(capacity:_:)` lets a writer fill the memory of the resulting array itself, so that the text
/// is neither copied nor its memory touched twice. Noncopyable, so that it can own its memory outright: appending a
/// few bytes is a bounds check and a copy, with neither the generic path of `Array.append(contentsOf:)` nor a
/// copy-on-write check.
struct OutputBuffer: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int
  /// False while filling a string's memory, which cannot grow.
  private let isGrowable: Bool
  /// Whether an append did not fit into memory that cannot grow (the bytes are then incomplete).
  private(set) var overflowed = false

  /// An empty buffer that grows as needed.
  init(capacity: Int = 0) {
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
  static func bytes(capacity: Int, _ write: (inout OutputBuffer) -> Void) -> [UInt8] {
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
        initialized = fits ? out.count : 0
      }
      if fits { return bytes }
    }
    var out = OutputBuffer(capacity: capacity * 2)
    write(&out)
    return Array(UnsafeBufferPointer(start: out.base, count: out.count))
  }

  var isEmpty: Bool { count == 0 }

  /// The bytes as a string.
  var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

  /// A copy of the bytes.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Empties the buffer and keeps its memory, for reuse.
  mutating func removeAll() { count = 0 }

  /// Makes room for `more` bytes; false when they do not fit into memory that cannot grow.
  @inline(__always)
  private mutating func reserve(_ more: Int) -> Bool {
    count + more <= capacity || grow(count + more)
  }

  /// Moves the bytes to memory for at least `needed` bytes, doubling the capacity as it grows.
  @inline(never)
  private mutating func grow(_ needed: Int) -> Bool {
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
  mutating func append(bytes more: UnsafeBufferPointer<UInt8>) {
    guard let source = more.baseAddress, reserve(more.count) else { return }
    (base + count).initialize(from: source, count: more.count)
    count += more.count
  }

  mutating func append(byte: UInt8) {
    guard reserve(1) else { return }
    (base + count).initialize(to: byte)
    count += 1
  }

  /// Appends a literal: the writers' own markup, at the cost of a copy.
  mutating func append(_ literal: StaticString) {
    guard literal.hasPointerRepresentation else { return append(contentsOf: literal.description) }
    append(bytes: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  /// Appends a text as it is.
  mutating func append(contentsOf text: String) {
    // Native strings (and small ones) have their UTF-8 at hand; others are made contiguous first.
    if text.utf8.withContiguousStorageIfAvailable({ append(bytes: $0) }) == nil {
      var text = text
      text.withUTF8 { append(bytes: $0) }
    }
  }

  mutating func append(contentsOf other: borrowing OutputBuffer) { append(contentsOf: other, range: 0..<other.count) }

  /// Appends some of another buffer's bytes.
  mutating func append(contentsOf other: borrowing OutputBuffer, range: Range<Int>) {
    precondition(range.lowerBound >= 0 && range.upperBound <= other.count, "range out of bounds")
    append(bytes: UnsafeBufferPointer(start: other.base + range.lowerBound, count: range.count))
  }

  /// Appends a whole number in decimal, with a minus sign when negative.
  mutating func append(_ number: Int) {
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
    count += length
  }

  /// Appends `text`, copying runs of bytes that `special` does not mark as they are. For each marked byte,
  /// `escape` gets the buffer, the text's bytes and the byte's index, appends what stands for it, and returns the
  /// index to go on from (one past the byte, or past a longer sequence it handled).
  mutating func append(
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
  static func lineBreak(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
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

/// A set of byte values as a 256-entry lookup table: the bytes of a text that need escaping in some format.
struct ByteTable {
  /// 1 for a marked byte value, 0 for others.
  private var marks = [UInt8](repeating: 0, count: 256)

  /// The bytes of `ascii`, and `more`.
  init(_ ascii: String, _ more: [UInt8] = []) {
    for b in ascii.utf8 { marks[Int(b)] = 1 }
    for b in more { marks[Int(b)] = 1 }
  }

  /// The bytes for which `isMarked` holds.
  init(where isMarked: (UInt8) -> Bool) {
    for b in 0...255 where isMarked(UInt8(b)) { marks[b] = 1 }
  }

  /// The bytes that start a line break (see `OutputBuffer.lineBreak`): LF, VT, FF, CR, and the lead bytes of NEL
  /// and the line and paragraph separators.
  static let lineBreakStarts: [UInt8] = [0x0A, 0x0B, 0x0C, 0x0D, 0xC2, 0xE2]

  subscript(_ byte: UInt8) -> Bool { marks[Int(byte)] != 0 }

  /// The index of the first marked byte at or after `start`, nil when there is none.
  func firstMarked(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    marks.withUnsafeBufferPointer { marks in
      var i = start
      // Eight bytes a step while none of them is marked, the usual case in ordinary text.
      while i + 8 <= bytes.count {
        let any =
          marks[Int(bytes[i])] | marks[Int(bytes[i + 1])] | marks[Int(bytes[i + 2])] | marks[Int(bytes[i + 3])]
          | marks[Int(bytes[i + 4])] | marks[Int(bytes[i + 5])] | marks[Int(bytes[i + 6])]
          | marks[Int(bytes[i + 7])]
        if any != 0 { break }
        i += 8
      }
      while i < bytes.count {
        if marks[Int(bytes[i])] != 0 { return i }
        i += 1
      }
      return nil
    }
  }

  /// Whether any byte of `text` is marked.
  func any(_ text: String) -> Bool {
    if let found = text.utf8.withContiguousStorageIfAvailable({ firstMarked(in: $0, from: 0) != nil }) {
      return found
    }
    var text = text
    return text.withUTF8 { firstMarked(in: $0, from: 0) != nil }
  }
}
