// The classification of a revision diff: variables matched by data-file name (unique in the instrument) and
// checked to be at the same level, then compared part by part (storage, range, required, universe, options,
// texts); repeats, removed and added variables, languages; merging of the same change seen through several
// variables (a shared list, the flags of one `many of` question).

import QDSLOutputs
import QDSLSemantics
import QDSLSyntax

struct RevisionComparison {
  let old: RevisionView
  let new: RevisionView
  var changes: [RevisionChange] = []
  /// For each repeat of OLD, the repeat of NEW it is (by name, or renamed); nil when it is gone.
  var newLevelOfOld: [LevelID?] = []
  /// For each repeat of NEW, the repeat of OLD it was; nil when it is new.
  var oldLevelOfNew: [LevelID?] = []
  /// The repeats renamed: old name to new name.
  var renamedLevels: [String: String] = [:]

  init(old: RevisionView, new: RevisionView) {
    self.old = old
    self.new = new
  }

  mutating func run() {
    compareLanguages()
    matchLevels()
    var removed: [RevisionVariable] = []
    // Variables that go with a removed repeat, or come with an added one, are reported with it.
    var gone = Array(repeating: [String](), count: old.levels.count)
    var fresh = Array(repeating: [String](), count: new.levels.count)
    for o in old.variables {
      if new.variable(o.name) == nil, recordShuffleChange(o, isOld: true) { continue }
      if let n = new.variable(o.name) {
        compare(o, n)
      } else if o.level != 0 && newLevel(ofOld: o.level) == nil {
        gone[o.level].append(o.name)
      } else {
        removed.append(o)
      }
    }
    var added: [RevisionVariable] = []
    for n in new.variables where old.variable(n.name) == nil {
      if recordShuffleChange(n, isOld: false) { continue }
      if n.level != 0 && oldLevelOfNew[n.level] == nil { fresh[n.level].append(n.name) } else { added.append(n) }
    }
    let anchors = survivingAnchors()
    compareLevels(gone: gone, fresh: fresh, anchors: anchors)
    addRemovalsAndAdditions(removed: removed, added: added, anchors: anchors)
    compareOfferedOptions()
    compareTranslations()
  }

