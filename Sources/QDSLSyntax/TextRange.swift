// A half-open range of UTF-8 byte offsets into a source file; the unit every span in qdsl is measured in.

/// A half-open range `start..<end` of UTF-8 byte offsets.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  public static func empty(at offset: Int) -> TextRange { TextRange(offset, offset) }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
  public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

  /// The smallest range covering both.
  public func cover(_ other: TextRange) -> TextRange { TextRange(min(start, other.start), max(end, other.end)) }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  public var description: String { "\(start)..\(end)" }
}
