// The sheets of pyxform's text forms of an XLSForm (CSV and Markdown tables): a row whose first cell is filled
// starts the sheet of that name, and the other cells of each row are that sheet's cells.

/// Collects the rows of a text form into sheets, line by line.
struct TextSheets {
  private var sheets: [Sheet] = []
  /// The first line of each sheet, by its name folded (so finding a repeated name is not quadratic).
  private var firstLines: [String: Int] = [:]

  /// Adds one row of the file: `first` is its first cell (a sheet's name, or empty), `cells` the rest; `line` is
  /// where the row starts. Cells are trimmed; a row with nothing but spaces is skipped (as pyxform skips it).
  mutating func add(first: String, cells: [String], line: Int) throws(WorkbookError) {
    let name = first.trimmingWhitespace
    var row = cells.map(\.trimmingWhitespace)
    while row.last?.isEmpty == true { row.removeLast() }
    if !name.isEmpty {
      let folded = CellLocation.folded(name)
      if let earlier = firstLines[folded] {
        throw WorkbookError(
          "the sheet \(name) starts a second time (it first starts on line \(earlier))",
          at: CellLocation(sheet: name, line: line),
          help: "put all of a sheet's rows under its one name row, or clear the first cell of this row")
      }
      sheets.append(Sheet(name: name, rows: [], lines: []))
      firstLines[folded] = line
    }
    guard !row.isEmpty else { return }
    guard !sheets.isEmpty else {
      throw WorkbookError(
        "this row comes before any sheet's name", at: CellLocation(sheet: "", line: line),
        help:
          "the first column names the sheet its rows belong to: put 'survey' (or 'choices', 'settings') in the first cell of the first row"
      )
    }
    sheets[sheets.count - 1].rows.append(row)
    sheets[sheets.count - 1].lines?.append(line)
  }

  /// The workbook, or an error when the file had no sheet at all.
  func workbook(_ format: String) throws(WorkbookError) -> Workbook {
    guard !sheets.isEmpty else {
      throw WorkbookError(
        "the \(format) has no sheet: no row has a sheet's name in its first cell",
        help:
          "write the form as pyxform's \(format) does: a row whose first cell is 'survey', then the survey's rows with an empty first cell"
      )
    }
    return Workbook(sheets: sheets)
  }
}

extension String {
  /// The text without leading and trailing white space (Unicode's, as Python's `strip()`).
  var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.isSpaceLike }),
      let end = scalars.lastIndex(where: { !$0.isSpaceLike })
    else { return "" }
    if start == scalars.startIndex && scalars.index(after: end) == scalars.endIndex { return self }
    return String(scalars[start...end])
  }
}

extension Unicode.Scalar {
  /// White space as Python's `str.isspace()` sees it: Unicode's white space and the separators U+001C to U+001F.
  var isSpaceLike: Bool { properties.isWhitespace || (value >= 0x1C && value <= 0x1F) }
}
