// The SQL of a repeat's iterations (SQLLevelWriter): per parent instance, a frame per iteration the driver asks
// (1…n, with its option) and per row present, the row's cells joined by record id and iteration numbers; the
// repeat's items walked over the frames as validate-data's evaluator walks them; then, back in the parent, the
// aggregates over the repeat and the rows against the driver (QD6012), grouped per parent instance and joined back.

import QDSLFormRuntime

extension SQLLevelWriter {
  /// The iterations of `r`, reached where `reached` holds in this level's walk.
  mutating func walkRepeat(_ r: FormRepeat, reached: String, children: inout [SQLLevelWriter])
    throws(SQLLoweringError)
  {
    guard let l = writer.layoutLevels.firstIndex(where: { $0.repeatID == r.id }) else {
      throw SQLLoweringError(item: r.id, message: "the repeat has no data level")
    }
    var child = children[l]
    let reach = add("reach", reached)
    var chosen: [(Int, String)] = []
    var n: String?
    let isWhile: Bool
    if case .while = r.driver { isWhile = true } else { isWhile = false }
    switch r.driver {
    case .count(let e, _):
      let v = try lowering(r.id).lower(e)
      let x = v.type == .number ? v.sql : "CAST(NULL AS \(d.double))"
      n = add(
        "n",
        "CASE WHEN \(reached) THEN CAST(LEAST(GREATEST(COALESCE(floor(\(x)), 0), 0), \(r.max)) AS BIGINT) ELSE 0 END")
    case .question(let question, let list):
      guard case .codes(let count, let flags)? = known[question]?.type else {
        throw SQLLoweringError(item: r.id, message: "the `for each` question \(question) is not known here")
      }
      var sum: [String] = []
      for o in writer.lists[list]?.options ?? [] {
        guard let f = flags[o.code] else { continue }
        let c = add("ch", "CASE WHEN \(count) IS NOT NULL AND \(f) THEN 1 ELSE 0 END")
        chosen.append((o.code, c))
        sum.append(c)
      }
      n = add(
        "n", "CASE WHEN \(reached) THEN LEAST(\(sum.isEmpty ? "0" : sum.joined(separator: " + ")), \(r.max)) ELSE 0 END"
      )
    case .choices(let list):
      let all = (writer.lists[list]?.options ?? []).prefix(r.max)
      n = add("n", "CASE WHEN \(reached) THEN \(all.count) ELSE 0 END")
      chosen = all.map { ($0.code, "1") }
    case .repeat(let s):
      guard let c = counts[s] else {
        throw SQLLoweringError(item: r.id, message: "the iterations of \(s) are not known here")
      }
      n = add("n", "CASE WHEN \(reached) THEN LEAST(\(c), \(r.max)) ELSE 0 END")
    case .while:
      if r.items.contains(where: { if case .repeat = $0 { return true } else { return false } }) {
        throw SQLLoweringError(item: r.id, message: "a repeat inside an \"add another\" repeat is not lowered to SQL")
      }
    }
    flush()
    try frames(r, child: &child, reach: reach, n: n, chosen: chosen)
    try child.walk(r.items, context: isWhile ? q("_pre") : q("_run"), children: &children)
    if case .while(let condition, _) = r.driver {
      let more = child.add("w", try child.lowering(r.id).holds(condition))
      child.flush()
      let k = q("_k_" + r.id)
      let partition = identity.joined(separator: ", ")
      let name = "\(child.prefix)_while"
      child.ctes.append(
        "\(name) AS (\n  SELECT *, CASE WHEN \(q("_reach")) THEN LEAST(COALESCE(MIN(CASE WHEN \(q("_pre")) AND NOT "
          + "\(more) THEN \(k) END) OVER (PARTITION BY \(partition)), \(r.max)), \(r.max)) ELSE 0 END AS "
          + "\(q("_n_" + r.id))\n  FROM \(child.last))")
      child.ctes.append(
        "\(name)2 AS (\n  SELECT *, (\(q("_reach")) AND \(k) <= \(q("_n_" + r.id))) AS \(q("_run"))\n  FROM \(name))")
      child.last = "\(name)2"
    }
    child.emitWalkFindings()
    child.finish()
    // The iterations' steps read this level's steps so far: they follow them.
    ctes += child.ctes[child.cellSteps...]
    child.ctes.removeSubrange(child.cellSteps...)
    children[l] = child
    try gather(r, child: child, n: n)
  }

