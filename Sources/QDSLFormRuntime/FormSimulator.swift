// `qdsl simulate`: random respondents through the reference evaluator, counted per item, check and end. Each
// respondent's answers come from its own seed (the run's seed and its number), so the report is the same for a
// seed however the respondents are split over threads. An item inside a repeat counts once per respondent for its
// reach and once per iteration for the times asked and the interview length.

import Foundation
import QDSLText

/// Runs random respondents through a form and reports what they reached.
public struct FormSimulator: Sendable {
  public let evaluator: FormEvaluator
  let outline: FormOutline

  public init(form: FormModel) {
    evaluator = FormEvaluator(form: form)
    outline = FormOutline(form: form)
  }

  /// Simulates `respondents` respondents from `seed`, with `today` as the date of every interview; the report
  /// quotes end messages in `language` (default: the source language).
  /// With `sampleRows`, each respondent's sample variables are one row drawn from them (a value the row lacks is
  /// missing); without, they are drawn like answers of their types.
  public func run(
    respondents: Int, seed: UInt64, today: FormDate, language: String? = nil, sampleRows: [[String: AnswerValue]] = []
  ) -> SimulationReport {
    let sampleNames = evaluator.form.samples.map(\.variable)
    let drawer = RandomRespondent(form: evaluator.form, today: today)
    let chunkCount = max(1, min(respondents / 500, ProcessInfo.processInfo.activeProcessorCount * 4))
    let tallies = TallyBox(count: chunkCount)
    let total = respondents
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let range = (total * chunk / chunkCount)..<(total * (chunk + 1) / chunkCount)
      var tally = Tally(outline: outline)
      for respondent in range {
        // The respondent's seed draws its answers and is its seed of shuffled orders (FormShuffle).
        let respondentSeed = Self.respondentSeed(seed, respondent)
        var random = SplitMix64(seed: respondentSeed)
        var answers = drawer.answers(&random)
        if !sampleRows.isEmpty {
          let row = sampleRows[random.below(sampleRows.count)]
          for name in sampleNames { answers[name] = row[name] }
        }
        if drawer.drawsInIterations {
          let (result, _) = evaluator.evaluateDrawing(
            answers, drawer: drawer, random: &random, today: today, keepsAnswers: false, seed: respondentSeed)
          tally.add(result, outline: outline)
        } else {
          tally.add(evaluator.evaluateForCounting(answers, today: today, seed: respondentSeed), outline: outline)
        }
      }
      tallies.set(chunk, tally)
    }
    var tally = Tally(outline: outline)
    for t in tallies.all() { tally.merge(t) }
    return SimulationReport(
      outline: outline, tally: tally, survey: evaluator.form.survey, respondents: respondents, seed: seed,
      today: today, language: language ?? evaluator.form.languages.first ?? "",
      fallbacks: evaluator.form.languages)
  }

  /// The seed of one respondent: SplitMix64's mixing of the run's seed and the respondent's number.
  static func respondentSeed(_ seed: UInt64, _ respondent: Int) -> UInt64 {
    var r = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: respondent) &* 0xD1B5_4A32_D192_ED03))
    return r.next()
  }
}

/// The counts of one group of respondents.
struct Tally: Sendable {
  /// Respondents who reached each entry at least once.
  var reached: [Int]
  /// How many times each entry was reached in all (more than `reached` inside repeats).
  var times: [Int]
  /// For a repeat's entry: the iterations that ran in all.
  var iterations: [Int]
  /// The respondent who last reached each entry (a counter), so that an iteration does not count twice.
  private var lastSeen: [Int]
  private var respondent = 0
  var ends: [Int]
  var evaluated: [Int]
  var failed: [Int]
  var lengths: [Int] = []
  var completed = 0

  init(outline: FormOutline) {
    reached = Array(repeating: 0, count: outline.entries.count)
    times = reached
    iterations = reached
    lastSeen = Array(repeating: -1, count: outline.entries.count)
    ends = Array(repeating: 0, count: outline.endCount)
    evaluated = Array(repeating: 0, count: outline.checks.count)
    failed = Array(repeating: 0, count: outline.checks.count)
  }

  mutating func add(_ result: FormEvaluation, outline: FormOutline) {
    var length = 0
    respondent += 1
    for path in result.shown {
      let (id, isIteration) = FormOutline.item(of: path)
      guard let i = outline.index[id] else { continue }
      if isIteration {
        iterations[i] += 1
        continue
      }
      times[i] += 1
      if lastSeen[i] != respondent {
        lastSeen[i] = respondent
        reached[i] += 1
      }
      let entry = outline.entries[i]
      if entry.isQuestion { length += 1 }
      if let first = entry.firstCheck, result.values[path] != nil {
        var k = first
        while k < outline.checks.count && outline.checks[k].question == id {
          evaluated[k] += 1
          k += 1
        }
      }
    }
    lengths.append(length)
    if let end = result.end, end.index < ends.count { ends[end.index] += 1 } else { completed += 1 }
    for f in result.failedChecks {
      let id = FormOutline.item(of: f.question).id
      if let first = outline.firstCheck[id], first + f.check < failed.count { failed[first + f.check] += 1 }
    }
  }

