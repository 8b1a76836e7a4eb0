// Helpers of the translation tests: instruments of one or more files checked from memory, and edits applied.

import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import QDSLTranslations

enum Instruments {
  /// The instrument whose entry is `main.qdsl` among `files`, checked with its modules.
  static func translations(_ files: [String: String], entry: String = "main.qdsl") -> InstrumentTranslations {
    let bytes = files.mapValues { Array($0.utf8) }
    let set = SourceSet(entry: entry, bytes: bytes[entry] ?? [], read: { bytes[$0].map(SourceRead.bytes) ?? .missing })
    return InstrumentTranslations(Checker.check(set), entryPath: entry)
  }

  static func translations(_ source: String) -> InstrumentTranslations { translations(["main.qdsl": source]) }

  /// An example of the repository, checked with its modules; `files` holds the text of each file of the instrument
  /// by its path in the source set (the entry first).
  static func example(_ name: String) -> (files: [String: String], entry: String, translations: InstrumentTranslations)
  {
    let sources = Fixtures.sources(Fixtures.packageRoot().appendingPathComponent("Examples/\(name).qdsl"))
    var files: [String: String] = [:]
    for f in sources.files { files[f.path] = String(decoding: f.parse.tree.bytes, as: UTF8.self) }
    return (files, sources.entry.path, InstrumentTranslations(Checker.check(sources), entryPath: sources.entry.path))
  }

  /// Imports files (format by suffix) and returns the plan.
  static func importing(_ t: InstrumentTranslations, _ files: [(String, String)], language: String? = nil) -> ImportPlan
  {
    let read = files.map { path, text -> TranslatedFile in
      let format = TranslationFormat(fileName: path) ?? .po
      switch TranslationReader.read(Array(text.utf8), format: format) {
      case .success(let c): return TranslatedFile(path: path, content: c)
      case .failure(let p):
        return TranslatedFile(
          path: path,
          content: ReadTranslations(
            sourceLanguage: nil, targetLanguage: nil,
            units: [ReadUnit(id: "?", source: nil, target: nil, line: p.line, problem: "unreadable: " + p.message)]))
      }
    }
    return TranslationImport.plan(t, files: read, language: language)
  }

  static func text(_ plan: ImportPlan, _ file: Int32 = 0) -> String? {
    plan.files[file].map { String(decoding: $0, as: UTF8.self) }
  }
}
