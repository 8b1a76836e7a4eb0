// `qdsl validate-data` through the built binary on ODK Central's and KoboToolbox's exports of the examples (the
// fixtures built from JavaRosa's instances): clean exports give no finding, and a wrong code in an export is
// found on the instrument's variable with the record's instance id.

import Foundation
import QDSLTestSupport
import Testing

@Suite struct ValidateDataExportTests {
  let exports = Fixtures.packageRoot().appendingPathComponent("Tests/QDSLDataValidationTests/Fixtures/exports")
  let examples = Fixtures.packageRoot().appendingPathComponent("Examples")

  func validate(_ example: String, _ files: [String], directory: URL? = nil) throws -> RunResult {
    let dir = directory ?? exports.appendingPathComponent(example)
    return try BinaryRunner.run(
      ["validate-data", examples.appendingPathComponent("\(example).qdsl").path] + files
        + ["--today", "2024-06-15", "--format", "csv"],
      directory: dir)
  }

  @Test(arguments: [
    (
      "household-services",
      [
        "household_services.csv", "household_services-person.csv", "household_services-other.csv",
        "household_services-service.csv", "household_services-vehicle.csv",
      ]
    ),
    (
      "household-services",
      [
        "household_services-kobo.csv", "household_services-kobo-person.csv",
        "household_services-kobo-other.csv", "household_services-kobo-service.csv",
        "household_services-kobo-vehicle.csv",
      ]
    ),
    ("innovation-barometer", ["innovation_barometer.csv"]),
    ("innovation-barometer", ["innovation_barometer-kobo.csv"]),
  ])
  func testACleanExportHasNoErrorFinding(example: String, files: [String]) throws {
    let result = try validate(example, files)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let rows = result.stdout.split(separator: "\n").dropFirst()
    #expect(rows.allSatisfy { $0.contains(",note,") }, "\(rows)")
  }

  /// A KoboToolbox repeat inside a repeat whose next record starts at its second parent row (the rows of the
  /// first person of record 3 removed): the row is translated when its record comes, after its parent rows, so it
  /// is not an orphan; what is found is the missing rows, on their driver.
  @Test func testANestedKoboRowOfALaterRecordWaitsForItsParentRows() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-vk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = exports.appendingPathComponent("household-services")
    let names = [
      "household_services-kobo.csv", "household_services-kobo-person.csv", "household_services-kobo-other.csv",
      "household_services-kobo-service.csv", "household_services-kobo-vehicle.csv",
    ]
    for name in names {
      var text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
      if name == "household_services-kobo-other.csv" {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.filter { !$0.contains(#""person","3","#) }
        #expect(kept.count == lines.count - 4)
        text = kept.joined(separator: "\n")
      }
      try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let result = try validate("household-services", names, directory: dir)
    #expect(result.status == 1)
    #expect(!result.stdout.contains("QD6011"), "\(result.stdout)")
    #expect(result.stdout.contains(",QD6012,error,"), "\(result.stdout)")
  }

  @Test func testAWrongCodeInACentralExportIsFoundOnItsVariable() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-vx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = exports.appendingPathComponent("household-services")
    let names = [
      "household_services.csv", "household_services-person.csv", "household_services-other.csv",
      "household_services-service.csv", "household_services-vehicle.csv",
    ]
    for name in names {
      var text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
      if name == "household_services.csv" {
        // The first record's services_used "6 7" becomes "6 77": 77 is no option's code.
        text = text.replacingOccurrences(of: ",6 7,", with: ",6 77,")
      }
      try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let result = try validate("household-services", names, directory: dir)
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(",uuid:00000000-0000-4000-8000-000000000001,,services_used,QD6004,error,"),
      "\(result.stdout)")
  }
}
