// A located finding of `check` or `diff` for the machine formats (SARIF, GitHub annotations): its code, level,
// message, place in a file (with the file's line index) and related places, whatever command made it.

import QDSLSemantics
import QDSLSyntax
import QDSLText

/// How serious an entry is, in the words SARIF and GitHub use.
enum ReportLevel: String {
  case error, warning, note

  /// The GitHub workflow command: `error`, `warning` or `notice`.
  var githubCommand: String { self == .note ? "notice" : rawValue }
}

/// A range in a file that a report can point at.
struct ReportLocation {
  var path: String
  var lines: LineIndex
  var range: TextRange
  var message: String

  /// 1-based line and column of an offset, the column counted in UTF-16 code units (SARIF's default, and what
  /// GitHub's web pages count).
  func utf16Position(_ offset: Int) -> (line: Int, column: Int) {
    let p = lines.position(of: offset, encoding: .utf16)
    return (p.line + 1, p.column + 1)
  }

  var start: (line: Int, column: Int) { utf16Position(range.start) }
  var end: (line: Int, column: Int) { utf16Position(range.end) }
}

/// One finding, ready for any machine format.
struct ReportEntry {
  var code: DiagnosticCode
  var level: ReportLevel
  var message: String
  var location: ReportLocation
  var related: [ReportLocation]
  var help: String?
  /// Extra facts for the machine formats (`class`, `variables`, `old`, `new` of a revision change).
  var properties: JSONObject = [:]
}

extension ReportEntry {
  /// An entry for a diagnostic of `qdsl check`.
  init(_ d: Diagnostic, path: String, lines: LineIndex) {
    self.init(
      code: d.code, level: d.severity == .error ? .error : .warning, message: d.message,
      location: ReportLocation(path: path, lines: lines, range: d.range, message: ""),
      related: d.related.map { ReportLocation(path: path, lines: lines, range: $0.range, message: $0.message) },
      help: d.help)
  }
}
