// Reading pyxform's Markdown form of an XLSForm, the tables of its test suite: `| survey | | |` starts a sheet,
// `| | type | name |` rows fill it; `#` comments, `\|` escapes and separator rows as pyxform's md_table reader has them.

extension Workbook {
  /// Reads pyxform's Markdown tables:
  ///
  ///     | survey |      |      |       |
  ///     |        | type | name | label |
  ///     |        | text | q1   | Hello |
  ///
  /// A table row starts with `|` (after spaces) and its cells run to the last `|`; a row whose first cell is filled
  /// starts the sheet of that name (its other cells, when any, are the sheet's first row); the other rows' cells
  /// belong to the current sheet. `\|` is a `|` inside a cell. As in pyxform, a line starting with `#` is a comment,
  /// a `#` comment after the last `|` is dropped, lines that are no table row are ignored, separator rows
  /// (`|---|---|`, also with spaces and colons) are skipped, and so are rows with no filled cell. Each sheet's
  /// `lines` say where its rows are. Errors name the line: rows before the first sheet's name, a sheet that starts
  /// twice.
  public init(markdown text: String) throws(WorkbookError) {
    var sheets = TextSheets()
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var number = 0
    // Lines end at "\n" alone, as pyxform splits them (a "\r" before it is white space after the last "|").
    for line in scalars.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      guard let cells = Self.tableCells(line) else { continue }
      try sheets.add(first: cells[0], cells: Array(cells.dropFirst()), line: number)
    }
    self = try sheets.workbook("Markdown table")
  }

  /// The cells of a table row, escapes undone (not yet trimmed); nil for a line that is no table row, a comment
  /// or a separator.
  static func tableCells(_ line: ArraySlice<Unicode.Scalar>) -> [String]? {
    let scalars = Array(line)
    var start = 0
    while start < scalars.count && scalars[start].isSpaceLike { start += 1 }
    guard start < scalars.count else { return nil }
    if scalars[start] == "#" { return nil }
    var end = scalars.count
    // pyxform's `^(.*)(#[^|]+)$`: a comment is the last `#` after the last `|` with something after it.
    let lastPipe = scalars.lastIndex(of: "|") ?? -1
    if let hash = scalars[(lastPipe + 1)...].lastIndex(where: { $0 == "#" }).flatMap({ last in
      last + 1 < scalars.count ? last : scalars[(lastPipe + 1)..<last].lastIndex(of: "#")
    }) {
      end = hash
    }
    guard scalars[start] == "|", let closing = scalars[..<end].lastIndex(of: "|"), closing > start else {
      return nil
    }
    let inner = scalars[(start + 1)..<closing]
    if inner.allSatisfy({ $0 == "|" || $0 == "-" || $0 == ":" || $0.isSpaceLike }) && inner.contains("-") {
      return nil
    }
    var cells: [String] = []
    var cell = String.UnicodeScalarView()
    var i = inner.startIndex
    while i < inner.endIndex {
      let s = inner[i]
      if s == "\\" && i + 1 < inner.endIndex && inner[i + 1] == "|" {
        cell.append("|")
        i += 2
        continue
      }
      if s == "|" {
        cells.append(String(cell))
        cell = String.UnicodeScalarView()
      } else {
        cell.append(s)
      }
      i += 1
    }
    cells.append(String(cell))
    return cells
  }
}
