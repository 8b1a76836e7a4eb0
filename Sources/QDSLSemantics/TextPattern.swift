// The pattern dialect of matches(x, "pattern"): a subset of regular expressions that Swift, JavaScript RegExp (with
// the "u" flag) and java.util.regex read alike, parsed into a tree or a problem at the exact offending character.

/// A set of characters: a bracketed class, `.`, or a class escape such as `\d`.
public struct PatternSet: Sendable, Equatable {
  /// One member of a set: a range of scalars (one scalar is a range of one) or a class escape.
  public enum Item: Sendable, Equatable {
    case range(Unicode.Scalar, Unicode.Scalar)
    /// `\d`: 0-9.
    case digit
    /// `\w`: A-Z, a-z, 0-9 and `_`.
    case word
    /// `\s`: JavaScript's white space and line terminators (see docs/language.md, "Text patterns").
    case space
  }

  public var negated: Bool
  public var items: [Item]

  public init(negated: Bool, items: [Item]) {
    self.negated = negated
    self.items = items
  }

  /// `.`: every character but a line break (`\n`, `\r`, U+2028, U+2029).
  public static let anyButLineBreak = PatternSet(
    negated: true, items: [.range("\n", "\n"), .range("\r", "\r"), .range("\u{2028}", "\u{2029}")])

  /// The ranges of `\s`, as JavaScript defines it: white space (Unicode category Zs, tab, vertical tab, form
  /// feed, U+FEFF) and line terminators.
  public static let spaceRanges: [ClosedRange<UInt32>] = [
    0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029, 0x202F...0x202F,
    0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
  ]
}

/// A parsed pattern.
public indirect enum PatternNode: Sendable, Equatable {
  case sequence([PatternNode])
  case alternation([PatternNode])
  /// `( … )`: groups only (the dialect has no captures to refer to).
  case group(PatternNode)
  case scalar(Unicode.Scalar)
  case set(PatternSet)
  /// `^`: the start of the text.
  case start
  /// `$`: the end of the text.
  case end
  /// `x*`, `x+`, `x?`, `x{m}`, `x{m,}`, `x{m,n}`: `max` nil for no upper bound.
  case repetition(PatternNode, min: Int, max: Int?)
}

/// The pattern of a `matches()` call: the whole text must match it.
public struct TextPattern: Sendable {
  /// What is wrong with a pattern: where (scalar offsets into the pattern), what, and how to write it instead.
  public struct Problem: Sendable, Equatable, Error {
    public var start: Int
    public var length: Int
    public var message: String
    public var help: String
    /// The fix, when there is one: put a backslash before the character at `start`, or delete characters there.
    public var fix: Fix?

    public enum Fix: Sendable, Equatable {
      case escape
      /// Delete this many characters from `start`.
      case delete(Int)
    }
  }

  /// The largest count in `{m,n}`.
  public static let largestCount = 1000
  /// The largest pattern, counted as characters and sets once each repetition is written out.
  public static let largestSize = 10_000

  public var root: PatternNode

  /// The characters with a meaning of their own outside brackets: a backslash before one of them means it.
  public static let syntaxCharacters: Set<Unicode.Scalar> = [
    "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/",
  ]

  public static func parse(_ pattern: String) -> Result<TextPattern, Problem> {
    var parser = Parser(scalars: Array(pattern.unicodeScalars))
    do {
      let root = try parser.alternation()
      if parser.i < parser.scalars.count {
        // Only a `)` stops an alternation early.
        throw parser.problem(
          "this ')' closes no '('", help: "write \\) for a parenthesis, or add the '(' it closes", fix: .escape)
      }
      let size = Self.size(root)
      if size > largestSize {
        throw Problem(
          start: 0, length: parser.scalars.count,
          message: "the pattern is too large: written out, its repetitions make \(size) parts (at most \(largestSize))",
          help: "use smaller counts in {m,n}, or * and +", fix: nil)
      }
      return .success(TextPattern(root: root))
    } catch let p as Problem {
      return .failure(p)
    } catch {
      return .failure(Problem(start: 0, length: 0, message: "\(error)", help: "", fix: nil))
    }
  }

