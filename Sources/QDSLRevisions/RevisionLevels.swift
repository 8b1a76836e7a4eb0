// The repeats (levels) of a revision diff: matched by name, or as one repeat renamed when a removed and an
// added repeat hold the same variables; then compared for nesting, driver, maximum, options and title; a
// variable whose level changed has moved to another data file.

import QDSLSemantics
import QDSLSyntax

extension RevisionComparison {
  // MARK: - Matching

  /// Pairs the repeats of OLD and NEW: by name, then a removed repeat whose remaining variables all went to
  /// one added repeat (or out to the top level), which holds no variable of another old repeat, is that
  /// repeat renamed; the variables that moved to or from the top level are reported as moved.
  mutating func matchLevels() {
    newLevelOfOld = Array(repeating: nil, count: old.levels.count)
    oldLevelOfNew = Array(repeating: nil, count: new.levels.count)
    newLevelOfOld[0] = 0
    oldLevelOfNew[0] = 0
    for l in old.levels.indices.dropFirst() {
      guard let n = new.file.survey.level(named: old.levels[l].name), oldLevelOfNew[n] == nil else { continue }
      newLevelOfOld[l] = n
      oldLevelOfNew[n] = l
    }
    for l in old.levels.indices.dropFirst() where newLevelOfOld[l] == nil {
      var target: LevelID?
      var single = true
      for i in old.levelVariables[l] {
        guard let n = new.variable(old.variables[i].name), n.level != 0 else { continue }
        if target == nil { target = n.level } else if target != n.level { single = false }
      }
      guard single, let n = target, n != 0, oldLevelOfNew[n] == nil else { continue }
      let fromElsewhere = new.levelVariables[n].contains { i in
        old.variable(new.variables[i].name).map { $0.level != l && $0.level != 0 } ?? false
      }
      guard !fromElsewhere else { continue }
      newLevelOfOld[l] = n
      oldLevelOfNew[n] = l
    }
    for l in old.levels.indices.dropFirst() {
      guard let n = newLevelOfOld[l], old.levels[l].name != new.levels[n].name else { continue }
      renamedLevels[old.levels[l].name] = new.levels[n].name
    }
  }

  /// A text of OLD with its renamed repeats called by their new names inside pipes (`{person.index}`).
  func renamingLevelsInPipes(_ text: String) -> String {
    guard !renamedLevels.isEmpty, text.contains("{") else { return text }
    var out = ""
    var pipe: String?
    for ch in text {
      if ch == "{" && pipe == nil {
        pipe = ""
        out.append(ch)
      } else if ch == "}", let p = pipe {
        out += renamingLevels(p)
        out.append(ch)
        pipe = nil
      } else if pipe != nil {
        pipe?.append(ch)
      } else {
        out.append(ch)
      }
    }
    return out + (pipe ?? "")
  }

  /// An expression of OLD (a formula, a universe) with its renamed repeats called by their new names, so that
  /// renaming a repeat does not change every formula that reads it. Names in strings are left alone.
  func renamingLevels(_ source: String) -> String {
    guard !renamedLevels.isEmpty else { return source }
    var out = ""
    var word = ""
    var quoted = false
    var escaped = false
    func flush() {
      out += renamedLevels[word] ?? word
      word = ""
    }
    for ch in source {
      if quoted {
        out.append(ch)
        if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { quoted = false }
      } else if ch == "_" || ch.isLetter || ch.isNumber {
        word.append(ch)
      } else {
        flush()
        out.append(ch)
        quoted = ch == "\""
      }
    }
    flush()
    return out
  }

  /// The level of an old variable in NEW's numbering (nil when its repeat is gone).
  func newLevel(ofOld level: LevelID) -> LevelID? { level < newLevelOfOld.count ? newLevelOfOld[level] : nil }

  /// A key that is equal for a level of OLD and the level of NEW it matches.
  func levelKey(_ level: LevelID, old isOld: Bool) -> String {
    guard isOld else { return String(level) }
    return newLevel(ofOld: level).map(String.init) ?? "old \(level)"
  }

  // MARK: - Variables

  /// A variable on both sides whose level is not the matching one: its data is in another file.
  mutating func compareLevel(_ o: RevisionVariable, _ n: RevisionVariable) {
    guard newLevel(ofOld: o.level) != n.level else { return }
    record(
      .movedBetweenLevels, [n.name],
      "'\(n.group)' moved from \(old.place(o.level)) to \(new.place(n.level)): its answers are in another data file",
      at: n.groupRange, related: [RevisionPlace(side: .old, range: o.groupRange, message: "the old declaration")],
      old: old.rows(o.level), new: new.rows(n.level),
      help:
        "its old and new answers are in different files, with other rows and keys; keep it where it was, or ask the "
        + "moved question under a new name")
  }

