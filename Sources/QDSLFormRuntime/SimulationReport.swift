// What `qdsl simulate` reports: the share of respondents reaching each item, the items nobody reaches and the
// condition that blocks them, checks that never or always fail, interview lengths and how often each end fires,
// and for repeats the iterations run and how many times each repeated item is asked; as text for people and JSON
// for scripts.

import QDSLText

/// The result of a simulation.
public struct SimulationReport: Sendable {
  public struct Item: Sendable, Equatable {
    /// The item's id, or `end N` for the N-th end (from 1).
    public var id: String
    /// `section`, `question`, `grid`, `calculate`, `note`, `repeat` or `end`.
    public var kind: String
    public var depth: Int
    /// Respondents who reached it (for an end: at whom it fired); inside a repeat, at least once.
    public var reached: Int
    /// Inside a repeat: how many times it was reached in all, over every iteration of every respondent; nil
    /// outside repeats.
    public var times: Int?
    /// For a repeat: how many iterations ran in all; nil for other items.
    public var iterations: Int?
    /// For an item nobody reached: why, in words (the condition that never held, or the ends before it).
    public var blockedBy: String?
    /// For an end: its message in the report's language.
    public var message: String?

    /// How the text report names the item: `question staff`, or `end 2 "Thank you for your …"`.
    var label: String {
      guard kind == "end" else { return "\(kind) \(id)" }
      guard let message, !message.isEmpty else { return id }
      return "\(id) \"\(SimulationReport.firstWords(message))\""
    }
  }

  public struct Check: Sendable, Equatable {
    public var question: String
    public var index: Int
    public var source: String
    /// Respondents who answered the question (a check runs only then).
    public var evaluated: Int
    public var failed: Int
    /// A soft check: a respondent for whom it fails may confirm the answer and go on.
    public var isSoft = false
  }

  public var survey: String
  public var respondents: Int
  public var seed: UInt64
  public var today: FormDate
  public var items: [Item]
  public var checks: [Check]
  /// Respondents who reached the last item without an end firing.
  public var completed: Int
  /// Interview length in questions (questions and grids shown): min, median, 90th percentile, max.
  public var lengthMin = 0, lengthMedian = 0, lengthP90 = 0, lengthMax = 0

  init(
    outline: FormOutline, tally: Tally, survey: String, respondents: Int, seed: UInt64, today: FormDate,
    language: String, fallbacks: [String]
  ) {
    self.survey = survey
    self.respondents = respondents
    self.seed = seed
    self.today = today
    completed = tally.completed
    var taken = Set<FormOutline.Branch>()
    var items: [Item] = []
    for (i, e) in outline.entries.enumerated() {
      let count = e.endIndex.map { tally.ends[$0] } ?? tally.reached[i]
      if count > 0 { taken.formUnion(e.path) }
      let message = e.endIndex.flatMap { outline.endMessages[$0].template(language, fallbacks: fallbacks) }
      items.append(
        Item(
          id: e.id, kind: e.kind, depth: e.depth, reached: count, times: e.repeats.isEmpty ? nil : tally.times[i],
          iterations: e.kind == "repeat" ? tally.iterations[i] : nil, blockedBy: nil, message: message))
    }
    for (i, e) in outline.entries.enumerated() where items[i].reached == 0 && respondents > 0 {
      items[i].blockedBy = Self.blocker(e, items: items, outline: outline, taken: taken)
    }
    self.items = items
    checks = outline.checks.enumerated().map { k, c in
      Check(
        question: c.question, index: c.index, source: c.source, evaluated: tally.evaluated[k], failed: tally.failed[k],
        isSoft: c.isSoft)
    }
    let lengths = tally.lengths.sorted()
    if let first = lengths.first, let last = lengths.last {
      func rank(_ p: Double) -> Int {
        let r = Int((p * Double(lengths.count)).rounded(.up)) - 1
        return lengths[max(0, min(lengths.count - 1, r))]
      }
      lengthMin = first
      lengthMedian = rank(0.5)
      lengthP90 = rank(0.9)
      lengthMax = last
    }
  }

  /// Why nobody reached an item: the repeat around it that nobody reached or that never ran an iteration, else
  /// the outermost branch around it that nobody took, else the ends before it.
  static func blocker(
    _ e: FormOutline.Entry, items: [Item], outline: FormOutline, taken: Set<FormOutline.Branch>
  ) -> String {
    for r in e.repeats {
      if items[r].reached == 0 { return blocker(outline.entries[r], items: items, outline: outline, taken: taken) }
      if items[r].iterations == 0 { return "its repeat \(items[r].id) never ran an iteration" }
    }
    let chains = outline.chains
    for step in e.path where !taken.contains(step) {
      let sources = chains[step.chain]
      if let source = sources[step.branch] {
        return step.branch == 0
          ? "its condition `\(source)` never held"
          : "its condition `\(source)` never held when the earlier branches did not"
      }
      let earlier = sources[..<step.branch].compactMap { $0 }.map { "`\($0)`" }.joined(separator: " or ")
      return "it is an else branch, and an earlier condition (\(earlier)) always held"
    }
    return "every respondent who got this far stopped at an end before it"
  }

  public var ends: [Item] { items.filter { $0.kind == "end" } }

