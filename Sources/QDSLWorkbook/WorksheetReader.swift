// One worksheet part's cells into rows of texts: cell references placed (gaps become empty cells and rows), each
// cell's value by its type (shared, inline, string, boolean, error, number), in one pass over the XML.

enum WorksheetReader {
  /// The largest row and column numbers a spreadsheet has (Excel's 1,048,576 rows and 16,384 columns).
  static let maxRow = 1_048_576
  static let maxColumn = 16_384

  static func rows(
    _ data: [UInt8], part: String, sheet: String, shared: [String], dates: DateCells, limits: WorkbookLimits
  ) throws(WorkbookError) -> [[String]] {
    var scanner = XMLScanner(data, part: part)
    var rows: [[String]] = []
    var row = -1
    var column = -1
    var cells = 0
    while true {
      let token = try scanner.next()
      if case .endOfDocument = token { break }
      guard case .start(let selfClosing) = token else { continue }
      if scanner.isNamed("row") {
        if let range = scanner.attribute("r") {
          guard let n = number(scanner.bytes[range]), n >= 1, n <= maxRow else {
            throw WorkbookError(
              "a row has the number '\(String(decoding: scanner.bytes[range], as: UTF8.self))', which is no row",
              at: CellLocation(sheet: sheet), help: ZipArchive.help)
          }
          row = n - 1
        } else {
          row += 1
        }
        column = -1
        continue
      }
      guard scanner.isNamed("c") else { continue }
      if let range = scanner.attribute("r") {
        guard let (r, c) = reference(scanner.bytes[range]) else {
          throw WorkbookError(
            "a cell has the reference '\(String(decoding: scanner.bytes[range], as: UTF8.self))', which is no cell",
            at: CellLocation(sheet: sheet, row: row + 1), help: ZipArchive.help)
        }
        if let r { row = r }
        column = c
      } else {
        column += 1
      }
      if row < 0 { row = 0 }
      guard column < maxColumn else {
        throw WorkbookError(
          "a cell lies past the last column", at: CellLocation(sheet: sheet, row: row + 1), help: ZipArchive.help)
      }
      let type = scanner.attribute("t")
      let isShared = type.map { scanner.equal($0, "s") } ?? false
      let isInline = type.map { scanner.equal($0, "inlineStr") } ?? false
      let isBoolean = type.map { scanner.equal($0, "b") } ?? false
      let isNumber = type.map { scanner.equal($0, "n") } ?? true
      let style = scanner.attribute("s").flatMap { number(scanner.bytes[$0]) } ?? 0
      guard !selfClosing else { continue }
      let (value, inline) = try content(&scanner)
      let location = CellLocation(sheet: sheet, row: row + 1, column: column)
      var text: String
      if isShared {
        guard let index = Int(value.trimmingSpaces), index >= 0, index < shared.count else {
          throw WorkbookError(
            "the cell refers to shared string '\(value)', which the file does not have", at: location,
            help: ZipArchive.help)
        }
        text = shared[index]
      } else if isInline {
        text = CellTextEscape.unescape(inline ?? value)
      } else if isBoolean {
        text = value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
      } else if isNumber {
        text = value.isEmpty ? "" : dates.text(value, style: style) ?? NumberText.display(value)
      } else {
        text = CellTextEscape.unescape(value)  // str (a formula's text), e (an error like #N/A), d (an ISO date)
      }
      guard !text.isEmpty else { continue }
      if row >= rows.count {
        cells += row + 1 - rows.count
        rows.append(contentsOf: repeatElement([], count: row + 1 - rows.count))
      }
      if column >= rows[row].count {
        cells += column + 1 - rows[row].count
        rows[row].append(contentsOf: repeatElement("", count: column + 1 - rows[row].count))
      }
      guard cells <= limits.maxCells else {
        throw WorkbookError(
          "the sheet spans more than \(limits.maxCells) cells, more than qdsl reads", at: location,
          help: "delete the cells far below or to the right of the form")
      }
      rows[row][column] = text
    }
    return rows
  }

  /// The text of a cell's `<v>` and of its `<is>` (inline string: runs joined, phonetic runs left out), reading
  /// up to and including the cell's end tag; a formula (`<f>`) is skipped, its cached value is the `<v>`.
  private static func content(_ scanner: inout XMLScanner) throws(WorkbookError) -> (String, String?) {
    var value = ""
    var inline = ""
    var hasInline = false
    var depth = 1
    var inValue = false
    var inInline = false
    var inText = false
    var phonetic = 0
    while depth > 0 {
      switch try scanner.next() {
      case .start(let selfClosing):
        if selfClosing {
          if scanner.isNamed("is") { hasInline = true }
          continue
        }
        if scanner.isNamed("f") {
          try scanner.skipElement()
          continue
        }
        depth += 1
        if scanner.isNamed("v") {
          inValue = true
        } else if scanner.isNamed("is") {
          inInline = true
          hasInline = true
        } else if scanner.isNamed("rPh") {
          phonetic += 1
        } else if scanner.isNamed("t") && inInline && phonetic == 0 {
          inText = true
        }
      case .end:
        depth -= 1
        if scanner.isNamed("v") {
          inValue = false
        } else if scanner.isNamed("is") {
          inInline = false
        } else if scanner.isNamed("rPh") {
          phonetic -= 1
        } else if scanner.isNamed("t") {
          inText = false
        }
      case .text(let range):
        if inValue {
          value += try scanner.decode(range)
        } else if inText {
          inline += try scanner.decode(range)
        }
      case .cdata(let range):
        let text = String(decoding: scanner.bytes[range], as: UTF8.self)
        if inValue {
          value += text
        } else if inText {
          inline += text
        }
      case .endOfDocument:
        throw scanner.error("it ends inside a cell")
      }
    }
    return (value, hasInline ? inline : nil)
  }

  /// A positive decimal number of at most seven digits.
  static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    guard !digits.isEmpty, digits.count <= 7 else { return nil }
    var n = 0
    for d in digits {
      guard d >= 0x30 && d <= 0x39 else { return nil }
      n = n * 10 + Int(d - 0x30)
    }
    return n
  }

  /// A cell reference (`B12`, `$B$12`, `B`) as a 0-based row (nil when it has none) and column.
  static func reference(_ text: ArraySlice<UInt8>) -> (Int?, Int)? {
    var i = text.startIndex
    if i < text.endIndex && text[i] == 0x24 { i += 1 }
    var column = 0
    var letters = 0
    while i < text.endIndex, letters < 4 {
      var b = text[i]
      if b >= 0x61 && b <= 0x7A { b -= 0x20 }
      guard b >= 0x41 && b <= 0x5A else { break }
      column = column * 26 + Int(b - 0x40)
      letters += 1
      i += 1
    }
    guard letters > 0 else { return nil }
    if i < text.endIndex && text[i] == 0x24 { i += 1 }
    if i == text.endIndex { return (nil, column - 1) }
    guard let row = number(text[i...]), row >= 1, row <= maxRow else { return nil }
    return (row - 1, column - 1)
  }
}
