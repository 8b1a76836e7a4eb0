// Text variants (`text if COND { … }`), defaults (`default EXPR`) and soft checks: lowering and their checks
// (the order of variants and plain text, a default that fits the answer, variants never shown).

import QDSLSyntax

/// The text variants of one item while its parts are lowered: the universe where every earlier variant fails
/// (where the next variant's condition, and at the end the plain text, are evaluated).
struct VariantChain {
  var variants: [TextVariant] = []
  /// The universe of the item narrowed by every earlier variant failing.
  var failed: UniverseID
  /// Where the plain text was given, once it was.
  var plainText: TextRange?

  init(universe: UniverseID) { failed = universe }
}

extension CheckerState {
  /// Lowers `text if COND { … }` of an item (`itemWord` "question", "grid" or "note", named `itemName`) declared at
  /// `ordinal`: the condition reads earlier answers, the text is checked like a text under the condition, and the
  /// chain advances past it.
  mutating func lowerTextVariant(
    _ part: NodeID, itemWord: String, itemName: String, ordinal: Int, selfVariable: VariableID?,
    chain: inout VariantChain
  ) {
    let first = tree.firstSignificantToken(part).map(range) ?? tree.range(part)
    let keyword = tree.token(part, .kwIf).map { TextRange(first.start, range($0).end) } ?? first
    if let plain = chain.plainText {
      report(
        Diagnostic(
          .misplacedVariant,
          "a text variant of the \(itemWord) '\(itemName)' comes after its plain text; the plain text is shown when "
            + "no variant holds, so it comes last", at: keyword, related: [.init(plain, "the plain text")],
          help: "move this 'text if' above the plain 'text { … }'"))
    }
    let conditionScope = Scope(
      ordinal: ordinal, selfVariable: selfVariable, allowSelf: false, universe: chain.failed,
      what: "the condition of a text variant")
    let condition = lowerCondition(tree.expression(in: part), scope: conditionScope, fallback: keyword)
    let shownIn = condition.type == .boolean ? addUniverse(chain.failed, .holds(condition)) : chain.failed
    let textScope = Scope(
      ordinal: ordinal, selfVariable: selfVariable, allowSelf: false, universe: shownIn,
      what: "the text of the \(itemWord)")
    guard let block = tree.child(part, .translations) else { return }
    let text = lowerText(
      block, anchor: keyword, what: "a text variant of the \(itemWord) '\(itemName)'", scope: textScope)
    chain.variants.append(TextVariant(condition: condition, text: text, keywordRange: keyword))
    if condition.type == .boolean { chain.failed = addUniverse(chain.failed, .fails(condition)) }
  }

  /// After an item's parts: an item with variants still needs a plain text (QD3017, instead of "has no text"), and
  /// a variant that can never be shown, or one that always holds (hiding the plain text), is a warning. Returns
  /// whether the missing plain text was reported.
  mutating func finishVariants(
    _ chain: VariantChain, itemWord: String, itemName: String, nameRange: TextRange, universe: UniverseID,
    itemRange: TextRange
  ) -> Bool {
    guard !chain.variants.isEmpty else { return false }
    var reported = false
    if chain.plainText == nil && !hasSyntaxError(in: itemRange) {
      reported = true
      report(
        Diagnostic(
          .misplacedVariant,
          "the \(itemWord) '\(itemName)' has text variants but no plain text, which is shown when no variant holds "
            + "(and in codebooks)", at: nameRange,
          related: chain.variants.prefix(1).map { .init($0.keywordRange, "the first variant") },
          help: "add the plain wording after the variants: text { "
            + survey.languages.map { "\($0) \"…\"" }.joined(separator: " ") + " }"))
    }
    checkVariantsShown(chain.variants, itemWord: itemWord, itemName: itemName, base: universe)
    return reported
  }

  /// QD4015: a variant whose condition cannot hold where the item is shown once the earlier variants failed, and a
  /// variant that always holds there (so the later variants and the plain text are never shown). Linear in the
  /// variants: the alternatives are narrowed along the chain as for an `else if` chain.
  private mutating func checkVariantsShown(
    _ variants: [TextVariant], itemWord: String, itemName: String, base: UniverseID
  ) {
    let sat = Satisfiability(survey: survey, base: base)
    let vars = variants.reduce(into: Set<VariableID>()) { $0.formUnion($1.condition.variables) }
    let outer = relevantFacts(to: base, sharing: vars).map(survey.fact)
    guard var terms = sat.apply(.and(outer), to: Satisfiability.everything), !terms.isEmpty else { return }
    for (i, variant) in variants.enumerated() {
      let c = variant.condition
      guard c.type == .boolean else { continue }
      if sat.check([survey.formula(c, positive: true)], from: terms) == .unsatisfiable {
        report(
          Diagnostic(
            .variantNeverShown,
            "this text variant of the \(itemWord) '\(itemName)' is never shown: its condition cannot hold where the "
              + "\(itemWord) is shown" + (i > 0 ? ", or an earlier variant already holds whenever it does" : ""),
            at: c.range, related: [.init(variant.keywordRange, "the variant")],
            help: "remove the variant, or correct its condition (or the earlier variant's)"))
        continue
      }
      guard let next = sat.apply(survey.formula(c, positive: false), to: terms) else { return }
      if next.isEmpty {
        let later = i + 1 < variants.count ? "the later variants and the plain text are" : "the plain text is"
        report(
          Diagnostic(
            .variantNeverShown,
            "this text variant always holds where the \(itemWord) '\(itemName)' is shown, so \(later) never shown",
            at: c.range, related: [.init(variant.keywordRange, "the variant")],
            help: "make this wording the plain text (and remove the variant), or narrow its condition"))
        return
      }
      terms = next
    }
  }

