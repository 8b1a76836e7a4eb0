// Writing a workbook as a minimal .xlsx file: content types, relationships, the workbook, one worksheet per sheet
// and the shared strings, deflated into a zip with fixed timestamps (the same workbook always gives the same bytes).

extension Workbook {
  /// The workbook as an .xlsx file that Excel, LibreOffice and openpyxl (pyxform's reader) open. Every cell is
  /// text (a shared string); empty cells and empty rows are left out. Characters XML cannot hold are written as
  /// `_xHHHH_`, as Excel does, and read back by `Workbook(xlsx:)`. Sheet names should be valid in Excel (at most 31
  /// characters, none of `[]:*?/\`, unique) and cells at most 32,767 characters long; they are written as given. A workbook without sheets gets one empty
  /// sheet, `Sheet1`, since a workbook file must have one.
  public func xlsxBytes() -> [UInt8] {
    let sheets = self.sheets.isEmpty ? [Sheet(name: "Sheet1", rows: [])] : self.sheets
    var strings: [String] = []
    var index: [String: Int] = [:]
    var references = 0
    var worksheets: [[UInt8]] = []
    for sheet in sheets {
      var xml = XMLText(Self.declaration)
      xml.raw("<worksheet xmlns=\"\(Self.main)\">")
      var lastRow = 0
      var lastColumn = 0
      for (r, row) in sheet.rows.enumerated() {
        for (c, cell) in row.enumerated() where !cell.isEmpty {
          lastRow = max(lastRow, r)
          lastColumn = max(lastColumn, c)
        }
      }
      let corner = CellLocation.letters(lastColumn) + String(lastRow + 1)
      xml.raw("<dimension ref=\"" + (corner == "A1" ? "A1" : "A1:" + corner) + "\"/><sheetData>")
      let letters = (0...lastColumn).map { Array(CellLocation.letters($0).utf8) }
      for (r, row) in sheet.rows.enumerated() where row.contains(where: { !$0.isEmpty }) {
        xml.raw("<row r=\"")
        xml.number(r + 1)
        xml.raw("\">")
        for (c, cell) in row.enumerated() where !cell.isEmpty {
          let id: Int
          if let known = index[cell] {
            id = known
          } else {
            id = strings.count
            index[cell] = id
            strings.append(cell)
          }
          references += 1
          xml.raw("<c r=\"")
          xml.bytes.append(contentsOf: letters[c])
          xml.number(r + 1)
          xml.raw("\" t=\"s\"><v>")
          xml.number(id)
          xml.raw("</v></c>")
        }
        xml.raw("</row>")
      }
      xml.raw("</sheetData></worksheet>")
      worksheets.append(xml.bytes)
    }

    var shared = XMLText(Self.declaration)
    shared.raw("<sst xmlns=\"\(Self.main)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">")
    for string in strings {
      let spaced = string.first.map(\.isWhitespace) == true || string.last.map(\.isWhitespace) == true
      shared.raw(spaced ? "<si><t xml:space=\"preserve\">" : "<si><t>")
      shared.text(string)
      shared.raw("</t></si>")
    }
    shared.raw("</sst>")

    var book = XMLText(Self.declaration)
    book.raw("<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.officeRelationships)\"><sheets>")
    for (i, sheet) in sheets.enumerated() {
      book.raw("<sheet name=\"")
      book.text(sheet.name, attribute: true)
      book.raw("\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>")
    }
    book.raw("</sheets></workbook>")

    var bookRelationships = XMLText(Self.declaration)
    bookRelationships.raw("<Relationships xmlns=\"\(Self.packageRelationships)\">")
    for i in sheets.indices {
      bookRelationships.raw(
        "<Relationship Id=\"rId\(i + 1)\" Type=\"\(Self.officeRelationships)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
      )
    }
    bookRelationships.raw(
      "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.officeRelationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        + "<Relationship Id=\"rId\(sheets.count + 2)\" Type=\"\(Self.officeRelationships)/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>")

    var types = XMLText(Self.declaration)
    let type = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    types.raw(
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(type).sheet.main+xml\"/>")
    for i in sheets.indices {
      types.raw("<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"\(type).worksheet+xml\"/>")
    }
    types.raw(
      "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(type).sharedStrings+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(type).styles+xml\"/></Types>")

    var packageRelationships = XMLText(Self.declaration)
    packageRelationships.raw(
      "<Relationships xmlns=\"\(Self.packageRelationships)\"><Relationship Id=\"rId1\" "
        + "Type=\"\(Self.officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")

    var parts: [(String, [UInt8])] = [
      ("[Content_Types].xml", types.bytes), ("_rels/.rels", packageRelationships.bytes),
      ("xl/_rels/workbook.xml.rels", bookRelationships.bytes), ("xl/sharedStrings.xml", shared.bytes),
      ("xl/styles.xml", Array((Self.declaration + Self.styles).utf8)), ("xl/workbook.xml", book.bytes),
    ]
    for (i, worksheet) in worksheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", worksheet)) }
    parts.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
    var zip = ZipWriter()
    for (name, data) in parts { zip.add(name, data) }
    return zip.finish()
  }

  private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
  /// One font, the two fills Excel requires, one border and one cell format: the least styles part Excel accepts.
  private static let styles =
    "<styleSheet xmlns=\"\(main)\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
}

/// XML being written as UTF-8 bytes, with cell text escaped.
private struct XMLText {
  var bytes: [UInt8] = []

  init(_ start: String) { bytes.append(contentsOf: start.utf8) }

  mutating func raw(_ text: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

  /// A non-negative whole number in decimal.
  mutating func number(_ n: Int) {
    if n >= 10 { number(n / 10) }
    bytes.append(UInt8(0x30 + n % 10))
  }

  /// Escapes `&`, `<`, `>` (and in attributes `"` and line ends); a carriage return as a character reference
  /// (XML would read a literal one as a line feed); characters XML cannot hold and literal `_xHHHH_` as OOXML's
  /// `_xHHHH_` escape.
  mutating func text(_ text: String, attribute: Bool = false) {
    let plain = text.utf8.allSatisfy { b in
      b >= 0x20 && b != 0x26 && b != 0x3C && b != 0x3E && b != 0x22 && b != 0x5F && b != 0xEF
        || (!attribute && (b == 0x09 || b == 0x0A))
    }
    if plain {
      bytes.append(contentsOf: text.utf8)
      return
    }
    let source = Array(text.utf8)
    var i = 0
    while i < source.count {
      let b = source[i]
      switch b {
      case 0x26: raw("&amp;")
      case 0x3C: raw("&lt;")
      case 0x3E: raw("&gt;")
      case 0x22 where attribute: raw("&quot;")
      case 0x0D: raw("&#13;")
      case 0x0A where attribute: raw("&#10;")
      case 0x09 where attribute: raw("&#9;")
      case 0x09, 0x0A: bytes.append(b)
      case 0x00..<0x20: raw("_x00" + hex(b) + "_")
      case 0x5F where CellTextEscape.escapeStarts(source, at: i): raw("_x005F_")
      case 0xEF where i + 2 < source.count && source[i + 1] == 0xBF && (source[i + 2] == 0xBE || source[i + 2] == 0xBF):
        raw(source[i + 2] == 0xBE ? "_xFFFE_" : "_xFFFF_")
        i += 2
      default: bytes.append(b)
      }
      i += 1
    }
  }

  private func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
  }
}
