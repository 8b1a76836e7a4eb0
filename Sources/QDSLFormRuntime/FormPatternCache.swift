// The compiled patterns of matches(), one per distinct pattern text, shared by every evaluation of one form (and by
// the simulator's threads), so that a pattern is compiled once rather than at each evaluation. It belongs to the
// evaluator (FormScope), not to the process: nothing outlives the forms that use it.

import Foundation

/// Compiled patterns by their text; nil for a text that is not a pattern of the dialect.
final class FormPatternCache: @unchecked Sendable {

  private let lock = NSLock()
  private var patterns: [String: FormPattern?] = [:]

  func pattern(_ text: String) -> FormPattern? {
    lock.lock()
    defer { lock.unlock() }
    if let known = patterns[text] { return known }
    // A hand-written form could hold ever new patterns: the cache stays small.
    if patterns.count >= 1000 { patterns.removeAll(keepingCapacity: true) }
    let compiled = FormPattern(text)
    patterns[text] = compiled
    return compiled
  }
}
