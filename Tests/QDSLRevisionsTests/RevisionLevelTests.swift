// The revision diff across levels: variables identified by level and name, repeats matched by name or as
// renamed, and each change of a repeat (moved, removed, added, renamed, driver, maximum, options, title).

import QDSLRevisions
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct RevisionLevelTests {
  private static let header = """
    survey household
    version "1"
    languages en

    choices yes_no { 1 yes "Yes" 2 no "No" }
    choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

    question household_size: integer 1..20 required { text "How many people live here?" }
    question grown: many of crops { text "Which crops do you grow?" }
    question more_guests: one of yes_no { text "Did anyone visit?" }

    """

  private static let person = """
    repeat person count household_size {
      title "Person {person.index}"
      question age: integer 0..120 required { text "How old is person {person.index}?" }
      question employed: one of yes_no { text "Does person {person.index} have a paid job?" }
      repeat other for each person {
        if other.index < person.index {
          question close: one of yes_no { text "Is {person.index} close to {other.index}?" }
        }
      }
    }

    calculate adults = count(person where age >= 18)

    """

  private static let crop = """
    repeat crop for each grown {
      question area: decimal 0..1000 { text "How many hectares of {crop} do you grow?" }
    }

    """

  private static let visitor = """
    repeat visitor max 10 while more == yes {
      question visitor_age: integer 0..120 { text "How old is the visitor?" }
      question more: one of yes_no required { text "Was there another visitor?" }
    }

    """

  /// Checks both revisions (they must be clean of errors) and compares them.
  private func diff(_ old: String, _ new: String) throws -> (RevisionDiff, CheckedFile, CheckedFile) {
    let a = Checker.check(source: Self.header + old)
    let b = Checker.check(source: Self.header + new)
    let clean = !a.hasErrors && !b.hasErrors
    try #require(clean, Comment(rawValue: "\((a.diagnostics + b.diagnostics).map(\.message))"))
    return (RevisionDiff(old: a, new: b), a, b)
  }

  /// The person repeat renamed: its declaration and every reference to it, not the words of its texts.
  private static func renamed(_ source: String, _ from: String, _ to: String) -> String {
    var s = source
    for (a, b) in [
      ("repeat \(from) ", "repeat \(to) "), ("\(from).", "\(to)."), ("each \(from) ", "each \(to) "),
      ("(\(from) ", "(\(to) "),
    ] {
      s = s.replacing(a, with: b)
    }
    return s
  }

  private func text(_ file: CheckedFile, _ range: TextRange) -> String {
    String(decoding: file.parse.lineIndex.bytes[range.start..<range.end], as: UTF8.self)
  }

  @Test func testEachFragmentAgainstItselfHasNoChanges() throws {
    let all = Self.person + Self.crop + Self.visitor
    #expect(try diff(all, all).0.changes.map(\.message) == [])
  }

  @Test func testAVariableMovedIntoARepeatIsOneBreakingChangeAtItsName() throws {
    let old = "question owns_car: one of yes_no { text \"Does anyone own a car?\" }\n\n" + Self.person
    let new = Self.person.replacing(
      "  repeat other", with: "  question owns_car: one of yes_no { text \"Does anyone own a car?\" }\n  repeat other")
    let (d, a, b) = try diff(old, new)
    #expect(d.changes.map(\.code) == [.movedBetweenLevels], Comment(rawValue: "\(d.changes.map(\.message))"))
    let change = try #require(d.changes.first)
    #expect(change.variables == ["owns_car"])
    #expect(change.side == .new && text(b, change.range) == "owns_car")
    #expect(change.related.first.map { text(a, $0.range) } == "owns_car")
    #expect(change.message.contains("from the top level to the repeat 'person'"))
    #expect(d.isBreaking)
  }

  @Test func testAManyOfQuestionMovedOutOfARepeatIsOneChangeForAllItsFlags() throws {
    let question = "question eats: many of crops { text \"Which crops does the visitor eat?\" }\n"
    let old = Self.visitor.replacing("  question more:", with: "  " + question + "  question more:")
    let new = question + "\n" + Self.visitor
    let (d, _, _) = try diff(old, new)
    #expect(d.changes.map(\.code) == [.movedBetweenLevels], Comment(rawValue: "\(d.changes.map(\.message))"))
    #expect(d.changes.first?.variables == ["eats_1", "eats_2", "eats_3"])
    #expect(d.changes.first?.message.contains("from the repeat 'visitor' to the top level") == true)
  }

  @Test func testAVariableMovedBetweenRepeats() throws {
    let question = "  question pays: one of yes_no { text \"Does this one pay rent?\" }\n"
    let old = Self.person.replacing("  repeat other", with: question + "  repeat other") + Self.visitor
    let new = Self.person + Self.visitor.replacing("  question more:", with: question + "  question more:")
    let (d, _, _) = try diff(old, new)
    #expect(d.changes.map(\.code) == [.movedBetweenLevels], Comment(rawValue: "\(d.changes.map(\.message))"))
    let change = try #require(d.changes.first)
    #expect(change.message.contains("from the repeat 'person' to the repeat 'visitor'"))
    #expect(change.oldValue?.contains("keys record_id, person_index") == true)
    #expect(change.newValue?.contains("keys record_id, visitor_index") == true)
  }

  @Test func testReorderingWithinARepeatIsNoChange() throws {
    let new = Self.person.replacing(
      "  question age: integer 0..120 required { text \"How old is person {person.index}?\" }\n", with: ""
    ).replacing(
      "  repeat other",
      with: "  question age: integer 0..120 required { text \"How old is person {person.index}?\" }\n  repeat other")
    let (d, _, _) = try diff(Self.person, new)
    #expect(d.changes.map(\.message) == [])
  }

  @Test func testARenamedRepeatIsOneChangeAndWhatFollowsTheNewNameIsNot() throws {
    let new = Self.renamed(Self.person, "person", "member")
    #expect(new.contains("count(member where") && new.contains("How old is person {member.index}?"))
    let (d, a, b) = try diff(Self.person, new)
    // Not reported: the formula of 'adults', the universe and driver of 'other', pipes of the new name.
    #expect(d.changes.map(\.code) == [.repeatRenamed], Comment(rawValue: "\(d.changes.map(\.message))"))
    let change = try #require(d.changes.first)
    #expect(text(b, change.range) == "member" && change.related.first.map { text(a, $0.range) } == "person")
    #expect(change.variables == ["member_index", "age", "employed"])
    #expect(change.oldValue == "record_id, person_index" && change.newValue == "record_id, member_index")
    #expect(d.isBreaking)
  }

  @Test func testARenamedRepeatThatGainsAVariableFromTheTopIsStillRenamed() throws {
    let question = "question owns_car: one of yes_no { text \"Does anyone own a car?\" }\n"
    let new = Self.renamed(Self.person, "person", "member").replacing(
      "  repeat other", with: "  " + question + "  repeat other")
    let (d, _, _) = try diff(question + Self.person, new)
    #expect(
      d.changes.map(\.code) == [.repeatRenamed, .movedBetweenLevels], Comment(rawValue: "\(d.changes.map(\.message))"))
  }

  @Test func testADriverThatOnlyFollowsARenamedRepeatIsNoChange() throws {
    let jobs =
      "repeat job count count(person where age >= 16) max 20 {\n  question hours: integer 0..80 { text \"Hours?\" }\n}\n"
    let old = Self.person + jobs
    let (d, _, _) = try diff(old, Self.renamed(old, "person", "member"))
    #expect(d.changes.map(\.code) == [.repeatRenamed], Comment(rawValue: "\(d.changes.map(\.message))"))
  }

  @Test func testTwoRepeatsMergedIntoOneAreNotARename() throws {
    let old = Self.crop + Self.visitor
    let new = Self.visitor.replacing(
      "  question more:", with: "  question area: decimal 0..1000 { text \"How many hectares?\" }\n  question more:"
    ).replacing("repeat visitor", with: "repeat guest")
    let (d, _, _) = try diff(old, new)
    let codes = d.changes.map(\.code)
    #expect(!codes.contains(.repeatRenamed), Comment(rawValue: "\(d.changes.map(\.message))"))
    #expect(codes.filter { $0 == .repeatRemoved }.count == 2 && codes.contains(.repeatAdded))
    #expect(codes.filter { $0 == .movedBetweenLevels }.count == 3)
  }

  @Test func testANestedRepeatMovedOutChangesItsKeys() throws {
    let nested = """
        repeat other for each person {
          if other.index < person.index {
            question close: one of yes_no { text "Is {person.index} close to {other.index}?" }
          }
        }

      """
    let top = """
      repeat other for each person {
        question close: one of yes_no { text "Is {person.index} close to {other.index}?" }
      }

      """
    let new = Self.person.replacing(nested, with: "") + top.replacing("{person.index}", with: "someone")
    let (d, _, b) = try diff(Self.person, new)
    let moved = try #require(
      d.changes.first { $0.code == .movedBetweenLevels }, Comment(rawValue: "\(d.changes.map(\.message))"))
    #expect(text(b, moved.range) == "other")
    #expect(moved.variables == ["other_index"])
    #expect(moved.oldValue == "record_id, person_index, other_index" && moved.newValue == "record_id, other_index")
    // Its variable stays in the repeat: no move of 'close' (its universe and text changed, reported as such).
    #expect(d.changes.filter { $0.code == .movedBetweenLevels }.count == 1)
  }

  @Test func testDriverChangesAreBreaking() throws {
    let cases: [(String, String, String)] = [
      (
        Self.crop, Self.crop.replacing("for each grown", with: "for each crops"), "`for each grown` to `for each crops`"
      ),
      (
        Self.person, Self.person.replacing("count household_size", with: "count household_size - 1 max 19"),
        "`count household_size` to `count household_size - 1`"
      ),
      (Self.visitor, Self.visitor.replacing("while more == yes", with: "while more != no"), "`while more == yes`"),
    ]
    for (old, new, words) in cases {
      let (d, _, b) = try diff(old, new)
      #expect(d.changes.map(\.code) == [.repeatDriverChanged], Comment(rawValue: "\(d.changes.map(\.message))"))
      let change = try #require(d.changes.first)
      #expect(change.message.contains(words), Comment(rawValue: change.message))
      #expect(["crop", "person", "visitor"].contains(text(b, change.range)))
      #expect(change.variables.first?.hasSuffix("_index") == true)
    }
  }

  @Test func testALoweredMaximumIsBreakingAndARaisedOneCompatible() throws {
    let (lowered, _, b) = try diff(Self.visitor, Self.visitor.replacing("max 10", with: "max 5"))
    #expect(lowered.changes.map(\.code) == [.rangeNarrowed])
    #expect(lowered.changes.first?.variables == ["visitor_index"])
    #expect(lowered.changes.first.map { text(b, $0.range) } == "visitor")
    #expect(lowered.isBreaking)
    let (raised, _, _) = try diff(Self.visitor, Self.visitor.replacing("max 10", with: "max 20"))
    #expect(raised.changes.map(\.code) == [.rangeWidened])
    #expect(!raised.isBreaking)
    // A count's maximum follows its question's range: both narrow.
    let (derived, _, _) = try diff(
      Self.person, Self.person.replacing("count household_size", with: "count household_size max 8"))
    #expect(derived.changes.map(\.code) == [.rangeNarrowed])
  }

  @Test func testAnAddedRepeatIsOneCompatibleChangeWithItsVariables() throws {
    let (d, _, b) = try diff(Self.person, Self.person + Self.crop)
    #expect(d.changes.map(\.code) == [.repeatAdded], Comment(rawValue: "\(d.changes.map(\.message))"))
    let change = try #require(d.changes.first)
    #expect(change.variables == ["crop_index", "crop", "area"])
    #expect(text(b, change.range) == "crop")
    #expect(change.message.contains("keys record_id, crop_index, crop"))
    #expect(!d.isBreaking)
    // A repeat added inside one: its keys start with the outer repeat's.
    let (inner, _, _) = try diff(
      Self.person,
      Self.person.replacing(
        "  repeat other",
        with: "  repeat job count 2 {\n    question hours: integer 0..80 { text \"Hours?\" }\n  }\n  repeat other"))
    #expect(inner.changes.map(\.code) == [.repeatAdded])
    #expect(inner.changes.first?.message.contains("keys record_id, person_index, job_index") == true)
  }

  @Test func testARemovedRepeatIsOneBreakingChangeInOld() throws {
    let (d, a, b) = try diff(Self.person + Self.crop + Self.visitor, Self.person + Self.visitor)
    #expect(d.changes.map(\.code) == [.repeatRemoved], Comment(rawValue: "\(d.changes.map(\.message))"))
    let change = try #require(d.changes.first)
    #expect(change.side == .old && text(a, change.range) == "crop")
    #expect(change.variables == ["crop_index", "crop", "area"])
    // The anchor in NEW is the next surviving variable: the visitor's age.
    #expect(text(b, change.anchor) == "visitor_age")
    #expect(d.isBreaking)
    // A repeat removed with the one inside it: each is one change, both anchored after the inner one's
    // variables; the calculate reading it is removed on its own (same anchor, so in code order).
    let (nested, _, c) = try diff(Self.person + Self.visitor, Self.visitor)
    #expect(nested.changes.map(\.code) == [.variableRemoved, .repeatRemoved, .repeatRemoved])
    #expect(
      nested.changes.map(\.variables) == [["adults"], ["person_index", "age", "employed"], ["other_index", "close"]])
    #expect(nested.changes.allSatisfy { text(c, $0.anchor) == "visitor_age" })
  }

  @Test func testOptionsOfAForEachRepeatReachItsKeyColumn() throws {
    let list = "repeat crop for each crops {\n  question area: decimal 0..1000 { text \"Hectares of {crop}?\" }\n}\n"
    let old = Self.header + list
    let new = old.replacing("3 rice \"Rice\"", with: "3 rice \"Paddy rice\" 4 millet \"Millet\"")
    let d = RevisionDiff(old: Checker.check(source: old), new: Checker.check(source: new))
    let codes = d.changes.map(\.code)
    #expect(codes == [.optionMeaningChanged, .optionAdded], Comment(rawValue: "\(d.changes.map(\.message))"))
    // The same option change seen through 'grown' and through the repeat's key column is one change.
    #expect(d.changes[0].variables == ["grown_3", "crop"])
    #expect(d.changes[1].variables == ["grown_4", "crop"] || d.changes[1].variables == ["crop", "grown_4"])
  }

  @Test func testAnEditedTitleIsAWordingEdit() throws {
    let (d, _, _) = try diff(Self.person, Self.person.replacing("title \"Person", with: "title \"Member"))
    #expect(d.changes.map(\.code) == [.wordingEdited])
    #expect(d.changes.first?.message == "the title of the repeat 'person' was edited (wording, en)")
    #expect(d.changes.first?.variables == ["person_index"])
  }

  @Test func testRenamesStayWithinALevel() throws {
    let top = "question work_hours: integer 0..80 { text \"How many hours do you work?\" }\n\n"
    let inside = Self.person.replacing(
      "  repeat other",
      with: "  question hours_worked: integer 0..80 { text \"How many hours do you work?\" }\n  repeat other")
    let (across, _, _) = try diff(top + Self.person, inside)
    #expect(
      across.changes.map(\.code) == [.variableRemoved, .variableAdded],
      Comment(rawValue: "\(across.changes.map(\.message))"))
    #expect(across.changes.last?.message == "the variable 'hours_worked' was added to the repeat 'person'")
    let (within, _, _) = try diff(
      Self.person.replacing("question employed:", with: "question has_job:"), Self.person)
    #expect(within.changes.map(\.code) == [.likelyRename])
  }

  @Test func testRemovedFromARepeatSaysWhichFile() throws {
    let (d, _, _) = try diff(
      Self.person,
      Self.person.replacing(
        "  question employed: one of yes_no { text \"Does person {person.index} have a paid job?\" }\n", with: ""))
    #expect(d.changes.map(\.code) == [.variableRemoved])
    #expect(
      d.changes.first?.message
        == "the variable 'employed' was removed: it is no longer in the data file of the repeat 'person'")
  }

  @Test func testTheHouseholdExampleBothWays() throws {
    let root = Fixtures.packageRoot()
    let a = Checker.check(source: Fixtures.read(root.appendingPathComponent("Examples/revisions/household-2023.qdsl")))
    let b = Checker.check(source: Fixtures.read(root.appendingPathComponent("Examples/revisions/household-2024.qdsl")))
    #expect(!a.hasErrors && !b.hasErrors)
    let forward = RevisionDiff(old: a, new: b).changes.map(\.code)
    #expect(
      forward == [
        .paradataKindChanged, .repeatRenamed, .movedBetweenLevels, .variableRemoved, .repeatDriverChanged,
        .repeatRemoved, .rangeNarrowed,
        .wordingEdited, .variableAdded, .repeatAdded, .wordingEdited,
      ])
    let backward = RevisionDiff(old: b, new: a).changes.map(\.code)
    #expect(backward.contains(.repeatRenamed) && backward.contains(.repeatAdded) && backward.contains(.repeatRemoved))
    #expect(backward.contains(.rangeWidened) && !backward.contains(.rangeNarrowed))
  }
}
