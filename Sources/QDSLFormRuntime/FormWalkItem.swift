// The form's items as the reference evaluator walks them, made once per evaluator: a question's parts are read
// in place from a class, so that walking past a question does not copy every text, check and variant it holds
// (a copy per question per respondent was a tenth of `qdsl validate-data`'s time). The other items keep their
// model values, their children made walk items too.

/// An item of the form, for the interview's walk (`Interview.walk`).
indirect enum FormWalkItem: Sendable {
  case section(FormSection, [FormWalkItem])
  case question(FormWalkQuestion)
  /// A grid and the `FormNameHash` of each row's id.
  case grid(FormGrid, [UInt64])
  case calculate(FormCalculate)
  case note(FormNote)
  case conditional([FormWalkBranch])
  case end(FormEnd)
  case `repeat`(FormRepeat, [FormWalkItem])

  /// The walk items of `items`, in order.
  static func make(_ items: [FormItem]) -> [FormWalkItem] {
    items.map { item in
      switch item {
      case .section(let s): return .section(s, make(s.items))
      case .question(let q): return .question(FormWalkQuestion(q))
      case .grid(let g): return .grid(g, g.rows.map { FormNameHash.of($0.id) })
      case .calculate(let c): return .calculate(c)
      case .note(let n): return .note(n)
      case .conditional(let branches):
        return .conditional(branches.map { FormWalkBranch(condition: $0.condition, items: make($0.items)) })
      case .end(let e): return .end(e)
      case .repeat(let r): return .repeat(r, make(r.items))
      }
    }
  }
}

/// A question, read in place, with the hash of its id (its instance path outside repeats, looked up in the
/// answers and values of every respondent).
final class FormWalkQuestion: Sendable {
  let question: FormQuestion
  let idHash: UInt64

  init(_ question: FormQuestion) {
    self.question = question
    idHash = FormNameHash.of(question.id)
  }
}

/// One branch of an `if` chain: its condition (nil for `else`) and its items.
struct FormWalkBranch: Sendable {
  let condition: FormExpr?
  let items: [FormWalkItem]
}
