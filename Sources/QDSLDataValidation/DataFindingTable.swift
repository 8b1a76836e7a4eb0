// The findings of `qdsl validate-data` as a table: the columns every machine-readable output shares (the CSV of
// `--format csv`, the objects of `--format json`, the findings table of `--target sql`), in this order.

import Foundation
import QDSLFormRuntime

/// The columns of a finding, in the order of the CSV header and of the SQL findings table.
public enum DataFindingTable {
  public static let columns = [
    "file", "line", "level", "record_id", "iteration", "variable", "rule", "severity", "value", "message", "cause",
  ]

  /// The findings as CSV (RFC 4180, LF line ends, a header row).
  public static func csv(_ findings: [DataFinding]) -> String {
    var out: [UInt8] = []
    FormDataLayout.appendCSVLine(columns, to: &out)
    for f in findings { appendRow(f, to: &out) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends one finding as a CSV row (its cells quoted where they must be, a line feed at the end) to the
  /// bytes of a report: bytes, as a report writes millions of cells.
  static func appendRow(_ f: DataFinding, to out: inout [UInt8]) {
    func cell(_ text: String, _ end: UInt8 = UInt8(ascii: ",")) {
      FormDataLayout.appendCSVCell(text, to: &out)
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
}
