// `XLSFormImport`: an XLSForm workbook (survey, choices, settings) turned into qdsl source in `qdsl fmt`'s layout,
// with a report of what was kept as comments.

import Foundation
import QDSLFormat
import QDSLWords
import QDSLWorkbook

/// How to import.
public struct XLSFormImportOptions: Sendable {
  /// The survey id when the settings sheet gives no form_id (the CLI passes the file's name).
  public var fallbackID: String
  /// The language tag of columns without a language (`label`), when the settings give no default_language.
  public var language: String

  public init(fallbackID: String = "imported_form", language: String = "en") {
    self.fallbackID = fallbackID
    self.language = language
  }

  /// The tag of a language given by its tag or its name, as a language column names it (`fi`, `Finnish`,
  /// `Suomi`, `Kiswahili (sw)`); nil when it has none.
  public static func languageTag(_ text: String) -> String? {
    if FormLanguages.isWellFormedTag(text.trimmingSpaces()), !text.contains("(") { return text.trimmingSpaces() }
    return FormLanguages.tag(for: text)
  }
}

/// The imported instrument and the summary of the import.
public struct XLSFormImportResult: Sendable {
  /// The qdsl source, formatted by `qdsl fmt`'s formatter.
  public var source: String
  public var report: ImportReport
}

public enum XLSFormImport {
  /// Imports a workbook. A workbook that is not a form (no survey sheet, an unknown type, an unmatched group, a
  /// language without a tag, a select of a list that does not exist) is a located error; everything qdsl cannot
  /// express is kept as a comment and counted in the report.
  public static func run(_ workbook: Workbook, options: XLSFormImportOptions = .init()) -> Result<
    XLSFormImportResult, WorkbookError
  > {
    // As pyxform does, a workbook of one sheet is the survey whatever its name.
    let only = workbook.sheets.count == 1 ? workbook.sheets.first : nil
    guard let surveySheet = workbook.sheet(named: "survey") ?? only else {
      let names = workbook.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
      return .failure(
        WorkbookError(
          "the workbook has no sheet named 'survey'" + (names.isEmpty ? "" : " (its sheets: \(names))"),
          help: "an XLSForm has a 'survey' sheet with the questions, and usually 'choices' and 'settings' sheets"))
    }
    var importer = Importer(
      survey: SheetTable(surveySheet), choices: workbook.sheet(named: "choices").map(SheetTable.init),
      settings: workbook.sheet(named: "settings").map(SheetTable.init), options: options)
    // Other sheets (external_choices, entities, osm…) have no qdsl counterpart: named in a comment, counted.
    let known: Set<String> = ["survey", "choices", "settings"]
    if workbook.sheet(named: "survey") == nil {
      importer.report.warn(
        "the only sheet, '\(surveySheet.name)', is read as the survey sheet", at: CellLocation(sheet: surveySheet.name))
    }
    for sheet in workbook.sheets where !known.contains(sheet.name.lowercased().trimmingSpaces()) && sheet != surveySheet
    {
      let rows = SheetTable(sheet).rows.count
      guard rows > 0 || !sheet.rows.isEmpty else { continue }
      importer.otherSheets.append(
        "# xlsform sheet \(sheet.name) (\(rows) \(rows == 1 ? "row" : "rows")) is not imported")
      importer.report.keep("sheet " + sheet.name.lowercased())
    }
    return importer.run()
  }
}

/// The import's state: languages, lists, names, and the lines written so far.
struct Importer {
  var survey: SheetTable
  var choices: SheetTable?
  var settings: SheetTable?
  var options: XLSFormImportOptions
  var report = ImportReport()
  var languages = FormLanguages(tags: ["en"], tagOfColumnLanguage: [:])
  var lists: [ImportedList] = []
  var listIndex: [String: Int] = [:]
  var listNames = NameSpace()
  var itemNames = NameSpace()
  var variables: [String: ImportedVariable] = [:]
  /// Languages with a blank cell where the source language has a text.
  var draftLanguages: Set<String> = []
  var paradata: [(name: String, kind: String)] = []
  /// The generated yes/no list of "add another" questions, once needed.
  var addAnotherList: String?
  var settingsCells: [String: (text: String, location: CellLocation)] = [:]
  /// The lists some question uses without `or_other` (found once, when the first `or_other` needs it).
  var listsUsedPlainly: Set<String>?
  /// Repeats counted by count-selected(${q}), by row number: q's XLSForm and qdsl names.
  var forEachDriver: [Int: (xlsName: String, name: String)] = [:]
  /// qdsl repeat name → the XLSForm name of the select_multiple it runs over.
  var repeatForEach: [String: String] = [:]
  /// What each row's answer is, by row number (a name given twice still has its own row's type).
  var rowKinds: [Int: ValueKind] = [:]
  /// The first row of each XLSForm name.
  var rowByName: [String: SheetRow] = [:]
  /// Groups written as grids, by their row number.
  var grids: [Int: GridShape] = [:]
  /// Comments naming the sheets that are not imported.
  var otherSheets: [String] = []
  /// The qdsl name of each named row (and each group), by its row number.
  var claimedNames: [Int: String] = [:]

