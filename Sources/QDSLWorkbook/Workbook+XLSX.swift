// Reading an .xlsx file: the zip container, then SpreadsheetML's parts (the workbook's sheet list and its
// relationships, the shared strings, each worksheet's cells) into sheets of cell texts as a person sees them.

extension Workbook {
  /// Reads an .xlsx (or .xlsm) workbook. Cells become the text a person sees: shared, inline and rich text as
  /// written (runs joined, phonetic guides left out, `_xHHHH_` escapes undone); numbers in their shortest form
  /// (`1`, not `1.0`); numbers in a date format as ISO dates, date-times or times (`2024-06-12`,
  /// `2024-06-12 08:30:00`, `08:30:00`); booleans `TRUE`/`FALSE`; errors as shown (`#N/A`); formulas their cached
  /// value. A row or cell the file leaves out is empty, so row numbers stay those of the spreadsheet program; rows
  /// do not end in empty cells and a sheet does not end in empty rows. Every failure is one `WorkbookError` that
  /// says what to do.
  public init(xlsx bytes: [UInt8], limits: WorkbookLimits = .standard) throws(WorkbookError) {
    guard !bytes.isEmpty else {
      throw WorkbookError("the file is empty", help: "save the form again as an Excel workbook (.xlsx)")
    }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      throw WorkbookError(
        "the file is a password-protected workbook or an old Excel 97-2003 workbook (.xls)",
        help: "save it as .xlsx without a password")
    }
    guard bytes.starts(with: [0x50, 0x4B]) else {
      throw WorkbookError(
        "the file is not an .xlsx workbook: an .xlsx file is a zip archive, and this one is not",
        help: "qdsl reads XLSForms as .xlsx, .csv or .md files; save the form as .xlsx")
    }
    var archive = try ZipArchive(bytes, limits: limits)
    let workbookPart = try Self.workbookPart(&archive)
    guard let workbookXML = try archive.read(workbookPart) else { throw Self.notAWorkbook(archive) }
    let relationships = try Self.relationships(&archive, of: workbookPart)
    var shared: [String] = []
    if let target = relationships.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target,
      let data = try archive.read(target)
    {
      shared = try Self.sharedStrings(data, part: target)
    }
    var dates = DateCells()
    if let target = relationships.first(where: { $0.type.hasSuffix("/styles") })?.target,
      let data = try archive.read(target)
    {
      dates = try DateCells(styles: data, part: target)
    }
    let (entries, from1904) = try Self.sheetEntries(workbookXML, part: workbookPart)
    dates.from1904 = from1904
    let byID = Dictionary(relationships.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var sheets: [Sheet] = []
    for entry in entries {
      let location = CellLocation(sheet: entry.name)
      guard let relationship = byID[entry.relationshipID] else {
        throw WorkbookError(
          "the workbook lists the sheet \(entry.name), but its relationship \(entry.relationshipID) is missing",
          at: location, help: ZipArchive.help)
      }
      guard relationship.type.hasSuffix("/worksheet") else {
        sheets.append(Sheet(name: entry.name, rows: []))  // a chart sheet or dialog sheet has no cells
        continue
      }
      guard let data = try archive.read(relationship.target) else {
        throw WorkbookError(
          "the file has no part \(relationship.target) for the sheet \(entry.name) (the workbook is damaged)",
          at: location, help: ZipArchive.help)
      }
      let rows = try WorksheetReader.rows(
        data, part: relationship.target, sheet: entry.name, shared: shared, dates: dates, limits: limits)
      sheets.append(Sheet(name: entry.name, rows: rows))
    }
    self.init(sheets: sheets)
  }

  private struct Relationship {
    var id: String
    var type: String
    /// The part name, resolved against the source part (`xl/worksheets/sheet1.xml`).
    var target: String
  }

  /// The main part named by the package's relationships (`xl/workbook.xml` when they do not say).
  private static func workbookPart(_ archive: inout ZipArchive) throws(WorkbookError) -> String {
    let named = try relationships(&archive, of: "").first { $0.type.hasSuffix("/officeDocument") }?.target
    if let named, archive.contains(named) { return named }
    guard archive.contains("xl/workbook.xml") else { throw notAWorkbook(archive) }
    return "xl/workbook.xml"
  }

