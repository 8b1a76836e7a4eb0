// The editor files: the TextMate grammar compiles and knows every keyword; the VS Code, Neovim, Emacs and Helix set-ups.

import Foundation
import QDSLSyntax
import QDSLTestSupport
import QDSLText
import XCTest

final class EditorFilesTests: XCTestCase {
  private let root = Fixtures.packageRoot()

  private func json(_ path: String) throws -> JSONObject {
    let data = try Data(contentsOf: root.appendingPathComponent(path))
    return try XCTUnwrap(JSONReader.read([UInt8](data)).object, "\(path) is not a JSON object")
  }

  /// Every regular expression of the grammar with where it is: (path, key, pattern).
  private func patterns(_ node: JSON, _ path: String, into out: inout [(String, String)]) {
    if let object = node.object {
      for (key, value) in object {
        if ["match", "begin", "end", "while"].contains(key), let pattern = value.string {
          out.append(("\(path).\(key)", pattern))
        } else {
          patterns(value, "\(path).\(key)", into: &out)
        }
      }
    } else if let array = node.array {
      for (i, value) in array.enumerated() { patterns(value, "\(path)[\(i)]", into: &out) }
    }
  }

  private func regex(_ pattern: String) throws -> NSRegularExpression {
    // TextMate matches line by line, so '$' is the end of a line.
    try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
  }

  /// The text of the first match of `pattern` in `text`.
  private func firstMatch(_ pattern: String, in text: String) throws -> String? {
    let r = try regex(pattern)
    let ns = text as NSString
    guard let m = r.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
    return ns.substring(with: m.range)
  }

  private func repositoryRule(_ grammar: JSONObject, _ name: String) throws -> JSONObject {
    let repository = try XCTUnwrap(grammar["repository"]?.object)
    return try XCTUnwrap(repository[name]?.object, "no repository rule \(name)")
  }

  private func subpatterns(_ rule: JSONObject) -> [(scope: String, match: String)] {
    (rule["patterns"]?.array ?? []).compactMap { p in
      guard let s = p["name"]?.string, let m = p["match"]?.string else { return nil }
      return (s, m)
    }
  }

