// Where each column of qdsl's data layout sits in the XForm that `qdsl compile --target xform` writes: the
// element path of every question, grid row, calculate, order and `for each` option node, per level (the
// instrument, each repeat), and the names an export gives it in a header (ODK Central: the path inside its
// repeat joined by `-`, or the bare name; KoboToolbox: the path joined by `/`, or the bare name).

import QDSLFormRuntime

/// How an exported cell is turned into qdsl's cell format.
enum ExportValueFormat: Sendable, Equatable {
  /// Kept as it is (numbers, codes, text, 1/0).
  case plain
  /// `YYYY-MM-DD` (a datetime's date part is not accepted: a date stays as given).
  case date
  /// `HH:MM` from `HH:MM[:SS[.fff]][offset]`.
  case time
  /// `YYYY-MM-DDTHH:MM` from `YYYY-MM-DDTHH:MM[:SS[.fff]][offset]`.
  case datetime
}

/// One node of the XForm's instance that an export writes as a column.
struct ExportField: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// One column of the level (its index in `FormDataLevel.columns`).
    case column(Int)
    /// A `many of` question's node (the chosen codes separated by spaces): its 0/1 columns by code.
    case choices(question: String, flags: [Int: Int])
    /// A `rank of` question's node (the codes in ranked order): its rank columns by code.
    case ranking(question: String, ranks: [Int: Int])
    /// A hidden calculate the XForm derives from a `many of` or `rank of` node (`kinds_1`, one per option): the
    /// layout takes those columns from the answer itself, so the export's copy is dropped.
    case derived
  }

  /// The element names from the instance's root (exclusive) to the node.
  var path: [String]
  var kind: Kind
  var format: ExportValueFormat
}

/// The nodes of one level of the instrument as an export writes them.
struct ExportLevelMap: Sendable {
  /// The level's index in `FormDataLayout.levels`.
  var level: Int
  /// The path of the repeat's element (empty for the instrument).
  var repeatPath: [String]
  /// The element names of the repeats around and including this one, outermost first.
  var chain: [String]
  var fields: [ExportField] = []
  /// Header names (Central's and Kobo's spellings, with and without group names) → index in `fields`.
  var names: [String: Int] = [:]
}

/// The XForm's instance of a form, as levels of exported nodes.
struct ExportFieldMap: Sendable {
  var levels: [ExportLevelMap]
  /// The names of the XForm's groups (sections, grids) and repeats, to tell a group path in a header.
  var groups: Set<String> = ["meta", "qdsl-universes"]
  /// Nodes that hold no data of the layout: notes and the `end_N` notes of `end`s.
  var notes: Set<String> = []
  /// The question texts in every language, to tell a header of labels.
  var labels: Set<String> = []
  /// The `many of` questions' nodes, by the names an export gives them (its split `q/option` columns are dropped).
  var selectNames: Set<String> = []

