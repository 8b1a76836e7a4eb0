// Variable declarations: every question, grid row and calculate is declared up front, in document order,
// so that references to later variables are told apart from unknown names.

import QDSLSyntax

extension CheckerState {
  mutating func declareVariables() {
    var ordinal = 0
    declareParadata(ordinal: &ordinal)
    declareSamples(ordinal: &ordinal)
    // Paradata and sample variables are known before the first item: every expression may read them.
    nextOrdinal = ordinal
    var itemNames = ItemNames()
    for (i, data) in tree.nodes.enumerated() {
      let n = NodeID(i)
      if let word = ItemNames.word(for: data.kind), let nameToken = tree.declaredName(n) {
        if let clash = itemNames.declare(name(nameToken), word: word, at: range(nameToken)) { report(clash) }
      }
      switch data.kind {
      case .repeatDecl:
        declareLevel(n)
        continue
      case .questionDecl:
        guard let nameToken = tree.declaredName(n) else { continue }
        declaringLevel = enclosingLevel(of: n)
        var (questionType, valueType) = (QuestionType.invalid, ValueType.error)
        if let typeNode = tree.children(n).first(where: { tree.kind($0).isType }) {
          (questionType, valueType) = lowerType(typeNode)
        }
        let required = tree.token(n, .kwRequired) != nil
        let v = declare(
          name(nameToken), kind: .question, type: valueType, required: required, at: range(nameToken), ordinal: ordinal)
        survey.variables[v].questionType = questionType
        variableOfNode[n] = v
        ordinal = declareSpecifyVariables(of: v, ordinal: ordinal)
      case .gridDecl:
        guard let nameToken = tree.declaredName(n) else { continue }
        declaringLevel = enclosingLevel(of: n)
        var list: ListID?
        if let typeNode = tree.children(n).first(where: { tree.kind($0).isType }) {
          if case .oneOf(let l) = lowerType(typeNode).1 { list = l }
        }
        let required = tree.token(n, .kwRequired) != nil
        let gridName = name(nameToken)
        let g = declare(gridName, kind: .grid, type: .grid, required: required, at: range(nameToken), ordinal: ordinal)
        variableOfNode[n] = g
        var rowNames: [String: TextRange] = [:]
        for rows in tree.children(n, .rowsBlock) {
          for row in tree.children(rows, .rowDecl) {
            guard let rowToken = tree.nameToken(row) else { continue }
            let rowName = name(rowToken)
            if let earlier = rowNames[rowName] {
              report(
                Diagnostic(
                  .duplicateRow, "the grid '\(gridName)' already has a row named '\(rowName)'", at: range(rowToken),
                  related: [.init(earlier, "first declared here")], help: "rename this row"))
              continue
            }
            rowNames[rowName] = range(rowToken)
            let r = declare(
              "\(gridName).\(rowName)", kind: .gridRow(grid: g, row: rowName), type: list.map { .oneOf($0) } ?? .error,
              required: required, at: range(rowToken), ordinal: ordinal)
            variableOfNode[row] = r
          }
        }
      case .calculateDecl:
        guard let nameToken = tree.declaredName(n) else { continue }
        declaringLevel = enclosingLevel(of: n)
        variableOfNode[n] = declare(
          name(nameToken), kind: .calculate, type: .error, required: false, at: range(nameToken), ordinal: ordinal)
      default:
        continue
      }
      ordinal += 1
    }
  }

  /// Indexes the variables a misspelt name may be corrected to by the lengths of their names.
  mutating func indexNamesForSuggestions() {
    gridAndListNames = survey.variables.filter { $0.kind == .grid }.map(\.name) + survey.lists.map(\.name)
    for v in survey.variables where !v.isDuplicate && v.kind != .grid {
      let length = v.name.utf8.count
      if length >= variablesByNameLength.count {
        variablesByNameLength += Array(repeating: [], count: length + 1 - variablesByNameLength.count)
      }
      variablesByNameLength[length].append(v.id)
    }
  }

  mutating func declare(
    _ name: String, kind: VariableKind, type: ValueType, required: Bool, at nameRange: TextRange, ordinal: Int,
    specifies: SpecifyOrigin? = nil
  ) -> VariableID {
    let id = survey.variables.count
    var duplicate = false
    if let earlier = survey.variableIndex[name] {
      duplicate = true
      if case .gridRow = kind {
        // Reported as a duplicate row or as a clash of the grid's own name.
      } else if case .sample = survey.variables[earlier].kind, kind == .calculate {
        reportCalculateWritesSample(name, at: nameRange, sample: survey.variables[earlier])
      } else if specifies != nil || survey.variables[earlier].specifies != nil {
        reportSpecifyClash(name, at: nameRange, specifies: specifies, earlier: earlier)
      } else {
        report(
          Diagnostic(
            .duplicateVariable, "a variable named '\(name)' is already declared", at: nameRange,
            related: [.init(survey.variables[earlier].nameRange, "first declared here")],
            help: "each question, grid and calculate needs its own name: it becomes a column of the data file"))
      }
    } else {
      survey.variableIndex[name] = id
    }
    let dataNames = CheckerState.dataNames(name, kind: kind, type: type, survey: survey)
    survey.variables.append(
      Variable(
        id: id, name: name, kind: kind, type: type, questionType: nil, isRequired: required, nameRange: nameRange,
        ordinal: ordinal, universe: 0, dataNames: dataNames, isDuplicate: duplicate, level: declaringLevel,
        specifies: specifies))
    if !duplicate {
      for d in dataNames {
        if let (other, otherRange) = self.dataNames[d] {
          report(
            Diagnostic(
              .dataNameClash,
              "'\(name)' gives the data-file variable '\(d)', which '\(survey.variables[other].name)' already has",
              at: nameRange, related: [.init(otherRange, "'\(d)' comes from here")],
              help: "rename one of them so that every column of the data file has its own name"))
        } else {
          self.dataNames[d] = (id, nameRange)
        }
      }
    }
    return id
  }

