// Spark SQL's findings of one level (SQLLevelWriter): one scan of each step the findings read, every rule of the
// level a row of an array exploded per data row and kept where its condition holds, instead of one SELECT per rule
// and variable. Spark inlines a common table expression at every reference, so hundreds of SELECTs over the last
// step made hundreds of copies of the whole walk for its analyzer and optimizer (minutes, then out of memory).

/// One finding query of a level: where it holds on a row of `source`, the finding it reports.
struct SQLFindingRow {
  var source: String
  let variable: String
  let rule: String
  let severity: String
  let value: String
  let message: String
  let order: Int
  let condition: String
}

extension SQLLevelWriter {
  /// The iteration numbers of a row, joined with dots (empty in the instrument's level).
  var iterationSQL: String {
    let iteration = level.columns.enumerated().compactMap { j, c -> String? in
      if case .iteration = c.role { return cell(j) }
      return nil
    }
    return iteration.isEmpty ? "CAST('' AS \(d.text))" : "concat_ws('.', \(iteration.joined(separator: ", ")))"
  }

  /// One SELECT per step the level's findings read, in the order of their first finding.
  func sparkFindings() -> [String] {
    var sources: [String] = []
    var rows: [String: [SQLFindingRow]] = [:]
    for var row in findingRows {
      // The instrument's last step has every row and column of its cells' step: one scan reads both.
      if level.repeatID == nil, row.source == cellsFinal { row.source = last }
      if rows[row.source] == nil { sources.append(row.source) }
      rows[row.source, default: []].append(row)
    }
    let f = q("_fs")
    return sources.map { source in
      let structs = rows[source, default: []].map { r in
        "named_struct('hit', \(r.condition), 'variable', \(d.literal(r.variable)), 'rule', '\(r.rule)', "
          + "'severity', '\(r.severity)', 'value', CAST(\(r.value) AS \(d.text)), 'message', \(d.literal(r.message)), "
          + "'ord', \(r.order))"
      }
      let columns = [
        "CAST(\(d.literal(writer.table(level))) AS \(d.text)) AS \(q("file"))",
        "CAST(\(q("_line")) AS BIGINT) AS \(q("line"))",
        "CAST(\(d.literal(level.repeatID ?? "")) AS \(d.text)) AS \(q("level"))",
        "\(cell(0)) AS \(q("record_id"))",
        "\(iterationSQL) AS \(q("iteration"))",
        "\(f).\(q("variable")) AS \(q("variable"))", "\(f).\(q("rule")) AS \(q("rule"))",
        "\(f).\(q("severity")) AS \(q("severity"))", "\(f).\(q("value")) AS \(q("value"))",
        "\(f).\(q("message")) AS \(q("message"))",
        "CAST('' AS \(d.text)) AS \(q("cause"))",
        "\(number) AS \(q("_level"))", "\(q("_row"))", "\(f).\(q("ord")) AS \(q("_order"))",
      ]
      return "SELECT " + columns.joined(separator: ", ") + "\nFROM \(source)\n"
        + "LATERAL VIEW inline(filter(array(\n  " + structs.joined(separator: ",\n  ") + "\n), "
        + "x -> x.hit)) \(f)"
    }
  }
}

extension SQLWriter {
  /// Spark SQL inlines a deterministic common table expression at each of its references, so a step read twice
  /// (a parent's step read by its repeat's frames and again when the repeat's aggregates are joined back) doubles
  /// everything before it, at every repeat: a column that is never read, `rand(0)`, makes such a step
  /// nondeterministic, which Spark plans once and computes once (a shuffle reused by both readers).
  static func sparkShared(_ ctes: [String], readBy selects: [String]) -> [String] {
    var references: [Substring: Int] = [:]
    for text in ctes + selects {
      for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }) {
        references[word, default: 0] += 1
      }
    }
    return ctes.map { cte in
      guard let end = cte.range(of: " AS (\n  SELECT ") else { return cte }
      let name = cte[..<end.lowerBound]
      // The definition itself is one occurrence of its name.
      guard references[name, default: 0] > 2 else { return cte }
      return cte[..<end.upperBound] + "rand(0) AS `_once_\(name)`, " + cte[end.upperBound...]
    }
  }
}
