// matches(x, "pattern"): the pattern must be a fixed string in the pattern dialect; a problem is reported at the
// offending character of the string in the source, with a fix where one is mechanical.

import QDSLSyntax

extension CheckerState {
  /// Checks the pattern of a `matches()` call with two arguments; returns the call as an error when the pattern is
  /// not usable (reported here), nil when the rest of the call's checks apply.
  mutating func checkPattern(_ args: [Expr], _ argNodes: [NodeID], call r: TextRange) -> Expr? {
    guard args.count == 2, argNodes.count == 2, args[1].type != .error else { return nil }
    let patternToken = tree.kind(argNodes[1]) == .literal ? tree.firstSignificantToken(argNodes[1]) : nil
    let isString = patternToken.map { tree.tokenKind($0) == .string || tree.tokenKind($0) == .tripleString } ?? false
    guard isString, let token = patternToken, case .text(let pattern) = args[1].kind else {
      report(
        Diagnostic(
          .patternNotFixed, "matches() takes its pattern as a fixed string in quotes, not an answer or a formula",
          at: args[1].range,
          help: "write the pattern itself, e.g. matches(postcode, \"\\\\d{{5}}\"); to compare with an answer, use =="))
      return Expr(.call(.matches, args), r, .error)
    }
    if StringDecoder.decode(tree.bytes, range(token)).parts.contains(where: {
      if case .pipe = $0 { return true } else { return false }
    }) {
      report(
        Diagnostic(
          .patternNotFixed, "the pattern of matches() cannot contain a pipe: it is fixed when the file is checked",
          at: args[1].range,
          help: "write {{ and }} for the braces of a count such as \\\\d{{5}}; to compare with an answer, use =="))
      return Expr(.call(.matches, args), r, .error)
    }
    guard case .failure(let problem) = TextPattern.parse(pattern) else { return nil }
    let places = PatternSourceMap(tree.bytes, range(token))
    let at = places.range(problem.start, problem.length, count: pattern.unicodeScalars.count) ?? range(token)
    var fixes: [Diagnostic.Fix] = []
    let count = pattern.unicodeScalars.count
    switch problem.fix {
    case .escape?:
      if let offending = places.range(problem.start, 1, count: count) {
        let source = String(decoding: tree.bytes[offending.start..<offending.end], as: UTF8.self)
        fixes.append(.init(title: "put a backslash before it", range: offending, replacement: "\\\\" + source))
      }
    case .delete(let n)?:
      if let offending = places.range(problem.start, n, count: count) {
        let source = String(decoding: tree.bytes[offending.start..<offending.end], as: UTF8.self)
        fixes.append(.init(title: "remove '\(source)'", range: offending, replacement: ""))
      }
    case nil: break
    }
    // The help speaks of the pattern; in the string, a backslash and a brace are written twice.
    let help =
      problem.help.contains(where: { $0 == "\\" || $0 == "{" || $0 == "}" })
      ? problem.help + " (inside the quotes, write \\\\ for a backslash and {{ or }} for a brace)" : problem.help
    report(Diagnostic(.invalidPattern, problem.message, at: at, help: help, fixes: fixes))
    return Expr(.call(.matches, args), r, .error)
  }
}

/// Where each character of a one-line string's text lies in the source: an escape (`\\`, `\u{…}`) or a doubled
/// brace stands for one character. Triple-quoted strings are not mapped (their problems are shown on the string).
struct PatternSourceMap {
  var starts: [Int] = []
  var end = 0

  init(_ bytes: [UInt8], _ token: TextRange) {
    guard token.length >= 2, bytes[token.start] == 0x22, bytes[token.end - 1] == 0x22,
      !(token.length >= 6 && bytes[token.start + 1] == 0x22 && bytes[token.start + 2] == 0x22)
    else { return }
    var i = token.start + 1
    let stop = token.end - 1
    while i < stop {
      starts.append(i)
      let b = bytes[i]
      if b == 0x5C, i + 1 < stop {
        if bytes[i + 1] == UInt8(ascii: "u"), i + 2 < stop, bytes[i + 2] == UInt8(ascii: "{") {
          var j = i + 3
          while j < stop, bytes[j] != UInt8(ascii: "}") { j += 1 }
          i = min(stop, j + 1)
        } else {
          i += 2
        }
      } else if (b == UInt8(ascii: "{") || b == UInt8(ascii: "}")), i + 1 < stop, bytes[i + 1] == b {
        i += 2
      } else {
        i += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
      }
    }
    end = stop
  }

  /// The source range of the characters `start..<start + length` of the text, when the map covers exactly
  /// `count` characters; nil otherwise.
  func range(_ start: Int, _ length: Int, count: Int) -> TextRange? {
    guard starts.count == count, start <= count else { return nil }
    let s = start < count ? starts[start] : end
    let e = start + length < count ? starts[start + length] : end
    return TextRange(s, max(s, e))
  }
}

extension TextPattern {
  /// The pattern a string token holds once its escapes are applied (`"\\d{{5}}"` holds `\d{5}`), for editors.
  public static func written(in bytes: [UInt8], string token: TextRange) -> String {
    StringDecoder.decode(bytes, token).display
  }
}
