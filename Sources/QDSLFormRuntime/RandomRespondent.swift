// Random answers for `qdsl simulate`: one answer per question and grid row, drawn within the question's type,
// bounds and options; optional questions are sometimes left unanswered, required ones never. Questions inside
// repeats are drawn when an iteration reaches them (FormEvaluator.evaluateDrawing), so a count drawn from a
// question's bounds decides how many are drawn.

import QDSLText

/// Draws respondents' answers for a form.
public struct RandomRespondent: Sendable {
  /// How often an optional question is left unanswered.
  public static let skipChance = 0.15
  /// How often a `many of` answer is one exclusive option alone, when the list has one.
  public static let exclusiveChance = 0.1
  /// How likely each other option of a `many of` answer is chosen.
  public static let optionChance = 0.35
  /// How often a text question checked with `matches(q, "…")` gets a text drawn from the pattern (else a word).
  public static let patternChance = 0.85

  /// What to draw for one variable, prepared once per form.
  enum Draw: Sendable {
    /// Whole numbers from `lo` to `hi`, drawn as Doubles and kept within `range` exactly.
    case integer(lo: Double, hi: Double, range: ClosedRange<Int>)
    case decimal(lo: Double, hi: Double)
    /// A word, or with `patterns` (from the question's checks `matches(q, "…")`) mostly a text matching one.
    case text(maxLength: Int, patterns: [FormPattern] = [])
    case date, time, datetime
    /// A paradata value the collector would record: a start time during the day, a device, a user.
    case paradata(FormParadataKind)
    case one([Int])
    case many(plain: [Int], exclusive: [Int])
    /// Every option, in a random order (Fisher-Yates from the last option down).
    case rank([Int])
  }

  let draws: [(name: String, draw: Draw, required: Bool)]
  /// The variables inside repeats, drawn once per iteration that reaches them.
  let repeatedDraws: [String: (draw: Draw, required: Bool)]
  /// The date answers are drawn around: up to ten years before it and a month after, or (half of them) up to a
  /// hundred years before it, so that ages computed from dates of birth reach adults too.
  public let today: FormDate

  public init(form: FormModel, today: FormDate) {
    self.today = today
    var draws: [(String, Draw, Bool)] = []
    var repeated: [String: (Draw, Bool)] = [:]
    let patterns = Self.checkedPatterns(form.items)
    let offeredWhenAsked = form.variablesWithOfferedOptions
    for var v in form.variables {
      // Drawn from the options offered when the question is reached, like a repeated one.
      if offeredWhenAsked.contains(v.name) && v.repeats.isEmpty { v.repeats = [""] }
      let codes = { (list: String) in form.choiceList(named: list)?.options ?? [] }
      switch v.kind {
      case .calculate: continue
      case .paradata(let kind):
        // `end` and `today` come from the clock when the interview is evaluated.
        if kind == .start || kind == .device || kind == .user { draws.append((v.name, .paradata(kind), true)) }
      case .gridRow(let list):
        if v.repeats.isEmpty {
          draws.append((v.name, .one(codes(list).map(\.code)), v.isRequired))
        } else {
          repeated[v.name] = (.one(codes(list).map(\.code)), v.isRequired)
        }
      case .question(let type), .sample(let type):
        let draw: Draw
        switch type {
        case .integer(let min, let max):
          // A missing bound is 100 from the other, within the 64 bits of an Int.
          let lo = min ?? max.map { $0 >= Int.min + 100 ? $0 - 100 : Int.min } ?? 0
          let hi = max ?? (lo <= Int.max - 100 ? lo + 100 : Int.max)
          if lo <= hi {
            draw = .integer(lo: Double(lo), hi: Double(hi), range: lo...hi)
          } else {
            draw = .integer(lo: 1, hi: 0, range: 0...0)
          }
        case .decimal(let min, let max):
          let lo = min ?? (max.map { $0 - 100 } ?? 0)
          draw = .decimal(lo: lo, hi: max ?? lo + 100)
        case .text(let maxLength): draw = .text(maxLength: maxLength ?? 40, patterns: patterns[v.name] ?? [])
        case .date: draw = .date
        case .time: draw = .time
        case .datetime: draw = .datetime
        case .one(let list): draw = .one(codes(list).map(\.code))
        case .many(let list, _):
          let options = codes(list)
          draw = .many(
            plain: options.filter { !$0.isExclusive }.map(\.code), exclusive: options.filter(\.isExclusive).map(\.code))
        case .rank(let list, _): draw = .rank(codes(list).map(\.code))
        }
        if v.repeats.isEmpty {
          draws.append((v.name, draw, v.isRequired))
        } else {
          repeated[v.name] = (draw, v.isRequired)
        }
      }
    }
    self.draws = draws
    repeatedDraws = repeated
  }

