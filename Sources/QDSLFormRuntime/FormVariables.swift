// The variables of a form by name (questions, grid rows, calculates), with what answers them, the choice list
// their options come from and the repeats around them. A calculate's list is not in the JSON; it is read off its
// formula.

/// One variable of a form.
public struct FormVariable: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case question(FormQuestionType)
    /// A grid row: a `one of` answer from the grid's list.
    case gridRow(choices: String)
    case calculate(FormValueType)
    /// Filled by the collector (a paradata field).
    case paradata(FormParadataKind)
    /// Supplied by the sample file (a sample variable), read like an answer of its type.
    case sample(FormQuestionType)
  }

  /// The name used in expressions, pipes and answers: `staff`, `culture.risk`.
  public var name: String
  public var kind: Kind
  /// The choice list of a `one of` or `many of` value, for labels.
  public var choices: String?
  public var isRequired: Bool
  /// The repeats around the variable, outermost first (empty outside repeats): its answers are keyed by
  /// instance paths such as `person[2].age`.
  public var repeats: [String] = []
}

extension FormModel {
  /// Every variable in document order.
  public var variables: [FormVariable] {
    var out: [FormVariable] = []
    var byName: [String: FormVariable] = [:]
    func add(_ v: FormVariable) {
      var v = v
      v.repeats = chain
      out.append(v)
      byName[v.name] = v
    }
    var repeatChoices: [String: String] = [:]
    var chain: [String] = []
    func list(of e: FormExpr) -> String? {
      switch e {
      case .option(_, let choices, _): return choices
      case .variable(let name), .instance(let name, _): return byName[name]?.choices
      case .iteration(let r): return repeatChoices[r]
      case .apply(.coalesce, let args): return args.lazy.compactMap(list).first
      default: return nil
      }
    }
    func walk(_ items: [FormItem]) {
      for item in items {
        switch item {
        case .section(let s): walk(s.items)
        case .conditional(let branches): for b in branches { walk(b.items) }
        case .question(let q):
          var choices: String?
          switch q.type {
          case .one(let c), .many(let c, _), .rank(let c, _): choices = c
          default: choices = nil
          }
          add(FormVariable(name: q.id, kind: .question(q.type), choices: choices, isRequired: q.isRequired))
        case .grid(let g):
          for row in g.rows {
            add(
              FormVariable(
                name: row.id, kind: .gridRow(choices: g.choices), choices: g.choices, isRequired: g.isRequired))
          }
        case .calculate(let c):
          let choices = c.type == .one ? list(of: c.formula) : nil
          add(FormVariable(name: c.id, kind: .calculate(c.type), choices: choices, isRequired: false))
        case .repeat(let r):
          repeatChoices[r.id] = r.choices
          chain.append(r.id)
          walk(r.items)
          chain.removeLast()
        case .note, .end: break
        }
      }
    }
    for p in paradata {
      let v = FormVariable(name: p.variable, kind: .paradata(p.kind), choices: nil, isRequired: false)
      out.append(v)
      byName[v.name] = v
    }
    for sample in samples {
      var choices: String?
      if case .one(let c) = sample.type { choices = c }
      let v = FormVariable(
        name: sample.variable, kind: .sample(sample.type), choices: choices, isRequired: !sample.isOptional)
      out.append(v)
      byName[v.name] = v
    }
    walk(items)
    return out
  }
}
