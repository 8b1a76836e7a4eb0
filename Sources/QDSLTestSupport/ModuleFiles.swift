// Instruments of several files in tests: a fixture folder or the qdsl blocks of a page (`# file: PATH` first
// lines) loaded as a source set through an in-memory reader, and inline expectations checked file by file.

import Foundation
import QDSLSyntax

/// The files of a multi-file example or fixture, by path; `entry` is the instrument.
public struct ModuleFiles {
  public var entry: String
  public var files: [String: [UInt8]]

  /// Blocks whose first line is `# file: PATH`; the first block is the entry. A block with a line
  /// `# encoding: latin-1` is stored in Latin-1 (how a page shows a file that is not UTF-8). Nil when a block
  /// does not name its file.
  public init?(blocks: [String]) {
    var files: [String: [UInt8]] = [:]
    var entry: String?
    for block in blocks {
      guard let first = block.split(separator: "\n", maxSplits: 1).first, first.hasPrefix("# file: ") else {
        return nil
      }
      let path = String(first.dropFirst("# file: ".count))
      if block.contains("\n# encoding: latin-1\n"), let latin1 = block.data(using: .isoLatin1) {
        files[path] = Array(latin1)
      } else {
        files[path] = Array(block.utf8)
      }
      entry = entry ?? path
    }
    guard let entry else { return nil }
    self.entry = entry
    self.files = files
  }

  /// Every `.qdsl` file under a fixture folder (paths relative to it); the entry is `instrument.qdsl`.
  public init(folder: URL) {
    var files: [String: [UInt8]] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".qdsl"), let data = FileManager.default.contents(atPath: folder.path + "/" + path)
      else { continue }
      files[path] = Array(data)
    }
    self.entry = "instrument.qdsl"
    self.files = files
  }

  /// The source set, read from memory.
  public func load() -> SourceSet {
    let files = self.files
    return SourceSet(entry: entry, bytes: files[entry] ?? [], read: { files[$0].map(SourceRead.bytes) ?? .missing })
  }

  /// The inline expectations of every loaded file against the diagnostics located in it; one line per problem.
  public static func verify(_ set: SourceSet, _ diagnostics: [Diagnostic], only: (String) -> Bool = { _ in true })
    -> [String]
  {
    var problems: [String] = []
    for file in set.files {
      let source = String(decoding: file.parse.tree.bytes, as: UTF8.self)
      let mine = diagnostics.filter { $0.range.file == file.index }
      problems += InlineExpectations.verify(mine, source: source, lines: file.parse.lineIndex, only: only).map {
        "\(file.path): \($0)"
      }
    }
    return problems
  }
}
