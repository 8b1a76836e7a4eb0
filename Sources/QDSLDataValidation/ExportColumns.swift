// The columns of an export file matched to one level's columns in qdsl's layout, and one exported row turned
// into a row of that layout: dates and times in qdsl's formats, a `many of` answer (codes separated by spaces)
// as its 0/1 columns, a `rank of` answer as its rank columns; the tool's metadata and the XForm's helper nodes
// dropped; a column the instrument does not have kept by its name, so the validator reports it.

import QDSLFormRuntime

/// A row of an export and the key the tool gave it, before translation.
struct ExportKey: Sendable, Equatable {
  var record: String
  /// The iteration numbers of the repeats around and including the row's, outermost first.
  var iterations: [Int]
}

struct ExportColumns {
  enum Source {
    case field(ExportField)
    /// A column the instrument does not have: its place in the translated header.
    case unknown(Int)
    /// The tool's metadata or a node that holds no data of the layout.
    case dropped
  }

  let layout: FormDataLevel
  let levelName: String
  /// What each of the export's columns is.
  var sources: [Source] = []
  /// The translated header.
  var header: [String] = []
  /// The translated header's position of each of the level's columns (nil when the export does not have it).
  var position: [Int?]
  /// The export's columns of its tool (by name → index), for the keys.
  var meta: [String: Int] = [:]

  /// Matches `names` (an export's header) to the level `map.levels[level]`; `isMeta` tells the tool's own columns.
  init(
    names: [String], map: ExportFieldMap, layout: FormDataLayout, level: Int, separator: Character,
    isMeta: (String) -> Bool
  ) {
    self.layout = layout.levels[level]
    levelName = layout.levels[level].repeatID ?? ""
    let levelMap = map.levels[level]
    var fed = Set<Int>()
    var unknown: [String] = []
    var seen = Set<Int>()
    for (i, name) in names.enumerated() {
      if let f = levelMap.names[name], !seen.insert(f).inserted {
        // A field given twice is kept apart, under its name in qdsl's layout when it has one column, so that the
        // validator reports the second ("given twice"), not reads whichever cell comes last.
        let field = levelMap.fields[f]
        if case .column(let c) = field.kind {
          unknown.append(self.layout.columns[c].name)
        } else {
          unknown.append(name)
        }
        sources.append(.unknown(unknown.count - 1))
      } else if let f = levelMap.names[name] {
        let field = levelMap.fields[f]
        sources.append(.field(field))
        switch field.kind {
        case .column(let c): fed.insert(c)
        case .choices(_, let flags): fed.formUnion(flags.values)
        case .ranking(_, let ranks): fed.formUnion(ranks.values)
        case .derived: break
        }
      } else if isMeta(name) {
        meta[name] = meta[name] ?? i
        sources.append(.dropped)
      } else if map.isHelper(name, separator: separator) {
        sources.append(.dropped)
      } else {
        sources.append(.unknown(unknown.count))
        unknown.append(name)
      }
    }
    position = Array(repeating: nil, count: self.layout.columns.count)
    for (i, column) in self.layout.columns.enumerated() {
      switch column.role {
      case .record, .iteration: break
      default: guard fed.contains(i) else { continue }
      }
      position[i] = header.count
      header.append(column.name)
    }
    let base = header.count
    header += unknown
    for k in sources.indices { if case .unknown(let u) = sources[k] { sources[k] = .unknown(base + u) } }
  }

  /// The row in qdsl's layout and the findings its cells cannot carry (values of a `many of` or `rank of` answer
  /// that are not codes of its list).
  func translate(_ cells: [String], line: Int, key: ExportKey) -> (cells: [String], findings: [DataFinding]) {
    var out = Array(repeating: "", count: header.count)
    var findings: [DataFinding] = []
    let iteration = key.iterations.map(String.init).joined(separator: ".")
    func finding(_ variable: String, _ rule: String, _ message: String, _ value: String) {
      findings.append(
        DataFinding(
          line: line, level: levelName, recordID: key.record, iteration: iteration, variable: variable, rule: rule,
          severity: .error, message: message, value: value))
    }
    for (i, column) in layout.columns.enumerated() {
      guard let p = position[i] else { continue }
      switch column.role {
      case .record: out[p] = key.record
      case .iteration(let depth): out[p] = depth < key.iterations.count ? String(key.iterations[depth]) : ""
      default: continue
      }
    }
    for (k, source) in sources.enumerated() where k < cells.count {
      let cell = cells[k]
      switch source {
      case .dropped: continue
      case .unknown(let p): out[p] = cell
      case .field(let field):
        switch field.kind {
        case .derived: continue
        case .column(let c): if let p = position[c] { out[p] = Self.value(cell, field.format) }
        case .choices(let question, let flags):
          guard !cell.isEmpty else { continue }
          for p in flags.values.compactMap({ position[$0] }) { out[p] = "0" }
          for token in cell.split(separator: " ", omittingEmptySubsequences: true) {
            guard let code = Int(token) else {
              finding(question, "QD6003", "'\(token)' is not an option's code (export XML values, not labels)", cell)
              continue
            }
            guard let c = flags[code], let p = position[c] else {
              finding(question, "QD6004", "not an answer the question accepts: \(code) is not in its list", cell)
              continue
            }
            out[p] = "1"
          }
        case .ranking(let question, let ranks):
          guard !cell.isEmpty else { continue }
          for (r, token) in cell.split(separator: " ", omittingEmptySubsequences: true).enumerated() {
            guard let code = Int(token) else {
              finding(question, "QD6003", "'\(token)' is not an option's code (export XML values, not labels)", cell)
              continue
            }
            guard let c = ranks[code], let p = position[c] else {
              finding(question, "QD6004", "not an answer the question accepts: \(code) is not in its list", cell)
              continue
            }
            out[p] = String(r + 1)
          }
        }
      }
    }
    return (out, findings)
  }

  /// An exported value in qdsl's cell format; a value that does not have the exporter's shape is kept as it is,
  /// so the validator reports it.
  static func value(_ cell: String, _ format: ExportValueFormat) -> String {
    let u = Array(cell.utf8)
    func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < u.count && u[$0] >= 0x30 && u[$0] <= 0x39 } }
    /// Whether `u[from...]` is `HH:MM[:SS[.fff]][Z|±HH[:MM]]`.
    func time(from s: Int) -> Bool {
      guard digits(s..<s + 2), u.count > s + 2, u[s + 2] == 0x3A, digits(s + 3..<s + 5) else { return false }
      var i = s + 5
      if i < u.count, u[i] == 0x3A {
        guard digits(i + 1..<i + 3) else { return false }
        i += 3
        if i < u.count, u[i] == 0x2E {
          i += 1
          let start = i
          while i < u.count, u[i] >= 0x30 && u[i] <= 0x39 { i += 1 }
          guard i > start else { return false }
        }
      }
      if i == u.count { return true }
      if u[i] == 0x5A { return i + 1 == u.count }
      guard u[i] == 0x2B || u[i] == 0x2D, digits(i + 1..<i + 3) else { return false }
      i += 3
      if i == u.count { return true }
      if u[i] == 0x3A { i += 1 }
      return digits(i..<i + 2) && i + 2 == u.count
    }
    switch format {
    case .plain, .date: return cell
    case .time: return u.count > 5 && time(from: 0) ? String(cell.prefix(5)) : cell
    case .datetime:
      guard u.count > 16, digits(0..<4), u[4] == 0x2D, digits(5..<7), u[7] == 0x2D, digits(8..<10), u[10] == 0x54,
        time(from: 11)
      else { return cell }
      return String(cell.prefix(16))
    }
  }
}