  init(survey: SheetTable, choices: SheetTable?, settings: SheetTable?, options: XLSFormImportOptions) {
    self.survey = survey
    self.choices = choices
    self.settings = settings
    self.options = options
  }

  mutating func run() -> Result<XLSFormImportResult, WorkbookError> {
    readSettings()
    let defaultLanguage = settingsCells["default_language"]
    switch FormLanguages.read(
      [survey] + (choices.map { [$0] } ?? []), defaultLanguage: defaultLanguage?.text,
      defaultLanguageLocation: defaultLanguage?.location, fallbackTag: options.language)
    {
    case .failure(let e): return .failure(e)
    case .success(let l): languages = l
    }
    var reader = ChoiceListReader(languages: languages, report: report)
    switch reader.read(choices, listNames: &listNames) {
    case .failure(let e): return .failure(e)
    case .success(let l): lists = l
    }
    report = reader.report
    for (i, list) in lists.enumerated() { listIndex[list.xlsName] = i }
    if let e = checkExpressionSyntax() { return .failure(e) }
    let tree: [SurveyNode]
    switch SurveyTree.read(survey, report: &report) {
    case .failure(let e): return .failure(e)
    case .success(let t): tree = t
    }
    if let e = declare(tree, repeats: []) { return .failure(e) }
    for list in lists where !list.isOrOtherCopy {
      for option in list.options {
        if let row = option.row, let table = choices {
          noteBlanks(option.labels, at: table.location(row, table.columns.first { $0.key == "label" }))
        }
      }
    }
    let body = items(tree, repeats: [])
    let text = assemble(body)
    report.sortWarnings()
    switch Formatter.format(source: text) {
    case .formatted(let formatted):
      return .success(XLSFormImportResult(source: formatted, report: report))
    case .syntaxErrors:
      // The writer only writes what parses; should that ever fail, the unformatted text is still the import.
      return .success(XLSFormImportResult(source: text, report: report))
    }
  }

  /// A cell of XPath that is not XPath at all (an unclosed parenthesis or text) is an error of the form, not
  /// something to keep: the form would not convert with pyxform either.
  func checkExpressionSyntax() -> WorkbookError? {
    let typeColumn = survey.column("type")
    let columns = ["relevant", "constraint", "calculation", "choice_filter", "repeat_count"].compactMap {
      survey.column($0)
    }
    for row in survey.rows where !row.cell(typeColumn).isEmpty {
      for column in columns {
        let text = row.cell(column)
        guard !text.isEmpty, case .failure(let e) = XPathParser.parse(text) else { continue }
        let typographic = ["\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}"]
        let quote = typographic.first { text.contains($0) }
        return WorkbookError(
          "the \(column.key) is not valid XPath: \(e.message) (at character \(e.offset + 1) of '\(text)')",
          at: survey.location(row, column),
          help: quote.map { "write straight quotes ' or \" instead of the typographic \($0) (a word processor's)" }
            ?? "correct the expression; pyxform and ODK reject the form as it is")
      }
    }
    return nil
  }

  // MARK: settings

  mutating func readSettings() {
    guard let settings, let row = settings.rows.first else { return }
    for column in settings.columns {
      let text = row.cell(column)
      guard !text.isEmpty else { continue }
      settingsCells[column.key] = (text, settings.location(row, column))
    }
  }

  // MARK: the header and the lists

  mutating func assemble(_ body: [String]) -> String {
    var lines = ["# Imported from an XLSForm by qdsl import."]
    let rawID = settingsCells["form_id"]?.text ?? options.fallbackID
    lines.append("survey " + Identifiers.valid(rawID, fallback: "imported_form"))
    if let version = settingsCells["version"]?.text { lines.append("version " + SourceStrings.literal(version)) }
    let complete = languages.tags.filter { !draftLanguages.contains($0) }
    let drafts = languages.tags.filter { draftLanguages.contains($0) }
    lines.append(
      "languages " + complete.joined(separator: " ") + (drafts.isEmpty ? "" : " draft " + drafts.joined(separator: " "))
    )
    if let title = settingsCells["form_title"]?.text {
      lines.append("title " + generatedText(title))
    }
    let handledSettings: Set<String> = ["form_id", "version", "form_title", "default_language"]
    for column in settings?.columns ?? [] where !handledSettings.contains(column.key) {
      guard let cell = settingsCells[column.key] else { continue }
      lines.append("# xlsform setting \(column.header): \(SourceStrings.comment(cell.text))")
      report.keep("setting " + column.key)
    }
    lines += otherSheets
    if !paradata.isEmpty {
      lines.append("")
      lines.append("paradata {")
      for p in paradata { lines.append("  \(p.name): \(p.kind)") }
      lines.append("}")
    }
    for list in lists where list.used || !list.isOrOtherCopy {
      lines.append("")
      lines += choiceList(list)
    }
    if let addAnotherList {
      lines.append("")
      lines.append("choices \(addAnotherList) {")
      lines.append("  1 yes \(generatedText(\.yes))")
      lines.append("  2 no \(generatedText(\.no))")
      lines.append("}")
    }
    lines.append("")
    lines += body
    return lines.joined(separator: "\n") + "\n"
  }

