// The plain results the Analysis facade answers with, in editor terms and UTF-8 offsets (no LSP types).

import QDSLSemantics
import QDSLSyntax

/// What a name in the source stands for.
public enum IDESymbol: Hashable, Sendable {
  case variable(VariableID)
  case list(ListID)
  case option(ListID, Int)
  /// A repeat (a level of the data): its name in `repeat NAME`, `for each NAME`, `NAME.index`, `NAME.x`, the
  /// iteration's option `NAME` and the aggregates `count(NAME …)`.
  case level(LevelID)
}

/// One occurrence of a symbol: its declaration or a use (in an expression, a type, or a `{pipe}`).
public struct SymbolOccurrence: Hashable, Sendable {
  public var range: TextRange
  public var symbol: IDESymbol
  public var isDeclaration: Bool
  /// Set for a use inside a `{pipe}` of a text.
  public var isPipe: Bool
}

/// The text shown on hover, as Markdown, with the range it describes.
public struct Hover: Sendable, Equatable {
  public var range: TextRange
  public var markdown: String
}

/// What a completion item is, for the editor's icon.
public enum CompletionKind: Sendable, Equatable {
  case keyword, variable, list, option, function, language, type, snippet
  /// A repeat's name (or `NAME.index`).
  case `repeat`
  /// A module's name, after `include`.
  case module
}

public struct CompletionItem: Sendable, Equatable {
  public var label: String
  public var kind: CompletionKind
  public var detail: String?
  public var documentation: String?
  /// The text inserted when it differs from the label.
  public var insertText: String?
  /// The order the items are shown in (compared as strings).
  public var sortText: String?
}

/// A completion list and the range of the partial name being replaced.
public struct Completion: Sendable, Equatable {
  public var items: [CompletionItem]
  public var replacing: TextRange
  /// Set when the list was cut short: typing more narrows it, and the editor asks again.
  public var isIncomplete: Bool
}

/// What an outline entry is.
public enum OutlineKind: Sendable, Equatable {
  case section, question, grid, gridRow, calculate, note, list, option
  case `repeat`
  /// A paradata field (`started: start`).
  case paradata
  /// A sample variable (`sample org_name: text { … }`).
  case sample
}

/// One entry of the document outline, with its children.
public struct OutlineSymbol: Sendable, Equatable {
  public var name: String
  public var detail: String?
  public var kind: OutlineKind
  public var range: TextRange
  public var selectionRange: TextRange
  public var children: [OutlineSymbol]
}

/// A text replacement.
public struct TextEdit: Sendable, Equatable {
  public var range: TextRange
  public var newText: String
}

/// Why a rename is refused.
public struct RenameError: Error, Sendable, Equatable {
  public var message: String
}

/// A range that can be renamed and the name shown in the rename box.
public struct RenameTarget: Sendable, Equatable {
  public var range: TextRange
  public var placeholder: String
}

/// Semantic token types, in the order of the legend the server announces (new ones are appended, so that the
/// numbers of the others stay).
public enum SemanticTokenType: Int, Sendable, CaseIterable {
  case keyword, type, variable, enumMember, function, string, number, comment, `operator`, namespace, property
  /// A repeat's name: a record of answers with one row per iteration.
  case `struct`
  /// The pattern string of `matches(x, "pattern")`.
  case regexp

  public var name: String {
    switch self {
    case .enumMember: return "enumMember"
    case .operator: return "operator"
    default: return "\(self)"
    }
  }
}

/// One classified token; never spans a line break.
public struct SemanticToken: Sendable, Equatable {
  public var range: TextRange
  public var type: SemanticTokenType
  public var isDeclaration: Bool
}

/// A foldable region.
public struct FoldingRegion: Sendable, Equatable {
  public enum Kind: Sendable, Equatable { case region, comment }
  public var range: TextRange
  public var kind: Kind
}

/// A label shown inline at an offset (`= 1` after an option name).
public struct InlayHint: Sendable, Equatable {
  public var offset: Int
  public var label: String
}

/// A fix or refactoring the editor can apply.
public struct CodeAction: Sendable, Equatable {
  public var title: String
  public var edits: [TextEdit]
  /// The diagnostic it fixes, if any.
  public var diagnostic: Diagnostic?
  public var isPreferred: Bool
}

/// The signature of the function being called and the argument the cursor is in.
public struct SignatureHelp: Sendable, Equatable {
  public var label: String
  public var documentation: String?
  public var parameters: [String]
  public var activeParameter: Int
}
