// `qdsl validate-data` through the built binary on bad input and usage: every kind of unreadable file is one
// located QD6013 finding (file, line, column, "the rest of this file is not checked") and the other files are
// still checked; a BOM, CRLF and quoted line breaks are read; two files for one level, a missing repeat file, a
// missing file and a bad --today are usage errors (exit 2) with nothing on stdout.

import Foundation
import QDSLTestSupport
import Testing

@Suite final class ValidateDataCommandTests {
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  static let survey = """
    survey commute
    languages en

    choices yes_no { 1 yes "Yes" 2 no "No" }

    question has_car: one of yes_no required { text "Do you have a car?" }
    if has_car == yes {
      question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
    }
    question note: text { text "Anything else?" }
    question members: integer 1..10 required { text "How many people live in your household?" }
    repeat person count members {
      question person_age: integer 0..120 required { text "How old is person {person.index}?" }
    }

    """
  static let main = "record_id,has_car,car_km,note,members\n1,1,120,,1\n2,2,,\"two\nlines, and \"\"quotes\"\"\",1\n"
  static let person = "record_id,person_index,person_age\n1,1,34\n2,1,67\n"

  /// A new folder (removed after the test) holding the survey as `survey.qdsl`.
  func folderWithTheSurvey() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-vd-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    try Self.survey.write(to: dir.appendingPathComponent("survey.qdsl"), atomically: true, encoding: .utf8)
    return dir
  }

  /// Writes the survey and the files (name → bytes) to a new folder and runs validate-data on the files, in order.
  func run(_ files: [(String, [UInt8])], format: String = "text") throws -> RunResult {
    let dir = try folderWithTheSurvey()
    for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
    return try BinaryRunner.run(
      ["validate-data", "survey.qdsl"] + files.map(\.0) + ["--today", "2024-06-15", "--format", format],
      directory: dir)
  }

  func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

  @Test func testCleanFilesWithQuotedLineBreaksABOMAndCRLFPass() throws {
    let r = try run([("survey.csv", bytes(Self.main)), ("survey.person.csv", bytes(Self.person))])
    #expect(r.status == 0 && r.stdout == "no findings in 2 records\n", "\(r.stdout)\(r.stderr)")
    let crlf = [0xEF, 0xBB, 0xBF] + bytes(Self.main.replacingOccurrences(of: "\n", with: "\r\n"))
    let r2 = try run([("survey.csv", crlf), ("survey.person.csv", bytes(Self.person))])
    #expect(r2.status == 0 && r2.stdout == "no findings in 2 records\n", "\(r2.stdout)\(r2.stderr)")
  }

  /// A repeat row of a record the main file lacks (a record removed from the main file only) is one QD6011, and
  /// the records after it still join their rows: nothing is reported about them.
  @Test func testARepeatRowOfARecordTheMainFileLacksHoldsNothingBack() throws {
    let main = "record_id,has_car,car_km,note,members\n1,1,120,,1\n3,2,,,2\n4,2,,,1\n"
    let person = "record_id,person_index,person_age\n1,1,34\n2,1,67\n3,1,40\n3,2,12\n4,1,80\n"
    let r = try run([("survey.csv", bytes(main)), ("survey.person.csv", bytes(person))], format: "csv")
    #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
    let rows = r.stdout.split(separator: "\n").dropFirst()
    #expect(rows.count == 1, "\(r.stdout)")
    #expect(
      rows.first?.hasPrefix("survey.person.csv,3,person,2,1,record_id,QD6011,error,2,record 2 is not in the main file")
        == true, "\(r.stdout)")
  }

  /// A main file that is a pipe (a FIFO, `<(zcat main.csv.gz)`) is read once: its rows all join their repeat rows.
  @Test func testAMainFileThatIsAPipeIsReadOnce() throws {
    let dir = try folderWithTheSurvey()
    try Data(bytes(Self.person)).write(to: dir.appendingPathComponent("survey.person.csv"))
    let fifo = dir.appendingPathComponent("main.csv").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let main = Self.main
    let writer = Thread {
      if let handle = FileHandle(forWritingAtPath: fifo) {
        handle.write(Data(main.utf8))
        try? handle.close()
      }
    }
    writer.start()
    let r = try BinaryRunner.run(
      ["validate-data", "survey.qdsl", "main.csv", "survey.person.csv", "--today", "2024-06-15"], directory: dir)
    #expect(r.status == 0 && r.stdout == "no findings in 2 records\n", "\(r.stdout)\(r.stderr)")
  }

  /// A data file given as `-` is read from standard input (matched by its header, named `stdin` in the
  /// findings); only one file can be.
  @Test func testADataFileFromStandardInput() throws {
    let dir = try folderWithTheSurvey()
    try Data(bytes(Self.main)).write(to: dir.appendingPathComponent("survey.csv"))
    let person = Self.person.replacingOccurrences(of: "2,1,67", with: "2,1,670")
    let r = try BinaryRunner.run(
      ["validate-data", "survey.qdsl", "survey.csv", "-", "--today", "2024-06-15", "--format", "csv"],
      stdin: Data(person.utf8), directory: dir)
    #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.split(separator: "\n").dropFirst().map { $0.prefix(25) } == ["stdin,3,person,2,1,person"])
    let twice = try BinaryRunner.run(
      ["validate-data", "survey.qdsl", "-", "-"], stdin: Data(Self.main.utf8), directory: dir)
    #expect(twice.status == 2 && twice.stdout == "" && twice.stderr.contains("standard input (-) can be given once"))
  }

  @Test func testEveryKindOfUnreadableFileIsOneLocatedFindingAndTheOthersAreChecked() throws {
    let header = "record_id,has_car,car_km,note,members\n"
    let cases: [([UInt8], String)] = [
      (bytes("record_id;has_car;car_km;note;members\n1;1;120;;1\n"), "survey.csv:1:1: error[QD6013]"),
      (bytes("record_id\thas_car\tcar_km\tnote\tmembers\n"), "survey.csv:1:1: error[QD6013]"),
      (bytes(header + "1,1,120,") + [0xFF, 0xFE] + bytes(",1\n"), "survey.csv:2:9: error[QD6013]"),
      (bytes(header + "1,1,120,,1\n2,2,,,1"), "survey.csv:3:8: error[QD6013]"),
      ([], "survey.csv:1:1: error[QD6013]"),
      (bytes(header + "1,1,120,\"open,1\n"), "survey.csv:2:9: error[QD6013]"),
      (bytes(header + "1,1,120\n"), "survey.csv:2:8: error[QD6013]"),
      (bytes("id,name,when\n1,x,y\n"), "survey.csv:1:1: error[QD6013]"),
      (bytes(header + "1,1,120,,1\r2,2,,,1\n"), "survey.csv:2:11: error[QD6013]"),
    ]
    for (main, location) in cases {
      // The person file has a malformed age: it is still checked when the main file cannot be read on.
      let person = bytes("record_id,person_index,person_age\n1,1,abc\n")
      let r = try run([("survey.csv", main), ("survey.person.csv", person)])
      #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
      #expect(r.stdout.contains(location), "\(location):\n\(r.stdout)")
      let line = r.stdout.split(separator: "\n").first { $0.contains("[QD6013]") } ?? ""
      #expect(line.contains("not checked"), "\(line)")
      #expect(r.stdout.contains("survey.person.csv:2: error[QD6003] record 1, person[1].person_age"), "\(r.stdout)")
      #expect(r.stderr == "")
    }
  }

  @Test func testAnUnreadableRepeatFileStopsOnlyItsLevel() throws {
    let person = bytes("record_id,person_index,person_age\n1,1,34\n2,1,\"67\n")
    let main = bytes("record_id,has_car,car_km,note,members\n1,1,120,,1\n2,2,55,,1\n")
    let r = try run([("survey.csv", main), ("survey.person.csv", person)], format: "csv")
    let rules = r.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(rules.map { $0[6] } == ["QD6013", "QD6005"], "\(r.stdout)")
    #expect(r.stdout.contains("survey.person.csv,3,"))
  }

  /// A repeat's file name with someone else's header is one QD6013, not a QD6001 per column; a file named
  /// otherwise is matched to its level by its header.
  @Test func testAHeaderThatIsNotTheInstrumentsIsOneFindingAndOtherNamesMatchByHeader() throws {
    let junk = bytes("record_id,colour,size,weight,price\n1,red,2,3,4\n")
    let r = try run([("survey.csv", bytes(Self.main)), ("survey.person.csv", junk)])
    #expect(r.status == 1)
    #expect(
      r.stdout.hasPrefix(
        "survey.person.csv:1:1: error[QD6013] this file's header is not this instrument's data (1 of 5 columns known)"),
      "\(r.stdout)")
    #expect(!r.stdout.contains("QD6001"))
    let renamed = try run([("people.csv", bytes(Self.person)), ("households.csv", bytes(Self.main))])
    #expect(renamed.status == 0 && renamed.stdout == "no findings in 2 records\n", "\(renamed.stdout)")
  }

  @Test func testUsageErrorsPrintNothingOnStdout() throws {
    let main = bytes(Self.main)
    let person = bytes(Self.person)
    for files in [
      [("survey.csv", main), ("copy.csv", main), ("survey.person.csv", person)],
      [("survey.csv", main)],
      [("survey.person.csv", person)],
    ] {
      let r = try run(files)
      #expect(r.status == 2 && r.stdout == "" && r.stderr.hasPrefix("error: "), "\(files.map(\.0)): \(r.stderr)")
    }
    let missing = try BinaryRunner.run(["validate-data", "Examples/staff-wellbeing-pulse.qdsl", "nope.csv"])
    #expect(missing.status == 2 && missing.stdout == "" && missing.stderr.contains("nope.csv"))
    let today = try BinaryRunner.run(["validate-data", "Examples/staff-wellbeing-pulse.qdsl", "x.csv", "--today", "x"])
    #expect(today.status == 2)
  }

  /// The golden files' names, for the inventory.
  static let goldenFiles = ["txt", "json", "csv", "sarif"].map { "validate-data/household-services-faults.\($0)" }

  /// Household services' simulated data with faults in the main file and a repeat's: the report in every format
  /// matches its golden file (the SARIF without the tool's version).
  @Test func testAReportOfHouseholdServicesWithFaultsMatchesItsGoldenInEveryFormat() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-vd-\(UUID().uuidString)")
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    let survey = Fixtures.packageRoot().appendingPathComponent("Examples/household-services.qdsl").path
    let sim = try BinaryRunner.run([
      "simulate", survey, "--respondents", "8", "--seed", "5", "--today", "2024-06-15", "--data",
      dir.appendingPathComponent("data").path,
    ])
    #expect(sim.status == 0, "\(sim.stderr)")
    func edit(_ name: String, _ change: ([String]) -> [String]) throws {
      let url = dir.appendingPathComponent("data").appendingPathComponent(name)
      let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
      try (change(lines).joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }
    // Faults: a person's row removed; in record 3, the routing answer about vehicles flipped and a malformed age.
    try edit("household-services.person.csv") { lines in lines.enumerated().filter { $0.offset != 2 }.map(\.element) }
    try edit("household-services.csv") { lines in
      let header = lines[0].split(separator: ",").map(String.init)
      var cells = lines[3].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      if let i = header.firstIndex(of: "has_vehicles") { cells[i] = cells[i] == "1" ? "2" : "1" }
      if let i = header.firstIndex(of: "commute_minutes_total") { cells[i] = "lots" }
      var out = lines
      out[3] = cells.joined(separator: ",")
      return out
    }
    let files = ["", ".person", ".other", ".service", ".vehicle"].map { "data/household-services\($0).csv" }
    let golden = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLCLITests/Golden/validate-data")
    for (format, ext) in [("text", "txt"), ("json", "json"), ("csv", "csv"), ("sarif", "sarif")] {
      let r = try BinaryRunner.run(
        ["validate-data", survey] + files + ["--today", "2024-06-15", "--format", format], directory: dir)
      #expect(r.status == 1, "\(format): \(r.stderr)")
      var out = r.stdout
      if format == "sarif" {
        var log = try #require(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        var runs = try #require(log["runs"] as? [[String: Any]])
        var tool = try #require(runs[0]["tool"] as? [String: Any])
        var driver = try #require(tool["driver"] as? [String: Any])
        driver["version"] = nil
        // The rules' pages are the docs' (checked by TidyTests): their ids and links are enough here.
        driver["rules"] = (driver["rules"] as? [[String: Any]])?.map { rule in
          rule.filter { $0.key == "id" || $0.key == "helpUri" || $0.key == "defaultConfiguration" }
        }
        tool["driver"] = driver
        runs[0]["tool"] = tool
        log["runs"] = runs
        let data = try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys])
        out = String(decoding: data, as: UTF8.self) + "\n"
      }
      let url = golden.appendingPathComponent("household-services-faults.\(ext)")
      if let d = Fixtures.compareGolden(out, url) { Issue.record(Comment(rawValue: d)) }
    }
  }
}
