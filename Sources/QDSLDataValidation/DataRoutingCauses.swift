// Why the routing did not ask a question that has an answer: the condition that decided it. For each question
// (grid row and repeat) the `if` branches around it; for a record's evaluation, the outermost branch around it that was
// not taken names the deciding condition (its own, or the earlier branch of the same `if` that was taken), and an
// `end` that fired before it names the condition of the branch that holds the `end`. The root cause is the first
// variable of that condition: the answers the routing skipped because of it are its consequences.

import QDSLFormRuntime

/// The deciding conditions of the routing, found from the form once.
struct DataRoutingCauses {
  /// One `if` branch around an item: the ids of the items in each branch of its `if` (to tell from the items shown
  /// whether a branch was taken), the first variable of each branch's condition, and which branch holds the item.
  struct Gate {
    var branchItems: [[String]]
    var branchVariables: [String?]
    var branch: Int
    /// How many repeats enclose the `if`.
    var depth: Int
  }

  private var gates: [String: [Gate]] = [:]
  private var positions: [String: Int] = [:]
  /// Each `end`'s position in document order and the first variable of the condition that fires it.
  private var ends: [(position: Int, variable: String?)] = []

  init(form: FormModel) {
    var stack: [Gate] = []
    var depth = 0
    var position = 0
    var ends: [Int: (Int, String?)] = [:]
    func walk(_ items: [FormItem]) {
      for item in items {
        position += 1
        switch item {
        case .section(let s): walk(s.items)
        case .question(let q):
          gates[q.id] = stack
          positions[q.id] = position
        case .grid(let g):
          for row in g.rows {
            gates[row.id] = stack
            positions[row.id] = position
          }
        case .calculate, .note: break
        case .end(let e):
          // The branch that holds the `end`; for an `else`, the first condition of its `if`.
          let variable = stack.last.flatMap { gate in
            gate.branchVariables[gate.branch] ?? gate.branchVariables.compactMap { $0 }.first
          }
          ends[e.index] = (position, variable)
        case .conditional(let branches):
          let itemIDs = branches.map { Self.ids($0.items) }
          let variables = branches.map { $0.condition.flatMap(Self.firstVariable) }
          for (b, branch) in branches.enumerated() {
            stack.append(Gate(branchItems: itemIDs, branchVariables: variables, branch: b, depth: depth))
            walk(branch.items)
            stack.removeLast()
          }
        case .repeat(let r):
          gates[r.id] = stack
          positions[r.id] = position
          depth += 1
          walk(r.items)
          depth -= 1
        }
      }
    }
    walk(form.items)
    self.ends = ends.sorted { $0.key < $1.key }.map(\.value)
  }

  /// The ids of the items that are listed as shown when reached (sections, questions, grids, calculates, notes,
  /// repeats), inside conditionals too.
  static func ids(_ items: [FormItem]) -> [String] {
    var out: [String] = []
    for item in items {
      switch item {
      case .section(let s):
        out.append(s.id)
        out += ids(s.items)
      case .question(let q): out.append(q.id)
      case .grid(let g): out.append(g.id)
      case .calculate(let c): out.append(c.id)
      case .note(let n): out.append(n.id)
      case .repeat(let r): out.append(r.id)
      case .conditional(let branches): for b in branches { out += ids(b.items) }
      case .end: break
      }
    }
    return out
  }

  /// The first variable an expression reads, or nil.
  static func firstVariable(_ e: FormExpr) -> String? {
    switch e {
    case .variable(let name): return name
    case .instance(let variable, _): return variable
    case .apply(_, let args):
      for a in args { if let v = firstVariable(a) { return v } }
      return nil
    case .aggregate(_, _, let value, let condition):
      return value.flatMap(firstVariable) ?? condition.flatMap(firstVariable)
    default: return nil
    }
  }

  /// The variable whose answer decided that `name` (at the iterations `steps`) was not asked, given the items shown
  /// and the `end` that fired; nil when no condition decided it.
  func cause(
    of name: String, steps: [(repeat: String, index: Int)], shown: Set<String>, end: FormEndReached?
  ) -> String? {
    if let end, end.index < ends.count, let position = positions[name], position > ends[end.index].position {
      return ends[end.index].variable
    }
    for gate in gates[name] ?? [] {
      let prefix = steps.prefix(gate.depth).map { "\($0.repeat)[\($0.index)]." }.joined()
      func taken(_ b: Int) -> Bool { gate.branchItems[b].contains { shown.contains(prefix + $0) } }
      if taken(gate.branch) { continue }
      if let earlier = (0..<gate.branch).first(where: taken) { return gate.branchVariables[earlier] }
      return gate.branchVariables[gate.branch] ?? gate.branchVariables.compactMap { $0 }.first
    }
    return nil
  }
}
