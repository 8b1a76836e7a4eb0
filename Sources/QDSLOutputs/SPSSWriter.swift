// SPSS syntax (`STEM.sps`) that labels a data file with the codebook's variable names: VARIABLE LABELS,
// VALUE LABELS and MISSING VALUES in one language, quoted and cut to SPSS's limits. Also the label-text helpers
// (one line, byte- and character-safe truncation) that the SPSS and Stata writers share.

import QDSLSemantics
import QDSLText

/// Renders a codebook as SPSS command syntax for one language.
///
/// Labels are double-quoted with inner double quotes doubled, cut to 255 bytes (variable labels: SPSS takes 256,
/// PSPP keeps 255 and would cut a character in two) and 120 bytes (value labels) on character boundaries, and
/// long strings are continued over lines with `+`.
public enum SPSSWriter: LabellingScript {
  public static let variableLabelBytes = 255
  public static let valueLabelBytes = 120
  /// The most bytes of one quoted string on one line; longer labels are split into `"…" +` pieces.
  static let pieceBytes = 160
  static let lineWidth = 100
  static let doubleQuote = ByteTable("\"")

  public static let fileExtension = ".sps"

  public static func write(_ codebook: Codebook, level: Int, language: String, into out: inout OutputBuffer) {
    let variables = codebook.levels[level].variables
    out.append(contentsOf: header(codebook, level: level, language: language))
    variableLabels(codebook, variables, language, into: &out)
    valueLabels(codebook, variables, language, into: &out)
    missingValues(codebook, variables, into: &out)
  }

  private static func header(_ codebook: Codebook, level: Int, language: String) -> String {
    var lines = [
      "Encoding: UTF-8.",
      "SPSS syntax for the survey \(codebook.surveyID)"
        + (codebook.version.map { ", version \($0)" } ?? "") + ", labels in \(language), written by qdsl compile.",
    ]
    if let title = codebook.title?.text(language), !title.isEmpty { lines.append("Title: \(title).") }
    lines += [
      "It puts variable labels, value labels and missing values on a data file with these variable names.",
      "To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).",
      "Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.",
      "Labels are cut to what SPSS and PSPP keep: \(variableLabelBytes) bytes for variable labels, "
        + "\(valueLabelBytes) for value labels.",
    ]
    lines += codebook.levelLines(level, language: language, scriptExtension: fileExtension)
    lines += codebook.checkLines(language, in: codebook.levels[level].variables)
    lines += codebook.offeredLines(in: codebook.levels[level].variables)
    lines += codebook.variantLines(language, in: codebook.levels[level].variables)
    var out = ""
    for line in lines {
      // One line each, within the 256 bytes that SPSS reads of a line in included files.
      var text = LabelText.commentLine(line)
      if text.utf8.count > 250 { text = LabelText.truncated(text, maxBytes: 247) + "…" }
      out += "* " + text + (text.hasSuffix(".") ? "" : ".") + "\n"
    }
    return out
  }

  private static func variableLabels(
    _ codebook: Codebook, _ range: Range<Int>, _ language: String, into out: inout OutputBuffer
  ) {
    // Each line ends when the next begins: the last one ends with a period.
    var isFirst = true
    for v in codebook.variables[range] {
      let label = LabelText.label(v.labels.text(language), maxBytes: variableLabelBytes)
      if label.isEmpty { continue }
      out.append(isFirst ? "\nVARIABLE LABELS " : "\n  /")
      isFirst = false
      out.append(contentsOf: v.name)
      out.append(" ")
      appendQuotedPieces(label, indent: "    ", into: &out)
    }
    if !isFirst { out.append(".\n") }
  }

