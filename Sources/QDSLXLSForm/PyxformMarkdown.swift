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
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      lineNumber += 1
      let line = rawLine.trimmed(of: [" ", "\t", "\r"])
      guard line.hasPrefix("|") else { continue }
      var cells = split(line)
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

  /// The cells between a line's first and last `|`, split at each `|` not escaped as `\|`, trimmed.
  private static func split(_ line: String) -> [String] {
    let scalars = Array(line.unicodeScalars)
    var cells: [String] = []
    var current = ""
    var i = 1
    var lastPipe = 0
    for (j, c) in scalars.enumerated() where c == "|" && (j == 0 || scalars[j - 1] != "\\") { lastPipe = j }
    guard lastPipe > 0 else { return [] }
    while i < lastPipe {
      let c = scalars[i]
      if c == "\\", i + 1 < lastPipe, scalars[i + 1] == "|" {
        current.unicodeScalars.append("|")
        i += 2
        continue
      }
      if c == "|" {
        cells.append(current.trimmingSpaces())
        current = ""
      } else {
        current.unicodeScalars.append(c)
      }
      i += 1
    }
    cells.append(current.trimmingSpaces())
    return cells
  }
}

extension StringProtocol {
  fileprivate func trimmed(of set: Set<Character>) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s.removeFirst() }
    while let l = s.last, set.contains(l) { s.removeLast() }
    return String(s)
  }
}
