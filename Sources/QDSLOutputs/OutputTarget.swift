// The files `qdsl compile` can write: one case per target, its file suffix and its renderer; the SPSS and Stata
// targets write one file per level of the data (`STEM.sps`, `STEM.person.sps`).

import QDSLSemantics
import QDSLSyntax

/// One output file of the compiler.
public enum OutputTarget: String, CaseIterable, Sendable {
  case form
  case codebookMarkdown = "codebook-md"
  case codebookHTML = "codebook-html"
  case codebookCSV = "codebook-csv"
  case ddi
  case spss
  case stata
  case xform
  case xlsform
  case document

  /// The targets `qdsl compile` writes without `--target`: all but the XForm and the XLSForm, the forms of ODK and
  /// KoboToolbox, and the printable questionnaire, which are asked for by name.
  public static let defaults: [OutputTarget] = allCases.filter { $0 != .xform && $0 != .xlsform && $0 != .document }

  /// Whether the file is binary (the XLSForm's .xlsx, a zip) rather than UTF-8 text.
  public var isBinary: Bool { self == .xlsform }

  /// The suffix after the input's stem: `STEM.form.json`.
  public var fileSuffix: String {
    switch self {
    case .form: return ".form.json"
    case .codebookMarkdown: return ".codebook.md"
    case .codebookHTML: return ".codebook.html"
    case .codebookCSV: return ".codebook.csv"
    case .ddi: return ".ddi.xml"
    case .spss: return ".sps"
    case .stata: return ".do"
    case .xform: return ".xform.xml"
    case .xlsform: return ".xlsx"
    case .document: return ".document.html"
    }
  }

  /// Renders the target for a checked survey; `language` selects the language of one-language outputs.
  public func render(_ survey: Survey, codebook: @autoclosure () -> Codebook, language: String) -> String {
    String(decoding: renderBytes(survey, codebook: codebook(), language: language), as: UTF8.self)
  }

  /// The output as the UTF-8 bytes of its file.
  public func renderBytes(_ survey: Survey, codebook: @autoclosure () -> Codebook, language: String) -> [UInt8] {
    switch self {
    case .form: return FormDocument.renderBytes(survey)
    case .codebookMarkdown: return CodebookMarkdown.renderBytes(codebook(), language: language)
    case .codebookHTML: return CodebookHTML.renderBytes(codebook(), language: language)
    case .codebookCSV: return CodebookCSV.renderBytes(codebook())
    case .ddi: return DDIWriter.renderBytes(codebook())
    case .spss: return SPSSWriter.renderBytes(codebook(), language: language)
    case .stata: return StataWriter.renderBytes(codebook(), language: language)
    case .xform: return XFormWriter.renderBytes(survey)
    case .xlsform: return XLSFormWriter.renderBytes(survey)
    // `language` may name several languages, `fi,sv`: shown side by side.
    case .document:
      return QuestionnaireDocument.renderBytes(survey, languages: QuestionnaireDocument.languages(language))
    }
  }

  /// Every file of the target: one for most targets; for SPSS and Stata one per level of the data, each labelling
  /// that level's data file (`STEM.sps` for `STEM.csv`, `STEM.person.sps` for `STEM.person.csv`).
  public func renderFiles(_ survey: Survey, codebook: @autoclosure () -> Codebook, language: String) -> [OutputFile] {
    switch self {
    case .spss, .stata:
      let codebook = codebook()
      return codebook.levels.indices.map { l in
        OutputFile(
          suffix: codebook.levels[l].fileSuffix + fileSuffix,
          bytes: self == .spss
            ? SPSSWriter.renderBytes(codebook, level: l, language: language)
            : StataWriter.renderBytes(codebook, level: l, language: language))
      }
    default:
      return [OutputFile(suffix: fileSuffix, bytes: renderBytes(survey, codebook: codebook(), language: language))]
    }
  }

  /// Warnings about what the target cannot express for this survey (none for most targets).
  public func warnings(_ survey: Survey) -> [Diagnostic] {
    switch self {
    case .xform: return XFormWriter.warnings(survey)
    // The XLSForm restates the XForm: its warnings and the XLSForm's own.
    case .xlsform:
      return (XFormWriter.warnings(survey) + XLSFormWriter.warnings(survey)).sorted { $0.range.start < $1.range.start }
    default: return []
    }
  }
}

extension Codebook {
  /// Calls `body` with each variable in `range`, read where it is: a `for` loop over the array would copy every
  /// variable (and retain each of its strings and arrays) on the way.
  func forEachVariable(in range: Range<Int>? = nil, _ body: (CodebookVariable) -> Void) {
    variables.withUnsafeBufferPointer { variables in
      for i in range ?? variables.indices { body(variables[i]) }
    }
  }

  /// A generous guess at the size of a codebook file, `bytes` per variable and language (about twice what the
  /// writers need). Buffers reserve it up front: memory never written costs nothing, while growing a buffer
  /// copies everything written so far.
  func estimatedSize(perVariableAndLanguage bytes: Int) -> Int {
    4096 + variables.count * max(languages.count, 1) * bytes
  }
}

/// One file that `qdsl compile` writes: `STEM` + `suffix` (`.codebook.md`, `.sps`, `.person.sps`).
public struct OutputFile: Sendable, Equatable {
  public var suffix: String
  public var bytes: [UInt8]

  public init(suffix: String, bytes: [UInt8]) {
    self.suffix = suffix
    self.bytes = bytes
  }
}
