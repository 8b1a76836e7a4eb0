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

extension Diagnostic {
  /// The diagnostic with its ranges (primary, related, fixes) moved to another file of a source set: the lexer
  /// and parser of a file see only its bytes, so they locate in file 0.
  public func inFile(_ file: Int32) -> Diagnostic {
    var d = self
    d.range.file = file
    for i in d.related.indices where d.related[i].range.file == 0 { d.related[i].range.file = file }
    for i in d.fixes.indices { d.fixes[i].range.file = file }
    return d
  }
}

extension Array where Element == Diagnostic {
  /// Diagnostics in source order (then by code), the order every output uses.
  public func sortedForOutput() -> [Diagnostic] {
    enumerated().sorted { a, b in
      if a.element.range.file != b.element.range.file { return a.element.range.file < b.element.range.file }
      if a.element.range.start != b.element.range.start { return a.element.range.start < b.element.range.start }
      if a.element.code != b.element.code { return a.element.code < b.element.code }
      return a.offset < b.offset
    }.map(\.element)
  }
}
