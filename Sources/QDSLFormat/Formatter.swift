// The canonical layout of a questionnaire, written from the lossless syntax tree with every comment kept.

import QDSLSyntax

/// What formatting a file gives: the canonical text, or the syntax errors that stop it.
public enum FormatResult: Sendable {
  case formatted(String)
  /// The file has syntax errors; it is not formatted, so that no text is lost or moved.
  case syntaxErrors([Diagnostic])
}

/// `qdsl fmt`'s one layout, shared by the command line and the language server.
///
/// The layout: two spaces per level; every declaration, item, part, option and row on its own line (a repeat's
/// header, `repeat person count household_size max 20 {`, on one line, its body indented like a section's); a
/// blank line between top-level declarations (the one-line header lines `survey`, `version`, `languages` and a
/// one-string `title` may stand together); at most one blank line kept where the author left one; one space
/// between words, none inside `a.b`, `0..10`, `-1`, `f(x)`, `(…)`, `[…]` and before `,` and `:`. A translation
/// block stays on one line when it was written on one line, holds no comment and no triple-quoted text and fits
/// in `maxWidth` columns; otherwise it has one translation per line, the language tags padded so the texts
/// align. Triple-quoted texts stay triple-quoted, their lines re-indented one level below the line they start
/// on (which leaves their text unchanged). Comments stay where they were: on their own line (re-indented) or at
/// the end of a line. Expressions are never broken across lines.
public enum Formatter {
  /// The widest line a one-line translation block may make.
  public static let maxWidth = 120

  public static func format(source: String) -> FormatResult { format(Parse(source: source)) }

  public static func format(bytes: [UInt8]) -> FormatResult { format(Parse(bytes: bytes)) }

  public static func format(_ parse: Parse) -> FormatResult {
    let errors = parse.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else { return .syntaxErrors(errors) }
    var writer = LayoutWriter(tree: parse.tree)
    return .formatted(writer.run())
  }
}
