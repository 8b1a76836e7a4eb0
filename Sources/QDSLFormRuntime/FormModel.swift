// The form JSON ("qdsl-form/1") as typed values, for data-collection apps and the reference evaluator. Built from
// the JSON alone (FormModelDecoder.swift), never from the semantic model: an app has only the file.

/// A decoded form: the header, the choice lists and the item tree, as `docs/outputs.md` describes them.
public struct FormModel: Sendable, Equatable {
  /// The format this model reads (the value of the JSON's `"format"`), the same as `FormDocument.format`.
  public static let format = "qdsl-form/1"

  public var survey: String
  public var version: String?
  /// The survey's languages; the first is the source language.
  public var languages: [String]
  /// The languages still being translated (a subset of `languages`, never the first): a text lacking one of them
  /// is shown in the source language, text by text (`FormText.template(_:fallbacks:)` with `languages`).
  public var draftLanguages: [String] = []
  public var title: FormText?
  /// The choice lists, sorted by name.
  public var choiceLists: [FormChoiceList]
  public var items: [FormItem]
  /// The paradata fields the collector fills, in declaration order (empty when the survey declares none).
  public var paradata: [FormParadata] = []
  /// The sample variables, in declaration order (empty when the survey declares none).
  public var samples: [FormSample] = []

  public init(
    survey: String, version: String?, languages: [String], title: FormText?, choiceLists: [FormChoiceList],
    items: [FormItem]
  ) {
    self.survey = survey
    self.version = version
    self.languages = languages
    self.title = title
    self.choiceLists = choiceLists
    self.items = items
  }

  /// The choice list of this name.
  public func choiceList(named name: String) -> FormChoiceList? {
    choiceLists.first { $0.name == name }
  }
}

/// A translated text: one template per language, with pipes as `{name}` and literal braces as `{{` and `}}`.
public struct FormText: Sendable, Equatable {
  /// Language tag → template.
  public var translations: [String: String]

  public init(_ translations: [String: String]) {
    self.translations = translations
  }

  /// The template in `language` (tags compare case-insensitively), else in the first of `fallbacks` that has
  /// one.
  public func template(_ language: String?, fallbacks: [String] = []) -> String? {
    for tag in (language.map { [$0] } ?? []) + fallbacks {
      if let t = translations[tag] { return t }
      let lower = tag.lowercased()
      if let match = translations.first(where: { $0.key.lowercased() == lower }) { return match.value }
    }
    return nil
  }
}

/// A choice list: its options in file order.
public struct FormChoiceList: Sendable, Equatable {
  public var name: String
  public var options: [FormOption]

  public init(name: String, options: [FormOption]) {
    self.name = name
    self.options = options
  }

  public func option(code: Int) -> FormOption? { options.first { $0.code == code } }
  /// Whether the list has an option with this code (without copying the option, as `option(code:)` does).
  public func hasOption(code: Int) -> Bool { options.contains { $0.code == code } }
  public func option(named name: String) -> FormOption? { options.first { $0.name == name } }
}

/// One option of a choice list.
public struct FormOption: Sendable, Equatable {
  public var code: Int
  public var name: String
  public var label: FormText
  /// Choosing it clears every other choice of a `many of` answer.
  public var isExclusive: Bool
  /// A missing-value code for analysts; in conditions an ordinary answer.
  public var isMissing: Bool
  /// Keeps its place when a question shuffles its options.
  public var isFixed: Bool
  /// The option's attribute values by name (`option.ATTR` in a filter): numbers, texts, and options of another
  /// list as their codes.
  public var attributes: [String: FormValue]
  /// The option is offered only while this holds (nil: always).
  public var condition: FormExpr?

  public init(
    code: Int, name: String, label: FormText, isExclusive: Bool, isMissing: Bool, isFixed: Bool = false,
    attributes: [String: FormValue] = [:], condition: FormExpr? = nil
  ) {
    self.code = code
    self.name = name
    self.label = label
    self.isExclusive = isExclusive
    self.isMissing = isMissing
    self.isFixed = isFixed
    self.attributes = attributes
    self.condition = condition
  }
}

/// An item of the interview, in the order asked.
public indirect enum FormItem: Sendable, Equatable {
  case section(FormSection)
  case question(FormQuestion)
  case grid(FormGrid)
  case calculate(FormCalculate)
  case note(FormNote)
  /// An `if` / `else if` / `else` chain: at most one branch is taken.
  case conditional([FormBranch])
  case end(FormEnd)
  /// A repeat (roster): its items are asked once per iteration.
  case `repeat`(FormRepeat)
}

/// A titled group of items.
public struct FormSection: Sendable, Equatable {
  public var id: String
  public var title: FormText?
  public var items: [FormItem]
  /// For a shuffled section, the data-file variable that records its item ids in the order asked (FormShuffle).
  public var shuffle: String? = nil
}

/// The answer type of a question.
public enum FormQuestionType: Sendable, Equatable {
  case integer(min: Int?, max: Int?)
  case decimal(min: Double?, max: Double?)
  /// Free text of at most `maxLength` characters (Unicode scalars).
  case text(maxLength: Int?)
  case date
  /// A time of day `HH:MM`, and a date with a time `YYYY-MM-DDTHH:MM`.
  case time, datetime
  /// One option of the named list.
  case one(choices: String)
  /// A set of options of the named list, stored as one 0/1 column per option (`variables`).
  case many(choices: String, variables: [String])
  /// Every option of the named list in order of preference; each option's rank (1 for the first) is stored in its
  /// own column (`variables`, in the list's order).
  case rank(choices: String, variables: [String])
}

