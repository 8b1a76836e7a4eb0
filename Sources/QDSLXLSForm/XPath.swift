// The XPath of XLSForm cells (relevant, constraint, calculation, choice_filter, repeat_count) read into a small tree.

/// One XPath expression as XLSForm writes it: `${name}` references, `.`, literals, operators and function calls.
/// Paths (`/data/x`, `../x`) and other XPath that qdsl cannot read are `unsupported` nodes, so the translation
/// can say what it could not keep.
indirect enum XPathNode: Equatable, Sendable {
  case number(String)
  case string(String)
  /// `${name}`.
  case reference(String)
  /// `.`: the current question's answer.
  case current
  /// A bare name: a column of the choices sheet in a `choice_filter` (`country`), or `name` itself.
  case bareName(String)
  case call(String, [XPathNode])
  case binary(String, XPathNode, XPathNode)
  /// `${repeat}[condition]`: the iterations of a repeat for which the condition (on its fields, named bare) holds.
  case filtered(XPathNode, XPathNode)
  case negate(XPathNode)
  /// Something qdsl has no counterpart for: its text, for the message.
  case unsupported(String)
}

/// A cell that is not XPath at all (unbalanced parentheses, a stray character): the message and where.
struct XPathSyntaxError: Error, Equatable, Sendable {
  var message: String
  /// The 0-based character offset in the cell.
  var offset: Int
}

/// A recursive-descent reader of XLSForm's XPath: `or` < `and` < comparisons < `+ -` < `* div mod` < unary `-`.
/// Depth is bounded, so a cell of ten thousand parentheses is an error, not a crash.
struct XPathParser {
  private enum Token: Equatable {
    case number(String)
    case string(String)
    case reference(String)
    case name(String)
    case symbol(String)
    case end
  }

  private var tokens: [(Token, Int)] = []
  private var position = 0
  private var depth = 0
  private static let maxDepth = 200
  private var operators = 0
  private static let maxOperators = 1_000

  static func parse(_ text: String) -> Result<XPathNode, XPathSyntaxError> {
    var parser = XPathParser()
    do {
      parser.tokens = try tokenize(Array(text.unicodeScalars))
      let node = try parser.orExpression()
      if case .end = parser.peek {
        return .success(node)
      }
      throw XPathSyntaxError(message: "unexpected '\(parser.describe(parser.peek))'", offset: parser.offset)
    } catch let error as XPathSyntaxError {
      return .failure(error)
    } catch {
      return .failure(XPathSyntaxError(message: "cannot read this expression", offset: 0))
    }
  }

  private static func isNameStart(_ c: Unicode.Scalar) -> Bool {
    c == "_" || (c.value < 128 && c.properties.isAlphabetic) || (c.value >= 128 && c.properties.isAlphabetic)
  }

  private static func isNameChar(_ c: Unicode.Scalar) -> Bool {
    isNameStart(c) || c == "-" || c == "." || c == ":" || ("0"..."9").contains(c)
  }

