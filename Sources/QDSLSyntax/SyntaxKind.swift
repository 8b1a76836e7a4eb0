// The kinds of node in the lossless syntax tree, one per grammar rule of Grammar/qdsl.ebnf.

/// What a syntax node is.
public enum SyntaxKind: UInt8, Sendable, CaseIterable {
  case sourceFile
  // Header declarations.
  case surveyDecl, versionDecl, languagesDecl, titleDecl, languageTag
  /// The contextual word `draft` in a languages line: the tags after it are languages still being translated.
  case draftMarker
  /// `module NAME` (a module file's header, instead of `survey`) and `use "path.qdsl"`.
  case moduleDecl, useDecl
  // Texts: a block of translations (or a single string), and one entry `fi "..."`.
  case translations, translation
  // Choice lists.
  case choicesDecl, optionDecl, optionCode
  /// `(country: country, population: integer)` after a list's name, and one `NAME: TYPE` in it.
  case attributeList, attributeDecl
  /// Parts of an option after its labels: `description { … }`, `specify { … }`, `if (COND)`, `ATTR = VALUE`.
  case optionDescription, optionSpecify, optionCondition, optionAttribute
  /// `paradata { NAME: KIND … }` and one `NAME: KIND` in it.
  case paradataDecl, paradataField
  // Items.
  case sectionDecl, questionDecl, gridDecl, rowsBlock, rowDecl, calculateDecl, noteDecl, endItem
  /// `include NAME`: the items of the module NAME stand here.
  case includeItem
  case ifItem, ifBranch, elseBranch, block
  // A repeat and the parts of its header: `count EXPR`, `for each NAME`, `max N`, `while EXPR`.
  case repeatDecl, repeatCount, repeatForEach, repeatMax, repeatWhile
  // Parts of a question, grid or note.
  case textPart, hintPart, checkPart
  /// `text if COND { … }`: a text shown instead of the plain text when its condition holds.
  case textVariant
  /// After a question's type: `where COND` (which options are offered) and `default EXPR`.
  case filterClause, defaultClause
  // Types.
  case integerType, decimalType, textType, dateType, oneOfType, manyOfType, rangeSpec, signedNumber, maxLength
  case timeType, datetimeType, rankOfType
  // Expressions.
  case binaryExpr, prefixExpr, parenExpr, nameRef, qualifiedName, literal, listExpr, callExpr, argList
  /// `where COND` after an aggregate's repeat: `count(person where age < 16)`.
  case whereClause
  /// Tokens the parser could not place, kept so that the tree stays lossless.
  case error
  /// `sample NAME: TYPE [optional] { text … }`: a variable whose value comes from the sample, never asked.
  case sampleDecl

  public var isExpression: Bool {
    switch self {
    case .binaryExpr, .prefixExpr, .parenExpr, .nameRef, .qualifiedName, .literal, .listExpr, .callExpr: return true
    default: return false
    }
  }

  public var isType: Bool {
    switch self {
    case .integerType, .decimalType, .textType, .dateType, .oneOfType, .manyOfType, .timeType, .datetimeType,
      .rankOfType:
      return true
    default: return false
    }
  }
}
