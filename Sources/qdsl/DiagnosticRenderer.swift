// Renders diagnostics for people (a compiler-style snippet with carets) and for machines (JSON).

import QDSLSemantics
import QDSLSyntax
import QDSLText

/// Terminal styles, applied only when colour is on.
struct Style {
  var enabled: Bool

  func paint(_ text: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
  func bold(_ t: String) -> String { paint(t, "1") }
  func severity(_ s: Severity, _ t: String) -> String { paint(t, s == .error ? "1;31" : "1;33") }
  func blue(_ t: String) -> String { paint(t, "1;34") }
  func cyan(_ t: String) -> String { paint(t, "1;36") }
}

enum DiagnosticRenderer {
  /// The most diagnostics the text output shows for one file; the rest are counted in one line. (A file that is
  /// not a questionnaire at all, such as a README, would otherwise bury the terminal in hundreds of errors.)
  static let maxPerFile = 20

  /// The diagnostics of one file for people: each as `text(_:…)` shows it, separated by blank lines, at most
  /// `limit` of them (in source order), then a note with how many more there are. `more` ends that note (where
  /// to see them all).
  static func text(
    _ diagnostics: [Diagnostic], path: String, lines: LineIndex, style: Style, limit: Int = maxPerFile,
    more: String = ""
  ) -> String {
    var out = ""
    for d in diagnostics.prefix(limit) { out += text(d, path: path, lines: lines, style: style) + "\n" }
    let hidden = diagnostics.count - limit
    guard hidden > 0 else { return out }
    let errors = diagnostics.dropFirst(limit).filter { $0.severity == .error }.count
    let what =
      errors == hidden
      ? (hidden == 1 ? "error" : "errors") : errors == 0 ? (hidden == 1 ? "warning" : "warnings") : "problems"
    out +=
      style.bold("\(path): ") + "and \(hidden) more \(what), not shown (the first \(limit) of a file are)" + more
      + "\n\n"
    return out
  }

  /// `path:line:col: error[QD2001]: message`, the source line with carets, related locations and `help:`.
  /// `label` replaces the severity's name (`breaking` for a change found by `qdsl diff`).
  static func text(_ d: Diagnostic, path: String, lines: LineIndex, style: Style, label: String? = nil) -> String {
    let (line, column) = lines.position(of: d.range.start)
    var out = style.bold("\(path):\(line):\(column): ")
    out +=
      style.severity(d.severity, "\(label ?? d.severity.rawValue)[\(d.code.rawValue)]") + style.bold(": \(d.message)")
      + "\n"
    var snippets: [(TextRange, String, Bool)] = [(d.range, "", true)]
    snippets += d.related.map { ($0.range, $0.message, false) }
    snippets.sort { $0.0.start < $1.0.start }
    let gutter = String(snippets.map { lines.position(of: $0.0.start).line }.max() ?? 1).count
    let empty = String(repeating: " ", count: gutter)
    out += style.blue("\(empty) |") + "\n"
    var lastLine = -1
    var lastWindow = TextRange(0, 0)
    for (range, label, primary) in snippets {
      let l = lines.line(of: range.start)
      let lineRange = lines.lineRange(l)
      let start = min(range.start, lineRange.end)
      let window = snippetWindow(lines.bytes, line: lineRange, around: start)
      // A second mark on the same line reuses the printed line when it falls inside it.
      let shown =
        l == lastLine && lastWindow.start <= start
        && (start < lastWindow.end || (start == lastWindow.end && lastWindow.end == lineRange.end))
      if !shown {
        if lastLine >= 0 && l != lastLine && l != lastLine + 1 {
          out += style.blue(String(repeating: ".", count: min(3, gutter + 1))) + "\n"
        }
        let number = String(l + 1)
        let cutStart = window.start > lineRange.start ? "…" : ""
        let cutEnd = window.end < lineRange.end ? "…" : ""
        out +=
          style.blue(String(repeating: " ", count: gutter - number.count) + number + " |") + " " + cutStart
          + String(decoding: lines.bytes[window.start..<window.end], as: UTF8.self) + cutEnd + "\n"
        lastWindow = window
      }
      lastLine = l
      let end = max(start, min(range.end, lineRange.end, lastWindow.end))
      let prefix = String(decoding: lines.bytes[lastWindow.start..<start], as: UTF8.self)
      let pad = (lastWindow.start > lineRange.start ? " " : "") + String(prefix.map { $0 == "\t" ? "\t" : " " })
      let marked = String(decoding: lines.bytes[start..<end], as: UTF8.self)
      let width = max(1, marked.count)
      let marks = String(repeating: primary ? "^" : "-", count: width)
      let painted = primary ? style.severity(d.severity, marks) : style.blue(marks)
      out +=
        style.blue("\(empty) |") + " " + pad + painted
        + (label.isEmpty ? "" : " " + (primary ? label : style.blue(label))) + "\n"
    }
    if let help = d.help { out += style.blue("\(empty) =") + " " + style.bold("help") + ": " + help + "\n" }
    return out
  }

