// Repeats in the XForm: each driver's count and jr:count, relative references inside iterations, the iteration's
// number and option, R.NAME by indexed-repeat, aggregates over the live iterations, and "add another".

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct XFormRepeatTests {
  private let root = Fixtures.packageRoot()
  private var scenarios: URL { root.appendingPathComponent("Tests/xform-javarosa/scenarios") }

  /// The XForm's own repeat fixtures (beside the shared Tests/Scenarios, whose XForms XFormWriterTests compares)
  /// against their golden XForms.
  @Test func testTheRepeatFixturesMatchTheirGoldenXForms() {
    let files = Fixtures.files(in: scenarios, withExtension: "qdsl")
    #expect(!files.isEmpty)
    for file in files {
      let checked = Checker.check(source: Fixtures.read(file))
      #expect(!checked.hasErrors, Comment(rawValue: file.lastPathComponent))
      let xform = XFormWriter.render(checked.survey)
      #expect(xform == XFormWriter.render(Checker.check(source: Fixtures.read(file)).survey), "deterministic")
      let stem = file.deletingPathExtension().lastPathComponent
      let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(stem).xform.xml")
      if let difference = Fixtures.compareGolden(xform, golden) { Issue.record(Comment(rawValue: difference)) }
    }
  }

  /// The XForm's own respondent scenarios (run through JavaRosa by .ci/run): each names its instrument and form
  /// JSON, which is the instrument's current form; every file there is one of those.
  @Test func testTheRepeatScenariosNameTheirCurrentForms() throws {
    let files = Fixtures.files(in: scenarios, withExtension: "scenarios.json")
    #expect(!files.isEmpty)
    var expected = Set<String>()
    for file in files {
      expected.insert(file.lastPathComponent)
      let json = try JSONReader.read([UInt8](Data(contentsOf: file)))
      let source = try #require(json["source"]?.string)
      let form = try #require(json["form"]?.string)
      for path in [source, form] { expected.insert(URL(fileURLWithPath: path).lastPathComponent) }
      let checked = Fixtures.checkInstrument(root.appendingPathComponent(source))
      #expect(!checked.hasErrors, Comment(rawValue: source))
      let rendered = FormDocument.render(checked.survey)
      if let difference = Fixtures.compareGolden(rendered, root.appendingPathComponent(form)) {
        Issue.record(Comment(rawValue: difference))
      }
      #expect((json["scenarios"]?.array ?? []).count >= 5, Comment(rawValue: file.lastPathComponent))
    }
    #expect(Fixtures.unexpectedFiles(in: scenarios, expected: expected) == [])
  }

  /// The XForm of a survey with `languages en`, two lists and the items below.
  private func xform(_ body: String) -> String {
    let source = """
      survey s
      languages en
      choices yes_no { 1 yes "Yes" 2 no "No" }
      choices crops { 1 maize "Maize" 2 beans "Beans" -1 rice "Rice" }
      question size: integer 1..20 required { text "Size?" }

      """ + body
    let checked = Checker.check(source: source)
    #expect(checked.diagnostics.filter { $0.severity == .error }.map(\.message) == [], Comment(rawValue: body))
    return XFormWriter.render(checked.survey)
  }

  /// The line of `xform` holding `prefix`, unescaped and trimmed.
  private func line(_ prefix: String, in xform: String) -> String {
    let unescaped = xform.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    guard let line = unescaped.split(separator: "\n").first(where: { $0.contains(prefix) }) else {
      Issue.record("no \(prefix) in:\n\(xform)")
      return ""
    }
    return String(line.trimmingCharacters(in: .whitespaces))
  }

  private let person = """
    repeat person count size {
      question age: integer 0..120 required { text "Age of {person.index}?" }
      if age >= 16 { question works: one of yes_no { text "Works?" } }
      repeat other for each person {
        if other.index < person.index { question rel: one of yes_no { text "{other.age} and {age}?" } }
      }
    }

    """

  @Test func testACountedRepeatIsATemplateWithItsCountBeside() {
    let x = xform(person)
    #expect(x.contains("<person-count/>\n          <person jr:template=\"\">\n            <age/>"))
    #expect(!x.contains("<person>"), "a counted repeat has no first iteration in the instance: JavaRosa makes them")
    #expect(
      line("<bind nodeset=\"/s/person-count\"", in: x)
        == "<bind nodeset=\"/s/person-count\" type=\"int\" calculate=\"if(/s/size != '', if(number(/s/size) > 20, 20, "
        + "if(number(/s/size) < 0, 0, number(/s/size))), 0)\"/>")
    #expect(line("<repeat ", in: x) == "<repeat nodeset=\"/s/person\" jr:count=\"/s/person-count\">")
  }

  @Test func testReferencesInsideIterationsAreRelative() {
    let x = xform(person)
    #expect(
      line("<bind nodeset=\"/s/person/works\"", in: x)
        == "<bind nodeset=\"/s/person/works\" type=\"string\" relevant=\"((../age != '' and number(../age) >= 16)) "
        + "and position(..) <= ../../person-count\"/>", "the current member's age, and only iterations that run")
    #expect(
      line("<bind nodeset=\"/s/person/other/rel\"", in: x).contains(
        "relevant=\"(position(..) < position(../..)) and position(..) <= ../../other-count\""))
    // A repeat over the members inside a member counts all members: relatively, since JavaRosa reads an absolute
    // path into the repeat as the current member only.
    #expect(
      line("<bind nodeset=\"/s/person/other-count\"", in: x).contains(
        "calculate=\"if(../../person-count != '', ../../person-count, 0)\""))
    #expect(
      x.contains("<output value=\"indexed-repeat(/s/person/age, /s/person, position(..))\"/> and"),
      "R.NAME reads the member that the iteration stands for")
    #expect(x.contains("<output value=\"../../age\"/>"), "a pipe inside a nested repeat reads the enclosing member")
    #expect(x.contains("Age of <output value=\"position(..)\"/>?"))
  }

  @Test func testAggregatesCountOnlyIterationsThatRun() {
    let x = xform(
      person
        + """
        calculate adults = count(person where age >= 18)
        calculate total = sum(person.age where works == yes)
        calculate oldest = max(person.age)
        calculate any_old = any(person where age > 90)
        calculate all_work = all(person where works == yes)
        calculate pairs = count(other where rel == yes)

        """)
    let live = "/s/person[position(.) <= ../person-count"
    #expect(
      line("nodeset=\"/s/adults\"", in: x).contains(
        "calculate=\"count(\(live) and (age != '' and number(age) >= 18)])\""))
    #expect(
      line("nodeset=\"/s/total\"", in: x).contains(
        "calculate=\"sum(\(live) and (works != '' and number(works) = 1) and age != '']/age)\""))
    #expect(
      line("nodeset=\"/s/oldest\"", in: x).contains(
        "calculate=\"if(count(\(live) and age != '']) > 0, max(\(live) and age != '']/age), '')\""),
      "missing when no iteration has a value")
    #expect(
      line("nodeset=\"/s/any_old\"", in: x).contains(
        "calculate=\"if(count(\(live) and (age != '' and number(age) > 90)]) > 0, 1, 0)\""))
    #expect(
      line("nodeset=\"/s/all_work\"", in: x).contains(
        "calculate=\"if(count(\(live) and not((works != '' and number(works) = 1))]) = 0, 1, 0)\""))
    #expect(
      line("nodeset=\"/s/pairs\"", in: x).contains(
        "calculate=\"count(\(live)]/other[position(.) <= ../other-count and (rel != '' and number(rel) = 1)])\""),
      "a repeat nested in another: every iteration of every member that runs")
  }

  @Test func testForEachOverOptionsHoldsTheIterationsOption() {
    let x = xform(
      """
      question grown: many of crops { text "Crops?" }
      repeat crop for each grown {
        if crop == maize { question kind: text { text "Kind of {crop}?" } }
      }
      repeat field for each crops { question area: decimal { text "Area?" } }

      """)
    #expect(line("<bind nodeset=\"/s/crop-count\"", in: x).contains("calculate=\"count-selected(/s/grown)\""))
    #expect(
      line("<bind nodeset=\"/s/crop/crop\"", in: x).contains(
        "calculate=\"if(position(..) <= ../../crop-count, selected-at(normalize-space(concat("
          + "if(selected(/s/grown, '1'), ' 1', ''), if(selected(/s/grown, '2'), ' 2', ''), "
          + "if(selected(/s/grown, '-1'), ' -1', ''), '')), position(..) - 1), '')\""),
      "the k-th option chosen in list order")
    #expect(
      line("<bind nodeset=\"/s/crop/kind\"", in: x).contains("relevant=\"((../crop != '' and number(../crop) = 1))"))
    #expect(x.contains("Kind of <output value=\"if(../crop = '1', 'Maize', if(../crop = '2', 'Beans'"))
    #expect(line("<bind nodeset=\"/s/field-count\"", in: x).contains("calculate=\"3\""))
    #expect(line("<bind nodeset=\"/s/field/field\"", in: x).contains("selected-at('1 2 -1', position(..) - 1)"))
  }

  /// `max N` on a `for each` stops after N iterations in the XForm too, as in both runtimes.
  @Test func testForEachWithAMaximumStopsThere() {
    let x = xform(
      """
      question grown: many of crops { text "Crops?" }
      repeat crop for each grown max 2 { question area: decimal { text "Area of {crop}?" } }
      repeat person count size { question age: integer 0..120 { text "Age?" } }
      repeat pair for each person max 5 { question ok: one of yes_no { text "OK?" } }

      """)
    #expect(
      line("<bind nodeset=\"/s/crop-count\"", in: x).contains(
        "calculate=\"if(count-selected(/s/grown) > 2, 2, count-selected(/s/grown))\""))
    #expect(line("<bind nodeset=\"/s/pair-count\"", in: x).contains("> 5, 5, "))
  }

  @Test func testAddAnotherLeavesTheCountToTheCollectorAndMarksIterationsPastTheList() {
    let x = xform(
      """
      repeat visitor max 3 while more == yes {
        question name: text { text "Name?" }
        question more: one of yes_no { text "More?" }
      }
      calculate visitors = count(visitor)

      """)
    #expect(line("<repeat ", in: x) == "<repeat nodeset=\"/s/visitor\">", "no jr:count: ODK asks to add another")
    #expect(x.contains("<visitor jr:template=\"\">") && x.contains("<visitor>\n"), "the template and the first one")
    #expect(
      line("<setvalue ", in: x)
        == "<setvalue event=\"odk-new-repeat\" ref=\"/s/visitor/visitor-listed\" "
        + "value=\"if(position(..) <= ../../visitor-count, 1, 0)\"/>")
    #expect(
      line("<bind nodeset=\"/s/visitor/visitor-stop\"", in: x).contains(
        "calculate=\"if(position(..) < 3 and (../more != '' and number(../more) = 1), '', position(..))\""))
    #expect(
      line("<bind nodeset=\"/s/visitor-count\"", in: x).contains(
        "calculate=\"if(count(../visitor[visitor-stop != '']) > 0, min(../visitor[visitor-stop != '']/visitor-stop), "
          + "count(../visitor) + 1)\""))
    #expect(line("<bind nodeset=\"/s/visitor/name\"", in: x).contains("relevant=\"../visitor-listed = 1\""))
    #expect(line("nodeset=\"/s/visitors\"", in: x).contains("count(/s/visitor[position(.) <= ../visitor-count])"))
  }

  @Test func testLongUniversesInsideAnIterationAreComputedInEachIteration() {
    let chain = (0..<12).map { "if age == \($0) { calculate c\($0) = \($0) }" }.joined(separator: " else ")
    let x = xform("repeat person count size {\n  question age: integer { text \"Age?\" }\n  \(chain)\n}\n")
    #expect(x.contains("<person jr:template=\"\">"))
    #expect(x.contains("<bind nodeset=\"/s/person/qdsl-universes/u1\" type=\"int\" calculate=\"if("))
    #expect(line("<bind nodeset=\"/s/person/c11\"", in: x).contains("relevant=\"../qdsl-universes/u"))
    #expect(!x.contains("<qdsl-universes>\n          </qdsl-universes>"), "no empty group at the top")
  }
}