/// A question: its answer is the variable named by `id`.
public struct FormQuestion: Sendable, Equatable {
  public var id: String
  public var type: FormQuestionType
  /// The data-file column (nil for `many of`, which has `variables` instead).
  public var variable: String?
  public var isRequired: Bool
  public var text: FormText
  public var hint: FormText?
  public var checks: [FormCheck]
  /// For a question whose options are shuffled, the data-file variable that records the codes in the order shown.
  public var shuffle: String? = nil
  /// `where`: only the options for which it holds (with `{"attribute"}` reading the candidate option) are offered.
  public var filter: FormExpr? = nil
  /// Text variants tried in order before `text`: the first whose condition holds is shown.
  public var variants: [FormTextVariant] = []
  /// The answer filled in when the question is first shown unanswered; the respondent may change it.
  public var defaultValue: FormDefault?
}

/// `text if COND { … }`: a wording shown instead of the item's text when its condition holds.
public struct FormTextVariant: Sendable, Equatable {
  public var condition: FormExpr
  /// The condition as canonical qdsl source.
  public var source: String
  public var text: FormText
}

/// A question's `default EXPR`, evaluated where the question is first shown.
public struct FormDefault: Sendable, Equatable {
  public var value: FormExpr
  /// The expression as canonical qdsl source.
  public var source: String
}

/// A rule the answer must satisfy, and the message shown when it does not.
public struct FormCheck: Sendable, Equatable {
  public var condition: FormExpr
  /// The condition as canonical qdsl source.
  public var source: String
  public var message: FormText
  /// A soft check: when it fails the respondent sees the message and may confirm the answer and go on.
  public var isSoft = false
}

/// A grid: one `one of` question per row, answered from one list.
public struct FormGrid: Sendable, Equatable {
  public var id: String
  public var choices: String
  public var isRequired: Bool
  public var text: FormText
  public var hint: FormText?
  public var rows: [FormGridRow]
  /// Text variants tried in order before `text`.
  public var variants: [FormTextVariant] = []
}

/// A grid row: its variable is `id` (`GRID.ROW`).
public struct FormGridRow: Sendable, Equatable {
  public var id: String
  public var name: String
  public var variable: String
  public var label: FormText
}

/// The type of a calculate's value.
public enum FormValueType: String, Sendable, Equatable, CaseIterable {
  case integer, decimal, text, date, time, datetime, boolean, one
}

/// A derived variable, computed where it stands when its universe holds.
public struct FormCalculate: Sendable, Equatable {
  public var id: String
  public var variable: String
  public var type: FormValueType
  public var formula: FormExpr
  public var source: String
}

/// Text shown to the respondent; asks nothing.
public struct FormNote: Sendable, Equatable {
  public var id: String
  public var text: FormText
  public var hint: FormText?
  /// Text variants tried in order before `text`.
  public var variants: [FormTextVariant] = []
}

/// One branch of an `if` chain; `condition` is nil for `else`.
public struct FormBranch: Sendable, Equatable {
  public var condition: FormExpr?
  public var source: String?
  public var items: [FormItem]
}

/// The end of the interview, with its closing message.
public struct FormEnd: Sendable, Equatable {
  /// The position among the form's `end` items in document order, from 0. Ends have no name in qdsl, so this
  /// is how results refer to them.
  public var index: Int
  public var message: FormText
}

/// A repeat (roster): its items are asked once per iteration, each iteration with its own answers, which are keyed
/// by instance paths such as `person[2].age` (see `docs/outputs.md`).
public struct FormRepeat: Sendable, Equatable {
  public var id: String
  /// The title of each iteration (pipes such as `{person.index}` filled in the iteration), or nil.
  public var title: FormText?
  public var driver: FormRepeatDriver
  /// The most iterations that run.
  public var max: Int
  /// The key columns of the repeat's data file: `record_id`, the enclosing repeats' `P_index`, its own
  /// `R_index`, and for `for each` over options the column `R` holding the option's code.
  public var keys: [String]
  public var items: [FormItem]

  public init(id: String, title: FormText?, driver: FormRepeatDriver, max: Int, keys: [String], items: [FormItem]) {
    self.id = id
    self.title = title
    self.driver = driver
    self.max = max
    self.keys = keys
    self.items = items
  }

  /// The choice list whose options the iterations stand for (`for each` over a `many of` question or a list).
  public var choices: String? {
    switch driver {
    case .question(_, let choices), .choices(let choices): return choices
    default: return nil
    }
  }
}

/// What decides how many iterations of a repeat run.
public enum FormRepeatDriver: Sendable, Equatable {
  /// The value of `count`, clamped to 0…max (missing is 0).
  case count(FormExpr, source: String)
  /// One iteration per option chosen in the `many of` question, in list order.
  case question(String, choices: String)
  /// One iteration per option of the list.
  case choices(String)
  /// One iteration per iteration of an earlier repeat (in the same enclosing iteration).
  case `repeat`(String)
  /// "Add another": iteration 1 runs, and another while `condition` holds at the end of the last one.
  case `while`(FormExpr, source: String)
}