  func testTheTextMateGrammarIsValidJSONAndEveryRegularExpressionCompiles() throws {
    let grammar = try json("Grammar/qdsl.tmLanguage.json")
    XCTAssertEqual(grammar["scopeName"]?.string, "source.qdsl")
    var found: [(String, String)] = []
    patterns(.object(grammar), "grammar", into: &found)
    XCTAssertGreaterThan(found.count, 30)
    for (path, pattern) in found {
      XCTAssertNoThrow(try regex(pattern), "\(path): \(pattern) does not compile")
    }
    // Every include points at a repository rule.
    let repository = try XCTUnwrap(grammar["repository"]?.object)
    let text = try String(contentsOf: root.appendingPathComponent("Grammar/qdsl.tmLanguage.json"), encoding: .utf8)
    let includes = try NSRegularExpression(pattern: "\"include\": \"#([a-z-]+)\"")
    let ns = text as NSString
    for m in includes.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      let name = ns.substring(with: m.range(at: 1))
      XCTAssertNotNil(repository[name], "include #\(name) has no rule")
    }
  }

  func testEveryLexerKeywordIsAKeywordOfTheGrammar() throws {
    let grammar = try json("Grammar/qdsl.tmLanguage.json")
    let rules = subpatterns(try repositoryRule(grammar, "keywords"))
    XCTAssertFalse(rules.isEmpty)
    for (word, _) in Keywords.all {
      let hits = try rules.filter { try firstMatch($0.match, in: " \(word) ") == word }
      XCTAssertEqual(hits.count, 1, "the keyword \(word) is highlighted by \(hits.count) keyword rules, not 1")
      // A longer name that starts with the keyword is a name.
      for rule in rules {
        XCTAssertNil(try firstMatch(rule.match, in: "\(word)_x \(word)s"), "\(rule.scope) matches inside a name")
      }
    }
  }

  func testStringsNumbersAndCommentsGetTheirScopes() throws {
    let grammar = try json("Grammar/qdsl.tmLanguage.json")
    let content = Dictionary(
      subpatterns(try repositoryRule(grammar, "string-content")).map { ($0.scope, $0.match) },
      uniquingKeysWith: { a, _ in a })
    let escape = try XCTUnwrap(content["constant.character.escape.qdsl"])
    XCTAssertEqual(try firstMatch(escape, in: #"a \u{1F600} b"#), #"\u{1F600}"#)
    XCTAssertEqual(try firstMatch(escape, in: #"say \"hi\""#), #"\""#)
    XCTAssertEqual(try firstMatch(try XCTUnwrap(content["invalid.illegal.escape.qdsl"]), in: #"C:\q"#), #"\q"#)
    let pipe = try XCTUnwrap(content["meta.interpolation.pipe.qdsl"])
    XCTAssertEqual(try firstMatch(pipe, in: "You chose {culture.risk}."), "{culture.risk}")
    XCTAssertNil(try firstMatch(pipe, in: "{ not a pipe }"))
    let triple = try repositoryRule(grammar, "triple-string")
    XCTAssertEqual(try firstMatch(try XCTUnwrap(triple["end"]?.string), in: #"text""""#), #"""""#)
    let numbers = subpatterns(try repositoryRule(grammar, "number"))
    XCTAssertEqual(try firstMatch(numbers[0].match, in: "0.25..12.0"), "0.25")
    XCTAssertNil(try firstMatch(numbers[0].match, in: "1..5"), "a range of integers is not a decimal")
    let comment = try XCTUnwrap(try repositoryRule(grammar, "comment")["match"]?.string)
    XCTAssertEqual(try firstMatch(comment, in: "calculate x = 1 # why\nnext"), "# why")
    let tag = try XCTUnwrap(try repositoryRule(grammar, "language-tag")["match"]?.string)
    XCTAssertEqual(try firstMatch(tag, in: #"  sv-FI "Hej""#), "sv-FI")
    XCTAssertNil(try firstMatch(tag, in: #"end "Thank you""#), "end is a keyword, not a language tag")
  }

  func testTheVSCodeExtension() throws {
    let manifest = try json("editors/vscode/package.json")
    let contributes = try XCTUnwrap(manifest["contributes"])
    let language = try XCTUnwrap(contributes["languages"]?.array?.first)
    XCTAssertEqual(language["id"]?.string, "qdsl")
    XCTAssertEqual(language["extensions"], .array([.string(".qdsl")]))
    let configuration = try XCTUnwrap(language["configuration"]?.string)
    let languageConfiguration = try json("editors/vscode/" + configuration)
    XCTAssertEqual(languageConfiguration["comments"]?["lineComment"]?.string, "#")
    XCTAssertTrue((languageConfiguration["brackets"]?.array ?? []).contains(.array([.string("{"), .string("}")])))
    XCTAssertEqual(languageConfiguration["autoClosingPairs"]?.array?.count, 4)
    let grammar = try XCTUnwrap(contributes["grammars"]?.array?.first)
    XCTAssertEqual(grammar["scopeName"]?.string, "source.qdsl")
    let copy = try Data(contentsOf: root.appendingPathComponent("editors/vscode/" + (grammar["path"]?.string ?? "")))
    let original = try Data(contentsOf: root.appendingPathComponent("Grammar/qdsl.tmLanguage.json"))
    XCTAssertEqual(copy, original, "editors/vscode/syntaxes/qdsl.tmLanguage.json must be a copy of Grammar's")
    let settings = try XCTUnwrap(contributes["configuration"]?["properties"])
    XCTAssertEqual(settings["qdsl.path"]?["default"]?.string, "qdsl")
    let main = try XCTUnwrap(manifest["main"]?.string)
    let client = Fixtures.read(root.appendingPathComponent("editors/vscode/" + main))
    XCTAssertTrue(client.contains(#"get("path")"#) && client.contains(#"args: ["lsp"]"#), "the client starts qdsl lsp")
    XCTAssertNotNil(manifest["dependencies"]?["vscode-languageclient"])
  }

  func testTheNeovimAndEmacsSyntaxFilesNameEveryKeyword() {
    let vim = Fixtures.read(root.appendingPathComponent("editors/neovim/syntax/qdsl.vim"))
    let vimKeywords = Set(
      vim.split(separator: "\n").filter { $0.hasPrefix("syntax keyword ") }.flatMap {
        $0.split(separator: " ").dropFirst(3)
      }
      .map(String.init))
    let emacs = Fixtures.read(root.appendingPathComponent("editors/emacs/qdsl-mode.el"))
    for (word, _) in Keywords.all {
      XCTAssertTrue(vimKeywords.contains(word), "editors/neovim/syntax/qdsl.vim does not highlight \(word)")
      XCTAssertTrue(emacs.contains("\"\(word)\""), "editors/emacs/qdsl-mode.el does not highlight \(word)")
    }
    XCTAssertTrue(Fixtures.read(root.appendingPathComponent("editors/neovim/ftdetect/qdsl.vim")).contains("*.qdsl"))
    let lua = Fixtures.read(root.appendingPathComponent("editors/neovim/lua/qdsl.lua"))
    XCTAssertTrue(lua.contains("vim.lsp.start_client") && lua.contains("vim.lsp.start("), "both Neovim 0.7 and 0.8+")
    XCTAssertTrue(emacs.contains("eglot-server-programs") && emacs.contains("\\\\.qdsl\\\\'"))
  }

  func testTheHelixEntry() {
    let toml = Fixtures.read(root.appendingPathComponent("editors/helix/languages.toml"))
    for line in ["name = \"qdsl\"", "file-types = [\"qdsl\"]", "command = \"qdsl\"", "args = [\"lsp\"]"] {
      XCTAssertTrue(toml.contains(line), "editors/helix/languages.toml lacks \(line)")
    }
  }
}
