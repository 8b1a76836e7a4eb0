// A half-open range of UTF-8 byte offsets into one source file of an instrument; the unit every span in qdsl is
// measured in.

/// A half-open range `start..<end` of UTF-8 byte offsets in the file `file`.
///
/// An instrument may be made of several files (modules loaded with `use`, see `SourceSet`): the file index says
/// which one the offsets belong to, so that every location in the model and in diagnostics names its file.
/// File 0 is the file parsed on its own or the instrument's entry file; a tree parsed as file `i` of a source
/// set stamps `i` into every range it hands out (`SyntaxTree.file`).
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var start: Int
  public var end: Int
  /// The index of the file in its source set (0 for a file on its own).
  public var file: Int32

  public init(_ start: Int, _ end: Int, file: Int32 = 0) {
    self.start = start
    self.end = max(start, end)
    self.file = file
  }

  public static func empty(at offset: Int, file: Int32 = 0) -> TextRange { TextRange(offset, offset, file: file) }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
  public func contains(_ other: TextRange) -> Bool {
    other.file == file && other.start >= start && other.end <= end
  }

  /// The smallest range covering both (in this range's file).
  public func cover(_ other: TextRange) -> TextRange {
    TextRange(min(start, other.start), max(end, other.end), file: file)
  }

  /// The same offsets in another file.
  public func inFile(_ file: Int32) -> TextRange { TextRange(start, end, file: file) }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    if lhs.file != rhs.file { return lhs.file < rhs.file }
    return lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  public var description: String { file == 0 ? "\(start)..\(end)" : "\(file):\(start)..\(end)" }
}
