// A fuzz input that is an instrument of several files: blocks that each open with a `# file: PATH` line, the first
// block the entry, as the docs and the module tests write them; an input that does not open with such a line is
// one file. The files are read from memory by the source set, never from the disk.

import QDSLSyntax

/// The files of one multi-file fuzz input, each block's bytes (its `# file:` line included: it is a comment).
public struct MultiFileInput: Sendable, Equatable {
  /// The path of the first block.
  public var entry: String
  /// Every block by path, in input order; a path given twice keeps its first block.
  public var files: [(path: String, bytes: [UInt8])]

  public static func == (a: MultiFileInput, b: MultiFileInput) -> Bool {
    a.entry == b.entry && a.files.map(\.path) == b.files.map(\.path) && a.files.map(\.bytes) == b.files.map(\.bytes)
  }

  static let marker = Array("# file: ".utf8)

  /// The blocks of `input`, or nil when it does not open with `# file: ` (then it is one file). Linear in the input.
  public init?(_ input: [UInt8]) {
    guard Self.opensBlock(input, at: 0) else { return nil }
    var starts: [Int] = [0]
    var i = 0
    while let newline = input[i...].firstIndex(of: UInt8(ascii: "\n")) {
      i = newline + 1
      if Self.opensBlock(input, at: i) { starts.append(i) }
    }
    var files: [(path: String, bytes: [UInt8])] = []
    var seen = Set<String>()
    for (k, start) in starts.enumerated() {
      let end = k + 1 < starts.count ? starts[k + 1] : input.count
      let block = Array(input[start..<end])
      let lineEnd = block.firstIndex(of: UInt8(ascii: "\n")) ?? block.count
      var path = block[Self.marker.count..<lineEnd]
      while let last = path.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") { path = path.dropLast() }
      let name = String(decoding: path, as: UTF8.self)
      guard seen.insert(name).inserted else { continue }
      files.append((name, block))
    }
    self.entry = files[0].path
    self.files = files
  }

  static func opensBlock(_ input: [UInt8], at i: Int) -> Bool {
    i + marker.count <= input.count && input[i..<(i + marker.count)].elementsEqual(marker)
  }

  /// The input again: the blocks one after another (each block keeps its `# file:` line).
  public var bytes: [UInt8] { files.flatMap(\.bytes) }

  /// The same paths with other contents (the formatted files), in the same order.
  func replacing(_ contents: [String: [UInt8]]) -> MultiFileInput {
    var copy = self
    copy.files = files.map { ($0.path, contents[$0.path] ?? $0.bytes) }
    return copy
  }

  /// The source set of the entry and the modules it reaches, read from these blocks.
  public func load() -> SourceSet {
    var byPath: [String: [UInt8]] = [:]
    for file in files { byPath[file.path] = file.bytes }
    return SourceSet(entry: entry, bytes: byPath[entry] ?? [], read: { byPath[$0].map(SourceRead.bytes) ?? .missing })
  }
}
