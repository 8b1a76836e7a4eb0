// pyxform's Markdown tables (the form its test suite writes) read as a workbook: a stand-in until the workbook
// readers (`Workbook(markdown:)`) are merged, used by the tests and by `qdsl import FORM.md`.

import QDSLWorkbook

public enum PyxformMarkdown {
  /// `| survey |` starts a sheet (cells after the name, when any has text, are its first row); each following
  /// `| | type | name | label |` row is a row of it (its first cell empty). As in pyxform, `\|` is a `|` in a cell,
  /// text after a row's last `|` and lines starting with `#` are comments, separator lines (`| --- |`) and empty
  /// rows are skipped. A row before any sheet name is an error.
  public static func workbook(_ text: String) -> Result<Workbook, WorkbookError> {
    var sheets: [Sheet] = []
    var lineNumber = 0
    for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = rawLine[...]
      while let f = line.first, f == 0x20 || f == 0x09 { line = line.dropFirst() }
      while let l = line.last, l == 0x20 || l == 0x09 || l == 0x0D { line = line.dropLast() }
      guard line.first == UInt8(ascii: "|") else { continue }
      var cells = split(Array(line))
      guard !cells.isEmpty else { continue }
      let first = cells.removeFirst()
      let filled = ([first] + cells).filter { !$0.isEmpty }
      if !filled.isEmpty, filled.allSatisfy({ $0.contains("-") && $0.allSatisfy { $0 == "-" || $0 == ":" } }) {
        continue
      }
      if !first.isEmpty {
        sheets.append(Sheet(name: first, rows: []))
      } else if sheets.isEmpty {
        if cells.allSatisfy(\.isEmpty) { continue }
        return .failure(
          WorkbookError(
            "line \(lineNumber): a row before any sheet name",
            help: "start each sheet with a line naming it: | survey |"))
      }
      if cells.contains(where: { !$0.isEmpty }) { sheets[sheets.count - 1].rows.append(cells) }
    }
    return .success(Workbook(sheets: sheets))
  }

  /// The cells between a line's first and last `|`, split at each `|` not escaped as `\|`, trimmed (bytes, so
  /// a form of ten thousand rows reads in milliseconds).
  private static func split(_ bytes: [UInt8]) -> [String] {
    let pipe = UInt8(ascii: "|")
    let backslash = UInt8(ascii: "\\")
    var lastPipe = 0
    for j in bytes.indices where bytes[j] == pipe && (j == 0 || bytes[j - 1] != backslash) { lastPipe = j }
    guard lastPipe > 0 else { return [] }
    var cells: [String] = []
    var current: [UInt8] = []
    var i = 1
    while i < lastPipe {
      let c = bytes[i]
      if c == backslash, i + 1 < lastPipe, bytes[i + 1] == pipe {
        current.append(pipe)
        i += 2
        continue
      }
      if c == pipe {
        cells.append(trimmed(current))
        current.removeAll(keepingCapacity: true)
      } else {
        current.append(c)
      }
      i += 1
    }
    cells.append(trimmed(current))
    return cells
  }

  private static func trimmed(_ bytes: [UInt8]) -> String {
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
