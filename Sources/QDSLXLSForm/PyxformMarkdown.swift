// pyxform's Markdown tables (the form its test suite writes) read as a workbook: a stand-in until the workbook
// readers (`Workbook(markdown:)`) are merged, used by the tests and by `qdsl import FORM.md`.

import QDSLWorkbook

public enum PyxformMarkdown {
  /// `| survey |` starts a sheet; each following `| | type | name | label |` row is a row of it (its first cell
  /// empty). Other lines are ignored. A row before any sheet name is an error.
  public static func workbook(_ text: String) -> Result<Workbook, WorkbookError> {
    var sheets: [Sheet] = []
    var lineNumber = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      lineNumber += 1
      let line = rawLine.trimmed(of: [" ", "\t", "\r"])
      guard line.hasPrefix("|") else { continue }
      var cells = line.dropFirst().split(separator: "|", omittingEmptySubsequences: false).map {
        String($0).trimmingSpaces()
      }
      if line.hasSuffix("|"), line.count > 1 { cells.removeLast() }
      guard let first = cells.first else { continue }
      if !first.isEmpty {
        sheets.append(Sheet(name: first, rows: []))
        continue
      }
      guard !sheets.isEmpty else {
        return .failure(
          WorkbookError(
            "line \(lineNumber): a row before any sheet name",
            help: "start each sheet with a line naming it: | survey |"))
      }
      // A separator line `| --- | --- |` is Markdown's, not a row.
      if cells.dropFirst().allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }
      sheets[sheets.count - 1].rows.append(Array(cells.dropFirst()))
    }
    return .success(Workbook(sheets: sheets))
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