  /// The frames of `r`'s iterations under this level's current step.
  mutating func frames(_ r: FormRepeat, child: inout SQLLevelWriter, reach: String, n: String?, chosen: [(Int, String)])
    throws(SQLLoweringError)
  {
    var inner: [String] = []
    var outer: [String] = []
    var passed = Set<String>()
    func pass(_ expr: String, _ name: String) -> String {
      guard passed.insert(name).inserted else { return name }
      inner.append("\(expr) AS \(name)")
      outer.append("p.\(name) AS \(name)")
      return name
    }
    var counter = 0
    func alias(_ expr: String) -> String {
      counter += 1
      return pass(expr, q("_p\(child.prefix)_\(counter)"))
    }
    var known: [String: SQLValue] = [:]
    for (name, v) in self.known.sorted(by: { $0.key < $1.key }) {
      if case .codes(let count, let flags) = v.type {
        let c = alias(count)
        known[name] = SQLValue(sql: c, type: .codes(count: c, flags: sortedMap(flags) { alias($0) }))
      } else {
        known[name] = SQLValue(sql: alias(v.sql), type: v.type)
      }
    }
    child.known = known
    child.identity = identity.map { pass($0, $0) } + [q("_k_" + r.id)]
    child.indexes = sortedMap(indexes) { pass($0, $0) }
    child.indexes[r.id] = q("_k_" + r.id)
    child.options = sortedMap(options) { pass($0, $0) }
    child.counts = sortedMap(counts) { alias($0) }
    child.instances = sortedMap(instances) { SQLValue(sql: alias($0.sql), type: $0.type) }
    child.aggregates = sortedMap(aggregates) { SQLValue(sql: alias($0.sql), type: $0.type) }
    _ = pass(q("_today"), q("_today"))
    inner.append("\(q("_row")) AS \(q("_prow"))")
    inner.append("\(q("_line")) AS \(q("_pline"))")
    inner.append("\(attach) AS \(q("_pattach"))")
    inner.append("\(reach) AS \(q("_reach"))")
    outer.append("p.\(q("_reach")) AS \(q("_reach"))")
    let k = "g.k"
    if let n {
      inner.append("\(n) AS \(q("_n_" + r.id))")
      outer.append("p.\(q("_n_" + r.id)) AS \(q("_n_" + r.id))")
      child.counts[r.id] = q("_n_" + r.id)
      outer.append("(p.\(q("_reach")) AND \(k) <= p.\(q("_n_" + r.id))) AS \(q("_run"))")
    } else {
      outer.append("(p.\(q("_reach")) AND \(k) <= \(r.max)) AS \(q("_pre"))")
    }
    outer.append("\(k) AS \(q("_k_" + r.id))")
    if !chosen.isEmpty {
      var cases: [String] = []
      var before: [String] = []
      for (code, c) in chosen {
        let cc = alias(c)
        before.append(cc)
        cases.append("WHEN \(cc) = 1 AND (\(before.joined(separator: " + "))) = \(k) THEN CAST(\(code) AS BIGINT)")
      }
      outer.append("CASE \(cases.joined(separator: " ")) END AS \(q("_o_" + r.id))")
      child.options[r.id] = q("_o_" + r.id)
    }
    outer.append("(c.\(q("_row")) IS NOT NULL) AS \(q("_has"))")
    outer.append("COALESCE(c.\(q("_row")), p.\(q("_prow"))) AS \(q("_row"))")
    outer.append("COALESCE(c.\(q("_line")), p.\(q("_pline"))) AS \(q("_line"))")
    // The level's cells: keys from the parent and the iteration, the rest from the row (empty without one).
    var on = ["p.\(q("_pattach"))"]
    let parentColumns = writer.layoutLevels[number].columns
    for (j, c) in child.level.columns.enumerated() {
      switch c.role {
      case .record:
        let pj = parentColumns.firstIndex { $0.role == .record } ?? 0
        let pc = alias(cell(pj))
        outer.removeLast()
        outer.append("p.\(pc) AS \(child.cell(j))")
        on.append("c.\(child.cell(j)) = p.\(pc)")
      case .iteration(let depth) where depth < child.level.chain.count - 1:
        guard let pj = parentColumns.firstIndex(where: { $0.role == .iteration(depth: depth) }) else { continue }
        let pc = alias(cell(pj))
        outer.removeLast()
        outer.append("p.\(pc) AS \(child.cell(j))")
        on.append("c.\(child.cell(j)) = p.\(pc)")
      case .iteration:
        outer.append("CAST(\(k) AS \(d.text)) AS \(child.cell(j))")
        on.append("c.\(child.cell(j)) = CAST(\(k) AS \(d.text))")
      default:
        outer.append("COALESCE(c.\(child.cell(j)), '') AS \(child.cell(j))")
      }
    }
    for name in child.cellColumns { outer.append("c.\(q(name)) AS \(q(name))") }
    // A `for each` over an earlier repeat: the source's variables at the iteration this one stands for.
    var sourceJoin = ""
    if case .repeat(let s) = r.driver {
      let used = SQLRepeatReads.instances(r.items, of: r.id)
      if !used.isEmpty {
        let source: (cte: String, known: [String: SQLValue], identity: [String])
        if level.repeatID == s {
          source = (last, self.known, identity)
        } else if let done = completed[s] {
          source = done
        } else {
          throw SQLLoweringError(item: r.id, message: "the variables of \(s) are not known here")
        }
        var selected = source.identity.enumerated().map { "\($0.element) AS \(q("_s\($0.offset)"))" }
        var sOn = source.identity.dropLast().enumerated().map { "s.\(q("_s\($0.offset)")) = p.\($0.element)" }
        sOn.append("s.\(q("_s\(source.identity.count - 1)")) = \(k)")
        for v in used.sorted() {
          guard let value = source.known[v] else { continue }
          counter += 1
          let name = q("_i\(child.prefix)_\(counter)")
          if case .codes = value.type {
            throw SQLLoweringError(item: r.id, message: "\(r.id).\(v) of a `many of` is not lowered to SQL")
          }
          selected.append("\(value.sql) AS \(name)")
          outer.append("s.\(name) AS \(name)")
          child.instances[r.id + "." + v] = SQLValue(sql: name, type: value.type)
        }
        // The parent's identity must be in p for the join.
        for id in source.identity.dropLast() { _ = pass(id, id) }
        sourceJoin =
          "\n  LEFT JOIN (SELECT \(selected.joined(separator: ", ")) FROM \(source.cte)) s ON "
          + sOn.joined(separator: " AND ")
      }
    }
    let series: String
    if d == .spark {
      series = "(SELECT explode(sequence(1, \(r.max))) AS k) g"
    } else {
      series = "(VALUES " + (1...max(1, r.max)).map { "(\($0))" }.joined(separator: ", ") + ") AS g(k)"
    }
    let limit = n == nil ? "p.\(q("_reach"))" : "p.\(q("_reach")) AND \(k) <= p.\(q("_n_" + r.id))"
    let rows =
      "(SELECT * FROM \(child.cellsFinal) WHERE \(q("_seen")) = 1 AND NOT \(q("_orphan")) AND \(q("_keysok")))"
    let name = "\(child.prefix)_f"
    child.ctes.append(
      "\(name) AS (\n  SELECT \(outer.joined(separator: ",\n    "))\n  FROM (SELECT \(inner.joined(separator: ", ")) FROM \(last)) p CROSS JOIN \(series)"
        + "\n  LEFT JOIN \(rows) c ON \(on.joined(separator: " AND "))\(sourceJoin)\n  WHERE (\(limit)) "
        + "OR c.\(q("_row")) IS NOT NULL)")
    child.last = name
    child.attach = q("_has")
    child.present = q("_has")
  }

