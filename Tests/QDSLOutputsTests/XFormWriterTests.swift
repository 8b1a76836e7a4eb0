// The XForm export: the examples against golden files, determinism, the fixtures of its warnings, and the XPath
// that each qdsl construct becomes (the table in docs/outputs.md).

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct XFormWriterTests {
  private let root = Fixtures.packageRoot()

  @Test func testExamplesMatchGoldenXForms() {
    let sources =
      Fixtures.files(in: root.appendingPathComponent("Examples"), withExtension: "qdsl")
      + Fixtures.files(in: root.appendingPathComponent("Tests/Scenarios"), withExtension: "qdsl")
    #expect(sources.count > 3)
    for file in sources {
      let stem = file.deletingPathExtension().lastPathComponent
      let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(stem).xform.xml")
      func compare() {
        let checked = Fixtures.checkInstrument(file)
        let errors = checked.diagnostics.filter { $0.severity == .error }.count
        #expect(errors == 0, Comment(rawValue: file.lastPathComponent))
        let xform = XFormWriter.render(checked.survey)
        #expect(xform == XFormWriter.render(Fixtures.checkInstrument(file).survey), "deterministic")
        if let difference = Fixtures.compareGolden(xform, golden) {
          Issue.record(Comment(rawValue: difference))
        }
      }
      compare()
    }
  }

  /// Every fixture in Fixtures/xform carries the XForm warnings it must get inline; `QD51xx-ok-*` get none.
  @Test func testFixturesReportExactlyTheAnnotatedWarnings() {
    let files = Fixtures.files(
      in: root.appendingPathComponent("Tests/QDSLOutputsTests/Fixtures/xform"), withExtension: "qdsl")
    for code in DiagnosticCode.allCases where code.isXFormWarning {
      #expect(files.contains { $0.lastPathComponent.hasPrefix(code.rawValue + "-ok") }, "\(code): no near miss")
      #expect(
        files.contains {
          $0.lastPathComponent.hasPrefix(code.rawValue) && !$0.lastPathComponent.hasPrefix(code.rawValue + "-ok")
        }, "\(code): no fixture")
    }
    for file in files {
      let source = Fixtures.read(file)
      let checked = Checker.check(source: source)
      #expect(checked.diagnostics.map(\.code) == [], "\(file.lastPathComponent) must check clean")
      // The XLSForm's warnings hold the XForm's and its own (QD5102).
      let warnings = OutputTarget.xlsform.warnings(checked.survey)
      let problems = InlineExpectations.verify(warnings, source: source, lines: checked.parse.lineIndex)
      #expect(problems.isEmpty, Comment(rawValue: "\(file.lastPathComponent):\n" + problems.joined(separator: "\n")))
    }
  }

  /// The bind of `name` in the XForm of `source` (a survey with `languages en` and the questions below).
  private func bind(_ name: String, _ body: String) -> String {
    let source = """
      survey s
      languages en
      choices yes_no { 1 yes "Yes" 2 no "No" -1 dont_know "Don't know" }
      choices kind { 1 a "A" 2 b "B" 97 none "None" exclusive }
      question x: one of yes_no { text "X?" }
      question n: integer 0..100 { text "N?" }
      question d: decimal -1.5..10 { text "D?" }
      question t: text max 10 { text "T?" }
      question day: date { text "Day?" }
      question m: many of kind { text "M?" }

      """ + body
    let checked = Checker.check(source: source)
    #expect(checked.diagnostics.map(\.message) == [], Comment(rawValue: body))
    let xform = XFormWriter.render(checked.survey)
    let prefix = "<bind nodeset=\"/s/\(name)\""
    guard let line = xform.split(separator: "\n").first(where: { $0.contains(prefix) }) else {
      Issue.record("no bind for \(name) in:\n\(xform)")
      return ""
    }
    return String(line.trimmingCharacters(in: .whitespaces))
  }

  /// The XPath of a calculate's formula, unescaped.
  private func formula(_ qdsl: String) -> String {
    let line = bind("c", "calculate c = \(qdsl)\n")
    guard let start = line.range(of: "calculate=\""), let end = line.range(of: "\"/>", options: .backwards) else {
      return line
    }
    return String(line[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&quot;", with: "\"")
  }

  /// The action that drops options no longer offered is escaped like every other attribute: a tab in a text
  /// literal of the filter stays a tab (`&#9;`); unescaped, an XML parser would read it as a space.
  @Test func testTheActionThatDropsOptionsKeepsATabInAFilter() {
    let source = """
      survey s
      languages en
      choices place (kind: text) { 1 a "A" kind = "x\ty" 2 b "B" kind = "z" }
      question t: text { text "T?" }
      question p: one of place where option.kind == t + "\ty" { text "P?" }

      """
    let checked = Checker.check(source: source)
    #expect(checked.diagnostics.filter { $0.severity == .error }.map(\.message) == [])
    let xform = XFormWriter.render(checked.survey)
    let action = xform.split(separator: "\n").first { $0.contains("<setvalue event=\"xforms-value-changed\"") }
    #expect(action?.contains("&#9;y") == true, Comment(rawValue: String(action ?? "no action")))
    #expect(action?.contains("\t") == false)
  }

  @Test func testComparisonsAreFalseWhenAnOperandIsMissing() {
    #expect(formula("n != 13") == "if((/s/n != '' and number(/s/n) != 13), 1, 0)")
    #expect(formula("x == yes") == "if((/s/x != '' and number(/s/x) = 1), 1, 0)")
    #expect(formula("x >= no") == "if((/s/x != '' and number(/s/x) >= 2), 1, 0)")
    #expect(formula("t == \"\"") == "if((/s/t != '' and /s/t = ''), 1, 0)")
    #expect(formula("n == d") == "if((/s/n != '' and /s/d != '' and number(/s/n) = number(/s/d)), 1, 0)")
    #expect(formula("not (n == 0)") == "if(not((/s/n != '' and number(/s/n) = 0)), 1, 0)")
    #expect(formula("x in [yes, dont_know]") == "if((/s/x != '' and (number(/s/x) = 1 or number(/s/x) = -1)), 1, 0)")
  }

  @Test func testSetsAnsweredDatesAndFunctions() {
    #expect(formula("m contains none") == "if(selected(/s/m, '97'), 1, 0)")
    #expect(formula("count(m)") == "count-selected(/s/m)")
    #expect(formula("answered(t)") == "if(/s/t != '', 1, 0)")
    #expect(formula("length(t)") == "if(/s/t != '', string-length(/s/t), '')")
    #expect(
      formula("day >= date(\"2024-01-01\")")
        == "if((/s/day != '' and decimal-date-time(string(/s/day)) >= decimal-date-time('2024-01-01')), 1, 0)")
    #expect(
      formula("today() - day") == "if(/s/day != '', round(decimal-date-time(format-date(today(), '%Y-%m-%d')) "
        + "- decimal-date-time(string(/s/day))), '')")
    #expect(formula("n / 0") == "if(/s/n != '' and 0 != 0, number(/s/n) div 0, '')")
    #expect(formula("coalesce(n, 0) + 1") == "if(/s/n != '', number(/s/n), 0) + 1")
    #expect(
      formula("round(d)") == "if(/s/d != '', if(number(/s/d) < 0, -round(-number(/s/d)), round(number(/s/d))), '')")
    #expect(formula("number(n > 10)") == "if((/s/n != '' and number(/s/n) > 10), 1, 0)")
    #expect(formula("min(n, 5)") == "if(/s/n != '', if(number(/s/n) <= 5, number(/s/n), 5), '')")
  }

  @Test func testLiteralsNeedNoEscapes() {
    #expect(formula("t == \"it's\"") == "if((/s/t != '' and /s/t = \"it's\"), 1, 0)")
    #expect(formula("t == \"it's \\\"so\\\"\"") == "if((/s/t != '' and /s/t = concat('it', \"'\", 's \"so\"')), 1, 0)")
    #expect(formula("d * 0.25") == "if(/s/d != '', number(/s/d) * 0.25, '')")
  }

  /// The itext of `id` in the XForm of `source`.
  private func itext(_ id: String, _ source: String) -> String {
    let checked = Checker.check(source: source)
    #expect(checked.diagnostics.map(\.message) == [])
    let xform = XFormWriter.render(checked.survey)
    let prefix = "<text id=\"\(id)\"><value>"
    guard let line = xform.split(separator: "\n").first(where: { $0.contains(prefix) }),
      let start = line.range(of: prefix), let end = line.range(of: "</value></text>")
    else {
      Issue.record("no text \(id) in:\n\(xform)")
      return ""
    }
    return String(line[start.upperBound..<end.lowerBound])
  }

  @Test func testConstraintMessagesShowTheRulesThatFail() {
    let header = "survey s\nlanguages en\nquestion n: integer required { text \"N?\" }\n"
    #expect(
      itext("/s/q:constraintMsg", header + "question q: integer { text \"Q?\" check q <= n \"At most {n}.\" }\n")
        == "At most <output value=\"/s/n\"/>.", "one check alone: its message as it is")
    #expect(
      itext(
        "/s/q:constraintMsg",
        header + "question q: integer 1..9 { text \"Q?\" check q <= n \"At most {n}.\" check q != 5 \"Not 5.\" }\n")
        == "<output value=\"substr(concat("
        + "if(/s/q &gt;= 1 and /s/q &lt;= 9, '', concat('&#10;', '1 – 9')), "
        + "if((/s/q != '' and /s/n != '' and number(/s/q) &lt;= number(/s/n)), '', "
        + "concat('&#10;', concat('At most ', /s/n, '.', ''))), "
        + "if((/s/q != '' and number(/s/q) != 5), '', concat('&#10;', concat('Not 5.', ''))), ''), 1)\"/>",
      "the range and several checks: the messages of the rules that fail, one per line")
    #expect(
      itext("/s/q:constraintMsg", header + "question q: integer 1..9 { text \"Q?\" }\n") == "1 – 9",
      "bounds alone: the range, in no particular language")
    #expect(itext("/s/q:constraintMsg", header + "question q: decimal 0.5..10 { text \"Q?\" }\n") == "0.5 – 10")
    #expect(itext("/s/q:constraintMsg", header + "question q: text max 20 { text \"Q?\" }\n") == "≤ 20")
    #expect(
      itext(
        "/s/q:constraintMsg",
        header + "choices k { 1 a \"A\" 97 none \"None of these\" exclusive }\nquestion q: many of k { text \"Q?\" }\n"
      ) == "“None of these”", "an exclusive option: its label")
    #expect(bind("day", "") == "<bind nodeset=\"/s/day\" type=\"date\"/>", "no rules, no constraint")
  }

  @Test func testWarnsAboutIntegersBeyond32Bits() {
    let checked = Checker.check(
      source: "survey s\nlanguages en\nquestion a: integer 0..2147483648 { text \"A?\" }\n"
        + "question b: integer -2147483648..2147483647 { text \"B?\" }\nquestion c: integer { text \"C?\" }\n")
    #expect(
      XFormWriter.warnings(checked.survey).map(\.message) == [
        "'a' allows 2147483648, beyond the whole numbers of ODK (-2147483648 to 2147483647)"
      ])
    #expect(OutputTarget.form.warnings(checked.survey).count == 0)
  }

  @Test func testBindsCarryTypesBoundsAndTheWholeUniverse() {
    #expect(
      bind("d", "") == "<bind nodeset=\"/s/d\" type=\"decimal\" constraint=\". &gt;= -1.5 and . &lt;= 10\" "
        + "jr:constraintMsg=\"jr:itext('/s/d:constraintMsg')\"/>")
    #expect(
      bind("t", "") == "<bind nodeset=\"/s/t\" type=\"string\" constraint=\"string-length(.) &lt;= 10\" "
        + "jr:constraintMsg=\"jr:itext('/s/t:constraintMsg')\"/>")
    #expect(
      bind("m", "")
        == "<bind nodeset=\"/s/m\" type=\"string\" constraint=\"not(selected(., '97') and count-selected(.) &gt; 1)\" "
        + "jr:constraintMsg=\"jr:itext('/s/m:constraintMsg')\"/>")
    let nested = bind(
      "q",
      """
      if x == yes {
        if n > 5 { end "Bye." }
        if n > 1 { question q: integer required { text "Q?" } }
      }

      """)
    #expect(
      nested == "<bind nodeset=\"/s/q\" type=\"int\" relevant=\"((/s/x != '' and number(/s/x) = 1)) "
        + "and not(((/s/n != '' and number(/s/n) &gt; 5))) and ((/s/n != '' and number(/s/n) &gt; 1))\" "
        + "required=\"true()\"/>")
    #expect(
      bind("c", "if x == no { calculate c = n + 1 }\n").contains(
        "calculate=\"if(((/s/x != '' and number(/s/x) = 2)), if(/s/n != '', number(/s/n) + 1, ''), '')\""))
  }
}

