// One open document: its current text and version, the latest finished analysis, and the edits made since that
// analysis, so that positions in the current text map to the analysed text and back.

import QDSLIDE
import QDSLSyntax
import QDSLText

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
  /// The current text for completion, hover and signature help, made once per version and analysis.
  var current: (version: Int, analysisVersion: Int?, text: CurrentText)?

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

  /// A change that sends the whole text (as Vim with ALE does for every keystroke) is recorded as the bytes that
  /// differ, so that positions outside them still map exactly to the analysed text.
  mutating func replaceAll(_ newText: [UInt8], version: Int) {
    let old = text
    let limit = min(old.count, newText.count)
    var prefix = 0
    while prefix < limit, old[prefix] == newText[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < limit - prefix, old[old.count - 1 - suffix] == newText[newText.count - 1 - suffix] { suffix += 1 }
    apply(TextRange(prefix, old.count - suffix), Array(newText[prefix..<(newText.count - suffix)]), version: version)
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
  var version = 0
  var analysisVersion: Int?

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

  func offset(_ position: JSON?) throws(ResponseError) -> Int { toAnalysis(try currentOffset(position)) }

  /// A position as an offset of the current text (for the requests a `CurrentText` answers).
  func currentOffset(_ position: JSON?) throws(ResponseError) -> Int {
    guard let line = position?["line"]?.int, let character = position?["character"]?.int else {
      throw .invalidParams("expected a position with 'line' and 'character'")
    }
    return lines.offset(line: line, column: character, encoding: encoding)
  }

  func range(_ json: JSON?) throws(ResponseError) -> TextRange {
    let start = try offset(json?["start"])
    let end = try offset(json?["end"])
    return TextRange(start, max(start, end))
  }

  func position(_ analysisOffset: Int) -> JSON { currentPosition(fromAnalysis(analysisOffset)) }

  func currentPosition(_ offset: Int) -> JSON {
    let p = lines.position(of: offset, encoding: encoding)
    return .object(["line": .int(p.line), "character": .int(p.column)])
  }

  /// A range of the current text.
  func currentRange(_ r: TextRange) -> JSON {
    .object(["start": currentPosition(r.start), "end": currentPosition(r.end)])
  }

  func range(_ r: TextRange) -> JSON { .object(["start": position(r.start), "end": position(r.end)]) }

  func location(_ r: TextRange) -> JSON { .object(["uri": .string(uri), "range": range(r)]) }
}
