// The smallest whole-line edit that turns a text into its formatted form, for editors (one TextEdit).

import QDSLSyntax

/// One replacement of whole lines: the lines the old and new texts share at both ends are left out, so an
/// editor keeps its cursor, marks and undo history outside the change.
public struct FormatEdit: Sendable, Equatable {
  /// The replaced bytes of the old text (from the start of a line to the start of a line, or the end).
  public var range: TextRange
  public var newText: String

  public init(range: TextRange, newText: String) {
    self.range = range
    self.newText = newText
  }

  /// The edit from `old` to `new`, or nil when they are equal. Linear in the length of the texts.
  public static func between(_ old: [UInt8], _ new: [UInt8]) -> FormatEdit? {
    guard old != new else { return nil }
    // The longest common prefix of whole lines.
    var prefix = 0
    var i = 0
    while i < old.count && i < new.count && old[i] == new[i] {
      if LineBreak.startsLine(old, at: i + 1) && LineBreak.startsLine(new, at: i + 1) { prefix = i + 1 }
      i += 1
    }
    // The longest common suffix of whole lines, not overlapping the prefix.
    var suffix = 0
    var k = 0
    while k < old.count - prefix && k < new.count - prefix && old[old.count - 1 - k] == new[new.count - 1 - k] {
      k += 1
      // A suffix starts at a line start: just after a newline, or where both texts begin their last lines.
      let o = old.count - k
      if o == prefix || (LineBreak.startsLine(old, at: o) && LineBreak.startsLine(new, at: new.count - k)) {
        suffix = k
      }
    }
    let replacement = new[prefix..<(new.count - suffix)]
    return FormatEdit(
      range: TextRange(prefix, old.count - suffix), newText: String(decoding: replacement, as: UTF8.self))
  }
}
