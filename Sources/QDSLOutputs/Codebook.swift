// The codebook model: one entry per data-file variable, in data-file order, with everything an analyst needs
// (labels and question texts in every language, type and storage, values, missing codes, universe, checks,
// formula).
// Every codebook writer (Markdown, HTML, CSV, DDI, SPSS, Stata) renders this model and nothing else.

import QDSLSemantics

/// Text in every declared language, keyed by language tag, in the survey's language order.
public struct Translations: Sendable, Equatable {
  public var entries: [(language: String, text: String)]

  public init(_ entries: [(language: String, text: String)]) { self.entries = entries }

  public subscript(_ language: String) -> String? { entries.first { $0.language == language }?.text }

  /// The text in `language`, else in the first language that has one.
  public func text(_ language: String) -> String { self[language] ?? entries.first?.text ?? "" }

  public static func == (a: Translations, b: Translations) -> Bool {
    a.entries.map(\.language) == b.entries.map(\.language) && a.entries.map(\.text) == b.entries.map(\.text)
  }
}

/// What a data-file variable comes from.
public enum CodebookSource: Sendable, Equatable {
  /// A question's answer (integer, decimal, text, date or `one of`).
  case question
  /// One option of a `many of` question: 1 when selected, 0 when not (missing when not asked).
  case selectedOption(question: String, code: Int)
  /// One row of a grid.
  case gridRow(grid: String, row: String)
  /// A calculated value.
  case calculate
  /// A key column of a level's data file (`record_id`, `person_index`, `crop`).
  case key(KeyColumn)
}

/// The key columns that identify the rows of a level's data file.
public enum KeyColumn: Sendable, Equatable {
  /// `record_id`: one interview, the same in every data file.
  case record
  /// `R_index`: the iteration's number (from 1) of the repeat R, the level's own or an enclosing one.
  case index(repeatName: String)
  /// `R`: the option of the iteration of a `for each` over options (its code, with the list's value labels).
  case option(repeatName: String)
}

/// How a variable is stored in the data file.
public enum Storage: String, Sendable {
  case integer, decimal, text, date
  /// A code of a choice list (an integer with value labels).
  case code
  /// 0/1 for a `many of` option.
  case flag
  /// A calculated true/false, stored as 1/0.
  case boolean
}

/// One value of a categorical variable: its code, option name, labels and whether it is a missing-value code.
public struct CodebookValue: Sendable, Equatable {
  public var code: Int
  public var name: String
  public var labels: Translations
  public var isMissing: Bool
  /// Help shown under the option (`description { … }`), per language.
  public var descriptions: Translations? = nil
}

/// What an "other, please specify" text answers: its question and option.
public struct CodebookSpecify: Sendable, Equatable {
  /// The question's name in expressions (`partners`).
  public var question: String
  public var option: String
  public var code: Int
  public var optionLabels: Translations
}

/// A check of a question: a condition its answer must meet, and the message respondents see when it does not.
public struct CodebookCheck: Sendable {
  /// The condition in words, per language ("actual_hours ≤ contract_hours × 2").
  public var conditionWords: Translations
  /// The condition in canonical qdsl syntax.
  public var expression: String
  /// The message per language (pipes as {name}); empty when the check has none.
  public var messages: Translations
}

/// One variable of the data file.
public struct CodebookVariable: Sendable {
  /// The data-file name (`staff`, `kinds_97`, `culture_risk`).
  public var name: String
  /// The name in expressions (`staff`, `kinds`, `culture.risk`).
  public var expressionName: String
  public var source: CodebookSource
  public var storage: Storage
  /// Short labels for statistical packages: the question text, "question: option" or "grid: row".
  public var labels: Translations
  /// The full question text shown to respondents, per language (pipes as {name}).
  public var questionTexts: Translations
  public var hints: Translations?
  public var values: [CodebookValue]
  public var minimum: Double?
  public var maximum: Double?
  public var maxLength: Int?
  public var isRequired: Bool
  /// Section names from the outermost, and the innermost section's title.
  public var sections: [String]
  public var sectionTitle: Translations?
  /// Who is asked, in words per language ("Asked if: …"), and as a qdsl expression; nil for everyone.
  public var universeWords: Translations?
  public var universeExpression: String?
  /// The checks of the question, in source order (every 0/1 variable of a `many of` question has its checks).
  public var checks: [CodebookCheck] = []
  /// The formula of a calculate, in canonical qdsl syntax.
  public var formula: String?
  /// The value type of the formula or question, as qdsl spells it (`integer`, `one of yes_no`).
  public var typeName: String
  /// The level whose data file holds the variable (an index into `Codebook.levels`; 0 for the instrument's).
  public var level: Int = 0
  /// For the text of an option's `specify` prompt: the question and option it belongs to.
  public var specifies: CodebookSpecify? = nil
  /// For the 0/1 variable of a `many of` option: the option's description, when it has one.
  public var optionDescription: Translations? = nil