  /// The number of characters and sets once every repetition is written out (capped, so it cannot overflow).
  static func size(_ n: PatternNode) -> Int {
    switch n {
    case .sequence(let items), .alternation(let items):
      return items.reduce(1) { Swift.min(Int(Int32.max), $0 + size($1)) }
    case .group(let inner): return size(inner)
    case .scalar, .set, .start, .end: return 1
    case .repetition(let inner, let min, let max):
      return Swift.min(Int(Int32.max), size(inner) * Swift.max(1, max ?? (min + 1)))
    }
  }

  struct Parser {
    let scalars: [Unicode.Scalar]
    var i = 0
    var depth = 0

    var current: Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }

    func problem(
      _ message: String, help: String, at start: Int? = nil, length: Int = 1, fix: Problem.Fix? = nil
    ) -> Problem {
      let s = start ?? i
      return Problem(
        start: s, length: Swift.max(0, Swift.min(length, scalars.count - s)), message: message, help: help, fix: fix)
    }

    mutating func alternation() throws -> PatternNode {
      var branches = [try sequence()]
      while current == "|" {
        i += 1
        branches.append(try sequence())
      }
      return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    mutating func sequence() throws -> PatternNode {
      var items: [PatternNode] = []
      while let c = current, c != "|", c != ")" {
        let atomStart = i
        let atom = try self.atom()
        items.append(try quantified(atom, from: atomStart))
      }
      return items.count == 1 ? items[0] : .sequence(items)
    }

    mutating func atom() throws -> PatternNode {
      let c = scalars[i]
      switch c {
      case "^":
        i += 1
        return .start
      case "$":
        i += 1
        return .end
      case ".":
        i += 1
        return .set(.anyButLineBreak)
      case "(":
        if i + 1 < scalars.count, scalars[i + 1] == "?" {
          if i + 2 < scalars.count, scalars[i + 2] == ":" {
            throw problem(
              "non-capturing groups '(?:' are not in the pattern dialect, whose groups capture nothing anyway",
              help: "write a plain group ( … )", at: i + 1, length: 2, fix: .delete(2))
          }
          throw problem(
            "'(?' starts a group kind the pattern dialect does not have (lookaround, named groups, flags)",
            help: "spell out what the text must hold without looking ahead or behind; to match a '(' write \\(",
            at: i + 1)
        }
        depth += 1
        if depth > 100 {
          throw problem("groups are nested too deeply (at most 100)", help: "write fewer nested ( … )")
        }
        let open = i
        i += 1
        let inner = try alternation()
        guard current == ")" else {
          throw problem(
            "this '(' is never closed", help: "add a ')' after the group, or write \\( for a parenthesis", at: open,
            fix: .escape)
        }
        i += 1
        depth -= 1
        return .group(inner)
      case "[":
        return try bracketed()
      case "\\":
        return try escapeOutsideBrackets()
      case "*", "+", "?":
        throw problem(
          "'\(c)' repeats nothing here",
          help: "put it after a character or group, or write \\\(c) for the character itself",
          fix: .escape)
      case "{":
        throw problem(
          "'{' starts a count such as {3} or {2,5}, but nothing comes before it to repeat",
          help: "write \\{ for a brace", fix: .escape)
      case "}", "]":
        throw problem(
          "a '\(c)' that closes nothing", help: "write \\\(c) for the character itself", fix: .escape)
      default:
        i += 1
        return .scalar(c)
      }
    }

    /// `\d`, `\.` and the other escapes outside brackets.
    mutating func escapeOutsideBrackets() throws -> PatternNode {
      let start = i
      guard i + 1 < scalars.count else {
        throw problem("the pattern ends with a lone backslash", help: "write \\\\ for a backslash", fix: .escape)
      }
      let e = scalars[i + 1]
      i += 2
      switch e {
      case "d": return .set(PatternSet(negated: false, items: [.digit]))
      case "D": return .set(PatternSet(negated: true, items: [.digit]))
      case "w": return .set(PatternSet(negated: false, items: [.word]))
      case "W": return .set(PatternSet(negated: true, items: [.word]))
      case "s": return .set(PatternSet(negated: false, items: [.space]))
      case "S": return .set(PatternSet(negated: true, items: [.space]))
      default:
        if let s = try simpleEscape(e, at: start, inBrackets: false) { return .scalar(s) }
        return .scalar(e)
      }
    }

    /// `\n \r \t \f` and a backslash before a syntax character; a problem for every other escape.
    func simpleEscape(_ e: Unicode.Scalar, at start: Int, inBrackets: Bool) throws -> Unicode.Scalar? {
      switch e {
      case "n": return "\n"
      case "r": return "\r"
      case "t": return "\t"
      case "f": return "\u{0C}"
      case "b", "B":
        throw problem(
          inBrackets
            ? "\\\(e) inside brackets means a backspace in some engines and is not in the pattern dialect"
            : "word boundaries (\\\(e)) are not in the pattern dialect: engines disagree on what a word is",
          help: "spell out the characters around, e.g. (^|[^A-Za-z0-9_]) or \\W", at: start, length: 2)
      case "0"..."9":
        throw problem(
          "back references (\\\(e)) are not in the pattern dialect",
          help: "repeat the group itself instead of referring back to it", at: start, length: 2)
      case "-" where inBrackets:
        return "-"
      default:
        if TextPattern.syntaxCharacters.contains(e) { return e }
        let what = e.properties.isAlphabetic ? "'\\\(e)'" : "a backslash before '\(e)'"
        throw problem(
          "\(what) is not an escape of the pattern dialect",
          help: "the escapes are \\d \\D \\w \\W \\s \\S \\n \\r \\t \\f and a backslash before one of "
            + "^ $ \\ . * + ? ( ) [ ] { } | / (and - inside brackets); a character without a meaning is written "
            + "as it is", at: start, length: 2, fix: e.properties.isAlphabetic ? nil : .delete(1))
      }
    }

    mutating func quantified(_ atom: PatternNode, from atomStart: Int) throws -> PatternNode {
      guard let c = current else { return atom }
      let min: Int
      let max: Int?
      let qStart = i
      switch c {
      case "*": (min, max) = (0, nil)
      case "+": (min, max) = (1, nil)
      case "?": (min, max) = (0, 1)
      case "{":
        (min, max) = try count()
      default: return atom
      }
      if c != "{" { i += 1 }
      if atom == .start || atom == .end {
        throw problem(
          "'\(c)' cannot repeat the anchor '\(atom == .start ? "^" : "$")'", help: "remove the '\(c)'", at: qStart,
          length: i - qStart, fix: .delete(i - qStart))
      }
      if let next = current, next == "?" || next == "+" || next == "*" || next == "{" {
        let lazy = next == "?"
        throw problem(
          lazy
            ? "lazy repetition ('\(c)?') is not in the pattern dialect: a whole-text match needs no laziness"
            : "a repetition cannot be repeated again directly",
          help: lazy ? "remove the '?'" : "put the repeated part in a group: (x\(c))\(next)",
          fix: lazy ? .delete(1) : nil)
      }
      return .repetition(atom, min: min, max: max)
    }

    /// `{m}`, `{m,}` or `{m,n}` at `i`; moves past it.
    mutating func count() throws -> (Int, Int?) {
      let open = i
      i += 1
      func number() throws -> Int? {
        let s = i
        var n = 0
        while let c = current, ("0"..."9").contains(c) {
          n = Swift.min(n * 10 + Int(c.value - 48), 1_000_000)
          i += 1
        }
        guard i > s else { return nil }
        if n > TextPattern.largestCount {
          throw problem(
            "\(n) is too large a count (at most \(TextPattern.largestCount))", help: "use * or + for any number",
            at: s, length: i - s)
        }
        return n
      }
      guard let m = try number() else {
        throw problem(
          "'{' starts a count such as {3}, {2,} or {2,5}, but no number follows", help: "write \\{ for a brace",
          at: open, fix: .escape)
      }
      var n: Int? = m
      if current == "," {
        i += 1
        n = try number()
      }
      guard current == "}" else {
        throw problem(
          "a count is written {3}, {2,} or {2,5}", help: "close it with '}', or write \\{ for a brace", at: open,
          length: i - open, fix: nil)
      }
      i += 1
      if let n, n < m {
        throw problem(
          "{\(m),\(n)} asks for at least \(m) but at most \(n)", help: "write the smaller number first: {\(n),\(m)}",
          at: open, length: i - open)
      }
      return (m, n)
    }

    /// `[…]` or `[^…]` at `i`.
    mutating func bracketed() throws -> PatternNode {
      let open = i
      i += 1
      var negated = false
      if current == "^" {
        negated = true
        i += 1
      }
      var items: [PatternSet.Item] = []
      let first = i
      while true {
        guard let c = current else {
          throw problem(
            "this '[' is never closed", help: "add a ']', or write \\[ for a bracket", at: open, fix: .escape)
        }
        if c == "]" {
          if i == first {
            throw problem(
              "empty brackets match nothing", help: "put characters between the brackets, or write \\[ for a bracket",
              at: open, length: i - open + 1)
          }
          i += 1
          break
        }
        let itemStart = i
        let low = try classAtom()
        // A range a-z; a '-' first, last or right after a range is a problem unless escaped.
        if current == "-", i + 1 < scalars.count, scalars[i + 1] != "]" {
          guard case .range(let lo, let loHi) = low, lo == loHi else {
            throw problem(
              "a range cannot start at a class escape such as \\d", help: "write \\- for a hyphen", at: i, fix: .escape)
          }
          i += 1
          let highStart = i
          let high = try classAtom()
          guard case .range(let hi, let hiHi) = high, hi == hiHi else {
            throw problem(
              "a range cannot end at a class escape such as \\d", help: "write \\- for a hyphen", at: highStart - 1,
              fix: .escape)
          }
          guard lo.value <= hi.value else {
            throw problem(
              "the range \(lo)-\(hi) runs backwards", help: "write the smaller character first: \(hi)-\(lo)",
              at: itemStart, length: i - itemStart)
          }
          items.append(.range(lo, hi))
          if current == "-", i + 1 < scalars.count, scalars[i + 1] != "]" {
            throw problem(
              "a '-' right after a range is read differently by different engines", help: "write \\- for a hyphen",
              fix: .escape)
          }
        } else {
          items.append(low)
        }
      }
      return .set(PatternSet(negated: negated, items: items))
    }

    /// One character or class escape inside brackets.
    mutating func classAtom() throws -> PatternSet.Item {
      let c = scalars[i]
      switch c {
      case "\\":
        let start = i
        guard i + 1 < scalars.count else {
          throw problem("the pattern ends with a lone backslash", help: "write \\\\ for a backslash", fix: .escape)
        }
        let e = scalars[i + 1]
        i += 2
        switch e {
        case "d": return .digit
        case "w": return .word
        case "s": return .space
        case "D", "W", "S":
          throw problem(
            "\\\(e) cannot stand inside brackets",
            help: "write it outside, or negate the brackets: [^\\\(Character(e).lowercased())…]",
            at: start, length: 2)
        default:
          let s = try simpleEscape(e, at: start, inBrackets: true) ?? e
          return .range(s, s)
        }
      case "[":
        throw problem(
          "a '[' inside brackets means a nested class in Java", help: "write \\[ for a bracket", fix: .escape)
      case "&" where i + 1 < scalars.count && scalars[i + 1] == "&":
        throw problem(
          "'&&' inside brackets means an intersection in Java", help: "write '&' once", at: i + 1, fix: .delete(1))
      default:
        i += 1
        return .range(c, c)
      }
    }
  }
}
