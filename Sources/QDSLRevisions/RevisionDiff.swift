// The revision diff: what a new revision of a questionnaire changes for analysts, variable by variable in
// data-file terms (after `many of` and grid expansion), each change classed as breaking, rename or compatible.

import QDSLSemantics
import QDSLSyntax

/// How a change affects comparisons between the two revisions' data.
public enum RevisionClass: String, Sendable, Comparable {
  /// Old and new data no longer mean the same: trend lines break.
  case breaking
  /// A variable removed and another added that are probably the same question under a new name.
  case rename
  /// Nothing the old data means changes.
  case compatible

  public static func < (a: RevisionClass, b: RevisionClass) -> Bool { a.order < b.order }

  private var order: Int {
    switch self {
    case .breaking: return 0
    case .rename: return 1
    case .compatible: return 2
    }
  }

  /// The class of a revision code (QD52xx).
  public init(_ code: DiagnosticCode) {
    if code == .likelyRename {
      self = .rename
    } else {
      self = code.severity == .error ? .breaking : .compatible
    }
  }
}

/// Which revision a source range is in.
public enum RevisionSide: String, Sendable {
  case old, new
}

/// A place in one of the two revisions, with a short label.
public struct RevisionPlace: Sendable, Equatable {
  public var side: RevisionSide
  public var range: TextRange
  public var message: String
}

/// One change between two revisions.
public struct RevisionChange: Sendable {
  public var code: DiagnosticCode
  /// The data-file variables it concerns (several for a list or a `many of` question).
  public var variables: [String]
  public var message: String
  /// Where the change is: in NEW, or in OLD for what NEW no longer has.
  public var side: RevisionSide
  public var range: TextRange
  /// A place in NEW near the change, also for removals (where the removed part was): for sorting and for
  /// reports that can only point into NEW.
  public var anchor: TextRange
  public var related: [RevisionPlace]
  /// The old and new value or text, when the change is an edit.
  public var oldValue: String?
  public var newValue: String?
  public var help: String?

  public var changeClass: RevisionClass { RevisionClass(code) }
}

/// The changes from one revision to the next.
public struct RevisionDiff: Sendable {
  public var changes: [RevisionChange]
  public var oldLanguages: [String]
  public var newLanguages: [String]

  /// True when at least one change breaks comparability (a likely rename does too).
  public var isBreaking: Bool { changes.contains { $0.changeClass != .compatible } }

  /// The number of changes of a class.
  public func count(_ c: RevisionClass) -> Int { changes.filter { $0.changeClass == c }.count }

  /// Compares two checked revisions; both should be free of errors.
  public init(old: CheckedFile, new: CheckedFile) {
    var comparison = RevisionComparison(old: RevisionView(old), new: RevisionView(new))
    comparison.run()
    changes = comparison.finished()
    oldLanguages = old.survey.languages
    newLanguages = new.survey.languages
  }
}
