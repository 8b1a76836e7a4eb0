// The form JSON ("qdsl-form/1") for data-collection apps: choice lists, the item tree, types and bounds,
// texts in every language with pipes as {name}, checks, calculates, ends, and every condition as a JSON
// expression tree plus its canonical source. No file paths or source positions: reformatting never changes it.
// The format is documented in docs/outputs.md and specified by Grammar/qdsl-form.schema.json.

import QDSLSemantics

/// Lowers a checked survey to the form JSON.
public enum FormDocument {
  public static let format = "qdsl-form/1"

  public static func json(_ survey: Survey) -> JSON {
    let lowering = FormLowering(survey: survey)
    var fields: [(String, JSON)] = [
      ("format", .string(format)),
      ("survey", .string(survey.id ?? "survey")),
      ("version", survey.version.map { .string($0) } ?? .null),
      ("languages", .array(survey.languages.map { .string($0) })),
      ("title", survey.title.map(lowering.text) ?? .null),
    ]
    fields.append(("choices", .object(survey.lists.map { ($0.name, lowering.choiceList($0)) })))
    fields.append(("items", .array(survey.items.map(lowering.item))))
    return .object(fields)
  }

  /// The form JSON as text, ending with a newline.
  public static func render(_ survey: Survey) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(survey.variables.count * 1024)
    json(survey).write(into: &out, indent: 0)
    out.append(0x0A)
    return String(decoding: out, as: UTF8.self)
  }
}

struct FormLowering {
  let survey: Survey

  /// `{"fi": "…", "sv": "…"}` with pipes as `{name}` and literal braces doubled, as in qdsl source.
  func text(_ t: TranslatedText) -> JSON {
    .object(survey.languages.compactMap { lang in t.template(lang).map { (lang, .string($0.source)) } })
  }

  func choiceList(_ list: ChoiceList) -> JSON {
    .array(
      list.options.map { o in
        .object([
          ("code", .int(o.code)), ("name", .string(o.name)), ("label", o.label.map(text) ?? .object([])),
          ("exclusive", .bool(o.isExclusive)), ("missing", .bool(o.isMissing)),
        ])
      })
  }

  func item(_ item: Item) -> JSON {
    switch item.kind {
    case .section(let s):
      return .object([
        ("kind", .string("section")), ("id", .string(s.name)), ("title", s.title.map(text) ?? .null),
        ("items", .array(s.items.map(self.item))),
      ])
    case .question(let q):
      let v = survey.variables[q.variable]
      var fields: [(String, JSON)] = [("kind", .string("question")), ("id", .string(v.name))]
      switch q.type {
      case .integer(let lo, let hi):
        fields += [
          ("type", .string("integer")), ("min", lo.map { .int($0) } ?? .null), ("max", hi.map { .int($0) } ?? .null),
        ]
      case .decimal(let lo, let hi):
        fields += [
          ("type", .string("decimal")), ("min", lo.map { .number($0) } ?? .null),
          ("max", hi.map { .number($0) } ?? .null),
        ]
      case .text(let max):
        fields += [("type", .string("text")), ("maxLength", max.map { .int($0) } ?? .null)]
      case .date:
        fields.append(("type", .string("date")))
      case .oneOf(let l):
        fields += [("type", .string("one")), ("choices", .string(survey.lists[l].name))]
      case .manyOf(let l):
        fields += [("type", .string("many")), ("choices", .string(survey.lists[l].name))]
        fields.append(("variables", .array(v.dataNames.map { .string($0) })))
      case .invalid:
        fields.append(("type", .string("text")))
      }
      if case .manyOf = q.type {} else { fields.append(("variable", .string(v.dataNames.first ?? v.name))) }
      fields += [
        ("required", .bool(q.isRequired)), ("text", q.text.map(text) ?? .object([])),
        ("hint", q.hint.map(text) ?? .null),
        ("checks", .array(q.checks.map(check))),
      ]
      return .object(fields)
    case .grid(let g):
      let v = survey.variables[g.variable]
      return .object([
        ("kind", .string("grid")), ("id", .string(v.name)), ("type", .string("one")),
        ("choices", g.list.map { .string(survey.lists[$0].name) } ?? .null), ("required", .bool(g.isRequired)),
        ("text", g.text.map(text) ?? .object([])), ("hint", g.hint.map(text) ?? .null),
        (
          "rows",
          .array(
            g.rows.map { row in
              .object([
                ("id", .string(survey.variables[row.variable].name)), ("name", .string(row.name)),
                ("variable", .string(survey.variables[row.variable].dataNames.first ?? row.name)),
                ("label", row.label.map(text) ?? .object([])),
              ])
            })
        ),
      ])
    case .calculate(let c):
      let v = survey.variables[c.variable]
      return .object([
        ("kind", .string("calculate")), ("id", .string(v.name)), ("variable", .string(v.name)),
        ("type", .string(valueType(v.type))), ("formula", expression(c.formula)),
        ("source", .string(survey.source(of: c.formula))),
      ])
    case .note(let n):
      return .object([
        ("kind", .string("note")), ("id", .string(n.name)), ("text", n.text.map(text) ?? .object([])),
        ("hint", n.hint.map(text) ?? .null),
      ])
    case .conditional(let c):
      return .object([
        ("kind", .string("if")),
        (
          "branches",
          .array(
            c.branches.map { b in
              .object([
                ("condition", b.condition.map(expression) ?? .null),
                ("source", b.condition.map { .string(survey.source(of: $0)) } ?? .null),
                ("items", .array(b.items.map(self.item))),
              ])
            })
        ),
      ])
    case .end(let e):
      return .object([("kind", .string("end")), ("message", e.message.map(text) ?? .object([]))])
    }
  }

  func check(_ c: Check) -> JSON {
    .object([
      ("condition", expression(c.condition)), ("source", .string(survey.source(of: c.condition))),
      ("message", c.message.map(text) ?? .object([])),
    ])
  }

  func valueType(_ t: ValueType) -> String {
    switch t {
    case .integer: return "integer"
    case .decimal: return "decimal"
    case .text: return "text"
    case .date: return "date"
    case .boolean: return "boolean"
    case .oneOf, .option: return "one"
    case .manyOf: return "many"
    default: return "text"
    }
  }

  /// An expression as a JSON tree: leaves `{"var"}`, `{"code"}`, `{"number"}`, `{"text"}`, `{"bool"}`;
  /// operators and functions as `{"op", "args"}`.
  func expression(_ e: Expr) -> JSON {
    switch e.kind {
    case .integer(let v): return .object([("number", .int(v))])
    case .decimal(let v): return .object([("number", .number(v))])
    case .text(let s): return .object([("text", .string(s))])
    case .boolean(let b): return .object([("bool", .bool(b))])
    case .variable(let v): return .object([("var", .string(survey.variables[v].name))])
    case .option(let l, let i):
      let o = survey.lists[l].options[i]
      return .object([("code", .int(o.code)), ("choices", .string(survey.lists[l].name)), ("option", .string(o.name))])
    case .list(let items): return .object([("op", .string("list")), ("args", .array(items.map(expression)))])
    case .unary(let op, let operand):
      return .object([("op", .string(op == .not ? "not" : "neg")), ("args", .array([expression(operand)]))])
    case .binary(let op, let a, let b):
      return .object([("op", .string(op.rawValue)), ("args", .array([expression(a), expression(b)]))])
    case .call(let f, let args):
      return .object([("op", .string(f.rawValue)), ("args", .array(args.map(expression)))])
    case .invalid:
      return .null
    }
  }
}
