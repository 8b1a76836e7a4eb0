// One finding of `qdsl validate-data` about a data file: where (file, line, level, record, iteration, variable),
// which rule (QD6001-QD6013) with its severity, the message and the value given, and the root cause it follows from.

/// One finding about a data file.
public struct DataFinding: Sendable, Equatable {
  public enum Severity: String, Sendable { case error, note }
  /// The data file, as given on the command line.
  public var file: String = ""
  public var line: Int
  /// The level: empty for the instrument's file, else the repeat's id.
  public var level: String = ""
  public var recordID: String
  /// The iteration numbers of a repeat's row, outermost first, joined by `.` (empty in the instrument's file).
  public var iteration: String = ""
  public var variable: String
  /// A stable code: QD6001 unknown column … QD6010 duplicate record id.
  public var rule: String
  public var severity: Severity
  public var message: String
  public var value: String
  /// For a consequence of a value that could not be used (read as missing, so the routing, checks and calculates
  /// after it see no answer): the variable of that root cause, whose finding comes first. Nil for a root cause.
  public var causedBy: String? = nil
  /// The column of the line where a file stops being readable (QD6013), from 1; 0 when the finding is about a row.
  public var column: Int = 0
}
