// An instrument of several files for the editor: the check of its assembled text (the instrument with its modules
// spliced in), the `Analysis` over that text, which answers every request, and the map between a file's offsets
// and the assembled text's.

import QDSLSemantics
import QDSLSyntax

public struct InstrumentAnalysis: Sendable {
  /// The files: `sources.files[0]` is the entry (an instrument, or a module checked alone).
  public var sources: SourceSet { instrument.sources }
  /// The analysis of the assembled text: every offset it takes and gives is in that text.
  public let analysis: Analysis
  private let instrument: CheckedInstrument

  /// Loads nothing: checks the files already loaded, as `qdsl check` does.
  public init(_ sources: SourceSet) {
    instrument = Checker.check(sources)
    analysis = Analysis(checked: instrument.checked)
  }

  /// Every diagnostic of the instrument (loading, syntax, semantic), each in its own file (`range.file`).
  public var diagnostics: [Diagnostic] { instrument.diagnostics }

  /// Whether the instrument is one file with no `use` line (then the assembled text is that file).
  public var isSingleFile: Bool { instrument.isSingleFile }

  /// The assembled offset of `offset` in the file `file`, nil when that place is not part of the assembled text
  /// (a module's header and `use` lines, an `include` line, a module with syntax errors).
  public func assembledOffset(_ offset: Int, inFile file: Int32) -> Int? {
    instrument.assembledOffset(offset, inFile: file)
  }

  /// The parts of the assembled text copied from a file.
  public func assembledRanges(ofFile file: Int32) -> [TextRange] { instrument.assembledRanges(ofFile: file) }

  /// A range of the assembled text in its file (`file` set), nil between the files' pieces.
  public func locate(_ range: TextRange) -> TextRange? { instrument.locate(range) }
}

extension InstrumentAnalysis {
  /// Completion after `include` in a file of the instrument (`bytes` its current text): the modules that file
  /// uses, which the assembled text does not show (each `include` stands replaced by its module there).
  public func moduleCompletion(inFile file: Int32, bytes: [UInt8], at rawOffset: Int) -> Completion? {
    let offset = Analysis.cursor(rawOffset, in: bytes)
    var start = offset
    while start > 0, Self.isNameByte(bytes[start - 1]) { start -= 1 }
    var before = start
    while before > 0, bytes[before - 1] == UInt8(ascii: " ") || bytes[before - 1] == UInt8(ascii: "\t") {
      before -= 1
    }
    let word = Array("include".utf8)
    guard before < start, before >= word.count, Array(bytes[(before - word.count)..<before]) == word else {
      return nil
    }
    var lineStart = before - word.count
    while lineStart > 0, bytes[lineStart - 1] == UInt8(ascii: " ") || bytes[lineStart - 1] == UInt8(ascii: "\t") {
      lineStart -= 1
    }
    guard lineStart == 0 || bytes[lineStart - 1] == UInt8(ascii: "\n") || bytes[lineStart - 1] == UInt8(ascii: "\r")
    else { return nil }
    guard Int(file) < sources.files.count else { return nil }
    var items: [CompletionItem] = []
    for use in sources.files[Int(file)].uses {
      guard let target = use.target, let name = sources.files[Int(target)].moduleName else { continue }
      guard !items.contains(where: { $0.label == name }) else { continue }
      items.append(CompletionItem(label: name, kind: .module, detail: "module " + sources.files[Int(target)].path))
    }
    return Completion(items: items, replacing: TextRange(start, offset), isIncomplete: false)
  }

  private static func isNameByte(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "_") || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z"))
      || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b >= 0x80
  }
}

extension InstrumentAnalysis {
  /// Go to definition on the lines the assembled text does not hold: on a `use` line, the start of the file it
  /// loads; on `include NAME`, the module's name in its file. `offset` is in the file's text as checked; the range
  /// has `file` set.
  public func moduleDefinition(inFile file: Int32, at offset: Int) -> TextRange? {
    guard Int(file) < sources.files.count else { return nil }
    let source = sources.files[Int(file)]
    for use in source.uses where use.range.start <= offset && offset <= use.range.end {
      guard let target = use.target else { return nil }
      return TextRange.empty(at: 0, file: target)
    }
    let tree = source.parse.tree
    for i in tree.nodes.indices where tree.nodes[i].kind == .includeItem {
      let r = tree.range(NodeID(i))
      guard r.start <= offset, offset <= r.end, let token = tree.declaredName(NodeID(i)) else { continue }
      let name = tree.tokenText(token)
      for use in source.uses {
        guard let target = use.target, sources.files[Int(target)].moduleName == name,
          let at = sources.files[Int(target)].moduleNameRange
        else { continue }
        return TextRange(at.start, at.end, file: target)
      }
    }
    return nil
  }
}
