// Name resolution inside expressions and pipes: visibility in document order, self-reference,
// near-miss suggestions, and the variable names that analysis software rejects.

import QDSLSyntax

extension CheckerState {
  /// Resolves a variable name used in an expression or pipe, reporting unknown, later and self references.
  mutating func resolveVariable(_ varName: String, at r: TextRange, scope: Scope, context: String) -> VariableID? {
    guard let v = survey.variableIndex[varName] else {
      reportUnknownName(varName, at: r, scope: scope)
      return nil
    }
    let variable = survey.variables[v]
    if case .paradata(.end) = variable.kind {
      reportEndRead(v, at: r)
      return nil
    }
    if variable.level != 0 && !checkLevel(of: v, at: r, shownAs: varName) { return nil }
    if variable.ordinal < scope.ordinal {
      noteOrderRead(declaredAt: variable.nameRange.start, at: r)
      return v
    }
    let isSelf = variable.ordinal == scope.ordinal && (scope.selfVariable == v || isRowOf(v, scope.selfVariable))
    if isSelf {
      if scope.allowSelf { return v }
      let what: String
      switch variable.kind {
      case .calculate: what = "a calculate cannot use its own value"
      default: what = "\(scope.what) cannot show or use the answer to its own question"
      }
      report(
        Diagnostic(
          .selfReference, "'\(varName)' refers to itself: \(what)", at: r,
          related: [.init(variable.nameRange, "declared here")],
          help: "use answers given before this item; a 'check' on the question may name it"))
      return nil
    }
    if scope.positioned == false { return v }
    report(
      Diagnostic(
        .laterVariable,
        "'\(varName)' is asked later (line \(lineOf(variable.nameRange))); \(context) can only use answers given before it",
        at: r, related: [.init(variable.nameRange, "declared here")],
        help: "move '\(varName)' above this point, or move this item below it"))
    return nil
  }

  /// Up to `count` candidates close to `name` (see `NearMiss`); the candidates are only listed while the file's
  /// budget for suggestions lasts.
  mutating func suggestions(for name: String, count: Int = 3, among candidates: (CheckerState) -> [String])
    -> [String]
  {
    guard !nearMiss.isExhausted else {
      nearMiss.skip()
      return []
    }
    let list = candidates(self)
    return nearMiss.suggestions(for: name, among: list, count: count)
  }

  /// Names of variables declared before `ordinal` (not grids, not repeated names) whose length is within the
  /// suggestion limit of `length`, in declaration order. Ordinals grow with variable ids, so the visible
  /// variables are a prefix of each bucket: the work is proportional to the names returned.
  func visibleNames(near length: Int, ordinal: Int) -> [String] {
    let limit = NearMiss.limit(forLength: length)
    var ids: [VariableID] = []
    for l in max(0, length - limit)...(length + limit) where l < variablesByNameLength.count {
      let bucket = variablesByNameLength[l]
      var lo = 0
      var hi = bucket.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if survey.variables[bucket[mid]].ordinal < ordinal { lo = mid + 1 } else { hi = mid }
      }
      ids += bucket[..<lo]
    }
    return ids.sorted().map { survey.variables[$0].name }
  }

  private func isRowOf(_ v: VariableID, _ grid: VariableID?) -> Bool {
    if case .gridRow(let g, _) = survey.variables[v].kind { return g == grid }
    return false
  }

  mutating func reportUnknownName(_ varName: String, at r: TextRange, scope: Scope) {
    // Candidates: variables visible here of a length near enough to be suggested.
    let near = suggestions(for: varName) {
      $0.visibleNames(near: varName.utf8.count, ordinal: scope.ordinal)
    }
    var help = NearMiss.help("a question", "questions", near)
    if help == nil, let l = listOfOption[varName] {
      help =
        "'\(varName)' is an option of the list '\(survey.lists[l].name)': compare a question with it "
        + "(question == \(varName)), or write \(survey.lists[l].name).\(varName)"
    }
    report(
      Diagnostic(
        .unknownName, "there is no question or calculate named '\(varName)'", at: r, help: help,
        fixes: near.first.map { [.init(title: "change to '\($0)'", range: r, replacement: $0)] } ?? []))
  }

  /// Warns about names that SPSS, Stata or R reject or truncate, for every data-file name.
  mutating func checkVariableNames() {
    let reserved: Set<String> = ["ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"]
    for v in survey.variables where !v.isDuplicate {
      for d in v.dataNames {
        if d.utf8.count > 32 {
          report(
            Diagnostic(
              .unsafeVariableName,
              "the data-file variable '\(d)' is \(d.utf8.count) characters long; SPSS and Stata accept at most 32",
              at: v.nameRange, help: "shorten the name '\(v.name)'"))
          break
        }
        if reserved.contains(d.uppercased()) {
          report(
            Diagnostic(
              .unsafeVariableName, "'\(d)' is a reserved word in SPSS and cannot name a variable there",
              at: v.nameRange,
              help: "choose another name, e.g. '\(d)_answer'"))
          break
        }
      }
    }
  }
}
