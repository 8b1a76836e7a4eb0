// The naming rule of the importer: an XLSForm name (or a label) made a valid qdsl name, unique in its namespace.

import Foundation

/// qdsl names are ASCII letters, digits and `_`, not starting with a digit, and not one of the nine reserved
/// words. The rule (docs/migrating-from-xlsform.md):
/// 1. accents are dropped (`é` → `e`);
/// 2. each run of other characters (`-`, `.`, spaces, other scripts) becomes one `_`;
/// 3. case is kept;
/// 4. a name that starts with a digit gets a leading `_`; an empty one takes the fallback;
/// 5. a reserved word gets a trailing `_`;
/// 6. a name already taken in its namespace gets `_2`, `_3`, …
enum Identifiers {
  static let reserved: Set<String> = ["and", "or", "not", "in", "contains", "true", "false", "if", "else"]

  /// Words that start a declaration, item or part: valid names, but one at the end of a condition or formula is
  /// read as the next item's start, so the importer gives items of these names a trailing `_` too (paradata,
  /// never read where that happens, keep theirs: `end`).
  static let itemWords: Set<String> = [
    "survey", "module", "use", "include", "version", "languages", "title", "choices", "paradata", "section", "question",
    "grid", "calculate", "note", "end", "repeat", "text", "hint", "check", "rows", "soft",
  ]

  /// Rules 1 to 5.
  static func valid(_ raw: String, fallback: String) -> String {
    var out = ""
    var pendingUnderscore = false
    let folded = raw.decomposedStringWithCanonicalMapping
    for scalar in folded.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if scalar.isASCIILetter || scalar.isASCIIDigit || scalar == "_" {
        if pendingUnderscore && !out.isEmpty { out.append("_") }
        pendingUnderscore = false
        out.unicodeScalars.append(scalar)
      } else {
        pendingUnderscore = true
      }
    }
    if out.isEmpty { out = fallback }
    if let first = out.unicodeScalars.first, first.isASCIIDigit { out = "_" + out }
    if reserved.contains(out) { out += "_" }
    return out
  }

  /// A name from a label, for a choice whose name is a number: lower case, words joined by `_`, apostrophes
  /// dropped, at most four words and 24 characters (`Don't know` → `dont_know`); nil when nothing is left.
  static func fromLabel(_ label: String) -> String? {
    var words: [String] = []
    var current = ""
    var skipPipe = false
    let folded = label.decomposedStringWithCanonicalMapping
    for scalar in folded.unicodeScalars {
      if skipPipe {
        if scalar == "}" { skipPipe = false }
        continue
      }
      if scalar == "$" || scalar == "{" {
        if scalar == "{" { skipPipe = true }
        continue
      }
      if scalar.properties.generalCategory == .nonspacingMark || scalar == "'" || scalar == "\u{2019}" { continue }
      if scalar.isASCIILetter || scalar.isASCIIDigit {
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        words.append(current.lowercased())
        current = ""
      }
    }
    if !current.isEmpty { words.append(current.lowercased()) }
    guard !words.isEmpty else { return nil }
    var name = ""
    for word in words.prefix(4) {
      let next = name.isEmpty ? word : name + "_" + word
      if next.count > 24 && !name.isEmpty { break }
      name = next
    }
    if name.count > 24 { name = String(name.prefix(24)) }
    return name
  }
}

/// One namespace of names: rule 6, the suffix for a name already taken.
struct NameSpace: Sendable {
  private var taken: Set<String> = []
  /// The next suffix to try per name, so that a thousand equal names take linear time.
  private var nextSuffix: [String: Int] = [:]

  init(reserved: Set<String> = []) { taken = reserved }

  mutating func claim(_ name: String) -> String {
    if taken.insert(name).inserted { return name }
    var n = nextSuffix[name, default: 2]
    while taken.contains("\(name)_\(n)") { n += 1 }
    nextSuffix[name] = n + 1
    let result = "\(name)_\(n)"
    taken.insert(result)
    return result
  }
}
