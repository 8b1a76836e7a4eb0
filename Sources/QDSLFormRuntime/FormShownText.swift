// The wording an evaluation showed for an item: the first text variant whose condition held, else the item's
// text, filled in the evaluation's language and iteration (what scenario files compare across runtimes).

extension FormEvaluator {
  /// The text shown for the question, grid or note at instance path `path` (`birth_date`, `person[2].birth_date`):
  /// its variant when one held there, else its text, pipes filled. Nil when the form has no such item.
  public func shownText(_ path: String, in evaluation: FormEvaluation) -> String? {
    var id = path
    var iteration = ""
    if let close = path.range(of: "].", options: .backwards) {
      id = String(path[close.upperBound...])
      iteration = String(path[..<close.upperBound].dropLast())
    }
    guard let (text, variants) = Self.texts(of: id, in: form.items) else { return nil }
    let chosen = evaluation.textVariants[path].flatMap { variants.indices.contains($0) ? variants[$0].text : nil }
    return fill(chosen ?? text, in: evaluation, iteration: iteration)
  }

  /// The text and variants of the item `id`, searched in document order.
  static func texts(of id: String, in items: [FormItem]) -> (FormText, [FormTextVariant])? {
    for item in items {
      switch item {
      case .question(let q) where q.id == id: return (q.text, q.variants)
      case .grid(let g) where g.id == id: return (g.text, g.variants)
      case .note(let n) where n.id == id: return (n.text, n.variants)
      case .section(let s): if let found = texts(of: id, in: s.items) { return found }
      case .repeat(let r): if let found = texts(of: id, in: r.items) { return found }
      case .conditional(let branches):
        for b in branches { if let found = texts(of: id, in: b.items) { return found } }
      default: break
      }
    }
    return nil
  }
}
