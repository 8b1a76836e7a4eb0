// The way back from a file into the assembled text of an instrument of several files, for the language server: a
// place in a file is the same place in the text that was checked (a module spliced twice: its first copy).

import QDSLSyntax

extension CheckedInstrument {
  /// The offset in the assembled text (`checked`'s parse) of `offset` in the file `file`, nil when that place was
  /// not copied into it (a module's header, its `languages` and `use` lines, an `include` line, a module with
  /// syntax errors). Linear in the number of pieces.
  public func assembledOffset(_ offset: Int, inFile file: Int32) -> Int? {
    guard let assembly else { return file == 0 ? offset : nil }
    var atEnd: Int?
    for s in assembly.segments where s.file == file && s.local <= offset && offset <= s.local + s.length {
      if offset < s.local + s.length { return s.start + offset - s.local }
      if atEnd == nil { atEnd = s.start + s.length }
    }
    return atEnd
  }

  /// The ranges of the assembled text copied from `file`, in the assembled text's order (for answers that cover a
  /// whole file, such as its semantic tokens).
  public func assembledRanges(ofFile file: Int32) -> [TextRange] {
    guard let assembly else { return file == 0 ? [TextRange(0, checked.parse.tree.bytes.count)] : [] }
    return assembly.segments.filter { $0.file == file }.map { TextRange($0.start, $0.start + $0.length) }
  }
}
