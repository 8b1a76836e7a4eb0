// What the reference evaluator says about one respondent: the items shown, where the interview ended, the checks
// that fail, required questions left unanswered, answers it could not use, and the value of every calculate.
// Inside repeats every id is an instance path (`person[2].age`).

/// The result of evaluating a form for one set of answers.
public struct FormEvaluation: Sendable, Equatable {
  /// The language of the messages.
  public var language: String
  /// Ids of the sections, questions, grids, notes, calculates and repeats shown (reached), in the order
  /// reached. Each iteration of a repeat adds its path (`person[2]`), then its items' instance paths
  /// (`person[2].age`).
  public var shown: [String]
  /// The `end` that stopped the interview, or nil when the respondent reached the last item.
  public var end: FormEndReached?
  /// Checks that fail, in document order.
  public var failedChecks: [FormFailedCheck]
  /// Required questions (and grid rows, as `GRID.ROW`) that are shown but have no answer, in document order.
  public var requiredUnanswered: [String]
  /// Answers that were not used because they are not valid answers; each is treated as missing.
  public var invalidAnswers: [FormInvalidAnswer]
  /// Answers to questions and grid rows that were not shown, sorted by name; they are treated as missing.
  public var ignoredAnswers: [String]
  /// Every calculate of the form in document order, with its value (nil when missing); a repeated calculate once
  /// per iteration that ran, by instance path.
  public var calculates: [FormCalculateValue]
  /// Every variable that is not missing at the end of the interview, repeated ones by instance path.
  public var values: FormNameMap<FormValue>
  /// How many iterations of each repeat ran, by the repeat's instance path (`person`, `person[2].job`); a repeat
  /// that was not reached is absent.
  public var iterations: [String: Int] = [:]
  /// The option code of each iteration of a `for each` over options, by the iteration's path (`crop[2]`).
  public var iterationOptions: [String: Int] = [:]
  /// The orders shown by shuffled questions and sections, by the path of the order variable (`likes_order`,
  /// `person[2].likes_order`): option codes, or item ids, separated by one space (FormShuffle).
  public var orders: [String: String] = [:]
  /// For each item shown with a text variant instead of its text, by instance path: the variant's position among
  /// the item's variants, from 0. An item shown with its plain text is absent.
  public var textVariants: [String: Int] = [:]
  /// Questions whose answer is their default (no answer was given), by instance path.
  public var defaulted: [String] = []

  public var ended: Bool { end != nil }

  public func isShown(_ id: String) -> Bool { shown.contains(id) }

  /// The value of a calculate, or nil when it is missing.
  public func calculate(_ id: String) -> FormValue? {
    calculates.first { $0.id == id }?.value
  }
}

/// The `end` where the interview stopped.
public struct FormEndReached: Sendable, Equatable {
  /// Its position among the form's `end` items in document order, from 0.
  public var index: Int
  /// Its closing message in the evaluation's language, pipes filled.
  public var message: String
}

/// A check whose condition does not hold.
public struct FormFailedCheck: Sendable, Equatable {
  /// The question's id.
  public var question: String
  /// The check's position among the question's checks, from 0.
  public var check: Int
  /// The condition as canonical qdsl source.
  public var source: String
  /// The message in the evaluation's language, pipes filled.
  public var message: String
  /// A soft check: the respondent may confirm the answer and go on, so it does not stop the interview.
  public var isSoft = false
}

/// An answer the evaluator could not use.
public struct FormInvalidAnswer: Sendable, Equatable {
  public var name: String
  public var problem: FormAnswerProblem
}

/// Why an answer is not a valid answer to its variable.
public enum FormAnswerProblem: String, Error, Sendable, Equatable, CaseIterable {
  /// No question or grid row of that name.
  case unknownVariable
  /// A calculate: it is computed, not answered.
  case notAQuestion
  /// A value of the wrong kind (text for a number, a code for a date, …).
  case wrongType
  /// A decimal for an `integer` question.
  case notAWholeNumber
  /// Outside the question's bounds.
  case outOfRange
  /// Longer than the question's `max` (in Unicode scalars).
  case tooLong
  /// Not a calendar date `YYYY-MM-DD`.
  case notADate
  /// Not a time of day `HH:MM` or a date and time `YYYY-MM-DDTHH:MM`.
  case notATime
  /// A code that is not in the list.
  case unknownOption
  /// A `many of` answer with an `exclusive` option and another option.
  case exclusiveWithOthers
  /// A ranking that does not rank every option of the list exactly once.
  case incompleteRanking
  /// An option the question does not offer for the earlier answers (its condition or the question's filter
  /// fails): the answer is cleared (a `many of` answer keeps the options offered).
  case notOffered
}

/// A calculate and its value.
public struct FormCalculateValue: Sendable, Equatable {
  public var id: String
  public var value: FormValue?
}