  /// Data-file names: `kinds_1`, `kinds_m1` for `many of`; `culture_risk` for grid rows; the name otherwise.
  static func dataNames(_ name: String, kind: VariableKind, type: ValueType, survey: Survey) -> [String] {
    switch kind {
    case .grid: return []
    case .gridRow(let g, let row): return ["\(survey.variables[g].name)_\(row)"]
    default:
      if case .manyOf(let l) = type {
        return survey.lists[l].options.map { "\(name)_\($0.code < 0 ? "m\($0.code.magnitude)" : String($0.code))" }
      }
      // A ranking: one rank per option, named by the option (`fruit_rank_apple`).
      if case .rank(let l) = type { return survey.lists[l].options.map { "\(name)_\($0.name)" } }
      return [name]
    }
  }

  /// The declared type of a question with its bounds, and its value type.
  mutating func lowerType(_ n: NodeID) -> (QuestionType, ValueType) {
    switch tree.kind(n) {
    case .integerType:
      guard let r = tree.child(n, .rangeSpec) else { return (.integer(min: nil, max: nil), .integer) }
      let bounds = tree.children(r, .signedNumber)
      let what = "a bound of a whole-number question"
      let lo = bounds.first.flatMap { integerValue($0, what: what, help: Self.boundHelp) }
      let hi = bounds.count > 1 ? integerValue(bounds[1], what: what, help: Self.boundHelp) : nil
      if let lo, let hi, lo > hi { reportEmptyRange(r, "\(lo)", "\(hi)") }
      return (.integer(min: lo, max: hi), .integer)
    case .decimalType:
      guard let r = tree.child(n, .rangeSpec) else { return (.decimal(min: nil, max: nil), .decimal) }
      let bounds = tree.children(r, .signedNumber)
      let what = "a bound of a decimal question"
      let lo = bounds.first.flatMap { numberValue($0, what: what, help: Self.boundHelp)?.0 }
      let hi = bounds.count > 1 ? numberValue(bounds[1], what: what, help: Self.boundHelp)?.0 : nil
      if let lo, let hi, lo > hi { reportEmptyRange(r, Survey.formatDecimal(lo), Survey.formatDecimal(hi)) }
      return (.decimal(min: lo, max: hi), .decimal)
    case .textType:
      guard let m = tree.child(n, .maxLength), let number = tree.child(m, .signedNumber) else {
        return (.text(maxLength: nil), .text)
      }
      let negative = tree.token(number, .minus) != nil
      if let t = tree.token(number, .integer), !negative,
        wholeNumber(
          t, negative: false, at: tree.range(number), what: "a text's maximum length",
          help: "a text that long has no practical limit: leave out 'max'") == nil
      {
        return (.text(maxLength: nil), .text)
      }
      guard let t = tree.token(number, .integer), let v = Int(name(t)), !negative, v >= 1 else {
        if tree.token(number, .integer) != nil || tree.token(number, .decimal) != nil {
          report(
            Diagnostic(
              .invalidBound, "a text's maximum length must be a whole number of at least 1 character",
              at: tree.range(number), help: "write e.g. 'text max 500', or leave out 'max' for no limit"))
        }
        return (.text(maxLength: nil), .text)
      }
      return (.text(maxLength: v), .text)
    case .dateType:
      return (.date, .date)
    case .timeType:
      return (.time, .time)
    case .datetimeType:
      return (.datetime, .datetime)
    case .oneOfType, .manyOfType:
      guard let listToken = tree.nameToken(n, after: .kwOf), let l = resolveList(listToken) else {
        return (.invalid, .error)
      }
      return tree.kind(n) == .oneOfType ? (.oneOf(l), .oneOf(l)) : (.manyOf(l), .manyOf(l))
    case .rankOfType:
      guard let listToken = tree.nameToken(n, after: .kwOf), let l = resolveList(listToken) else {
        return (.invalid, .error)
      }
      checkRankList(l, at: listToken)
      return (.rank(l), .rank(l))
    default:
      return (.invalid, .error)
    }
  }

  static let boundHelp =
    "choose a plausible bound, which also catches typing mistakes, or leave out the range for no limit"

  private mutating func reportEmptyRange(_ r: NodeID, _ lo: String, _ hi: String) {
    let bounds = tree.children(r, .signedNumber)
    let swapped = bounds.count == 2 ? "\(tree.text(bounds[1]))..\(tree.text(bounds[0]))" : "\(hi)..\(lo)"
    report(
      Diagnostic(
        .emptyRange, "this range is empty: its minimum \(lo) is above its maximum \(hi)", at: tree.range(r),
        help: "write the smaller bound first (\(swapped)), or correct the bound that is wrong",
        fixes: [.init(title: "swap the bounds", range: tree.range(r), replacement: swapped)]))
  }
}
