// Removed and added variables of a revision diff, and the likely renames among them: a removed and an added
// variable (or whole question) with the same type, the same options and near-identical text.

import QDSLOutputs
import QDSLSemantics
import QDSLSyntax

/// Variables removed or added together: a whole question, grid or calculate, or one part of a question that
/// the other side still has (one row of a grid, one flag of a `many of` question).
struct RevisionUnit {
  var variables: [RevisionVariable]
  /// True when the other side still has the variable's question or grid.
  var isPartial: Bool
  /// The name people know it by: the question's name, or the data-file name of a part.
  var title: String
  var range: TextRange
  /// The text that renames keep near-identical (source language).
  var text: String
  /// Its level, equal for a level of OLD and the one of NEW it matches: renames stay within a level.
  var levelKey: String
}

extension RevisionComparison {
  /// Similarity from which two texts count as near-identical.
  static let renameSimilarity = 0.85

  mutating func addRemovalsAndAdditions(removed: [RevisionVariable], added: [RevisionVariable], anchors: [TextRange]) {
    let removals = units(removed, in: old, other: new, isOld: true)
    let additions = units(added, in: new, other: old, isOld: false)
    var matchedRemoval = Array(repeating: false, count: removals.count)
    var matchedAddition = Array(repeating: false, count: additions.count)
    // A question whose variables all changed names under the same question name changed its kind: a `one of`
    // became a `many of`, a question became a grid.
    var additionOfGroup: [String: Int] = [:]
    for (j, a) in additions.enumerated() where !a.isPartial { additionOfGroup[a.title] = j }
    for (i, r) in removals.enumerated() where !r.isPartial {
      guard let j = additionOfGroup[r.title], !matchedAddition[j] else { continue }
      matchedRemoval[i] = true
      matchedAddition[j] = true
      recordKindChange(r, additions[j])
    }
    for (i, j, score) in renameCandidates(removals, additions) where !matchedRemoval[i] && !matchedAddition[j] {
      matchedRemoval[i] = true
      matchedAddition[j] = true
      recordRename(removals[i], additions[j], score: score)
    }
    for (i, unit) in removals.enumerated() where !matchedRemoval[i] { recordRemoval(unit, anchors) }
    for (j, unit) in additions.enumerated() where !matchedAddition[j] { recordAddition(unit) }
  }

  /// Groups variables into units, in document order.
  func units(_ variables: [RevisionVariable], in side: RevisionView, other: RevisionView, isOld: Bool)
    -> [RevisionUnit]
  {
    var units: [RevisionUnit] = []
    var unitOfGroup: [String: Int] = [:]
    let language = side.sourceLanguage
    for v in variables {
      // Partial: the other side still has this question or grid, with variables of the same kind.
      let partial =
        other.first(ofGroup: v.group).map { Self.kindWord($0.entry.source) == Self.kindWord(v.entry.source) } ?? false
      if !partial, let i = unitOfGroup[v.group] {
        units[i].variables.append(v)
        continue
      }
      // A specify text goes and comes with its question: one unit, one change.
      if let s = v.entry.specifies, !partial, let i = unitOfGroup[s.question], !units[i].isPartial {
        units[i].variables.append(v)
        continue
      }
      if !partial { unitOfGroup[v.group] = units.count }
      let groupRange =
        v.entry.specifies != nil ? v.nameRange : side.file.survey.variable(named: v.group)?.nameRange ?? v.nameRange
      let text: String
      if v.entry.source == .calculate {
        text = v.entry.formula ?? ""
      } else if partial {
        text = v.entry.labels.text(language)
      } else {
        text = v.text?.texts.text(language) ?? v.entry.labels.text(language)
      }
      units.append(
        RevisionUnit(
          variables: [v], isPartial: partial, title: partial ? v.entry.expressionName : v.group,
          range: partial ? (v.flagOption?.range ?? v.nameRange) : groupRange, text: text,
          levelKey: levelKey(v.level, old: isOld)))
    }
    return units
  }

  /// How many fuzzy text comparisons one diff may make; past it, only identical texts count as renames, so
  /// comparing two unrelated instruments stays fast.
  static let fuzzyBudget = 5_000

