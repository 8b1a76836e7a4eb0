// The checker's entry point and state: builds the semantic model from a parse and runs every static check.
// Syntax errors never stop checking: every phase works on the recovered tree and skips what is missing.

import QDSLSyntax

/// A checked source file: the parse, the semantic model and every diagnostic (syntax and semantic), sorted.
public struct CheckedFile: Sendable {
  public let parse: Parse
  public let survey: Survey
  public let diagnostics: [Diagnostic]

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Parses and checks source text.
public enum Checker {
  public static func check(source: String) -> CheckedFile { check(Parse(source: source)) }

  public static func check(bytes: [UInt8]) -> CheckedFile { check(Parse(bytes: bytes)) }

  public static func check(_ parse: Parse) -> CheckedFile {
    let state = checked(parse)
    return CheckedFile(
      parse: parse, survey: state.survey, diagnostics: (parse.diagnostics + state.diagnostics).sortedForOutput())
  }

  /// The checker's state after every check has run (tests read the work spent on suggestions from it).
  static func checked(_ parse: Parse, describeLine: (@Sendable (TextRange) -> String)? = nil) -> CheckerState {
    var state = CheckerState(tree: parse.tree, lineIndex: parse.lineIndex)
    state.describeLine = describeLine
    state.syntaxErrorOffsets = parse.diagnostics.map(\.range.start).sorted()
    state.run()
    return state
  }
}

/// The variable declared by each node, as a flat array indexed by node (a dictionary cost more than the rest of
/// declaring a variable).
struct VariablesByNode {
  private var variables: [Int32]

  init(nodeCount: Int) { variables = Array(repeating: -1, count: nodeCount) }

  subscript(_ n: NodeID) -> VariableID? {
    get {
      let v = variables[Int(n)]
      return v < 0 ? nil : VariableID(v)
    }
    set { variables[Int(n)] = newValue.map { Int32($0) } ?? -1 }
  }
}

/// Where an expression or pipe is evaluated: which variables it may read and under which universe.
struct Scope {
  /// Variables with a smaller ordinal are visible.
  var ordinal: Int
  /// The variable being declared, which only a `check` may read.
  var selfVariable: VariableID?
  var allowSelf: Bool
  var universe: UniverseID
  /// What the expression belongs to, for messages ("the condition", "the formula of 'c'").
  var what: String
  /// False for texts that are not positioned in the interview (option labels): pipes are only resolved.
  var positioned = true
}

/// A `{pipe}` use, resolved after the item tree is built (for the may-be-missing check).
struct PipeUse {
  var variable: VariableID
  var range: TextRange
  var universe: UniverseID
  var isOwnCheckMessage: Bool
}

struct CheckerState {
  let tree: SyntaxTree
  let lineIndex: LineIndex
  var survey = Survey()
  var diagnostics: [Diagnostic] = []
  var listUsed: [Bool] = []
  /// The option nodes of each declared list, for lowering labels later.
  var optionNodes: [[NodeID]] = []
  /// The node of each declared list (the attributes are declared once every list is known).
  var listNodes: [NodeID] = []
  /// While a question's `where` filter is lowered: the list whose candidate option `option.ATTR` reads.
  var filterList: ListID?
  /// The filters lowered, for the "leaves no option" check once option conditions are lowered too.
  var loweredFilters: [LoweredFilter] = []
  /// The variable each declaration node declares.
  var variableOfNode: VariablesByNode
  var pipeUses: [PipeUse] = []
  var dataNames: [String: (VariableID, TextRange)] = [:]
  /// Where syntax errors start, sorted: semantic complaints about broken constructs are left out.
  var syntaxErrorOffsets: [Int] = []
  var titleNodeForLowering: NodeID?
  /// Set while lowering the argument of `answered(…)`, where a grid's own name is a valid operand.
  var allowGridName = false
  /// During the item walk: the ordinal of the next declaration.
  var nextOrdinal = 0
  /// Suggestions for misspelt names, with the file's budget of work.
  var nearMiss = NearMiss()
  /// Variables that may be suggested for a misspelt name (not grids, not repeated names), by the byte length of
  /// their names, so that a suggestion looks only at names of a near length.
  var variablesByNameLength: [[VariableID]] = []
  /// The names of grids and then of lists, the candidates for a misspelt `GRID.ROW` or `LIST.OPTION`.
  var gridAndListNames: [String] = []
  /// The first list with an option of each name, for "is an option of the list …" helps.
  var listOfOption: [String: ListID] = [:]
  /// The level of each `repeat` node.
  var levelOfRepeatNode: [NodeID: LevelID] = [:]
  /// The level whose iteration the expressions being lowered run in (0 outside repeats).
  var currentLevel: LevelID = 0
  /// Conditions being lowered (nested in aggregates' `where`), and the reads in loops over pairs they may guard.
  var conditionDepth = 0
  var pendingPairReads: [PairRead] = []
  /// The level of the declaration being declared (set by `declareVariables`).
  var declaringLevel: LevelID = 0
  /// The shuffled sections being lowered, and the reads of declarations inside them (Checker+Order.swift).
  var shuffledSectionDepth = 0
  var orderReads: [OrderRead] = []
  /// The draft languages and the texts that lack them (Checker+Drafts.swift).
  var drafts = DraftTally()
  /// How an assembled instrument names the line of a range in its own file (nil for a file on its own).
  var describeLine: (@Sendable (TextRange) -> String)?

  init(tree: SyntaxTree, lineIndex: LineIndex) {
    self.tree = tree
    self.lineIndex = lineIndex
    variableOfNode = VariablesByNode(nodeCount: tree.nodes.count)
  }

  mutating func run() {
    checkHeader()
    declareLists()
    declareListAttributes()
    declareVariables()
    declareKeyColumns()
    indexNamesForSuggestions()
    lowerOptionParts()
    lowerTitle()
    lowerSampleTexts()
    let (items, _) = lowerBlock(SyntaxTree.root, base: 0, quiet: false)
    survey.items = items
    diagnostics += survey.duplicateTextDiagnostics()
    lowerListLabels()
    lowerOptionConditions()
    checkOfferedOptions()
    checkPipes()
    checkDraftLanguages()
    checkLists()
    checkSpecify()
    checkVariableNames()
  }

  mutating func report(_ d: Diagnostic) { diagnostics.append(d) }

  /// Whether a syntax error starts inside `range` (binary search).
  func hasSyntaxError(in range: TextRange) -> Bool {
    var lo = 0
    var hi = syntaxErrorOffsets.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if syntaxErrorOffsets[mid] < range.start { lo = mid + 1 } else { hi = mid }
    }
    return lo < syntaxErrorOffsets.count && syntaxErrorOffsets[lo] <= range.end
  }

  func name(_ token: Int) -> String { tree.tokenText(token) }

  func range(_ token: Int) -> TextRange { tree.tokenRange(token) }

  /// The line of a range for messages ("line 12"; in an assembled instrument "line 12 of background.qdsl").
  func lineOf(_ r: TextRange) -> String {
    describeLine.map { $0(r) } ?? "\(lineIndex.position(of: r.start).line)"
  }
}
