// Instruments of several files on disk: the reader that loads modules for every command, and an instrument's
// diagnostics grouped by the file they are in, for the renderers (which show one file at a time).

import Foundation
import QDSLSemantics
import QDSLSyntax

enum InstrumentFiles {
  /// Reads a module for `SourceSet`: its bytes, missing, or unreadable with the reason.
  static func read(_ path: String) -> SourceRead {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
    if isDirectory.boolValue { return .unreadable("it is a directory") }
    guard let data = FileManager.default.contents(atPath: path) else { return .unreadable("permission denied") }
    return .bytes([UInt8](data))
  }

  /// Loads and checks the instrument whose entry file is `file` (its modules read from disk).
  static func check(_ file: InputFile) -> CheckedInstrument {
    Checker.check(SourceSet(entry: file.path, bytes: file.bytes, read: read))
  }

  /// The diagnostics of an instrument, one group per file that has any, in file order. A related location in
  /// another file is named in the message ("see PATH:LINE:COL: LABEL"), since a snippet shows one file.
  static func groups(_ diagnostics: [Diagnostic], of instrument: CheckedInstrument, entryPath: String) -> [(
    path: String, lines: LineIndex, diagnostics: [Diagnostic]
  )] {
    let files = instrument.sources.files
    var byFile = [[Diagnostic]](repeating: [], count: files.count)
    for d in diagnostics {
      var shown = d
      var elsewhere: [String] = []
      shown.related = d.related.filter { r in
        guard r.range.file != d.range.file else { return true }
        let other = files[Int(r.range.file)]
        let p = other.parse.lineIndex.position(of: r.range.start)
        elsewhere.append("see \(other.index == 0 ? entryPath : other.path):\(p.line):\(p.column): \(r.message)")
        return false
      }
      if !elsewhere.isEmpty { shown.message += " (" + elsewhere.joined(separator: "; ") + ")" }
      byFile[Int(d.range.file)].append(shown)
    }
    return files.indices.compactMap { i in
      byFile[i].isEmpty
        ? nil : (i == 0 ? entryPath : files[i].path, files[i].parse.lineIndex, byFile[i])
    }
  }
}
