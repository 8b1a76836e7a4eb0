// Prints expressions canonically: minimal parentheses, single spaces, option names bare where they resolve by context.
// The form JSON, codebooks and hovers all use this text, so reformatting the source never changes them.

import QDSLSyntax

extension Survey {
  /// The canonical source text of an expression.
  public func source(of e: Expr) -> String { source(of: e, parentPrecedence: 0) }

  func source(of e: Expr, parentPrecedence: Int, optionBare: Bool = false) -> String {
    switch e.kind {
    case .integer(let v): return String(v)
    case .decimal(let v): return Survey.formatDecimal(v)
    case .text(let s): return Survey.quoted(s)
    case .boolean(let b): return b ? "true" : "false"
    case .variable(let v): return variables[v].name
    case .option(let l, let i):
      return optionBare ? lists[l].options[i].name : "\(lists[l].name).\(lists[l].options[i].name)"
    case .list(let items):
      return "[" + items.map { source(of: $0, parentPrecedence: 0, optionBare: optionBare) }.joined(separator: ", ")
        + "]"
    case .unary(let op, let operand):
      switch op {
      case .not:
        let text = "not " + source(of: operand, parentPrecedence: 3)
        return parentPrecedence > 3 ? "(\(text))" : text
      case .negate:
        return "-" + source(of: operand, parentPrecedence: 7)
      }
    case .binary(let op, let a, let b):
      let p = op.precedence
      let bare = op.isComparison
      // Left-associative: the right operand needs parentheses at equal precedence.
      let left = source(of: a, parentPrecedence: op.isComparison ? p + 1 : p, optionBare: bare)
      let right = source(of: b, parentPrecedence: p + 1, optionBare: bare)
      let text = "\(left) \(op.rawValue) \(right)"
      return p < parentPrecedence ? "(\(text))" : text
    case .call(let f, let args):
      return f.rawValue + "(" + args.map { source(of: $0, parentPrecedence: 0) }.joined(separator: ", ") + ")"
    case .iterationIndex(let l): return "\(levels[l].name).index"
    case .iterationOption(let l): return levels[l].name
    case .instanceVariable(let l, let v): return "\(levels[l].name).\(variables[v].name)"
    case .aggregate(let a, let l, let value, let filter):
      var text = a.rawValue + "(" + levels[l].name
      if let value, case .variable(let v) = value.kind { text += "." + variables[v].name }
      if let filter { text += " where " + source(of: filter, parentPrecedence: 0) }
      return text + ")"
    case .optionAttribute(let l, let a):
      return a < lists[l].attributes.count ? "option.\(lists[l].attributes[a].name)" : "option"
    case .invalid:
      return "<invalid>"
    }
  }

  /// A decimal as qdsl writes it, without an exponent and with a point: 2.5, 10.0, -0.25,
  /// 100000000000000000000.0, 0.00001.
  public static func formatDecimal(_ v: Double) -> String {
    let text = plainNumber(v)
    return !v.isFinite || text.contains(".") ? text : text + ".0"
  }

  /// A number in plain decimal notation, without an exponent: whole numbers of `WholeNumbers` without a
  /// point (`12`, `9007199254740991`), others in the shortest form that reads back as the same double
  /// (`0.5`, `100000000000000000000`, `0.00001`). XPath, codebooks and qdsl itself have no exponents.
  public static func plainNumber(_ x: Double) -> String {
    if x == x.rounded(), abs(x) <= Double(WholeNumbers.largest) { return String(Int(x)) }
    let text = String(x)
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...])
    else { return text }
    let negative = text.hasPrefix("-")
    let mantissa = String(text[..<e].filter { $0 != "-" })
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let whole = parts.first.map(String.init) ?? "0"
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    var digits = whole + fraction
    var point = whole.count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: 1 - point) + digits
      point = 1
    }
    if point >= digits.count { digits += String(repeating: "0", count: point - digits.count) }
    let intPart = digits.prefix(point)
    var fracPart = String(digits.dropFirst(point))
    while fracPart.hasSuffix("0") { fracPart.removeLast() }
    return (negative ? "-" : "") + intPart + (fracPart.isEmpty ? "" : "." + fracPart)
  }

  /// A string literal in qdsl syntax.
  public static func quoted(_ s: String) -> String {
    var out = "\""
    for ch in s.unicodeScalars {
      switch ch {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "{": out += "{{"
      case "}": out += "}}"
      default:
        if ch.value < 0x20 {
          out += "\\u{\(String(ch.value, radix: 16, uppercase: true))}"
        } else {
          out.unicodeScalars.append(ch)
        }
      }
    }
    return out + "\""
  }
}