/// The XForm grows linearly with `else if` chains and `end`s: the universes of later branches and items hold the
/// failure of every earlier branch and the survival of every earlier `end`, which hidden calculates carry once.
@Suite struct XFormSizeTests {
  /// A survey with one question `x` and `n` parts made by `part` (given their index).
  private func survey(_ n: Int, _ part: (Int) -> String) -> String {
    var source = "survey s\nlanguages en\nquestion x: integer 0..100000 { text \"X?\" }\n"
    for i in 0..<n { source += part(i) }
    return source
  }

  private func xformBytes(_ source: String) -> Int {
    let checked = Checker.check(source: source)
    #expect(checked.diagnostics.map(\.message) == [])
    return XFormWriter.renderBytes(checked.survey).count
  }

  private func assertLinear(_ what: String, small: Int, _ part: @escaping (Int) -> String, close: String = "") {
    let large = small * 10
    let smallBytes = xformBytes(survey(small, part) + close)
    let largeBytes = xformBytes(survey(large, part) + close)
    #expect(largeBytes < 12 * smallBytes, "\(what): \(large) give \(largeBytes) bytes, \(small) \(smallBytes)")
  }

  @Test func testElseIfChainsGrowLinearly() {
    assertLinear(
      "branches with a question", small: 100,
      { i in
        "\(i == 0 ? "if" : "} else if") x == \(i) {\n  question q\(i): integer { text \"Q\(i)?\" }\n"
      }, close: "}\n")
    assertLinear(
      "branches with an end, then a question", small: 100,
      { i in
        "\(i == 0 ? "if" : "} else if") x == \(i) {\n  end \"Bye \(i).\"\n"
      }, close: "}\nquestion last: integer { text \"L?\" }\n")
  }

  @Test func testEndsOneAfterAnotherGrowLinearly() {
    assertLinear("ends, each followed by a question", small: 20) { i in
      "if x == \(i) { end \"Bye \(i).\" }\nquestion q\(i): integer { text \"Q\(i)?\" }\n"
    }
  }

  /// A long universe is held once by a hidden calculate, which later binds read.
  @Test func testLongUniversesAreHiddenCalculates() {
    let source = survey(30) { i in
      "\(i == 0 ? "if" : "} else if") x == \(i) {\n  question q\(i): integer { text \"Q\(i)?\" }\n"
    }
    let xform = XFormWriter.render(Checker.check(source: source + "}\n").survey)
    #expect(xform.contains("<qdsl-universes>\n            <u1/>"), Comment(rawValue: xform))
    #expect(
      xform.contains("<bind nodeset=\"/s/qdsl-universes/u1\" type=\"int\" calculate=\"if(not("),
      Comment(rawValue: xform))
    let last = xform.split(separator: "\n").first { $0.contains("nodeset=\"/s/q29\"") } ?? ""
    #expect(last.contains("relevant=\"/s/qdsl-universes/u"), Comment(rawValue: String(last)))
    #expect(last.utf8.count < 600, Comment(rawValue: String(last)))
  }
}

/// Every checker fixture, with or without errors, gives a well-formed XForm: the writer never crashes and always
/// escapes what it writes.
@Suite struct XFormRobustnessTests {
  @Test func testEveryFixtureGivesWellFormedXML() {
    let root = Fixtures.packageRoot()
    let folders = [
      "Tests/QDSLSemanticsTests/Fixtures/check", "Tests/QDSLSyntaxTests/Fixtures/parser/ok",
      "Tests/QDSLSyntaxTests/Fixtures/parser/err", "Tests/QDSLOutputsTests/Fixtures/xform", "Examples",
    ]
    var count = 0
    for folder in folders {
      for file in Fixtures.files(in: root.appendingPathComponent(folder), withExtension: "qdsl") {
        let xform = XFormWriter.render(Fixtures.checkInstrument(file).survey)
        let parser = XMLParser(data: Data(xform.utf8))
        #expect(parser.parse(), "\(file.lastPathComponent): \(String(describing: parser.parserError))")
        count += 1
      }
    }
    #expect(count > 100)
  }
}
