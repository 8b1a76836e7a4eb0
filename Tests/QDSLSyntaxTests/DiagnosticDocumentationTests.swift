// The links to the diagnostic pages: one default base URL, and a user's base accepted only as an absolute URL.

import Foundation
import QDSLSyntax
import Testing

@Suite struct DiagnosticDocumentationTests {
  @Test func testPagesAreUnderTheBaseURL() {
    #expect(
      DiagnosticDocumentation.url(.unusedList) == "https://github.com/qdsl/qdsl/blob/main/docs/diagnostics/QD4007.md")
    #expect(DiagnosticDocumentation.url(.unusedList, base: "file:///d/") == "file:///d/QD4007.md")
  }

  @Test func testAUsersBaseMustBeAnAbsoluteURL() {
    #expect(DiagnosticDocumentation.base("https://example.org/qdsl") == "https://example.org/qdsl/")
    #expect(DiagnosticDocumentation.base("file:///srv/docs/") == "file:///srv/docs/")
    #expect(DiagnosticDocumentation.base("git+ssh://host/x/") == "git+ssh://host/x/")
    for bad in ["", "docs/diagnostics", "/srv/docs", "https:/x", "://x", "1http://x", "https://a b/", "https://"] {
      #expect(DiagnosticDocumentation.base(bad) == nil, Comment(rawValue: bad))
    }
  }
}
