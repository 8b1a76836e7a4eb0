// The translatable texts of a checked instrument placed in its files: what `translations export` writes for one
// language (with the units a revision made stale marked for review), and where each text's strings are.

import QDSLSemantics
import QDSLSyntax

/// An instrument's units with their files.
public struct InstrumentTranslations: Sendable {
  public let instrument: CheckedInstrument
  public let units: TranslationUnits
  /// The path shown for the entry file (the others are the modules' paths).
  public let entryPath: String

  public init(_ instrument: CheckedInstrument, entryPath: String) {
    self.instrument = instrument
    self.units = TranslationUnits(instrument.survey)
    self.entryPath = entryPath
  }

  public var survey: Survey { instrument.survey }

  /// A model range in its file (file index and local offsets).
  public func locate(_ range: TextRange) -> TextRange? { instrument.locate(range) }

  public func path(ofFile file: Int32) -> String {
    file == 0 ? entryPath : instrument.sources.files[Int(file)].path
  }

  /// `path:line` of a model range.
  public func location(_ range: TextRange) -> String {
    guard let r = locate(range) else { return entryPath }
    let line = instrument.sources.files[Int(r.file)].parse.lineIndex.position(of: r.start).line
    return "\(path(ofFile: r.file)):\(line)"
  }

  /// The unit's source-language string, located in its file.
  public func sourceEntry(_ unit: TranslationUnit) -> TranslatedText.Entry? {
    guard let source = survey.sourceLanguage else { return nil }
    return unit.text.entries.first { $0.language == source }
  }

  /// The export for one language: every unit with a source text; `stale` marks the units to review.
  public func document(language: String, stale: [StaleTranslation] = []) -> TranslationDocument {
    let source = survey.sourceLanguage ?? ""
    let staleByID = Dictionary(stale.filter { $0.language == language }.map { ($0.id, $0) }) { a, _ in a }
    var out: [ExportedUnit] = []
    out.reserveCapacity(units.units.count)
    for u in units.units {
      guard let entry = sourceEntry(u) else { continue }
      let text = UnitText(entry.template)
      guard !text.isEmpty else { continue }
      let located = locate(entry.stringRange)
      var note = u.note
      if let located, located.file != 0 { note += " (module file \(path(ofFile: located.file)))" }
      var e = ExportedUnit(
        id: u.id, note: note, location: location(entry.stringRange), source: text, target: u.text(in: language))
      if let s = staleByID[u.id] {
        e.needsReview = true
        e.previousSource = s.oldSource
      }
      out.append(e)
    }
    return TranslationDocument(
      instrument: survey.id ?? survey.moduleName ?? "instrument", version: survey.version,
      original: entryPath, sourceLanguage: source, targetLanguage: language, units: out)
  }
}
