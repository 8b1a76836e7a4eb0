// The commands on instruments of several files: `check` of a folder checks each instrument once with its modules
// and names the file of each diagnostic; `compile` of a split instrument writes the single file's bytes.

import Foundation
import QDSLTestSupport
import Testing

@Suite struct ModuleCommandTests {
  static let split = "Tests/QDSLOutputsTests/Fixtures/split/library-user-survey"
  static let modules = "Tests/QDSLSemanticsTests/Fixtures/modules"

  @Test func testCheckOfAFolderChecksTheInstrumentWithItsModule() throws {
    let clean = try BinaryRunner.run(["check", Self.split])
    #expect(clean.status == 0)
    #expect(clean.stdout == "checked 2 files: no problems found\n")
    // The cycle is reported once, in the module that closes it, though three files were named.
    let cycle = try BinaryRunner.run(["check", Self.modules + "/QD2031-cycle"])
    #expect(cycle.status == 1)
    #expect(cycle.stdout.hasPrefix(Self.modules + "/QD2031-cycle/b.qdsl:3:1: error[QD2031]: this 'use' closes a cycle"))
    #expect(cycle.stdout.hasSuffix("checked 3 files: 1 error\n"), "\(cycle.stdout)")
    // A module that no instrument uses is checked alone, for its syntax.
    let alone = try BinaryRunner.run(["check", Self.modules + "/QD2036-lacks/lists.qdsl"])
    #expect(alone.status == 0, "\(alone.stdout)")
  }

  @Test func testADiagnosticInAModuleNamesTheModule() throws {
    let json = try BinaryRunner.run(["check", Self.modules + "/QD2031-cycle/instrument.qdsl", "--format", "json"])
    #expect(json.status == 1)
    #expect(json.stdout.contains("\"file\": \"\(Self.modules)/QD2031-cycle/b.qdsl\""), "\(json.stdout)")
    // A module that is not UTF-8: the error at the `use` in the instrument, which is the file named.
    let latin1 = try BinaryRunner.run(["check", Self.modules + "/QD2032-latin1/instrument.qdsl"])
    #expect(latin1.status == 1)
    #expect(latin1.stdout.hasPrefix(Self.modules + "/QD2032-latin1/instrument.qdsl:3:1: error[QD2032]"))
  }

  @Test func testCompileOfASplitInstrumentWritesTheSingleFilesBytes() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-modules-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let single = root.appendingPathComponent("single")
    let split = root.appendingPathComponent("split")
    try FileManager.default.createDirectory(at: single, withIntermediateDirectories: true)
    // The same stem (instrument) for both, since the data files are named after it.
    try FileManager.default.copyItem(
      at: Fixtures.packageRoot().appendingPathComponent("Examples/library-user-survey.qdsl"),
      to: single.appendingPathComponent("instrument.qdsl"))
    let a = try BinaryRunner.run([
      "compile", single.appendingPathComponent("instrument.qdsl").path, "-o", single.path + "/out",
    ])
    let b = try BinaryRunner.run(["compile", Self.split + "/instrument.qdsl", "-o", split.path])
    #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: split.path).sorted()
    #expect(names == (try FileManager.default.contentsOfDirectory(atPath: single.path + "/out").sorted()))
    #expect(names.count > 3)
    for name in names {
      let x = try Data(contentsOf: single.appendingPathComponent("out/" + name))
      let y = try Data(contentsOf: split.appendingPathComponent(name))
      #expect(x == y, "\(name) differs once the instrument is split into modules")
    }
  }
}
