// A Stata do-file (`STEM.do`) that labels a data file with the codebook's variable names: `label variable`,
// missing-value codes turned into extended missing values (.a, .b, …), `label define` and `label values`, in one
// language, every label in compound double quotes with macro characters escaped.

import QDSLSemantics
import QDSLText

/// Renders a codebook as a Stata do-file for one language.
///
/// Variable labels are cut to 80 characters; value-label names are at most 32 characters. Each missing-value
/// code gets one extended missing value for the whole file, in order of distance from zero (-1 → .a, -2 → .b).
public enum StataWriter: LabellingScript {
  public static let variableLabelCharacters = 80
  public static let valueLabelCharacters = 32_000
  public static let nameCharacters = 32
  static let lineWidth = 100

  public static let fileExtension = ".do"

  public static func write(_ codebook: Codebook, level: Int, language: String, into out: inout OutputBuffer) {
    let range = codebook.levels[level].variables
    let letters = missingLetters(codebook, range)
    out.append(contentsOf: header(codebook, level: level, language: language, letters: letters))
    out.append("\nversion 14\n")
    variableLabels(codebook, range, language, into: &out)
    extendedMissing(codebook, range, letters, into: &out)
    valueLabels(codebook, range, language, letters, into: &out)
  }

  private static func header(_ codebook: Codebook, level: Int, language: String, letters: [Int: String]) -> String {
    var lines = [
      "Stata do-file for the survey \(codebook.surveyID)"
        + (codebook.version.map { ", version \($0)" } ?? "") + ", labels in \(language), written by qdsl compile."
    ]
    if let title = codebook.title?.text(language), !title.isEmpty { lines.append("Title: \(title)") }
    lines += [
      "It puts variable labels, value labels and missing values on a data file with these variable names.",
      "To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).",
      "Then save the data as a .dta file to keep the labels.",
      "Variable labels are cut to Stata's \(variableLabelCharacters) characters.",
    ]
    lines += codebook.levelLines(level, language: language, scriptExtension: fileExtension)
    if !letters.isEmpty {
      let pairs = letters.sorted { $0.value < $1.value }.map { "\($0.value) = \($0.key)" }
      lines.append("Missing-value codes become extended missing values: " + pairs.joined(separator: ", ") + ".")
    }
    lines += codebook.checkLines(language, in: codebook.levels[level].variables)
    lines += codebook.offeredLines(in: codebook.levels[level].variables)
    lines += codebook.variantLines(language, in: codebook.levels[level].variables)
    return lines.map { "* " + LabelText.commentLine($0) }.joined(separator: "\n") + "\n"
  }

  /// One extended missing value (`.a` … `.z`) per distinct missing-value code, nearest to zero first.
  static func missingLetters(_ codebook: Codebook, _ range: Range<Int>) -> [Int: String] {
    var codes: Set<Int> = []
    for v in codebook.variables[range] where isCoded(v) {
      for value in v.values where value.isMissing { codes.insert(value.code) }
    }
    let ordered = codes.sorted { ($0.magnitude, $0) < ($1.magnitude, $1) }
    var letters: [Int: String] = [:]
    for (code, letter) in zip(ordered, "abcdefghijklmnopqrstuvwxyz") { letters[code] = "." + String(letter) }
    return letters
  }

  private static func isCoded(_ v: CodebookVariable) -> Bool {
    !v.values.isEmpty && v.storage != .text && v.storage != .date
  }

  private static func variableLabels(
    _ codebook: Codebook, _ range: Range<Int>, _ language: String, into out: inout OutputBuffer
  ) {
    var isFirst = true
    for v in codebook.variables[range] {
      let label = LabelText.label(v.labels.text(language), maxScalars: variableLabelCharacters)
      if label.isEmpty { continue }
      if isFirst { out.append("\n* Variable labels\n") }
      isFirst = false
      out.append("label variable ")
      out.append(contentsOf: v.name)
      out.append(" ")
      out.appendStataQuoted(label)
      out.append("\n")
    }
  }

  private static func extendedMissing(
    _ codebook: Codebook, _ range: Range<Int>, _ letters: [Int: String], into out: inout OutputBuffer
  ) {
    var lines = OutputBuffer()
    var unmapped: [String] = []
    for v in codebook.variables[range] where isCoded(v) {
      for value in v.values where value.isMissing {
        if let letter = letters[value.code] {
          lines.append("replace ")
          lines.append(contentsOf: v.name)
          lines.append(" = ")
          lines.append(contentsOf: letter)
          lines.append(" if ")
          lines.append(contentsOf: v.name)
          lines.append(" == ")
          lines.append(value.code)
          lines.append("\n")
        } else {
          unmapped.append("\(v.name) == \(value.code)")
        }
      }
    }
    if lines.isEmpty && unmapped.isEmpty { return }
    out.append("\n* Missing-value codes as extended missing values\n")
    if !unmapped.isEmpty {
      out.append("* Stata has 26 extended missing values; these missing codes are kept as they are: ")
      out.append(contentsOf: LabelText.commentLine(unmapped.joined(separator: ", ")))
      out.append("\n")
    }
    out.append(contentsOf: lines)
  }