  /// The longest source line a snippet shows whole, in Unicode scalars; a longer one (a minified or generated file
  /// can have one line of megabytes) is cut to `snippetWidth` scalars around the marked column, with '…' where it
  /// was cut.
  static let snippetMaxLine = 240
  static let snippetWidth = 120
  /// How much of a cut line is shown before the marked column.
  static let snippetLead = 40

  /// The bytes of `line` a snippet shows: the whole line when it is short, else a window of `snippetWidth` scalars
  /// that starts `snippetLead` scalars before `offset`. Linear in the window, not in the line.
  static func snippetWindow(_ bytes: [UInt8], line: TextRange, around offset: Int) -> TextRange {
    if line.length <= snippetMaxLine { return line }
    // Scalars up to the limit: a line of many multi-byte letters may still be short enough.
    var scalars = 0
    var i = line.start
    while i < line.end && scalars <= snippetMaxLine {
      if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
      i += 1
    }
    if scalars <= snippetMaxLine { return line }
    func isScalarStart(_ i: Int) -> Bool { bytes[i] & 0xC0 != 0x80 }
    var start = min(max(offset, line.start), line.end)
    var lead = 0
    while start > line.start && lead < snippetLead {
      start -= 1
      while start > line.start && !isScalarStart(start) { start -= 1 }
      lead += 1
    }
    var end = start
    var count = 0
    while end < line.end && count < snippetWidth {
      end += 1
      while end < line.end && !isScalarStart(end) { end += 1 }
      count += 1
    }
    // Near the line's end, the window reaches back further.
    if end == line.end {
      while start > line.start && count < snippetWidth {
        start -= 1
        while start > line.start && !isScalarStart(start) { start -= 1 }
        count += 1
      }
    }
    return TextRange(start, end)
  }

  /// One diagnostic as a JSON object with 1-based positions.
  static func json(_ d: Diagnostic, path: String, lines: LineIndex) -> JSON {
    func position(_ r: TextRange) -> JSONObject {
      let s = lines.position(of: r.start)
      let e = lines.position(of: r.end)
      return ["line": .int(s.line), "column": .int(s.column), "endLine": .int(e.line), "endColumn": .int(e.column)]
    }
    var fields: JSONObject = [
      "file": .string(path), "code": .string(d.code.rawValue), "severity": .string(d.severity.rawValue),
      "message": .string(d.message),
    ]
    fields += position(d.range)
    fields["help"] = d.help.map { .string($0) } ?? .null
    fields["related"] = .array(d.related.map { .object(position($0.range) + ["message": .string($0.message)]) })
    fields["fixes"] = .array(
      d.fixes.map {
        .object(["title": .string($0.title)] + position($0.range) + ["replacement": .string($0.replacement)])
      })
    return .object(fields)
  }
}
