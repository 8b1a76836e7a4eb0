// The form JSON of cascading and conditional options: each option's attribute values (`"attributes"`) and
// condition (`"condition"`, `"conditionSource"`), written only where the list has them so other forms are unchanged.

import QDSLSemantics
import QDSLText

extension FormLowering {
  /// The attribute values and condition of one option (nothing when the list has neither).
  func offeredOption(_ o: ChoiceOption, of list: ChoiceList, into j: inout JSONStream) {
    if !list.attributes.isEmpty {
      j.key("attributes")
      j.beginObject()
      for (i, attribute) in list.attributes.enumerated() {
        guard i < o.attributes.count, let value = o.attributes[i] else { continue }
        j.key(attribute.name)
        switch value {
        case .integer(let v): j.int(v)
        case .decimal(let v): j.number(v)
        case .text(let s): j.string(s)
        case .option(let k):
          guard case .option(let m) = attribute.type, k < survey.lists[m].options.count else {
            j.null()
            continue
          }
          let target = survey.lists[m].options[k]
          j.beginObject()
          j.field("code", target.code)
          j.field("choices", survey.lists[m].name)
          j.field("option", target.name)
          j.endObject()
        }
      }
      j.endObject()
    }
    if let condition = o.condition {
      j.key("condition")
      expression(condition, into: &j)
      j.field("conditionSource", survey.source(of: condition))
    }
  }
}
