// What a translation file holds, whatever its format: the languages and, per unit, its id, note, source text,
// translation and whether it needs review; and what a reader gives back, each unit with the line it is on.

/// The formats of `qdsl translations export`.
public enum TranslationFormat: String, Sendable, CaseIterable {
  case xliff, po, csv

  /// The usual file suffix.
  public var suffix: String {
    switch self {
    case .xliff: return "xlf"
    case .po: return "po"
    case .csv: return "csv"
    }
  }

  /// The format a file name says (`.xlf`, `.xliff`, `.po`, `.csv`), if any.
  public init?(fileName: String) {
    let lower = fileName.lowercased()
    if lower.hasSuffix(".xlf") || lower.hasSuffix(".xliff") {
      self = .xliff
    } else if lower.hasSuffix(".po") || lower.hasSuffix(".pot") {
      self = .po
    } else if lower.hasSuffix(".csv") {
      self = .csv
    } else {
      return nil
    }
  }
}

/// One unit as exported.
public struct ExportedUnit: Sendable {
  public var id: String
  /// For translators: role and subject, and the file of a module's text.
  public var note: String
  /// Where the text is (`lists.qdsl:12`), for the PO reference comment.
  public var location: String
  public var source: UnitText
  public var target: UnitText?
  /// The source text changed since the translation was made (stale): the translation needs review.
  public var needsReview: Bool = false
  /// The source text before that change, when `needsReview`.
  public var previousSource: UnitText? = nil

  public init(id: String, note: String, location: String, source: UnitText, target: UnitText?) {
    self.id = id
    self.note = note
    self.location = location
    self.source = source
    self.target = target
  }
}

/// A whole export: one target language.
public struct TranslationDocument: Sendable {
  public var instrument: String
  public var version: String?
  /// The file name the units come from (the entry file).
  public var original: String
  public var sourceLanguage: String
  public var targetLanguage: String
  public var units: [ExportedUnit]

  public init(
    instrument: String, version: String?, original: String, sourceLanguage: String, targetLanguage: String,
    units: [ExportedUnit]
  ) {
    self.instrument = instrument
    self.version = version
    self.original = original
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.units = units
  }

  /// The file in a format.
  public func render(_ format: TranslationFormat) -> String {
    switch format {
    case .xliff: return XLIFFWriter.write(self)
    case .po: return POWriter.write(self)
    case .csv: return TranslationCSV.write(self)
    }
  }
}

/// One unit read back from a translated file.
public struct ReadUnit: Sendable {
  public var id: String
  /// The source text as the file has it (compared with the instrument's: a changed source is refused).
  public var source: UnitText?
  /// The translation; nil or empty when the unit is not translated.
  public var target: UnitText?
  /// The line of the unit in the file.
  public var line: Int
  /// A problem with this unit's texts (a lone brace in PO or CSV), reported at import.
  public var problem: String? = nil

  public init(id: String, source: UnitText?, target: UnitText?, line: Int, problem: String? = nil) {
    self.id = id
    self.source = source
    self.target = target
    self.line = line
    self.problem = problem
  }
}

/// A translated file read back.
public struct ReadTranslations: Sendable {
  public var sourceLanguage: String?
  public var targetLanguage: String?
  public var units: [ReadUnit]

  public init(sourceLanguage: String?, targetLanguage: String?, units: [ReadUnit]) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.units = units
  }
}

/// A problem that makes a whole file unreadable, at a line.
public struct ReadProblem: Error, Sendable, Equatable {
  public var line: Int
  public var message: String
}

public enum TranslationReader {
  /// Reads a translated file of a format.
  public static func read(_ bytes: [UInt8], format: TranslationFormat) -> Result<ReadTranslations, ReadProblem> {
    switch format {
    case .xliff: return XLIFFReader.read(bytes)
    case .po: return POReader.read(bytes)
    case .csv: return TranslationCSV.read(bytes)
    }
  }
}
