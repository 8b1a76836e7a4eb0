// The one namespace of item names: questions, grids, calculates, sections, notes and repeats. Every runtime (the form
// JSON, the preview's page, the simulator, the XForm) tells items apart by name, so two items never share one.
// Two variables of one name are QD2004; a section or note that shares a name with any item is QD2015.

import QDSLSyntax

/// The names given to items so far, in document order.
struct ItemNames {
  private var first: [String: (word: String, range: TextRange)] = [:]

  /// How messages call an item of a kind ("question"), or nil for a kind that has no item name.
  static func word(for kind: SyntaxKind) -> String? {
    switch kind {
    case .questionDecl: return "question"
    case .gridDecl: return "grid"
    case .calculateDecl: return "calculate"
    case .sectionDecl: return "section"
    case .noteDecl: return "note"
    case .repeatDecl: return "repeat"
    default: return nil
    }
  }

  private static func isVariable(_ word: String) -> Bool { word != "section" && word != "note" && word != "repeat" }

  /// Records a name; returns the diagnostic when a section or note shares it with an earlier item (two
  /// variables of one name are reported as QD2004 where variables are declared).
  mutating func declare(_ name: String, word: String, at r: TextRange) -> Diagnostic? {
    guard let earlier = first[name] else {
      first[name] = (word, r)
      return nil
    }
    if ItemNames.isVariable(word) && ItemNames.isVariable(earlier.word) { return nil }
    return Diagnostic(
      .duplicateItemName, "a \(earlier.word) named '\(name)' already exists; this \(word) needs a name of its own",
      at: r, related: [.init(earlier.range, "the \(earlier.word) '\(name)'")],
      help: "rename the \(word): questions, grids, calculates, sections, notes and repeats share one set of names, "
        + "so that every item of the form can be told apart")
  }
}
