// Sample variables: declared before every item (readable everywhere), present for every respondent unless
// declared `optional`, and never written to by a calculate.

import QDSLSyntax

extension CheckerState {
  /// Declares every `sample` variable, in document order, after the paradata and before any item's variable.
  mutating func declareSamples(ordinal: inout Int) {
    for (i, data) in tree.nodes.enumerated() where data.kind == .sampleDecl {
      let n = NodeID(i)
      guard let nameToken = tree.declaredName(n) else { continue }
      var (questionType, valueType) = (QuestionType.invalid, ValueType.error)
      if let typeNode = tree.children(n).first(where: { tree.kind($0).isType }) {
        (questionType, valueType) = lowerType(typeNode)
        var isSet = false
        switch questionType {
        case .manyOf, .rank: isSet = true
        default: break
        }
        if isSet {
          report(
            Diagnostic(
              .invalidSampleVariable, "a sample variable holds one value, not a set or ranking of options",
              at: tree.range(typeNode), help: "give it a single type: text, integer, decimal, date or one of LIST"))
        }
      }
      let isOptional = tree.directTokens(n).contains { name($0) == "optional" && tree.tokenKind($0) == .identifier }
      declaringLevel = 0
      let v = declare(
        name(nameToken), kind: .sample(optional: isOptional), type: valueType, required: !isOptional,
        at: range(nameToken), ordinal: ordinal)
      survey.variables[v].questionType = questionType
      variableOfNode[n] = v
      survey.samples.append(SampleVariable(variable: v, text: nil, isOptional: isOptional))
      ordinal += 1
    }
  }

  /// The texts of the sample variables (their labels); a pipe in one reads nothing.
  mutating func lowerSampleTexts() {
    var index = 0
    for (i, data) in tree.nodes.enumerated() where data.kind == .sampleDecl {
      let n = NodeID(i)
      guard let v = variableOfNode[n], index < survey.samples.count, survey.samples[index].variable == v else {
        continue
      }
      defer { index += 1 }
      let variableName = survey.variables[v].name
      for part in tree.children(n) {
        switch tree.kind(part) {
        case .textPart:
          let keyword = tree.firstSignificantToken(part).map(range) ?? tree.range(part)
          let scope = Scope(
            ordinal: 0, selfVariable: nil, allowSelf: false, universe: 0, what: "the text", positioned: false)
          survey.samples[index].text = tree.child(part, .translations).map {
            lowerText($0, anchor: keyword, what: "the text of sample variable '\(variableName)'", scope: scope)
          }
        case .hintPart, .checkPart, .textVariant, .rowsBlock:
          let keyword = tree.firstSignificantToken(part).map(range) ?? tree.range(part)
          report(
            Diagnostic(
              .invalidSampleVariable, "a sample variable has only a text: it is never asked", at: keyword,
              help: "remove this part; check the value in a question or calculate that reads it"))
        default: continue
        }
      }
    }
  }

  /// `calculate org_name = …` where `org_name` is a sample variable: its value comes from the sample.
  mutating func reportCalculateWritesSample(_ name: String, at r: TextRange, sample: Variable) {
    report(
      Diagnostic(
        .calculateWritesSample, "'\(name)' is a sample variable: its value comes from the sample, not a calculate",
        at: r, related: [.init(sample.nameRange, "the sample variable")],
        help: "give the calculate a name of its own and read '\(name)' in its formula"))
  }
}
