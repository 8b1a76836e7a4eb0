// The test helpers can fail: a missing golden file, a golden file nobody produces, and a cursor marker a test
// asks for that is not in its fixture are failures, never a silent pass (or a test run at offset 0).

import Foundation
import QDSLTestSupport
import Testing

@Suite final class TestSupportTests {
  /// Clean-up registered by the test (XCTest's addTeardownBlock), run after it.
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-support-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  @Test func testAMissingGoldenFileFailsAndIsNotWritten() throws {
    let golden = try temporaryDirectory().appendingPathComponent("missing.txt")
    let problem = try #require(Fixtures.compareGolden("output\n", golden, blessing: false))
    #expect(problem.contains("missing.txt: the golden file is missing"), Comment(rawValue: problem))
    #expect(problem.contains("QDSL_BLESS=1"), Comment(rawValue: problem))
    #expect(!FileManager.default.fileExists(atPath: golden.path), "a comparison never writes the golden file")
  }

  @Test func testBlessingWritesTheGoldenFileThatIsThenCompared() throws {
    let golden = try temporaryDirectory().appendingPathComponent("blessed.txt")
    #expect(Fixtures.compareGolden("one\ntwo\n", golden, blessing: true) == nil)
    #expect(Fixtures.read(golden) == "one\ntwo\n")
    #expect(Fixtures.compareGolden("one\ntwo\n", golden, blessing: false) == nil)
    let difference = try #require(Fixtures.compareGolden("one\nthree\n", golden, blessing: false))
    #expect(difference.hasPrefix("blessed.txt differs"), Comment(rawValue: difference))
    #expect(difference.contains("- two\n+ three"), Comment(rawValue: difference))
    let unwritable = golden.appendingPathComponent("below-a-file.txt")
    let problem = try #require(Fixtures.compareGolden("x", unwritable, blessing: true))
    #expect(problem.contains("cannot write the golden file"), Comment(rawValue: problem))
  }

  @Test func testFilesNobodyProducesAreListed() throws {
    let dir = try temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    for name in ["a.qdsl", "a.tree", "b.tree", "sub/c.txt"] {
      try Data("x".utf8).write(to: dir.appendingPathComponent(name))
    }
    #expect(Fixtures.unexpectedFiles(in: dir, expected: ["a.qdsl", "a.tree"]) == ["b.tree", "sub/c.txt"])
    #expect(Fixtures.unexpectedFiles(in: dir, expected: ["a.qdsl", "a.tree", "b.tree", "sub/c.txt"]) == [])
  }

  @Test func testCursorMarkersAreTakenOutWithTheirUTF8Offsets() throws {
    let m = try MarkedSource("ä1️⃣b 2️⃣😀3️⃣")
    #expect(m.source == "äb 😀")
    #expect(m.offsets == [1: 2, 2: 4, 3: 8])
    #expect(try m[2] == 4)
  }

  @Test func testAMissingCursorMarkerFailsTheTest() throws {
    let m = try MarkedSource("survey s 1️⃣")
    if let error = #expect(throws: (any Error).self, performing: { try m[2] }) {
      #expect((error as? MarkerError)?.description == "the fixture has no cursor marker 2️⃣ (markers present: 1️⃣)")
    }
    if let error = #expect(throws: (any Error).self, performing: { try MarkedSource("no markers")[1] }) {
      #expect((error as? MarkerError)?.description == "the fixture has no cursor marker 1️⃣ (markers present: none)")
    }
  }

  @Test func testADuplicateCursorMarkerFailsTheTest() {
    if let error = #expect(throws: (any Error).self, performing: { try MarkedSource("a1️⃣ b1️⃣") }) {
      #expect((error as? MarkerError)?.description == "the fixture has the cursor marker 1️⃣ twice")
    }
  }
}
