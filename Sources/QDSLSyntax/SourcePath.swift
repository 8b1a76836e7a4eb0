// The paths of `use` lines: relative to the using file's folder, '/' between folders, normalised so that a file
// reached by two spellings is one module.

/// Path arithmetic for `use`, on strings (no file system): the reader given to `SourceSet` does the reading.
public enum SourcePath {
  /// Why a written path is refused.
  public struct Problem: Error, Equatable {
    public let message: String
    public let help: String
  }

  /// The text between the quotes of a `use` string, as written (escapes are refused by `resolve`).
  static func content(of range: TextRange, in bytes: [UInt8]) -> String {
    var start = range.start
    var end = range.end
    while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
    if end > start, bytes[start] == UInt8(ascii: "\"") { start += 1 }
    if end > start, bytes[end - 1] == UInt8(ascii: "\"") { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The folder part of a path, with its final '/' (empty for a file in the current folder).
  public static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
  }

  /// The path of a module written `written` in a file at `user`: the user's folder joined with it, normalised.
  /// `..` may leave the instrument's folder (a folder of modules shared by several instruments, beside them),
  /// but not climb above the root of an absolute path. Paths are relative, use '/', and name a `.qdsl` file.
  public static func resolve(_ written: String, from user: String) -> Result<String, Problem> {
    if written.isEmpty {
      return .failure(Problem(message: "the path of the module is empty", help: "write it like use \"lists.qdsl\""))
    }
    if written.contains("\\") {
      return .failure(
        Problem(
          message: "a module's path separates folders with '/', not '\\'",
          help: "write it like use \"shared/lists.qdsl\" (the same on every system)"))
    }
    if written.hasPrefix("/") || written.hasPrefix("~") || (written.count > 1 && written.dropFirst().first == ":") {
      return .failure(
        Problem(
          message: "a module's path is relative to the file that uses it, not absolute",
          help: "write the path from this file's folder, like use \"../shared/lists.qdsl\""))
    }
    if !written.hasSuffix(".qdsl") {
      return .failure(
        Problem(
          message: "a module is a .qdsl file; '\(written)' does not end in .qdsl",
          help: "write the file's whole name, like use \"\(written).qdsl\""))
    }
    let joined = folder(of: user) + written
    return normalise(joined).map(Result.success)
      ?? .failure(
        Problem(
          message: "the path '\(written)' climbs above the root folder",
          help: "remove a '..' from the path"))
  }

  /// `a/./b/../c` is `a/c`; leading `..` of a relative path stay. Nil when `..` climbs above an absolute root.
  public static func normalise(_ path: String) -> String? {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        if let last = parts.last, last != ".." {
          parts.removeLast()
        } else if absolute {
          return nil
        } else {
          parts.append(part)
        }
        continue
      }
      parts.append(part)
    }
    return (absolute ? "/" : "") + parts.joined(separator: "/")
  }
}
