// The form JSON ("qdsl-form/1") for data-collection apps: choice lists, the item tree, types and bounds,
// texts in every language with pipes as {name}, checks, calculates, ends, and every condition as a JSON
// expression tree plus its canonical source. No file paths or source positions: reformatting never changes it.
// The format is documented in docs/outputs.md and specified by Grammar/qdsl-form.schema.json.

import QDSLSemantics
import QDSLText

/// Writes a checked survey as the form JSON.
public enum FormDocument {
  public static let format = "qdsl-form/1"

  /// The form JSON as text, ending with a newline. Written straight to text, without `JSON` values in between:
  /// for a large survey, building and freeing that tree cost more than writing the text.
  public static func render(_ survey: Survey) -> String {
    String(decoding: renderBytes(survey), as: UTF8.self)
  }

  /// The same as UTF-8 bytes, for writing to a file without making (and validating) a `String`.
  public static func renderBytes(_ survey: Survey) -> [UInt8] {
    OutputBuffer.bytes(capacity: 4096 + survey.variables.count * max(survey.languages.count, 1) * 768) { out in
      var stream = JSONStream(writingTo: out)
      FormLowering(survey: survey).document(into: &stream)
      stream.newline()
      out = stream.finish()
    }
  }
}

/// Writes the form JSON of a survey, field by field, in the format's order.
struct FormLowering {
  let survey: Survey

  func document(into j: inout JSONStream) {
    j.beginObject()
    j.field("format", FormDocument.format)
    j.field("survey", survey.id ?? "survey")
    j.key("version")
    if let version = survey.version { j.string(version) } else { j.null() }
    j.key("languages")
    j.beginArray()
    for language in survey.languages {
      j.element()
      j.string(language)
    }
    j.endArray()
    // Translations in progress: a text lacking one of them has no entry for it, and falls back to the source language.
    j.key("draftLanguages")
    j.beginArray()
    for language in survey.draftLanguages {
      j.element()
      j.string(language)
    }
    j.endArray()
    j.key("title")
    optionalText(survey.title, into: &j)
    paradata(into: &j)
    samples(into: &j)
    j.key("choices")
    j.beginObject()
    for list in survey.lists {
      j.key(list.name)
      choiceList(list, into: &j)
    }
    j.endObject()
    j.key("items")
    items(survey.items, into: &j)
    j.endObject()
  }

  /// `{"fi": "…", "sv": "…"}` with pipes as `{name}` and literal braces doubled, as in qdsl source.
  func text(_ t: TranslatedText, into j: inout JSONStream) {
    j.beginObject()
    for language in survey.languages {
      if let template = t.template(language) { j.field(language, template.source) }
    }
    j.endObject()
  }

  /// The text, or `null` without one.
  func optionalText(_ t: TranslatedText?, into j: inout JSONStream) {
    if let t { text(t, into: &j) } else { j.null() }
  }

  /// The text, or `{}` without one.
  func textOrEmpty(_ t: TranslatedText?, into j: inout JSONStream) {
    if let t {
      text(t, into: &j)
    } else {
      j.beginObject()
      j.endObject()
    }
  }

  func choiceList(_ list: ChoiceList, into j: inout JSONStream) {
    j.beginArray()
    for o in list.options {
      j.element()
      j.beginObject()
      j.field("code", o.code)
      j.field("name", o.name)
      j.key("label")
      textOrEmpty(o.label, into: &j)
      j.field("exclusive", o.isExclusive)
      j.field("missing", o.isMissing)
      if o.isFixed { j.field("fixed", true) }
      offeredOption(o, of: list, into: &j)
      // Only when given, so that forms without them are unchanged.
      if let d = o.description {
        j.key("description")
        text(d, into: &j)
      }
      if let prompt = o.specify {
        j.key("specify")
        text(prompt, into: &j)
      }
      j.endObject()
    }
    j.endArray()
  }

  func items(_ items: [Item], into j: inout JSONStream) {
    j.beginArray()
    for item in items {
      j.element()
      self.item(item, into: &j)
    }
    j.endArray()
  }

