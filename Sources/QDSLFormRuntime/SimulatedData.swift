// `qdsl simulate --data`: the simulated respondents' data as a collector would deliver it, one CSV per level in
// qdsl's own layout (FormDataLayout). A respondent whose answers fail a hard check is drawn again (the failing
// answers alone when they are outside repeats, else the whole respondent), so every record is one a collector
// accepts; failed soft checks stay.

import QDSLText

/// Simulated respondents written as data files.
public struct SimulatedData: Sendable {
  /// How many times a respondent is drawn again before the hard checks are declared unreachable.
  public static let maxDraws = 500

  /// A respondent for whom no draw passed the hard checks.
  public struct Unsatisfiable: Error, Sendable, Equatable {
    /// The record's number, from 1.
    public var record: Int
    /// The check that failed in the last draw (question id and condition source).
    public var question: String
    public var condition: String
  }

  public let evaluator: FormEvaluator
  public let layout: FormDataLayout

  public init(form: FormModel) {
    evaluator = FormEvaluator(form: form)
    layout = FormDataLayout(form: form)
  }

  /// The rows of every level (headers first), as CSV text per level in `layout.levels` order, for `respondents`
  /// respondents from `seed` interviewed on `today`. The same seed and date give the same bytes.
  public func files(respondents: Int, seed: UInt64, today: FormDate) -> Result<[String], Unsatisfiable> {
    var out = layout.levels.map { FormDataLayout.csvLine($0.columns.map(\.name)) }
    let drawer = RandomRespondent(form: evaluator.form, today: today)
    for record in 1...max(1, respondents) where record <= respondents {
      switch accepted(record: record, seed: seed, today: today, drawer: drawer) {
      case .failure(let e): return .failure(e)
      case .success(let result): append(result, record: record, to: &out)
      }
    }
    return .success(out)
  }

  /// Record `record`'s evaluation (from 1), whose answers pass every hard check.
  public func accepted(record: Int, seed: UInt64, today: FormDate, drawer: RandomRespondent)
    -> Result<FormEvaluation, Unsatisfiable>
  {
    let respondentSeed = FormSimulator.respondentSeed(seed, record - 1)
    var random = SplitMix64(seed: respondentSeed)
    var answers = drawer.answers(&random)
    var last: FormFailedCheck?
    for _ in 0..<Self.maxDraws {
      let (result, _) = evaluator.evaluateDrawing(
        answers, drawer: drawer, random: &random, today: today, keepsAnswers: false, seed: respondentSeed)
      let hard = result.failedChecks.filter { !$0.isSoft }
      guard let first = hard.first else { return .success(result) }
      last = first
      if hard.contains(where: { $0.question.contains("[") || drawer.topLevelDraw($0.question) == nil }) {
        answers = drawer.answers(&random)
      } else {
        for f in hard { answers[f.question] = drawer.redraw(f.question, &random) }
      }
    }
    return .failure(Unsatisfiable(record: record, question: last?.question ?? "", condition: last?.source ?? ""))
  }

  /// Appends one record's rows: one to the instrument's file, one per iteration to each repeat's.
  func append(_ result: FormEvaluation, record: Int, to out: inout [String]) {
    for (l, level) in layout.levels.enumerated() {
      if level.chain.isEmpty {
        out[l] += FormDataLayout.csvLine(
          level.columns.map { cells($0, prefix: "", indexes: [], option: nil, record: record, result) })
        continue
      }
      iterations(level.chain, 0, "", [], result) { prefix, indexes, option in
        out[l] += FormDataLayout.csvLine(
          level.columns.map { cells($0, prefix: prefix, indexes: indexes, option: option, record: record, result) })
      }
    }
  }

  private func cells(
    _ column: FormDataColumn, prefix: String, indexes: [Int], option: Int?, record: Int, _ result: FormEvaluation
  ) -> String {
    switch column.role {
    case .record: return String(record)
    case .iteration(let depth): return depth < indexes.count ? String(indexes[depth]) : ""
    case .iterationOption: return option.map(String.init) ?? ""
    case .order: return result.orders[prefix + column.variable] ?? ""
    case .value, .flag, .rank: return FormDataLayout.cell(result.values[prefix + column.variable], column.role)
    }
  }

  /// Calls `row(prefix, indexes, option)` for every iteration of `chain` that ran, in order.
  private func iterations(
    _ chain: [String], _ i: Int, _ prefix: String, _ indexes: [Int], _ result: FormEvaluation,
    _ row: (String, [Int], Int?) -> Void
  ) {
    let count = result.iterations[prefix + chain[i]] ?? 0
    guard count > 0 else { return }
    for k in 1...count {
      let path = prefix + chain[i] + "[\(k)]"
      if i + 1 == chain.count {
        row(path + ".", indexes + [k], result.iterationOptions[path])
      } else {
        iterations(chain, i + 1, path + ".", indexes + [k], result, row)
      }
    }
  }
}

extension RandomRespondent {
  /// How the answer of a question outside repeats is drawn, or nil when it is drawn in iterations or not at all.
  func topLevelDraw(_ name: String) -> Draw? {
    draws.first { $0.name == name }?.draw
  }

  /// A new answer to the question `name` outside repeats (required questions are always answered).
  func redraw(_ name: String, _ random: inout SplitMix64) -> AnswerValue? {
    guard let entry = draws.first(where: { $0.name == name }) else { return nil }
    if !entry.required && random.chance(Self.skipChance) { return nil }
    return Self.answer(entry.draw, today: today, &random)
  }
}
