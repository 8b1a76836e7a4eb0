// The XForm of cascading and conditional options, as pyxform writes a `choice_filter`: a list that some question
// offers by a filter or option conditions becomes a secondary instance (`instance('LIST')/root/item`, each item
// with its code, its label's itext id and its attributes), and the question's itemset keeps the items for which
// the filter and each option's condition hold. A question left with no item is not relevant.

import QDSLSemantics
import QDSLText

extension XFormLowering {
  /// The element of an item holding its code, and the one holding its label's itext id.
  static let offerCode: StaticString = "qdsl_code"
  static let offerLabel: StaticString = "qdsl_label"

  /// The element of an item holding an attribute (attribute names are qdsl names, so valid XML names; the prefix
  /// keeps them apart from the code and label elements).
  static func offerAttribute(_ name: String) -> String { "a_" + name }

  /// For a question (or grid row) at `path` answered from `list`: the itemset's nodeset and the relevance that
  /// requires an item, or nil when every option is always offered (no filter and no option condition).
  mutating func offeredItemset(_ list: ListID, filter: Expr?, at path: String) -> (
    nodeset: String, relevant: String, predicate: String
  )? {
    let options = survey.lists[list].options
    var terms: [String] = []
    if let filter { terms.append("(" + expressions.condition(filter) + ")") }
    for option in options {
      guard let c = option.condition else { continue }
      terms.append("(\(Self.offerCode) != \(option.code) or \(expressions.condition(c)))")
    }
    guard !terms.isEmpty else { return nil }
    if offerListSet.insert(list).inserted { offerLists.append(list) }
    let predicate = expressions.levels.resolve(
      terms.joined(separator: " and "), at: path, level: currentLevel, inPredicate: true)
    let nodeset = "instance('\(survey.lists[list].name)')/root/item[\(predicate)]"
    return (nodeset, "count(\(nodeset)) > 0", predicate)
  }

  /// The body, with an action in the control of each answer that a question's filter or its options' conditions
  /// read (outside repeats): when that answer changes, the options of the question's answer that are no longer
  /// offered are dropped, as qdsl's runtimes drop them (`<setvalue event="xforms-value-changed">` setting it to the
  /// codes of the items still offered and selected, in list order). `insertions` are further texts put into the
  /// body at their offsets (the `setvalue` actions of defaults, XFormWriter.swift), before the actions here at the
  /// same offset.
  func appendBody(into out: inout OutputBuffer, insertions: [(offset: Int, text: String)] = []) {
    var actions: [Int: (depth: Int, texts: [String])] = [:]
    var filters: [VariableID: Expr] = [:]
    if !offeredQuestions.isEmpty {
      for q in Self.questions(survey.items) { if let f = q.filter { filters[q.variable] = f } }
    }
    for offered in offeredQuestions {
      var read = Set<VariableID>()
      for v in filters[offered.question]?.variables ?? [] { read.insert(v) }
      for option in survey.lists[offered.list].options {
        for v in option.condition?.variables ?? [] { read.insert(v) }
      }
      // The action is the same in every control that triggers it: written once, with the attribute escaping of
      // every other attribute (a tab or line break in a text literal stays one, not a space).
      let q = offered.path
      let value =
        "join(' ', instance('\(survey.lists[offered.list].name)')/root/item[(\(offered.predicate)) and "
        + "selected(\(q), \(Self.offerCode))]/\(Self.offerCode))"
      var action = OutputBuffer(capacity: 64 + value.utf8.count)
      action.append("<setvalue event=\"xforms-value-changed\" ref=\"")
      action.appendXML(q, attribute: true)
      action.append("\" value=\"")
      action.appendXML(value, attribute: true)
      action.append("\"/>")
      let text = action.text
      for v in read.sorted() where v != offered.question && survey.variables[v].level == 0 {
        guard v < expressions.paths.count, let end = controlEnds[expressions.paths[v]] else { continue }
        actions[end.offset, default: (end.depth, [])].texts.append(text)
      }
    }
    var pieces = insertions.enumerated().map { (offset: $0.element.offset, order: $0.offset, text: $0.element.text) }
    for (offset, action) in actions {
      var text = OutputBuffer(capacity: 128)
      for line in action.texts {
        Self.pad(&text, action.depth)
        text.append(contentsOf: line)
        text.append("\n")
      }
      pieces.append((offset, insertions.count + offset, text.text))
    }
    pieces.sort { $0.offset != $1.offset ? $0.offset < $1.offset : $0.order < $1.order }
    var start = 0
    for piece in pieces {
      out.append(contentsOf: body, range: start..<piece.offset)
      out.append(contentsOf: piece.text)
      start = piece.offset
    }
    out.append(contentsOf: body, range: start..<body.count)
  }

  /// The questions of an item tree, depth first.
  static func questions(_ items: [Item]) -> [Question] {
    var out: [Question] = []
    for item in items {
      switch item.kind {
      case .question(let q): out.append(q)
      case .section(let s): out += questions(s.items)
      case .conditional(let c): for b in c.branches { out += questions(b.items) }
      case .repeat(let r): out += questions(r.items)
      default: break
      }
    }
    return out
  }

  /// The secondary instances of the lists offered by filters or conditions.
  func offerInstances(into out: inout OutputBuffer) {
    for l in offerLists {
      let list = survey.lists[l]
      out.append("      <instance id=\"")
      out.appendXML(list.name, attribute: true)
      out.append("\">\n        <root>\n")
      for option in list.options {
        out.append("          <item><")
        out.append(Self.offerCode)
        out.append(">")
        out.append(option.code)
        out.append("</")
        out.append(Self.offerCode)
        out.append("><")
        out.append(Self.offerLabel)
        out.append(">")
        out.appendXML(Self.choiceID(list.name, option.name), attribute: false)
        out.append("</")
        out.append(Self.offerLabel)
        out.append(">")
        for (i, attribute) in list.attributes.enumerated() {
          let element = Self.offerAttribute(attribute.name)
          out.append("<")
          out.append(contentsOf: element)
          out.append(">")
          if i < option.attributes.count, let value = option.attributes[i] {
            switch value {
            case .integer(let v): out.append(v)
            case .decimal(let v): out.append(contentsOf: XFormExpression.number(v))
            case .text(let s): out.appendXML(s, attribute: false)
            case .option(let k):
              if case .option(let m) = attribute.type, k < survey.lists[m].options.count {
                out.append(survey.lists[m].options[k].code)
              }
            }
          }
          out.append("</")
          out.append(contentsOf: element)
          out.append(">")
        }
        out.append("</item>\n")
      }
      out.append("        </root>\n      </instance>\n")
    }
  }
}
