// Removed and added variables of a revision diff, and the likely renames among them: a removed and an added
// variable (or whole question) with the same type, the same options and near-identical text.

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
}

extension RevisionComparison {
  /// Similarity from which two texts count as near-identical.
  static let renameSimilarity = 0.85

  mutating func addRemovalsAndAdditions(removed: [RevisionVariable], added: [RevisionVariable]) {
    let removals = units(removed, in: old, other: new)
    let additions = units(added, in: new, other: old)
    var matchedRemoval = Array(repeating: false, count: removals.count)
    var matchedAddition = Array(repeating: false, count: additions.count)
    for (i, j, score) in renameCandidates(removals, additions) where !matchedRemoval[i] && !matchedAddition[j] {
      matchedRemoval[i] = true
      matchedAddition[j] = true
      recordRename(removals[i], additions[j], score: score)
    }
    for (i, unit) in removals.enumerated() where !matchedRemoval[i] { recordRemoval(unit) }
    for (j, unit) in additions.enumerated() where !matchedAddition[j] { recordAddition(unit) }
  }

  /// Groups variables into units, in document order.
  func units(_ variables: [RevisionVariable], in side: RevisionView, other: RevisionView) -> [RevisionUnit] {
    let otherGroups = Set(other.variables.map(\.group))
    var units: [RevisionUnit] = []
    var unitOfGroup: [String: Int] = [:]
    let language = side.sourceLanguage
    for v in variables {
      let partial = otherGroups.contains(v.group)
      if !partial, let i = unitOfGroup[v.group] {
        units[i].variables.append(v)
        continue
      }
      if !partial { unitOfGroup[v.group] = units.count }
      let groupRange = side.file.survey.variable(named: v.group)?.nameRange ?? v.nameRange
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
          variables: [v], isPartial: partial, title: partial ? v.name : v.group,
          range: partial ? (v.flagOption?.range ?? v.nameRange) : groupRange, text: text))
    }
    return units
  }

  /// Pairs of units that are probably one renamed question, best first.
  func renameCandidates(_ removals: [RevisionUnit], _ additions: [RevisionUnit]) -> [(Int, Int, Double)] {
    var candidates: [(Int, Int, Double)] = []
    for (i, r) in removals.enumerated() where !(r.isPartial && r.variables.contains(where: \.isFlag)) {
      for (j, a) in additions.enumerated() where a.isPartial == r.isPartial && a.variables.count == r.variables.count {
        guard zip(r.variables, a.variables).allSatisfy({ Self.sameShape($0, $1) }) else { continue }
        let score = TextSimilarity.ratio(r.text, a.text)
        if score >= Self.renameSimilarity { candidates.append((i, j, score)) }
      }
    }
    return candidates.sorted { x, y in
      if x.2 != y.2 { return x.2 > y.2 }
      return x.0 != y.0 ? x.0 < y.0 : x.1 < y.1
    }
  }

  /// Same kind, storage, bounds and options (codes and names).
  static func sameShape(_ a: RevisionVariable, _ b: RevisionVariable) -> Bool {
    guard kindWord(a.entry.source) == kindWord(b.entry.source), a.entry.storage == b.entry.storage,
      a.entry.minimum == b.entry.minimum, a.entry.maximum == b.entry.maximum, a.entry.maxLength == b.entry.maxLength,
      a.flagOption?.code == b.flagOption?.code, a.options.count == b.options.count
    else { return false }
    return zip(a.options, b.options).allSatisfy { $0.code == $1.code && $0.name == $1.name }
  }

  static func names(_ unit: RevisionUnit) -> String {
    let names = unit.variables.map(\.name)
    if names.count <= 3 { return names.map { "'\($0)'" }.joined(separator: ", ") }
    return "'\(names[0])', '\(names[1])' … '\(names[names.count - 1])'"
  }

  /// A place in NEW near a removed unit: the next variable that NEW still has, else the previous one.
  func anchor(afterRemoved unit: RevisionUnit) -> TextRange {
    guard let last = unit.variables.last.flatMap({ old.index[$0.name] }),
      let first = unit.variables.first.flatMap({ old.index[$0.name] })
    else { return TextRange(0, 0) }
    for v in old.variables[(last + 1)...] {
      if let n = new.variable(v.name) { return n.nameRange }
    }
    for v in old.variables[..<first].reversed() {
      if let n = new.variable(v.name) { return n.nameRange }
    }
    return TextRange(0, 0)
  }

  mutating func recordRename(_ r: RevisionUnit, _ a: RevisionUnit, score: Double) {
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
        "if it is the same question, keep the old name '\(r.title)' so that its data-file variables and trend lines "
        + "continue; if it is a new question, also change its text")
  }

  mutating func recordRemoval(_ unit: RevisionUnit) {
    let anchor = anchor(afterRemoved: unit)
    if unit.isPartial, let v = unit.variables.first, let option = v.flagOption {
      let listRange = new.variables.first { $0.group == v.group }?.list?.range ?? anchor
      record(
        .optionRemoved, [v.name], "code \(option.code) '\(option.name)' was removed from '\(option.list)'", side: .old,
        at: option.range, anchor: listRange,
        related: [RevisionPlace(side: .new, range: listRange, message: "the list without it")],
        old: Self.optionText(option, old.sourceLanguage), new: nil,
        help: "keep the option (it may be hidden from new respondents by a condition) so old codes keep their meaning")
      return
    }
    let message =
      unit.variables.count == 1
      ? "the variable '\(unit.variables[0].name)' was removed: it is no longer in the data file"
      : "'\(unit.title)' was removed: its variables \(Self.names(unit)) are no longer in the data file"
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
    let message =
      unit.variables.count == 1
      ? "the variable '\(unit.variables[0].name)' was added"
      : "'\(unit.title)' was added, with the variables \(Self.names(unit))"
    record(
      .variableAdded, unit.variables.map(\.name), message, at: unit.range, old: nil,
      new: unit.variables.map(\.name).joined(separator: " "))
  }
}

/// How alike two texts are, from 0 to 1: one minus the edit distance (over Unicode scalars, case and runs of
/// spaces ignored) divided by the longer length. Texts are cut at 2,000 scalars, so a comparison stays cheap.
enum TextSimilarity {
  static func ratio(_ a: String, _ b: String) -> Double {
    let x = normalized(a)
    let y = normalized(b)
    if x == y { return 1 }
    let longest = max(x.count, y.count)
    guard longest > 0 else { return 1 }
    // The distance is at least the difference in length: skip pairs that cannot be near-identical.
    if Double(longest - min(x.count, y.count)) / Double(longest) > 1 - RevisionComparison.renameSimilarity {
      return 0
    }
    return 1 - Double(distance(x, y)) / Double(longest)
  }

  static func normalized(_ s: String) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    var space = false
    for ch in s.lowercased().unicodeScalars.prefix(2000) {
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

  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...max(1, a.count) where !a.isEmpty {
      current[0] = i
      for j in 1...max(1, b.count) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
  }
}
