// The findings of `qdsl validate-data` as a table: the columns every machine-readable output shares (the CSV of
// `--format csv`, the objects of `--format json`, the findings table of `--target sql`), in this order.

import Foundation

/// The columns of a finding, in the order of the CSV header and of the SQL findings table.
public enum DataFindingTable {
  public static let columns = [
    "file", "line", "level", "record_id", "iteration", "variable", "rule", "severity", "value", "message", "cause",
  ]

  /// One finding's cells, in `columns` order.
  public static func cells(_ f: DataFinding) -> [String] {
    [
      f.file, String(f.line), f.level, f.recordID, f.iteration, f.variable, f.rule, f.severity.rawValue, f.value,
      f.message, f.causedBy ?? "",
    ]
  }

  /// The findings as CSV (RFC 4180, LF line ends, a header row).
  public static func csv(_ findings: [DataFinding]) -> String {
    var out = columns.joined(separator: ",") + "\n"
    for f in findings { out += cells(f).map(quoted).joined(separator: ",") + "\n" }
    return out
  }

  /// Appends one finding as a CSV row (its cells quoted where they must be, a line feed at the end) to the
  /// bytes of a report: bytes, as a report writes millions of cells.
  static func appendRow(_ f: DataFinding, to out: inout [UInt8]) {
    func cell(_ text: String, _ end: UInt8 = UInt8(ascii: ",")) {
      if needsQuotes(text) {
        out.append(UInt8(ascii: "\""))
        for b in text.utf8 {
          if b == UInt8(ascii: "\"") { out.append(b) }
          out.append(b)
        }
        out.append(UInt8(ascii: "\""))
      } else {
        out.append(contentsOf: text.utf8)
      }
      out.append(end)
    }
    cell(f.file)
    cell(String(f.line))
    cell(f.level)
    cell(f.recordID)
    cell(f.iteration)
    cell(f.variable)
    cell(f.rule)
    cell(f.severity.rawValue)
    cell(f.value)
    cell(f.message)
    cell(f.causedBy ?? "", UInt8(ascii: "\n"))
  }

  static func quoted(_ cell: String) -> String {
    guard needsQuotes(cell) else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Whether a cell holds a comma, a quote or a line break (read in place: a report writes millions of cells).
  static func needsQuotes(_ cell: String) -> Bool {
    func special(_ c: UInt8) -> Bool { c == 0x2C || c == 0x22 || c == 0x0A || c == 0x0D }
    return cell.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) }
      ?? cell.utf8.contains(where: special)
  }
}
