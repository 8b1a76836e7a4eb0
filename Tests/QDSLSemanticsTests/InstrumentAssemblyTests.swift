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

  /// A module may provide more languages than an instrument uses (the barometers' modules have Norwegian, the
  /// state-sector barometer does not): those translations are not part of that instrument, and draw no QD4002.
  /// A tag the module does not declare is still an error, in the module.
  @Test func testAModulesTranslationsInLanguagesTheInstrumentLacksAreLeftOut() throws {
    let c = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages fi en
      use "lists.qdsl"
      include lists
      """,
      """
      # file: lists.qdsl
      module lists
      languages fi sv EN
      choices yes_no {
        1 yes { fi "Kyllä" sv "Ja" en "Yes" }
        2 no { fi "Ei" SV "Nej" en "No" }
      }
      sample org: text { text { fi "Nimi" sv "Namn" en "Name" } }
      question q: one of yes_no { text { fi "{org}?" sv "{org}, {q}?" en "{org}?" } }
      """)
    #expect(Self.described(c) == [])
    var texts = c.survey.lists.flatMap { $0.options.compactMap(\.label) } + c.survey.samples.compactMap(\.text)
    for item in c.survey.items { if case .question(let q) = item.kind, let t = q.text { texts.append(t) } }
    #expect(texts.count == 4)
    for text in texts { #expect(text.entries.map(\.language) == ["fi", "en"]) }
    // A tag the module does not declare is the module's error; so is a missing translation of the instrument's.
    // (Tags compare ignoring case: the module's `EN` above is the instrument's `en`.)
    let broken = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages fi en
      use "lists.qdsl"
      include lists
      """,
      """
      # file: lists.qdsl
      module lists
      languages fi sv en
      question q: integer { text { fi "Ikä?" sx "Ålder?" } }
      """)
    #expect(
      Self.described(broken) == [
        "lists.qdsl QD4001 'text' the text of question 'q' has no English (en) translation",
        "lists.qdsl QD4002 'sx' 'sx' is not one of the survey's languages (fi en)",
      ])
  }

  @Test func testAFileOnItsOwnIsCheckedAsBefore() throws {
    let source = "survey s\nlanguages en\nquestion q: integer { text \"{q2}\" }\n"
    let set = SourceSet(single: "s.qdsl", bytes: Array(source.utf8))
    #expect(Checker.check(set).diagnostics == Checker.check(source: source).diagnostics)
  }

  /// The instrument's `languages` line decides which languages are drafts: a module's texts may lack a draft (counted
  /// in the instrument's one QD4019, located in the module's file) but not a final language (QD4001 per text).
  @Test func testTheInstrumentDecidesWhichLanguagesOfAModuleAreDrafts() throws {
    let module = """
      # file: common.qdsl
      module common
      languages fi sv draft ru
      question remote: integer { text { fi "Etänä?" sv "På distans?" } }
      """
    let draft = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages fi sv draft ru
      use "common.qdsl"
      question staff: integer { text { fi "Montako?" sv "Hur många?" ru "Сколько?" } }
      include common
      """, module)
    let warning = try #require(draft.diagnostics.first { $0.code == .draftLanguage })
    #expect(draft.diagnostics.count == 1, "\(Self.described(draft))")
    #expect(warning.message.contains("1 of 2 texts lack it"), "\(warning.message)")
    let located = try #require(warning.related.first)
    #expect(draft.sources.file(of: located.range).path == "common.qdsl")
    let final = try Self.check(
      """
      # file: main.qdsl
      survey s
      languages fi sv ru
      use "common.qdsl"
      question staff: integer { text { fi "Montako?" sv "Hur många?" ru "Сколько?" } }
      include common
      """, module)
    #expect(Self.described(final).contains { $0.hasPrefix("common.qdsl QD4001 'text'") }, "\(Self.described(final))")
    #expect(!final.diagnostics.contains { $0.code == .draftLanguage })
  }
}
