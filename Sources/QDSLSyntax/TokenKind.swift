// The kinds of token the lexer produces: trivia, literals, punctuation and the language's keywords.

/// What a token is. Keywords other than the reserved ones (`Keyword.isReserved`) are contextual:
/// they may also name a question, a list or an option.
public enum TokenKind: UInt8, Sendable, CaseIterable {
  // Trivia: kept in the tree so that its text equals the source.
  case whitespace, comment
  // Literals.
  case identifier, integer, decimal, string, tripleString
  // Punctuation.
  case lBrace, rBrace, lParen, rParen, lBracket, rBracket
  case comma, colon, dot, dotDot, equals
  case eqEq, bangEq, less, lessEq, greater, greaterEq
  case plus, minus, star, slash
  // Bytes that start no token (stray characters, invalid UTF-8).
  case unknown
  // Keywords.
  case kwSurvey, kwModule, kwUse, kwInclude, kwVersion, kwLanguages, kwTitle, kwChoices, kwExclusive, kwMissing
  case kwSection, kwQuestion, kwRequired, kwText, kwHint, kwCheck, kwGrid, kwRows
  case kwCalculate, kwNote, kwIf, kwElse, kwEnd
  case kwInteger, kwDecimal, kwDate, kwOne, kwMany, kwOf, kwMax
  case kwRepeat, kwFor, kwEach, kwWhile, kwWhere
  case kwSpecify, kwDescription, kwFixed, kwShuffle, kwDefault, kwSoft, kwRank, kwTime, kwDatetime, kwParadata
  case kwAnd, kwOr, kwNot, kwIn, kwContains, kwTrue, kwFalse
  /// End of input (never stored in the token array).
  case eof

  public var isTrivia: Bool { self == .whitespace || self == .comment }

  public var isKeyword: Bool { rawValue >= TokenKind.kwSurvey.rawValue && rawValue <= TokenKind.kwFalse.rawValue }

  /// Keywords that can never be names: the words of the expression language and of `if`.
  public var isReserved: Bool {
    switch self {
    case .kwAnd, .kwOr, .kwNot, .kwIn, .kwContains, .kwTrue, .kwFalse, .kwIf, .kwElse: return true
    default: return false
    }
  }

  /// A token that may serve as a name: an identifier or a contextual keyword.
  public var isNameLike: Bool { self == .identifier || (isKeyword && !isReserved) }

  /// The keyword's spelling, or nil for non-keywords.
  public var keywordText: String? { Keywords.spelling[self] }

  /// How the kind is named in messages: `'question'`, `a name`, `'{'`.
  public var displayName: String {
    if let word = keywordText { return "'\(word)'" }
    switch self {
    case .whitespace: return "whitespace"
    case .comment: return "a comment"
    case .identifier: return "a name"
    case .integer: return "a whole number"
    case .decimal: return "a decimal number"
    case .string, .tripleString: return "a string"
    case .lBrace: return "'{'"
    case .rBrace: return "'}'"
    case .lParen: return "'('"
    case .rParen: return "')'"
    case .lBracket: return "'['"
    case .rBracket: return "']'"
    case .comma: return "','"
    case .colon: return "':'"
    case .dot: return "'.'"
    case .dotDot: return "'..'"
    case .equals: return "'='"
    case .eqEq: return "'=='"
    case .bangEq: return "'!='"
    case .less: return "'<'"
    case .lessEq: return "'<='"
    case .greater: return "'>'"
    case .greaterEq: return "'>='"
    case .plus: return "'+'"
    case .minus: return "'-'"
    case .star: return "'*'"
    case .slash: return "'/'"
    case .unknown: return "an unexpected character"
    case .eof: return "the end of the file"
    default: return "\(self)"
    }
  }
}

/// The keyword table, shared by the lexer, the docs and the editor grammars.
public enum Keywords {
  public static let all: [(String, TokenKind)] = [
    ("survey", .kwSurvey), ("module", .kwModule), ("use", .kwUse), ("include", .kwInclude),
    ("version", .kwVersion), ("languages", .kwLanguages), ("title", .kwTitle),
    ("choices", .kwChoices), ("exclusive", .kwExclusive), ("missing", .kwMissing), ("section", .kwSection),
    ("question", .kwQuestion), ("required", .kwRequired), ("text", .kwText), ("hint", .kwHint),
    ("check", .kwCheck), ("grid", .kwGrid), ("rows", .kwRows), ("calculate", .kwCalculate), ("note", .kwNote),
    ("if", .kwIf), ("else", .kwElse), ("end", .kwEnd), ("integer", .kwInteger), ("decimal", .kwDecimal),
    ("date", .kwDate), ("one", .kwOne), ("many", .kwMany), ("of", .kwOf), ("max", .kwMax), ("repeat", .kwRepeat),
    ("for", .kwFor), ("each", .kwEach), ("while", .kwWhile), ("where", .kwWhere),
    ("specify", .kwSpecify), ("description", .kwDescription), ("fixed", .kwFixed), ("shuffle", .kwShuffle),
    ("default", .kwDefault), ("soft", .kwSoft), ("rank", .kwRank), ("time", .kwTime), ("datetime", .kwDatetime),
    ("paradata", .kwParadata), ("and", .kwAnd),
    ("or", .kwOr), ("not", .kwNot), ("in", .kwIn), ("contains", .kwContains), ("true", .kwTrue),
    ("false", .kwFalse),
  ]

  static let spelling: [TokenKind: String] = Dictionary(uniqueKeysWithValues: all.map { ($0.1, $0.0) })

  /// Keywords grouped by length, as byte arrays, for the lexer's allocation-free lookup.
  static let byLength: [[([UInt8], TokenKind)]] = {
    var table = [[([UInt8], TokenKind)]](repeating: [], count: 12)
    for (word, kind) in all { table[word.utf8.count].append((Array(word.utf8), kind)) }
    return table
  }()
}
