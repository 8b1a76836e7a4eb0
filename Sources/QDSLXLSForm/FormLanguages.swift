// The languages of an XLSForm's columns as BCP 47 tags: `English (en)` by its code, `Français` by its name.

import QDSLWords
import QDSLWorkbook

/// The languages of a form: their tags in the order of `languages` (the source language first) and which column
/// language names which tag.
struct FormLanguages: Sendable {
  /// Tags, the source language first.
  var tags: [String]
  /// By the language part of a header as written (`English (en)`), and `""` for columns without a language.
  var tagOfColumnLanguage: [String: String]

  var source: String { tags[0] }

  /// `English (en)` → en (the code in parentheses, when it is a well-formed tag); `English`, `Français`, `en` →
  /// through the table of language names; nil otherwise.
  static func tag(for language: String) -> String? {
    let text = language.trimmingSpaces()
    if let open = text.lastIndex(of: "("), text.hasSuffix(")") {
      let code = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingSpaces()
      if isWellFormedTag(code) { return code }
      return nil
    }
    if let tag = LanguageNames.tag(name: text) { return tag }
    return nil
  }

  /// A primary tag of two or three letters, then parts of one to eight letters or digits (qdsl's QD4011 rule).
  static func isWellFormedTag(_ tag: String) -> Bool {
    let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, (2...3).contains(first.count),
      first.unicodeScalars.allSatisfy({ $0.isASCIILetter })
    else { return false }
    return parts.dropFirst().allSatisfy { part in
      (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
    }
  }

  /// Reads every translatable column of the given sheets; fails at the first column whose language has no tag.
  static func read(
    _ tables: [SheetTable], defaultLanguage: String?, defaultLanguageLocation: CellLocation?, fallbackTag: String
  ) -> Result<FormLanguages, WorkbookError> {
    var order: [String] = []
    var byName: [String: String] = [:]
    var hasPlain = false
    for table in tables {
      for column in table.columns where SheetTable.translatableKeys.contains(column.key) {
        guard let language = column.language else {
          hasPlain = true
          continue
        }
        if byName[language] != nil { continue }
        guard let tag = tag(for: language) else {
          let location = table.location(column)
          return .failure(
            WorkbookError(
              "the language '\(language)' of the column '\(column.header)' has no language tag", at: location,
              help:
                "write the language's BCP 47 code in parentheses after its name, as in '\(column.key)::\(language) (xx)' "
                + "(for example 'label::English (en)', 'label::Kiswahili (sw)')"))
        }
        byName[language] = tag
        if !order.contains(where: { $0.lowercased() == tag.lowercased() }) { order.append(tag) }
      }
    }
    // Columns without a language hold the default language's texts: the settings' default_language, else the
    // importer's fallback.
    var plainTag = fallbackTag
    if let defaultLanguage, !defaultLanguage.isEmpty {
      if let known = byName[defaultLanguage] {
        plainTag = known
      } else if let t = tag(for: defaultLanguage) {
        plainTag = t
      } else if !hasPlain && order.isEmpty {
        plainTag = fallbackTag
      } else {
        return .failure(
          WorkbookError(
            "the default_language '\(defaultLanguage)' has no language tag", at: defaultLanguageLocation,
            help: "write it as a language column does, with its code: 'English (en)'"))
      }
    }
    if hasPlain {
      byName[""] = plainTag
      if !order.contains(where: { $0.lowercased() == plainTag.lowercased() }) { order.insert(plainTag, at: 0) }
    }
    if order.isEmpty { order = [plainTag] }
    // The default language is the source language.
    if let defaultLanguage, let t = byName[defaultLanguage] ?? tag(for: defaultLanguage),
      let i = order.firstIndex(where: { $0.lowercased() == t.lowercased() })
    {
      order.insert(order.remove(at: i), at: 0)
    }
    // Every spelling of one tag maps to the tag's first spelling.
    for (name, tag) in byName {
      byName[name] = order.first { $0.lowercased() == tag.lowercased() } ?? tag
    }
    return .success(FormLanguages(tags: order, tagOfColumnLanguage: byName))
  }

  /// The tag of a column's language.
  func tag(of column: SheetColumn) -> String { tagOfColumnLanguage[column.language ?? ""] ?? source }
}

extension Unicode.Scalar {
  var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
  var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
}