  init(form: FormModel, layout: FormDataLayout) {
    levels = layout.levels.enumerated().map { i, level in
      ExportLevelMap(level: i, repeatPath: [], chain: level.chain)
    }
    var nextLevel = 1
    var endCount = 0
    var labels: Set<String> = []
    // Each level's columns by name and by variable, looked up once per node (nothing quadratic in the items).
    var byName: [[String: Int]] = layout.levels.map { _ in [:] }
    var byVariable: [[String: [Int]]] = layout.levels.map { _ in [:] }
    for (l, level) in layout.levels.enumerated() {
      for (i, c) in level.columns.enumerated() {
        if byName[l][c.name] == nil { byName[l][c.name] = i }
        byVariable[l][c.variable, default: []].append(i)
      }
    }
    func index(_ level: Int, _ name: String) -> Int? { byName[level][name] }
    func add(_ level: Int, _ path: [String], _ kind: ExportField.Kind, _ format: ExportValueFormat = .plain) {
      levels[level].fields.append(ExportField(path: path, kind: kind, format: format))
    }
    func column(_ level: Int, _ path: [String], _ format: ExportValueFormat = .plain) {
      guard let name = path.last, let i = index(level, name) else { return }
      add(level, path, .column(i), format)
    }
    func format(_ type: FormQuestionType) -> ExportValueFormat {
      switch type {
      case .date: return .date
      case .time: return .time
      case .datetime: return .datetime
      default: return .plain
      }
    }
    func text(_ t: FormText?) {
      for value in t?.translations.values ?? [:].values { labels.insert(value) }
    }
    for p in form.paradata {
      let f: ExportValueFormat =
        switch p.kind {
        case .start, .end: .datetime
        case .today: .date
        case .device, .user: .plain
        }
      column(0, [p.variable], f)
    }
    for s in form.samples {
      text(s.text)
      column(0, [s.variable], format(s.type))
    }
    func walk(_ items: [FormItem], _ level: Int, _ path: [String]) {
      for item in items {
        switch item {
        case .section(let s):
          groups.insert(s.id)
          walk(s.items, level, path + [s.id])
          if let order = s.shuffle { column(level, path + [s.id, order]) }
        case .conditional(let branches): for b in branches { walk(b.items, level, path) }
        case .question(let q):
          text(q.text)
          let name = q.variable ?? q.id
          let columns = layout.levels[level].columns
          switch q.type {
          case .many:
            var flags: [Int: Int] = [:]
            for i in byVariable[level][q.id] ?? [] {
              if case .flag(let code) = columns[i].role { flags[code] = i }
            }
            add(level, path + [name], .choices(question: q.id, flags: flags))
            for c in flags.values { add(level, path + [columns[c].name], .derived) }
          case .rank:
            var ranks: [Int: Int] = [:]
            for i in byVariable[level][q.id] ?? [] {
              if case .rank(let code) = columns[i].role { ranks[code] = i }
            }
            add(level, path + [name], .ranking(question: q.id, ranks: ranks))
            for c in ranks.values { add(level, path + [columns[c].name], .derived) }
          default: column(level, path + [name], format(q.type))
          }
          if let order = q.shuffle { column(level, path + [order]) }
        case .grid(let g):
          text(g.text)
          groups.insert(g.id)
          for row in g.rows {
            text(row.label)
            column(level, path + [g.id, row.variable])
          }
        case .calculate(let c):
          let f: ExportValueFormat =
            switch c.type {
            case .date: .date
            case .time: .time
            case .datetime: .datetime
            default: .plain
            }
          column(level, path + [c.variable], f)
        case .note(let n): notes.insert(n.id)
        case .end:
          endCount += 1
          notes.insert("end_\(endCount)")
        case .repeat(let r):
          groups.insert(r.id)
          let child = nextLevel
          nextLevel += 1
          guard child < levels.count else { return }
          levels[child].repeatPath = path + [r.id]
          if r.keys.count > levels[child].chain.count + 1, let option = r.keys.last {
            column(child, path + [r.id, option])
          }
          walk(r.items, child, path + [r.id])
        }
      }
    }
    walk(form.items, 0, [])
    self.labels = labels
    for l in levels.indices {
      let level = levels[l]
      for (i, field) in level.fields.enumerated() {
        let inside = field.path.dropFirst(level.repeatPath.count)
        let spellings = [inside.joined(separator: "-"), field.path.joined(separator: "/"), field.path.last ?? ""]
        for name in spellings where levels[l].names[name] == nil { levels[l].names[name] = i }
        if case .choices = field.kind { selectNames.formUnion(spellings) }
      }
    }
  }

  /// The level a header's names belong to among `candidates`: the one that knows most of them (nil if none).
  func level(of header: [String], among candidates: [Int]) -> Int? {
    var best: (level: Int, count: Int)?
    for l in candidates {
      let count = header.reduce(0) { $0 + (levels[l].names[$1] == nil ? 0 : 1) }
      if count > 0 && count > (best?.count ?? 0) { best = (l, count) }
    }
    return best?.level
  }

  /// Whether an unmatched header is a node of the XForm that holds no data of the layout: a hidden helper
  /// (`person-count`, `vehicle-stop`, `vehicle-listed`, `staff-soft`, `qdsl-universes`, `qdsl-shuffle-seed`), a
  /// note, a `many of` split column (`q/option`), the instance's `meta` group. Any other header is kept.
  func isHelper(_ header: String, separator: Character) -> Bool {
    if header.hasPrefix("qdsl-") || header.hasPrefix("meta-") || header.hasPrefix("meta/") { return true }
    if ["-count", "-stop", "-listed", "-soft"].contains(where: { header.hasSuffix($0) }) { return true }
    if let slash = header.lastIndex(of: "/"), selectNames.contains(String(header[..<slash])) { return true }
    var rest = Substring(header)
    if separator == "/" {
      rest = header.split(separator: "/").last ?? rest
    } else {
      while let dash = rest.firstIndex(of: "-"), groups.contains(String(rest[..<dash])) {
        rest = rest[rest.index(after: dash)...]
      }
    }
    // The universes' calculates are `qdsl-universes/uN`: `uN` alone when group names are left out.
    let universe =
      rest.first == "u" && rest.count > 1 && rest.dropFirst().allSatisfy(\.isASCII) && Int(rest.dropFirst()) != nil
    return universe || rest.hasPrefix("qdsl-") || notes.contains(String(rest))
      || ["instanceID", "instanceName", "deprecatedID"].contains(rest)
  }
}
