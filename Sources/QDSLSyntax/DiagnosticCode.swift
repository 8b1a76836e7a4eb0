// The registry of diagnostic codes: one code per line, never reused or renumbered; a retired code stays listed.
// Codes are grouped by the phase that first had them (QD1 syntax, QD2 names, QD3 types, QD4 logic and
// translations, QD5 outputs and revisions); a code keeps its number even if its check moves phase.

/// A stable diagnostic code such as `QD2001`.
public enum DiagnosticCode: String, CaseIterable, Sendable, Comparable {
  case unexpectedToken = "QD1001"
  case unterminatedString = "QD1002"
  case invalidEscape = "QD1003"
  case invalidCharacter = "QD1004"
  case nestingTooDeep = "QD1005"
  case malformedNumber = "QD1007"
  case malformedPipe = "QD1008"
  case wrongQuotes = "QD1009"
  case slashComment = "QD1010"
  case unknownName = "QD2001"
  case laterVariable = "QD2002"
  case selfReference = "QD2003"
  case duplicateVariable = "QD2004"
  case duplicateList = "QD2005"
  case duplicateOptionName = "QD2006"
  case duplicateOptionCode = "QD2007"
  case unknownList = "QD2008"
  case optionNotInList = "QD2009"
  case duplicateRow = "QD2010"
  case dataNameClash = "QD2011"
  case unknownFunction = "QD2012"
  case missingHeader = "QD2013"
  case duplicateHeader = "QD2014"
  case duplicateItemName = "QD2015"
  case repeatedOutsideRepeat = "QD2016"
  case unknownAttribute = "QD2017"
  case attributeNotOnce = "QD2018"
  case invalidParadata = "QD2019"
  case calculateWritesSample = "QD2020"
  case invalidSampleVariable = "QD2021"
  // Modules (instruments of several files): loading, located at the `use` line (SourceSet.swift).
  case moduleNotFound = "QD2030"
  case moduleCycle = "QD2031"
  case moduleNotUTF8 = "QD2032"
  case invalidModulePath = "QD2033"
  case notAModule = "QD2034"
  case duplicateModule = "QD2035"
  case moduleLacksLanguage = "QD2036"
  case notInModule = "QD2037"
  case typeMismatch = "QD3001"
  case conditionNotBoolean = "QD3002"
  case wrongArguments = "QD3003"
  case numberAsOption = "QD3004"
  case emptyRange = "QD3005"
  case invalidBound = "QD3006"
  case exclusiveInOneOf = "QD3007"
  case emptyList = "QD3008"
  case invalidDate = "QD3009"
  case numberOutOfRange = "QD3010"
  case invalidAggregate = "QD3011"
  case invalidRepeatDriver = "QD3012"
  case unknownRepeatMaximum = "QD3013"
  case defaultMismatch = "QD3016"
  case misplacedVariant = "QD3017"
  case attributeValueType = "QD3018"
  case misplacedOptionFilter = "QD3019"
  case shuffledItemsDepend = "QD3020"
  case rankWithMissingCode = "QD3021"
  case invalidTime = "QD3022"
  case paradataEndRead = "QD3023"
  case invalidPattern = "QD3024"
  case patternNotFixed = "QD3025"
  case specifyInGrid = "QD3014"
  case specifyOnExclusive = "QD3015"
  case missingTranslation = "QD4001"
  case undeclaredLanguage = "QD4002"
  case duplicateTranslation = "QD4003"
  case neverShown = "QD4004"
  case pipeMayBeMissing = "QD4005"
  case pipesDiffer = "QD4006"
  case unusedList = "QD4007"
  case unsafeVariableName = "QD4008"
  case duplicateText = "QD4009"
  case duplicateLanguage = "QD4010"
  case invalidLanguageTag = "QD4011"
  case repeatNeverRuns = "QD4012"
  case misplacedInRepeat = "QD4013"
  case laterIterationRead = "QD4014"
  case variantNeverShown = "QD4015"
  case filterLeavesNoOption = "QD4016"
  case conditionsLeaveNoOption = "QD4017"
  case shuffleHasNoEffect = "QD4018"
  case draftLanguage = "QD4019"
  case sourceLanguageDraft = "QD4020"
  // Revisions (`qdsl diff`): QD52xx, from breaking changes to compatible ones.
  case variableRemoved = "QD5201"
  case storageChanged = "QD5202"
  case optionRemoved = "QD5203"
  case optionMeaningChanged = "QD5204"
  case rangeNarrowed = "QD5205"
  case universeChanged = "QD5206"
  case requiredChanged = "QD5207"
  case likelyRename = "QD5208"
  case languageRemoved = "QD5209"
  case variableAdded = "QD5210"
  case optionAdded = "QD5211"
  case wordingEdited = "QD5212"
  case languageAdded = "QD5213"
  case rangeWidened = "QD5214"
  case movedBetweenLevels = "QD5215"
  case repeatRemoved = "QD5216"
  case repeatDriverChanged = "QD5217"
  case repeatRenamed = "QD5218"
  case repeatAdded = "QD5219"
  case defaultChanged = "QD5221"
  case checkSoftnessChanged = "QD5222"
  case offeredOptionsChanged = "QD5223"
  case attributesChanged = "QD5224"
  case rankedListChanged = "QD5225"
  case shuffleChanged = "QD5226"
  case paradataKindChanged = "QD5227"
  case translationMayBeStale = "QD5228"
  case draftStatusChanged = "QD5229"
  case specifyConverted = "QD5220"
  case xformIntegerRange = "QD5101"
  case xlsformCannotExpress = "QD5102"
  // Collected data (`qdsl validate-data`, QDSLDataValidation's DataRule has the same cases): QD60xx.
  case unknownColumn = "QD6001"
  case missingColumn = "QD6002"
  case malformedValue = "QD6003"
  case valueNotAccepted = "QD6004"
  case answeredNotAsked = "QD6005"
  case requiredMissing = "QD6006"
  case hardCheckFailed = "QD6007"
  case softCheckFailed = "QD6008"
  case calculateDisagrees = "QD6009"
  case duplicateKey = "QD6010"
  case orphanRow = "QD6011"
  case rowsNotDriver = "QD6012"
  case unreadableDataFile = "QD6013"

