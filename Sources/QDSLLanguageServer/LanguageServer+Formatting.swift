// textDocument/formatting and rangeFormatting: the layout of `qdsl fmt` (QDSLFormat), as one edit of changed lines.

import QDSLFormat
import QDSLSyntax
import QDSLText

extension LanguageServer {
  /// Formats the current text of the document. A text with syntax errors is left as it is (an empty list of
  /// edits): its errors are already shown as diagnostics, and formatting must never lose text.
  func formatting(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    let current = v.lines.bytes
    guard case .formatted(let text) = Formatter.format(bytes: current),
      let edit = FormatEdit.between(current, Array(text.utf8))
    else { return .array([]) }
    return edits(edit, v)
  }

  /// Formats the top-level declarations (header lines, choice lists, items) that the range touches.
  func rangeFormatting(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    func offset(_ position: JSON?) throws(ResponseError) -> Int {
      guard let line = position?["line"]?.int, let character = position?["character"]?.int else {
        throw .invalidParams("expected params.range with 'start' and 'end' positions")
      }
      return v.lines.offset(line: line, column: character, encoding: v.encoding)
    }
    let start = try offset(p["range"]?["start"])
    let end = try offset(p["range"]?["end"])
    guard
      case .success(let found) = Formatter.formatDeclarations(
        Parse(bytes: v.lines.bytes), touching: TextRange(start, max(start, end))),
      let edit = found
    else { return .array([]) }
    return edits(edit, v)
  }

  private func edits(_ edit: FormatEdit, _ v: DocumentView) -> JSON {
    let start = v.lines.position(of: edit.range.start, encoding: v.encoding)
    let end = v.lines.position(of: edit.range.end, encoding: v.encoding)
    let range: JSON = .object([
      "start": .object(["line": .int(start.line), "character": .int(start.column)]),
      "end": .object(["line": .int(end.line), "character": .int(end.column)]),
    ])
    return .array([.object(["range": range, "newText": .string(edit.newText)])])
  }
}
