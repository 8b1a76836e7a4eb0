// The machine-readable codebook (`STEM.codebook.csv`): one row per variable and value, every language as columns,
// RFC 4180 quoting, CRLF line ends, UTF-8 without a byte order mark.

/// Renders a codebook as CSV in all its languages.
///
/// One header row, then one row per variable × value in data-file order (a variable without values has one row
/// whose value columns are empty). The columns:
///
/// | column | holds |
/// |---|---|
/// | `variable` | the data-file name (`kinds_1`, `culture_risk_taking`) |
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
/// `value_label_fi`, `label_sv`, …). Variable-level columns repeat on every value row of the variable.
public enum CodebookCSV {
  public static func columns(_ codebook: Codebook) -> [String] {
    [
      "variable", "section", "type", "storage", "required", "min", "max", "max_length", "universe", "formula",
      "value_code", "value_name", "value_missing",
    ] + codebook.languages.flatMap { ["label_\($0)", "question_\($0)", "value_label_\($0)"] }
  }

  public static func render(_ codebook: Codebook) -> String {
    var out = ""
    record(columns(codebook), into: &out)
    for v in codebook.variables {
      let variable = [
        v.name, v.sections.joined(separator: "/"), v.typeName, v.storage.rawValue, v.isRequired ? "true" : "false",
        v.minimum.map(CodebookFormat.number) ?? "", v.maximum.map(CodebookFormat.number) ?? "",
        v.maxLength.map(String.init) ?? "", v.universeExpression ?? "", v.formula ?? "",
      ]
      let values: [CodebookValue?] = v.values.isEmpty ? [nil] : v.values
      for value in values {
        var fields = variable
        fields += [
          value.map { String($0.code) } ?? "", value?.name ?? "", value.map { $0.isMissing ? "true" : "false" } ?? "",
        ]
        for language in codebook.languages {
          fields += [v.labels[language] ?? "", v.questionTexts[language] ?? "", value?.labels[language] ?? ""]
        }
        record(fields, into: &out)
      }
    }
    return out
  }

  /// Appends one record, its fields quoted when they hold a comma, a quote, CR or LF, and a CRLF.
  static func record(_ fields: [String], into out: inout String) {
    for (i, field) in fields.enumerated() {
      if i > 0 { out += "," }
      out += quoted(field)
    }
    out += "\r\n"
  }

  /// A field as RFC 4180 writes it: as is, or in double quotes with inner quotes doubled.
  public static func quoted(_ field: String) -> String {
    let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
    guard needsQuotes else { return field }
    var out = "\""
    for scalar in field.unicodeScalars {
      if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
    }
    return out + "\""
  }
}