  func item(_ item: Item, into j: inout JSONStream) {
    j.beginObject()
    switch item.kind {
    case .section(let s):
      j.field("kind", "section")
      j.field("id", s.name)
      j.key("title")
      optionalText(s.title, into: &j)
      if let order = s.shuffle { j.field("shuffle", order.orderVariable) }
      j.key("items")
      items(s.items, into: &j)
    case .question(let q):
      question(q, into: &j)
    case .grid(let g):
      grid(g, into: &j)
    case .calculate(let c):
      let v = survey.variables[c.variable]
      j.field("kind", "calculate")
      j.field("id", v.name)
      j.field("variable", v.name)
      j.field("type", valueType(v.type))
      j.key("formula")
      expression(c.formula, into: &j)
      j.field("source", survey.source(of: c.formula))
    case .note(let n):
      j.field("kind", "note")
      j.field("id", n.name)
      j.key("text")
      textOrEmpty(n.text, into: &j)
      j.key("hint")
      optionalText(n.hint, into: &j)
      variants(n.variants, into: &j)
    case .conditional(let c):
      j.field("kind", "if")
      j.key("branches")
      j.beginArray()
      for b in c.branches {
        j.element()
        j.beginObject()
        j.key("condition")
        if let condition = b.condition { expression(condition, into: &j) } else { j.null() }
        j.key("source")
        if let condition = b.condition { j.string(survey.source(of: condition)) } else { j.null() }
        j.key("items")
        items(b.items, into: &j)
        j.endObject()
      }
      j.endArray()
    case .repeat(let r):
      repeatItem(r, into: &j)
    case .end(let e):
      j.field("kind", "end")
      j.key("message")
      textOrEmpty(e.message, into: &j)
    }
    j.endObject()
  }

  /// `"paradata": [{"variable": "started", "kind": "start", "type": "datetime"}, …]`: what the collector fills, in
  /// declaration order (empty when the survey declares none).
  private func paradata(into j: inout JSONStream) {
    let fields = survey.variables.filter {
      if case .paradata = $0.kind { return !$0.isDuplicate } else { return false }
    }
    j.key("paradata")
    j.beginArray()
    for v in fields {
      guard case .paradata(let kind) = v.kind else { continue }
      j.element()
      j.beginObject()
      j.field("variable", v.name)
      j.field("kind", kind.rawValue)
      j.field("type", valueType(v.type))
      j.endObject()
    }
    j.endArray()
  }

  /// `"sample": [{"variable": "org_name", "type": "text", "maxLength": null, "optional": false, "text": {…}}, …]`:
  /// the values the sample file supplies, in declaration order; the key is left out when the survey declares none.
  private func samples(into j: inout JSONStream) {
    guard !survey.samples.isEmpty else { return }
    j.key("sample")
    j.beginArray()
    for sample in survey.samples {
      let v = survey.variables[sample.variable]
      guard !v.isDuplicate else { continue }
      j.element()
      j.beginObject()
      j.field("variable", v.name)
      typeFields(v.questionType ?? .invalid, v, into: &j)
      j.key("optional")
      j.bool(sample.isOptional)
      j.key("text")
      optionalText(sample.text, into: &j)
      j.endObject()
    }
    j.endArray()
  }

  /// The fields of a repeat's object: its driver, most iterations, the key columns of its data file, its items.
  private func repeatItem(_ r: Repeat, into j: inout JSONStream) {
    let level = survey.levels[r.level]
    j.field("kind", "repeat")
    j.field("id", r.name)
    j.key("title")
    optionalText(r.title, into: &j)
    j.key("driver")
    j.beginObject()
    switch level.driver {
    case .count(let e):
      j.field("kind", "count")
      j.key("count")
      expression(e, into: &j)
      j.field("source", survey.source(of: e))
    case .forEachQuestion(let v, let l):
      j.field("kind", "question")
      j.field("question", survey.variables[v].name)
      j.field("choices", survey.lists[l].name)
    case .forEachList(let l):
      j.field("kind", "choices")
      j.field("choices", survey.lists[l].name)
    case .forEachRepeat(let s):
      j.field("kind", "repeat")
      j.field("repeat", survey.levels[s].name)
    case .addAnother(let e):
      j.field("kind", "while")
      j.key("condition")
      expression(e, into: &j)
      j.field("source", survey.source(of: e))
    case .none, .invalid:
      j.field("kind", "count")
      j.key("count")
      j.null()
      j.field("source", "")
    }
    j.endObject()
    j.field("max", level.maxIterations)
    j.key("keys")
    j.beginArray()
    for key in level.keys {
      j.element()
      j.string(key)
    }
    j.endArray()
    j.key("items")
    items(r.items, into: &j)
  }

