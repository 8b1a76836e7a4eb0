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
    case .invalid:
      return "<invalid>"
    }
  }

  /// A decimal without a trailing ".0" loss of information: 2.5, 10.0, -0.25.
  public static func formatDecimal(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) + ".0" }
    return String(v)
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
