// What an import kept as comments (counted by kind) and what it warns about (located), for the summary.

import QDSLWorkbook

/// A located remark of the importer: a text that was filled in, a name that changed, an expression kept as a
/// comment and why.
public struct ImportWarning: Sendable, Equatable, CustomStringConvertible {
  public var location: CellLocation
  public var message: String

  public var description: String { "\(location): \(message)" }
}

/// The importer's summary: every kind of thing kept as a comment with how often, and the warnings.
public struct ImportReport: Sendable, Equatable {
  /// Kinds in the order first met (`appearance`, `geopoint`, `relevant (not translated)`) with their counts.
  public private(set) var kept: [(kind: String, count: Int)] = []
  public private(set) var warnings: [ImportWarning] = []
  private var keptIndex: [String: Int] = [:]

  public init() {}

  mutating func keep(_ kind: String) {
    if let i = keptIndex[kind] {
      kept[i].count += 1
    } else {
      keptIndex[kind] = kept.count
      kept.append((kind, 1))
    }
  }

  mutating func warn(_ message: String, at location: CellLocation) {
    warnings.append(ImportWarning(location: location, message: message))
  }

  /// Puts the warnings in the order of the form: the survey sheet, the choices, the rest, each by row and column
  /// (warnings of one cell keep the order they were made in).
  mutating func sortWarnings() {
    func rank(_ sheet: String) -> Int {
      switch sheet.lowercased() {
      case "survey": return 0
      case "choices": return 1
      default: return 2
      }
    }
    warnings = warnings.enumerated().sorted { a, b in
      let x = a.element.location
      let y = b.element.location
      if rank(x.sheet) != rank(y.sheet) { return rank(x.sheet) < rank(y.sheet) }
      if (x.row ?? 0) != (y.row ?? 0) { return (x.row ?? 0) < (y.row ?? 0) }
      if (x.column ?? -1) != (y.column ?? -1) { return (x.column ?? -1) < (y.column ?? -1) }
      return a.offset < b.offset
    }.map(\.element)
  }

  /// How many things were kept as comments in all.
  public var keptCount: Int { kept.reduce(0) { $0 + $1.count } }

  /// The summary in words: one line per kind, most frequent first (ties in the order met).
  public var keptSummary: String {
    guard !kept.isEmpty else { return "nothing was kept as a comment" }
    let sorted = kept.enumerated().sorted { a, b in
      a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
    }
    return "kept as comments (\(keptCount)): "
      + sorted.map { "\($0.element.kind) \($0.element.count)" }.joined(separator: ", ")
  }

  public static func == (a: ImportReport, b: ImportReport) -> Bool {
    a.warnings == b.warnings && a.kept.map(\.kind) == b.kept.map(\.kind) && a.kept.map(\.count) == b.kept.map(\.count)
  }
}