  /// Pairs of units that are probably one renamed question, best first. Only units of the same shape are
  /// compared (bucketed by a signature), identical texts are found by hashing, others by a bounded distance.
  func renameCandidates(_ removals: [RevisionUnit], _ additions: [RevisionUnit]) -> [(Int, Int, Double)] {
    var buckets: [String: [Int]] = [:]
    for (j, a) in additions.enumerated() where !(a.isPartial && a.variables.contains(where: \.isFlag)) {
      buckets[Self.signature(a), default: []].append(j)
    }
    var normalizedAdditions: [Int: [Unicode.Scalar]] = [:]
    var candidates: [(Int, Int, Double)] = []
    var budget = Self.fuzzyBudget
    for (i, r) in removals.enumerated() where !(r.isPartial && r.variables.contains(where: \.isFlag)) {
      guard let bucket = buckets[Self.signature(r)] else { continue }
      let x = TextSimilarity.normalized(r.text)
      for j in bucket {
        let a = additions[j]
        guard zip(r.variables, a.variables).allSatisfy({ Self.sameShape($0, $1) }) else { continue }
        let y: [Unicode.Scalar]
        if let cached = normalizedAdditions[j] {
          y = cached
        } else {
          y = TextSimilarity.normalized(a.text)
          normalizedAdditions[j] = y
        }
        if x == y {
          candidates.append((i, j, 1))
          continue
        }
        guard budget > 0 else { continue }
        budget -= 1
        if let score = TextSimilarity.ratio(x, y, atLeast: Self.renameSimilarity) { candidates.append((i, j, score)) }
      }
    }
    return candidates.sorted { x, y in
      if x.2 != y.2 { return x.2 > y.2 }
      return x.0 != y.0 ? x.0 < y.0 : x.1 < y.1
    }
  }

  /// What two units must share to be one renamed question: the level, partial or whole, and each variable's
  /// kind, storage and number of options.
  static func signature(_ unit: RevisionUnit) -> String {
    var key = unit.levelKey + (unit.isPartial ? " p" : " w")
    for v in unit.variables {
      key += " \(kindWord(v.entry.source)) \(v.entry.storage.rawValue) \(v.options.count) \(v.flagOption?.code ?? 0)"
    }
    return key
  }

  /// Same kind, storage and options (codes and names), and bounds that the new side keeps or widens (`old` is the
  /// removed variable, `new` the added one): a question renamed while its range widened, a compatible change on
  /// its own, is still one renamed question.
  static func sameShape(_ old: RevisionVariable, _ new: RevisionVariable) -> Bool {
    guard kindWord(old.entry.source) == kindWord(new.entry.source), old.entry.storage == new.entry.storage,
      keepsOrWidens(old.entry, new.entry), old.flagOption?.code == new.flagOption?.code,
      old.options.count == new.options.count
    else { return false }
    return zip(old.options, new.options).allSatisfy { $0.code == $1.code && $0.name == $1.name }
  }

  /// Whether every value the old variable allows is allowed by the new one: a missing bound is no limit.
  static func keepsOrWidens(_ old: CodebookVariable, _ new: CodebookVariable) -> Bool {
    !tighter(new.minimum, than: old.minimum, greater: true) && !tighter(new.maximum, than: old.maximum, greater: false)
      && !tighter(new.maxLength.map(Double.init), than: old.maxLength.map(Double.init), greater: false)
  }

  /// The name as declared in source: a grid row's own name, else the question's.
  static func declaredName(_ unit: RevisionUnit) -> String {
    guard unit.isPartial, let v = unit.variables.first, case .gridRow(_, let row) = v.entry.source else {
      return unit.title
    }
    return row
  }

  static func names(_ unit: RevisionUnit) -> String {
    let names = unit.variables.map(\.name)
    if names.count <= 3 { return names.map { "'\($0)'" }.joined(separator: ", ") }
    return "'\(names[0])', '\(names[1])' … '\(names[names.count - 1])'"
  }

  /// For each old variable, a place in NEW near it: the next old variable that NEW still has, else the
  /// previous one, else the start of NEW. Made in two passes, so removing many variables stays linear.
  func survivingAnchors() -> [TextRange] {
    var next = Array(repeating: TextRange?.none, count: old.variables.count)
    var seen: TextRange?
    for (i, v) in old.variables.enumerated().reversed() {
      next[i] = seen
      if let n = new.variable(v.name) { seen = n.nameRange }
    }
    var previous: TextRange?
    var anchors: [TextRange] = []
    anchors.reserveCapacity(old.variables.count)
    for (i, v) in old.variables.enumerated() {
      anchors.append(next[i] ?? previous ?? TextRange(0, 0))
      if let n = new.variable(v.name) { previous = n.nameRange }
    }
    return anchors
  }