  /// The `type` of a question or sample variable and the fields that go with it (bounds, list, variables).
  private func typeFields(_ type: QuestionType, _ v: Variable, into j: inout JSONStream) {
    switch type {
    case .integer(let lo, let hi):
      j.field("type", "integer")
      j.key("min")
      if let lo { j.int(lo) } else { j.null() }
      j.key("max")
      if let hi { j.int(hi) } else { j.null() }
    case .decimal(let lo, let hi):
      j.field("type", "decimal")
      j.key("min")
      if let lo { j.number(lo) } else { j.null() }
      j.key("max")
      if let hi { j.number(hi) } else { j.null() }
    case .text(let max):
      j.field("type", "text")
      j.key("maxLength")
      if let max { j.int(max) } else { j.null() }
    case .date:
      j.field("type", "date")
    case .time:
      j.field("type", "time")
    case .datetime:
      j.field("type", "datetime")
    case .oneOf(let l):
      j.field("type", "one")
      j.field("choices", survey.lists[l].name)
    case .manyOf(let l), .rank(let l):
      // One column per option: 0/1 for `many`, the option's rank for `rank`.
      if case .rank = type { j.field("type", "rank") } else { j.field("type", "many") }
      j.field("choices", survey.lists[l].name)
      j.key("variables")
      j.beginArray()
      for name in v.dataNames {
        j.element()
        j.string(name)
      }
      j.endArray()
    case .invalid:
      j.field("type", "text")
    }
  }

  /// The fields of a question's object.
  private func question(_ q: Question, into j: inout JSONStream) {
    let v = survey.variables[q.variable]
    j.field("kind", "question")
    j.field("id", v.name)
    typeFields(q.type, v, into: &j)
    switch q.type {
    case .manyOf, .rank: break
    default: j.field("variable", v.dataNames.first ?? v.name)
    }
    if let order = q.shuffle { j.field("shuffle", order.orderVariable) }
    j.field("required", q.isRequired)
    j.key("text")
    textOrEmpty(q.text, into: &j)
    j.key("hint")
    optionalText(q.hint, into: &j)
    j.key("checks")
    j.beginArray()
    for c in q.checks {
      j.element()
      check(c, into: &j)
    }
    j.endArray()
    if let s = q.specifies {
      // The "other, specify" text of an option: the question and option it belongs to.
      j.key("specifies")
      j.beginObject()
      j.field("question", survey.variables[s.question].name)
      j.field("option", survey.lists[s.list].options[s.option].name)
      j.endObject()
    }
    if let filter = q.filter {
      j.key("filter")
      expression(filter, into: &j)
      j.field("filterSource", survey.source(of: filter))
    }
    variants(q.variants, into: &j)
    if let d = q.defaultValue {
      j.key("default")
      j.beginObject()
      j.key("value")
      expression(d, into: &j)
      j.field("source", survey.source(of: d))
      j.endObject()
    }
  }

  /// `"variants": [{"condition", "source", "text"}]` in source order; left out when an item has none.
  private func variants(_ variants: [TextVariant], into j: inout JSONStream) {
    guard !variants.isEmpty else { return }
    j.key("variants")
    j.beginArray()
    for v in variants {
      j.element()
      j.beginObject()
      j.key("condition")
      expression(v.condition, into: &j)
      j.field("source", survey.source(of: v.condition))
      j.key("text")
      text(v.text, into: &j)
      j.endObject()
    }
    j.endArray()
  }

