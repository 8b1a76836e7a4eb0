// Every translatable text of a checked instrument, each with its stable id, found in one walk of the model.
// The id scheme (docs/translations.md): `title`, `section.S.title`, `repeat.R.title`, `question.Q.text`,
// `question.Q.hint`, `question.Q.check.N`, `question.Q.variant.N`, `grid.G.row.R`, `note.N.text`,
// `choices.L.O.label`, `choices.L.O.description`, `choices.L.O.specify`, `sample.S.text`, `end.N` (or
// `section.S.end.N`, `repeat.R.end.N` inside a section or repeat): names and roles only, so reordering and
// reformatting keep it.

import QDSLSemantics
import QDSLSyntax

/// Two texts that would get one id (the instrument has a duplicate name the checker reports too).
public struct DuplicateUnitID: Sendable {
  public var id: String
  public var first: TextRange
  public var second: TextRange
}

/// The translatable texts of an instrument, in document order (header, lists, samples, items).
public struct TranslationUnits: Sendable {
  public var units: [TranslationUnit]
  /// Ids given to two texts: the later text is left out.
  public var duplicates: [DuplicateUnitID]
  /// Unit index by id.
  public var index: [String: Int]

  public func unit(_ id: String) -> TranslationUnit? { index[id].map { units[$0] } }

  /// Walks the model once; linear in the number of texts.
  public init(_ survey: Survey) {
    var walk = UnitWalk(survey: survey)
    walk.run()
    units = walk.units
    duplicates = walk.duplicates
    index = walk.index
  }
}

private struct UnitWalk {
  let survey: Survey
  var units: [TranslationUnit] = []
  var duplicates: [DuplicateUnitID] = []
  var index: [String: Int] = [:]
  /// Ends counted per container id prefix.
  var endCount: [String: Int] = [:]

  /// The section or repeat around items: its id prefix (`section.intro.`) and words (`section 'intro'`).
  struct Container {
    var prefix: String
    var words: String
  }

  init(survey: Survey) { self.survey = survey }

  mutating func add(_ id: String, _ role: TextRole, _ subject: String, _ text: TranslatedText?) {
    guard let text, !text.entries.isEmpty else { return }
    if let earlier = index[id] {
      duplicates.append(DuplicateUnitID(id: id, first: units[earlier].text.anchor, second: text.anchor))
      return
    }
    index[id] = units.count
    units.append(TranslationUnit(id: id, role: role, subject: subject, text: text))
  }

  mutating func run() {
    add("title", .title, "the instrument", survey.title)
    for list in survey.lists {
      for option in list.options {
        let base = "choices.\(list.name).\(option.name)"
        let subject = "option '\(option.name)' of list '\(list.name)'"
        add(base + ".label", .optionLabel, subject, option.label)
        add(base + ".description", .optionDescription, subject, option.description)
        add(base + ".specify", .specifyPrompt, subject, option.specify)
      }
    }
    for sample in survey.samples {
      let name = survey.variables[sample.variable].name
      add("sample.\(name).text", .sampleText, "sample variable '\(name)'", sample.text)
    }
    walk(survey.items, container: Container(prefix: "", words: "the instrument"))
  }

  mutating func variants(_ variants: [TextVariant], _ base: String, _ subject: String) {
    for (i, v) in variants.enumerated() { add("\(base).variant.\(i + 1)", .variant, subject, v.text) }
  }

  mutating func walk(_ items: [Item], container: Container) {
    for item in items {
      switch item.kind {
      case .section(let s):
        add("section.\(s.name).title", .sectionTitle, "section '\(s.name)'", s.title)
        walk(s.items, container: Container(prefix: "section.\(s.name).", words: "section '\(s.name)'"))
      case .repeat(let r):
        add("repeat.\(r.name).title", .repeatTitle, "repeat '\(r.name)'", r.title)
        walk(r.items, container: Container(prefix: "repeat.\(r.name).", words: "repeat '\(r.name)'"))
      case .question(let q):
        guard q.specifies == nil else { continue }  // The prompt's unit is the option's.
        let name = survey.variables[q.variable].name
        let base = "question.\(name)"
        let subject = "question '\(name)'"
        add(base + ".text", .questionText, subject, q.text)
        add(base + ".hint", .hint, subject, q.hint)
        for (i, c) in q.checks.enumerated() {
          add("\(base).check.\(i + 1)", c.isSoft ? .softCheck : .check, subject, c.message)
        }
        variants(q.variants, base, subject)
      case .grid(let g):
        let name = survey.variables[g.variable].name
        let base = "grid.\(name)"
        let subject = "grid '\(name)'"
        add(base + ".text", .gridText, subject, g.text)
        add(base + ".hint", .hint, subject, g.hint)
        for row in g.rows { add("\(base).row.\(row.name)", .gridRow, "row '\(row.name)' of grid '\(name)'", row.label) }
        variants(g.variants, base, subject)
      case .note(let n):
        let base = "note.\(n.name)"
        let subject = "note '\(n.name)'"
        add(base + ".text", .noteText, subject, n.text)
        add(base + ".hint", .hint, subject, n.hint)
        variants(n.variants, base, subject)
      case .conditional(let c):
        for b in c.branches { walk(b.items, container: container) }
      case .end(let e):
        let n = (endCount[container.prefix] ?? 0) + 1
        endCount[container.prefix] = n
        add("\(container.prefix)end.\(n)", .endMessage, "end \(n) of \(container.words)", e.message)
      case .calculate:
        continue
      }
    }
  }
}
