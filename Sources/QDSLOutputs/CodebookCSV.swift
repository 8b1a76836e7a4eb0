// The machine-readable codebook (`STEM.codebook.csv`): one row per variable and value, every language as columns,
// RFC 4180 quoting, CRLF line ends, UTF-8 without a byte order mark.

import QDSLText

/// Renders a codebook as CSV in all its languages.
///
/// One header row, then one row per variable × value in data-file order (a variable without values has one row
/// whose value columns are empty). The columns:
///
/// | column | holds |
/// |---|---|
/// | `variable` | the data-file name (`kinds_1`, `culture_risk_taking`) |
/// | `level` | the repeat whose data file holds it (`STEM.NAME.csv`); empty for the instrument's file |
/// | `section` | the section names from the outermost, joined with `/`; empty outside sections |
/// | `type` | the qdsl type (`integer`, `one of yes_no`, `many of kind` for a `many of` option's flag) |
/// | `storage` | `integer`, `decimal`, `text`, `date`, `code`, `flag` (0/1) or `boolean` (1/0) |
/// | `required` | `true` or `false` |
/// | `min`, `max` | the bounds of a number question; empty when unbounded |
/// | `max_length` | the maximum length of a text question; empty when unbounded |
/// | `universe` | who is asked, as a qdsl expression; empty for everyone |
/// | `formula` | a calculate's formula in qdsl syntax; empty for questions |
/// | `value_code`, `value_name` | the value's code and option name |
/// | `value_missing` | `true` for a missing-value code, `false` for other values |
/// | `label_L` | the variable label in language L |
/// | `question_L` | the question text in language L (pipes as `{name}`); empty for calculates |
/// | `value_label_L` | the value's label in language L |
///
/// The last three come once per language, in the survey's language order (`label_fi`, `question_fi`,
/// `value_label_fi`, `label_sv`, …). Then the checks of questions, as many groups of columns as the question with
/// the most checks has: `check_1` (the condition the answer must meet, as a qdsl expression) and
/// `check_1_message_L` per language (the message respondents see when it does not hold), `check_2`, … Empty
/// where a question has fewer checks. Variable-level columns repeat on every value row of the variable.
/// When some question has a filter or some option a condition or attributes, three last columns follow: `filter`
/// (the question's `where`, qdsl), `value_offered_when` (the option's condition, qdsl) and `value_attributes`
/// (`country = finland population = 1700000`).
/// where a question has fewer checks. When a check is soft, each group also has `check_1_soft` (`true` for a soft
/// check, which the respondent may confirm and pass). When a question has a default, the column `default` holds
/// it (qdsl). When an item has text variants, as many groups as the item with the most: `text_if_1` (the
/// condition, qdsl) and `text_1_L` per language. Variable-level columns repeat on every value row of the variable.
///
/// Last, only when the survey has them: `specify_question` and `specify_option` (for the text of an option's
/// `specify` prompt: the question and option it belongs to; empty for other variables) when some option has a
/// specify prompt, and `value_description_L` per language (an option's `description`; for a `many of` option's
/// 0/1 variable, its option's) when some option has one.
public enum CodebookCSV {
  public static func columns(_ codebook: Codebook) -> [String] {
    var columns = [
      "variable", "level", "section", "type", "storage", "required", "min", "max", "max_length", "universe", "formula",
      "value_code", "value_name", "value_missing",
    ]
    columns += codebook.languages.flatMap { ["label_\($0)", "question_\($0)", "value_label_\($0)"] }
    let soft = hasSoftChecks(codebook)
    for i in 0..<checkCount(codebook) {
      columns.append("check_\(i + 1)")
      columns += codebook.languages.map { "check_\(i + 1)_message_\($0)" }
      if soft { columns.append("check_\(i + 1)_soft") }
    }
    if hasDefaults(codebook) { columns.append("default") }
    for i in 0..<variantCount(codebook) {
      columns.append("text_if_\(i + 1)")
      columns += codebook.languages.map { "text_\(i + 1)_\($0)" }
    }
    if hasOfferedColumns(codebook) { columns += ["filter", "value_offered_when", "value_attributes"] }
    let (specify, described) = optionColumns(codebook)
    if specify { columns += ["specify_question", "specify_option"] }
    if described { columns += codebook.languages.map { "value_description_\($0)" } }
    return columns
  }

