// The entry point of the syntax layer: `parse(source)` always returns a tree, with its syntax errors beside it.

/// The result of parsing: a lossless tree (always) and the syntax diagnostics (lexical and grammatical).
public struct Parse: Sendable {
  public let tree: SyntaxTree
  public let diagnostics: [Diagnostic]
  public let lineIndex: LineIndex
  /// Whether the file ends inside a block (a `{` without its `}`). The error about it is then placed by the
  /// indentation of the lines (Parser+UnclosedBraces.swift), the one thing the parser reads from whitespace
  /// besides where lines break.
  public let endsInsideBlock: Bool

  /// Parses UTF-8 bytes. Never fails: invalid input yields error nodes and diagnostics. `file` is the file's
  /// index in its source set, stamped into every range of the tree and of the diagnostics (0 for a file on its
  /// own); lexing and parsing stay per file.
  public init(bytes: [UInt8], file: Int32 = 0) {
    let (tokens, lexDiagnostics) = Lexer.lex(bytes)
    var parser = Parser(bytes: bytes, tokens: tokens)
    parser.parseSourceFile()
    self.tree = SyntaxTree(bytes: bytes, tokens: tokens, nodes: parser.nodes, file: file)
    var diagnostics = lexDiagnostics + parser.diagnostics
    // The lexer reports bytes that are not UTF-8 between tokens; inside a string or a comment they would reach
    // the outputs (and the formatter) as replacement characters, so the first of them is an error too.
    if let bad = UTF8Validity.firstInvalidOffset(bytes),
      !lexDiagnostics.contains(where: { $0.code == .invalidCharacter && $0.range.start == bad })
    {
      diagnostics.append(
        Diagnostic(
          .invalidCharacter, "this byte (0x\(String(bytes[bad], radix: 16, uppercase: true))) is not valid UTF-8",
          at: TextRange(bad, bad + 1), help: "save the file with UTF-8 encoding"))
    }
    self.diagnostics = (file == 0 ? diagnostics : diagnostics.map { $0.inFile(file) }).sortedForOutput()
    self.lineIndex = LineIndex(bytes)
    self.endsInsideBlock = parser.unclosedAtEnd != nil
  }

  public init(source: String) { self.init(bytes: Array(source.utf8)) }
}

/// Limits that keep the parser and every later phase out of stack overflows.
public enum SyntaxLimits {
  /// The deepest nesting accepted, counted separately for blocks (sections, conditions) and for expressions
  /// (parentheses, operators, function calls; a chain of operators counts one level per operator).
  /// Deeper input is a located QD1005 error, not a crash.
  public static let maxNesting = 100
}
