// The editor features across repeats, with numbered cursor markers: references, definition and rename of a repeat
// and of repeated variables through `for each`, `R.index`, `R.x`, aggregates and pipes; hover with the level and
// universe; completion per level (never a repeat's variables outside it, but aggregates, `where` and the driver
// words); outline, folding, semantic tokens and signature help; the same answers in a text typed since the check.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import Testing

/// A household roster with every driver: counted, nested pairs, for each chosen option, add another.
enum RepeatFixture {
  static let survey = """
    survey hh
    version "1"
    languages en
    choices yes_no { 1 yes { en "Yes" } 2 no { en "No" } }
    choices crops { 1 maize { en "Maize" } 2 beans { en "Beans" } 3 rice { en "Rice" } }
    choices relations { 1 spouse { en "Spouse" } 2 child { en "Child" } 3 other_rel { en "Other" } }
    question household_size: integer 1..20 required { text { en "How many people live here?" } }
    repeat person count household_size {
      title { en "Person {person.index}" }
      question name: text required { text { en "What is the name of person {person.index}?" } }
      question age: integer 0..120 required { text { en "How old is {name}?" } }
      if age >= 16 {
        question employed: one of yes_no { text { en "Does {name} have a paid job?" } }
      }
      repeat other for each person {
        if other.index < person.index {
          question relation: one of relations { text { en "What is {other.name} to {name}?" } }
        }
      }
    }
    calculate children = count(person where age < 16)
    calculate oldest = max(person.age)
    calculate total_age = sum(person.age where employed == yes)
    calculate anyone_old = any(person where age > 80)
    question grown: many of crops { text { en "Which crops do you grow?" } }
    repeat crop for each grown {
      question area: decimal 0..1000 { text { en "How many hectares of {crop}?" } }
      if crop == maize { question maize_kind: text { text { en "Which kind of maize?" } } }
    }
    repeat visitor max 10 while more == yes {
      question visitor_name: text { text { en "Visitor's name?" } }
      question more: one of yes_no required { text { en "Is there anyone else?" } }
    }
    calculate n_visitors = count(visitor)

    """

  /// The fixture with the first `old` replaced by `new` (which holds the markers).
  static func marked(_ old: String, _ new: String) -> String {
    guard let r = survey.range(of: old) else { return survey }
    return survey.replacingCharacters(in: r, with: new)
  }
}

@Suite struct RepeatTests {
  private func labels(_ marked: String, _ n: Int = 1) throws -> [String] {
    let (a, m) = try analyse(marked)
    let c = a.completion(at: try m[n])
    return c.items.sorted { ($0.sortText ?? $0.label, $0.label) < ($1.sortText ?? $1.label, $1.label) }.map(\.label)
  }

  /// The expression keywords, then the functions with the aggregates (the fixture has repeats).
  private static let expressionWords = [
    "and", "contains", "false", "in", "not", "or", "true",
    "all", "answered", "any", "coalesce", "count", "date", "datetime", "day", "length", "matches", "max", "min",
    "month",
    "number", "round", "sum", "time", "today", "year", "years_between",
  ]

  @Test func testTheFixtureChecksClean() {
    #expect(Analysis(source: RepeatFixture.survey).diagnostics.map(\.message) == [])
  }

  // MARK: Navigation