  /// A place in NEW near a removed unit.
  func anchor(afterRemoved unit: RevisionUnit, _ anchors: [TextRange]) -> TextRange {
    guard let last = unit.variables.last.flatMap({ old.index[$0.name] }), last < anchors.count else {
      return TextRange(0, 0)
    }
    return anchors[last]
  }

  mutating func recordRename(_ r: RevisionUnit, _ a: RevisionUnit, score: Double) {
    if r.variables.count == 1, a.variables.count == 1,
      (r.variables[0].entry.specifies == nil) != (a.variables[0].entry.specifies == nil)
    {
      recordSpecifyConversion(r, a)
      return
    }
    let percent = Int((score * 100).rounded(.down))
    let single = r.variables.count == 1
    let what =
      single
      ? "the data-file variable '\(r.variables[0].name)' becomes '\(a.variables[0].name)'"
      : "its data-file variables \(Self.names(r)) become \(Self.names(a))"
    record(
      .likelyRename, a.variables.map(\.name),
      "'\(r.title)' was probably renamed to '\(a.title)' (same type and options, text \(percent)% alike): \(what)",
      at: a.range, related: [RevisionPlace(side: .old, range: r.range, message: "the old name")],
      old: r.variables.map(\.name).joined(separator: " "), new: a.variables.map(\.name).joined(separator: " "),
      help:
        "if it is the same question, keep the old name '\(Self.declaredName(r))' so that its data-file variables and trend lines "
        + "continue; if it is a new question, also change its text")
    // A range the renamed question widened on the way is reported too, as it would be without the rename.
    for (o, n) in zip(r.variables, a.variables) {
      compareRange(o, n, related: [RevisionPlace(side: .old, range: o.nameRange, message: "the old declaration")])
    }
  }

  /// A text question that became an option's "other, specify" text (the second question the barometer used to
  /// ask), or the other way round: the answers continue, in a column of another name (QD5220, breaking).
  mutating func recordSpecifyConversion(_ r: RevisionUnit, _ a: RevisionUnit) {
    let (o, n) = (r.variables[0], a.variables[0])
    func specifyText(_ s: CodebookSpecify) -> String {
      "the 'other, specify' text of '\(s.question)' for its option '\(s.option)'"
    }
    let message: String
    if let s = n.entry.specifies {
      message =
        "the question '\(o.name)' became \(specifyText(s)): its data-file variable '\(o.name)' becomes '\(n.name)'"
    } else {
      let was = o.entry.specifies.map(specifyText) ?? "'\(o.name)'"
      message = "\(was) became the question '\(n.name)': its data-file variable '\(o.name)' becomes '\(n.name)'"
    }
    record(
      .specifyConverted, [n.name], message, at: a.range,
      related: [RevisionPlace(side: .old, range: r.range, message: "the old variable")], old: o.name, new: n.name,
      help:
        "a specify text is always named QUESTION_OPTION; when you put the waves together, read '\(o.name)' of the old "
        + "wave as '\(n.name)'")
    compareRange(o, n, related: [RevisionPlace(side: .old, range: o.nameRange, message: "the old declaration")])
  }

  mutating func recordKindChange(_ r: RevisionUnit, _ a: RevisionUnit) {
    func shape(_ u: RevisionUnit) -> String {
      let v = u.variables[0]
      let kind: String
      switch v.entry.source {
      case .selectedOption: kind = "a question"
      case .gridRow: kind = "a grid"
      default: kind = Self.kindWord(v.entry.source)
      }
      let what = "\(kind) of type \(v.entry.typeName)"
      return u.variables.count == 1 ? "\(what) ('\(v.name)')" : "\(what) (\(Self.names(u)))"
    }
    let (was, now) = (shape(r), shape(a))
    record(
      .storageChanged, a.variables.map(\.name), "'\(a.title)' changed from \(was) to \(now)", at: a.range,
      related: [RevisionPlace(side: .old, range: r.range, message: "the old declaration")], old: was, new: now,
      help: "its data-file variables are not the old ones; ask the changed question under a new name instead")
    if r.levelKey != a.levelKey { compareLevel(r.variables[0], a.variables[0]) }
  }

