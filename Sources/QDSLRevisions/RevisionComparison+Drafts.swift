// Draft languages between two revisions (compatible, QD5229): a language that became a draft or left draft status,
// and the progress of a draft's translation (how many texts lack it), from the checker's tally of each side.

import QDSLSemantics
import QDSLSyntax

extension RevisionComparison {
  mutating func compareDraftLanguages() {
    let related = [RevisionPlace(side: .old, range: old.languagesRange, message: "the old languages")]
    let oldLanguages = old.languages.joined(separator: " ")
    let newLanguages = new.languages.joined(separator: " ")
    for language in new.languages where old.languages.contains(language) {
      let was = old.draftLanguages.firstIndex(of: language)
      let now = new.draftLanguages.firstIndex(of: language)
      switch (was, now) {
      case (nil, let now?):
        record(
          .draftStatusChanged, [],
          "the language '\(language)' became a draft: \(lacking(new, now)), shown in the source language instead",
          at: new.languagesRange, related: related, old: oldLanguages, new: newLanguages,
          help: "the data are unchanged; respondents in '\(language)' read the source text where it has none")
      case (let was?, nil):
        record(
          .draftStatusChanged, [], "the language '\(language)' is no longer a draft (before: \(lacking(old, was)))",
          at: new.languagesRange, related: related, old: oldLanguages, new: newLanguages)
      case (let was?, let now?):
        guard was < old.survey.draftLacking.count, now < new.survey.draftLacking.count else { continue }
        let before = old.survey.draftLacking[was]
        let after = new.survey.draftLacking[now]
        guard before != after else { continue }
        let verb = after < before ? "progressed" : "has fewer translations"
        record(
          .draftStatusChanged, [],
          "the draft language '\(language)' \(verb): before, \(lacking(old, was)); now \(lacking(new, now))",
          at: new.languagesRange, related: related, old: lacking(old, was), new: lacking(new, now))
      case (nil, nil):
        continue
      }
    }
  }

  /// "12 of 93 texts lacked it" for the draft language at `index` of a side.
  private func lacking(_ side: RevisionView, _ index: Int) -> String {
    let survey = side.survey
    guard index < survey.draftLacking.count else { return "some texts lack it" }
    let n = survey.draftLacking[index]
    return "\(n) of \(survey.textCount) \(survey.textCount == 1 ? "text" : "texts") \(n == 1 ? "lacks" : "lack") it"
  }
}
