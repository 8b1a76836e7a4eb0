// Text variants, defaults and soft checks between two revisions: variants added, removed or edited are wording
// edits (QD5212), a default added, removed or changed is QD5221 and a check made soft or hard QD5222 (compatible).

import QDSLOutputs
import QDSLSemantics

extension RevisionComparison {
  /// Compares the text variants, the default and the softness of the checks of one variable on both sides.
  mutating func compareVariants(_ o: RevisionVariable, _ n: RevisionVariable) {
    let related = [RevisionPlace(side: .old, range: o.groupRange, message: "the old declaration")]
    let language = new.sourceLanguage
    func summary(_ variants: [CodebookTextVariant]) -> String {
      variants.isEmpty
        ? "(no text variants)"
        : variants.map { "text if \($0.expression): \($0.texts.text(language))" }.joined(separator: "; ")
    }
    let oldVariants = o.entry.textVariants.map { renamingLevels($0.expression) + "\u{1}" + $0.texts.text(language) }
    let newVariants = n.entry.textVariants.map { $0.expression + "\u{1}" + $0.texts.text(language) }
    if oldVariants != newVariants {
      record(
        .wordingEdited, [n.name], "the text variants of '\(n.group)' changed", at: n.groupRange, related: related,
        old: summary(o.entry.textVariants), new: summary(n.entry.textVariants))
    }
    let oldDefault = o.entry.defaultValue.map { renamingLevels($0.expression) }
    let newDefault = n.entry.defaultValue?.expression
    if oldDefault != newDefault {
      let message: String
      switch (oldDefault, newDefault) {
      case (nil, let d?): message = "'\(n.group)' has a new default, `\(d)`"
      case (_?, nil): message = "the default of '\(n.group)' was removed"
      default: message = "the default of '\(n.group)' changed from `\(oldDefault ?? "")` to `\(newDefault ?? "")`"
      }
      record(
        .defaultChanged, [n.name], message, at: n.groupRange, related: related, old: oldDefault ?? "(no default)",
        new: newDefault ?? "(no default)",
        help: "a default nudges respondents towards an answer; compare the waves' answers with that in mind")
    }
    // The checks on both sides with the same condition, made soft or hard.
    var oldSoftness: [String: Bool] = [:]
    for check in o.entry.checks { oldSoftness[renamingLevels(check.expression)] = check.isSoft }
    for check in n.entry.checks {
      guard let was = oldSoftness[check.expression], was != check.isSoft else { continue }
      let (from, to) = was ? ("soft", "hard") : ("hard", "soft")
      record(
        .checkSoftnessChanged, [n.name], "the check `\(check.expression)` of '\(n.group)' was \(from) and is now \(to)",
        at: n.groupRange, related: related, old: from, new: to,
        help: check.isSoft
          ? "new answers may break the check where respondents confirmed them; old answers never do"
          : "old answers may break the check where respondents confirmed them; new answers never do")
    }
  }
}
