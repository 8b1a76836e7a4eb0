// Go to definition, find references and document highlights: the same occurrences, `{pipes}` included.

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The declaration of the name under the cursor.
  public func definition(at offset: Int) -> TextRange? {
    guard let o = symbol(at: offset) else { return nil }
    // A specify text (`partners_other`) is written nowhere: its hover names its question and option.
    if case .variable(let v) = o.symbol, survey.variables[v].specifies != nil { return nil }
    let r = declarationRange(of: o.symbol)
    return r.isEmpty ? nil : r
  }

  /// Every occurrence of the symbol under the cursor, in source order; the declaration only when asked for.
  public func references(at offset: Int, includeDeclaration: Bool = true) -> [TextRange] {
    guard let o = symbol(at: offset) else { return [] }
    return index.occurrences(of: o.symbol).filter { includeDeclaration || !$0.isDeclaration }.map(\.range)
  }

  /// The occurrences of the symbol under the cursor, each marked as declaration or use.
  public func highlights(at offset: Int) -> [SymbolOccurrence] {
    guard let o = symbol(at: offset) else { return [] }
    return index.occurrences(of: o.symbol)
  }
}
