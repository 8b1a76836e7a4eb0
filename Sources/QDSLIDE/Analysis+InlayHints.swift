// Inlay hints: the numeric code after an option name used in an expression (`adopted == yes` shows `= 1`).

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// Hints for the option names used in expressions inside `range`.
  public func inlayHints(in range: TextRange) -> [InlayHint] {
    index.occurrences(in: range).compactMap { o in
      guard case .option(let l, let i) = o.symbol, !o.isDeclaration, !o.isPipe else { return nil }
      return InlayHint(offset: o.range.end, label: "= \(survey.lists[l].options[i].code)")
    }
  }
}