  /// The patterns of `matches(q, "…")` in the checks of each text question `q`, by variable name.
  static func checkedPatterns(_ items: [FormItem]) -> [String: [FormPattern]] {
    var out: [String: [FormPattern]] = [:]
    func find(_ e: FormExpr, _ name: String) {
      guard case .apply(let op, let args) = e else { return }
      if op == .matches, args.count == 2, case .variable(name) = args[0], case .text(let p) = args[1],
        let pattern = FormPattern(p)
      {
        out[name, default: []].append(pattern)
      }
      for a in args { find(a, name) }
    }
    func walk(_ items: [FormItem]) {
      for item in items {
        switch item {
        case .question(let q):
          guard case .text = q.type, let name = q.variable else { continue }
          for check in q.checks { find(check.condition, name) }
        case .section(let s): walk(s.items)
        case .conditional(let branches): for b in branches { walk(b.items) }
        case .repeat(let r): walk(r.items)
        default: break
        }
      }
    }
    walk(items)
    return out
  }

  /// Whether the form has questions inside repeats (drawn during the evaluation, not by `answers`).
  public var drawsInIterations: Bool { !repeatedDraws.isEmpty }

  /// A random answer to a repeated question or grid row `name`, or nil (left unanswered).
  func draw(_ name: String, offered: Set<Int>? = nil, _ random: inout SplitMix64) -> AnswerValue? {
    guard case (var draw, let required)? = repeatedDraws[name] else { return nil }
    if let offered {
      // In the list's order, so that a seed draws the same answers in every run.
      switch draw {
      case .one(let codes): draw = .one(codes.filter(offered.contains))
      case .many(let plain, let exclusive):
        draw = .many(plain: plain.filter(offered.contains), exclusive: exclusive.filter(offered.contains))
      default: break
      }
    }
    if !required && random.chance(Self.skipChance) { return nil }
    return Self.answer(draw, today: today, &random)
  }

  /// One respondent's answers (to every question outside repeats, shown or not: the evaluator ignores the ones
  /// not shown).
  public func answers(_ random: inout SplitMix64) -> [String: AnswerValue] {
    var out: [String: AnswerValue] = [:]
    out.reserveCapacity(draws.count)
    for (name, draw, required) in draws {
      if !required && random.chance(Self.skipChance) { continue }
      if let answer = Self.answer(draw, today: today, &random) { out[name] = answer }
    }
    return out
  }

  /// A date up to ten years before `today` and a month after, or (half the time) up to a hundred years before it.
  static func drawDate(_ today: FormDate, _ random: inout SplitMix64) -> FormDate {
    let span = random.chance(0.5) ? 3652 : 36524
    return FormDate(days: today.days - span + random.below(span + 31))
  }

  static func answer(_ draw: Draw, today: FormDate, _ random: inout SplitMix64) -> AnswerValue? {
    switch draw {
    case .integer(let lo, let hi, let range):
      guard hi >= lo else { return nil }
      let x = min(hi, (lo + (random.unit() * (hi - lo + 1)).rounded(.down)))
      // Exact within the range: near 2⁶³ a Double is coarser than the whole numbers.
      let whole = x >= 0x1p63 ? Int.max : (x < -0x1p63 ? Int.min : Int(x))
      return .number(.integer(Swift.min(range.upperBound, Swift.max(range.lowerBound, whole))))
    case .decimal(let lo, let hi):
      guard hi >= lo else { return nil }
      return .number(.decimal(min(hi, max(lo, ((lo + random.unit() * (hi - lo)) * 100).rounded() / 100))))
    case .text(let maxLength, let patterns):
      if !patterns.isEmpty, random.chance(patternChance),
        let text = patterns[random.below(patterns.count)].sample(&random),
        text.unicodeScalars.count <= maxLength
      {
        return .text(text)
      }
      let words = ["ok", "yes", "fine", "some remarks", "a longer free-text answer"]
      let word = words[random.below(words.count)]
      return .text(String(word.prefix(max(1, maxLength))))
    case .date:
      return .date(drawDate(today, &random).description)
    case .time:
      return .time((FormTime(wrapping: random.below(1440))).description)
    case .datetime:
      let date = drawDate(today, &random)
      return .datetime(
        FormDateTime(date: date, time: FormTime(wrapping: random.below(1440))).description)
    case .paradata(.start):
      // An interview starting between 08:00 and 18:00 on the day of the interviews.
      let time = FormTime(wrapping: 8 * 60 + random.below(10 * 60))
      return .datetime(FormDateTime(date: today, time: time).description)
    case .paradata(.device):
      return .text("device-\(1 + random.below(20))")
    case .paradata(.user):
      return .text("interviewer-\(1 + random.below(20))")
    case .paradata:
      return nil
    case .one(let codes):
      guard !codes.isEmpty else { return nil }
      return .code(codes[random.below(codes.count)])
    case .many(let plain, let exclusive):
      if !exclusive.isEmpty && (plain.isEmpty || random.chance(exclusiveChance)) {
        return .codes([exclusive[random.below(exclusive.count)]])
      }
      guard !plain.isEmpty else { return nil }
      var chosen = Set<Int>()
      for code in plain where random.chance(optionChance) { chosen.insert(code) }
      if chosen.isEmpty { chosen.insert(plain[random.below(plain.count)]) }
      return .codes(chosen)
    case .rank(let codes):
      guard !codes.isEmpty else { return nil }
      var order = codes
      for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, random.below(i + 1)) }
      return .ranking(order)
    }
  }
}