  mutating func merge(_ other: Tally) {
    for i in reached.indices {
      reached[i] += other.reached[i]
      times[i] += other.times[i]
      iterations[i] += other.iterations[i]
    }
    for i in ends.indices { ends[i] += other.ends[i] }
    for i in evaluated.indices {
      evaluated[i] += other.evaluated[i]
      failed[i] += other.failed[i]
    }
    lengths += other.lengths
    completed += other.completed
  }
}

/// The tallies of the threads, in chunk order.
private final class TallyBox: @unchecked Sendable {
  private let lock = NSLock()
  private var tallies: [Tally?]

  init(count: Int) { tallies = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ t: Tally) {
    lock.lock()
    tallies[i] = t
    lock.unlock()
  }

  func all() -> [Tally] {
    lock.lock()
    defer { lock.unlock() }
    return tallies.compactMap { $0 }
  }
}

/// The items of a form flattened in document order, with the branches around each, for reports.
struct FormOutline: Sendable {
  /// One `if` branch: which chain (in document order) and which branch of it.
  struct Branch: Sendable, Hashable {
    var chain: Int
    var branch: Int
  }

  struct Entry: Sendable {
    /// The item's id, or `end N` for the N-th end (from 1).
    var id: String
    var kind: String
    var depth: Int
    var path: [Branch]
    var isQuestion: Bool
    var endIndex: Int?
    /// The entries of the repeats around it, outermost first.
    var repeats: [Int] = []
    /// For a question with checks: the index of its first check in `checks` (as `firstCheck`, without a lookup).
    var firstCheck: Int?
  }

  struct Check: Sendable {
    var question: String
    var index: Int
    var source: String
    var isSoft = false
  }

  var entries: [Entry] = []
  var index: [String: Int] = [:]
  var endCount = 0
  /// Each end's message, by the end's index.
  var endMessages: [FormText] = []
  var checks: [Check] = []
  var firstCheck: [String: Int] = [:]
  /// Every chain's branches as (condition source or nil for else).
  var chains: [[String?]] = []

  /// The entries of the repeats around the items being walked.
  private var repeats: [Int] = []

  init(form: FormModel) {
    walk(form.items, depth: 0, path: [])
  }

  /// The item id of a shown path (`person[2].age` is `age`), and whether the path is an iteration (`person[2]`
  /// is an iteration of `person`).
  static func item(of path: String) -> (id: String, isIteration: Bool) {
    guard let close = path.utf8.lastIndex(of: UInt8(ascii: "]")) else { return (path, false) }
    let after = path.utf8.index(after: close)
    if after == path.utf8.endIndex {
      // `person[2].job[1]`: the repeat's name is before the last `[`, after the dot before it.
      let open = path.utf8[..<close].lastIndex(of: UInt8(ascii: "[")) ?? close
      let start = path.utf8[..<open].lastIndex(of: UInt8(ascii: ".")).map { path.utf8.index(after: $0) }
      return (String(path[(start ?? path.startIndex)..<open]), true)
    }
    return (String(path[path.utf8.index(after: after)...]), false)
  }

  private mutating func add(_ id: String, _ kind: String, _ depth: Int, _ path: [Branch], question: Bool = false) {
    index[id] = entries.count
    entries.append(
      Entry(id: id, kind: kind, depth: depth, path: path, isQuestion: question, endIndex: nil, repeats: repeats))
  }

  private mutating func walk(_ items: [FormItem], depth: Int, path: [Branch]) {
    for item in items {
      switch item {
      case .section(let s):
        add(s.id, "section", depth, path)
        walk(s.items, depth: depth + 1, path: path)
      case .question(let q):
        add(q.id, "question", depth, path, question: true)
        if !q.checks.isEmpty {
          firstCheck[q.id] = checks.count
          entries[entries.count - 1].firstCheck = checks.count
        }
        for (i, c) in q.checks.enumerated() {
          checks.append(Check(question: q.id, index: i, source: c.source, isSoft: c.isSoft))
        }
      case .grid(let g): add(g.id, "grid", depth, path, question: true)
      case .calculate(let c): add(c.id, "calculate", depth, path)
      case .note(let n): add(n.id, "note", depth, path)
      case .conditional(let branches):
        let chain = chains.count
        chains.append(branches.map(\.source))
        for (b, branch) in branches.enumerated() {
          walk(branch.items, depth: depth, path: path + [Branch(chain: chain, branch: b)])
        }
      case .repeat(let r):
        add(r.id, "repeat", depth, path)
        repeats.append(entries.count - 1)
        walk(r.items, depth: depth + 1, path: path)
        repeats.removeLast()
      case .end(let e):
        entries.append(
          Entry(
            id: "end \(e.index + 1)", kind: "end", depth: depth, path: path, isQuestion: false, endIndex: e.index,
            repeats: repeats))
        endCount = max(endCount, e.index + 1)
        while endMessages.count < endCount { endMessages.append(FormText([:])) }
        endMessages[e.index] = e.message
      }
    }
  }
}