  private static func valueLabels(
    _ codebook: Codebook, _ range: Range<Int>, _ language: String, _ letters: [Int: String],
    into out: inout OutputBuffer
  ) {
    var groups: [(name: String, names: [String], values: [(String, String)])] = []
    var groupIndex: [[String]: Int] = [:]
    var labelNames: Set<String> = []
    // Variables of one list share their values' storage: a repeat joins its group without re-making the key.
    var groupOfStorage: [UnsafeRawPointer: Int] = [:]
    for v in codebook.variables[range] where isCoded(v) {
      let storage = v.values.storageIdentity
      if let storage, let i = groupOfStorage[storage] {
        groups[i].names.append(v.name)
        continue
      }
      let values = v.values.map { value -> (String, String) in
        let code = value.isMissing ? letters[value.code] ?? String(value.code) : String(value.code)
        let text = LabelText.label(value.labels.text(language), maxScalars: valueLabelCharacters)
        return (code, text)
      }
      let key = values.flatMap { [$0.0, $0.1] }
      if let i = groupIndex[key] {
        groups[i].names.append(v.name)
        if let storage { groupOfStorage[storage] = i }
      } else {
        let name = labelName(preferredLabelName(v), taken: labelNames)
        labelNames.insert(name)
        if let storage { groupOfStorage[storage] = groups.count }
        groupIndex[key] = groups.count
        groups.append((name, [v.name], values))
      }
    }
    guard !groups.isEmpty else { return }
    out.append("\n* Value labels\n")
    for group in groups {
      out.append("label define ")
      out.append(contentsOf: group.name)
      for (code, text) in group.values {
        out.append(" ///\n  ")
        out.append(contentsOf: code)
        out.append(" ")
        out.appendStataQuoted(text)
      }
      out.append(", replace\n")
      wrapped("label values", group.names + [group.name], into: &out)
    }
  }

  /// The name a value label would like: `selected` for the 0/1 of `many of` options, `true_false` for calculated
  /// conditions, the grid's name for grid rows, else the variable's name.
  static func preferredLabelName(_ v: CodebookVariable) -> String {
    switch (v.storage, v.source) {
    case (.flag, _): return "selected"
    case (.boolean, _): return "true_false"
    case (_, .gridRow(let grid, _)): return grid
    default: return v.name
    }
  }

  /// A value-label name: `name` cut to 32 characters and made unique.
  static func labelName(_ name: String, taken: Set<String>) -> String {
    let base = String(name.prefix(nameCharacters))
    if !taken.contains(base) { return base }
    var n = 2
    while true {
      let suffix = "_\(n)"
      let candidate = String(base.prefix(nameCharacters - suffix.count)) + suffix
      if !taken.contains(candidate) { return candidate }
      n += 1
    }
  }

  /// `command word word …`, continued with `///` before `lineWidth` columns.
  private static func wrapped(_ command: String, _ words: [String], into out: inout OutputBuffer) {
    out.append(contentsOf: command)
    var width = command.count
    for word in words {
      if width + 1 + word.count + 4 > lineWidth {
        out.append(" ///\n  ")
        width = 2
      } else {
        out.append(" ")
        width += 1
      }
      out.append(contentsOf: word)
      width += word.count
    }
    out.append("\n")
  }

  /// A label in compound double quotes, `` `"…"' ``, on one line. `\`, `$` and `` ` `` are escaped with a
  /// backslash so that no macro is expanded, and the two sequences that would open or close a compound quote
  /// inside the text (`` `" `` and `"'`, and a final `` ` ``) are written with a typographic quote (‘" and "’).
  public static func quoted(_ text: String) -> String {
    var out = OutputBuffer(capacity: text.utf8.count + 8)
    out.appendStataQuoted(text)
    return out.text
  }

  static let special = ByteTable("\\$`'")
}

extension OutputBuffer {
  /// Appends a label in compound double quotes (see `StataWriter.quoted`).
  mutating func appendStataQuoted(_ text: String) {
    append("`\"")
    // The special characters are ASCII, so the characters before and after them are seen in the bytes.
    append(LabelText.singleLine(text), special: StataWriter.special) { out, utf8, i in
      switch utf8[i] {
      case UInt8(ascii: "\\"): out.append("\\\\")
      case UInt8(ascii: "$"): out.append("\\$")
      case UInt8(ascii: "`"):
        out.append(i + 1 == utf8.count || utf8[i + 1] == UInt8(ascii: "\"") ? "\u{2018}" : "\\`")
      default:
        out.append(i > 0 && utf8[i - 1] == UInt8(ascii: "\"") ? "\u{2019}" : "'")
      }
      return i + 1
    }
    append("\"'")
  }
}
