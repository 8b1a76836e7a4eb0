// The links to the diagnostic pages: one default base URL, and a user's base accepted only as an absolute URL.

import QDSLSyntax
import XCTest

final class DiagnosticDocumentationTests: XCTestCase {
  func testPagesAreUnderTheBaseURL() {
    XCTAssertEqual(
      DiagnosticDocumentation.url(.unusedList), "https://github.com/qdsl/qdsl/blob/main/docs/diagnostics/QD4007.md")
    XCTAssertEqual(DiagnosticDocumentation.url(.unusedList, base: "file:///d/"), "file:///d/QD4007.md")
  }

  func testAUsersBaseMustBeAnAbsoluteURL() {
    XCTAssertEqual(DiagnosticDocumentation.base("https://example.org/qdsl"), "https://example.org/qdsl/")
    XCTAssertEqual(DiagnosticDocumentation.base("file:///srv/docs/"), "file:///srv/docs/")
    XCTAssertEqual(DiagnosticDocumentation.base("git+ssh://host/x/"), "git+ssh://host/x/")
    for bad in ["", "docs/diagnostics", "/srv/docs", "https:/x", "://x", "1http://x", "https://a b/", "https://"] {
      XCTAssertNil(DiagnosticDocumentation.base(bad), bad)
    }
  }
}
