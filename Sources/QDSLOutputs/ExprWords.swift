// Expressions in words for codebooks: option names become their labels with codes ("Yes (1)"), operators
// become readable symbols, and `and`/`or`/`not` are written in the codebook's language.

import QDSLSemantics
import QDSLWords

struct ExprWords {
  let survey: Survey
  let language: String
  /// The codebook's words in `language`.
  let words: CodebookWords

  func fact(_ f: UniverseFact, standalone: Bool) -> String {
    switch f {
    case .holds(let e): return standalone ? text(e, 0) : text(e, 2)
    case .fails(let e): return "\(words.not) (\(text(e, 0)))"
    case .survived(let facts, _):
      if facts.isEmpty { return words.never }
      return "\(words.not) ("
        + facts.map { fact($0, standalone: facts.count == 1) }.joined(separator: " \(words.and) ") + ")"
    }
  }

  private func optionLabel(_ l: ListID, _ i: Int) -> String {
    let option = survey.lists[l].options[i]
    let label =
      option.label?.template(language)?.display ?? option.label?.entries.first?.template.display ?? option.name
    return "\(label) (\(option.code))"
  }

  func text(_ e: Expr, _ parent: Int) -> String {
    switch e.kind {
    case .integer(let v): return String(v)
    case .decimal(let v): return Survey.formatDecimal(v)
    case .text(let s): return "\"\(s)\""
    case .boolean(let b): return (b ? words.trueValue : words.falseValue)
    case .variable(let v): return survey.variables[v].name
    case .option(let l, let i): return optionLabel(l, i)
    case .list(let items): return items.map { text($0, 0) }.joined(separator: ", ")
    case .unary(.not, let operand):
      let t = "\(words.not) \(text(operand, 3))"
      return parent > 3 ? "(\(t))" : t
    case .unary(.negate, let operand): return "-" + text(operand, 7)
    case .binary(let op, let a, let b):
      let (p, symbol): (Int, String)
      switch op {
      case .or: (p, symbol) = (1, words.or)
      case .and: (p, symbol) = (2, words.and)
      case .equal: (p, symbol) = (4, "=")
      case .notEqual: (p, symbol) = (4, "≠")
      case .less: (p, symbol) = (4, "<")
      case .lessEqual: (p, symbol) = (4, "≤")
      case .greater: (p, symbol) = (4, ">")
      case .greaterEqual: (p, symbol) = (4, "≥")
      case .in: (p, symbol) = (4, words.isOneOf)
      case .contains: (p, symbol) = (4, words.includes)
      case .add: (p, symbol) = (5, "+")
      case .subtract: (p, symbol) = (5, "−")
      case .multiply: (p, symbol) = (6, "×")
      case .divide: (p, symbol) = (6, "/")
      }
      let t = "\(text(a, p == 4 ? p + 1 : p)) \(symbol) \(text(b, p + 1))"
      return p < parent ? "(\(t))" : t
    case .call(.answered, let args) where args.count == 1:
      return "\(text(args[0], 4)) \(words.isAnswered)"
    case .call(.matches, let args) where args.count == 2:
      let t = "\(text(args[0], 5)) \(words.matchesPattern) \(text(args[1], 5))"
      return parent > 4 ? "(\(t))" : t
    case .call(let f, let args):
      return f.rawValue + "(" + args.map { text($0, 0) }.joined(separator: ", ") + ")"
    case .iterationIndex(let l):
      return LevelWords.fill(words.levels.rowNumber, ["repeat": survey.levels[l].name])
    case .iterationOption(let l):
      return LevelWords.fill(words.levels.rowOption, ["repeat": survey.levels[l].name])
    case .instanceVariable(let l, let v):
      let source: String
      if case .forEachRepeat(let s) = survey.levels[l].driver { source = survey.levels[s].name } else { source = "?" }
      return LevelWords.fill(
        words.levels.instanceValue,
        ["variable": survey.variables[v].name, "source": source, "repeat": survey.levels[l].name])
    case .aggregate(let a, let l, let value, let filter):
      // A phrase that ends in a condition ("… where age < 16") is put in parentheses as an operand.
      let t = aggregate(a, survey.levels[l].name, value: value, filter: filter)
      return parent > 0 && (filter != nil) ? "(\(t))" : t
    case .optionAttribute(let l, let a):
      let attribute = a < survey.lists[l].attributes.count ? survey.lists[l].attributes[a].name : "?"
      return LevelWords.fill(OptionWords.words(for: language).optionAttribute, ["attribute": attribute])
    case .invalid:
      return "?"
    }
  }

  /// `count(person where age < 16)` as "the number of person rows where age < 16", `sum(person.age)` as "the
  /// sum of age over person rows", `any(person where age > 80)` as "in at least one person row, age > 80".
  private func aggregate(_ a: Aggregate, _ repeatName: String, value: Expr?, filter: Expr?) -> String {
    let w = words.levels
    let condition = filter.map { text($0, 0) }
    let valueText = value.map { text($0, 0) } ?? "?"
    let phrase: String
    switch a {
    case .count: phrase = LevelWords.fill(w.countRows, ["repeat": repeatName])
    case .sum: phrase = LevelWords.fill(w.sumOverRows, ["value": valueText, "repeat": repeatName])
    case .min: phrase = LevelWords.fill(w.smallestOverRows, ["value": valueText, "repeat": repeatName])
    case .max: phrase = LevelWords.fill(w.largestOverRows, ["value": valueText, "repeat": repeatName])
    case .any:
      return LevelWords.fill(w.inSomeRow, ["repeat": repeatName, "condition": condition ?? words.trueValue])
    case .all:
      return LevelWords.fill(w.inEveryRow, ["repeat": repeatName, "condition": condition ?? words.trueValue])
    }
    guard let condition else { return phrase }
    return phrase + LevelWords.fill(w.whereRows, ["condition": condition])
  }
}
