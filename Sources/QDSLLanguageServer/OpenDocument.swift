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
  /// Set when the document is a file of an instrument of several files (or a module): `analysis` is then the
  /// instrument's, over its assembled text.
  var context: DocumentContext?
  /// The analysis round that set `analysis` (rounds finish in order; a late one is ignored).
  var generation = 0
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
  mutating func analysed(_ a: Analysis, version v: Int, context: DocumentContext?, generation: Int) -> Analysis? {
    guard generation > self.generation, analysisVersion.map({ v >= $0 }) ?? true else { return nil }
    let old = analysis
    analysis = a
    analysisVersion = v
    self.context = context
    self.generation = generation
    // An instrument's new analysis may come for the same version of this file: the current text's names renew.
    if context != nil { current = nil }
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
  /// The instrument of several files the document is part of; nil when the analysis is the document's own.
  var context: DocumentContext?

  /// Current-text offset to the offset in the document's text as analysed.
  func toFile(_ offset: Int) -> Int {
    var o = offset
    for e in edits.reversed() {
      if o <= e.range.start { continue }
      if o >= e.range.start + e.length { o = o - e.length + e.range.length } else { o = e.range.start }
    }
    return min(max(0, o), context?.bytes.count ?? analysis.bytes.count)
  }

  /// The document's analysed-text offset to current-text offset.
  func fromFile(_ offset: Int) -> Int {
    var o = offset
    for e in edits {
      if o <= e.range.start { continue }
      if o >= e.range.end { o = o + e.length - e.range.length } else { o = e.range.start + e.length }
    }
    return min(max(0, o), lines.bytes.count)
  }

  /// Current-text offset to analysed-text offset (the assembled text of an instrument of several files); nil for
  /// a place of a file that is not part of it (a module's header, a `use` line).
  func toAnalysis(_ offset: Int) -> Int? {
    let local = toFile(offset)
    guard let context else { return local }
    return context.instrument.assembledOffset(local, inFile: context.file)
  }

  /// Analysed-text offset to current-text offset; nil when it is in another file.
  func fromAnalysis(_ offset: Int) -> Int? {
    guard let context else { return fromFile(offset) }
    guard let r = context.instrument.locate(.empty(at: offset)), r.file == context.file else { return nil }
    return fromFile(r.start)
  }

  /// A position as an analysed-text offset; nil where the analysis has nothing (see `toAnalysis`).
  func offset(_ position: JSON?) throws(ResponseError) -> Int? { toAnalysis(try currentOffset(position)) }

  /// A position as an offset of the current text (for the requests a `CurrentText` answers).
  func currentOffset(_ position: JSON?) throws(ResponseError) -> Int {
    guard let line = position?["line"]?.int, let character = position?["character"]?.int else {
      throw .invalidParams("expected a position with 'line' and 'character'")
    }
    return lines.offset(line: line, column: character, encoding: encoding)
  }

  /// A range of the request as an analysed-text range; in a file of several, the part of the assembled text from
  /// the first piece of the file the range touches to the last (nil when it touches none).
  func range(_ json: JSON?) throws(ResponseError) -> TextRange? {
    let start = try currentOffset(json?["start"])
    let end = try currentOffset(json?["end"])
    guard let context else {
      let s = toFile(start)
      return TextRange(s, max(s, toFile(end)))
    }
    let local = TextRange(toFile(start), max(toFile(start), toFile(end)))
    var first: Int?
    var last: Int?
    for piece in context.instrument.assembledRanges(ofFile: context.file) {
      guard let s = context.instrument.locate(.empty(at: piece.start))?.start else { continue }
      let e = s + piece.length
      guard s <= local.end, local.start <= e else { continue }
      first = min(first ?? Int.max, piece.start + max(0, local.start - s))
      last = max(last ?? Int.min, piece.start + min(piece.length, local.end - s))
    }
    guard let first, let last else { return nil }
    return TextRange(first, max(first, last))
  }

  func position(_ analysisOffset: Int) -> JSON? { fromAnalysis(analysisOffset).map(currentPosition) }

  func currentPosition(_ offset: Int) -> JSON {
    let p = lines.position(of: offset, encoding: encoding)
    return .object(["line": .int(p.line), "character": .int(p.column)])
  }

  /// A range of the current text.
  func currentRange(_ r: TextRange) -> JSON {
    .object(["start": currentPosition(r.start), "end": currentPosition(r.end)])
  }

  /// An analysed-text range in the document's current text; nil when it is in another file.
  func range(_ r: TextRange) -> JSON? {
    guard let context else {
      return .object(["start": currentPosition(fromFile(r.start)), "end": currentPosition(fromFile(r.end))])
    }
    guard let local = context.instrument.locate(r), local.file == context.file else { return nil }
    return .object(["start": currentPosition(fromFile(local.start)), "end": currentPosition(fromFile(local.end))])
  }

  /// The file and range in it of an analysed-text range: this document (its current text) or another file of the
  /// instrument (its text as checked).
  func location(_ r: TextRange) -> JSON? {
    guard let context else { return .object(["uri": .string(uri), "range": range(r) ?? .null]) }
    guard let local = context.instrument.locate(r) else { return nil }
    if local.file == context.file {
      return .object([
        "uri": .string(uri),
        "range": .object(["start": currentPosition(fromFile(local.start)), "end": currentPosition(fromFile(local.end))]
        ),
      ])
    }
    return context.location(local, encoding)
  }

  /// The document a location is in (for grouping edits by file).
  func uri(of r: TextRange) -> String? {
    guard let context else { return uri }
    guard let local = context.instrument.locate(r) else { return nil }
    return context.uris[Int(local.file)]
  }
}

/// The instrument of several files a document is part of: its analysis, which file of it the document is, and the
/// URIs of all its files.
struct DocumentContext: Sendable {
  let instrument: InstrumentAnalysis
  /// The document's index in `instrument.sources.files`.
  let file: Int32
  /// The URI of each file, by index.
  let uris: [String]
  /// The path of each file, by index (the entry's as the server names it).
  let paths: [String]

  /// The document's text as checked.
  var bytes: [UInt8] { instrument.sources.files[Int(file)].parse.tree.bytes }

  /// A range of a file of the instrument, in that file's text as checked.
  func location(_ local: TextRange, _ encoding: PositionEncoding) -> JSON {
    .object(["uri": .string(uris[Int(local.file)]), "range": range(local, encoding)])
  }

  func range(_ local: TextRange, _ encoding: PositionEncoding) -> JSON {
    let lines = instrument.sources.files[Int(local.file)].parse.lineIndex
    func position(_ o: Int) -> JSON {
      let p = lines.position(of: o, encoding: encoding)
      return .object(["line": .int(p.line), "character": .int(p.column)])
    }
    return .object(["start": position(local.start), "end": position(local.end)])
  }
}
