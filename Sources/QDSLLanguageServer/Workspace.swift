// The workspace of the language server: the `.qdsl` files below the folders the editor opened, read from the open
// document when there is one and from disk otherwise, and the use graph (each instrument's files), so that an edit
// to a module re-checks the instruments that use it. Touched by the analyser thread only.

import Foundation
import QDSLIDE
import QDSLSyntax

struct Workspace {
  /// The folders the editor opened (absolute paths).
  var roots: [String] = []
  /// The `.qdsl` files found below the roots; nil until the first search (and after a file is created or deleted).
  private var found: [String]?
  /// What was read from disk, with the modification time and size it was read at.
  private var disk: [String: (stamp: [Int], read: SourceRead)] = [:]
  /// The texts of the open documents (by path) for the analysis under way, and their versions.
  var open: [String: (uri: String, text: [UInt8], version: Int)] = [:]
  /// Each instrument's files as last loaded (its own path first), for the instruments on disk and the open ones.
  var reach: [String: [String]] = [:]
  /// The last check of each instrument of several files and its files' paths (the fast path for typing in texts
  /// starts from it).
  var checked: [String: (instrument: InstrumentAnalysis, paths: [String])] = [:]
  /// Whether `reach` must be rebuilt from disk before it is trusted (at start and after files changed on disk).
  var graphStale = true
  /// The diagnostics published: per file path, per instrument path (or the file's own, alone), in LSP JSON.
  var contributions: [String: [String: [JSONDiagnostic]]] = [:]

  /// At most this many files are searched below the roots (a root that is a home folder must not stall the server).
  static let searchLimit = 5000

  /// The text of a path for `SourceSet`: the open document's, else the file on disk.
  mutating func read(_ path: String) -> SourceRead {
    if let doc = open[path] { return .bytes(doc.text) }
    // A document that is not a file (`untitled:`) has no folder: what it uses is not read from the server's.
    guard path.hasPrefix("/") else { return .missing }
    var info = stat()
    guard stat(path, &info) == 0 else {
      disk[path] = nil
      return .missing
    }
    if info.st_mode & S_IFMT == S_IFDIR { return .unreadable("it is a directory") }
    let stamp = [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_size), Int(info.st_ino)]
    if let known = disk[path], known.stamp == stamp { return known.read }
    let read: SourceRead
    if let data = FileManager.default.contents(atPath: path) {
      read = .bytes([UInt8](data))
    } else {
      read = .unreadable("permission denied")
    }
    disk[path] = (stamp, read)
    return read
  }

  /// Forgets what was read of a path (it changed on disk, or its document closed).
  mutating func forget(_ path: String) { disk[path] = nil }

  /// Forgets the list of files (one was created or deleted).
  mutating func filesChanged() {
    found = nil
    graphStale = true
  }

  /// The `.qdsl` files below the roots, hidden folders, `.build` and `node_modules` skipped, at most `searchLimit`.
  private mutating func files() -> [String] {
    if let found { return found }
    let out = Workspace.files(below: roots)
    found = out
    return out
  }

  /// The `.qdsl` files below `roots`, in a stable order, at most `searchLimit`.
  static func files(below roots: [String]) -> [String] {
    var out: [String] = []
    for root in roots {
      var pending = [root]
      while let folder = pending.popLast(), out.count < Workspace.searchLimit {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
        for name in names.sorted() where !name.hasPrefix(".") && name != "node_modules" {
          let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
          var isFolder: ObjCBool = false
          guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
          if isFolder.boolValue {
            pending.append(path)
          } else if name.hasSuffix(".qdsl") {
            out.append(path)
            if out.count >= Workspace.searchLimit { break }
          }
        }
      }
    }
    return out
  }

  /// The path of `target` relative to the folder of `from` (`../shared/lists.qdsl`), as a `use` line writes it.
  static func relative(_ target: String, from: String) -> String {
    var base = from.split(separator: "/", omittingEmptySubsequences: true).dropLast()[...]
    var parts = target.split(separator: "/", omittingEmptySubsequences: true)[...]
    while let b = base.first, let p = parts.first, b == p, parts.count > 1 {
      base = base.dropFirst()
      parts = parts.dropFirst()
    }
    return (Array(repeating: "..", count: base.count) + parts.map(String.init)).joined(separator: "/")
  }

  /// Loads every instrument below the roots and the open ones, so that `users(of:)` knows who uses a module.
  mutating func rebuildGraph() {
    guard graphStale else { return }
    graphStale = false
    var paths = Set(files())
    paths.formUnion(open.keys)
    // Instruments not found again (deleted, or now a module) leave the graph.
    reach = reach.filter { paths.contains($0.key) }
    for path in paths.sorted() {
      guard case .bytes(let bytes) = read(path) else { continue }
      if SourceSet.isModule(bytes) {
        reach[path] = nil
        continue
      }
      let sources = SourceSet(entry: path, bytes: bytes, read: { self.read($0) })
      reach[path] = sources.files.map(\.path)
    }
  }

  /// The instruments whose files include `path` (directly or through other modules), sorted.
  func users(of path: String) -> [String] {
    reach.filter { $0.key != path && $0.value.contains(path) }.map(\.key).sorted()
  }

  /// The diagnostics to publish for a file: the union over the instruments that contributed, each once; when
  /// they disagree, a diagnostic that not every instrument has names the ones that have it.
  func published(_ path: String) -> [JSONDiagnostic] {
    guard let byInstrument = contributions[path], !byInstrument.isEmpty else { return [] }
    if byInstrument.count == 1, let only = byInstrument.first {
      // A module included twice reports the same diagnostic from both copies: once.
      var seen: Set<JSONDiagnostic> = []
      return only.value.filter { seen.insert($0).inserted }
    }
    var order: [JSONDiagnostic] = []
    var holders: [JSONDiagnostic: [String]] = [:]
    for (instrument, items) in byInstrument.sorted(by: { $0.key < $1.key }) {
      for item in items {
        if holders[item] == nil { order.append(item) }
        if holders[item]?.last != instrument { holders[item, default: []].append(instrument) }
      }
    }
    return order.map { item in
      let who = holders[item] ?? []
      guard who.count < byInstrument.count else { return item }
      let names = who.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
      return item.noting("in the instrument" + (names.count == 1 ? " " : "s ") + names.joined(separator: ", "))
    }
  }
}
