// The editor files: the TextMate grammar compiles and knows every keyword; the VS Code, Neovim, Emacs and Helix set-ups.

import Foundation
import QDSLSyntax
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct EditorFilesTests {
  private let root = Fixtures.packageRoot()

  private func json(_ path: String) throws -> JSONObject {
    let data = try Data(contentsOf: root.appendingPathComponent(path))
    return try #require(JSONReader.read([UInt8](data)).object, "\(path) is not a JSON object")
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
    let repository = try #require(grammar["repository"]?.object)
    return try #require(repository[name]?.object, "no repository rule \(name)")
  }

  private func subpatterns(_ rule: JSONObject) -> [(scope: String, match: String)] {
    (rule["patterns"]?.array ?? []).compactMap { p in
      guard let s = p["name"]?.string, let m = p["match"]?.string else { return nil }
      return (s, m)
    }
  }

  @Test func testTheTextMateGrammarIsValidJSONAndEveryRegularExpressionCompiles() throws {
    let grammar = try json("Grammar/qdsl.tmLanguage.json")
    #expect(grammar["scopeName"]?.string == "source.qdsl")
    var found: [(String, String)] = []
    patterns(.object(grammar), "grammar", into: &found)
    #expect(found.count > 30)
    for (path, pattern) in found {
      #expect(throws: Never.self, "\(path): \(pattern) does not compile", performing: { try regex(pattern) })
    }
    // Every include points at a repository rule.
    let repository = try #require(grammar["repository"]?.object)
    let text = try String(contentsOf: root.appendingPathComponent("Grammar/qdsl.tmLanguage.json"), encoding: .utf8)
    let includes = try NSRegularExpression(pattern: "\"include\": \"#([a-z-]+)\"")
    let ns = text as NSString
    for m in includes.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      let name = ns.substring(with: m.range(at: 1))
      #expect(repository[name] != nil, "include #\(name) has no rule")
    }
  }

  @Test func testEveryLexerKeywordIsAKeywordOfTheGrammar() throws {
    let grammar = try json("Grammar/qdsl.tmLanguage.json")
    let rules = subpatterns(try repositoryRule(grammar, "keywords"))
    #expect(!rules.isEmpty)
    for (word, _) in Keywords.all {
      let hits = try rules.filter { try firstMatch($0.match, in: " \(word) ") == word }
      #expect(hits.count == 1, "the keyword \(word) is highlighted by \(hits.count) keyword rules, not 1")
      // A longer name that starts with the keyword is a name.
      for rule in rules {
        #expect(try firstMatch(rule.match, in: "\(word)_x \(word)s") == nil, "\(rule.scope) matches inside a name")
      }
    }
  }

  @Test func testStringsNumbersAndCommentsGetTheirScopes() throws {
    let grammar = try json("Grammar/qdsl.tmLanguage.json")
    let content = Dictionary(
      subpatterns(try repositoryRule(grammar, "string-content")).map { ($0.scope, $0.match) },
      uniquingKeysWith: { a, _ in a })
    let escape = try #require(content["constant.character.escape.qdsl"])
    #expect(try firstMatch(escape, in: #"a \u{1F600} b"#) == #"\u{1F600}"#)
    #expect(try firstMatch(escape, in: #"say \"hi\""#) == #"\""#)
    #expect(try firstMatch(try #require(content["invalid.illegal.escape.qdsl"]), in: #"C:\q"#) == #"\q"#)
    let pipe = try #require(content["meta.interpolation.pipe.qdsl"])
    #expect(try firstMatch(pipe, in: "You chose {culture.risk}.") == "{culture.risk}")
    #expect(try firstMatch(pipe, in: "{ not a pipe }") == nil)
    let triple = try repositoryRule(grammar, "triple-string")
    #expect(try firstMatch(try #require(triple["end"]?.string), in: #"text""""#) == #"""""#)
    let numbers = subpatterns(try repositoryRule(grammar, "number"))
    #expect(try firstMatch(numbers[0].match, in: "0.25..12.0") == "0.25")
    #expect(try firstMatch(numbers[0].match, in: "1..5") == nil, "a range of integers is not a decimal")
    let comment = try #require(try repositoryRule(grammar, "comment")["match"]?.string)
    #expect(try firstMatch(comment, in: "calculate x = 1 # why\nnext") == "# why")
    let tag = try #require(try repositoryRule(grammar, "language-tag")["match"]?.string)
    #expect(try firstMatch(tag, in: #"  sv-FI "Hej""#) == "sv-FI")
    #expect(try firstMatch(tag, in: #"end "Thank you""#) == nil, "end is a keyword, not a language tag")
  }

  @Test func testDraftIsAKeywordOnlyInTheLanguagesLine() throws {
    let grammar = try json("Grammar/qdsl.tmLanguage.json")
    let line = subpatterns(try repositoryRule(grammar, "languages-line"))
    let draft = try #require(line.first { $0.scope == "keyword.other.draft.qdsl" })
    #expect(try firstMatch(draft.match, in: "fi sv draft nb") == "draft")
    #expect(try firstMatch(draft.match, in: "fi drafts draft-x") == nil, "a tag that starts with draft is a tag")
    // Elsewhere `draft` is a name: no rule outside the languages line highlights it.
    let keywords = subpatterns(try repositoryRule(grammar, "keywords"))
    #expect(try keywords.allSatisfy { try firstMatch($0.match, in: " draft ") == nil })
    let vim = Fixtures.read(root.appendingPathComponent("editors/neovim/syntax/qdsl.vim"))
    #expect(vim.contains(#"syntax match qdslModifier '\(^\s*languages\s.*\)\@<=\<draft\>'"#))
    let emacs = Fixtures.read(root.appendingPathComponent("editors/emacs/qdsl-mode.el"))
    #expect(emacs.contains(#"("^[ \t]*languages[ \t].*\\_<\\(draft\\)\\_>" 1 font-lock-preprocessor-face)"#))
  }

  @Test func testTheVSCodeExtension() throws {
    let manifest = try json("editors/vscode/package.json")
    let contributes = try #require(manifest["contributes"])
    let language = try #require(contributes["languages"]?.array?.first)
    #expect(language["id"]?.string == "qdsl")
    #expect(language["extensions"] == .array([.string(".qdsl")]))
    let configuration = try #require(language["configuration"]?.string)
    let languageConfiguration = try json("editors/vscode/" + configuration)
    #expect(languageConfiguration["comments"]?["lineComment"]?.string == "#")
    let brackets = languageConfiguration["brackets"]?.array ?? []
    #expect(brackets.contains(.array([.string("{"), .string("}")])))
    #expect(languageConfiguration["autoClosingPairs"]?.array?.count == 4)
    let grammar = try #require(contributes["grammars"]?.array?.first)
    #expect(grammar["scopeName"]?.string == "source.qdsl")
    let copy = try Data(contentsOf: root.appendingPathComponent("editors/vscode/" + (grammar["path"]?.string ?? "")))
    let original = try Data(contentsOf: root.appendingPathComponent("Grammar/qdsl.tmLanguage.json"))
    #expect(copy == original, "editors/vscode/syntaxes/qdsl.tmLanguage.json must be a copy of Grammar's")
    let settings = try #require(contributes["configuration"]?["properties"])
    #expect(settings["qdsl.path"]?["default"]?.string == "qdsl")
    let main = try #require(manifest["main"]?.string)
    let client = Fixtures.read(root.appendingPathComponent("editors/vscode/" + main))
    #expect(client.contains(#"get("path")"#) && client.contains(#"args: ["lsp"]"#), "the client starts qdsl lsp")
    #expect(manifest["dependencies"]?["vscode-languageclient"] != nil)
  }

  @Test func testTheNeovimAndEmacsSyntaxFilesNameEveryKeyword() {
    let vim = Fixtures.read(root.appendingPathComponent("editors/neovim/syntax/qdsl.vim"))
    let vimKeywords = Set(
      vim.split(separator: "\n").filter { $0.hasPrefix("syntax keyword ") }.flatMap {
        $0.split(separator: " ").dropFirst(3)
      }
      .map(String.init))
    let emacs = Fixtures.read(root.appendingPathComponent("editors/emacs/qdsl-mode.el"))
    // Vim reads the word after `contains` in a keyword list as its argument (E475): it must come last.
    for line in vim.split(separator: "\n") where line.hasPrefix("syntax keyword ") && line.contains(" contains") {
      #expect(line.hasSuffix(" contains"), "\(line): 'contains' must end the list")
    }
    for (word, _) in Keywords.all {
      #expect(vimKeywords.contains(word), "editors/neovim/syntax/qdsl.vim does not highlight \(word)")
      #expect(emacs.contains("\"\(word)\""), "editors/emacs/qdsl-mode.el does not highlight \(word)")
    }
    #expect(Fixtures.read(root.appendingPathComponent("editors/neovim/ftdetect/qdsl.vim")).contains("*.qdsl"))
    let lua = Fixtures.read(root.appendingPathComponent("editors/neovim/lua/qdsl.lua"))
    #expect(lua.contains("vim.lsp.start_client") && lua.contains("vim.lsp.start("), "both Neovim 0.7 and 0.8+")
    #expect(emacs.contains("eglot-server-programs") && emacs.contains("\\\\.qdsl\\\\'"))
  }

  @Test func testTheHelixEntry() {
    let toml = Fixtures.read(root.appendingPathComponent("editors/helix/languages.toml"))
    for line in ["name = \"qdsl\"", "file-types = [\"qdsl\"]", "command = \"qdsl\"", "args = [\"lsp\"]"] {
      #expect(toml.contains(line), "editors/helix/languages.toml lacks \(line)")
    }
  }
}
