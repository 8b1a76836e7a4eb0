// Times of day and dates with a time in the reference evaluator: exactly HH:MM and YYYY-MM-DDTHH:MM, as the
// checker's literals; their order; and the paradata a collector fills when the answers do not give them.

import Foundation
import QDSLFormRuntime
import QDSLOutputs
import QDSLSemantics
import Testing

@Suite struct FormClockTests {
  @Test func testTimesParseExactlyAndPrintBack() {
    for text in ["00:00", "08:30", "23:59"] { #expect(FormTime(text)?.description == text) }
    for text in ["24:00", "7:30", "07:60", "07.30", "07:30:00", "", "ab:cd"] {
      #expect(FormTime(text) == nil, "\(text)")
    }
    #expect(FormTime(wrapping: 1440 + 61).description == "01:01")
    #expect(FormTime(wrapping: -1).description == "23:59")
  }

  @Test func testDatesWithATimeParseExactlyAndOrder() throws {
    let a = try #require(FormDateTime("2024-02-29T23:59"))
    let b = try #require(FormDateTime("2024-03-01T00:00"))
    #expect(a < b && a.description == "2024-02-29T23:59" && a.display == "2024-02-29 23:59")
    for text in ["2023-02-29T10:00", "2024-05-01 10:00", "2024-05-01T10:00:00", "2024-05-01T", "T10:00"] {
      #expect(FormDateTime(text) == nil, "\(text)")
    }
  }

  @Test func testTheCollectorFillsWhatTheAnswersDoNotGive() throws {
    let source = """
      survey s
      languages en
      paradata {
        finished: end
        started: start
        day: today
        dev: device
      }
      question q: integer { text "Q?" }

      """
    let form = try FormModel.decode(FormDocument.render(Checker.check(source: source).survey)).get()
    let evaluator = FormEvaluator(form: form)
    let today = try #require(FormDate("2024-06-15"))
    // No clock: the start is midnight and the end the start, a start given with the answers included.
    let given = evaluator.evaluate(["started": .datetime("2024-06-15T08:05")], today: today)
    #expect(given.values["started"] == .datetime(try #require(FormDateTime("2024-06-15T08:05"))))
    #expect(given.values["finished"] == given.values["started"])
    #expect(given.values["day"] == .date(today) && given.values["dev"] == nil)
    let bare = evaluator.evaluate([:], today: today)
    #expect(bare.values["started"] == .datetime(.midnight(today)))
    // A clock and a device fill them; a malformed start is an invalid answer and the clock's is used.
    let now = try #require(FormDateTime("2024-06-15T09:30"))
    let clocked = evaluator.evaluate(
      ["started": .datetime("9:30")], today: today, collector: FormCollector(now: now, device: "tablet-7"))
    #expect(clocked.values["started"] == .datetime(now) && clocked.values["finished"] == .datetime(now))
    #expect(clocked.values["dev"] == .text("tablet-7"))
    #expect(clocked.invalidAnswers.map(\.name) == ["started"])
  }
}
