// The IDE facade: an immutable snapshot of one document (source, parse, checker result, symbol index).
// Every question an editor asks is answered from it with plain values in UTF-8 offsets.

import QDSLSemantics
import QDSLSyntax
import Synchronization

/// One analysed version of a document. Cheap to share between threads; never changes after it is built
/// (the symbol index is built once, on first use or by `prepare()`, so diagnostics never wait for it).
public struct Analysis: Sendable {
  public let file: CheckedFile
  /// The text the answers refer to: the checked one, or in a `CurrentText` a fresh parse of a newer version.
  let parse: Parse
  /// Set when `parse` is newer than the check: the check's names, lists and options still answer, but its ranges
  /// (declarations, the symbol index) are of the older text, so names are looked up by name.
  let isReparsed: Bool
  /// Set when the text is one file of an instrument of several and the check is the instrument's: the names the
  /// text does not declare are declared in the other files, and are known everywhere in it.
  let isOneFileOfSeveral: Bool
  private let lazyIndex: LazySymbolIndex

  public init(source: String) { self.init(bytes: Array(source.utf8)) }

  public init(bytes: [UInt8]) {
    file = Checker.check(bytes: bytes)
    parse = file.parse
    isReparsed = false
    isOneFileOfSeveral = false
    lazyIndex = LazySymbolIndex(file)
  }

  /// The analysis of a text already checked: for an instrument of several files, the assembled text
  /// (`CheckedInstrument.checked`), so that every answer is in its offsets.
  public init(checked: CheckedFile) {
    file = checked
    parse = checked.parse
    isReparsed = false
    isOneFileOfSeveral = false
    lazyIndex = LazySymbolIndex(checked)
  }

  /// A newer text parsed afresh, answering with the names of `previous`'s check (see `CurrentText`).
  init(reparsing bytes: [UInt8], names previous: Analysis, oneFileOfSeveral: Bool = false) {
    file = previous.file
    parse = Parse(bytes: bytes)
    isReparsed = true
    isOneFileOfSeveral = oneFileOfSeveral
    lazyIndex = previous.lazyIndex
  }

  /// Builds the symbol index now (the server does it after publishing diagnostics).
  public func prepare() { _ = lazyIndex.get() }

  var index: SymbolIndex { lazyIndex.get() }

  public var survey: Survey { file.survey }
  var tree: SyntaxTree { parse.tree }
  public var bytes: [UInt8] { parse.tree.bytes }
  public var lineIndex: LineIndex { parse.lineIndex }

  /// Every diagnostic of the document, syntax and semantic together, in source order.
  public var diagnostics: [Diagnostic] { file.diagnostics }

  /// The symbol under the cursor, if any.
  public func symbol(at offset: Int) -> SymbolOccurrence? { index.occurrence(at: offset) }

  func text(_ r: TextRange) -> String {
    let start = min(max(0, r.start), bytes.count)
    return tree.text(in: TextRange(start, min(max(start, r.end), bytes.count)))
  }

  /// The name a symbol has in source.
  func name(of s: IDESymbol) -> String {
    switch s {
    case .variable(let v):
      if case .gridRow(_, let row) = survey.variables[v].kind { return row }
      return survey.variables[v].name
    case .list(let l): return survey.lists[l].name
    case .option(let l, let i): return survey.lists[l].options[i].name
    case .level(let l): return survey.levels[l].name
    }
  }

  func declarationRange(of s: IDESymbol) -> TextRange {
    switch s {
    case .variable(let v): return survey.variables[v].nameRange
    case .list(let l): return survey.lists[l].nameRange
    case .option(let l, let i): return survey.lists[l].options[i].nameRange
    case .level(let l): return survey.levels[l].nameRange
    }
  }

  // MARK: Tokens and nodes around an offset

  /// A cursor offset from a caller, clamped to the document and moved back to the start of the character it
  /// falls in, so that a range built at the cursor never splits a UTF-8 sequence.
  func cursor(_ rawOffset: Int) -> Int { Self.cursor(rawOffset, in: bytes) }

  /// `rawOffset` clamped to `bytes` and moved back to the start of the character it falls in.
  static func cursor(_ rawOffset: Int, in bytes: [UInt8]) -> Int {
    var offset = min(max(0, rawOffset), bytes.count)
    while offset > 0, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }

  /// The index of the token containing `offset` (the last token when past the end).
  func tokenIndex(at offset: Int) -> Int? {
    let tokens = tree.tokens
    guard !tokens.isEmpty else { return nil }
    var lo = 0
    var hi = tokens.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if Int(tokens[mid].start) <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// The last non-trivia token that ends at or before `offset`.
  func significantToken(before offset: Int) -> Int? {
    guard var t = tokenIndex(at: offset) else { return nil }
    if Int(tree.tokens[t].start) >= offset { t -= 1 }
    while t >= 0 {
      if !tree.tokens[t].kind.isTrivia { return t }
      t -= 1
    }
    return nil
  }

  /// The innermost node whose tokens contain `offset` (the root when none), with its ancestors, innermost first.
  func nodes(at offset: Int) -> [NodeID] {
    var path: [NodeID] = [SyntaxTree.root]
    var n = SyntaxTree.root
    descend: while true {
      for c in tree.children(n) {
        let d = tree.nodes[Int(c)]
        guard d.endToken > d.firstToken else { continue }
        let r = tree.range(c)
        if r.start < offset && offset < r.end || (r.start < offset && offset == r.end && !closesBlock(d)) {
          path.append(c)
          n = c
          continue descend
        }
      }
      break
    }
    return path.reversed()
  }

  /// Whether the node ends with a closing brace (a cursor after it is outside).
  private func closesBlock(_ d: SyntaxNodeData) -> Bool {
    let last = Int(d.endToken) - 1
    return last >= 0 && last < tree.tokens.count && tree.tokens[last].kind == .rBrace
  }
}

/// The symbol index of one checked file, built at most once, from any thread.
private final class LazySymbolIndex: Sendable {
  private let file: CheckedFile
  private let storage = Mutex<SymbolIndex?>(nil)

  init(_ file: CheckedFile) { self.file = file }

  func get() -> SymbolIndex {
    storage.withLock { stored in
      if let index = stored { return index }
      let index = SymbolIndex(file)
      stored = index
      return index
    }
  }
}
