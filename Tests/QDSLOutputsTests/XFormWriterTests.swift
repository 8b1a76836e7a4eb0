// The XForm export: the examples against golden files, determinism, the fixtures of its warnings, and the XPath
// that each qdsl construct becomes (the table in docs/outputs.md).

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

final class XFormWriterTests: XCTestCase {
  private let root = Fixtures.packageRoot()

  func testExamplesMatchGoldenXForms() {
    let sources =
      Fixtures.files(in: root.appendingPathComponent("Examples"), withExtension: "qdsl")
      + Fixtures.files(in: root.appendingPathComponent("Tests/Scenarios"), withExtension: "qdsl")
    XCTAssertGreaterThan(sources.count, 3)
    for file in sources {
      let checked = Checker.check(source: Fixtures.read(file))
      XCTAssertFalse(checked.hasErrors, file.lastPathComponent)
      let xform = XFormWriter.render(checked.survey)
      XCTAssertEqual(xform, XFormWriter.render(Checker.check(source: Fixtures.read(file)).survey), "deterministic")
      let stem = file.deletingPathExtension().lastPathComponent
      let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(stem).xform.xml")
      if let difference = Fixtures.compareGolden(xform, golden) { XCTFail(difference) }
    }
  }

  /// Every fixture in Fixtures/xform carries the XForm warnings it must get inline; `QD51xx-ok-*` get none.
  func testFixturesReportExactlyTheAnnotatedWarnings() {
    let files = Fixtures.files(
      in: root.appendingPathComponent("Tests/QDSLOutputsTests/Fixtures/xform"), withExtension: "qdsl")
    for code in DiagnosticCode.allCases where code.isXFormWarning {
      XCTAssertTrue(files.contains { $0.lastPathComponent.hasPrefix(code.rawValue + "-ok") }, "\(code): no near miss")
      XCTAssertTrue(
        files.contains {
          $0.lastPathComponent.hasPrefix(code.rawValue) && !$0.lastPathComponent.hasPrefix(code.rawValue + "-ok")
        }, "\(code): no fixture")
    }
    for file in files {
      let source = Fixtures.read(file)
      let checked = Checker.check(source: source)
      XCTAssertEqual(checked.diagnostics.map(\.code), [], "\(file.lastPathComponent) must check clean")
      let warnings = XFormWriter.warnings(checked.survey)
      let problems = InlineExpectations.verify(warnings, source: source, lines: checked.parse.lineIndex)
      XCTAssertTrue(problems.isEmpty, "\(file.lastPathComponent):\n" + problems.joined(separator: "\n"))
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
    XCTAssertEqual(checked.diagnostics.map(\.message), [], body)
    let xform = XFormWriter.render(checked.survey)
    let prefix = "<bind nodeset=\"/s/\(name)\""
    guard let line = xform.split(separator: "\n").first(where: { $0.contains(prefix) }) else {
      XCTFail("no bind for \(name) in:\n\(xform)")
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

  func testComparisonsAreFalseWhenAnOperandIsMissing() {
    XCTAssertEqual(formula("n != 13"), "if((/s/n != '' and number(/s/n) != 13), 1, 0)")
    XCTAssertEqual(formula("x == yes"), "if((/s/x != '' and number(/s/x) = 1), 1, 0)")
    XCTAssertEqual(formula("x >= no"), "if((/s/x != '' and number(/s/x) >= 2), 1, 0)")
    XCTAssertEqual(formula("t == \"\""), "if((/s/t != '' and /s/t = ''), 1, 0)")
    XCTAssertEqual(
      formula("n == d"), "if((/s/n != '' and /s/d != '' and number(/s/n) = number(/s/d)), 1, 0)")
    XCTAssertEqual(formula("not (n == 0)"), "if(not((/s/n != '' and number(/s/n) = 0)), 1, 0)")
    XCTAssertEqual(
      formula("x in [yes, dont_know]"),
      "if((/s/x != '' and (number(/s/x) = 1 or number(/s/x) = -1)), 1, 0)")
  }

  func testSetsAnsweredDatesAndFunctions() {
    XCTAssertEqual(formula("m contains none"), "if(selected(/s/m, '97'), 1, 0)")
    XCTAssertEqual(formula("count(m)"), "count-selected(/s/m)")
    XCTAssertEqual(formula("answered(t)"), "if(/s/t != '', 1, 0)")
    XCTAssertEqual(formula("length(t)"), "if(/s/t != '', string-length(/s/t), '')")
    XCTAssertEqual(
      formula("day >= date(\"2024-01-01\")"),
      "if((/s/day != '' and decimal-date-time(string(/s/day)) >= decimal-date-time('2024-01-01')), 1, 0)")
    XCTAssertEqual(
      formula("today() - day"),
      "if(/s/day != '', round(decimal-date-time(format-date(today(), '%Y-%m-%d')) "
        + "- decimal-date-time(string(/s/day))), '')")
    XCTAssertEqual(formula("n / 0"), "if(/s/n != '' and 0 != 0, number(/s/n) div 0, '')")
    XCTAssertEqual(formula("coalesce(n, 0) + 1"), "if(/s/n != '', number(/s/n), 0) + 1")
    XCTAssertEqual(
      formula("round(d)"), "if(/s/d != '', if(number(/s/d) < 0, -round(-number(/s/d)), round(number(/s/d))), '')")
    XCTAssertEqual(formula("number(n > 10)"), "if((/s/n != '' and number(/s/n) > 10), 1, 0)")
    XCTAssertEqual(formula("min(n, 5)"), "if(/s/n != '', if(number(/s/n) <= 5, number(/s/n), 5), '')")
  }

  func testLiteralsNeedNoEscapes() {
    XCTAssertEqual(formula("t == \"it's\""), "if((/s/t != '' and /s/t = \"it's\"), 1, 0)")
    XCTAssertEqual(
      formula("t == \"it's \\\"so\\\"\""), "if((/s/t != '' and /s/t = concat('it', \"'\", 's \"so\"')), 1, 0)")
    XCTAssertEqual(formula("d * 0.25"), "if(/s/d != '', number(/s/d) * 0.25, '')")
  }

  /// The itext of `id` in the XForm of `source`.
  private func itext(_ id: String, _ source: String) -> String {
    let checked = Checker.check(source: source)
    XCTAssertEqual(checked.diagnostics.map(\.message), [])
    let xform = XFormWriter.render(checked.survey)
    let prefix = "<text id=\"\(id)\"><value>"
    guard let line = xform.split(separator: "\n").first(where: { $0.contains(prefix) }),
      let start = line.range(of: prefix), let end = line.range(of: "</value></text>")
    else {
      XCTFail("no text \(id) in:\n\(xform)")
      return ""
    }
    return String(line[start.upperBound..<end.lowerBound])
  }

  func testConstraintMessagesShowTheRulesThatFail() {
    let header = "survey s\nlanguages en\nquestion n: integer required { text \"N?\" }\n"
    XCTAssertEqual(
      itext("/s/q:constraintMsg", header + "question q: integer { text \"Q?\" check q <= n \"At most {n}.\" }\n"),
      "At most <output value=\"/s/n\"/>.", "one check alone: its message as it is")
    XCTAssertEqual(
      itext(
        "/s/q:constraintMsg",
        header + "question q: integer 1..9 { text \"Q?\" check q <= n \"At most {n}.\" check q != 5 \"Not 5.\" }\n"),
      "<output value=\"substr(concat("
        + "if(/s/q &gt;= 1 and /s/q &lt;= 9, '', concat('&#10;', '1 – 9')), "
        + "if((/s/q != '' and /s/n != '' and number(/s/q) &lt;= number(/s/n)), '', "
        + "concat('&#10;', concat('At most ', /s/n, '.', ''))), "
        + "if((/s/q != '' and number(/s/q) != 5), '', concat('&#10;', concat('Not 5.', ''))), ''), 1)\"/>",
      "the range and several checks: the messages of the rules that fail, one per line")
    XCTAssertEqual(
      itext("/s/q:constraintMsg", header + "question q: integer 1..9 { text \"Q?\" }\n"), "1 – 9",
      "bounds alone: the range, in no particular language")
    XCTAssertEqual(
      itext("/s/q:constraintMsg", header + "question q: decimal 0.5..10 { text \"Q?\" }\n"), "0.5 – 10")
    XCTAssertEqual(itext("/s/q:constraintMsg", header + "question q: text max 20 { text \"Q?\" }\n"), "≤ 20")
    XCTAssertEqual(
      itext(
        "/s/q:constraintMsg",
        header + "choices k { 1 a \"A\" 97 none \"None of these\" exclusive }\nquestion q: many of k { text \"Q?\" }\n"
      ), "“None of these”", "an exclusive option: its label")
    XCTAssertEqual(bind("day", ""), "<bind nodeset=\"/s/day\" type=\"date\"/>", "no rules, no constraint")
  }

  func testWarnsAboutIntegersBeyond32Bits() {
    let checked = Checker.check(
      source: "survey s\nlanguages en\nquestion a: integer 0..2147483648 { text \"A?\" }\n"
        + "question b: integer -2147483648..2147483647 { text \"B?\" }\nquestion c: integer { text \"C?\" }\n")
    XCTAssertEqual(
      XFormWriter.warnings(checked.survey).map(\.message),
      ["'a' allows 2147483648, beyond the whole numbers of ODK (-2147483648 to 2147483647)"])
    XCTAssertEqual(OutputTarget.form.warnings(checked.survey).count, 0)
  }

  func testBindsCarryTypesBoundsAndTheWholeUniverse() {
    XCTAssertEqual(
      bind("d", ""),
      "<bind nodeset=\"/s/d\" type=\"decimal\" constraint=\". &gt;= -1.5 and . &lt;= 10\" "
        + "jr:constraintMsg=\"jr:itext('/s/d:constraintMsg')\"/>")
    XCTAssertEqual(
      bind("t", ""),
      "<bind nodeset=\"/s/t\" type=\"string\" constraint=\"string-length(.) &lt;= 10\" "
        + "jr:constraintMsg=\"jr:itext('/s/t:constraintMsg')\"/>")
    XCTAssertEqual(
      bind("m", ""),
      "<bind nodeset=\"/s/m\" type=\"string\" constraint=\"not(selected(., '97') and count-selected(.) &gt; 1)\" "
        + "jr:constraintMsg=\"jr:itext('/s/m:constraintMsg')\"/>")
    let nested = bind(
      "q",
      """
      if x == yes {
        if n > 5 { end "Bye." }
        if n > 1 { question q: integer required { text "Q?" } }
      }

      """)
    XCTAssertEqual(
      nested,
      "<bind nodeset=\"/s/q\" type=\"int\" relevant=\"((/s/x != '' and number(/s/x) = 1)) "
        + "and not(((/s/n != '' and number(/s/n) &gt; 5))) and ((/s/n != '' and number(/s/n) &gt; 1))\" "
        + "required=\"true()\"/>")
    XCTAssertTrue(
      bind("c", "if x == no { calculate c = n + 1 }\n").contains(
        "calculate=\"if(((/s/x != '' and number(/s/x) = 2)), if(/s/n != '', number(/s/n) + 1, ''), '')\""))
  }
}

/// The XForm grows linearly with `else if` chains and `end`s: the universes of later branches and items hold the
/// failure of every earlier branch and the survival of every earlier `end`, which hidden calculates carry once.
final class XFormSizeTests: XCTestCase {
  /// A survey with one question `x` and `n` parts made by `part` (given their index).
  private func survey(_ n: Int, _ part: (Int) -> String) -> String {
    var source = "survey s\nlanguages en\nquestion x: integer 0..100000 { text \"X?\" }\n"
    for i in 0..<n { source += part(i) }
    return source
  }

  private func xformBytes(_ source: String) -> Int {
    let checked = Checker.check(source: source)
    XCTAssertEqual(checked.diagnostics.map(\.message), [])
    return XFormWriter.renderBytes(checked.survey).count
  }

  private func assertLinear(_ what: String, small: Int, _ part: @escaping (Int) -> String, close: String = "") {
    let large = small * 10
    let smallBytes = xformBytes(survey(small, part) + close)
    let largeBytes = xformBytes(survey(large, part) + close)
    XCTAssertLessThan(largeBytes, 12 * smallBytes, "\(what): \(large) give \(largeBytes) bytes, \(small) \(smallBytes)")
  }

  func testElseIfChainsGrowLinearly() {
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

  func testEndsOneAfterAnotherGrowLinearly() {
    assertLinear("ends, each followed by a question", small: 20) { i in
      "if x == \(i) { end \"Bye \(i).\" }\nquestion q\(i): integer { text \"Q\(i)?\" }\n"
    }
  }

  /// A long universe is held once by a hidden calculate, which later binds read.
  func testLongUniversesAreHiddenCalculates() {
    let source = survey(30) { i in
      "\(i == 0 ? "if" : "} else if") x == \(i) {\n  question q\(i): integer { text \"Q\(i)?\" }\n"
    }
    let xform = XFormWriter.render(Checker.check(source: source + "}\n").survey)
    XCTAssertTrue(xform.contains("<qdsl-universes>\n            <u1/>"), xform)
    XCTAssertTrue(xform.contains("<bind nodeset=\"/s/qdsl-universes/u1\" type=\"int\" calculate=\"if(not("), xform)
    let last = xform.split(separator: "\n").first { $0.contains("nodeset=\"/s/q29\"") } ?? ""
    XCTAssertTrue(last.contains("relevant=\"/s/qdsl-universes/u"), String(last))
    XCTAssertLessThan(last.utf8.count, 600, String(last))
  }
}

/// Every checker fixture, with or without errors, gives a well-formed XForm: the writer never crashes and always
/// escapes what it writes.
final class XFormRobustnessTests: XCTestCase {
  func testEveryFixtureGivesWellFormedXML() {
    let root = Fixtures.packageRoot()
    let folders = [
      "Tests/QDSLSemanticsTests/Fixtures/check", "Tests/QDSLSyntaxTests/Fixtures/parser/ok",
      "Tests/QDSLSyntaxTests/Fixtures/parser/err", "Tests/QDSLOutputsTests/Fixtures/xform", "Examples",
    ]
    var count = 0
    for folder in folders {
      for file in Fixtures.files(in: root.appendingPathComponent(folder), withExtension: "qdsl") {
        let xform = XFormWriter.render(Checker.check(source: Fixtures.read(file)).survey)
        let parser = XMLParser(data: Data(xform.utf8))
        XCTAssertTrue(parser.parse(), "\(file.lastPathComponent): \(String(describing: parser.parserError))")
        count += 1
      }
    }
    XCTAssertGreaterThan(count, 100)
  }
}
