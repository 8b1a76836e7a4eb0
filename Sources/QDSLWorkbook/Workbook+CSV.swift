// Reading pyxform's CSV form of an XLSForm: several sheets in one CSV (RFC 4180 quoting, CRLF or LF, a byte order
// mark), each started by a row whose first cell is the sheet's name.

extension Workbook {
  /// Reads pyxform's CSV form of an XLSForm:
  ///
  ///     survey,,,
  ///     ,type,name,label
  ///     ,text,q1,"Hello, world"
  ///
  /// A row whose first cell is filled starts the sheet of that name (that row's other cells, when any, are its
  /// first row); the other rows' first cell is empty and their other cells belong to the current sheet. Cells may
  /// be quoted (`"a ""quoted"" word"`, line breaks inside quotes) as RFC 4180 and Python's csv module read them.
  /// Cells are trimmed; empty rows are skipped, and each sheet's `lines` say where its rows are. Errors name the
  /// line: an unclosed quote, rows before the first sheet's name, a sheet that starts twice.
  public init(csv text: String) throws(WorkbookError) {
    var sheets = TextSheets()
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var i = 0
    var line = 1
    var cells: [String] = []
    var cell: [UInt8] = []
    var rowLine = 1
    var quoteLine = 1
    /// Whether the current row has anything (so an empty line is no row).
    var started = false

    func endRow() throws(WorkbookError) {
      cells.append(String(decoding: cell, as: UTF8.self))
      cell.removeAll(keepingCapacity: true)
      if started {
        try sheets.add(first: cells[0], cells: Array(cells.dropFirst()), line: rowLine)
      }
      cells.removeAll(keepingCapacity: true)
      started = false
    }

    while i < bytes.count {
      let b = bytes[i]
      if !started { rowLine = line }
      switch b {
      case 0x22 where cell.isEmpty || !started:  // a quoted cell (also after text, as Python's csv reads it)
        started = true
        quoteLine = line
        i += 1
        var closed = false
        while i < bytes.count {
          let q = bytes[i]
          if q == 0x22 {
            if i + 1 < bytes.count && bytes[i + 1] == 0x22 {
              cell.append(0x22)
              i += 2
              continue
            }
            closed = true
            i += 1
            break
          }
          if q == 0x0A || (q == 0x0D && !(i + 1 < bytes.count && bytes[i + 1] == 0x0A)) { line += 1 }
          cell.append(q)
          i += 1
        }
        guard closed else {
          throw WorkbookError(
            "a quoted cell opens here and never closes", at: CellLocation(sheet: "", line: quoteLine),
            help: "close the quote with '\"' (a quote inside a quoted cell is written twice: \"\")")
        }
        continue
      case 0x2C:
        started = true
        cells.append(String(decoding: cell, as: UTF8.self))
        cell.removeAll(keepingCapacity: true)
      case 0x0D, 0x0A:
        if b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
        try endRow()
        line += 1
      default:
        started = true
        cell.append(b)
      }
      i += 1
    }
    if started || !cell.isEmpty { try endRow() }
    self = try sheets.workbook("CSV")
  }
}
