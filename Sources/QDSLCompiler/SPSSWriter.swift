// SPSS syntax (`STEM.sps`) that labels a data file with the codebook's variable names: VARIABLE LABELS,
// VALUE LABELS and MISSING VALUES in one language, quoted and cut to SPSS's limits. Also the label-text helpers
// (one line, byte- and character-safe truncation) that the SPSS and Stata writers share.

import QDSLSemantics

/// Renders a codebook as SPSS command syntax for one language.
///
/// Labels are double-quoted with inner double quotes doubled, cut to 256 bytes (variable labels) and 120 bytes
/// (value labels) on character boundaries, and long strings are continued over lines with `+`.
public enum SPSSWriter {
  public static let variableLabelBytes = 256
  public static let valueLabelBytes = 120
  /// The most bytes of one quoted string on one line; longer labels are split into `"…" +` pieces.
  static let pieceBytes = 160
  static let lineWidth = 100

  /// The syntax file as text, ending with a newline.
  public static func render(_ codebook: Codebook, language: String) -> String {
    var out = header(codebook, language: language)
    variableLabels(codebook, language, into: &out)
    valueLabels(codebook, language, into: &out)
    missingValues(codebook, into: &out)
    return out
  }

  private static func header(_ codebook: Codebook, language: String) -> String {
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
      "Labels are cut to SPSS limits: \(variableLabelBytes) bytes for variable labels, "
        + "\(valueLabelBytes) for value labels.",
    ]
    var out = ""
    for line in lines {
      let text = LabelText.commentLine(line)
      out += "* " + text + (text.hasSuffix(".") ? "" : ".") + "\n"
    }
    return out
  }

  private static func variableLabels(_ codebook: Codebook, _ language: String, into out: inout String) {
    let labelled = codebook.variables.compactMap { v -> (String, String)? in
      let label = LabelText.truncated(LabelText.singleLine(v.labels.text(language)), maxBytes: variableLabelBytes)
      return label.isEmpty ? nil : (v.name, label)
    }
    guard !labelled.isEmpty else { return }
    out += "\nVARIABLE LABELS\n"
    for (i, (name, label)) in labelled.enumerated() {
      out += "  " + (i == 0 ? "" : "/") + name + " " + quotedPieces(label, indent: "    ")
      out += i == labelled.count - 1 ? ".\n" : "\n"
    }
  }

  private static func valueLabels(_ codebook: Codebook, _ language: String, into out: inout String) {
    var groups: [(names: [String], values: [(Int, String)])] = []
    var groupIndex: [[String]: Int] = [:]
    for v in codebook.variables where !v.values.isEmpty && v.storage != .text && v.storage != .date {
      let values = v.values.map {
        ($0.code, LabelText.truncated(LabelText.singleLine($0.labels.text(language)), maxBytes: valueLabelBytes))
      }
      let key = values.flatMap { [String($0.0), $0.1] }
      if let i = groupIndex[key] {
        groups[i].names.append(v.name)
      } else {
        groupIndex[key] = groups.count
        groups.append(([v.name], values))
      }
    }
    guard !groups.isEmpty else { return }
    out += "\nVALUE LABELS\n"
    for (i, group) in groups.enumerated() {
      out += nameList(group.names, first: i == 0 ? "  " : "  /", indent: "    ")
      for (j, (code, label)) in group.values.enumerated() {
        out += "      \(code) " + quotedPieces(label, indent: "        ")
        out += i == groups.count - 1 && j == group.values.count - 1 ? ".\n" : "\n"
      }
    }
  }

  private static func missingValues(_ codebook: Codebook, into out: inout String) {
    var groups: [(names: [String], spec: String)] = []
    var groupIndex: [String: Int] = [:]
    var notes: [String] = []
    for v in codebook.variables where !v.values.isEmpty && v.storage != .text && v.storage != .date {
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
    out += "\n"
    for note in notes { out += "* " + note + "\n" }
    out += "MISSING VALUES\n"
    for (i, group) in groups.enumerated() {
      out += nameList(group.names, first: i == 0 ? "  " : "  /", indent: "    ", end: false)
      out += " (" + group.spec + ")" + (i == groups.count - 1 ? ".\n" : "\n")
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

  /// Variable names separated by spaces, wrapped before `lineWidth` columns.
  private static func nameList(_ names: [String], first: String, indent: String, end: Bool = true) -> String {
    var out = first
    var width = first.count
    for (i, name) in names.enumerated() {
      if i > 0 {
        if width + 1 + name.utf8.count > lineWidth {
          out += "\n" + indent
          width = indent.count
        } else {
          out += " "
          width += 1
        }
      }
      out += name
      width += name.utf8.count
    }
    return end ? out + "\n" : out
  }

  /// `"text"` with inner double quotes doubled; longer texts as `"…" +` pieces on continuation lines.
  static func quotedPieces(_ text: String, indent: String) -> String {
    if text.utf8.count + 2 <= pieceBytes, !text.utf8.contains(UInt8(ascii: "\"")) { return "\"" + text + "\"" }
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
  /// Newlines, tabs and other control characters become spaces (a CR LF pair one space).
  static func singleLine(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return s }
    var out = ""
    var previousCR = false
    for u in s.unicodeScalars {
      if u == "\n", previousCR {
        previousCR = false
        continue
      }
      previousCR = u == "\r"
      if u.value < 0x20 || u.value == 0x7F {
        out += " "
      } else {
        out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// The longest prefix of whole characters (grapheme clusters) with at most `maxBytes` UTF-8 bytes.
  static func truncated(_ s: String, maxBytes: Int) -> String {
    guard s.utf8.count > maxBytes else { return s }
    var cut = s.utf8.index(s.startIndex, offsetBy: maxBytes)
    while cut > s.startIndex, cut.samePosition(in: s) == nil { cut = s.utf8.index(before: cut) }
    return String(s[..<cut])
  }

  /// The longest prefix of whole characters (grapheme clusters) with at most `maxScalars` Unicode scalars.
  static func truncated(_ s: String, maxScalars: Int) -> String {
    guard s.utf8.count > maxScalars,
      let limit = s.unicodeScalars.index(s.startIndex, offsetBy: maxScalars, limitedBy: s.endIndex),
      limit < s.endIndex
    else { return s }
    var cut = limit
    while cut > s.startIndex, cut.samePosition(in: s) == nil { cut = s.unicodeScalars.index(before: cut) }
    return String(s[..<cut])
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
