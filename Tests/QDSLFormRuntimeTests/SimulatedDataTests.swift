// `qdsl simulate --data`: the simulated data files of every example have the codebook's columns per level, a row
// per respondent and per iteration that ran, only answers a collector accepts, and the same bytes for a seed.

import Foundation
import QDSLFormRuntime
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct SimulatedDataTests {
  let root = Fixtures.packageRoot()
  let today = FormDate(days: 19889)  // 2024-06-15

  func form(_ example: String) throws -> FormModel {
    try FormModel.decode(
      Data(contentsOf: root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(example).form.json"))
    ).get()
  }

  /// The data-file columns of each level as the codebook CSV lists them (level "" is the instrument's).
  func codebookColumns(_ example: String) throws -> [String: [String]] {
    let text = try String(
      contentsOf: root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(example).codebook.csv"), encoding: .utf8)
    var out: [String: [String]] = [:]
    // The codebook CSV ends its lines in CRLF (RFC 4180).
    for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").dropFirst() {
      // The first two cells (variable and level names) are never quoted.
      let cells = line.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
      guard cells.count >= 2 else { continue }
      let (name, level) = (String(cells[0]), String(cells[1]))
      if out[level]?.last != name { out[level, default: []].append(name) }
    }
    if out[""]?.first != "record_id" { out["", default: []].insert("record_id", at: 0) }
    return out
  }

  /// Splits simple CSV lines (the simulated texts have no line breaks in cells).
  func rows(_ text: String) -> [[String]] {
    text.split(separator: "\n").map { line in
      var cells: [String] = []
      var cell = ""
      var quoted = false
      var chars = line.makeIterator()
      while let c = chars.next() {
        if quoted {
          if c == "\"" { quoted = false } else { cell.append(c) }
        } else if c == "\"" {
          if !cell.isEmpty { cell.append("\"") }
          quoted = true
        } else if c == "," {
          cells.append(cell)
          cell = ""
        } else {
          cell.append(c)
        }
      }
      cells.append(cell)
      return cells
    }
  }

  @Test func testEveryExampleHasTheCodebooksColumnsAndAcceptedRecords() throws {
    let examples = Fixtures.exampleNames()
    #expect(examples.count >= 4)
    for example in examples {
      let form = try self.form(example)
      let data = SimulatedData(form: form)
      let files = try data.files(respondents: 60, seed: 3, today: today).get()
      let codebook = try codebookColumns(example)
      #expect(files.count == data.layout.levels.count)
      #expect(Set(codebook.keys) == Set(data.layout.levels.map { $0.repeatID ?? "" }), "\(example)")
      for (level, text) in zip(data.layout.levels, files) {
        let table = rows(text)
        let header = try #require(table.first)
        #expect(header == codebook[level.repeatID ?? ""], "\(example) \(level.repeatID ?? "")")
        #expect(header.first == "record_id")
        for row in table.dropFirst() {
          #expect(row.count == header.count, "\(example): \(row)")
        }
        if level.repeatID == nil {
          #expect(table.dropFirst().map { $0[0] } == (1...60).map(String.init), "\(example): a row per record")
        }
      }
      // Every record of the data passes the hard checks: re-evaluated from its own seed, as written.
      let drawer = RandomRespondent(form: form, today: today)
      for record in 1...60 {
        let result = try data.accepted(record: record, seed: 3, today: today, drawer: drawer).get()
        #expect(!result.failedChecks.contains { !$0.isSoft }, "\(example) record \(record)")
        #expect(result.invalidAnswers.isEmpty, "\(example) record \(record)")
      }
    }
  }

  @Test func testARepeatHasARowPerIterationWithItsKeys() throws {
    let form = try self.form("household-services")
    let data = SimulatedData(form: form)
    let files = try data.files(respondents: 40, seed: 11, today: today).get()
    let person = try #require(data.layout.levels.firstIndex { $0.repeatID == "person" })
    let size = try #require(data.layout.levels[0].columns.firstIndex { $0.name == "household_size" })
    let household = rows(files[0]).dropFirst()
    let people = rows(files[person])
    #expect(Array(people[0].prefix(2)) == ["record_id", "person_index"])
    for row in household {
      // One row per person, numbered from 1, in order.
      let n = Int(row[size]) ?? 0
      let mine = people.dropFirst().filter { $0[0] == row[0] }.map { $0[1] }
      #expect(mine == (0..<n).map { String($0 + 1) }, "record \(row[0])")
    }
  }

  @Test func testStreamedBatchesGiveTheSameBytesOnAnyNumberOfWorkers() throws {
    for example in ["staff-wellbeing-pulse", "household-services"] {
      let data = SimulatedData(form: try form(example))
      let whole = try data.files(respondents: 45, seed: 5, today: today).get().map { Array($0.utf8) }
      for (workers, batch) in [(1, 1), (2, 7), (3, 16), (2, 2048)] {
        var parts = data.layout.levels.map { _ in [UInt8]() }
        var calls = 0
        let failure = data.write(respondents: 45, seed: 5, today: today, batch: batch, workers: workers) { rows in
          calls += 1
          for (l, bytes) in rows.enumerated() { parts[l] += bytes }
        }
        #expect(failure == nil)
        #expect(parts == whole, "\(example): \(workers) workers, batches of \(batch)")
        #expect(calls == 1 + (45 + batch - 1) / batch, "the headers, then one call per batch")
      }
    }
  }

  @Test func testTheSameSeedGivesTheSameBytes() throws {
    let data = SimulatedData(form: try form("staff-wellbeing-pulse"))
    let a = try data.files(respondents: 50, seed: 9, today: today).get()
    let b = try data.files(respondents: 50, seed: 9, today: today).get()
    let c = try data.files(respondents: 50, seed: 10, today: today).get()
    #expect(a == b)
    #expect(a != c)
  }

  @Test func testAnAnswerFailingAHardCheckIsDrawnAgainAndASoftOneStays() throws {
    // `age` fails its hard check unless it is at least 90 (a tenth of the draws); `income` fails its soft one half
    // the time.
    let source = """
      survey t
      languages en
      question age: integer 0..99 required {
        text "Age?"
        check age >= 90 "Too young"
      }
      question income: integer 0..9 required {
        text "Income?"
        soft check income >= 5 "Sure?"
      }
      """
    let form = try FormModel.decode(FormDocument.render(Checker.check(source: source).survey)).get()
    let files = try SimulatedData(form: form).files(respondents: 200, seed: 1, today: today).get()
    let table = rows(files[0])
    #expect(table[0] == ["record_id", "age", "income"])
    #expect(table.dropFirst().allSatisfy { (Int($0[1]) ?? 0) >= 90 })
    #expect(table.dropFirst().contains { (Int($0[2]) ?? 9) < 5 }, "failed soft checks stay")
  }

  @Test func testACheckAgainstAnEarlierAnswerDrawsTheWholeRespondentAgain() throws {
    // With a small `staff`, almost no `fte` passes: drawing `fte` alone 500 times would give up (the barometer's
    // `unit_fte <= staff` did at record 170,716 of a million); drawing `staff` again finds a record.
    let source = """
      survey t
      languages en
      question staff: integer 0..1000 required {
        text "Staff?"
      }
      question fte: integer 0..20000 required {
        text "FTE?"
        check fte <= staff "More than the staff"
      }
      """
    let form = try FormModel.decode(FormDocument.render(Checker.check(source: source).survey)).get()
    let files = try SimulatedData(form: form).files(respondents: 3000, seed: 2, today: today).get()
    let table = rows(files[0]).dropFirst()
    #expect(table.count == 3000)
    #expect(table.allSatisfy { (Int($0[2]) ?? 0) <= (Int($0[1]) ?? -1) })
  }

  @Test func testACellWithACommaQuoteOrLineBreakIsQuoted() {
    #expect(
      FormDataLayout.csvLine(["1", "a,b", "say \"hi\"", "x\ny", ""]) == "1,\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\n")
  }
}
