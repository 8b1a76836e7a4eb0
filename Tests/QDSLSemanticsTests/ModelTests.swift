// The semantic model of real instruments, as golden dumps: every variable with its type, requiredness,
// data-file names and universe, and every item with its expressions' types and canonical text.

import Foundation
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct ModelTests {
  private let directory = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLSemanticsTests/Fixtures/model")

  @Test func testModelDumpsMatchGolden() {
    let files = Fixtures.files(in: directory, withExtension: "qdsl")
    #expect(!files.isEmpty)
    for file in files {
      let checked = Checker.check(source: Fixtures.read(file))
      #expect(checked.diagnostics.map(\.code) == [], Comment(rawValue: file.lastPathComponent))
      let golden = file.deletingPathExtension().appendingPathExtension("model")
      if let difference = Fixtures.compareGolden(dump(checked.survey), golden) {
        Issue.record(Comment(rawValue: difference))
      }
    }
  }

  /// Every file in Fixtures/model is an instrument or the golden dump of one.
  @Test func testEveryGoldenDumpHasItsInstrument() {
    let stems = Fixtures.files(in: directory, withExtension: "qdsl").map {
      $0.deletingPathExtension().lastPathComponent
    }
    let expected = Set(stems.flatMap { [$0 + ".qdsl", $0 + ".model"] })
    #expect(Fixtures.unexpectedFiles(in: directory, expected: expected) == [])
  }

  @Test func testUniversesOfTheDesignExample() {
    let survey = Checker.check(source: Fixtures.read(directory.appendingPathComponent("design-example.qdsl"))).survey
    func universe(_ name: String) -> String? {
      survey.variable(named: name).flatMap { survey.universeText($0.universe) }
    }
    #expect(universe("staff") == nil)
    #expect(universe("kinds") == "adopted == yes")
    #expect(universe("kind_count") == "adopted == yes")
    #expect(universe("innovation_staff") == nil)
    #expect(survey.variable(named: "kinds")?.dataNames == ["kinds_1", "kinds_2", "kinds_3", "kinds_97"])
    #expect(survey.variable(named: "culture.risk")?.dataNames == ["culture_risk"])
    #expect(survey.variable(named: "kind_count")?.type == .integer)
  }

  @Test func testAnEarlierEndBecomesPartOfLaterUniverses() {
    let source = """
      survey s
      languages en
      choices yes_no { 1 yes "Yes" 2 no "No" }
      question adopted: one of yes_no required { text "Adopted?" }
      question staff: integer 0..100 required { text "Staff?" }
      if adopted == no and staff == 0 { end "Thank you!" }
      question after: integer { text "After?" }
      if adopted == yes { question more: integer { text "More?" } } else { question less: integer { text "Less?" } }
      """
    let checked = Checker.check(source: source)
    #expect(checked.diagnostics.map(\.code) == [])
    let survey = checked.survey
    #expect(
      survey.variable(named: "after").flatMap { survey.universeText($0.universe) }
        == "not (adopted == no and staff == 0)")
    #expect(
      survey.variable(named: "less").flatMap { survey.universeText($0.universe) }
        == "not (adopted == no and staff == 0) and not (adopted == yes)")
  }

  private func dump(_ survey: Survey) -> String {
    var out =
      "survey \(survey.id ?? "?") version \(survey.version ?? "-") languages \(survey.languages.joined(separator: " "))\n"
    for list in survey.lists {
      let options = list.options.map { o in
        "\(o.code) \(o.name)\(o.isExclusive ? " exclusive" : "")\(o.isMissing ? " missing" : "")"
      }
      out += "list \(list.name): \(options.joined(separator: ", "))\n"
    }
    for v in survey.variables {
      out += "var \(v.name): \(v.type.spelling(survey))\(v.isRequired ? " required" : "")"
      out += " data [\(v.dataNames.joined(separator: ", "))]"
      if v.level != 0 { out += " level \(survey.levels[v.level].name)" }
      out += " universe \(survey.universeText(v.universe) ?? "everyone")\n"
    }
    func walk(_ items: [Item], _ depth: Int) {
      let pad = String(repeating: "  ", count: depth)
      for item in items {
        switch item.kind {
        case .section(let s):
          out += "\(pad)section \(s.name)\n"
          walk(s.items, depth + 1)
        case .repeat(let r):
          let level = survey.levels[r.level]
          out += "\(pad)repeat \(r.name) max \(level.maxIterations) keys \(level.keys.joined(separator: ", "))\n"
          walk(r.items, depth + 1)
        case .question(let q):
          out += "\(pad)question \(survey.variables[q.variable].name)\n"
          for c in q.checks {
            out += "\(pad)  check \(survey.source(of: c.condition)) : \(c.condition.type.spelling(survey))\n"
          }
        case .grid(let g):
          out += "\(pad)grid \(survey.variables[g.variable].name) rows \(g.rows.map(\.name).joined(separator: ", "))\n"
        case .calculate(let c):
          out +=
            "\(pad)calculate \(survey.variables[c.variable].name) = \(survey.source(of: c.formula)) : \(c.formula.type.spelling(survey))\n"
        case .note(let n):
          out += "\(pad)note \(n.name)\n"
        case .end:
          out += "\(pad)end\n"
        case .conditional(let c):
          for b in c.branches {
            out += "\(pad)\(b.condition.map { "if \(survey.source(of: $0))" } ?? "else")\n"
            walk(b.items, depth + 1)
          }
        }
      }
    }
    walk(survey.items, 0)
    return out
  }
}
