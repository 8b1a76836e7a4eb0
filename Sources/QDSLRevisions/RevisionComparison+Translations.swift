// Stale translations between revisions: a text whose source-language wording changed while a translation of it
// did not is reported (QD5228, compatible), with the old and new source text, at the translation in NEW.

import QDSLSemantics
import QDSLSyntax
import QDSLTranslations

extension RevisionComparison {
  mutating func compareTranslations() {
    for s in StaleTranslations.find(old: old.file.survey, new: new.file.survey) {
      record(
        .translationMayBeStale, [],
        "the \(s.language) translation of the \(s.role.rawValue) of \(s.subject) may be stale (\(s.id)): the source "
          + "text changed, the translation did not", at: s.range, old: s.oldSource.display, new: s.newSource.display,
        help: "update the translation; 'qdsl translations export --since OLD' marks it for review")
    }
  }
}
