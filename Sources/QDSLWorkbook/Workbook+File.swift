// Reading a workbook file of any kind qdsl reads: .xlsx, .xlsm, pyxform's .csv and .md, chosen by the file's
// name (its content decides when the name does not); text must be UTF-8 (or UTF-16 with a byte order mark).

extension Workbook {
  /// The kinds of workbook file, by name suffix.
  public enum FileKind: String, Sendable, CaseIterable {
    case xlsx, csv, markdown

    /// The kind a file name says (`.xlsx`, `.xlsm`, `.csv`, `.md`, `.markdown`, in any case), or nil.
    public init?(fileName: String) {
      let lower = fileName.lowercased()
      if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") {
        self = .xlsx
      } else if lower.hasSuffix(".csv") {
        self = .csv
      } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
        self = .markdown
      } else {
        return nil
      }
    }
  }

  /// Reads a workbook file: by its name's suffix, else by its content (a zip or an OLE file is a workbook, text
  /// with `|` a Markdown table, other text a CSV). Text that is not UTF-8 is an error naming its line.
  public init(file bytes: [UInt8], named fileName: String, limits: WorkbookLimits = .standard) throws(WorkbookError) {
    let kind =
      FileKind(fileName: fileName)
      ?? (bytes.starts(with: [0x50, 0x4B]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
        ? .xlsx : bytes.contains(0x7C) ? .markdown : .csv)
    switch kind {
    case .xlsx: self = try Workbook(xlsx: bytes, limits: limits)
    case .csv: self = try Workbook(csv: Self.text(bytes, kind: "CSV"))
    case .markdown: self = try Workbook(markdown: Self.text(bytes, kind: "Markdown"))
    }
  }

  /// The text of a text file: UTF-8 (a byte order mark is dropped later), or UTF-16 with its byte order mark.
  static func text(_ bytes: [UInt8], kind: String) throws(WorkbookError) -> String {
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      let little = bytes[0] == 0xFF
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var i = 2
      while i + 1 < bytes.count {
        units.append(
          little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
        i += 2
      }
      return String(decoding: units, as: UTF16.self)
    }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    var line = 1
    for piece in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      if String(validating: piece, as: UTF8.self) == nil { break }
      line += 1
    }
    if bytes.starts(with: [0x50, 0x4B]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      throw WorkbookError(
        "the file is a spreadsheet workbook, not a \(kind) text file", help: "name it .xlsx, or save it as \(kind)")
    }
    throw WorkbookError(
      "the \(kind) file is not UTF-8 text", at: CellLocation(sheet: "", line: line),
      help: "save it again as UTF-8 (in Excel: 'CSV UTF-8'; in LibreOffice: character set 'Unicode (UTF-8)')")
  }
}