  private static func valueLabels(
    _ codebook: Codebook, _ range: Range<Int>, _ language: String, into out: inout OutputBuffer
  ) {
    var groups: [(names: [String], values: [(Int, String)])] = []
    var groupIndex: [[String]: Int] = [:]
    // Variables of one list share their values' storage: a repeat joins its group without re-making the key.
    var groupOfStorage: [UnsafeRawPointer: Int] = [:]
    for v in codebook.variables[range] where !v.values.isEmpty && v.storage != .text && v.storage != .date {
      let storage = v.values.storageIdentity
      if let storage, let i = groupOfStorage[storage] {
        groups[i].names.append(v.name)
        continue
      }
      let values = v.values.map {
        ($0.code, LabelText.label($0.labels.text(language), maxBytes: valueLabelBytes))
      }
      let key = values.flatMap { [String($0.0), $0.1] }
      if let i = groupIndex[key] {
        groups[i].names.append(v.name)
        if let storage { groupOfStorage[storage] = i }
      } else {
        groupIndex[key] = groups.count
        if let storage { groupOfStorage[storage] = groups.count }
        groups.append(([v.name], values))
      }
    }
    guard !groups.isEmpty else { return }
    out.append("\n")
    var isFirst = true
    for (i, group) in groups.enumerated() {
      let chunks = nameChunks(group.names, first: isFirst ? "VALUE LABELS " : nil, suffix: 0)
      for (k, chunk) in chunks.enumerated() {
        appendNames(chunk, first: isFirst, command: "VALUE LABELS ", into: &out)
        isFirst = false
        out.append("\n")
        let isLast = i == groups.count - 1 && k == chunks.count - 1
        for (j, (code, label)) in group.values.enumerated() {
          out.append("      ")
          out.append(code)
          out.append(" ")
          appendQuotedPieces(label, indent: "        ", into: &out)
          out.append(isLast && j == group.values.count - 1 ? ".\n" : "\n")
        }
      }
    }
  }

  private static func missingValues(_ codebook: Codebook, _ range: Range<Int>, into out: inout OutputBuffer) {
    var groups: [(names: [String], spec: String)] = []
    var groupIndex: [String: Int] = [:]
    var notes: [String] = []
    for v in codebook.variables[range] where !v.values.isEmpty && v.storage != .text && v.storage != .date {
      let missing = v.values.filter(\.isMissing).map(\.code)
      guard !missing.isEmpty else { continue }
      let (spec, undeclared) = missingSpec(missing, valid: v.values.filter { !$0.isMissing }.map(\.code))
      if !undeclared.isEmpty {
        notes.append(
          "SPSS allows three missing values per variable: \(v.name) also has the missing codes "
            + undeclared.map(String.init).joined(separator: ", ") + ", which are not declared missing here.")
      }
      if let i = groupIndex[spec] {
        groups[i].names.append(v.name)
      } else {
        groupIndex[spec] = groups.count
        groups.append(([v.name], spec))
      }
    }
    guard !groups.isEmpty else { return }
    out.append("\n")
    for note in notes {
      out.append("* ")
      out.append(contentsOf: note)
      out.append("\n")
    }
    var isFirst = true
    for (i, group) in groups.enumerated() {
      let suffix = group.spec.utf8.count + 3
      let chunks = nameChunks(group.names, first: isFirst ? "MISSING VALUES " : nil, suffix: suffix)
      for (k, chunk) in chunks.enumerated() {
        appendNames(chunk, first: isFirst, command: "MISSING VALUES ", into: &out)
        isFirst = false
        out.append(" (")
        out.append(contentsOf: group.spec)
        out.append(i == groups.count - 1 && k == chunks.count - 1 ? ").\n" : ")\n")
      }
    }
  }