  /// Back in the parent: the aggregates over `r` and its rows against its driver (QD6012), per parent instance.
  mutating func gather(_ r: FormRepeat, child: SQLLevelWriter, n: String?) throws(SQLLoweringError) {
    flush()
    let run = q("_run")
    let k = q("_k_" + r.id)
    let nr = q("_n_" + r.id)
    var columns: [String] = []
    var names: [String] = []
    var c = 0
    func column(_ sql: String) -> String {
      c += 1
      let name = q("_g\(child.prefix)_\(c)")
      columns.append("\(sql) AS \(name)")
      names.append(name)
      return name
    }
    let rows = column("SUM(CASE WHEN \(q("_has")) THEN 1 ELSE 0 END)")
    let extra = column("SUM(CASE WHEN \(q("_has")) AND NOT (\(k) <= \(nr)) THEN 1 ELSE 0 END)")
    var badOption = "0"
    if child.level.columns.contains(where: { $0.role == .iterationOption }),
      let j = child.level.columns.firstIndex(where: { $0.role == .iterationOption })
    {
      let t = child.cell(j)
      let given = d.toBigint(t, syntax: d.fullMatch(t, SQLCells.integerSyntax))
      let o = q("_o_" + r.id)
      badOption = column(
        "SUM(CASE WHEN \(q("_has")) AND \(k) <= \(nr) AND NOT COALESCE(CASE WHEN \(d.fullMatch(t, SQLCells.integerSyntax)) "
          + "THEN \(given) END = \(o), FALSE) THEN 1 ELSE 0 END)")
    }
    let count = n ?? column("MAX(\(nr))")
    var registered: [(String, SQLValue)] = []
    for e in SQLRepeatReads.aggregates(writer.form.items, over: r.id) {
      guard case .aggregate(let kind, _, let value, let condition) = e else { continue }
      let l = child.lowering(r.id)
      let holds = try condition.map { (x: FormExpr) throws(SQLLoweringError) in try l.holds(x) } ?? "TRUE"
      let v = try value.map { (x: FormExpr) throws(SQLLoweringError) in try l.lower(x) }
      let when = "\(run) AND \(holds)"
      let out: SQLValue
      switch kind {
      case .count:
        out = SQLValue(
          sql: "CAST(COALESCE(\(column("SUM(CASE WHEN \(when) THEN 1 ELSE 0 END)")), 0) AS \(d.double))", type: .number)
      case .sum:
        guard let v, v.type == .number else { out = SQLValue(sql: "CAST(0 AS \(d.double))", type: .number); break }
        out = SQLValue(
          sql: "CAST(COALESCE(\(column("SUM(CASE WHEN \(when) THEN \(v.sql) END)")), 0) AS \(d.double))",
          type: .number)
      case .min, .max:
        guard let v, v.type.isOrdered else {
          throw SQLLoweringError(item: r.id, message: "\(kind.rawValue) of this kind is not lowered to SQL")
        }
        out = SQLValue(sql: column("\(kind.rawValue.uppercased())(CASE WHEN \(when) THEN \(v.sql) END)"), type: v.type)
      case .any:
        out = SQLValue(sql: "(COALESCE(\(column("MAX(CASE WHEN \(when) THEN 1 ELSE 0 END)")), 0) = 1)", type: .bool)
      case .all:
        out = SQLValue(
          sql: "(COALESCE(\(column("MIN(CASE WHEN \(run) AND NOT (\(holds)) THEN 0 ELSE 1 END)")), 1) = 1)",
          type: .bool)
      }
      registered.append(("\(e)", out))
    }
    let by = identity.joined(separator: ", ")
    let on = identity.map { "g.\($0) = p.\($0)" }.joined(separator: " AND ")
    let name = "\(prefix)_g_\(r.id)"
    ctes.append(
      "\(name) AS (\n  SELECT p.*, \(names.map { "g." + $0 }.joined(separator: ", "))\n"
        + "  FROM \(last) p LEFT JOIN (SELECT \(by), \(columns.joined(separator: ", ")) FROM \(child.last) GROUP BY \(by)) g"
        + " ON \(on))")
    last = name
    for (key, value) in registered {
      aggregates[key] = SQLValue(sql: value.sql, type: value.type)
    }
    let total = "COALESCE(\(rows), 0)"
    let differs = add(
      "rows",
      "(\(total) <> COALESCE(\(count), 0) OR COALESCE(\(extra), 0) > 0 OR COALESCE(\(badOption), 0) > 0)"
    )
    counts[r.id] = "COALESCE(\(count), 0)"
    finding(
      driver(r), "QD6012", value: total, message: "the repeat's rows do not match its driver", order: 80_000,
      where: "\(present) AND \(differs)")
    flush()
    completed[r.id] = (child.last, child.known, child.identity)
  }

