// Revisions of cascading and conditional options: a question's filter or an option's condition added, removed or
// changed (QD5223), and a list's attributes or an option's attribute value changed (QD5224). Both are compatible:
// which options are offered changes, not what a code means in the data.

import QDSLSemantics
import QDSLSyntax

extension RevisionComparison {
  mutating func compareOfferedOptions() {
    let o = old.file.survey
    let n = new.file.survey
    let oldFilters = Self.filters(o)
    for (v, filter) in Self.filters(n).sorted(by: { $0.key < $1.key }) {
      let name = n.variables[v].name
      guard let ov = o.variableIndex[name], o.variables[ov].kind == .question else { continue }
      let was = (oldFilters[ov] ?? nil).map { o.source(of: $0) }
      let now = filter.map { n.source(of: $0) }
      guard was != now else { continue }
      record(
        .offeredOptionsChanged, [name],
        "the options '\(name)' offers changed: " + Self.describe(was, now, what: "filter"),
        at: n.variables[v].nameRange,
        related: [RevisionPlace(side: .old, range: o.variables[ov].nameRange, message: "the old question")],
        old: was ?? "(no filter)", new: now ?? "(no filter)",
        help: "respondents of the two waves chose from different options; compare the answers with care")
    }
    var users: [String: [String]] = [:]
    for v in n.variables where v.kind == .question || Self.isGridRow(v) {
      guard let l = v.type.choiceList else { continue }
      users[n.lists[l].name, default: []].append(contentsOf: v.dataNames)
    }
    for list in n.lists {
      guard let ol = o.list(named: list.name) else { continue }
      let listUsers = users[list.name] ?? [list.name]
      let was = ol.attributes.map { "\($0.name): \($0.type.spelling(o))" }.joined(separator: ", ")
      let now = list.attributes.map { "\($0.name): \($0.type.spelling(n))" }.joined(separator: ", ")
      if was != now {
        record(
          .attributesChanged, listUsers, "the attributes of '\(list.name)' changed from (\(was)) to (\(now))",
          at: list.nameRange, related: [RevisionPlace(side: .old, range: ol.nameRange, message: "the old list")],
          old: "(\(was))", new: "(\(now))")
      }
      var oldByCode: [Int: ChoiceOption] = [:]
      for option in ol.options where oldByCode[option.code] == nil { oldByCode[option.code] = option }
      for option in list.options {
        guard let a = oldByCode[option.code] else { continue }
        let related = [RevisionPlace(side: .old, range: a.nameRange, message: "the old option")]
        let wasCondition = a.condition.map { o.source(of: $0) }
        let nowCondition = option.condition.map { n.source(of: $0) }
        if wasCondition != nowCondition {
          record(
            .offeredOptionsChanged, listUsers,
            "when code \(option.code) '\(option.name)' of '\(list.name)' is offered changed: "
              + Self.describe(wasCondition, nowCondition, what: "condition"),
            at: option.nameRange, related: related, old: wasCondition ?? "(always)", new: nowCondition ?? "(always)",
            help: "respondents of the two waves chose from different options; compare the answers with care")
        }
        guard was == now else { continue }
        let oldValues = Self.attributeText(a, ol, o)
        let newValues = Self.attributeText(option, list, n)
        if oldValues != newValues {
          record(
            .attributesChanged, listUsers,
            "the attributes of code \(option.code) '\(option.name)' of '\(list.name)' changed from \(oldValues) to "
              + newValues, at: option.nameRange, related: related, old: oldValues, new: newValues)
        }
      }
    }
  }

  static func isGridRow(_ v: Variable) -> Bool {
    if case .gridRow = v.kind { return true }
    return false
  }

  static func describe(_ was: String?, _ now: String?, what: String) -> String {
    switch (was, now) {
    case (nil, let now?): return "a \(what) was added: \(now)"
    case (let was?, nil): return "the \(what) \(was) was removed"
    default: return "the \(what) was \(was ?? ""), now \(now ?? "")"
    }
  }

  static func attributeText(_ option: ChoiceOption, _ list: ChoiceList, _ survey: Survey) -> String {
    list.attributes.enumerated().map { i, attribute in
      let value = i < option.attributes.count ? option.attributes[i]?.source(attribute.type, survey) : nil
      return "\(attribute.name) = \(value ?? "?")"
    }.joined(separator: " ")
  }

  /// Each question's filter (nil for none), by variable.
  static func filters(_ survey: Survey) -> [VariableID: Expr?] {
    var out: [VariableID: Expr?] = [:]
    func walk(_ items: [Item]) {
      for item in items {
        switch item.kind {
        case .question(let q): out[q.variable] = .some(q.filter)
        case .section(let s): walk(s.items)
        case .conditional(let c): for b in c.branches { walk(b.items) }
        case .repeat(let r): walk(r.items)
        default: break
        }
      }
    }
    walk(survey.items)
    return out
  }
}