  /// Whether the variable is a key column of its level's file.
  public var isKey: Bool {
    if case .key = source { return true }
    return false
  }
}

/// A level of the data and its file: the instrument's own (one row per record) or a repeat's (one row per
/// iteration, long format).
public struct CodebookLevel: Sendable {
  /// The repeat's name; empty for the instrument's level.
  public var name: String
  /// The enclosing level (nil for the instrument's).
  public var parent: Int?
  /// The key columns, in order (`record_id`, `person_index`, …).
  public var keys: [String]
  /// What one row stands for and how many there are, per language ("one row per person; as many as
  /// household_size (at most 20)").
  public var rows: Translations
  /// The most rows per row of the enclosing level (1 for the instrument's).
  public var maxRows: Int
  /// The level's variables in `Codebook.variables`: its key columns first (when the survey has repeats), then
  /// its variables in document order.
  public var variables: Range<Int>
  /// The levels directly inside this one, in order.
  public var children: [Int] = []

  /// `STEM.csv` for the instrument's level, `STEM.NAME.csv` for a repeat's.
  public func dataFile(stem: String) -> String { stem + fileSuffix + ".csv" }

  /// What comes between the stem and the extension of the level's files: empty, or `.NAME`.
  public var fileSuffix: String { name.isEmpty ? "" : "." + name }
}

/// The codebook of one survey.
public struct Codebook: Sendable {
  public var surveyID: String
  public var version: String?
  public var languages: [String]
  public var title: Translations?
  /// Every variable, grouped by level (in `levels` order), each level's in data-file order.
  public var variables: [CodebookVariable]
  /// The levels of the data: `levels[0]` is the instrument's own, then one per repeat in document order.
  public var levels: [CodebookLevel]
  /// The stem of the data files' names (`STEM.csv`, `STEM.person.csv`): the questionnaire file's name without
  /// `.qdsl`, as `qdsl compile` names its outputs.
  public var stem: String

  public var sourceLanguage: String { languages.first ?? "en" }

  /// Whether the data has more than one level (the survey has repeats): then every level's file has key columns
  /// and the codebooks group the variables by level.
  public var hasLevels: Bool { levels.count > 1 }

  /// The anchor of a variable's entry in the Markdown and HTML codebooks (after `var-`): its name, or
  /// `LEVEL-NAME` for a key column of a repeat's file (every file has `record_id`; no name holds a hyphen).
  func anchor(of v: CodebookVariable) -> String {
    v.level != 0 && v.isKey ? levels[v.level].name + "-" + v.name : v.name
  }

  /// The checks of every question for the header comment of the SPSS and Stata files: a line that says what
  /// follows, then one line a check in data-file order (once per question, not per 0/1 variable):
  /// "staff: staff <= inhabitants. Message: …". Empty when no question has a check.
  func checkLines(_ language: String, in range: Range<Int>? = nil) -> [String] {
    let intro =
      "Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does "
      + "not."
    var lines: [String] = [intro]
    var seen: Set<String> = []
    forEachVariable(in: range) { v in
      guard !v.checks.isEmpty, seen.insert(v.expressionName).inserted else { return }
      for check in v.checks {
        var line = "\(v.expressionName): \(check.expression)"
        if !check.messages.entries.isEmpty { line += ". Message: " + check.messages.text(language) }
        lines.append(line)
      }
    }
    return lines.count == 1 ? [] : lines
  }
}