  /// Lowers `default EXPR` of a question: the value must fit the answer (QD3016), and may read earlier answers
  /// only (the order rule, as for a calculate). Nil when there is no usable default.
  mutating func lowerDefault(_ clause: NodeID, question v: VariableID, universe: UniverseID) -> Expr? {
    let variable = survey.variables[v]
    let keyword = tree.firstSignificantToken(clause).map(range) ?? tree.range(clause)
    guard let node = tree.expression(in: clause) else { return nil }
    let type = variable.questionType ?? .invalid
    // A question whose type is already an error (an unknown list) has no answer for a default to fit.
    if case .invalid = type { return nil }
    var list: ListID?
    switch type {
    case .oneOf(let l), .manyOf(let l): list = l
    default: break
    }
    let scope = Scope(
      ordinal: variable.ordinal, selfVariable: v, allowSelf: false, universe: universe,
      what: "the default of '\(variable.name)'")
    let e = lowerExpression(node, scope: scope, fallback: keyword, options: list)
    guard e.type != .error, !hasSyntaxError(in: tree.range(clause)) else { return nil }
    if let problem = defaultProblem(e, type: type) {
      report(
        Diagnostic(
          .defaultMismatch, "the default of '\(variable.name)' \(problem.message)", at: e.range,
          help: problem.help,
          fixes: nearestBound(e, type: type).map { [.init(title: "use \($0)", range: e.range, replacement: $0)] } ?? [])
      )
      return nil
    }
    return e
  }

  /// For a number written out beyond the question's range: the bound nearest to it, as source.
  private func nearestBound(_ e: Expr, type: QuestionType) -> String? {
    guard let x = Survey.constantNumber(e) else { return nil }
    switch type {
    case .integer(let lo, let hi):
      if let lo, x < Double(lo) { return String(lo) }
      if let hi, x > Double(hi) { return String(hi) }
    case .decimal(let lo, let hi):
      if let lo, x < lo { return Survey.formatDecimal(lo) }
      if let hi, x > hi { return Survey.formatDecimal(hi) }
    default:
      break
    }
    return nil
  }

  /// Why a default does not fit a question of type `type`, with a help; nil when it fits.
  private func defaultProblem(_ e: Expr, type: QuestionType) -> (message: String, help: String)? {
    let constant = Survey.constantNumber(e)
    func outside(_ lo: Double?, _ hi: Double?, _ spelled: String) -> (String, String)? {
      guard let x = constant else { return nil }
      if let lo, x < lo { return ("is below the question's range \(spelled)", "choose a default inside \(spelled)") }
      if let hi, x > hi { return ("is above the question's range \(spelled)", "choose a default inside \(spelled)") }
      return nil
    }
    func mismatch(_ wanted: String, _ help: String) -> (String, String) {
      ("must be \(wanted), but this is \(e.type.describe(survey))", help)
    }
    switch type {
    case .integer(let lo, let hi):
      guard e.type == .integer else { return mismatch("a whole number", "write a whole number, e.g. default 0") }
      return outside(
        lo.map(Double.init), hi.map(Double.init), "\(lo.map(String.init) ?? "")..\(hi.map(String.init) ?? "")")
    case .decimal(let lo, let hi):
      guard e.type.isNumber else { return mismatch("a number", "write a number, e.g. default 0.5") }
      return outside(
        lo, hi, "\(lo.map(Survey.formatDecimal) ?? "")..\(hi.map(Survey.formatDecimal) ?? "")")
    case .text(let max):
      guard e.type == .text else { return mismatch("a text", "write a text in quotes, e.g. default \"…\"") }
      if case .text(let s) = e.kind, let max, s.unicodeScalars.count > max {
        return ("is \(s.unicodeScalars.count) characters long, but the answer takes at most \(max)", "shorten it")
      }
      return nil
    case .date:
      guard e.type == .date else {
        return mismatch("a date", "write a date, e.g. default today() or default date(\"2024-01-31\")")
      }
      return nil
    case .oneOf(let l):
      if e.type == .option(l) || e.type == .oneOf(l) { return nil }
      return mismatch(
        "an option of '\(survey.lists[l].name)'",
        "name one of its options, e.g. default \(survey.lists[l].options.first?.name ?? "OPTION")")
    case .time:
      guard e.type == .time else { return mismatch("a time", "write a time, e.g. default time(\"08:00\")") }
      return nil
    case .datetime:
      guard e.type == .datetime else {
        return mismatch("a date and time", "write one, e.g. default datetime(\"2024-01-31T08:00\")")
      }
      return nil
    case .rank:
      return ("is not allowed here: a ranking is ordered by the respondent, and has no default", "remove the default")
    case .manyOf(let l):
      if e.type == .option(l) || e.type == .manyOf(l) { return nil }
      if e.type == .list(element: .option(l)) {
        if case .list(let items) = e.kind, items.count > 1,
          let exclusive = items.lazy.compactMap({ item -> String? in
            guard case .option(_, let i) = item.kind, self.survey.lists[l].options[i].isExclusive else { return nil }
            return self.survey.lists[l].options[i].name
          }).first
        {
          return (
            "chooses the exclusive option '\(exclusive)' together with others, which no answer can",
            "choose '\(exclusive)' alone, or leave it out"
          )
        }
        return nil
      }
      return mismatch(
        "options of '\(survey.lists[l].name)'",
        "name an option or a list of options, e.g. default [\(survey.lists[l].options.first?.name ?? "OPTION")]")
    case .invalid:
      return nil
    }
  }
}
