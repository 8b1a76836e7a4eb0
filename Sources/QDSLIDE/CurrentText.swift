// The version of a document an editor's request refers to, which may be newer than its last check (typing goes
// on while the check runs). Completion, hover and signature help answer against this text: when it differs from
// the checked one only where the tree provably keeps its shape (inside texts, whitespace and comments, as for the
// fast path's diagnostics), the check's answers are moved with the text; otherwise the text is parsed afresh (a
// parse, no check) and the check's names, lists and options answer by name.

import QDSLSemantics
import QDSLSyntax

public struct CurrentText: Sendable {
  /// The last check.
  public let analysis: Analysis
  /// The current text.
  public let bytes: [UInt8]
  /// How the checked text's offsets move to the current text, when the tree keeps its shape.
  private let mapping: OffsetMapping?
  /// The current text parsed afresh, when the tree may have changed.
  private let reparsed: Analysis?

  public init(bytes: [UInt8], analysis: Analysis) {
    self.analysis = analysis
    self.bytes = bytes
    if let changes = analysis.changedTexts(bytes) {
      mapping = OffsetMapping(changes)
      reparsed = nil
    } else {
      mapping = nil
      reparsed = Analysis(reparsing: bytes, names: analysis)
    }
  }

  /// The current text when it is the analysed one.
  public init(analysis: Analysis) {
    self.analysis = analysis
    bytes = analysis.bytes
    mapping = OffsetMapping([])
    reparsed = nil
  }

  /// Another text than the analysed one, parsed afresh and answered with the analysis's names: a file of an
  /// instrument of several files, whose analysis is of the assembled text.
  public init(reparsing bytes: [UInt8], names analysis: Analysis) {
    self.analysis = analysis
    self.bytes = bytes
    mapping = nil
    reparsed = Analysis(reparsing: bytes, names: analysis, oneFileOfSeveral: true)
  }

  /// Whether the current text is answered by a fresh parse (for tests and traces).
  public var isReparsed: Bool { reparsed != nil }

  /// The fresh parse: made now if the moved answer could not be placed exactly (rare).
  private var fresh: Analysis { reparsed ?? Analysis(reparsing: bytes, names: analysis) }

  /// Completion at an offset of the current text, with the replaced range in the current text.
  public func completion(at offset: Int) -> Completion {
    let offset = Analysis.cursor(offset, in: bytes)
    if let mapping {
      var c = analysis.completion(at: mapping.moveBack(offset))
      if c.replacing.isEmpty {
        c.replacing = .empty(at: offset)
        return c
      }
      if let start = mapping.move(c.replacing.start, .start), start <= offset {
        c.replacing = TextRange(start, offset)
        return c
      }
    }
    return fresh.completion(at: offset)
  }

  /// The hover at an offset of the current text, with its range in the current text.
  public func hover(at offset: Int) -> Hover? {
    let offset = Analysis.cursor(offset, in: bytes)
    if let mapping {
      guard var h = analysis.hover(at: mapping.moveBack(offset)) else { return nil }
      if let range = mapping.move(h.range) {
        h.range = range
        return h
      }
    }
    return fresh.hover(at: offset)
  }

  /// Signature help at an offset of the current text.
  public func signatureHelp(at offset: Int) -> SignatureHelp? {
    let offset = Analysis.cursor(offset, in: bytes)
    if let mapping { return analysis.signatureHelp(at: mapping.moveBack(offset)) }
    return fresh.signatureHelp(at: offset)
  }
}
