// The model of "other, specify" texts and option descriptions: where the text variable is declared (ordinal, data
// name, level), its universe and whether it is required, the item that asks it, and the fixes of QD3014 and QD3015.

import QDSLSemantics
import QDSLSyntax
import Testing

@Suite struct SpecifyModelTests {
  static let source = """
    survey barometer
    languages en fi

    choices partner {
      1 university { en "Universities" fi "Yliopistot" }
      2 firm { en "Firms" fi "Yritykset" } description { en "Private companies" fi "Yksityiset yritykset" }
      96 other { en "Other" fi "Muu" } specify { en "Which?" fi "Mikä?" }
      97 elsewhere { en "Elsewhere" fi "Muualla" } specify { en "Where?" fi "Missä?" }
    }

    question main: one of partner required { text { en "Main partner?" fi "Pääkumppani?" } }
    question partners: many of partner { text { en "Partners?" fi "Kumppanit?" } }
    calculate named = length(main_other) + length(partners_elsewhere)
    repeat visit count 2 {
      question visit_partner: one of partner { text { en "Partner?" fi "Kumppani?" } }
    }

    """

  @Test func testEachQuestionGetsATextPerSpecifyOptionRightAfterIt() throws {
    let checked = Checker.check(source: Self.source)
    #expect(checked.diagnostics.isEmpty, "\(checked.diagnostics.map(\.message))")
    let names = checked.survey.variables.map(\.name)
    #expect(
      names == [
        "main", "main_other", "main_elsewhere", "partners", "partners_other", "partners_elsewhere", "named",
        "visit_partner", "visit_partner_other", "visit_partner_elsewhere",
      ])
    let survey = checked.survey
    let main = try #require(survey.variable(named: "main"))
    let other = try #require(survey.variable(named: "main_other"))
    #expect(other.ordinal == main.ordinal + 1)
    #expect(other.type == .text && other.dataNames == ["main_other"] && other.isRequired)
    #expect(other.specifies == SpecifyOrigin(question: main.id, list: 0, option: 2))
    #expect(survey.universeText(other.universe) == "main == other")
    let many = try #require(survey.variable(named: "partners_elsewhere"))
    #expect(!many.isRequired)
    #expect(survey.universeText(many.universe) == "partners contains elsewhere")
    let inRepeat = try #require(survey.variable(named: "visit_partner_other"))
    #expect(inRepeat.level == 1)
    let firm = survey.lists[0].options[1]
    #expect(firm.description?.template("fi")?.source == "Yksityiset yritykset")
    #expect(firm.specify == nil)
    #expect(survey.lists[0].options[2].specify?.template("en")?.source == "Which?")
  }

  @Test func testTheTextIsAskedByAnIfAfterItsQuestion() throws {
    let survey = Checker.check(source: Self.source).survey
    guard case .question(let q) = survey.items[0].kind, case .conditional(let c) = survey.items[1].kind else {
      Issue.record("the question, then an if")
      return
    }
    #expect(survey.variables[q.variable].name == "main")
    #expect(c.asksSpecifyText)
    #expect(c.branches.first?.condition.map { survey.source(of: $0) } == "main == other")
    guard case .question(let text) = c.branches[0].items[0].kind else {
      Issue.record("a question in the if")
      return
    }
    #expect(text.specifies?.option == 2)
    #expect(text.text?.template("en")?.source == "Which?")
  }

  @Test func testReadingTheTextBeforeItsQuestionIsALaterVariable() {
    let source = Self.source.replacing(
      "question main: one of", with: "calculate early = length(main_other)\nquestion main: one of")
    let found = Checker.check(source: source).diagnostics.filter { $0.code == .laterVariable }
    #expect(found.count == 1)
  }

  @Test func testTheFixesOfQD3014AndQD3015ClearThem() {
    for (source, code) in [
      (
        "survey s\nlanguages en\nchoices a { 1 x \"X\" 2 y \"Y\" specify \"Which?\" }\n"
          + "grid g: one of a { text \"G\" rows { r \"R\" } }\n", DiagnosticCode.specifyInGrid
      ),
      (
        "survey s\nlanguages en\nchoices a { 1 x \"X\" 2 y \"Y\" exclusive specify \"Which?\" }\n"
          + "question q: many of a { text \"Q\" }\n", .specifyOnExclusive
      ),
    ] {
      let checked = Checker.check(source: source)
      let found = checked.diagnostics.filter { $0.code == code }
      #expect(found.count == 1)
      guard let fix = found.first?.fixes.first else {
        Issue.record("\(code.rawValue) has a fix")
        continue
      }
      var bytes = Array(source.utf8)
      bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
      let fixed = Checker.check(source: String(decoding: bytes, as: UTF8.self))
      #expect(fixed.diagnostics.isEmpty, "\(code.rawValue): \(fixed.diagnostics.map(\.message))")
    }
  }

  @Test func testALargeListIsScannedOnceForItsSpecifyOptions() {
    // 2,000 options (the last one with a prompt) used by 300 questions: linear, and each gets its one text.
    var source = "survey s\nlanguages en\nchoices big {\n"
    for i in 1...2_000 { source += "  \(i) o\(i) \"O\(i)\"\n" }
    source += "  9999 other \"Other\" specify \"Which?\"\n}\n"
    for i in 1...300 { source += "question q\(i): one of big { text \"Q\(i)\" }\n" }
    let survey = Checker.check(source: source).survey
    #expect(survey.variables.count == 600)
    #expect(survey.variables.filter { $0.specifies != nil }.count == 300)
  }
}
