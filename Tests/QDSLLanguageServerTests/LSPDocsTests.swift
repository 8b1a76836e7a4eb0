// Tidy test: every LSP method the server dispatches is listed in docs/lsp.md, and every listed method is served.

import Foundation
import QDSLLanguageServer
import QDSLTestSupport
import Testing

@Suite struct LSPDocsTests {
  @Test func testEveryDispatchedMethodIsListedInTheDocs() {
    let docs = Fixtures.read(Fixtures.packageRoot().appendingPathComponent("docs/lsp.md"))
    #expect(!LanguageServer.methods.isEmpty)
    for method in LanguageServer.methods {
      #expect(docs.contains("| `\(method)` |"), "docs/lsp.md does not list the method \(method)")
    }
    // The other way round: a method row in the docs names a method that is dispatched.
    for line in docs.split(separator: "\n") where line.hasPrefix("| `") {
      let name = line.dropFirst(3).prefix { $0 != "`" }
      if name.contains("/") || ["initialize", "shutdown", "initialized", "exit"].contains(String(name)) {
        #expect(LanguageServer.methods.contains(String(name)), "docs/lsp.md lists \(name), which is not served")
      }
    }
  }
}