  /// Codes that are no longer emitted; they stay reserved so that old reports keep their meaning.
  public static let retired: Set<String> = ["QD1006"]

  public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The severity a code is reported with.
  public var severity: Severity {
    switch self {
    case .neverShown, .pipeMayBeMissing, .pipesDiffer, .unusedList, .unsafeVariableName, .duplicateText,
      .repeatNeverRuns, .laterIterationRead, .shuffleHasNoEffect, .draftLanguage, .filterLeavesNoOption,
      .conditionsLeaveNoOption,
      .variantNeverShown:
      return .warning
    // Compatible revisions are reported as warnings where a severity is needed; `qdsl diff` calls them notes.
    case .variableAdded, .optionAdded, .wordingEdited, .languageAdded, .rangeWidened, .repeatAdded, .shuffleChanged,
      .offeredOptionsChanged, .attributesChanged, .defaultChanged, .checkSoftnessChanged, .draftStatusChanged,
      .translationMayBeStale:
      return .warning
    case .xformIntegerRange, .xlsformCannotExpress:
      return .warning
    // A failed soft check in collected data is a note of `validate-data` (it leaves the exit status alone).
    case .softCheckFailed:
      return .warning
    default:
      return .error
    }
  }

  /// Whether the code is a change between two revisions, reported by `qdsl diff` rather than `qdsl check`.
  /// Its severity says how it is classed: an error is a breaking change, a warning a compatible one.
  public var isRevisionChange: Bool { rawValue.hasPrefix("QD52") }
  /// Whether the code is reported by `qdsl compile --target xform` (about what the XForm cannot express) rather
  /// than by the checker.
  public var isXFormWarning: Bool { rawValue.hasPrefix("QD51") }
  /// Whether the code is a rule of `qdsl validate-data` about collected data files (QD60xx): its example is a
  /// survey with data files, its fixtures are folders in Tests/Fixtures/data-validation.
  public var isDataRule: Bool { rawValue.hasPrefix("QD60") }
  /// Whether the code is reported while loading the files of an instrument (`SourceSet`), at a `use` line: its
  /// fixtures are folders of files in Tests/QDSLSemanticsTests/Fixtures/modules rather than single files.
  public var isModuleLoading: Bool {
    switch self {
    case .moduleNotFound, .moduleCycle, .moduleNotUTF8, .invalidModulePath, .notAModule, .duplicateModule,
      .moduleLacksLanguage, .notInModule:
      return true
    default: return false
    }
  }

