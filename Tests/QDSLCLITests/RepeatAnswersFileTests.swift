// `--answers` files with repeats: a repeat's answers as an array of objects, one per iteration, checked name by
// name at the level each belongs to, every problem located in the file (read against the hand-written repeat
// form until the compiler knows repeats; then through the binary like PreviewSimulateTests).

import Foundation
import QDSLFormRuntime
import QDSLTestSupport
import QDSLText
import Testing

@testable import qdsl

@Suite struct RepeatAnswersFileTests {
  let form: FormModel

  init() throws {
    let url = Fixtures.packageRoot().appendingPathComponent("Tests/Scenarios/repeats.form.json")
    form = try FormModel.decode(Data(contentsOf: url)).get()
  }

  /// The problems of an answers file as `line:column: message`.
  func problems(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    let (_, problems) = AnswersFile.check(bytes, form: form)
    let positions = JSONPosition.positions(of: problems.map(\.offset), in: bytes)
    return zip(problems, positions).map { "\($1): \($0.message)" }
  }

  @Test func testNestedAnswersAreReadIntoInstancePaths() {
    let text = #"{"household_size": 2, "person": [{"name": "Anna", "job": [{"hours": 3}]}, null, {"age": 4}]}"#
    let (answers, problems) = AnswersFile.check(Array(text.utf8), form: form)
    #expect(problems.isEmpty)
    #expect(
      answers == [
        "household_size": .number(2), "person[1].name": .text("Anna"), "person[1].job[1].hours": .number(3),
        "person[3].age": .number(4),
      ])
  }

  @Test func testEveryProblemInsideIterationsIsLocated() {
    let text = """
      {
        "age": 3,
        "person": [
          {"Name": "Anna", "household_size": 2, "job": [{"hours": "many", "title": 1}], "is_adult": 1},
          {"crop": [{"area": 1}]},
          7
        ],
        "visitor": {"more": "yes"},
        "job": []
      }
      """
    #expect(
      problems(text) == [
        "2:3: 'age' is asked in each iteration of 'person': give it in an iteration of 'person'",
        "4:6: 'Name' is not a question or grid row of the repeat person; did you mean 'name'?",
        "4:22: 'household_size' is not inside a repeat: give it outside the iterations of 'person'",
        "4:61: 'person[1].job[1].hours': expected a number",
        "4:69: 'title' is not a question or grid row of the repeat job",
        "4:83: 'is_adult' is a calculate: it is computed, not answered",
        "5:6: 'crop' is not inside a repeat: give its array outside the iterations of 'person'",
        "6:5: 'person[3]': expected an object: the answers of iteration 3 of \"person\"",
        "8:14: 'visitor': expected an array: the answers of each iteration of the repeat \"visitor\", in order",
        "9:3: 'job' is a repeat inside 'person': give its array in an iteration of 'person'",
      ], Comment(rawValue: problems(text).joined(separator: "\n")))
  }
}