  /// The changes merged and in report order: by class, then by place in NEW.
  func finished() -> [RevisionChange] {
    var merged: [RevisionChange] = []
    var positions: [String: Int] = [:]
    for c in changes {
      let key = "\(c.code.rawValue) \(c.side.rawValue) \(c.range.start) \(c.range.end) \(c.message)"
      if let i = positions[key] {
        for v in c.variables where !merged[i].variables.contains(v) { merged[i].variables.append(v) }
        continue
      }
      positions[key] = merged.count
      merged.append(c)
    }
    return merged.enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      if x.changeClass != y.changeClass { return x.changeClass < y.changeClass }
      if x.anchor.start != y.anchor.start { return x.anchor.start < y.anchor.start }
      if x.code != y.code { return x.code < y.code }
      return a.offset < b.offset
    }.map(\.element)
  }

  // MARK: - Recording

  mutating func record(
    _ code: DiagnosticCode, _ variables: [String], _ message: String, side: RevisionSide = .new, at range: TextRange,
    anchor: TextRange? = nil, related: [RevisionPlace] = [], old: String? = nil, new: String? = nil,
    help: String? = nil
  ) {
    changes.append(
      RevisionChange(
        code: code, variables: variables, message: message, side: side, range: range, anchor: anchor ?? range,
        related: related, oldValue: old, newValue: new, help: help))
  }

  // MARK: - Languages

  mutating func compareLanguages() {
    for language in new.languages where !old.languages.contains(language) {
      let draft = new.draftLanguages.contains(language) ? " as a draft (a translation in progress)" : ""
      record(
        .languageAdded, [], "the language '\(language)' was added" + draft, at: new.languagesRange,
        related: [RevisionPlace(side: .old, range: old.languagesRange, message: "the old languages")],
        old: old.languages.joined(separator: " "), new: new.languages.joined(separator: " "))
    }
    for language in old.languages where !new.languages.contains(language) {
      record(
        .languageRemoved, [],
        "the language '\(language)' was removed: its texts and labels are gone from the questionnaire and the codebook",
        at: new.languagesRange,
        related: [RevisionPlace(side: .old, range: old.languagesRange, message: "the old languages")],
        old: old.languages.joined(separator: " "), new: new.languages.joined(separator: " "),
        help: "keep '\(language)' in `languages` (and its translations) while earlier waves are compared in it")
    }
    compareDraftLanguages()
  }

  // MARK: - One variable on both sides

  mutating func compare(_ o: RevisionVariable, _ n: RevisionVariable) {
    let name = n.name
    let related = [RevisionPlace(side: .old, range: o.nameRange, message: "the old declaration")]
    compareLevel(o, n)
    let oldKind = Self.kindWord(o.entry.source)
    let newKind = Self.kindWord(n.entry.source)
    if case .paradata(let was) = o.entry.source, case .paradata(let now) = n.entry.source, was != now {
      record(
        .paradataKindChanged, [name], "'\(name)' recorded the collector's '\(was)' and now records '\(now)'",
        at: n.nameRange, related: related, old: was, new: now,
        help: "the two waves' values mean different things; record the new kind under a new name")
    } else if o.entry.storage != n.entry.storage || oldKind != newKind {
      let was = "\(oldKind) of type \(o.entry.typeName) (stored as \(Self.storageWord(o.entry.storage)))"
      let now = "\(newKind) of type \(n.entry.typeName) (stored as \(Self.storageWord(n.entry.storage)))"
      record(
        .storageChanged, [name], "'\(name)' changed from \(was) to \(now)", at: n.nameRange, related: related,
        old: was, new: now,
        help: "old and new answers cannot be compared; ask the changed question under a new name instead")
    } else if !compareRanks(o, n) {
      compareRange(o, n, related: related)
    }
    if let f = o.entry.formula, let g = n.entry.formula, renamingLevels(f) != g {
      record(
        .storageChanged, [name], "the formula of '\(name)' changed from `\(f)` to `\(g)`", at: n.nameRange,
        related: related, old: f, new: g,
        help: "the old and new values are computed differently; give the new formula a new name")
    }
    // A question that became a sample variable (or the reverse) is already a change of kind.
    var samples = 0
    if case .sample = o.entry.source { samples += 1 }
    if case .sample = n.entry.source { samples += 1 }
    if o.entry.source != .calculate && n.entry.source != .calculate && o.entry.isRequired != n.entry.isRequired
      && samples != 1
    {
      let (was, now) = o.entry.isRequired ? ("required", "optional") : ("optional", "required")
      record(
        .requiredChanged, [name], "'\(n.group)' was \(was) and is now \(now)", at: n.groupRange,
        related: [RevisionPlace(side: .old, range: o.groupRange, message: "the old declaration")],
        old: was, new: now,
        help: n.entry.isRequired
          ? "the old data may have no answer where the new always has one; compare the waves with care"
          : "the new data may have no answer where the old always has one; compare the waves with care")
    }
    if o.entry.universeExpression.map(renamingLevels) != n.entry.universeExpression {
      let was = o.entry.universeExpression.map { "asked if \($0)" } ?? "asked of everyone"
      let now = n.entry.universeExpression.map { "asked if \($0)" } ?? "asked of everyone"
      record(
        .universeChanged, [name], "who is asked '\(n.group)' changed: it was \(was), now \(now)",
        at: n.groupRange, related: [RevisionPlace(side: .old, range: o.groupRange, message: "the old declaration")],
        old: was, new: now,
        help: "the answers of the two waves come from different groups of respondents; compare them with care")
    }
    compareTexts(o.text, n.text, what: "the question text of '\(n.group)'", variables: [name])
    compareTexts(o.hint, n.hint, what: "the hint of '\(n.group)'", variables: [name])
    compareHintPresence(o, n)
    compareTexts(o.rowLabel, n.rowLabel, what: "the label of row '\(n.name)'", variables: [name])
    compareVariants(o, n)
    if let a = o.flagOption, let b = n.flagOption {
      compareOption(a, b, variables: [name])
    } else if !o.isFlag && o.entry.storage == n.entry.storage {
      compareOptions(o, n)
    }
  }

  mutating func compareRange(_ o: RevisionVariable, _ n: RevisionVariable, related: [RevisionPlace]) {
    let name = n.name
    let was: String
    let now: String
    let narrowed: Bool
    switch n.entry.storage {
    case .integer, .decimal:
      let (a, b, c, d) = (o.entry.minimum, o.entry.maximum, n.entry.minimum, n.entry.maximum)
      guard a != c || b != d else { return }
      narrowed = Self.tighter(c, than: a, greater: true) || Self.tighter(d, than: b, greater: false)
      was = Self.rangeText(a, b)
      now = Self.rangeText(c, d)
    case .text:
      let (a, b) = (o.entry.maxLength, n.entry.maxLength)
      guard a != b else { return }
      narrowed = Self.tighter(b.map(Double.init), than: a.map(Double.init), greater: false)
      was = a.map { "at most \($0) characters" } ?? "any length"
      now = b.map { "at most \($0) characters" } ?? "any length"
    default:
      return
    }
    if narrowed {
      record(
        .rangeNarrowed, [name], "the allowed values of '\(name)' narrowed from \(was) to \(now)", at: n.nameRange,
        related: related, old: was, new: now,
        help: "old answers outside the new range cannot occur in the new data; keep the old range to compare waves")
    } else {
      record(
        .rangeWidened, [name], "the allowed values of '\(name)' widened from \(was) to \(now)", at: n.nameRange,
        related: related, old: was, new: now)
    }
  }

  /// Whether the new bound `b` allows less than the old bound `a` (a minimum when `greater`).
  static func tighter(_ b: Double?, than a: Double?, greater: Bool) -> Bool {
    guard let b else { return false }
    guard let a else { return true }
    return greater ? b > a : b < a
  }

  static func rangeText(_ lo: Double?, _ hi: Double?) -> String {
    func f(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : Survey.formatDecimal(v) }
    switch (lo, hi) {
    case (nil, nil): return "any value"
    case (let l?, nil): return "\(f(l)) or more"
    case (nil, let h?): return "at most \(f(h))"
    case (let l?, let h?): return "\(f(l))..\(f(h))"
    }
  }

  static func kindWord(_ source: CodebookSource) -> String {
    switch source {
    case .question: return "a question"
    case .selectedOption: return "an option flag"
    case .gridRow: return "a grid row"
    case .calculate: return "a calculated value"
    case .key: return "a key column"
    case .rank: return "a rank"
    case .shownOrder: return "an order shown"
    case .paradata: return "paradata"
    case .sample: return "a sample variable"
    }
  }

  static func storageWord(_ s: Storage) -> String {
    switch s {
    case .integer: return "a whole number"
    case .decimal: return "a decimal number"
    case .text: return "text"
    case .date: return "a date"
    case .time: return "a time of day"
    case .datetime: return "a date and time"
    case .code: return "a code"
    case .flag: return "a 0/1 flag"
    case .boolean: return "1/0 for true/false"
    }
  }

  // MARK: - Texts

  mutating func compareTexts(_ o: RevisionText?, _ n: RevisionText?, what: String, variables: [String]) {
    guard let o, let n else { return }
    for (language, newText) in n.texts.entries {
      guard old.languages.contains(language), let oldText = o.texts[language],
        renamingLevelsInPipes(oldText) != newText
      else { continue }
      let role = language == new.sourceLanguage ? "wording" : "translation"
      record(
        .wordingEdited, variables, "\(what) was edited (\(role), \(language))", at: n.ranges[language] ?? n.anchor,
        related: [RevisionPlace(side: .old, range: o.ranges[language] ?? o.anchor, message: "the old text")],
        old: oldText, new: newText)
    }
  }

  /// A hint added or removed is a wording edit too (the question text itself is always there).
  mutating func compareHintPresence(_ o: RevisionVariable, _ n: RevisionVariable) {
    let language = old.sourceLanguage
    if o.hint == nil, let hint = n.hint {
      record(
        .wordingEdited, [n.name], "a hint was added to '\(n.group)'", at: hint.ranges[language] ?? hint.anchor,
        related: [RevisionPlace(side: .old, range: o.nameRange, message: "the old question")], old: "(no hint)",
        new: hint.texts.text(language))
    } else if let hint = o.hint, n.hint == nil {
      record(
        .wordingEdited, [n.name], "the hint of '\(n.group)' was removed", side: .old,
        at: hint.ranges[language] ?? hint.anchor, anchor: n.nameRange,
        related: [RevisionPlace(side: .new, range: n.nameRange, message: "the question without it")],
        old: hint.texts.text(language), new: "(no hint)")
    }
  }

  // MARK: - Options

  mutating func compareOptions(_ o: RevisionVariable, _ n: RevisionVariable) {
    guard !o.options.isEmpty || !n.options.isEmpty else { return }
    let name = n.name
    let listName = n.list?.name ?? "the list"
    let listRange = n.list?.range ?? n.nameRange
    var newByCode: [Int: RevisionOption] = [:]
    for option in n.options where newByCode[option.code] == nil { newByCode[option.code] = option }
    var oldCodes = Set<Int>()
    for a in o.options {
      oldCodes.insert(a.code)
      guard let b = newByCode[a.code] else {
        recordOptionRemoved(a, list: listName, listRange: listRange, variables: [name])
        continue
      }
      compareOption(a, b, variables: [name])
    }
    for b in n.options where !oldCodes.contains(b.code) {
      record(
        .optionAdded, [name], "code \(b.code) '\(b.name)' was added to '\(listName)'",
        at: b.range, old: nil, new: Self.optionText(b, new.sourceLanguage))
    }
  }

  /// A code no longer in the list; when the option is still there under another code, says so.
  mutating func recordOptionRemoved(_ a: RevisionOption, list: String, listRange: TextRange, variables: [String]) {
    let moved = new.file.survey.list(named: list)?.options.first { $0.name == a.name && $0.code != a.code }
    var message = "code \(a.code) '\(a.name)' was removed from '\(list)'"
    var help = "keep the option (it may be hidden from new respondents by a condition) so old codes keep their meaning"
    if let moved {
      message += ": the option '\(a.name)' now has code \(moved.code)"
      help = "give '\(a.name)' its old code \(a.code) back; a new code means a new variable or value in the data"
    }
    record(
      .optionRemoved, variables, message, side: .old, at: a.range, anchor: listRange,
      related: [RevisionPlace(side: .new, range: listRange, message: "the list without it")],
      old: Self.optionText(a, old.sourceLanguage), new: nil, help: help)
  }

  static func optionText(_ o: RevisionOption, _ language: String) -> String {
    let label = o.labels.text(language)
    return "\(o.code) \(o.name) \"\(label)\"\(o.isMissing ? " missing" : "")"
  }

  /// One option with the same code on both sides: its meaning (name, source label, missing) and translations.
  mutating func compareOption(_ a: RevisionOption, _ b: RevisionOption, variables: [String]) {
    let related = [RevisionPlace(side: .old, range: a.range, message: "the old option")]
    let oldLabel = a.labels.text(old.sourceLanguage)
    let newLabel = b.labels.text(old.sourceLanguage)
    if a.name != b.name || oldLabel != newLabel || a.isMissing != b.isMissing {
      var what: [String] = []
      if a.name != b.name { what.append("its name '\(a.name)' became '\(b.name)'") }
      if oldLabel != newLabel { what.append("its label \"\(oldLabel)\" became \"\(newLabel)\"") }
      if a.isMissing != b.isMissing {
        what.append(b.isMissing ? "it became a missing-value code" : "it is no longer a missing-value code")
      }
      record(
        .optionMeaningChanged, variables,
        "code \(b.code) of '\(b.list)' changed meaning: " + what.joined(separator: ", "), at: b.range,
        related: related, old: Self.optionText(a, old.sourceLanguage), new: Self.optionText(b, old.sourceLanguage),
        help:
          "old answers with code \(b.code) meant something else; give the new answer a new code and keep the old one")
      return
    }
    for (language, newText) in b.labels.entries where language != old.sourceLanguage {
      guard old.languages.contains(language), let oldText = a.labels[language], oldText != newText else { continue }
      record(
        .wordingEdited, variables,
        "the label of code \(b.code) '\(b.name)' in '\(b.list)' was edited (translation, \(language))",
        at: b.labelRanges[language] ?? b.range,
        related: [RevisionPlace(side: .old, range: a.labelRanges[language] ?? a.range, message: "the old label")],
        old: oldText, new: newText)
    }
    compareDescription(a, b, variables: variables)
  }

  /// An option's help (`description`) added, removed or edited: compatible, the codes keep their meaning.
  mutating func compareDescription(_ a: RevisionOption, _ b: RevisionOption, variables: [String]) {
    let what = "the description of code \(b.code) '\(b.name)' in '\(b.list)'"
    switch (a.description, b.description) {
    case (nil, nil): return
    case (nil, let added?):
      record(
        .wordingEdited, variables, "\(what) was added", at: added.anchor, new: added.texts.text(old.sourceLanguage))
    case (let removed?, nil):
      record(
        .wordingEdited, variables, "\(what) was removed", side: .old, at: removed.anchor, anchor: b.range,
        old: removed.texts.text(old.sourceLanguage))
    case (let was?, let now?):
      for (language, newText) in now.texts.entries {
        guard old.languages.contains(language), let oldText = was.texts[language], oldText != newText else {
          continue
        }
        let role = language == old.sourceLanguage ? "wording" : "translation"
        record(
          .wordingEdited, variables, "\(what) was edited (\(role), \(language))",
          at: now.ranges[language] ?? now.anchor,
          related: [
            RevisionPlace(side: .old, range: was.ranges[language] ?? was.anchor, message: "the old description")
          ], old: oldText, new: newText)
      }
    }
  }
}