  /// One line saying what the code means (also the title of its page).
  public var summary: String {
    switch self {
    case .unexpectedToken: return "syntax error: something unexpected, or something missing"
    case .unterminatedString: return "a string is not closed"
    case .invalidEscape: return "an unknown escape sequence in a string"
    case .invalidCharacter: return "a character that cannot appear outside strings and comments"
    case .nestingTooDeep: return "conditions, sections or expressions nested too deeply"
    case .malformedNumber: return "a number that is malformed"
    case .malformedPipe: return "a brace in a text that is not a complete pipe"
    case .wrongQuotes: return "a string in typographic or single quotes instead of straight double quotes"
    case .slashComment: return "a comment that starts with `//` instead of `#`"
    case .unknownName: return "a name that is not declared"
    case .laterVariable: return "a reference to a variable declared later"
    case .selfReference: return "a variable that refers to itself"
    case .duplicateVariable: return "a variable declared twice"
    case .duplicateList: return "a choice list declared twice"
    case .duplicateOptionName: return "two options of one list with the same name"
    case .duplicateOptionCode: return "two options of one list with the same code"
    case .unknownList: return "a choice list that is not declared"
    case .optionNotInList: return "an option that is not in the list of the other operand"
    case .duplicateRow: return "two rows of one grid with the same name"
    case .dataNameClash: return "two variables that get the same name in the data file"
    case .unknownFunction: return "a function that does not exist"
    case .missingHeader: return "a required header declaration is missing"
    case .duplicateHeader: return "a header declaration given twice"
    case .duplicateItemName: return "a section, note or repeat that shares its name with another item"
    case .repeatedOutsideRepeat: return "an answer of a repeat read outside its iteration"
    case .unknownAttribute: return "an attribute that the choice list does not declare"
    case .attributeNotOnce: return "a list attribute not given exactly once by an option, or declared twice"
    case .invalidParadata: return "a paradata field of an unknown kind, or a kind recorded twice"
    case .calculateWritesSample: return "a calculate that writes to a sample variable"
    case .invalidSampleVariable: return "a sample variable with a set of options, or with parts of an asked question"
    case .moduleNotFound: return "a module file that is missing or cannot be read"
    case .moduleCycle: return "modules that use each other in a cycle"
    case .moduleNotUTF8: return "a module file that is not UTF-8"
    case .invalidModulePath: return "a `use` path that is not a relative path to a .qdsl file"
    case .notAModule: return "a `use` of a file that is not a module"
    case .duplicateModule: return "two modules of one instrument with the same name"
    case .moduleLacksLanguage: return "a module without a language that its instrument declares"
    case .notInModule: return "a title, version or paradata declared in a module instead of its instrument"
    case .typeMismatch: return "an operator or function used with values of the wrong type"
    case .conditionNotBoolean: return "a condition that is not true or false"
    case .wrongArguments: return "a function called with the wrong number or kind of arguments"
    case .numberAsOption: return "a number used where an option name is needed"
    case .emptyRange: return "a range whose minimum is above its maximum"
    case .invalidBound: return "a bound that does not fit its type"
    case .exclusiveInOneOf: return "an `exclusive` option in a list used by a `one of` question"
    case .emptyList: return "a choice list without options"
    case .invalidDate: return "a date that is not a valid YYYY-MM-DD date"
    case .invalidPattern: return "a pattern of matches() that is not in the pattern dialect"
    case .patternNotFixed: return "the pattern of matches() is not a fixed string in quotes"
    case .numberOutOfRange: return "a whole number beyond ±9007199254740991, or a decimal too large"
    case .invalidAggregate: return "an aggregate (count, sum, min, max, any, all) that does not read a repeat"
    case .invalidRepeatDriver: return "a repeat driven by something that cannot drive it"
    case .unknownRepeatMaximum: return "a repeat whose most iterations are not known"
    case .shuffledItemsDepend: return "a shuffled section whose items depend on each other"
    case .rankWithMissingCode: return "a ranking over a list with a missing-value code"
    case .attributeValueType: return "an attribute of the wrong type, or a value that does not fit its type"
    case .misplacedOptionFilter: return "`option.ATTR` or a `where` filter where there is no candidate option"
    case .defaultMismatch: return "a default that does not fit the question's answer"
    case .misplacedVariant: return "a text variant after the plain text, or without one"
    case .invalidTime: return "a time or date-time that is not a valid HH:MM or YYYY-MM-DDTHH:MM"
    case .paradataEndRead: return "the interview's end (paradata `end`) read during the interview"
    case .specifyInGrid: return "an \"other, specify\" option in a list that a grid uses"
    case .specifyOnExclusive: return "`specify` on an exclusive option of a `many of` list"
    case .missingTranslation: return "a text without a translation for a declared language"
    case .undeclaredLanguage: return "a text in a language the survey does not declare"
    case .duplicateTranslation: return "a language given twice in one text"
    case .neverShown: return "a branch that is never shown, because its conditions contradict"
    case .pipeMayBeMissing: return "a pipe of an answer that may be missing where the text is shown"
    case .pipesDiffer: return "translations of one text that use different pipes"
    case .draftLanguage: return "a draft language: a translation in progress, with the texts it lacks"
    case .sourceLanguageDraft: return "the source language declared a draft"
    case .unusedList: return "a choice list that no question uses"
    case .unsafeVariableName: return "a variable name that analysis software rejects"
    case .duplicateText: return "two questions with the same source-language text"
    case .duplicateLanguage: return "a language declared twice"
    case .invalidLanguageTag: return "a language tag that is not a valid BCP 47 tag"
    case .repeatNeverRuns: return "a repeat that never runs, because its count is always 0"
    case .laterIterationRead: return "a loop over pairs that reads the answers of members not asked yet"
    case .shuffleHasNoEffect: return "`shuffle` where nothing can move"
    case .filterLeavesNoOption: return "a question filter that leaves no option for some reachable answer"
    case .conditionsLeaveNoOption: return "option conditions that can all fail together, leaving no option"
    case .variantNeverShown: return "a text variant, or the plain text after variants, that is never shown"
    case .misplacedInRepeat: return "a repeat nested too deeply, or an `end` inside a repeat"
    case .variableRemoved: return "a data-file variable removed in a revision"
    case .storageChanged: return "a variable whose type, storage or formula changed in a revision"
    case .optionRemoved: return "an option code removed in a revision"
    case .optionMeaningChanged: return "an existing option code given another meaning in a revision"
    case .rangeNarrowed: return "a range of allowed values narrowed in a revision"
    case .universeChanged: return "a change in who is asked a question"
    case .requiredChanged: return "a question made optional, or required, in a revision"
    case .likelyRename: return "a variable that was probably renamed in a revision"
    case .languageRemoved: return "a language removed in a revision"
    case .variableAdded: return "a data-file variable added in a revision"
    case .optionAdded: return "an option added with a new code in a revision"
    case .wordingEdited: return "a question text, hint, label or translation edited in a revision"
    case .languageAdded: return "a language added in a revision"
    case .rangeWidened: return "a range of allowed values widened in a revision"
    case .movedBetweenLevels: return "a variable or repeat moved into, out of or between repeats in a revision"
    case .repeatRemoved: return "a repeat removed in a revision"
    case .repeatDriverChanged: return "a repeat whose count, `for each` or `while` changed in a revision"
    case .repeatRenamed: return "a repeat renamed in a revision"
    case .repeatAdded: return "a repeat added in a revision"
    case .rankedListChanged: return "options added to or removed from a ranked list in a revision"
    case .shuffleChanged: return "a question's options or a section's items shuffled, or no longer, in a revision"
    case .offeredOptionsChanged: return "a filter or option condition added, removed or changed in a revision"
    case .attributesChanged: return "a list's attributes or an option's attribute value changed in a revision"
    case .defaultChanged: return "a question's default added, removed or changed in a revision"
    case .checkSoftnessChanged: return "a check made soft or hard in a revision"
    case .paradataKindChanged: return "a paradata variable that records something else in a revision"
    case .draftStatusChanged:
      return "a language that became a draft, left draft status, or whose translation progressed"
    case .translationMayBeStale:
      return "a translation that may be stale: its source text changed in a revision and the translation did not"
    case .specifyConverted: return "a question that became an \"other, specify\" text, or one that became a question"
    case .xformIntegerRange: return "an integer range beyond the whole numbers of an XForm"
    case .xlsformCannotExpress: return "something the XLSForm cannot hold as the XForm does (pyxform changes it)"
    case .unknownColumn: return "a column of a data file that the instrument's level does not have"
    case .missingColumn: return "a column of the instrument's level that a data file lacks"
    case .malformedValue: return "a cell that is not a value of its column's type"
    case .valueNotAccepted: return "a value the question does not accept (range, list, length, pattern)"
    case .answeredNotAsked: return "an answer where the routing did not ask the question"
    case .requiredMissing: return "a required question that was asked but has no answer"
    case .hardCheckFailed: return "an answer that fails a hard check"
    case .softCheckFailed: return "an answer that fails a soft check"
    case .calculateDisagrees: return "a calculate that disagrees with what the instrument computes"
    case .duplicateKey: return "a record id, or a repeat row's key, used twice"
    case .orphanRow: return "a repeat row without its parent record or iteration"
    case .rowsNotDriver: return "repeat rows that do not match what drives the repeat"
    case .unreadableDataFile: return "a data file that cannot be read past a point, or is not this instrument's"
    }
  }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Comparable {
  case error, warning

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
}