  private static func notAWorkbook(_ archive: ZipArchive) -> WorkbookError {
    let kind: String
    if archive.contains("content.xml") && archive.contains("mimetype") {
      kind = "an OpenDocument file (.ods), not an .xlsx workbook"
    } else if archive.contains("xl/workbook.bin") {
      kind = "a binary Excel workbook (.xlsb), which qdsl does not read"
    } else if archive.contains("word/document.xml") {
      kind = "a Word document, not a workbook"
    } else if archive.contains("ppt/presentation.xml") {
      kind = "a PowerPoint presentation, not a workbook"
    } else {
      kind = "a zip archive but not a workbook (it has no xl/workbook.xml)"
    }
    return WorkbookError("the file is \(kind)", help: "save the form as an Excel workbook (.xlsx)")
  }

  /// The relationships of a part (`_rels/.rels` for the package, `xl/_rels/workbook.xml.rels` for the workbook);
  /// none when the part has no relationships part.
  private static func relationships(
    _ archive: inout ZipArchive, of source: String
  ) throws(WorkbookError) -> [Relationship] {
    let directory = source.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    let file = source.split(separator: "/").last.map(String.init) ?? ""
    let part = (directory.isEmpty ? "" : directory + "/") + "_rels/" + file + ".rels"
    guard let data = try archive.read(part) else { return [] }
    var scanner = XMLScanner(data, part: part)
    var found: [Relationship] = []
    while true {
      switch try scanner.next() {
      case .start:
        guard scanner.isNamed("Relationship"), try scanner.attributeText("TargetMode") != "External",
          let id = try scanner.attributeText("Id"), let target = try scanner.attributeText("Target")
        else { continue }
        found.append(
          Relationship(
            id: id, type: try scanner.attributeText("Type") ?? "", target: resolve(target, from: directory)))
      case .endOfDocument: return found
      case .end, .text, .cdata: continue
      }
    }
  }

  /// A relationship's target as a part name: relative to the source's folder unless it starts with `/`.
  private static func resolve(_ target: String, from directory: String) -> String {
    let path = target.hasPrefix("/") ? String(target.dropFirst()) : (directory.isEmpty ? "" : directory + "/") + target
    var parts: [Substring] = []
    for piece in path.split(separator: "/") {
      if piece == ".." {
        if !parts.isEmpty { parts.removeLast() }
      } else if piece != "." {
        parts.append(piece)
      }
    }
    return parts.joined(separator: "/")
  }

  /// The sheets of `xl/workbook.xml` in order (each one's name and relationship id), and whether its dates count
  /// from 1904.
  private static func sheetEntries(
    _ data: [UInt8], part: String
  ) throws(WorkbookError) -> ([(name: String, relationshipID: String)], Bool) {
    var scanner = XMLScanner(data, part: part)
    var entries: [(name: String, relationshipID: String)] = []
    var from1904 = false
    while true {
      switch try scanner.next() {
      case .start:
        if scanner.isNamed("workbookPr") {
          let value = try scanner.attributeText("date1904")
          from1904 = value == "1" || value == "true"
        }
        guard scanner.isNamed("sheet") else { continue }
        guard let name = try scanner.attributeText("name"), let id = try scanner.attributeText("id", prefixed: true)
        else { throw scanner.error("a sheet has no name or no relationship id") }
        entries.append((CellTextEscape.unescape(name), id))
      case .endOfDocument: return (entries, from1904)
      case .end, .text, .cdata: continue
      }
    }
  }

  /// The shared strings: each `<si>`'s text, its rich-text runs joined, phonetic runs (`<rPh>`) left out.
  private static func sharedStrings(_ data: [UInt8], part: String) throws(WorkbookError) -> [String] {
    var scanner = XMLScanner(data, part: part)
    var strings: [String] = []
    var current = ""
    var inText = false
    var phonetic = 0
    while true {
      switch try scanner.next() {
      case .start(let selfClosing):
        if scanner.isNamed("si") {
          current = ""
          if selfClosing { strings.append("") }
        } else if !selfClosing && scanner.isNamed("rPh") {
          phonetic += 1
        } else if !selfClosing && scanner.isNamed("t") && phonetic == 0 {
          inText = true
        }
      case .end:
        if scanner.isNamed("si") {
          strings.append(CellTextEscape.unescape(current))
        } else if scanner.isNamed("rPh") {
          phonetic -= 1
        } else if scanner.isNamed("t") {
          inText = false
        }
      case .text(let range): if inText { current += try scanner.decode(range) }
      case .cdata(let range): if inText { current += String(decoding: scanner.bytes[range], as: UTF8.self) }
      case .endOfDocument: return strings
      }
    }
  }
}
