// textDocument/formatting: the layout of `qdsl fmt` (QDSLFormat), sent as one edit of the changed lines.

import QDSLFormat
import QDSLSyntax

extension LanguageServer {
  /// Formats the current text of the document. A text with syntax errors is left as it is (an empty list of
  /// edits): its errors are already shown as diagnostics, and formatting must never lose text.
  func formatting(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    let current = v.lines.bytes
    guard case .formatted(let text) = Formatter.format(bytes: current),
      let edit = FormatEdit.between(current, Array(text.utf8))
    else { return .array([]) }
    let start = v.lines.position(of: edit.range.start, encoding: v.encoding)
    let end = v.lines.position(of: edit.range.end, encoding: v.encoding)
    let range: JSON = .object([
      "start": .object(["line": .int(start.line), "character": .int(start.character)]),
      "end": .object(["line": .int(end.line), "character": .int(end.character)]),
    ])
    return .array([.object(["range": range, "newText": .string(edit.newText)])])
  }
}
