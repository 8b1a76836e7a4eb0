// Signature help: the built-in function or aggregate whose argument list holds the cursor, and which argument it is
// in (an aggregate's repeat, or its `where` condition).

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  public func signatureHelp(at offset: Int) -> SignatureHelp? {
    for n in nodes(at: offset) where tree.kind(n) == .callExpr {
      guard let nameToken = tree.firstSignificantToken(n), let args = tree.child(n, .argList) else { continue }
      let argRange = tree.range(args)
      guard offset > argRange.start else { continue }
      // An aggregate over a repeat: its subject, then the optional `where` condition.
      if let a = aggregateCall(named: nameToken) {
        let afterWhere = tree.child(args, .whereClause).map { tree.range($0).start < offset } ?? false
        return SignatureHelp(
          label: a.signature, documentation: a.summary, parameters: a.parameters, activeParameter: afterWhere ? 1 : 0)
      }
      guard let f = Function(rawValue: tree.tokenText(nameToken)) else { continue }
      var active = 0
      for t in tree.directTokens(args) where tree.tokens[t].kind == .comma && tree.tokenRange(t).end <= offset {
        active += 1
      }
      return SignatureHelp(
        label: f.signature, documentation: nil, parameters: Analysis.parameters(of: f), activeParameter: active)
    }
    return nil
  }

  /// The parameter names in a signature: `min(a, b) -> …` gives `a`, `b`.
  static func parameters(of f: Function) -> [String] {
    let s = f.signature
    guard let open = s.firstIndex(of: "("), let close = s.firstIndex(of: ")"), open < close else { return [] }
    let inner = s[s.index(after: open)..<close]
    return inner.isEmpty ? [] : inner.split(separator: ",").map { $0.trimmingCharacters() }
  }
}

extension Substring {
  fileprivate func trimmingCharacters() -> String {
    var s = self
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
