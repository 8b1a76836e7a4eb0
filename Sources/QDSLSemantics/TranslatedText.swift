// Texts shown to respondents in every declared language, with their `{pipes}` parsed.

import QDSLSyntax

/// One piece of a text: literal characters or a pipe of an earlier answer.
public enum TextPart: Sendable, Hashable {
  case literal(String)
  /// `{name}` or `{grid.row}`, with the range of the name inside the string.
  case pipe(String, TextRange)
}

/// A text in one language, split into literal parts and pipes.
public struct TextTemplate: Sendable, Hashable {
  public var parts: [TextPart]

  public init(parts: [TextPart]) { self.parts = parts }

  /// The text with pipes written back as `{name}` and literal braces as `{{` `}}`, as in source.
  public var source: String {
    // Most texts are one literal without braces: the text itself.
    if parts.count == 1, case .literal(let s) = parts[0], !s.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D }) {
      return s
    }
    var out = ""
    for p in parts {
      switch p {
      case .literal(let s):
        // Most texts have no braces: append them whole; otherwise double each brace.
        if s.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D }) {
          for ch in s.unicodeScalars {
            if ch == "{" || ch == "}" { out.unicodeScalars.append(ch) }
            out.unicodeScalars.append(ch)
          }
        } else {
          out += s
        }
      case .pipe(let name, _): out += "{\(name)}"
      }
    }
    return out
  }

  /// The text as a respondent would read it with pipes shown as `{name}` and braces unescaped.
  public var display: String {
    if parts.count == 1, case .literal(let s) = parts[0] { return s }
    return parts.map { p -> String in
      switch p {
      case .literal(let s): return s
      case .pipe(let name, _): return "{\(name)}"
      }
    }.joined()
  }

  /// Names of the pipes, in order of appearance.
  public var pipeNames: [String] {
    parts.compactMap { p in
      if case .pipe(let n, _) = p { return n }
      return nil
    }
  }
}

/// A translated text: one template per language, in source order.
public struct TranslatedText: Sendable {
  public struct Entry: Sendable {
    public var language: String
    public var template: TextTemplate
    /// The range of the language tag (or of the string, for a single-string text).
    public var tagRange: TextRange
    public var stringRange: TextRange
  }

  public var entries: [Entry]
  /// Where diagnostics about the whole text point: the keyword (`text`, `hint`, `check`, `end`, `title`),
  /// or the name of an option or row.
  public var anchor: TextRange

  public init(entries: [Entry], anchor: TextRange) {
    self.entries = entries
    self.anchor = anchor
  }

  /// The template in a language, if given.
  public func template(_ language: String) -> TextTemplate? {
    entries.first { $0.language == language }?.template
  }
}