  // MARK: - Repeats

  /// Compares every pair of matched repeats, and reports the repeats only one side has. `gone` and `fresh`
  /// are, per level, the variables removed with a removed repeat and added with an added one.
  mutating func compareLevels(gone: [[String]], fresh: [[String]], anchors: [TextRange]) {
    let last = lastVariables()
    for l in old.levels.indices.dropFirst() where newLevel(ofOld: l) == nil {
      recordLevelRemoved(l, variables: gone[l], anchors: anchors, lastVariables: last)
    }
    for n in new.levels.indices.dropFirst() {
      guard let o = oldLevelOfNew[n] else {
        recordLevelAdded(n, variables: fresh[n])
        continue
      }
      compareLevel(o, n)
    }
  }

  mutating func compareLevel(_ o: LevelID, _ n: LevelID) {
    let (a, b) = (old.levels[o], new.levels[n])
    let keys = new.ownKeys(n)
    let related = [RevisionPlace(side: .old, range: a.nameRange, message: "the old repeat")]
    if a.name != b.name {
      // The key columns and the variables that were in the repeat: their file is renamed.
      let kept = new.levelVariables[n].map { new.variables[$0].name }.filter { old.variable($0)?.level == o }
      let variables = keys + kept
      record(
        .repeatRenamed, variables,
        "the repeat '\(a.name)' was renamed to '\(b.name)': its data file and key columns are named after it",
        at: b.nameRange, related: related, old: a.keys.joined(separator: ", "), new: b.keys.joined(separator: ", "),
        help:
          "keep the name '\(a.name)' so that its data file and key columns keep theirs; change its `title` to change "
          + "what respondents see")
    }
    let oldParent = newLevel(ofOld: a.parent ?? 0) ?? -1
    if oldParent != (b.parent ?? 0) {
      record(
        .movedBetweenLevels, keys,
        "the repeat '\(b.name)' moved from \(Self.inside(old, a.parent ?? 0)) to \(Self.inside(new, b.parent ?? 0)): "
          + "the keys of its data file changed",
        at: b.nameRange, related: related, old: a.keys.joined(separator: ", "), new: b.keys.joined(separator: ", "),
        help: "its old and new rows are keyed differently; keep the repeat where it was")
    }
    let (was, now) = (driverWords(old, a.driver), driverWords(new, b.driver))
    if driverWords(old, a.driver, mapped: true) != now {
      record(
        .repeatDriverChanged, keys, "what drives the repeat '\(b.name)' changed from `\(was)` to `\(now)`",
        at: b.nameRange, related: related, old: was, new: now,
        help:
          "the old and new iterations stand for different things, or run a different number of times; keep the old "
          + "driver, or make the new one a new repeat under a new name")
      return
    }
    switch b.driver {
    case .count, .addAnother:
      compareMaximum(a, b, keys: keys, related: related)
    case .forEachQuestion, .forEachList:
      compareLevelOptions(o, n, keys: keys.filter { $0 == b.name })
    default:
      break
    }
    let languages = new.languages
    compareTexts(
      RevisionParts.text(a.title, languages: old.languages), RevisionParts.text(b.title, languages: languages),
      what: "the title of the repeat '\(b.name)'", variables: keys)
  }

  /// The most iterations of a counted or "add another" repeat: lowered is breaking, raised compatible.
  mutating func compareMaximum(_ a: Level, _ b: Level, keys: [String], related: [RevisionPlace]) {
    guard a.maxIterations != b.maxIterations else { return }
    let was = "at most \(a.maxIterations) iterations"
    let now = "at most \(b.maxIterations) iterations"
    if b.maxIterations < a.maxIterations {
      record(
        .rangeNarrowed, keys,
        "the repeat '\(b.name)' runs at most \(b.maxIterations) times, down from \(a.maxIterations)",
        at: b.nameRange, related: related, old: was, new: now,
        help:
          "old iterations past \(b.maxIterations) cannot occur in the new data; keep the old maximum to compare waves")
    } else {
      record(
        .rangeWidened, keys,
        "the repeat '\(b.name)' may run up to \(b.maxIterations) times, up from \(a.maxIterations)",
        at: b.nameRange, related: related, old: was, new: now)
    }
  }

