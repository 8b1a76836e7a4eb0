// Root causes of `validate-data`: the answers the routing skipped are grouped under the first variable of the
// deciding condition (an `if` that was false, the earlier branch that was taken, the branch whose `end` fired,
// the `if` around a repeat's question in its iteration), a value that cannot be used is itself the root, and the
// findings come root first, then its consequences.

import Foundation
import QDSLDataValidation
import QDSLFormRuntime
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import Testing

@Suite struct DataRootCauseTests {
  static let survey = """
    survey commute
    languages en

    choices yes_no { 1 yes "Yes" 2 no "No" }
    choices mode { 1 car "Car" 2 bus "Bus" 3 walk "Walk" }

    question works: one of yes_no required { text "Do you work?" }
    if works == no {
      end { en "Thank you!" }
    }
    question travel: one of mode required { text "How do you travel to work?" }
    if travel == car {
      question car_km: integer 0..2000 { text "How many kilometres?" }
    } else if travel == bus {
      question bus_line: text { text "Which line?" }
    }
    question members: integer 1..10 required { text "How many people live in your household?" }
    repeat person count members {
      question age: integer 0..120 required { text "How old is person {person.index}?" }
      if age < 7 {
        question daycare: one of yes_no { text "Does {person.index} go to day care?" }
      }
    }

    """

  func form() throws -> FormModel {
    let checked = Checker.check(source: Self.survey)
    #expect(checked.diagnostics.map(\.code) == [])
    return try FormModel.decode(FormDocument.render(checked.survey)).get()
  }

  func findings(_ main: String, _ person: String) throws -> [DataFinding] {
    let inputs = [
      DataFileInput(path: "s.csv", bytes: Array(("record_id,works,travel,car_km,bus_line,members\n" + main).utf8)),
      DataFileInput(path: "s.person.csv", bytes: Array(("record_id,person_index,age,daycare\n" + person).utf8)),
    ]
    var out: [DataFinding] = []
    try DataValidation(form: form(), today: FormDate(days: 19889)).run(inputs) { out += $0.findings }
    return out
  }

  func summary(_ f: [DataFinding]) -> [String] {
    f.map { "\($0.rule) \($0.iteration.isEmpty ? "" : "[\($0.iteration)]")\($0.variable) <- \($0.causedBy ?? "")" }
  }

  @Test func testCleanDataHaveNoFinding() throws {
    #expect(try findings("1,1,1,40,,1\n2,1,2,,55,1\n", "1,1,40,\n2,1,5,1\n") == [])
  }

  @Test func testAFalseIfAndAnEarlierBranchTakenAreTheRoots() throws {
    // Record 1 travels by bus but gives kilometres: the `if travel == car` was false.
    // Record 2 travels by car but gives a bus line: the earlier branch (travel == car) was taken.
    let f = try findings("1,1,2,40,55,1\n2,1,1,40,55,1\n", "1,1,40,\n2,1,40,\n")
    #expect(summary(f) == ["QD6005 car_km <- travel", "QD6005 bus_line <- travel"])
  }

  @Test func testAnEndThatFiredIsTheRootOfEverythingAfterIt() throws {
    let f = try findings("1,2,1,40,,1\n", "1,1,40,\n")
    #expect(
      summary(f) == [
        "QD6012 members <- works", "QD6005 travel <- works", "QD6005 car_km <- works", "QD6005 members <- works",
        "QD6005 [1]age <- works",
      ])
  }

  @Test func testTheConditionInsideARepeatIsReadInTheIteration() throws {
    // Person 2 is 40 but has a day care answer: the `if age < 7` of that iteration was false.
    let f = try findings("1,1,3,,,2\n", "1,1,5,1\n1,2,40,2\n")
    #expect(summary(f) == ["QD6005 [2]daycare <- age"])
  }

  @Test func testAValueThatCannotBeUsedIsTheRootOfWhatFollows() throws {
    let f = try findings("1,1,x,40,,1\n", "1,1,40,\n")
    #expect(summary(f) == ["QD6003 travel <- ", "QD6005 car_km <- travel"])
  }
}
