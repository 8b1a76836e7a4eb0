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
  /// When set, the file is an export qdsl recognises but cannot read (KoboToolbox's export with labels instead
  /// of XML values): the reason in words. Report it at the header (QD6013) and check nothing in the file.
  var refusal: String? { get }
  /// One record in qdsl's layout, cells in `header`'s order, the same line.
  mutating func translate(_ record: DataFileRecord) -> DataFileRecord
  /// What the last `translate` found that the translated cells cannot carry: a malformed KEY or PARENT_KEY
  /// (QD6003), a repeat row whose parent row was not read (QD6011), a `many of` or `rank of` value that is not an
  /// option's code (QD6003, QD6004). Located by the record's line, level, record id and iteration; `file` empty.
  var findings: [DataFinding] { get }
  /// Whether the last `translate` could not read the row's keys (its KEY, or its parent row) and said so among
  /// `findings`: the row cannot be joined, and its empty iteration cells are not reported again.
  var keysReported: Bool { get }
  /// The record id of a row, read without translating it (no state changes), or nil when the export cannot tell
  /// it before translating.
  func recordID(of record: DataFileRecord) -> String?
}

extension ExportAdapter {
  public func recordID(of record: DataFileRecord) -> String? { nil }
}

/// Recognises an export by its header.
public enum ExportLayouts {
  /// The adapter for a file with this header, or nil when it is not an export qdsl knows (qdsl's own layout is
  /// matched before this is asked). A KoboToolbox repeat sheet needs its parent's file read first through the
  /// same `ExportSession`; use one session for all the files of a run instead when there can be such sheets.
  public static func adapter(header: DataFileRecord, layout: FormDataLayout, form: FormModel) -> (any ExportAdapter)? {
    ExportSession(form: form, layout: layout).adapter(header: header)
  }

  /// An exported value of this type in qdsl's cell format: a time `HH:MM[:SS[.fff]][Z|±HH[:MM]]` as `HH:MM`, a
  /// datetime `YYYY-MM-DDTHH:MM…` as `YYYY-MM-DDTHH:MM` (the device's local time, its offset dropped); anything
  /// else as it is, so the validator reports a value of another shape.
  public static func cell(_ text: String, type: FormValueType) -> String {
    switch type {
    case .time: ExportColumns.value(text, .time)
    case .datetime: ExportColumns.value(text, .datetime)
    default: text
    }
  }
}

/// The files of one run: recognises each export and keeps what a later file needs from an earlier one (for a
/// KoboToolbox repeat sheet, the record id and iteration numbers of each parent row by its `_index`).
public final class ExportSession {
  let layout: FormDataLayout
  let map: ExportFieldMap
  /// Per level that has repeats inside, the key of each of its rows read so far by its Kobo `_index`: one entry
  /// per parent row (the only memory that grows with the rows, and only for Kobo files of such levels).
  var parents: [Int: [String: ExportKey]] = [:]

  public init(form: FormModel, layout: FormDataLayout) {
    self.layout = layout
    map = ExportFieldMap(form: form, layout: layout)
  }

  /// The adapter for a file with this header, or nil when it is not an export qdsl knows. Give the files of a
  /// Kobo export parents first (the instrument's, then each repeat's before the repeats inside it).
  public func adapter(header: DataFileRecord) -> (any ExportAdapter)? {
    let names = header.cells
    let set = Set(names)
    if set.contains("KEY") && (set.contains("SubmissionDate") || set.contains("PARENT_KEY")) {
      return CentralExportAdapter(header: header, session: self)
    }
    if set.contains("_uuid") || set.contains("_index") || set.contains("_parent_index")
      || set.contains("_submission__uuid")
    {
      return KoboExportAdapter(header: header, session: self)
    }
    return nil
  }

  /// Whether a level has repeats inside (its rows are parents).
  func hasChildren(_ level: Int) -> Bool {
    let chain = layout.levels[level].chain
    return layout.levels.contains { $0.chain.count == chain.count + 1 && Array($0.chain.prefix(chain.count)) == chain }
  }

  /// The level of the repeat just around `level`'s (0 for a repeat in the instrument).
  func parent(of level: Int) -> Int {
    let chain = Array(layout.levels[level].chain.dropLast())
    return layout.levels.firstIndex { $0.chain == chain } ?? 0
  }
}