  /// Whether a question has a filter or an option a condition or attributes (then the offered columns come last).
  static func hasOfferedColumns(_ codebook: Codebook) -> Bool {
    var found = false
    codebook.forEachVariable { v in
      if found { return }
      found = v.filterExpression != nil || v.values.contains { $0.offeredWhenExpression != nil || $0.attributes != nil }
    }
    return found
  }

  /// Whether a check is soft: then each group of check columns has `check_N_soft` (true or false).
  static func hasSoftChecks(_ codebook: Codebook) -> Bool {
    var soft = false
    codebook.forEachVariable { v in if v.checks.contains(where: \.isSoft) { soft = true } }
    return soft
  }

  /// Whether a question has a default: then the column `default` holds each one's (qdsl).
  static func hasDefaults(_ codebook: Codebook) -> Bool {
    var found = false
    codebook.forEachVariable { v in if v.defaultValue != nil { found = true } }
    return found
  }

  /// The most text variants of one variable: the number of groups of variant columns.
  static func variantCount(_ codebook: Codebook) -> Int {
    var most = 0
    codebook.forEachVariable { most = max(most, $0.textVariants.count) }
    return most
  }

  /// Whether the survey has specify texts, and option descriptions: each adds its columns.
  static func optionColumns(_ codebook: Codebook) -> (specify: Bool, described: Bool) {
    var specify = false
    var described = false
    codebook.forEachVariable { v in
      if v.specifies != nil { specify = true }
      if !described && (v.optionDescription != nil || v.values.contains(where: { $0.descriptions != nil })) {
        described = true
      }
    }
    return (specify, described)
  }

  /// The most checks of one variable: the number of groups of check columns.
  static func checkCount(_ codebook: Codebook) -> Int {
    var most = 0
    codebook.forEachVariable { most = max(most, $0.checks.count) }
    return most
  }

  public static func render(_ codebook: Codebook) -> String {
    String(decoding: renderBytes(codebook), as: UTF8.self)
  }

  /// The same as UTF-8 bytes, for writing to a file without making (and validating) a `String`.
  public static func renderBytes(_ codebook: Codebook) -> [UInt8] {
    OutputBuffer.bytes(capacity: codebook.estimatedSize(perVariableAndLanguage: 1024)) { out in
      write(codebook, into: &out)
    }
  }

