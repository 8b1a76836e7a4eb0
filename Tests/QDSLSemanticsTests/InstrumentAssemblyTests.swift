// Checking an instrument of several files: includes inside sections, nested modules, unknown and broken modules,
// and diagnostics (with their related locations and line numbers) in the file they belong to.

import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct InstrumentAssemblyTests {
  static func check(_ blocks: String...) throws -> CheckedInstrument {
    Checker.check(try #require(ModuleFiles(blocks: blocks)).load())
  }

  static func described(_ c: CheckedInstrument) -> [String] {
    c.diagnostics.map { d in
      let file = c.sources.file(of: d.range)
      let text = String(decoding: file.parse.tree.bytes[d.range.start..<d.range.end], as: UTF8.self)
      return "\(file.path) \(d.code.rawValue) '\(text)' \(d.message)"
    }
  }

  @Test func testAModuleIncludedInASectionUsingAnotherModulesList() throws {
    let c = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages en
      use "a.qdsl"
      section one {
        include a
      }
      question later: one of yes_no { text "Later {asked}" }
      """,
      """
      # file: a.qdsl
      module a
      languages en
      use "lists/yes_no.qdsl"
      question asked: one of yes_no required { text "Asked?" }
      """,
      """
      # file: lists/yes_no.qdsl
      module yes_no
      languages en
      choices yes_no {
        1 yes "Yes"
        2 no "No"
      }
      """)
    #expect(Self.described(c) == [])
    #expect(c.survey.variables.map(\.name) == ["asked", "later"])
    #expect(c.survey.lists.map(\.name) == ["yes_no"])
  }

  @Test func testAModulesSampleVariablesAreTheInstrumentsAndPipeWithoutWarning() throws {
    let c = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages en
      use "background.qdsl"
      include background
      question thanks: text { text "Anything to add about {org_name}?" }
      """,
      """
      # file: background.qdsl
      module background
      languages en
      sample org_name: text { text "Organisation" }
      sample region: text optional { text "Region" }
      question staff: integer { text "How many work at {org_name}?" }
      """)
    #expect(Self.described(c) == [])
    #expect(c.survey.samples.map { c.survey.variables[$0.variable].name } == ["org_name", "region"])
    #expect(c.survey.variables.map(\.name).contains("staff"))
  }

  @Test func testAModulesListsAreALibraryButTheInstrumentsOwnListMustBeUsed() throws {
    let c = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages en
      use "lists.qdsl"
      choices own {
        1 a "A"
      }
      question q: one of yes_no { text "Q?" }
      """,
      """
      # file: lists.qdsl
      module lists
      languages en
      choices yes_no {
        1 yes "Yes"
        2 no "No"
      }
      choices agree {
        1 agree "Agree"
      }
      """)
    #expect(Self.described(c) == ["main.qdsl QD4007 'own' the choice list 'own' is not used by any question"])
  }

  @Test func testADuplicateAcrossFilesNamesBothFilesAndTheLine() throws {
    let c = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages en
      use "m.qdsl"
      include m
      question staff: integer { text "Again" }
      question first: integer { text "{late}" }
      question late: integer { text "Late" }
      """,
      """
      # file: m.qdsl
      module m
      languages en

      question staff: integer { text "Staff" }
      """)
    let duplicate = try #require(c.diagnostics.first { $0.code == .duplicateVariable })
    #expect(c.sources.file(of: duplicate.range).path == "main.qdsl")
    let related = try #require(duplicate.related.first)
    #expect(c.sources.file(of: related.range).path == "m.qdsl")
    #expect(related.range.start == Array("# file: m.qdsl\nmodule m\nlanguages en\n\nquestion ".utf8).count)
    let later = try #require(c.diagnostics.first { $0.code == .laterVariable })
    #expect(later.message.contains("line 8)"), "\(later.message)")
  }

  @Test func testALaterLineInAModuleIsNamedWithItsFile() throws {
    let c = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages en
      question first: integer { text "{late}" }
      use "m.qdsl"
      include m
      """,
      """
      # file: m.qdsl
      module m
      languages en
      question late: integer { text "Late" }
      """)
    let later = try #require(c.diagnostics.first { $0.code == .laterVariable })
    #expect(later.message.contains("line 4 of m.qdsl"), "\(later.message)")
    #expect(c.sources.file(of: later.range).path == "main.qdsl")
  }

  @Test func testAnUnknownOrBrokenModule() throws {
    let unknown = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages en
      include nothing
      question q: integer { text "Q" }
      """)
    #expect(Self.described(unknown) == ["main.qdsl QD2001 'nothing' there is no module 'nothing' used by this file"])
    // A module with a syntax error: its error in its file, and nothing spliced (no cascade in the instrument).
    let broken = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages en
      use "m.qdsl"
      include m
      question q: integer { text "Q" }
      """,
      """
      # file: m.qdsl
      module m
      languages en
      question r integer { text "R" }
      """)
    #expect(broken.diagnostics.map(\.code) == [.unexpectedToken])
    #expect(broken.sources.file(of: broken.diagnostics[0].range).path == "m.qdsl")
    // A missing module: the error at the `use`, and no second one at the `include`.
    let missing = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages en
      use "gone.qdsl"
      include gone
      """)
    #expect(missing.diagnostics.map(\.code) == [.moduleNotFound])
  }

  @Test func testAFileOnItsOwnIsCheckedAsBefore() throws {
    let source = "survey s\nlanguages en\nquestion q: integer { text \"{q2}\" }\n"
    let set = SourceSet(single: "s.qdsl", bytes: Array(source.utf8))
    #expect(Checker.check(set).diagnostics == Checker.check(source: source).diagnostics)
  }
}
