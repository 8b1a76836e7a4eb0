// `qdsl simulate --data`: the simulated respondents' data as a collector would deliver it, one CSV per level in
// qdsl's own layout (FormDataLayout). A respondent whose answers fail a hard check is drawn again (the failing
// answers alone when they are outside repeats, and the whole respondent every 50th draw or when they are inside),
// so every record is one a collector accepts; failed soft checks stay. Batches of records are drawn on several
// threads and streamed out in order, with the same bytes for a seed however many threads draw.

import Foundation
import QDSLText

/// Simulated respondents written as data files.
public struct SimulatedData: Sendable {
  /// How many times a respondent is drawn again before the hard checks are declared unreachable.
  public static let maxDraws = 500
  /// How many times the failing answers alone are drawn again before the whole respondent is.
  static let wholeAfter = 50

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
    var out = layout.levels.map { _ in [UInt8]() }
    let failure = write(respondents: respondents, seed: seed, today: today) { rows in
      for (l, bytes) in rows.enumerated() { out[l] += bytes }
    }
    if let failure { return .failure(failure) }
    return .success(out.map { String(decoding: $0, as: UTF8.self) })
  }

  /// The same rows streamed: `sink` gets the headers first, then the rows of `batch` records at a time, each call
  /// with the bytes to append to every level's file (in `layout.levels` order), records in order. The records are
  /// drawn on `workers` threads, a batch each; every record's draw depends on the seed and its number alone, so the
  /// bytes are the same however many workers draw them. Returns the first record no draw could make acceptable
  /// (the rows before its batch have been given to `sink`), or nil when every record was written.
  public func write(
    respondents: Int, seed: UInt64, today: FormDate, batch: Int = 2048, workers: Int = 2,
    to sink: ([[UInt8]]) throws -> Void
  ) rethrows -> Unsatisfiable? {
    try sink(layout.levels.map { Array(FormDataLayout.csvLine($0.columns.map(\.name)).utf8) })
    let drawer = RandomRespondent(form: evaluator.form, today: today)
    let size = max(1, batch)
    let lanes = max(1, workers)
    var first = 1
    while first <= respondents {
      // One round: up to `lanes` batches drawn side by side, then handed over in order.
      let starts = Array(stride(from: first, through: min(respondents, first + size * lanes - 1), by: size))
      let slots = BatchSlots<Result<[[UInt8]], Unsatisfiable>>(count: starts.count)
      let total = respondents
      DispatchQueue.concurrentPerform(iterations: starts.count) { k in
        let range = starts[k]...min(total, starts[k] + size - 1)
        slots.set(k, rows(range, seed: seed, today: today, drawer: drawer))
      }
      for result in slots.all() {
        switch result {
        case .failure(let e): return e
        case .success(let rows): try sink(rows)
        }
      }
      first += size * starts.count
    }
    return nil
  }

  /// The rows of the records `range` (numbers from 1) per level, or the first record no draw makes acceptable.
  func rows(_ range: ClosedRange<Int>, seed: UInt64, today: FormDate, drawer: RandomRespondent)
    -> Result<[[UInt8]], Unsatisfiable>
  {
    var out = layout.levels.map { _ in [UInt8]() }
    for record in range {
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
    for draw in 0..<Self.maxDraws {
      let (result, _) = evaluator.evaluateDrawing(
        answers, drawer: drawer, random: &random, today: today, keepsAnswers: false, seed: respondentSeed)
      let hard = result.failedChecks.filter { !$0.isSoft }
      guard let first = hard.first else { return .success(result) }
      last = first
      // The failing answers alone are drawn again, but every `wholeAfter` draws the whole respondent is: a check
      // against an earlier answer (`unit_fte <= staff` with a staff of 1) may leave the failing one almost no
      // value to pass with.
      if draw % Self.wholeAfter == Self.wholeAfter - 1
        || hard.contains(where: { $0.question.contains("[") || drawer.topLevelDraw($0.question) == nil })
      {
        answers = drawer.answers(&random)
      } else {
        for f in hard { answers[f.question] = drawer.redraw(f.question, &random) }
      }
    }
    return .failure(Unsatisfiable(record: record, question: last?.question ?? "", condition: last?.source ?? ""))
  }

  /// Appends one record's rows: one to the instrument's file, one per iteration to each repeat's.
  func append(_ result: FormEvaluation, record: Int, to out: inout [[UInt8]]) {
    for (l, level) in layout.levels.enumerated() {
      if level.chain.isEmpty {
        FormDataLayout.appendCSVLine(
          level.columns.map { cells($0, prefix: "", indexes: [], option: nil, record: record, result) }, to: &out[l])
        continue
      }
      iterations(level.chain, 0, "", [], result) { prefix, indexes, option in
        FormDataLayout.appendCSVLine(
          level.columns.map { cells($0, prefix: prefix, indexes: indexes, option: option, record: record, result) },
          to: &out[l])
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

/// The results of the batches drawn side by side in one round, kept by batch number.
private final class BatchSlots<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [T?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ value: T) {
    lock.lock()
    slots[i] = value
    lock.unlock()
  }

  func all() -> [T] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