  /// The fields of a grid's object.
  private func grid(_ g: Grid, into j: inout JSONStream) {
    let v = survey.variables[g.variable]
    j.field("kind", "grid")
    j.field("id", v.name)
    j.field("type", "one")
    j.key("choices")
    if let list = g.list { j.string(survey.lists[list].name) } else { j.null() }
    j.field("required", g.isRequired)
    j.key("text")
    textOrEmpty(g.text, into: &j)
    j.key("hint")
    optionalText(g.hint, into: &j)
    j.key("rows")
    j.beginArray()
    for row in g.rows {
      let rowVariable = survey.variables[row.variable]
      j.element()
      j.beginObject()
      j.field("id", rowVariable.name)
      j.field("name", row.name)
      j.field("variable", rowVariable.dataNames.first ?? row.name)
      j.key("label")
      textOrEmpty(row.label, into: &j)
      j.endObject()
    }
    j.endArray()
    variants(g.variants, into: &j)
  }

  func check(_ c: Check, into j: inout JSONStream) {
    j.beginObject()
    j.key("condition")
    expression(c.condition, into: &j)
    j.field("source", survey.source(of: c.condition))
    j.key("message")
    textOrEmpty(c.message, into: &j)
    if c.isSoft { j.field("soft", true) }
    j.endObject()
  }

  func valueType(_ t: ValueType) -> String {
    switch t {
    case .integer: return "integer"
    case .decimal: return "decimal"
    case .text: return "text"
    case .date: return "date"
    case .time: return "time"
    case .datetime: return "datetime"
    case .boolean: return "boolean"
    case .oneOf, .option: return "one"
    case .manyOf: return "many"
    default: return "text"
    }
  }

  /// An expression as a JSON tree: leaves `{"var"}`, `{"code"}`, `{"number"}`, `{"text"}`, `{"bool"}`;
  /// operators and functions as `{"op", "args"}`.
  func expression(_ e: Expr, into j: inout JSONStream) {
    func operation(_ op: String, _ args: [Expr]) {
      j.beginObject()
      j.field("op", op)
      j.key("args")
      j.beginArray()
      for arg in args {
        j.element()
        expression(arg, into: &j)
      }
      j.endArray()
      j.endObject()
    }
    switch e.kind {
    case .integer(let v):
      j.beginObject()
      j.field("number", v)
      j.endObject()
    case .decimal(let v):
      j.beginObject()
      j.key("number")
      j.number(v)
      j.endObject()
    case .text(let s):
      j.beginObject()
      j.field("text", s)
      j.endObject()
    case .boolean(let b):
      j.beginObject()
      j.field("bool", b)
      j.endObject()
    case .variable(let v):
      j.beginObject()
      j.field("var", survey.variables[v].name)
      j.endObject()
    case .option(let l, let i):
      let o = survey.lists[l].options[i]
      j.beginObject()
      j.field("code", o.code)
      j.field("choices", survey.lists[l].name)
      j.field("option", o.name)
      j.endObject()
    case .list(let items): operation("list", items)
    case .unary(let op, let operand): operation(op == .not ? "not" : "neg", [operand])
    case .binary(let op, let a, let b):
      // `+` of two texts joins them: its own operator, so that a runtime need not know the operands' types.
      operation(op == .add && e.type == .text ? "join" : op.rawValue, [a, b])
    case .call(let f, let args): operation(f.rawValue, args)
    case .iterationIndex(let l):
      j.beginObject()
      j.field("index", survey.levels[l].name)
      j.endObject()
    case .iterationOption(let l):
      j.beginObject()
      j.field("iteration", survey.levels[l].name)
      j.endObject()
    case .instanceVariable(let l, let v):
      j.beginObject()
      j.field("var", survey.variables[v].name)
      j.field("instance", survey.levels[l].name)
      j.endObject()
    case .aggregate(let a, let l, let value, let filter):
      j.beginObject()
      j.field("aggregate", a.rawValue)
      j.field("repeat", survey.levels[l].name)
      j.key("value")
      if let value { expression(value, into: &j) } else { j.null() }
      j.key("where")
      if let filter { expression(filter, into: &j) } else { j.null() }
      j.endObject()
    case .optionAttribute(let l, let a):
      j.beginObject()
      j.field("attribute", a < survey.lists[l].attributes.count ? survey.lists[l].attributes[a].name : "")
      j.endObject()
    case .invalid:
      j.null()
    }
  }
}