  /// The first words of a message, enough to recognise it: at most six words or 40 characters, with "…" when
  /// cut; line breaks and runs of spaces become one space.
  static func firstWords(_ message: String) -> String {
    let words = message.split(whereSeparator: { $0.isWhitespace })
    var out = ""
    for (i, word) in words.enumerated() {
      let next = out.isEmpty ? String(word) : out + " " + word
      if i == 6 || (next.count > 40 && !out.isEmpty) { return out + "…" }
      out = next
    }
    return out
  }
  public var unreached: [Item] { items.filter { $0.reached == 0 } }

  /// The mean of `total` over the respondents who reached an item, with one decimal.
  static func mean(_ total: Int, _ reached: Int) -> String {
    let tenths = Int((Double(total) * 10 / Double(max(reached, 1))).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// After a repeat or an item inside one in the text report: the mean iterations or times asked per respondent
  /// who reached it.
  func repeatNote(_ item: Item) -> String {
    guard item.reached > 0 else { return "" }
    if let n = item.iterations { return "  (\(Self.mean(n, item.reached)) iterations per respondent reaching it)" }
    guard let n = item.times, item.kind != "end" else { return "" }
    return "  (\(Self.mean(n, item.reached)) times per respondent asked)"
  }

  func percent(_ n: Int) -> String {
    guard respondents > 0 else { return "0.0%" }
    let tenths = (Double(n) * 1000 / Double(respondents)).rounded()
    let whole = Int(tenths) / 10
    return "\(whole).\(Int(tenths) % 10)%"
  }

  // MARK: text

  public func text(path: String) -> String {
    var out = "\(path): \(respondents) random respondents (seed \(seed), today \(today))\n\n"
    out += "Reach: the share of respondents who reach each item\n"
    for item in items {
      let share = percent(item.reached)
      let pad = String(repeating: " ", count: max(0, 7 - share.count))
      let indent = String(repeating: "  ", count: item.depth)
      out += "  \(pad)\(share)  \(indent)\(item.label)\(repeatNote(item))\n"
    }
    out += "\nEnds\n"
    for end in ends { out += "  \(end.label): fired for \(end.reached) (\(percent(end.reached)))\n" }
    out += "  reached the last item: \(completed) (\(percent(completed)))\n"
    out +=
      "\nInterview length in questions: min \(lengthMin), median \(lengthMedian), p90 \(lengthP90), max \(lengthMax)\n"
    out += "\nChecks\n"
    if checks.isEmpty { out += "  none\n" }
    for c in checks {
      var verdict = ""
      if c.evaluated == 0 {
        verdict = "never run: nobody answered \(c.question)"
      } else if c.failed == 0 {
        verdict = "never fails"
      } else if c.failed == c.evaluated {
        verdict = "always fails"
      } else {
        verdict = "fails for \(c.failed) of \(c.evaluated)"
      }
      if c.isSoft && c.failed > 0 && c.failed < c.evaluated { verdict += " (soft: confirmed and kept)" }
      out += "  \(c.question) \(c.isSoft ? "soft check" : "check") \(c.index + 1) `\(c.source)`: \(verdict)\n"
    }
    let nobody = unreached
    if !nobody.isEmpty {
      out += "\n"
      for item in nobody {
        out += "warning: \(item.label) is reached by no respondent: "
        out += "\(item.blockedBy ?? "no respondent got this far")\n"
      }
    }
    return out
  }

  // MARK: JSON

  public func json(path: String) -> String {
    var items: [JSON] = []
    for item in self.items {
      var object: JSONObject = [
        "id": .string(item.id), "kind": .string(item.kind), "reached": .int(item.reached),
        "share": .number(respondents > 0 ? Double(item.reached) / Double(respondents) : 0),
        "blockedBy": item.blockedBy.map(JSON.string) ?? .null,
      ]
      if let n = item.iterations { object["iterations"] = .int(n) }
      if let n = item.times, item.kind != "end" { object["timesReached"] = .int(n) }
      items.append(.object(object))
    }
    let checks = self.checks.map { c -> JSON in
      var object: JSONObject = [
        "question": .string(c.question), "check": .int(c.index), "source": .string(c.source),
        "evaluated": .int(c.evaluated), "failed": .int(c.failed), "neverFails": .bool(c.evaluated > 0 && c.failed == 0),
        "alwaysFails": .bool(c.evaluated > 0 && c.failed == c.evaluated),
      ]
      if c.isSoft { object["soft"] = .bool(true) }
      return .object(object)
    }
    let root = JSON.object([
      "file": .string(path), "survey": .string(survey), "respondents": .int(respondents), "seed": .string(String(seed)),
      "today": .string(today.description), "items": .array(items),
      "ends": .array(
        ends.enumerated().map { i, e in
          .object(["index": .int(i), "message": .string(e.message ?? ""), "fired": .int(e.reached)])
        }),
      "completed": .int(completed),
      "length": .object([
        "min": .int(lengthMin), "median": .int(lengthMedian), "p90": .int(lengthP90), "max": .int(lengthMax),
      ]), "checks": .array(checks), "unreached": .array(unreached.map { .string($0.id) }),
    ])
    return root.render() + "\n"
  }
}