  /// The value list of MISSING VALUES: up to three codes; else one range (`LO THRU HI`) holding no valid code,
  /// with at most one more code; else the first three codes and the ones left undeclared.
  static func missingSpec(_ codes: [Int], valid: [Int]) -> (spec: String, undeclared: [Int]) {
    let sorted = Array(Set(codes)).sorted()
    if sorted.count <= 3 { return (codes.map(String.init).joined(separator: ", "), []) }
    func clean(_ range: ArraySlice<Int>) -> Bool {
      guard let lo = range.first, let hi = range.last else { return false }
      return !valid.contains { $0 >= lo && $0 <= hi }
    }
    guard let first = sorted.first, let last = sorted.last else { return ("", []) }
    if clean(sorted[...]) { return ("\(first) THRU \(last)", []) }
    if clean(sorted.dropLast()), let hi = sorted.dropLast().last {
      return ("\(first) THRU \(hi), \(last)", [])
    }
    if clean(sorted.dropFirst()), let lo = sorted.dropFirst().first {
      return ("\(lo) THRU \(last), \(first)", [])
    }
    let declared = codes.prefix(3)
    return (declared.map(String.init).joined(separator: ", "), codes.filter { !declared.contains($0) })
  }

  /// The names of one specification of VALUE LABELS or MISSING VALUES, cut into runs that fit on a line of
  /// `lineWidth` columns with `suffix` more columns after them, each run to be written as a specification of its
  /// own on its own line.
  ///
  /// A name list is never wrapped onto a continuation line: PSPP (and SPSS in batch mode) reads a line that
  /// begins with a name such as `document`, `comment`, `title`, `begin data` or any command name as the start of
  /// a new command. So every line begins with the command, a `/`, a value or a quoted label, never with a name.
  private static func nameChunks(_ names: [String], first: StaticString?, suffix: Int) -> [ArraySlice<String>] {
    var chunks: [ArraySlice<String>] = []
    var start = 0
    var width = (first?.utf8CodeUnitCount ?? 3) + suffix
    for (i, name) in names.enumerated() {
      let needed = (i > start ? 1 : 0) + name.utf8.count
      if i > start, width + needed > lineWidth {
        chunks.append(names[start..<i])
        start = i
        width = 3 + suffix + name.utf8.count
      } else {
        width += needed
      }
    }
    chunks.append(names[start...])
    return chunks
  }

  /// One run of names, after the command (the first specification) or after `  /`.
  private static func appendNames(
    _ names: ArraySlice<String>, first: Bool, command: StaticString, into out: inout OutputBuffer
  ) {
    out.append(first ? command : "  /")
    for (i, name) in names.enumerated() {
      if i > 0 { out.append(" ") }
      out.append(contentsOf: name)
    }
  }

  /// Appends `quotedPieces(text, indent:)`; a label that fits on one line without quotes inside is the common case.
  private static func appendQuotedPieces(_ text: String, indent: String, into out: inout OutputBuffer) {
    if text.utf8.count + 2 <= pieceBytes, !doubleQuote.any(text) {
      out.append("\"")
      out.append(contentsOf: text)
      out.append("\"")
    } else if !LabelText.mayCombine.any(text) {
      var text = text
      text.withUTF8 { appendScalarPieces($0, indent: indent, into: &out) }
    } else {
      out.append(contentsOf: quotedPieces(text, indent: indent))
    }
  }

  /// `quotedPieces` for a text whose every character is one scalar (nothing in it may combine): the same cuts,
  /// found on the UTF-8 bytes without making a string of each character.
  private static func appendScalarPieces(
    _ utf8: UnsafeBufferPointer<UInt8>, indent: String, into out: inout OutputBuffer
  ) {
    /// The bytes a range takes in quotes: inner double quotes count twice.
    func quotedBytes(_ range: Range<Int>) -> Int {
      range.count + utf8[range].reduce(0) { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }
    }
    var isFirst = true
    func appendPiece(_ range: Range<Int>) {
      if !isFirst {
        out.append(" +\n")
        out.append(contentsOf: indent)
      }
      isFirst = false
      out.append("\"")
      for b in utf8[range] {
        if b == UInt8(ascii: "\"") { out.append(byte: b) }
        out.append(byte: b)
      }
      out.append("\"")
    }
    var start = 0
    var bytes = 2
    var lastSpace: Int?
    var i = 0
    while i < utf8.count {
      let b = utf8[i]
      let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
      let unit = b == UInt8(ascii: "\"") ? 2 : length
      if bytes + unit > pieceBytes {
        // Break after the last space in the second half of the piece when there is one.
        let cut = lastSpace.map { $0 + 1 } ?? i
        let keep = quotedBytes(start..<cut) > pieceBytes / 2 ? cut : i
        appendPiece(start..<keep)
        start = keep
        bytes = 2 + quotedBytes(keep..<i)
        lastSpace = nil
      }
      if b == UInt8(ascii: " ") { lastSpace = i }
      bytes += unit
      i += length
    }
    appendPiece(start..<utf8.count)
  }

