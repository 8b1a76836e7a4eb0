// Data files written by other tools (ODK Central's and KoboToolbox's CSV exports of the XForm qdsl wrote), read
// as records of one of the instrument's levels in qdsl's own layout, so every rule runs on them unchanged.

import QDSLFormRuntime

/// Turns the records of another tool's export into records of one level in qdsl's layout.
public protocol ExportAdapter {
  /// The tool, in words ("ODK Central").
  var tool: String { get }
  /// The level the file holds: an index into `FormDataLayout.levels`.
  var level: Int { get }
  /// The header in qdsl's layout: the level's column names (a column the instrument does not have keeps its
  /// own name, so it is reported; the tool's own metadata columns are dropped).
  var header: DataFileRecord { get }
  /// One record in qdsl's layout, cells in `header`'s order, the same line.
  mutating func translate(_ record: DataFileRecord) -> DataFileRecord
}

/// Recognises an export by its header.
public enum ExportLayouts {
  /// The adapter for a file with this header, or nil when it is not an export qdsl knows (qdsl's own layout is
  /// matched before this is asked).
  public static func adapter(header: DataFileRecord, layout: FormDataLayout, form: FormModel) -> (any ExportAdapter)? {
    nil
  }
}