  mutating func recordRemoval(_ unit: RevisionUnit, _ anchors: [TextRange]) {
    let anchor = anchor(afterRemoved: unit, anchors)
    if unit.isPartial, let v = unit.variables.first, let option = v.flagOption {
      let list = new.first(ofGroup: v.group)?.list
      recordOptionRemoved(
        option, list: list?.name ?? option.list, listRange: list?.range ?? anchor, variables: [v.name])
      return
    }
    let level = unit.variables[0].level
    let file = level == 0 ? "the data file" : "the data file of the repeat '\(old.levels[level].name)'"
    let message =
      unit.variables.count == 1
      ? "the variable '\(unit.variables[0].name)' was removed: it is no longer in \(file)"
      : "'\(unit.title)' was removed: its variables \(Self.names(unit)) are no longer in \(file)"
    record(
      .variableRemoved, unit.variables.map(\.name), message, side: .old, at: unit.range, anchor: anchor,
      related: [RevisionPlace(side: .new, range: anchor, message: "where it was")],
      old: unit.variables.map { "\($0.name): \($0.entry.typeName)" }.joined(separator: ", "), new: nil,
      help: "keep the question (a condition can stop asking it) while earlier waves are compared")
  }

  mutating func recordAddition(_ unit: RevisionUnit) {
    if unit.isPartial, let v = unit.variables.first, let option = v.flagOption {
      record(
        .optionAdded, [v.name], "code \(option.code) '\(option.name)' was added to '\(option.list)'", at: option.range,
        old: nil, new: Self.optionText(option, new.sourceLanguage))
      return
    }
    let level = unit.variables[0].level
    let place = level == 0 ? "" : " to the repeat '\(new.levels[level].name)'"
    let message =
      unit.variables.count == 1
      ? "the variable '\(unit.variables[0].name)' was added\(place)"
      : "'\(unit.title)' was added\(place), with the variables \(Self.names(unit))"
    record(
      .variableAdded, unit.variables.map(\.name), message, at: unit.range, old: nil,
      new: unit.variables.map(\.name).joined(separator: " "))
  }
}

/// How alike two texts are, from 0 to 1: one minus the edit distance (over Unicode scalars, case and runs of
/// spaces ignored) divided by the longer length. Texts are cut at 1,000 scalars and the distance is computed
/// in a band, so a comparison stays cheap.
package enum TextSimilarity {
  /// The similarity of two normalized texts if it is at least `threshold`, else nil.
  package static func ratio(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], atLeast threshold: Double) -> Double? {
    if x == y { return 1 }
    let longest = max(x.count, y.count)
    guard longest > 0 else { return 1 }
    let limit = Int((1 - threshold) * Double(longest))
    guard let d = distance(x, y, limit: limit) else { return nil }
    let score = 1 - Double(d) / Double(longest)
    return score >= threshold ? score : nil
  }

  package static func normalized(_ s: String) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    var space = false
    for ch in s.lowercased().unicodeScalars.prefix(1000) {
      if ch.properties.isWhitespace {
        space = !out.isEmpty
        continue
      }
      if space { out.append(" ") }
      space = false
      out.append(ch)
    }
    return out
  }

  /// The edit distance of two texts if it is at most `limit`, else nil (Ukkonen's band of width 2·limit+1).
  package static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
    let n = a.count
    let m = b.count
    guard abs(n - m) <= limit else { return nil }
    if n == 0 || m == 0 { return max(n, m) }
    let big = limit + 1
    var previous = (0...m).map { $0 <= limit ? $0 : big }
    var current = Array(repeating: big, count: m + 1)
    for i in 1...n {
      let lo = max(1, i - limit)
      let hi = min(m, i + limit)
      current[0] = i <= limit ? i : big
      if lo > 1 { current[lo - 1] = big }
      var rowBest = current[0]
      if lo <= hi {
        for j in lo...hi {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, big)
          current[j] = value
          rowBest = min(rowBest, value)
        }
      }
      if hi < m { current[hi + 1] = big }
      if rowBest > limit { return nil }
      swap(&previous, &current)
    }
    return previous[m] <= limit ? previous[m] : nil
  }
}
