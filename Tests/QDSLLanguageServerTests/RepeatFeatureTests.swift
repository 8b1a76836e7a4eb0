// Repeats through the real `qdsl lsp`: completion per level (a repeat's names inside it, aggregates outside),
// definition and references across `for each`, `R.index`, pipes and aggregates, rename of a repeat, its outline
// symbol (an Array), its folding range and its semantic token type.

import Foundation
import Testing

/// A roster with a nested pair repeat (0-based lines, as in LSP).
let repeatSurvey = """
  survey hh
  languages en
  choices yes_no { 1 yes { en "Yes" } 2 no { en "No" } }
  question household_size: integer 1..20 required { text { en "How many?" } }
  repeat person count household_size {
    question name: text required { text { en "Name of person {person.index}?" } }
    question age: integer 0..120 required { text { en "Age of {name}?" } }
    repeat other for each person {
      if other.index <= person.index {
        question related: one of yes_no { text { en "Is {other.name} related to {name}?" } }
      }
    }
  }
  calculate children = count(person where age < 16)

  """

@Suite final class RepeatFeatureTests {
  deinit {
    if let c = client { #expect(c.shutdownAndExit() == 0) }
    client = nil
  }

  private var client: LSPClient?
  private var legend: [String] = []

  private func start() throws -> LSPClient {
    let c = try LSPClient()
    let initialized = c.initialize(encodings: ["utf-16"])
    let capabilities = (initialized["result"] as? [String: Any])?["capabilities"] as? [String: Any]
    let provider = capabilities?["semanticTokensProvider"] as? [String: Any]
    legend = (provider?["legend"] as? [String: Any])?["tokenTypes"] as? [String] ?? []
    c.open(repeatSurvey)
    #expect(c.diagnostics(version: 1)?.count == 0)
    client = c
    return c
  }

  private func labels(_ c: LSPClient, _ line: Int, _ character: Int) -> [String] {
    let r = c.result("textDocument/completion", c.at(line, character)) as? [String: Any]
    let items = r?["items"] as? [[String: Any]] ?? []
    return items.sorted {
      ($0["sortText"] as? String ?? $0["label"] as? String ?? "")
        < ($1["sortText"] as? String ?? $1["label"] as? String ?? "")
    }.compactMap { $0["label"] as? String }
  }

  @Test func testCompletionInsideARepeatAndInAnAggregate() throws {
    let c = try start()
    // `if |other.index` in the pair: both levels' names and indexes, never the pair's own later question.
    let inside = labels(c, 8, 7)
    #expect(Array(inside.prefix(5)) == ["age", "name", "household_size", "other.index", "person.index"])
    #expect(!inside.contains("related"))
    // After `count(` at the top: the repeats first (the nested one counts every pair of every person).
    #expect(Array(labels(c, 13, 27).prefix(3)) == ["other", "person", "household_size"])
    // After `where`: the repeat's names are read bare; outside every repeat they are not offered at all.
    #expect(labels(c, 13, 40).contains("age"))
    #expect(!labels(c, 13, 21).contains("age"))
    let person = (c.result("textDocument/completion", c.at(13, 27)) as? [String: Any])?["items"] as? [[String: Any]]
    #expect((person?.first { $0["label"] as? String == "person" }?["kind"] as? Int) == 22)
  }

  @Test func testDefinitionAndReferencesAcrossLevelsAndPipes() throws {
    let c = try start()
    // `name` in the pipe `{other.name}` is the person's question.
    let def = c.result("textDocument/definition", c.at(9, 63)) as? [String: Any]
    #expect((def?["range"] as? [String: Any]).map(rangeText) == "5:11-5:15")
    // `person` in the aggregate is the repeat.
    let repeatDef = c.result("textDocument/definition", c.at(13, 29)) as? [String: Any]
    #expect((repeatDef?["range"] as? [String: Any]).map(rangeText) == "4:7-4:13")
    let refs = c.result("textDocument/references", c.at(4, 8)) as? [[String: Any]]
    #expect(
      refs?.compactMap { ($0["range"] as? [String: Any]).map(rangeText) } == [
        "4:7-4:13", "5:60-5:66", "7:24-7:30", "8:22-8:28", "13:27-13:33",
      ])
  }

  @Test func testRenameARepeat() throws {
    let c = try start()
    let prep = c.result("textDocument/prepareRename", c.at(8, 24)) as? [String: Any]
    #expect((prep?["placeholder"] as? String) == "person")
    let edit = c.result("textDocument/rename", c.at(8, 24, ["newName": "member"])) as? [String: Any]
    let edits = (edit?["changes"] as? [String: Any])?[LSPClient.uri] as? [[String: Any]]
    #expect(
      edits?.compactMap { ($0["range"] as? [String: Any]).map(rangeText) }.sorted() == [
        "13:27-13:33", "4:7-4:13", "5:60-5:66", "7:24-7:30", "8:22-8:28",
      ])
    #expect(Set(edits?.compactMap { $0["newText"] as? String } ?? []) == ["member"])
    let refused = c.request("textDocument/rename", c.at(8, 24, ["newName": "age"]))
    #expect(((refused["error"] as? [String: Any])?["message"] as? String) == "a variable named 'age' already exists")
  }

  @Test func testOutlineFoldingAndTokens() throws {
    let c = try start()
    let symbols = c.result("textDocument/documentSymbol", ["textDocument": ["uri": LSPClient.uri]]) as? [[String: Any]]
    let person = symbols?.first { $0["name"] as? String == "person" }
    #expect((person?["kind"] as? Int) == 18, "a repeat is an Array")
    #expect((person?["detail"] as? String) == "count household_size")
    let children = person?["children"] as? [[String: Any]]
    #expect(children?.compactMap { $0["name"] as? String } == ["name", "age", "other"])
    let folds = c.result("textDocument/foldingRange", ["textDocument": ["uri": LSPClient.uri]]) as? [[String: Any]]
    let spans = folds?.compactMap { f in (f["startLine"] as? Int).map { "\($0)-\(f["endLine"] as? Int ?? -1)" } }
    #expect(spans?.contains("4-12") == true && spans?.contains("7-11") == true, "\(spans ?? [])")
    // The repeat's name is a `struct` token wherever it stands (declaration, for each, R.index, aggregate).
    let structType = try #require(legend.firstIndex(of: "struct"))
    let tokens =
      c.result("textDocument/semanticTokens/full", ["textDocument": ["uri": LSPClient.uri]]) as? [String: Any]
    let data = tokens?["data"] as? [Int] ?? []
    var line = 0
    var character = 0
    var structs: [String] = []
    for k in stride(from: 0, to: data.count, by: 5) {
      line += data[k]
      character = data[k] == 0 ? character + data[k + 1] : data[k + 1]
      if data[k + 3] == structType { structs.append("\(line):\(character)") }
    }
    #expect(structs == ["4:7", "5:60", "7:9", "7:24", "8:7", "8:22", "9:55", "13:27"])
    let hover = c.result("textDocument/hover", c.at(6, 12)) as? [String: Any]
    let markdown = (hover?["contents"] as? [String: Any])?["value"] as? String ?? ""
    #expect(markdown.contains("Asked: for each `person`"))
  }
}