  /// A dictionary's values mapped in the order of its keys (the SQL is the same from run to run).
  func sortedMap<K: Comparable, V, W>(_ d: [K: V], _ f: (V) -> W) -> [K: W] {
    var out: [K: W] = [:]
    for (key, value) in d.sorted(by: { $0.key < $1.key }) { out[key] = f(value) }
    return out
  }

  /// The variable QD6012 is reported on (DataValidation's drivers).
  func driver(_ r: FormRepeat) -> String {
    switch r.driver {
    case .count(let e, _): return DataRoutingCauses.firstVariable(e) ?? r.id
    case .question(let q, _): return q
    case .repeat(let s): return s
    case .choices, .while: return r.id
    }
  }
}

/// What a repeat's items read of other levels.
enum SQLRepeatReads {
  /// The variables of `for each` source read as `R.variable` in a repeat's items.
  static func instances(_ items: [FormItem], of r: String) -> Set<String> {
    var out = Set<String>()
    walk(items) { e in
      if case .instance(let v, let rr) = e, rr == r { out.insert(v) }
    }
    return out
  }

  /// Every aggregate over `r` in the items, once each.
  static func aggregates(_ items: [FormItem], over r: String) -> [FormExpr] {
    var out: [FormExpr] = []
    var seen = Set<String>()
    walk(items) { e in
      if case .aggregate(_, let rr, _, _) = e, rr == r, seen.insert("\(e)").inserted { out.append(e) }
    }
    return out
  }

  static func walk(_ items: [FormItem], _ visit: (FormExpr) -> Void) {
    func expr(_ e: FormExpr) {
      visit(e)
      switch e {
      case .apply(_, let args): for a in args { expr(a) }
      case .aggregate(_, _, let v, let c):
        if let v { expr(v) }
        if let c { expr(c) }
      default: break
      }
    }
    for item in items {
      switch item {
      case .section(let s): walk(s.items, visit)
      case .question(let q):
        for c in q.checks { expr(c.condition) }
        if let f = q.filter { expr(f) }
        if let d = q.defaultValue { expr(d.value) }
      case .calculate(let c): expr(c.formula)
      case .conditional(let branches):
        for b in branches {
          if let c = b.condition { expr(c) }
          walk(b.items, visit)
        }
      case .repeat(let r):
        switch r.driver {
        case .count(let e, _), .while(let e, _): expr(e)
        default: break
        }
        walk(r.items, visit)
      default: break
      }
    }
  }
}
