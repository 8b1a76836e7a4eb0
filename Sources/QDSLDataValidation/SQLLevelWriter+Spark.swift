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
      let columns =
        placeColumns(iterationSQL) + [
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

extension SQLWriter {
  /// Spark's analyzer resolves a chain of common table expressions one link per pass over the whole plan
  /// (quadratic: half a minute for a barometer), but nested subqueries in one pass: a step read once is written
  /// where it is read, as a subquery under its own name (or the alias its reader gives it); a step read twice stays
  /// a common table expression (marked by sparkShared).
  static func sparkNested(_ ctes: [String], readBy selects: [String]) -> (ctes: [String], selects: [String]) {
    var names: [String] = []
    var bodies: [String: String] = [:]
    for cte in ctes {
      guard let end = cte.range(of: " AS ("), cte.hasSuffix(")") else { return (ctes, selects) }
      let name = String(cte[..<end.lowerBound])
      names.append(name)
      bodies[name] = String(cte[end.upperBound...].dropLast())
    }
    var readers: [String: Int] = [:]
    for text in Array(bodies.values) + selects {
      for word in text.split(whereSeparator: { !isWordCharacter($0) }) where bodies[String(word)] != nil {
        readers[String(word), default: 0] += 1
      }
    }
    var selects = selects
    var kept: [String] = []
    for (k, name) in names.enumerated() {
      guard readers[name] == 1, let body = bodies[name] else {
        kept.append(name)
        continue
      }
      // Its one reader: a later step, or a findings query.
      if let reader = names[(k + 1)...].first(where: { bodies[$0].map { nest(name, body, into: $0) != nil } ?? false }),
        let text = bodies[reader]
      {
        bodies[reader] = nest(name, body, into: text)
      } else if let j = selects.firstIndex(where: { nest(name, body, into: $0) != nil }) {
        selects[j] = nest(name, body, into: selects[j]) ?? selects[j]
      } else {
        kept.append(name)
      }
    }
    return (kept.map { "\($0) AS (\(bodies[$0] ?? ""))" }, selects)
  }

  static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

  /// `text` with its one reference to step `name` replaced by the step's query, keeping the reader's alias (a
  /// single letter after the name); nil when `text` does not read the step.
  static func nest(_ name: String, _ body: String, into text: String) -> String? {
    var start = text.startIndex
    while let found = text.range(of: name, range: start..<text.endIndex) {
      start = found.upperBound
      let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
      if before.map(isWordCharacter) == true || after.map(isWordCharacter) == true { continue }
      var end = found.upperBound
      var alias = name
      let rest = text[found.upperBound...]
      if rest.count >= 2, rest.first == " ", let letter = rest.dropFirst().first, letter.isLetter,
        rest.dropFirst(2).first.map(isWordCharacter) != true
      {
        alias = String(letter)
        end = text.index(found.upperBound, offsetBy: 2)
      }
      return text[..<found.lowerBound] + "(" + body + ") " + alias + text[end...]
    }
    return nil
  }
}
