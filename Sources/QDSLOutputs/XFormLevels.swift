// The repeats of the XForm: where each level's iterations are in the instance, the hidden helper elements beside
// and inside them, and the markers that expressions leave for "the current iteration of level L", which each bind
// and text resolves into a relative path (`../age`) from its own node.

import QDSLSemantics

/// The elements of each level (the instrument and each repeat) and the translation of references into them.
///
/// An expression inside a repeat reads the current iteration's answers. JavaRosa resolves an absolute path such
/// as `/s/person/age` inside `person[2]` to that iteration, but the same path to a repeat's elements
/// (`count(/s/person)`) then counts only `person[2]`; relative paths (`../age`, `../../person`) mean the same in
/// every engine. A relative path depends on the node the expression is evaluated at, and the XPath of one universe
/// is shared by the binds of several nodes, so `XFormExpression` writes a marker for "the element of the current
/// iteration of level L" (`\u{1}L\u{2}`) and for "the iterations of repeat R reachable from here"
/// (`\u{3}R\u{2}`), and each bind and text resolves the markers for its own node (`resolve`). No qdsl text keeps
/// these control characters (`XFormExpression.literal` replaces them), so a marker is never a literal.
struct XFormLevels {
  let survey: Survey
  /// The generic path of each level's element: the root element for the instrument, `/s/person`,
  /// `/s/person/job`… (empty for a level not lowered yet).
  var elements: [String]
  /// The name of the hidden element beside each repeat's iterations that holds how many of them run.
  var countNames: [String]
  /// The name of the element in each iteration of a `for each` over options that holds the iteration's option
  /// (the data file's key column, named after the repeat).
  var keyNames: [String]

  init(survey: Survey, root: String) {
    self.survey = survey
    elements = Array(repeating: "", count: max(1, survey.levels.count))
    elements[0] = root
    countNames = Array(repeating: "", count: max(1, survey.levels.count))
    keyNames = countNames
  }

  /// The marker for the element of the current iteration of `level` (the root element for level 0).
  static func marker(_ level: LevelID) -> String { "\u{1}\(level)\u{2}" }

  /// The marker for the iterations of repeat `level` reachable from the node (its element's path, with the live
  /// iterations of each enclosing repeat that is not the node's own).
  static func nodesetMarker(_ level: LevelID) -> String { "\u{3}\(level)\u{2}" }

  /// Whether the iteration at the context node (a repeat's element) runs: its number is within the count beside
  /// it. Iterations beyond (left over when the count went down, or added by hand) are in the instance but not in
  /// the data.
  func live(_ level: LevelID) -> String { "position(.) <= ../\(countNames[level])" }

  /// The number of steps of a path (`/s/person/age` has 3).
  static func depth(_ path: String) -> Int { path.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) } }

  /// `..` repeated `steps` times, `.` for none.
  static func up(_ steps: Int) -> String {
    steps <= 0 ? "." : Array(repeating: "..", count: steps).joined(separator: "/")
  }

  /// The iterations of repeat `r` as a relative (or, outside every repeat, absolute) location path from a node of
  /// `level` that is `depth` steps deep, without a predicate on `r`'s own step. Each enclosing repeat of `r` that
  /// does not enclose the node is enumerated, with only its live iterations.
  func nodeset(_ r: LevelID, from level: LevelID, depth: Int) -> String {
    let chain = survey.levelPath(r)
    var bound: LevelID = 0
    var first = 0
    for (i, a) in chain.dropLast().enumerated() where survey.encloses(a, level) {
      bound = a
      first = i + 1
    }
    var out = bound == 0 && level == 0 ? elements[0] : Self.up(depth - Self.depth(elements[bound]))
    for a in chain[first...] {
      let parent = survey.levels[a].parent ?? 0
      let step = elements[a].dropFirst(elements[parent].count)
      if out == "." { out = String(step.dropFirst()) } else { out += step }
      if a != r { out += "[\(live(a))]" }
    }
    return out
  }

  /// `text` with its markers replaced by paths from the node at `path`, of level `level`.
  /// In a predicate (`inPredicate`, a choice filter), a relative path starts at `current()`, the node itself.
  func resolve(_ text: String, at path: String, level: LevelID, inPredicate: Bool = false) -> String {
    guard text.utf8.contains(where: { $0 == 1 || $0 == 3 }) else { return text }
    let here = inPredicate ? Array("current()/".utf8) : []
    let depth = Self.depth(path)
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 64)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      guard b == 1 || b == 3 else {
        out.append(b)
        i += 1
        continue
      }
      var l = 0
      i += 1
      while i < bytes.count, bytes[i] != 2 {
        l = l * 10 + Int(bytes[i] &- UInt8(ascii: "0"))
        i += 1
      }
      i += 1
      guard l < elements.count else { continue }
      if b == 3 {
        let nodes = nodeset(l, from: level, depth: depth)
        if !nodes.hasPrefix("/") { out += here }
        out += nodes.utf8
      } else if l == 0 && level == 0 {
        out += elements[0].utf8
      } else {
        let steps = depth - Self.depth(elements[l])
        if steps > 0 {
          out += here
          out += Self.up(steps).utf8
        } else if i < bytes.count, bytes[i] == UInt8(ascii: "/") {
          out += here
          i += 1  // the node is the iteration's element itself: `⟨L⟩/age` is `age`
        } else {
          out += inPredicate ? Array("current()".utf8) : [UInt8(ascii: ".")]
        }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
