// Every diagnostic points into the file it is about: its range, related ranges and fixes lie within the source.

import QDSLSyntax

enum DiagnosticRanges {
  /// A finding for the first diagnostic whose range, a related range or a fix's range is not within the
  /// `count` bytes of the source (or ends before it starts).
  static func finding(_ diagnostics: [Diagnostic], count: Int) -> Finding? {
    func inside(_ r: TextRange) -> Bool { 0 <= r.start && r.start <= r.end && r.end <= count }
    for d in diagnostics {
      let ranges = [d.range] + d.related.map(\.range) + d.fixes.map(\.range)
      if let bad = ranges.first(where: { !inside($0) }) {
        return Finding(
          "a diagnostic points outside the file", "\(d.code.rawValue) \(d.message): \(bad) in \(count) bytes")
      }
    }
    return nil
  }

  /// The diagnostics one per line, for a report.
  static func list(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map { "  \($0.code.rawValue) \($0.range) \($0.message)" }.joined(separator: "\n")
  }
}
