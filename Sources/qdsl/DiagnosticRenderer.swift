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
    for (range, label, primary) in snippets {
      let l = lines.line(of: range.start)
      if l != lastLine {
        if lastLine >= 0 && l != lastLine + 1 {
          out += style.blue(String(repeating: ".", count: min(3, gutter + 1))) + "\n"
        }
        let number = String(l + 1)
        out +=
          style.blue(String(repeating: " ", count: gutter - number.count) + number + " |") + " " + lines.lineText(l)
          + "\n"
      }
      lastLine = l
      let lineRange = lines.lineRange(l)
      let start = min(range.start, lineRange.end)
      let end = max(start, min(range.end, lineRange.end))
      let prefix = String(decoding: lines.bytes[lineRange.start..<start], as: UTF8.self)
      let pad = String(prefix.map { $0 == "\t" ? "\t" : " " })
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