  /// The options a `for each` repeat iterates: its key column holds their codes, compared like an answer's.
  /// The same change seen through a question using the list is merged with this one.
  mutating func compareLevelOptions(_ o: LevelID, _ n: LevelID, keys: [String]) {
    guard let list = new.levels[n].optionList else { return }
    let listName = new.file.survey.lists[list].name
    let listRange = new.file.survey.lists[list].nameRange
    var newByCode: [Int: RevisionOption] = [:]
    for option in new.levelOptions[n] where newByCode[option.code] == nil { newByCode[option.code] = option }
    var oldCodes = Set<Int>()
    for a in old.levelOptions[o] {
      oldCodes.insert(a.code)
      if let b = newByCode[a.code] {
        compareOption(a, b, variables: keys)
      } else {
        recordOptionRemoved(a, list: listName, listRange: listRange, variables: keys)
      }
    }
    for b in new.levelOptions[n] where !oldCodes.contains(b.code) {
      record(
        .optionAdded, keys, "code \(b.code) '\(b.name)' was added to '\(listName)'", at: b.range, old: nil,
        new: Self.optionText(b, new.sourceLanguage))
    }
  }

  mutating func recordLevelRemoved(_ l: LevelID, variables: [String], anchors: [TextRange], lastVariables: [Int?]) {
    let level = old.levels[l]
    var message =
      "the repeat '\(level.name)' was removed: its data file (keys \(level.keys.joined(separator: ", "))) is gone"
    if !variables.isEmpty { message += ", with " + Self.variableWords(variables) }
    let anchor = anchor(afterLevel: l, anchors, lastVariables: lastVariables)
    record(
      .repeatRemoved, old.ownKeys(l) + variables, message, side: .old, at: level.nameRange, anchor: anchor,
      related: [RevisionPlace(side: .new, range: anchor, message: "where it was")],
      old: old.rows(l) + (variables.isEmpty ? "" : ": " + variables.joined(separator: ", ")), new: nil,
      help: "keep the repeat while earlier waves are compared (a condition around it can stop asking it)")
  }

  mutating func recordLevelAdded(_ l: LevelID, variables: [String]) {
    let level = new.levels[l]
    var message =
      "the repeat '\(level.name)' was added: a new data file, one row per iteration, keys "
      + level.keys.joined(separator: ", ")
    if !variables.isEmpty { message += ", with " + Self.variableWords(variables) }
    record(
      .repeatAdded, new.ownKeys(l) + variables, message, at: level.nameRange, old: nil,
      new: new.rows(l) + (variables.isEmpty ? "" : ": " + variables.joined(separator: ", ")))
  }

  /// A place in NEW near a removed repeat: the one after its last variable (or that of a repeat inside it).
  func anchor(afterLevel l: LevelID, _ anchors: [TextRange], lastVariables: [Int?]) -> TextRange {
    guard let last = lastVariables[l], last < anchors.count else { return TextRange(0, 0) }
    return anchors[last]
  }

  /// For each level of OLD, the index of the last variable in it or in a repeat inside it. Levels are in
  /// document order, so an inner repeat comes after its parent: one pass from the end.
  func lastVariables() -> [Int?] {
    var last = old.levelVariables.map(\.last)
    for l in old.levels.indices.dropFirst().reversed() {
      guard let parent = old.levels[l].parent, parent < l, let i = last[l] else { continue }
      last[parent] = max(last[parent] ?? i, i)
    }
    return last
  }

  // MARK: - Words

  /// "the top level" or "inside the repeat 'person'".
  static func inside(_ view: RevisionView, _ level: LevelID) -> String {
    level == 0 ? "the top level" : "inside the repeat '\(view.levels[level].name)'"
  }

  /// A repeat's driver as written (`count household_size`, `for each crops`, `while more == yes`). `mapped`
  /// (for OLD's drivers) names a repeat by its name in NEW, so that what follows a renamed repeat compares equal.
  func driverWords(_ view: RevisionView, _ driver: RepeatDriver, mapped: Bool = false) -> String {
    let survey = view.file.survey
    switch driver {
    case .none: return "once"
    case .count(let e): return "count " + (mapped ? renamingLevels(survey.source(of: e)) : survey.source(of: e))
    case .forEachQuestion(let v, _): return "for each " + survey.variables[v].name
    case .forEachList(let l): return "for each " + survey.lists[l].name
    case .forEachRepeat(let l):
      if mapped, let n = newLevel(ofOld: l) { return "for each " + new.levels[n].name }
      return "for each " + view.levels[l].name
    case .addAnother(let e):
      return "while " + (mapped ? renamingLevels(survey.source(of: e)) : survey.source(of: e))
    case .invalid: return "(invalid)"
    }
  }

  /// "the variable 'a'" or "the variables 'a', 'b' … 'z'".
  static func variableWords(_ names: [String]) -> String {
    (names.count == 1 ? "the variable " : "the variables ") + Self.names(names)
  }

  static func names(_ names: [String]) -> String {
    if names.count <= 3 { return names.map { "'\($0)'" }.joined(separator: ", ") }
    return "'\(names[0])', '\(names[1])' … '\(names[names.count - 1])'"
  }
}
