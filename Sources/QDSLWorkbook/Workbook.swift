// A spreadsheet as the XLSForm tools see it: named sheets of rows of cell texts, read from and written to files.

/// One sheet: its name and its rows, top to bottom, each a row of cell texts left to right ("" for an empty
/// cell; trailing empty cells may be omitted, so rows differ in length). `rows[0]` is the sheet's first row (row 1
/// in a spreadsheet program); a row that the file leaves out is an empty row, so row numbers stay those a person
/// sees.
public struct Sheet: Sendable, Equatable {
  public var name: String
  public var rows: [[String]]
  /// For a sheet read from a text file (CSV, Markdown): the 1-based line of the file where each row starts, one
  /// per row; nil for a spreadsheet file, whose row numbers are the rows' own.
  public var lines: [Int]?

  public init(name: String, rows: [[String]], lines: [Int]? = nil) {
    self.name = name
    self.rows = rows
    self.lines = lines
  }

  /// Where a cell is, by 0-based row and column, for messages: the spreadsheet's row number, and the file's line
  /// when the sheet came from a text file.
  public func location(row: Int, column: Int? = nil, header: String? = nil) -> CellLocation {
    let line = lines.flatMap { row >= 0 && row < $0.count ? $0[row] : nil }
    return CellLocation(sheet: name, row: row + 1, column: column, header: header, line: line)
  }

  /// The text of a cell by 0-based row and column; "" outside the sheet.
  public func cell(row: Int, column: Int) -> String {
    guard row >= 0, row < rows.count, column >= 0, column < rows[row].count else { return "" }
    return rows[row][column]
  }
}

/// A workbook: its sheets in the file's order.
public struct Workbook: Sendable, Equatable {
  public var sheets: [Sheet]

  public init(sheets: [Sheet]) { self.sheets = sheets }

  /// The first sheet with this name, compared without regard to ASCII case and surrounding spaces (XLSForm tools
  /// accept `Survey` for `survey`).
  public func sheet(named name: String) -> Sheet? {
    let wanted = CellLocation.folded(name)
    return sheets.first { CellLocation.folded($0.name) == wanted }
  }
}

/// Where something is in a workbook, for messages: `sheet survey, row 12, column C (relevant)`; in a text file
/// `line 14, sheet survey, column C (relevant)` (a text file's row numbers mean nothing to its reader).
public struct CellLocation: Sendable, Equatable, CustomStringConvertible {
  public var sheet: String
  /// 1-based, as a spreadsheet program numbers rows; nil for the whole sheet.
  public var row: Int?
  /// 0-based column index; nil for a whole row.
  public var column: Int?
  /// The column's header (`relevant`, `label::English (en)`), when known.
  public var header: String?
  /// The 1-based line of a text file (CSV, Markdown), when the workbook came from one.
  public var line: Int?

  public init(sheet: String, row: Int? = nil, column: Int? = nil, header: String? = nil, line: Int? = nil) {
    self.sheet = sheet
    self.row = row
    self.column = column
    self.header = header
    self.line = line
  }

  /// The column's letters: 0 is A, 25 is Z, 26 is AA.
  public static func letters(_ column: Int) -> String {
    var n = column + 1
    var out: [Character] = []
    while n > 0 {
      let r = (n - 1) % 26
      out.append(Character(Unicode.Scalar(UInt8(65 + r))))
      n = (n - 1) / 26
    }
    return String(out.reversed())
  }

  public var description: String {
    var parts: [String] = []
    if let line { parts.append("line \(line)") }
    if !sheet.isEmpty { parts.append("sheet \(sheet)") }
    if let row, line == nil { parts.append("row \(row)") }
    if let column {
      parts.append("column \(Self.letters(column))" + (header.map { " (\($0))" } ?? ""))
    }
    return parts.joined(separator: ", ")
  }

  static func folded(_ s: String) -> String {
    String(
      decoding: s.utf8.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed().map {
        $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0
      }, as: UTF8.self)
  }
}

/// Why a file could not be read as a workbook, located where possible.
public struct WorkbookError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var location: CellLocation?
  /// What the user can do about it.
  public var help: String?

  public init(_ message: String, at location: CellLocation? = nil, help: String? = nil) {
    self.message = message
    self.location = location
    self.help = help
  }

  public var description: String { (location.map { "\($0): " } ?? "") + message }
}
