// Stale translations: between two revisions, a text whose source-language wording changed while a translation of
// it stayed the same, matched by unit id (so moves and reformatting do not count).

import QDSLSemantics
import QDSLSyntax

/// One translation that may be stale.
public struct StaleTranslation: Sendable {
  public var id: String
  public var language: String
  public var role: TextRole
  public var subject: String
  public var oldSource: UnitText
  public var newSource: UnitText
  public var translation: UnitText
  /// The translation's string in the new revision (a model range).
  public var range: TextRange
}

public enum StaleTranslations {
  /// The translations of NEW, in every language both revisions declare, whose source text changed since OLD while
  /// they did not. Linear in the number of texts.
  public static func find(old: Survey, new: Survey) -> [StaleTranslation] {
    find(old: TranslationUnits(old), oldSurvey: old, new: TranslationUnits(new), newSurvey: new)
  }

  public static func find(old: TranslationUnits, oldSurvey: Survey, new: TranslationUnits, newSurvey: Survey)
    -> [StaleTranslation]
  {
    guard let oldSource = oldSurvey.sourceLanguage, let newSource = newSurvey.sourceLanguage, oldSource == newSource
    else { return [] }
    let languages = newSurvey.languages.filter { $0 != newSource && oldSurvey.languages.contains($0) }
    var out: [StaleTranslation] = []
    for u in new.units {
      guard let before = old.unit(u.id), let was = before.text(in: newSource), let now = u.text(in: newSource),
        was != now
      else { continue }
      for language in languages {
        guard let entry = u.text.entries.first(where: { $0.language == language }),
          let previous = before.text(in: language)
        else { continue }
        let translation = UnitText(entry.template)
        guard translation == previous, !translation.isEmpty else { continue }
        out.append(
          StaleTranslation(
            id: u.id, language: language, role: u.role, subject: u.subject, oldSource: was, newSource: now,
            translation: translation, range: entry.stringRange))
      }
    }
    return out
  }
}
