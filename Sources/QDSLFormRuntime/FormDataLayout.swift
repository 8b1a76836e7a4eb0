// The data files of a form in qdsl's own layout: one file per level (the instrument, then each repeat), its key
// columns first (`record_id`, the enclosing iterations' numbers, its own, a `for each` option's code), then its
// variables in the codebook's order (paradata, sample variables, then items in document order, a `many of` as
// one 0/1 column per option, a `rank of` as one rank column per option, a shuffle's order column).

import Foundation

/// One column of a level's data file and what fills it.
public struct FormDataColumn: Sendable, Equatable {
  public enum Role: Sendable, Equatable {
    /// `record_id`, an iteration's number (`R_index`, `depth` 0 for the outermost repeat) or the option code of a
    /// `for each` over options.
    case record, iteration(depth: Int), iterationOption
    /// The variable's value as one cell.
    case value
    /// One option of a `many of` answer: 1 chosen, 0 not, empty when not answered.
    case flag(code: Int)
    /// One option of a `rank of` answer: its rank from 1.
    case rank(code: Int)
    /// The order a shuffled question or section was shown in (codes or item ids separated by spaces).
    case order
  }

  /// The header of the column (the codebook's data-file name).
  public var name: String
  /// The variable it belongs to (the name in expressions; for an order column, the order variable).
  public var variable: String
  public var role: Role
}

/// One data file: the instrument's level or one repeat's.
public struct FormDataLevel: Sendable, Equatable {
  /// The repeat's id, nil for the instrument.
  public var repeatID: String?
  /// The repeats around and including this one, outermost first (empty for the instrument).
  public var chain: [String]
  public var columns: [FormDataColumn]

  /// The file name: `STEM.csv` for the instrument, `STEM.REPEAT.csv` for a repeat.
  public func fileName(stem: String) -> String {
    repeatID.map { "\(stem).\($0).csv" } ?? "\(stem).csv"
  }
}

/// The data files of a form, in the codebook's order of levels (the instrument first, then repeats in document
/// order).
public struct FormDataLayout: Sendable {
  public let levels: [FormDataLevel]

  public init(form: FormModel) {
    var levels = [
      FormDataLevel(repeatID: nil, chain: [], columns: [FormDataColumn(name: "record_id", variable: "", role: .record)])
    ]
    for p in form.paradata {
      levels[0].columns.append(FormDataColumn(name: p.variable, variable: p.variable, role: .value))
    }
    for s in form.samples {
      levels[0].columns.append(FormDataColumn(name: s.variable, variable: s.variable, role: .value))
    }
    var stack = [0]
    var chain: [String] = []
    func add(_ column: FormDataColumn) { levels[stack[stack.count - 1]].columns.append(column) }
    func walk(_ items: [FormItem]) {
      for item in items {
        switch item {
        case .section(let s):
          walk(s.items)
          if let order = s.shuffle { add(FormDataColumn(name: order, variable: order, role: .order)) }
        case .conditional(let branches): for b in branches { walk(b.items) }
        case .question(let q):
          let options = form.choiceList(named: Self.choices(q.type) ?? "")?.options ?? []
          switch q.type {
          case .many(_, let variables):
            for (i, name) in variables.enumerated() where i < options.count {
              add(FormDataColumn(name: name, variable: q.id, role: .flag(code: options[i].code)))
            }
          case .rank(_, let variables):
            for (i, name) in variables.enumerated() where i < options.count {
              add(FormDataColumn(name: name, variable: q.id, role: .rank(code: options[i].code)))
            }
          default: add(FormDataColumn(name: q.variable ?? q.id, variable: q.id, role: .value))
          }
          if let order = q.shuffle { add(FormDataColumn(name: order, variable: order, role: .order)) }
        case .grid(let g):
          for row in g.rows { add(FormDataColumn(name: row.variable, variable: row.id, role: .value)) }
        case .calculate(let c): add(FormDataColumn(name: c.variable, variable: c.id, role: .value))
        case .repeat(let r):
          chain.append(r.id)
          var columns: [FormDataColumn] = []
          for (k, key) in r.keys.enumerated() {
            let role: FormDataColumn.Role =
              k == 0 ? .record : (k <= chain.count ? .iteration(depth: k - 1) : .iterationOption)
            columns.append(FormDataColumn(name: key, variable: "", role: role))
          }
          levels.append(FormDataLevel(repeatID: r.id, chain: chain, columns: columns))
          stack.append(levels.count - 1)
          walk(r.items)
          stack.removeLast()
          chain.removeLast()
        case .note, .end: break
        }
      }
    }
    walk(form.items)
    self.levels = levels
  }

  static func choices(_ type: FormQuestionType) -> String? {
    switch type {
    case .one(let c), .many(let c, _), .rank(let c, _): return c
    default: return nil
    }
  }

  /// A value as its cell: numbers as written, codes as whole numbers, true/false as 1/0, a `many of` answer's
  /// codes separated by spaces; empty when missing.
  public static func cell(_ value: FormValue?, _ role: FormDataColumn.Role) -> String {
    guard let value else { return "" }
    switch (role, value) {
    case (.flag(let code), .codes(let codes)): return codes.contains(code) ? "1" : "0"
    case (.rank(let code), .ranking(let order)): return order.firstIndex(of: code).map { String($0 + 1) } ?? ""
    default: break
    }
    switch value {
    case .number(let n): return n.description
    case .text(let t): return t
    case .date(let d): return d.description
    case .time(let t): return t.description
    case .datetime(let t): return t.description
    case .code(let c): return String(c)
    case .codes(let codes): return codes.sorted().map(String.init).joined(separator: " ")
    case .bool(let b): return b ? "1" : "0"
    case .ranking(let order): return order.map(String.init).joined(separator: " ")
    }
  }

  /// A row appended as one CSV line to `out` (as `csvLine` writes it).
  public static func appendCSVLine(_ cells: [String], to out: inout [UInt8]) {
    for (i, cell) in cells.enumerated() {
      if i > 0 { out.append(0x2C) }
      appendCSVCell(cell, to: &out)
    }
    out.append(0x0A)
  }

  /// One CSV cell appended to `out` (RFC 4180: quoted, its quotes doubled, when it holds a comma, a quote or a
  /// line break).
  public static func appendCSVCell(_ cell: String, to out: inout [UInt8]) {
    guard needsQuotes(cell) else {
      out.append(contentsOf: cell.utf8)
      return
    }
    out.append(0x22)
    for b in cell.utf8 {
      if b == 0x22 { out.append(0x22) }
      out.append(b)
    }
    out.append(0x22)
  }

  /// Whether a cell holds a comma, a quote or a line break (read in place: data files and reports write millions
  /// of cells).
  static func needsQuotes(_ cell: String) -> Bool {
    func special(_ c: UInt8) -> Bool { c == 0x2C || c == 0x22 || c == 0x0A || c == 0x0D }
    return cell.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) }
      ?? cell.utf8.contains(where: special)
  }

  /// A header or row as one CSV line (RFC 4180: a cell with a comma, quote or line break is quoted), ending in LF.
  public static func csvLine(_ cells: [String]) -> String {
    var bytes: [UInt8] = []
    appendCSVLine(cells, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
