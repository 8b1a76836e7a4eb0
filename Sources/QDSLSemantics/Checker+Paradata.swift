// The `paradata` block: each field becomes a variable declared before every item (readable everywhere), except
// that `end` is only known when the interview is over and so cannot be read by any expression or pipe.

import QDSLSyntax

extension CheckerState {
  /// Declares the fields of every `paradata` block, in document order, before any item's variable.
  mutating func declareParadata(ordinal: inout Int) {
    var kindsSeen: [ParadataKind: TextRange] = [:]
    for (i, data) in tree.nodes.enumerated() where data.kind == .paradataField {
      let n = NodeID(i)
      let names = tree.directTokens(n).filter { tree.tokenKind($0).isNameLike }
      guard names.count == 2, tree.token(n, .colon) != nil else { continue }
      let (nameToken, kindToken) = (names[0], names[1])
      let kindText = name(kindToken)
      guard let kind = ParadataKind(rawValue: kindText) else {
        let lower = kindText.lowercased()
        let near = ParadataKind.allCases.map(\.rawValue).filter {
          lower.hasPrefix($0) || $0.hasPrefix(lower) || (lower == "deviceid" && $0 == "device")
            || (lower == "username" && $0 == "user")
        }
        report(
          Diagnostic(
            .invalidParadata, "'\(kindText)' is not something the collector records", at: range(kindToken),
            help: "write one of start, end, today, device or user",
            fixes: near.first.map { [.init(title: "change to '\($0)'", range: range(kindToken), replacement: $0)] }
              ?? []))
        continue
      }
      if let earlier = kindsSeen[kind] {
        report(
          Diagnostic(
            .invalidParadata, "the paradata already records '\(kind.rawValue)'", at: range(kindToken),
            related: [.init(earlier, "recorded here")],
            help: "the collector fills each kind once: remove this field and use the earlier one"))
        continue
      }
      kindsSeen[kind] = range(kindToken)
      declaringLevel = 0
      variableOfNode[n] = declare(
        name(nameToken), kind: .paradata(kind), type: kind.valueType, required: false, at: range(nameToken),
        ordinal: ordinal)
      ordinal += 1
    }
  }

  /// `finished` (paradata `end`) read by an expression or pipe: the interview's end is not known during it.
  mutating func reportEndRead(_ v: VariableID, at r: TextRange) {
    let variable = survey.variables[v]
    report(
      Diagnostic(
        .paradataEndRead,
        "'\(variable.name)' records when the interview ends, which is not known while any question is asked",
        at: r, related: [.init(variable.nameRange, "declared here")],
        help: "read the start instead (paradata 'start'), or compute durations when analysing the data"))
  }
}
