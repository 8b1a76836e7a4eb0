// A sheet of an XLSForm read as a table: its header row's columns (name, language) and the rows below it.

import Foundation
import QDSLWorkbook

/// One column of a sheet's header: `label::English (en)` is the key `label` in the language `English (en)`.
struct SheetColumn: Sendable {
  var index: Int
  /// The header as written, for messages.
  var header: String
  /// The lower-case key with XLSForm's aliases applied (`relevance` → `relevant`, `list name` → `list_name`).
  var key: String
  /// The language part after `::` (or a single `:`), trimmed; nil for a column without one.
  var language: String?
}

/// One row below the header: its 1-based spreadsheet row number and its cells.
struct SheetRow: Sendable {
  var number: Int
  var cells: [String]
  /// The line of the text file (CSV, Markdown) the row is on, when the workbook came from one.
  var line: Int? = nil

  /// How a comment names the row: `row 12` in a workbook, `line 14` in a text form (CSV, Markdown).
  var place: String { line.map { "line \($0)" } ?? "row \(number)" }

  func cell(_ column: SheetColumn?) -> String {
    guard let column, column.index < cells.count else { return "" }
    return cells[column.index].trimmingSpaces()
  }
}

/// A sheet of columns and rows; the header is its first row with any text.
struct SheetTable: Sendable {
  var name: String
  var columns: [SheetColumn]
  var rows: [SheetRow]
  /// The line of the header row in a text file.
  var headerLine: Int?

  /// Keys whose text is per language (the rest take no language part).
  static let translatableKeys: Set<String> = [
    "label", "hint", "guidance_hint", "constraint_message", "required_message", "media::image", "media::audio",
    "media::video", "media::big-image", "image", "audio", "video", "big-image",
  ]

  private static let aliases: [String: String] = [
    "list name": "list_name", "relevance": "relevant", "caption": "label", "constraint message": "constraint_message",
    "constraining_message": "constraint_message", "jr:constraintmsg": "constraint_message",
    "required message": "required_message", "requiredmsg": "required_message", "jr:requiredmsg": "required_message",
    "choice filter": "choice_filter", "repeat count": "repeat_count", "jr:count": "repeat_count",
    "count": "repeat_count", "calculate": "calculation", "readonly": "read_only", "read only": "read_only",
    "guidance hint": "guidance_hint", "form title": "form_title", "form id": "form_id",
    "set_form_title": "form_title", "set_form_id": "form_id", "default language": "default_language",
    "value": "name", "command": "type", "tag": "name",
    // Old pyxform headers with a single colon.
    "bind:constraint": "constraint", "bind:relevant": "relevant", "bind:required": "required",
    "bind:calculate": "calculation", "bind:readonly": "read_only", "bind:jr:constraintmsg": "constraint_message",
    "bind:jr:requiredmsg": "required_message", "control:appearance": "appearance", "control:jr:count": "repeat_count",
  ]

  init(_ sheet: Sheet) {
    name = sheet.name
    var headerIndex = sheet.rows.count
    for (i, row) in sheet.rows.enumerated() where row.contains(where: { !$0.trimmingSpaces().isEmpty }) {
      headerIndex = i
      break
    }
    columns = []
    rows = []
    guard headerIndex < sheet.rows.count else { return }
    headerLine = sheet.lines.flatMap { headerIndex < $0.count ? $0[headerIndex] : nil }
    for (i, raw) in sheet.rows[headerIndex].enumerated() {
      let header = raw.trimmingSpaces()
      guard !header.isEmpty else { continue }
      columns.append(Self.column(header, index: i))
    }
    for i in (headerIndex + 1)..<sheet.rows.count {
      let cells = sheet.rows[i]
      guard cells.contains(where: { !$0.trimmingSpaces().isEmpty }) else { continue }
      rows.append(SheetRow(number: i + 1, cells: cells, line: sheet.lines.flatMap { i < $0.count ? $0[i] : nil }))
    }
  }

  /// `label::English (en)`, `label:English`, `media::image::English (en)`, `LABEL::EN`, `bind::odk:length`.
  static func column(_ header: String, index: Int) -> SheetColumn {
    let lowered = header.lowercased()
    for media in ["media::image", "media::audio", "media::video", "media::big-image"] where lowered.hasPrefix(media) {
      let rest = String(header.dropFirst(media.count))
      return SheetColumn(index: index, header: header, key: media, language: languagePart(rest))
    }
    for prefix in ["bind::", "body::", "instance::", "control::"] where lowered.hasPrefix(prefix) {
      return SheetColumn(index: index, header: header, key: lowered, language: nil)
    }
    var key = lowered
    var language: String?
    if let r = header.range(of: "::") {
      key = String(header[..<r.lowerBound]).lowercased().trimmingSpaces()
      language = String(header[r.upperBound...]).trimmingSpaces()
    } else if let r = header.range(of: ":") {
      let base = String(header[..<r.lowerBound]).lowercased().trimmingSpaces()
      if translatableKeys.contains(aliases[base] ?? base) {
        key = base
        language = String(header[r.upperBound...]).trimmingSpaces()
      }
    }
    key = aliases[key] ?? key
    if !translatableKeys.contains(key), language != nil {
      // `jr:constraintMsg` and other headers with a colon that are not per language keep their whole text.
      return SheetColumn(index: index, header: header, key: aliases[lowered] ?? lowered, language: nil)
    }
    return SheetColumn(index: index, header: header, key: key, language: language?.isEmpty == true ? nil : language)
  }

  private static func languagePart(_ rest: String) -> String? {
    var s = Substring(rest)
    while s.first == ":" { s.removeFirst() }
    let t = String(s).trimmingSpaces()
    return t.isEmpty ? nil : t
  }

  /// The first column with this key and no language.
  func column(_ key: String) -> SheetColumn? { columns.first { $0.key == key && $0.language == nil } }

  /// Where a cell is, for messages.
  func location(_ row: SheetRow, _ column: SheetColumn?) -> CellLocation {
    CellLocation(sheet: name, row: row.number, column: column?.index, header: column?.header, line: row.line)
  }

  /// Where a column is (its header), for messages.
  func location(_ column: SheetColumn) -> CellLocation {
    CellLocation(sheet: name, row: nil, column: column.index, header: column.header, line: headerLine)
  }
}
