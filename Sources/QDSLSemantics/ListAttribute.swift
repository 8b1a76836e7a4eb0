// Typed attributes of a choice list's options (`choices region (country: country) { … country = finland }`),
// read by question filters as `option.country`.

import QDSLSyntax

/// The type of a list attribute: a number, a text, or an option of another (or the same) choice list.
public enum AttributeType: Sendable, Equatable {
  case integer, decimal, text
  case option(ListID)
  /// A type that could not be resolved (already reported).
  case invalid

  /// The type of `option.ATTR` in an expression.
  public var valueType: ValueType {
    switch self {
    case .integer: return .integer
    case .decimal: return .decimal
    case .text: return .text
    case .option(let l): return .option(l)
    case .invalid: return .error
    }
  }

  /// How the type is written in source (`integer`, `country`).
  public func spelling(_ survey: Survey) -> String {
    switch self {
    case .integer: return "integer"
    case .decimal: return "decimal"
    case .text: return "text"
    case .option(let l): return survey.lists[l].name
    case .invalid: return "?"
    }
  }
}

/// One declared attribute of a list.
public struct ListAttribute: Sendable {
  public var name: String
  public var nameRange: TextRange
  public var type: AttributeType
}

/// One option's value of an attribute.
public enum AttributeValue: Sendable, Equatable {
  case integer(Int)
  case decimal(Double)
  case text(String)
  /// An option of the attribute's list, by index.
  case option(Int)

  /// The value as written in source (`1700000`, `"Nord"`, `finland`).
  public func source(_ type: AttributeType, _ survey: Survey) -> String {
    switch self {
    case .integer(let v): return String(v)
    case .decimal(let v): return String(v)
    case .text(let s): return "\"\(s)\""
    case .option(let i):
      if case .option(let l) = type, i < survey.lists[l].options.count { return survey.lists[l].options[i].name }
      return String(i)
    }
  }
}
