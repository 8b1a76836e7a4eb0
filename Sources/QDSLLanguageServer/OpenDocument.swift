// One open document: its current text and version, the latest finished analysis, and the edits made since that
// analysis, so that positions in the current text map to the analysed text and back.

import QDSLIDE
import QDSLSyntax

/// An edit applied to the text: `range` (in the text before it) replaced by `length` bytes.
struct AppliedEdit: Sendable {
  var version: Int
  var range: TextRange
  var length: Int
}

/// The server's view of an open document. Mutated only under the server's lock.
struct OpenDocument: Sendable {
  var uri: String
  var version: Int
  /// The current text and its line starts.
  var lines: LineIndex
  var text: [UInt8] { lines.bytes }
  var analysis: Analysis?
  var analysisVersion: Int?
  /// Edits newer than `analysisVersion`, oldest first.
  var pendingEdits: [AppliedEdit] = []
  var publishedVersion: Int?

  init(uri: String, text: [UInt8], version: Int) {
    self.uri = uri
    self.version = version
    self.lines = LineIndex(text)
  }

  /// Replaces a byte range of the text (already clamped) with new text.
  mutating func apply(_ range: TextRange, _ newText: [UInt8], version: Int) {
    lines.replace(range, with: newText)
    pendingEdits.append(AppliedEdit(version: version, range: range, length: newText.count))
  }

  mutating func update(_ body: (inout OpenDocument) -> Void) { body(&self) }

  mutating func replaceAll(_ newText: [UInt8], version: Int) {
    apply(TextRange(0, text.count), newText, version: version)
  }

  /// Records that an analysis of `version` finished: edits up to it are no longer pending. Returns the analysis
  /// it replaces, so that the caller can free it after releasing the lock.
  mutating func analysed(_ a: Analysis, version v: Int) -> Analysis? {
    guard analysisVersion.map({ v > $0 }) ?? true else { return nil }
    let old = analysis
    analysis = a
    analysisVersion = v
    pendingEdits.removeAll { $0.version <= v }
    return old
  }
}

/// A snapshot for answering one request: the analysis and how to map its offsets to the current text.
struct DocumentView: Sendable {
  var uri: String
  var analysis: Analysis
  var edits: [AppliedEdit]
  var lines: LineIndex
  var encoding: PositionEncoding
  /// The base URL of the diagnostic pages that `codeDescription` links to.
  var diagnosticDocs: String

  /// Current-text offset to analysed-text offset.
  func toAnalysis(_ offset: Int) -> Int {
    var o = offset
    for e in edits.reversed() {
      if o <= e.range.start { continue }
      if o >= e.range.start + e.length { o = o - e.length + e.range.length } else { o = e.range.start }
    }
    return min(max(0, o), analysis.bytes.count)
  }

  /// Analysed-text offset to current-text offset.
  func fromAnalysis(_ offset: Int) -> Int {
    var o = offset
    for e in edits {
      if o <= e.range.start { continue }
      if o >= e.range.end { o = o + e.length - e.range.length } else { o = e.range.start + e.length }
    }
    return min(max(0, o), lines.bytes.count)
  }

  func offset(_ position: JSON?) throws(ResponseError) -> Int {
    guard let line = position?["line"]?.int, let character = position?["character"]?.int else {
      throw .invalidParams("expected a position with 'line' and 'character'")
    }
    return toAnalysis(lines.offset(line: line, column: character, encoding: encoding))
  }

  func range(_ json: JSON?) throws(ResponseError) -> TextRange {
    let start = try offset(json?["start"])
    let end = try offset(json?["end"])
    return TextRange(start, max(start, end))
  }

  func position(_ analysisOffset: Int) -> JSON {
    let p = lines.position(of: fromAnalysis(analysisOffset), encoding: encoding)
    return .object(["line": .int(p.line), "character": .int(p.column)])
  }

  func range(_ r: TextRange) -> JSON { .object(["start": position(r.start), "end": position(r.end)]) }

  func location(_ r: TextRange) -> JSON { .object(["uri": .string(uri), "range": range(r)]) }
}
