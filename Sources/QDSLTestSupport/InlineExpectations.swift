// Inline expected diagnostics in fixtures: `# ^^^ error[QD2001]` under the offending line, carets at the
// columns of the range (rust-analyzer's annotations); `#< error[QD2013]` for a range that starts at column 1.
// Annotation lines are comments, so they do not change what is checked; they refer to the line above them
// that is not itself an annotation.

import QDSLSyntax

/// One expected diagnostic.
public struct ExpectedDiagnostic: Hashable, CustomStringConvertible {
  public var line: Int
  public var startColumn: Int
  /// nil when only the start is given (`#<`).
  public var endColumn: Int?
  public var severity: String
  public var code: String
  public var messageFragment: String?

  public var description: String {
    "\(line):\(startColumn)\(endColumn.map { "-\($0)" } ?? "") \(severity)[\(code)]"
      + (messageFragment.map { ": \($0)" } ?? "")
  }
}

public enum InlineExpectations {
  /// Parses the annotations of a fixture. Columns are 0-based UTF-8 offsets within the line.
  public static func parse(_ source: String) -> [ExpectedDiagnostic] {
    var result: [ExpectedDiagnostic] = []
    var target = -1
    // Lines as the lexer reads them: "\n", "\r\n" and a lone "\r" each end one.
    let lines = LineIndex(source)
    for number in 0..<lines.lineCount {
      let range = lines.lineRange(number)
      let bytes = Array(lines.bytes[range.start..<range.end])
      guard let annotation = annotation(bytes) else {
        target = number
        continue
      }
      guard target >= 0 else { continue }
      var expected = annotation
      expected.line = target
      result.append(expected)
    }
    return result
  }

  private static func annotation(_ bytes: [UInt8]) -> ExpectedDiagnostic? {
    var i = 0
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    guard i < bytes.count, bytes[i] == UInt8(ascii: "#") else { return nil }
    let hash = i
    i += 1
    var start: Int
    var end: Int?
    if i < bytes.count, bytes[i] == UInt8(ascii: "<") {
      start = 0
      i += 1
    } else {
      while i < bytes.count, bytes[i] == 0x20 { i += 1 }
      guard i < bytes.count, bytes[i] == UInt8(ascii: "^") else { return nil }
      start = i
      while i < bytes.count, bytes[i] == UInt8(ascii: "^") { i += 1 }
      end = i
      _ = hash
    }
    let rest = String(decoding: bytes[i...], as: UTF8.self).trimmingSpaces()
    // severity[CODE] optionally followed by ": message fragment"
    guard let open = rest.firstIndex(of: "["), let close = rest.firstIndex(of: "]") else { return nil }
    let severity = String(rest[..<open])
    let code = String(rest[rest.index(after: open)..<close])
    var fragment: String?
    let after = rest[rest.index(after: close)...]
    if after.hasPrefix(":") { fragment = String(after.dropFirst()).trimmingSpaces() }
    guard severity == "error" || severity == "warning" else { return nil }
    return ExpectedDiagnostic(
      line: 0, startColumn: start, endColumn: end, severity: severity, code: code, messageFragment: fragment)
  }

  /// Compares diagnostics with a fixture's annotations; returns problems as readable lines (empty when they agree).
  /// `only` limits the comparison to some codes (the parser tests look at syntax codes only).
  public static func verify(
    _ diagnostics: [Diagnostic], source: String, lines: LineIndex, only: (String) -> Bool = { _ in true }
  ) -> [String] {
    var expected = parse(source).filter { only($0.code) }
    let diagnostics = diagnostics.filter { only($0.code.rawValue) }
    var problems: [String] = []
    var unmatched: [Diagnostic] = []
    // Columns count Unicode scalars, so carets line up under non-ASCII text as people see it.
    func column(_ offset: Int) -> Int { lines.position(of: offset, encoding: .utf32).column }
    for d in diagnostics {
      let line = lines.line(of: d.range.start)
      let startColumn = column(d.range.start)
      let lineEnd = lines.lineRange(line).end
      let endColumn = column(min(d.range.end, lineEnd))
      let index = expected.firstIndex { e in
        guard e.line == line, e.code == d.code.rawValue, e.severity == d.severity.rawValue, e.startColumn == startColumn
        else { return false }
        if let end = e.endColumn, end != endColumn, !(d.range.isEmpty && end == startColumn + 1) { return false }
        if let fragment = e.messageFragment, !d.message.contains(fragment) { return false }
        return true
      }
      if let index {
        expected.remove(at: index)
      } else {
        unmatched.append(d)
      }
    }
    for d in unmatched {
      let p = lines.position(of: d.range.start)
      let line = lines.line(of: d.range.start)
      let col = column(d.range.start)
      let width = max(1, column(min(d.range.end, lines.lineRange(line).end)) - col)
      let marker = col == 0 ? "#<" : "#" + String(repeating: " ", count: col - 1) + String(repeating: "^", count: width)
      problems.append(
        "unexpected \(d.severity.rawValue)[\(d.code.rawValue)] at \(p.line):\(p.column): \(d.message)\n    annotate it as: "
          + marker + " \(d.severity.rawValue)[\(d.code.rawValue)]")
    }
    for e in expected {
      problems.append(
        "expected \(e.severity)[\(e.code)] at line \(e.line + 1), column \(e.startColumn + 1) was not reported")
    }
    return problems
  }
}

extension String {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
    return String(s)
  }
}
