// The test helpers can fail: a missing golden file, a golden file nobody produces, and a cursor marker a test
// asks for that is not in its fixture are failures, never a silent pass (or a test run at offset 0).

import Foundation
import QDSLTestSupport
import XCTest

final class TestSupportTests: XCTestCase {
  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-support-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  func testAMissingGoldenFileFailsAndIsNotWritten() throws {
    let golden = try temporaryDirectory().appendingPathComponent("missing.txt")
    let problem = try XCTUnwrap(Fixtures.compareGolden("output\n", golden, blessing: false))
    XCTAssertTrue(problem.contains("missing.txt: the golden file is missing"), problem)
    XCTAssertTrue(problem.contains("QDSL_BLESS=1"), problem)
    XCTAssertFalse(FileManager.default.fileExists(atPath: golden.path), "a comparison never writes the golden file")
  }

  func testBlessingWritesTheGoldenFileThatIsThenCompared() throws {
    let golden = try temporaryDirectory().appendingPathComponent("blessed.txt")
    XCTAssertNil(Fixtures.compareGolden("one\ntwo\n", golden, blessing: true))
    XCTAssertEqual(Fixtures.read(golden), "one\ntwo\n")
    XCTAssertNil(Fixtures.compareGolden("one\ntwo\n", golden, blessing: false))
    let difference = try XCTUnwrap(Fixtures.compareGolden("one\nthree\n", golden, blessing: false))
    XCTAssertTrue(difference.hasPrefix("blessed.txt differs"), difference)
    XCTAssertTrue(difference.contains("- two\n+ three"), difference)
    let unwritable = golden.appendingPathComponent("below-a-file.txt")
    let problem = try XCTUnwrap(Fixtures.compareGolden("x", unwritable, blessing: true))
    XCTAssertTrue(problem.contains("cannot write the golden file"), problem)
  }

  func testFilesNobodyProducesAreListed() throws {
    let dir = try temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    for name in ["a.qdsl", "a.tree", "b.tree", "sub/c.txt"] {
      try Data("x".utf8).write(to: dir.appendingPathComponent(name))
    }
    XCTAssertEqual(Fixtures.unexpectedFiles(in: dir, expected: ["a.qdsl", "a.tree"]), ["b.tree", "sub/c.txt"])
    XCTAssertEqual(Fixtures.unexpectedFiles(in: dir, expected: ["a.qdsl", "a.tree", "b.tree", "sub/c.txt"]), [])
  }

  func testCursorMarkersAreTakenOutWithTheirUTF8Offsets() throws {
    let m = try MarkedSource("ä1️⃣b 2️⃣😀3️⃣")
    XCTAssertEqual(m.source, "äb 😀")
    XCTAssertEqual(m.offsets, [1: 2, 2: 4, 3: 8])
    XCTAssertEqual(try m[2], 4)
  }

  func testAMissingCursorMarkerFailsTheTest() throws {
    let m = try MarkedSource("survey s 1️⃣")
    XCTAssertThrowsError(try m[2]) { error in
      XCTAssertEqual(
        (error as? MarkerError)?.description, "the fixture has no cursor marker 2️⃣ (markers present: 1️⃣)")
    }
    XCTAssertThrowsError(try MarkedSource("no markers")[1]) { error in
      XCTAssertEqual((error as? MarkerError)?.description, "the fixture has no cursor marker 1️⃣ (markers present: none)")
    }
  }

  func testADuplicateCursorMarkerFailsTheTest() {
    XCTAssertThrowsError(try MarkedSource("a1️⃣ b1️⃣")) { error in
      XCTAssertEqual((error as? MarkerError)?.description, "the fixture has the cursor marker 1️⃣ twice")
    }
  }
}
