// The rules of `qdsl validate-data`, each a stable code (QD60xx) with a page docs/diagnostics/QD60xx.md: the same
// codes, case names and titles as their entries in QDSLSyntax's DiagnosticCode (a test keeps the two in step; this
// target reads only the form JSON and cannot use the compiler's registry).

/// A rule a data file is checked against.
public enum DataRule: String, CaseIterable, Sendable {
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

  /// A failed soft check is a note: it leaves the exit status alone.
  public var severity: DataFinding.Severity { self == .softCheckFailed ? .note : .error }

  /// Whether a finding's value is a cell as given (shown as "given '…'" in the text report); a QD6012's is the
  /// number of rows, which its message already says.
  public var valueIsGiven: Bool { self != .rowsNotDriver }

  /// The title of the rule's page (DiagnosticCode's summary).
  public var title: String {
    switch self {
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