  private static func tokenize(_ s: [Unicode.Scalar]) throws -> [(Token, Int)] {
    var out: [(Token, Int)] = []
    var i = 0
    while i < s.count {
      let c = s[i]
      let start = i
      if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{A0}" {
        i += 1
        continue
      }
      if c == "$" && i + 1 < s.count && s[i + 1] == "{" {
        var j = i + 2
        while j < s.count && s[j] != "}" { j += 1 }
        guard j < s.count else { throw XPathSyntaxError(message: "'${' is not closed with '}'", offset: start) }
        let name = String(String.UnicodeScalarView(s[(i + 2)..<j])).trimmingSpaces()
        out.append((.reference(name), start))
        i = j + 1
        continue
      }
      if c == "'" || c == "\"" {
        var j = i + 1
        while j < s.count && s[j] != c { j += 1 }
        guard j < s.count else {
          throw XPathSyntaxError(message: "the text starting here is not closed", offset: start)
        }
        out.append((.string(String(String.UnicodeScalarView(s[(i + 1)..<j]))), start))
        i = j + 1
        continue
      }
      if ("0"..."9").contains(c) || (c == "." && i + 1 < s.count && ("0"..."9").contains(s[i + 1])) {
        var j = i
        while j < s.count && (("0"..."9").contains(s[j]) || s[j] == ".") { j += 1 }
        out.append((.number(String(String.UnicodeScalarView(s[i..<j]))), start))
        i = j
        continue
      }
      if isNameStart(c) {
        var j = i
        while j < s.count && isNameChar(s[j]) { j += 1 }
        // A name does not end in '.' or '-' (`${a}-x` is rare, `x-1` is `x - 1` only with spaces in XPath).
        out.append((.name(String(String.UnicodeScalarView(s[i..<j]))), start))
        i = j
        continue
      }
      let two = i + 1 < s.count ? String(String.UnicodeScalarView([c, s[i + 1]])) : ""
      if ["!=", "<=", ">=", "..", "//"].contains(two) {
        out.append((.symbol(two), start))
        i += 2
        continue
      }
      if "=<>+-*(),./|[]@".unicodeScalars.contains(c) {
        out.append((.symbol(String(c)), start))
        i += 1
        continue
      }
      throw XPathSyntaxError(message: "unexpected character '\(Character(c))'", offset: start)
    }
    out.append((.end, s.count))
    return out
  }

  private var peek: Token { tokens[position].0 }
  private var offset: Int { tokens[position].1 }

  private func describe(_ t: Token) -> String {
    switch t {
    case .number(let n): return n
    case .string(let s): return "'\(s)'"
    case .reference(let r): return "${\(r)}"
    case .name(let n): return n
    case .symbol(let s): return s
    case .end: return "end of the cell"
    }
  }

  private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

  private mutating func take(symbol: String) -> Bool {
    if case .symbol(symbol) = peek {
      advance()
      return true
    }
    return false
  }

  private mutating func take(word: String) -> Bool {
    if case .name(word) = peek {
      advance()
      return true
    }
    return false
  }

  /// A binary operator folded into the tree. A chain of them nests one level per operator (brackets are counted by
  /// `enter`), and every pass over the tree recurses that deep: a cell with too many is an error, not a stack
  /// overflow.
  private mutating func binary(_ op: String, _ left: XPathNode, _ right: XPathNode) throws -> XPathNode {
    operators += 1
    if operators > Self.maxOperators {
      throw XPathSyntaxError(
        message: "the expression has more than \(Self.maxOperators) operators; split it into calculates", offset: offset
      )
    }
    return .binary(op, left, right)
  }

  private mutating func enter() throws {
    depth += 1
    if depth > Self.maxDepth { throw XPathSyntaxError(message: "the expression is nested too deeply", offset: offset) }
  }

  private mutating func orExpression() throws -> XPathNode {
    try enter()
    defer { depth -= 1 }
    var left = try andExpression()
    while take(word: "or") { left = try binary("or", left, try andExpression()) }
    return left
  }

  private mutating func andExpression() throws -> XPathNode {
    var left = try equality()
    while take(word: "and") { left = try binary("and", left, try equality()) }
    return left
  }

  private mutating func equality() throws -> XPathNode {
    var left = try relational()
    while true {
      if take(symbol: "=") {
        left = try binary("=", left, try relational())
      } else if take(symbol: "!=") {
        left = try binary("!=", left, try relational())
      } else {
        return left
      }
    }
  }

  private mutating func relational() throws -> XPathNode {
    var left = try additive()
    while true {
      var op: String?
      for candidate in ["<", "<=", ">", ">="] where take(symbol: candidate) {
        op = candidate
        break
      }
      guard let op else { return left }
      left = try binary(op, left, try additive())
    }
  }

  private mutating func additive() throws -> XPathNode {
    var left = try multiplicative()
    while true {
      if take(symbol: "+") {
        left = try binary("+", left, try multiplicative())
      } else if take(symbol: "-") {
        left = try binary("-", left, try multiplicative())
      } else {
        return left
      }
    }
  }

  private mutating func multiplicative() throws -> XPathNode {
    var left = try unary()
    while true {
      if take(symbol: "*") {
        left = try binary("*", left, try unary())
      } else if take(word: "div") {
        left = try binary("div", left, try unary())
      } else if take(word: "mod") {
        left = try binary("mod", left, try unary())
      } else {
        return left
      }
    }
  }

  private mutating func unary() throws -> XPathNode {
    if take(symbol: "-") {
      try enter()
      defer { depth -= 1 }
      return .negate(try unary())
    }
    return try primary()
  }

  private mutating func primary() throws -> XPathNode {
    let start = offset
    switch peek {
    case .number(let n):
      advance()
      return .number(n)
    case .string(let s):
      advance()
      return .string(s)
    case .reference(let r):
      advance()
      return try pathTail(.reference(r))
    case .symbol("("):
      advance()
      let inner = try orExpression()
      guard take(symbol: ")") else { throw XPathSyntaxError(message: "this '(' is not closed", offset: start) }
      return inner
    case .symbol("."):
      advance()
      return try pathTail(.current)
    case .symbol(".."), .symbol("/"), .symbol("//"), .symbol("@"):
      return try skipPath(from: start)
    case .name(let n):
      advance()
      if take(symbol: "(") {
        try enter()
        defer { depth -= 1 }
        var args: [XPathNode] = []
        if !take(symbol: ")") {
          repeat { args.append(try orExpression()) } while take(symbol: ",")
          guard take(symbol: ")") else {
            throw XPathSyntaxError(message: "the call of \(n)() is not closed with ')'", offset: start)
          }
        }
        return try pathTail(.call(n, args))
      }
      return try pathTail(.bareName(n))
    default:
      throw XPathSyntaxError(message: "expected a value, found '\(describe(peek))'", offset: start)
    }
  }

  /// `x/y`, `x[1]`: a path qdsl has no counterpart for; the node becomes `unsupported` with the path's text.
  private mutating func pathTail(_ node: XPathNode) throws -> XPathNode {
    if case .reference = node, case .symbol("[") = peek {
      let start = offset
      advance()
      try enter()
      defer { depth -= 1 }
      let condition = try orExpression()
      guard take(symbol: "]") else { throw XPathSyntaxError(message: "this '[' is not closed", offset: start) }
      if case .symbol(let s) = peek, s == "/" || s == "//" || s == "[" { return try skipPath(from: offset) }
      return .filtered(node, condition)
    }
    if case .symbol(let s) = peek, s == "/" || s == "//" || s == "[" {
      return try skipPath(from: offset)
    }
    return node
  }

  private mutating func skipPath(from start: Int) throws -> XPathNode {
    var brackets = 0
    loop: while true {
      switch peek {
      case .end: break loop
      case .symbol("["): brackets += 1
      case .symbol("]"): brackets -= 1
      case .symbol(")"), .symbol(","): if brackets == 0 { break loop }
      case .name(let w): if brackets == 0 && (w == "and" || w == "or") { break loop }
      case .symbol(let s):
        if brackets == 0 && ["=", "!=", "<", "<=", ">", ">=", "+", "*"].contains(s) { break loop }
      default: break
      }
      advance()
    }
    return .unsupported("a path (\(start))")
  }
}

extension String {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" || f == "\u{A0}" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" || l == "\u{A0}" { s.removeLast() }
    return String(s)
  }
}
