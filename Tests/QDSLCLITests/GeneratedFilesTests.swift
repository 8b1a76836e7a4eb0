// Files generated from the diagnostic pages must be up to date (run with QDSL_BLESS=1 to regenerate them).

import Foundation
import QDSLTestSupport
import Testing

@Suite struct GeneratedFilesTests {
  @Test func testDiagnosticPagesAreUpToDate() throws {
    let root = Fixtures.packageRoot()
    let pages = DiagnosticDocs.pages(root)
    #expect(!pages.isEmpty)
    let targets: [(String, String)] = [
      ("Sources/QDSLSyntax/DiagnosticPages.swift", DiagnosticDocs.swiftSource(pages)),
      ("docs/diagnostics.md", DiagnosticDocs.indexMarkdown(pages)),
    ]
    for (path, expected) in targets {
      let url = root.appendingPathComponent(path)
      if Fixtures.blessing {
        try expected.write(to: url, atomically: true, encoding: .utf8)
        continue
      }
      #expect(FileManager.default.fileExists(atPath: url.path), "\(path) is missing")
      #expect(
        Fixtures.read(url) == expected,
        Comment(
          rawValue: "\(path) is out of date; run QDSL_BLESS=1 swift test --filter GeneratedFilesTests\n"
            + Fixtures.lineDiff(Fixtures.read(url), expected).prefix(3000)))
    }
  }
}
