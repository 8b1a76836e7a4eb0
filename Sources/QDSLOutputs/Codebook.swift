// The codebook model: one entry per data-file variable, in data-file order, with everything an analyst needs
// (labels and question texts in every language, type and storage, values, missing codes, universe, checks,
// formula).
// Every codebook writer (Markdown, HTML, CSV, DDI, SPSS, Stata) renders this model and nothing else.

import QDSLSemantics
import QDSLWords

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
  /// One option of a `rank of` question: its rank, 1 for the first (Codebook+Order.swift).
  case rank(question: String, option: String)
  /// The order a shuffled question showed its options (codes) or a shuffled section asked its items (names),
  /// separated by spaces.
  case shownOrder(of: String)
  /// Paradata: filled by the collector, never asked (`start`, `end`, `today`, `device`, `user`).
  case paradata(kind: String)
  /// A sample variable: its value comes from the sample file, never asked; `optional` when it may be absent.
  case sample(optional: Bool)
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
  /// `HH:MM` and `YYYY-MM-DDTHH:MM` (local time, to the minute), as texts in the data file.
  case time, datetime
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
  /// `if (COND)`: when the option is offered, in words per language, and as a qdsl expression; nil for always.
  public var offeredWhen: Translations? = nil
  public var offeredWhenExpression: String? = nil
  /// The option's attribute values as written in qdsl (`country = finland population = 1700000`); nil for none.
  public var attributes: String? = nil
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
  /// A soft check: when it fails the respondent may confirm the answer and go on, so answers may break it.
  public var isSoft = false
}

/// A text variant of a question or grid: shown instead of the question text when its condition holds (the first
/// variant that holds wins).
public struct CodebookTextVariant: Sendable {
  /// The condition in words, per language.
  public var conditionWords: Translations
  /// The condition in canonical qdsl syntax.
  public var expression: String
  /// The text per language (pipes as {name}).
  public var texts: Translations
}

/// A question's default: the answer filled in when it is first shown, which the respondent may change.
public struct CodebookDefault: Sendable {
  /// The default in words, per language (an option's label, a number, an earlier answer's name).
  public var words: Translations
  /// The default in canonical qdsl syntax.
  public var expression: String
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
  /// The text variants of the question or grid, in source order (tried before the question text).
  public var textVariants: [CodebookTextVariant] = []
  /// The question's default, if it has one.
  public var defaultValue: CodebookDefault?
  /// The formula of a calculate, in canonical qdsl syntax.
  public var formula: String?
  /// A question's `where` filter: the options offered, in words per language, and as a qdsl expression.
  public var filterWords: Translations? = nil
  public var filterExpression: String? = nil
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
  /// The languages still being translated: a text one of them lacks is the source language's text, marked with
  /// `fallbackMark` (docs/outputs.md, "Draft languages").
  public var draftLanguages: [String] = []
  public var title: Translations?
  /// Every variable, grouped by level (in `levels` order), each level's in data-file order.
  public var variables: [CodebookVariable]
  /// The levels of the data: `levels[0]` is the instrument's own, then one per repeat in document order.
  public var levels: [CodebookLevel]
  /// The stem of the data files' names (`STEM.csv`, `STEM.person.csv`): the questionnaire file's name without
  /// `.qdsl`, as `qdsl compile` names its outputs.
  public var stem: String

  public var sourceLanguage: String { languages.first ?? "en" }

  /// What stands before the source language's text where a draft language lacks its own: "[en] ".
  public static func fallbackMark(_ source: String) -> String { "[\(source)]" }

  /// The list of languages as the codebooks' header writes it: the draft languages marked in `language`'s words.
  func languageList(_ language: String) -> [String] {
    let draft = Words.draft(for: language).draft
    return languages.map { draftLanguages.contains($0) ? "\($0) (\(draft))" : $0 }
  }

  /// The note under the list of languages when there are draft languages (nil without).
  func draftNote(_ language: String) -> String? {
    draftLanguages.isEmpty ? nil : Words.draft(for: language).note(mark: Self.fallbackMark(sourceLanguage))
  }

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
        var line = "\(v.expressionName)\(check.isSoft ? " (soft check)" : ""): \(check.expression)"
        if !check.messages.entries.isEmpty { line += ". Message: " + check.messages.text(language) }
        lines.append(line)
      }
    }
    return lines.count == 1 ? [] : lines
  }

  /// The filters of questions and the conditions of options for the header comment of the SPSS and Stata files:
  /// "home_region: options where option.country == home", "region code 96: offered when age >= 18". Empty when
  /// there are none.
  func offeredLines(in range: Range<Int>? = nil) -> [String] {
    var lines = ["Options offered: the filter of each filtered question and the condition of each conditional option."]
    var seen: Set<String> = []
    forEachVariable(in: range) { v in
      // The 0/1 variable of a `many of` option says when its option is offered.
      if case .selectedOption = v.source {
        if let filter = v.filterExpression { lines.append("\(v.name): offered when \(filter)") }
        return
      }
      guard seen.insert(v.expressionName).inserted else { return }
      if let filter = v.filterExpression { lines.append("\(v.expressionName): options where \(filter)") }
      for value in v.values {
        guard let condition = value.offeredWhenExpression else { continue }
        lines.append("\(v.expressionName) code \(value.code) (\(value.name)): offered when \(condition)")
      }
    }
    return lines.count == 1 ? [] : lines
  }

  /// The text variants and defaults of the questions for the header comment of the SPSS and Stata files, after the
  /// checks: "birth_date: text if person_number == 1: What is your date of birth?", "remote: default yes". Once per
  /// question; empty when no question has either.
  func variantLines(_ language: String, in range: Range<Int>? = nil) -> [String] {
    var lines: [String] = []
    var seen: Set<String> = []
    forEachVariable(in: range) { v in
      guard !v.textVariants.isEmpty || v.defaultValue != nil else { return }
      // Once per question or grid (not per 0/1 column or row).
      let name: String
      switch v.source {
      case .gridRow(let grid, _): name = grid
      case .selectedOption(let question, _): name = question
      default: name = v.expressionName
      }
      guard seen.insert(name).inserted else { return }
      for variant in v.textVariants {
        lines.append("\(name): text if \(variant.expression): \(variant.texts.text(language))")
      }
      if let d = v.defaultValue { lines.append("\(name): default \(d.expression)") }
    }
    guard !lines.isEmpty else { return [] }
    return ["Text variants (the first whose condition holds is shown instead of the question) and defaults:"] + lines
  }
}