  /// `"text"` with inner double quotes doubled; longer texts as `"…" +` pieces on continuation lines.
  static func quotedPieces(_ text: String, indent: String) -> String {
    if text.utf8.count + 2 <= pieceBytes, !doubleQuote.any(text) { return "\"" + text + "\"" }
    var pieces: [String] = []
    var piece: [String] = []
    var bytes = 2
    var lastSpace: Int?
    for ch in text {
      let unit = ch == "\"" ? "\"\"" : String(ch)
      if bytes + unit.utf8.count > pieceBytes {
        // Break after the last space in the second half of the piece when there is one.
        let cut = lastSpace.map { $0 + 1 } ?? piece.count
        let keep = piece[..<cut].reduce(0) { $0 + $1.utf8.count } > pieceBytes / 2 ? cut : piece.count
        pieces.append(piece[..<keep].joined())
        piece = Array(piece[keep...])
        bytes = 2 + piece.reduce(0) { $0 + $1.utf8.count }
        lastSpace = nil
      }
      if ch == " " { lastSpace = piece.count }
      piece.append(unit)
      bytes += unit.utf8.count
    }
    pieces.append(piece.joined())
    return pieces.map { "\"" + $0 + "\"" }.joined(separator: " +\n" + indent)
  }

  /// A label as SPSS writes it: one line, inner double quotes doubled, in double quotes.
  public static func quoted(_ text: String) -> String {
    "\"" + LabelText.singleLine(text).replacingAll("\"", with: "\"\"") + "\""
  }
}

/// Label texts for statistical packages: one line, cut to a limit without splitting a character.
enum LabelText {
  /// The starts of tabs, line breaks and the control characters that outputs replace.
  static let controls = ByteTable("\t", ByteTable.lineBreakStarts + ControlCharacters.starts)

  /// Bytes of a text where a character may be more than one scalar: CR (of CR LF) and the lead bytes of U+0300
  /// and above (combining marks, joiners, emoji). Without them, characters and scalars are one and the same.
  static let mayCombine = ByteTable(where: { $0 == UInt8(ascii: "\r") || $0 >= 0xCC })

  /// Tabs and line breaks (`Character.isNewline`; a CR LF pair once) become spaces, other control characters
  /// U+FFFD (see `ControlCharacters`).
  static func singleLine(_ s: String) -> String {
    guard controls.any(s) else { return s }
    var out = OutputBuffer(capacity: s.utf8.count + 8)
    out.append(s, special: controls) { out, utf8, i in
      if utf8[i] == UInt8(ascii: "\t") {
        out.append(" ")
        return i + 1
      }
      if let next = OutputBuffer.lineBreak(utf8, at: i) {
        out.append(" ")
        return next
      }
      return out.appendControlOrByte(utf8, at: i)
    }
    return out.text
  }

  /// A label for SPSS: one line, without spaces at either end (PSPP drops them, SPSS keeps them), cut to
  /// `maxBytes` bytes of whole characters.
  static func label(_ s: String, maxBytes: Int) -> String {
    trimmingSpaces(truncated(trimmingSpaces(singleLine(s)), maxBytes: maxBytes))
  }

  /// A label for Stata: one line, without spaces at either end, cut to `maxScalars` characters.
  static func label(_ s: String, maxScalars: Int) -> String {
    trimmingSpaces(truncated(trimmingSpaces(singleLine(s)), maxScalars: maxScalars))
  }

