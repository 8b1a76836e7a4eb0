// Finding and reading input files: paths, directories (every .qdsl below, sorted) and '-' for stdin.

import Foundation
import QDSLSyntax

/// One input: its display path and bytes.
struct InputFile {
  var path: String
  var bytes: [UInt8]
}

enum InputFiles {
  /// Expands paths into `.qdsl` files; directories are walked in sorted order, skipping hidden folders.
  static func expand(_ paths: [String]) -> (files: [String], errors: [String]) {
    var files: [String] = []
    var errors: [String] = []
    let fm = FileManager.default
    for path in paths {
      if path == "-" {
        files.append(path)
        continue
      }
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
        errors.append("\(path): no such file or directory")
        continue
      }
      if !isDir.boolValue {
        files.append(path)
        continue
      }
      var found: [String] = []
      if let walker = fm.enumerator(atPath: path) {
        while let item = walker.nextObject() as? String {
          let name = (item as NSString).lastPathComponent
          if name.hasPrefix(".") {
            walker.skipDescendants()
            continue
          }
          if item.hasSuffix(".qdsl") { found.append(path.hasSuffix("/") ? path + item : path + "/" + item) }
        }
      }
      if found.isEmpty { errors.append("\(path): no .qdsl files in this directory") }
      files.append(contentsOf: found.sorted())
    }
    return (files, errors)
  }

  /// Reads a file (or stdin for '-'), requiring valid UTF-8.
  static func read(_ path: String) -> Result<InputFile, UsageError> {
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        return .failure(
          UsageError(
            message: "\(path): is a directory; give one .qdsl file (only 'qdsl check' and 'qdsl fmt' take directories)")
        )
      }
      guard FileManager.default.isReadableFile(atPath: path), let d = FileManager.default.contents(atPath: path) else {
        return .failure(UsageError(message: "\(path): cannot read this file (check that it exists and is readable)"))
      }
      data = d
    }
    let bytes = [UInt8](data)
    let display = path == "-" ? "<stdin>" : path
    if let offset = UTF8Validity.firstInvalidOffset(bytes) {
      let lines = LineIndex(Array(bytes[0..<offset]))
      let line = lines.lineCount
      let lineStart = lines.lineStarts[line - 1]
      return .failure(
        UsageError(
          message: "\(display): the file is not valid UTF-8 (line \(line), byte \(offset - lineStart + 1)); "
            + "save it with UTF-8 encoding"))
    }
    return .success(InputFile(path: display, bytes: bytes))
  }
}
