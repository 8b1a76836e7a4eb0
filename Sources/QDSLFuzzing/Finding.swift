// A finding of a fuzz oracle: an input that breaks one of qdsl's promises, said in words a fixer can act on.

/// What an oracle found wrong with one input: which promise broke, and the details (diagnostics, the output that
/// does not decode, the two versions of an edit).
public struct Finding: Error, Sendable, Equatable, CustomStringConvertible {
  /// The promise that broke, one line ("the form JSON does not decode").
  public var promise: String
  /// What differed, for the report.
  public var details: String
  /// The texts that reproduce it when they are not the input itself: the document before and after an edit.
  public var versions: [[UInt8]]

  public init(_ promise: String, _ details: String = "", versions: [[UInt8]] = []) {
    self.promise = promise
    self.details = details
    self.versions = versions
  }

  public var description: String { details.isEmpty ? promise : promise + "\n" + details }
}
