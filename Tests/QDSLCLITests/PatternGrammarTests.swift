// The TextMate grammar and matches(): the pattern string after the comma is scoped as a regular expression.

import Foundation
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct PatternGrammarTests {
  @Test func testThePatternOfMatchesIsARegexpString() throws {
    let root = Fixtures.packageRoot()
    let grammar = try JSONReader.read(
      [UInt8](Data(contentsOf: root.appendingPathComponent("Grammar/qdsl.tmLanguage.json"))))
    let rule = try #require(grammar["repository"]?["pattern-call"])
    let begin = try NSRegularExpression(pattern: try #require(rule["begin"]?.string))
    func matched(_ re: NSRegularExpression, _ text: String) -> String? {
      let ns = text as NSString
      return re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)).map {
        ns.substring(with: $0.range)
      }
    }
    #expect(matched(begin, "calculate ok = matches(postcode, \"x\")") == "matches(")
    #expect(matched(begin, "calculate ok = rematches(postcode)") == nil)
    let inner = try #require(rule["patterns"]?.array?.first)
    #expect(inner["name"]?.string == "string.regexp.qdsl")
    let regexpBegin = try NSRegularExpression(pattern: try #require(inner["begin"]?.string))
    #expect(matched(regexpBegin, "postcode, \"\\\\d{{5}}\"") == " \"")
    #expect(matched(regexpBegin, "\"not after a comma\"") == nil)
    let includes = grammar["patterns"]?.array?.compactMap { $0["include"]?.string } ?? []
    let call = try #require(includes.firstIndex(of: "#pattern-call"))
    #expect(call < (includes.firstIndex(of: "#function-call") ?? 0), "#pattern-call must come before #function-call")
  }
}