  /// `s` without spaces at its start and end.
  static func trimmingSpaces(_ s: String) -> String {
    guard s.utf8.first == UInt8(ascii: " ") || s.utf8.last == UInt8(ascii: " ") else { return s }
    let utf8 = s.utf8
    guard let start = utf8.firstIndex(where: { $0 != UInt8(ascii: " ") }),
      let end = utf8.lastIndex(where: { $0 != UInt8(ascii: " ") })
    else { return "" }
    return String(s[start...end])
  }

  /// The longest prefix of whole characters (grapheme clusters) with at most `maxBytes` UTF-8 bytes.
  static func truncated(_ s: String, maxBytes: Int) -> String {
    guard s.utf8.count > maxBytes else { return s }
    var cut = s.utf8.index(s.startIndex, offsetBy: maxBytes)
    if isSurelyCharacterBoundary(s, cut) { return String(s.unicodeScalars[..<cut]) }
    while cut > s.startIndex, cut.samePosition(in: s) == nil { cut = s.utf8.index(before: cut) }
    return String(s[..<cut])
  }

  /// The longest prefix of whole characters (grapheme clusters) with at most `maxScalars` Unicode scalars.
  static func truncated(_ s: String, maxScalars: Int) -> String {
    guard s.utf8.count > maxScalars,
      let offset = scalarOffset(s, maxScalars),
      case let limit = s.utf8.index(s.utf8.startIndex, offsetBy: offset),
      limit < s.endIndex
    else { return s }
    if isSurelyCharacterBoundary(s, limit) { return String(s.unicodeScalars[..<limit]) }
    var cut = limit
    while cut > s.startIndex, cut.samePosition(in: s) == nil { cut = s.unicodeScalars.index(before: cut) }
    return String(s[..<cut])
  }

  /// The UTF-8 offset of the scalar after the first `count` scalars (the end when there are exactly `count`), found
  /// by counting lead bytes; nil when there are fewer.
  private static func scalarOffset(_ s: String, _ count: Int) -> Int? {
    func offset(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
      var scalars = 0
      for (i, b) in utf8.enumerated() where b & 0xC0 != 0x80 {
        if scalars == count { return i }
        scalars += 1
      }
      return scalars == count ? utf8.count : nil
    }
    if let found = s.utf8.withContiguousStorageIfAvailable(offset) { return found }
    var s = s
    return s.withUTF8(offset)
  }

  /// Whether a character boundary is at `i` for certain, seen from the bytes around it: after an ASCII character
  /// other than CR, a scalar below U+0300 always starts a new character (nothing there extends or joins). A
  /// cheap test that spares most cuts the search for a boundary; false says nothing.
  private static func isSurelyCharacterBoundary(_ s: String, _ i: String.Index) -> Bool {
    let utf8 = s.utf8
    guard i > utf8.startIndex, i < utf8.endIndex else { return false }
    let next = utf8[i]
    let previous = utf8[utf8.index(before: i)]
    return next < 0xCC && next & 0xC0 != 0x80 && previous < 0x80 && previous != UInt8(ascii: "\r")
  }

  /// Text for a one-line comment in SPSS or Stata: one line, and no `/*`, `*/` or `//` that could start or end
  /// a comment of another kind.
  static func commentLine(_ s: String) -> String {
    var out = singleLine(s)
    while out.contains("/*") || out.contains("*/") || out.contains("//") {
      out = out.replacingAll("/*", with: "/ *").replacingAll("*/", with: "* /").replacingAll("//", with: "/ /")
    }
    return out
  }
}

extension String {
  /// Every occurrence of `target` replaced, without Foundation.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    var out = ""
    var rest = self[...]
    while let r = rest.firstRange(of: target) {
      out += rest[..<r.lowerBound]
      out += replacement
      rest = rest[r.upperBound...]
    }
    out += rest
    return out
  }
}
