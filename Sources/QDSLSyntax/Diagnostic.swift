// The one diagnostic type of qdsl: code, severity, message, primary range, labelled related ranges, help and fixes.

/// A problem found in a source file, in the survey designer's words.
public struct Diagnostic: Sendable, Hashable {
  /// A secondary location with a short label ("first declared here").
  public struct Related: Sendable, Hashable {
    public var range: TextRange
    public var message: String
    public init(_ range: TextRange, _ message: String) {
      self.range = range
      self.message = message
    }
  }

  /// A text replacement that fixes the problem mechanically.
  public struct Fix: Sendable, Hashable {
    public var title: String
    public var range: TextRange
    public var replacement: String
    public init(title: String, range: TextRange, replacement: String) {
      self.title = title
      self.range = range
      self.replacement = replacement
    }
  }

  public var code: DiagnosticCode
  public var severity: Severity
  public var message: String
  public var range: TextRange
  public var related: [Related]
  public var help: String?
  public var fixes: [Fix]
  /// Set on diagnostics about code that has no effect (an unused list), for editors to fade it.
  public var isUnnecessary: Bool

  public init(
    _ code: DiagnosticCode, _ message: String, at range: TextRange, related: [Related] = [], help: String? = nil,
    fixes: [Fix] = [], isUnnecessary: Bool = false
  ) {
    self.code = code
    self.severity = code.severity
    self.message = message
    self.range = range
    self.related = related
    self.help = help
    self.fixes = fixes
    self.isUnnecessary = isUnnecessary
  }
}

extension Array where Element == Diagnostic {
  /// Diagnostics in source order (then by code), the order every output uses.
  public func sortedForOutput() -> [Diagnostic] {
    enumerated().sorted { a, b in
      if a.element.range.start != b.element.range.start { return a.element.range.start < b.element.range.start }
      if a.element.code != b.element.code { return a.element.code < b.element.code }
      return a.offset < b.offset
    }.map(\.element)
  }
}