  func choiceList(_ list: ImportedList) -> [String] {
    var header = "choices \(list.name)"
    if !list.attributes.isEmpty {
      header +=
        " ("
        + list.attributes.map { "\($0.name): \(attributeTypeName($0.type))" }.joined(separator: ", ") + ")"
    }
    var lines = [header + " {"]
    for option in list.options {
      for kept in option.keptCells {
        lines.append("  # xlsform \(kept.kind): \(SourceStrings.comment(kept.text))")
      }
      var line = "  \(option.code) \(option.name) " + optionLabel(option)
      for (i, attribute) in list.attributes.enumerated() where i < option.attributeValues.count {
        line += " \(attribute.name) = \(option.attributeValues[i])"
      }
      if option.specify { line += " specify " + generatedText(\.specifyOther) }
      lines.append(line)
    }
    lines.append("}")
    return lines
  }

  func attributeTypeName(_ type: AttributeType) -> String {
    switch type {
    case .integer: return "integer"
    case .decimal: return "decimal"
    case .text: return "text"
    case .list(let l): return lists[l].name
    }
  }

  func optionLabel(_ option: ImportedOption) -> String {
    if option.labels.values.allSatisfy({ $0.isEmpty }) { return generatedText(option.xlsName) }
    let variables = self.variables
    return textBlock(option.labels) { variables[$0]?.name }
  }

  // MARK: texts

  /// Words the importer writes itself ("Add another?", "Yes"), each language in its own words (QDSLWords'
  /// ImportWords; English for a language the table lacks).
  func generatedText(_ words: KeyPath<ImportWords, String>) -> String {
    if languages.tags.count == 1 {
      return SourceStrings.literal(Words.importing(for: languages.tags[0])[keyPath: words])
    }
    return "{ "
      + languages.tags.map { "\($0) \(SourceStrings.literal(Words.importing(for: $0)[keyPath: words]))" }
      .joined(separator: " ") + " }"
  }

  /// A text the importer wrote itself from the form (a title, a name standing in for a missing label): the same
  /// words in every language.
  func generatedText(_ text: String) -> String {
    if languages.tags.count == 1 { return SourceStrings.literal(text) }
    return "{ " + languages.tags.map { "\($0) \(SourceStrings.literal(text))" }.joined(separator: " ") + " }"
  }

  /// A translated text: one string for a one-language form, else a block; a blank translation is left out (its
  /// language is a draft, shown in the source language). Pipes are resolved through `pipe`.
  func textBlock(_ texts: [String: String], pipe: (String) -> String? = { _ in nil }) -> String {
    let source = languages.source
    let sourceText = texts[source] ?? ""
    let fallback = sourceText.isEmpty ? languages.tags.compactMap { texts[$0] }.first { !$0.isEmpty } ?? "" : sourceText
    if languages.tags.count == 1 { return SourceStrings.literal(fallback, pipe: pipe) }
    var parts: [String] = []
    for tag in languages.tags {
      var t = texts[tag] ?? ""
      if tag == source && t.isEmpty { t = fallback }
      if t.isEmpty { continue }
      parts.append("\(tag) \(SourceStrings.literal(t, pipe: pipe))")
    }
    return "{ " + parts.joined(separator: " ") + " }"
  }

  /// Marks the languages left blank in a text as drafts, and warns when the source language is the blank one or
  /// when a `${name}` cannot be a pipe (it names no row, or a row kept as a comment) and is shown as written.
  mutating func noteBlanks(_ texts: [String: String], at location: CellLocation) {
    for text in Set(texts.values) where text.contains("${") {
      var rest = Substring(text)
      while let open = rest.range(of: "${") {
        guard let close = rest[open.upperBound...].firstIndex(of: "}") else { break }
        let name = String(rest[open.upperBound..<close]).trimmingSpaces()
        if name != "%loop", variables[name]?.name == nil {
          report.warn(
            "'${\(name)}' \(variables[name] == nil ? "names no row of the form" : "names a row kept as a comment"): "
              + "the text shows it as written", at: location)
        }
        rest = rest[rest.index(after: close)...]
      }
    }
    guard languages.tags.count > 1, texts.values.contains(where: { !$0.isEmpty }) else { return }
    for tag in languages.tags where (texts[tag] ?? "").isEmpty {
      if tag == languages.source {
        report.warn(
          "the text has no \(tag) (source language) translation: another language's text stands in",
          at: location)
      } else {
        draftLanguages.insert(tag)
      }
    }
  }

  /// The texts of one row for a key (`label`, `hint`, `constraint_message`) by language tag.
  func texts(_ row: SheetRow, _ key: String, in table: SheetTable) -> [String: String] {
    var out: [String: String] = [:]
    for column in table.columns where column.key == key {
      let tag = languages.tag(of: column)
      let text = row.cell(column)
      if out[tag, default: ""].isEmpty { out[tag] = text }
    }
    return out
  }
}
