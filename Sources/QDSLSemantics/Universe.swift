// Universes: the conditions under which an item is asked, as a tree of facts shared by prefix.
// Invariant: a node's parent was created before it, so walking parents always ends at the root (id 0).

import QDSLSyntax

/// Index of a node in `Survey.universes`; 0 is "everyone".
public typealias UniverseID = Int

/// One condition on the way to an item.
public enum UniverseFact: Sendable {
  /// The condition of an `if` or `else if` holds.
  case holds(Expr)
  /// The condition of an earlier branch does not hold (inside a later `else if` or `else`).
  case fails(Expr)
  /// The interview was not ended by an earlier `end`: not all of these facts hold.
  /// An empty list means an `end` that always fires, so nothing after it is asked.
  case survived([UniverseFact], endRange: TextRange)
}

/// A node of the universe tree.
public struct UniverseNode: Sendable {
  public var parent: UniverseID
  public var fact: UniverseFact?
  public var depth: Int
}

extension Survey {
  /// The facts leading to a universe, outermost first.
  public func facts(of universe: UniverseID) -> [UniverseFact] {
    var out: [UniverseFact] = []
    var u = universe
    while u != 0 {
      if let f = universes[u].fact { out.append(f) }
      u = universes[u].parent
    }
    return out.reversed()
  }

  /// The innermost `limit` facts leading to a universe, outermost of them first: the work is bounded by the limit,
  /// however deep the universe.
  public func facts(of universe: UniverseID, innermost limit: Int) -> [UniverseFact] {
    var out: [UniverseFact] = []
    var u = universe
    while u != 0 && out.count < limit {
      if let f = universes[u].fact { out.append(f) }
      u = universes[u].parent
    }
    return out.reversed()
  }

  /// Whether `ancestor` lies on the path from the root to `universe` (or is it).
  public func isAncestor(_ ancestor: UniverseID, of universe: UniverseID) -> Bool {
    var u = universe
    while universes[u].depth > universes[ancestor].depth { u = universes[u].parent }
    return u == ancestor
  }

  /// The universe in words for codebooks and hovers: "adopted == yes and not (innovation_staff == 0)",
  /// or nil for everyone.
  public func universeText(_ universe: UniverseID) -> String? {
    let facts = facts(of: universe)
    guard !facts.isEmpty else { return nil }
    return facts.map { factText($0, standalone: facts.count == 1) }.joined(separator: " and ")
  }

  func factText(_ fact: UniverseFact, standalone: Bool) -> String {
    switch fact {
    case .holds(let e):
      return standalone ? source(of: e) : source(of: e, parentPrecedence: 2)
    case .fails(let e):
      return "not (\(source(of: e)))"
    case .survived(let facts, _):
      if facts.isEmpty { return "false" }
      return "not (\(facts.map { factText($0, standalone: facts.count == 1) }.joined(separator: " and ")))"
    }
  }
}
