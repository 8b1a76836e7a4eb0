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
  mutating func offeredItemset(_ list: ListID, filter: Expr?, at path: String) -> (nodeset: String, relevant: String)? {
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
    return (nodeset, "count(\(nodeset)) > 0")
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