  @Test func testReferencesOfARepeatCoverItsHeaderIndexesPipesAndAggregates() throws {
    let (a, m) = try analyse(RepeatFixture.marked("repeat person", "repeat per1️⃣son"))
    #expect(
      describe(a, a.references(at: try m[1])) == [
        "8:person",  // the declaration
        "9:person", "10:person",  // {person.index} in the title and a question's text
        "15:person",  // for each person
        "16:person",  // person.index
        "21:person", "22:person", "23:person", "24:person",  // the aggregates
      ])
    let highlights = a.highlights(at: try m[1])
    #expect(highlights.filter(\.isDeclaration).count == 1)
    #expect(highlights.filter(\.isPipe).count == 2)
    // From a use: the same symbol, its declaration as definition.
    let (b, n) = try analyse(RepeatFixture.marked("count(person where", "count(pers1️⃣on where"))
    #expect(b.definition(at: try n[1]).map { describe(b, [$0]) } == ["8:person"])
    #expect(b.references(at: try n[1]).count == 9)
  }

  @Test func testReferencesOfARepeatedVariableCoverBareReadsQualifiedReadsAndPipes() throws {
    let (a, m) = try analyse(RepeatFixture.marked("question age", "question a1️⃣ge"))
    #expect(describe(a, a.references(at: try m[1])) == ["11:age", "12:age", "21:age", "22:age", "23:age", "24:age"])
    // `other.name` reads `name` of the person the pair stands for; `{name}` is the current person's.
    let (b, n) = try analyse(RepeatFixture.marked("{other.name}", "{other.na1️⃣me}"))
    #expect(b.definition(at: try n[1]).map { describe(b, [$0]) } == ["10:name"])
    #expect(describe(b, b.references(at: try n[1])) == ["10:name", "11:name", "13:name", "17:name", "17:name"])
  }

  @Test func testDefinitionFromEveryKindOfRepeatReference() throws {
    let (a, m) = try analyse(
      RepeatFixture.marked("{crop}", "{cr1️⃣op}").replacing("for each grown", with: "for each gr2️⃣own")
        .replacing("for each person", with: "for each pe3️⃣rson").replacing("if other.index", with: "if oth4️⃣er.index")
        .replacing("max(person.age)", with: "max(person.a5️⃣ge)").replacing("crop == maize", with: "crop == mai6️⃣ze"))
    let expected = ["26:crop", "25:grown", "8:person", "15:other", "11:age", "5:maize"]
    for (i, e) in expected.enumerated() {
      #expect(a.definition(at: try m[i + 1]).map { describe(a, [$0]) } == [e], "marker \(i + 1)")
    }
    // `crop` is the iteration's option in an expression and in a pipe.
    #expect(describe(a, a.references(at: try m[1])) == ["26:crop", "27:crop", "28:crop"])
  }

  @Test func testRenameARepeatEverywhereAndTheResultStillChecksClean() throws {
    let (a, m) = try analyse(RepeatFixture.marked("repeat person", "repeat per1️⃣son"))
    #expect(a.prepareRename(at: try m[1])?.placeholder == "person")
    let edits = try a.rename(at: try m[1], to: "member").get()
    #expect(edits.count == 9)
    let renamed = apply(edits, to: a)
    #expect(Analysis(source: renamed).diagnostics.map(\.message) == [])
    for use in [
      "repeat member count", "{member.index}", "for each member", "other.index < member.index",
      "count(member where", "max(member.age)", "sum(member.age", "any(member where",
    ] {
      #expect(renamed.contains(use), "\(use)")
    }
    #expect(!renamed.contains("person.") && !renamed.contains("(person"))
    // A repeated variable renamed through `other.name`: its declaration, the pipes and the instance read.
    let (b, n) = try analyse(RepeatFixture.marked("{other.name}", "{other.na1️⃣me}"))
    let named = apply(try b.rename(at: try n[1], to: "first_name").get(), to: b)
    #expect(Analysis(source: named).diagnostics.map(\.message) == [])
    #expect(named.contains("{other.first_name} to {first_name}"))
  }

  @Test func testRenameRefusesANameAnyItemHas() throws {
    let (a, m) = try analyse(
      RepeatFixture.marked("repeat person", "repeat per1️⃣son").replacing("question age", with: "question a2️⃣ge"))
    func refusal(_ r: Result<[TextEdit], RenameError>) -> String? {
      if case .failure(let e) = r { return e.message }
      return nil
    }
    #expect(refusal(a.rename(at: try m[1], to: "age")) == "a variable named 'age' already exists")
    #expect(refusal(a.rename(at: try m[2], to: "visitor")) == "a repeat named 'visitor' already exists")
    #expect((try? a.rename(at: try m[1], to: "person").get())?.count == 9, "the same name is no clash")
  }

  // MARK: Hover

  @Test func testHoverOnARepeatedVariableShowsItsLevelAndUniverse() throws {
    let (a, m) = try analyse(
      RepeatFixture.marked("question employed", "question empl1️⃣oyed").replacing(
        "question relation", with: "question rela2️⃣tion"))
    #expect(
      a.hover(at: try m[1])?.markdown == """
        ```qdsl
        question employed: one of yes_no
        ```

        Does {name} have a paid job?

        Asked: for each `person`, when `age >= 16`

        Level: `person`, one data row per iteration, keyed by `record_id`, `person_index`
        """)
    let relation = try #require(a.hover(at: try m[2])?.markdown)
    #expect(relation.contains("Asked: for each `other` of each `person`, when `other.index < person.index`"))
    #expect(relation.contains("keyed by `record_id`, `person_index`, `other_index`"))
  }

  @Test func testHoverOnARepeatShowsItsDriverAndMostIterations() throws {
    let (a, m) = try analyse(
      RepeatFixture.marked("repeat person", "repeat per1️⃣son").replacing("repeat crop", with: "repeat cr2️⃣op")
        .replacing("repeat visitor", with: "repeat visi3️⃣tor"))
    #expect(
      a.hover(at: try m[1])?.markdown == """
        ```qdsl
        repeat person count household_size
        ```

        Person {person.index}

        Runs: as many times as `household_size` says, at most 20 times

        Shown: everyone

        Level: `person`, one data row per iteration, keyed by `record_id`, `person_index`
        """)
    let crop = try #require(a.hover(at: try m[2])?.markdown)
    #expect(crop.hasPrefix("```qdsl\nrepeat crop for each grown\n```"))
    #expect(crop.contains("Runs: once for each option chosen in `grown`, in list order, at most 3 times"))
    #expect(crop.contains("keyed by `record_id`, `crop_index`, `crop`"))
    let visitor = try #require(a.hover(at: try m[3])?.markdown)
    #expect(visitor.hasPrefix("```qdsl\nrepeat visitor max 10 while more == yes\n```"))
    #expect(visitor.contains("Runs: again while `more == yes` after an iteration, at most 10 times"))
  }

  @Test func testHoverOnAnIndexAndOnAggregates() throws {
    let (a, m) = try analyse(
      RepeatFixture.marked("other.index", "other.ind1️⃣ex").replacing("sum(person", with: "s2️⃣um(person")
        .replacing("count(person", with: "cou3️⃣nt(person"))
    #expect(
      a.hover(at: try m[1])?.markdown
        == "```qdsl\nother.index: integer\n```\n\nThe number of the current iteration of `other`, from 1 to at most 20."
    )
    #expect(
      a.hover(at: try m[2])?.markdown.hasPrefix("```qdsl\nsum(repeat.value where condition) -> the total") == true)
    #expect(a.hover(at: try m[3])?.markdown.hasPrefix("```qdsl\ncount(repeat where condition) -> integer") == true)
    // `count` of a `many of` question keeps its own signature.
    let (b, n) = try analyse(RepeatFixture.survey + "calculate kinds = cou1️⃣nt(grown)\n")
    #expect(b.hover(at: try n[1])?.markdown == "```qdsl\ncount(many_of_question) -> integer\n```")
  }

  // MARK: Completion

  @Test func testInsideARepeatItsNamesTheOuterOnesAndTheIndex() throws {
    #expect(
      try labels(RepeatFixture.marked("if age >= 16", "if 1️⃣age >= 16"))
        == ["age", "name", "household_size", "person.index"] + Self.expressionWords)
    // In the nested pair: both levels' names and both indexes; the pair's own question is not yet declared.
    #expect(
      try labels(RepeatFixture.marked("if other.index", "if 1️⃣other.index"))
        == ["employed", "age", "name", "household_size", "other.index", "person.index"] + Self.expressionWords)
    // A `for each` over options offers the iteration's option.
    #expect(
      try labels(RepeatFixture.marked("if crop == maize", "if 1️⃣crop == maize"))
        == ["area", "grown", "anyone_old", "total_age", "oldest", "children", "household_size", "crop", "crop.index"]
        + Self.expressionWords)
  }

  @Test func testOutsideARepeatItsVariablesAreNeverOffered() throws {
    let l = try labels(RepeatFixture.survey + "calculate z = 1️⃣")
    for repeated in ["name", "age", "employed", "relation", "area", "maize_kind", "visitor_name", "more"] {
      #expect(!l.contains(repeated), "\(repeated) is repeated")
    }
    #expect(l.contains("household_size") && l.contains("n_visitors") && l.contains("sum") && l.contains("any"))
    #expect(!l.contains { $0.hasSuffix(".index") })
    // Pipes likewise.
    let pipe = try labels(RepeatFixture.survey + "note end_note { text { en \"{1️⃣\" } }\n")
    #expect(!pipe.contains("age") && pipe.contains("household_size"), "\(pipe)")
  }

  @Test func testAggregatesOfferTheRepeatsWhereAndTheRepeatsNames() throws {
    // After `count(`: the repeats ended before (a nested one too), then what count of a `many of` takes.
    let first = try labels(RepeatFixture.marked("count(person where", "count(1️⃣person where"))
    #expect(Array(first.prefix(3)) == ["other", "person", "household_size"])
    #expect(try labels(RepeatFixture.survey + "calculate z = sum(1️⃣") == ["crop", "other", "person", "visitor"])
    #expect(try labels(RepeatFixture.survey + "calculate z = count(person 1️⃣") == ["where"])
    #expect(try labels(RepeatFixture.survey + "calculate z = count(person wh1️⃣") == ["where"])
    // After `where`: the repeat's own names are read bare, with those of the instrument (never another repeat's).
    #expect(
      try labels(RepeatFixture.survey + "calculate z = count(person where 1️⃣)\n")
        == [
          "n_visitors", "grown", "anyone_old", "total_age", "oldest", "children", "employed", "age", "name",
          "household_size", "person.index",
        ] + Self.expressionWords)
    // The value of sum/min/max: the repeat's numbers and dates.
    #expect(try labels(RepeatFixture.survey + "calculate z = sum(person.1️⃣") == ["age"])
    #expect(try labels(RepeatFixture.survey + "calculate z = min(crop.1️⃣") == ["area"])
    #expect(try labels(RepeatFixture.survey + "calculate z = count(person.1️⃣") == [])
  }

  @Test func testARepeatSurvivesACutList() throws {
    var src = "survey s\nlanguages en\n"
    for i in 0..<150 { src += "question q\(i): integer 0..9 { text \"Q\" }\n" }
    src += "repeat member count q0 { question a: integer { text \"A\" } }\ncalculate z = count(1️⃣)\n"
    let (a, m) = try analyse(src)
    let c = a.completion(at: try m[1])
    #expect(c.isIncomplete)
    #expect(c.items.first?.label == "member", "the repeat is kept first when the list is cut")
  }

  @Test func testAfterARepeatsNameAndADot() throws {
    #expect(
      try labels(RepeatFixture.marked("{other.name}", "{other.name}\" } }\n      if other.1️⃣ { note n { text { en \"z"))
        == ["index", "relation", "employed", "age", "name"])
    #expect(try labels(RepeatFixture.marked("if age >= 16", "if person.1️⃣ >= 16")) == ["index", "age", "name"])
  }

  @Test func testTheRepeatHeaderOffersItsDriverWords() throws {
    #expect(try labels(RepeatFixture.survey + "repeat job 1️⃣") == ["count", "for each", "max", "while"])
    #expect(try labels(RepeatFixture.survey + "repeat job for 1️⃣") == ["each"])
    #expect(
      try labels(RepeatFixture.survey + "repeat job for each 1️⃣")
        == ["grown", "crop", "other", "person", "visitor", "crops", "relations", "yes_no"])
    #expect(try labels(RepeatFixture.survey + "repeat job max 5 1️⃣") == ["while"])
    let count = try labels(RepeatFixture.survey + "repeat job count 1️⃣")
    #expect(count.contains("household_size") && !count.contains("age"))
    // `while` is tested after each iteration: the repeat's own questions are read there.
    #expect(
      try labels(RepeatFixture.marked("while more", "while 1️⃣more"))
        == [
          "more", "visitor_name", "grown", "anyone_old", "total_age", "oldest", "children", "household_size",
          "visitor.index",
        ] + Self.expressionWords)
  }

  @Test func testItemKeywordsInARepeatNeverOfferEnd() throws {
    #expect(
      try labels(RepeatFixture.marked("  question name:", "  1️⃣\n  question name:"))
        == ["calculate", "else", "grid", "if", "note", "question", "repeat", "section", "title"])
    #expect(
      try labels(RepeatFixture.marked("      question relation", "      1️⃣\n      question relation"))
        == ["calculate", "else", "grid", "if", "note", "question", "repeat", "section"])
  }

  @Test func testPipesInARepeatOfferItsNamesAndIndexes() throws {
    #expect(
      try labels(RepeatFixture.marked("{other.name}", "{1️⃣other.name}"))
        == ["employed", "age", "name", "household_size", "other.index", "person.index"])
    #expect(try labels(RepeatFixture.marked("{crop}", "{1️⃣crop}")).contains("crop"))
  }

  @Test func testOptionsAfterComparingTheIterationsOption() throws {
    #expect(
      Array(try labels(RepeatFixture.marked("crop == maize", "crop == 1️⃣maize")).prefix(3)) == [
        "maize", "beans", "rice",
      ])
    #expect(
      Array(try labels(RepeatFixture.survey + "calculate z = count(person where employed == 1️⃣").prefix(2)) == [
        "yes", "no",
      ])
  }

  // MARK: Presentation

  @Test func testOutlineFoldingTokensAndSignatureHelp() throws {
    let a = Analysis(source: RepeatFixture.survey)
    let person = try #require(a.outline().first { $0.name == "person" })
    #expect(person.kind == .repeat)
    #expect(person.detail == "count household_size")
    #expect(person.children.map(\.name) == ["name", "age", "employed", "other"])
    #expect(person.children.last?.kind == .repeat)
    #expect(person.children.last?.detail == "for each person")
    #expect(a.outline().first { $0.name == "visitor" }?.detail == "max 10 while more == yes")
    // Folding: the repeat blocks over several lines.
    let folds = a.foldingRegions().map { slice(a, $0.range) }
    #expect(folds.contains { $0.hasPrefix("repeat person count household_size {") && $0.hasSuffix("}") })
    #expect(folds.contains { $0.hasPrefix("repeat other for each person {") })
    // Semantic tokens: repeats as structs, `index` as a property, the driver's `count` as a keyword.
    let tokens = a.semanticTokens()
    func of(_ text: String) -> [String] {
      tokens.filter { slice(a, $0.range) == text }.map { "\($0.type.name)\($0.isDeclaration ? "+decl" : "")" }
    }
    #expect(
      of("person") == ["struct+decl", "struct", "struct", "struct", "struct", "struct", "struct", "struct", "struct"])
    #expect(of("index") == ["property", "property"])
    #expect(of("count") == ["keyword", "function", "function"])
    #expect(of("sum") == ["function"] && of("any") == ["function"])
    #expect(of("for") == ["keyword", "keyword"] && of("where") == ["keyword", "keyword", "keyword"])
    // Signature help: the repeat, then the condition after `where`.
    let (b, m) = try analyse(
      RepeatFixture.survey + "calculate z = count(pe1️⃣rson where a2️⃣ge > 1)\ncalculate w = sum(person.3️⃣age)\n")
    let help = try #require(b.signatureHelp(at: try m[1]))
    #expect(help.label == "count(repeat where condition) -> integer")
    #expect(help.parameters == ["repeat", "where condition"])
    #expect(help.activeParameter == 0)
    #expect(b.signatureHelp(at: try m[2])?.activeParameter == 1)
    #expect(b.signatureHelp(at: try m[3])?.parameters == ["repeat.value", "where condition"])
  }

  // MARK: A text typed since the check

  @Test func testAReparsedTextAnswersRepeatsByName() throws {
    let checked = Analysis(source: RepeatFixture.survey)
    let m = try MarkedSource(
      RepeatFixture.survey + "calculate z = count(per1️⃣son)\nnote late { text { en \"{cr2️⃣op}\" } }\n"
        + "repeat job count household_size max 3 {\n  if 3️⃣\n}\n")
    let text = CurrentText(bytes: Array(m.source.utf8), analysis: checked)
    #expect(text.isReparsed)
    #expect(try #require(text.hover(at: try m[1])).markdown.hasPrefix("```qdsl\nrepeat person count household_size"))
    #expect(try #require(text.hover(at: try m[2])).markdown.hasPrefix("```qdsl\nrepeat crop for each grown"))
    let l = text.completion(at: try m[3]).items.map(\.label)
    #expect(l.contains("household_size") && !l.contains("age"), "\(l)")
  }

  private func apply(_ edits: [TextEdit], to a: Analysis) -> String {
    var bytes = a.bytes
    for e in edits.sorted(by: { $0.range.start > $1.range.start }) {
      bytes.replaceSubrange(e.range.start..<e.range.end, with: Array(e.newText.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