  private static func write(_ codebook: Codebook, into out: inout OutputBuffer) {
    record(columns(codebook), into: &out)
    // Per variable, the fields every value row repeats: the variable-level columns, and label and question per
    // language (one language after another; `textEnds[i]` is where language i's end). Both are written once and
    // copied to each row.
    var variable = OutputBuffer()
    var texts = OutputBuffer()
    var textEnds = [Int](repeating: 0, count: codebook.languages.count)
    var checks = OutputBuffer()
    let checkCount = checkCount(codebook)
    let offeredColumns = hasOfferedColumns(codebook)
    let soft = hasSoftChecks(codebook)
    let defaults = hasDefaults(codebook)
    let variantCount = variantCount(codebook)
    let (specifyColumns, descriptionColumns) = optionColumns(codebook)
    for v in codebook.variables {
      checks.removeAll()
      for i in 0..<checkCount {
        checks.append(",")
        if i < v.checks.count { checks.appendCSV(v.checks[i].expression) }
        for language in codebook.languages {
          checks.append(",")
          if i < v.checks.count { checks.appendCSV(v.checks[i].messages[language] ?? "") }
        }
        if soft {
          checks.append(",")
          if i < v.checks.count { checks.append(v.checks[i].isSoft ? "true" : "false") }
        }
      }
      if defaults {
        checks.append(",")
        checks.appendCSV(v.defaultValue?.expression ?? "")
      }
      for i in 0..<variantCount {
        checks.append(",")
        if i < v.textVariants.count { checks.appendCSV(v.textVariants[i].expression) }
        for language in codebook.languages {
          checks.append(",")
          if i < v.textVariants.count { checks.appendCSV(v.textVariants[i].texts[language] ?? "") }
        }
      }
      variable.removeAll()
      variable.appendCSV(v.name)
      variable.append(",")
      variable.appendCSV(codebook.levels[v.level].name)
      variable.append(",")
      variable.appendCSV(v.sections.count == 1 ? v.sections[0] : v.sections.joined(separator: "/"))
      variable.append(",")
      variable.appendCSV(v.typeName)
      variable.append(",")
      variable.appendCSV(v.storage.rawValue)
      variable.append(v.isRequired ? ",true," : ",false,")
      if let minimum = v.minimum { variable.appendCSV(CodebookFormat.number(minimum)) }
      variable.append(",")
      if let maximum = v.maximum { variable.appendCSV(CodebookFormat.number(maximum)) }
      variable.append(",")
      if let maxLength = v.maxLength { variable.append(maxLength) }
      variable.append(",")
      variable.appendCSV(v.universeExpression ?? "")
      variable.append(",")
      variable.appendCSV(v.formula ?? "")
      texts.removeAll()
      for (i, language) in codebook.languages.enumerated() {
        texts.appendCSV(v.labels[language] ?? "")
        texts.append(",")
        texts.appendCSV(v.questionTexts[language] ?? "")
        textEnds[i] = texts.count
      }
      let values: [CodebookValue?] = v.values.isEmpty ? [nil] : v.values
      for value in values {
        out.append(contentsOf: variable)
        out.append(",")
        if let value {
          out.append(value.code)
          out.append(",")
          out.appendCSV(value.name)
          out.append(value.isMissing ? ",true" : ",false")
        } else {
          out.append(",,")
        }
        for (i, language) in codebook.languages.enumerated() {
          out.append(",")
          out.append(contentsOf: texts, range: (i == 0 ? 0 : textEnds[i - 1])..<textEnds[i])
          out.append(",")
          out.appendCSV(value?.labels[language] ?? "")
        }
        out.append(contentsOf: checks)
        if offeredColumns {
          out.append(",")
          out.appendCSV(v.filterExpression ?? "")
          out.append(",")
          out.appendCSV(value?.offeredWhenExpression ?? "")
          out.append(",")
          out.appendCSV(value?.attributes ?? "")
        }
        if specifyColumns {
          out.append(",")
          if let s = v.specifies {
            out.appendCSV(s.question)
            out.append(",")
            out.appendCSV(s.option)
          } else {
            out.append(",")
          }
        }
        if descriptionColumns {
          for language in codebook.languages {
            out.append(",")
            out.appendCSV((value?.descriptions ?? v.optionDescription)?[language] ?? "")
          }
        }
        out.append("\r\n")
      }
    }
  }

  /// Appends one record, its fields quoted when they hold a comma, a quote, CR or LF, and a CRLF.
  static func record(_ fields: [String], into out: inout OutputBuffer) {
    for (i, field) in fields.enumerated() {
      if i > 0 { out.append(",") }
      out.appendCSV(field)
    }
    out.append("\r\n")
  }

  /// A field as RFC 4180 writes it: as is, or in double quotes with inner quotes doubled. Control characters
  /// other than tabs and line breaks become U+FFFD (see `ControlCharacters`).
  public static func quoted(_ field: String) -> String {
    guard special.any(field) else { return field }
    var out = OutputBuffer(capacity: field.utf8.count + 8)
    out.appendCSV(field)
    return out.text
  }

  static let needsQuotes = ByteTable(",\"\r\n")
  /// A double quote and the starts of control characters.
  static let quote = ByteTable("\"", ControlCharacters.starts)
  /// Every byte that makes a field more than its text.
  static let special = ByteTable(",\"\r\n", ControlCharacters.starts)
}

extension OutputBuffer {
  /// Appends a CSV field (see `CodebookCSV.quoted`).
  mutating func appendCSV(_ field: String) {
    guard CodebookCSV.special.any(field) else {
      append(contentsOf: field)
      return
    }
    let quoted = CodebookCSV.needsQuotes.any(field)
    if quoted { append("\"") }
    append(field, special: CodebookCSV.quote) { out, utf8, i in
      guard utf8[i] == UInt8(ascii: "\"") else { return out.appendControlOrByte(utf8, at: i) }
      out.append("\"\"")
      return i + 1
    }
    if quoted { append("\"") }
  }
}
