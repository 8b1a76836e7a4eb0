// The options a question or grid offers at the point it is asked: those whose condition holds and that pass the
// question's filter (`{"attribute"}` reading each candidate's attributes). An answer not offered is cleared.

extension FormQuestionType {
  /// The choice list of a `one of` or `many of` question.
  public var choices: String? {
    switch self {
    case .one(let c), .many(let c, _): return c
    default: return nil
    }
  }
}

extension Interview {
  /// The codes offered from `list` now, or nil when every option is (no filter, and no option has a condition).
  mutating func offeredCodes(_ list: String?, filter: FormExpr?) -> Set<Int>? {
    guard let list, filter != nil || evaluator.conditionedLists.contains(list) else { return nil }
    guard let options = evaluator.lists[list]?.options else { return nil }
    var out = Set<Int>()
    for o in options {
      if let c = o.condition, !expressions.holds(c) { continue }
      if let filter {
        expressions.candidate = o.attributes
        let keep = expressions.holds(filter)
        expressions.candidate = nil
        if !keep { continue }
      }
      out.insert(o.code)
    }
    return out
  }

  /// An answer with options not offered: what is left of it (`.some(nil)` when nothing is); nil when all are
  /// offered.
  static func keep(_ value: FormValue, offered: Set<Int>) -> FormValue?? {
    switch value {
    case .code(let c): return offered.contains(c) ? nil : .some(nil)
    case .codes(let set):
      let kept = set.intersection(offered)
      if kept.count == set.count { return nil }
      return .some(kept.isEmpty ? nil : .codes(kept))
    default: return nil
    }
  }
}

extension FormModel {
  /// The questions with a filter and the questions and grid rows answered from a list with option conditions:
  /// what they offer depends on earlier answers.
  var variablesWithOfferedOptions: Set<String> {
    let conditioned = Set(choiceLists.filter { $0.options.contains { $0.condition != nil } }.map(\.name))
    var out = Set<String>()
    func walk(_ items: [FormItem]) {
      for item in items {
        switch item {
        case .section(let s): walk(s.items)
        case .conditional(let branches): for b in branches { walk(b.items) }
        case .repeat(let r): walk(r.items)
        case .question(let q):
          if q.filter != nil || q.type.choices.map(conditioned.contains) == true { out.insert(q.id) }
        case .grid(let g):
          if conditioned.contains(g.choices) { for row in g.rows { out.insert(row.id) } }
        case .calculate, .note, .end: break
        }
      }
    }
    walk(items)
    return out
  }
}
