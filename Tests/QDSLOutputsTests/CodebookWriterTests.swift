// The Markdown, HTML and CSV codebooks: golden files for every example, determinism, and the escaping and quoting
// of awkward user text (RFC 4180 quoting read back, `<script>` in HTML, `|` in Markdown tables).

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import Testing

@Suite struct CodebookWriterTests {
  static let codebookTargets: [OutputTarget] = [.codebookMarkdown, .codebookHTML, .codebookCSV]

  @Test func testExamplesMatchGoldenCodebooks() {
    let root = Fixtures.packageRoot()
    let instruments = GoldenInstruments.all(root)
    #expect(instruments.count > GoldenInstruments.examples(root).count)
    for (stem, file) in instruments {
      let survey = Fixtures.checkInstrument(file).survey
      let language = survey.sourceLanguage ?? "en"
      for target in Self.codebookTargets {
        let text = target.render(survey, codebook: Codebook(survey, stem: stem), language: language)
        let again = Fixtures.checkInstrument(file).survey
        #expect(
          text == target.render(again, codebook: Codebook(again, stem: stem), language: language), "deterministic")
        let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(stem)\(target.fileSuffix)")
        if let difference = Fixtures.compareGolden(text, golden) { Issue.record(Comment(rawValue: difference)) }
      }
    }
  }

  @Test func testTargetsAndSuffixes() {
    #expect(OutputTarget(rawValue: "codebook-md") == .codebookMarkdown)
    #expect(OutputTarget(rawValue: "codebook-html") == .codebookHTML)
    #expect(OutputTarget(rawValue: "codebook-csv") == .codebookCSV)
    #expect(Self.codebookTargets.map(\.fileSuffix) == [".codebook.md", ".codebook.html", ".codebook.csv"])
  }

  /// Language tags are case-insensitive: `languages FI SV` gets the Finnish and Swedish words of the codebook in
  /// every part (headings, universes in words, the labels of the values qdsl makes), as `fi sv` does.
  @Test func testUpperCaseLanguageTagsGetTheirLanguagesWords() {
    let source = """
      survey upper
      languages FI SV fi-FI
      choices yn { 1 yes { FI "Kyllä" SV "Ja" fi-FI "Kyllä" } 2 no { FI "Ei" SV "Nej" fi-FI "Ei" } }
      question a: one of yn required { text { FI "Onko?" SV "Är det?" fi-FI "Onko?" } }
      question b: one of yn required { text { FI "Entä?" SV "Och?" fi-FI "Entä?" } }
      if a == yes and not b == no {
        question c: many of yn { text { FI "Mitkä?" SV "Vilka?" fi-FI "Mitkä?" } }
      }
      """
    let checked = Checker.check(source: source)
    #expect(!checked.hasErrors, "\(checked.diagnostics.map(\.message))")
    let codebook = Codebook(checked.survey)
    for (language, words) in [
      ("FI", ["# Koodikirja", "Kysytään, jos: a = Kyllä (1) ja ei b = Ei (2)", "| 1 | `selected` | valittu |"]),
      (
        "fi-FI",
        ["# Koodikirja", "Kysytään, jos: a = Kyllä (1) ja ei b = Ei (2)", "| 0 | `not_selected` | ei valittu |"]
      ),
      ("SV", ["# Kodbok", "Frågas när: a = Ja (1) och inte b = Nej (2)", "| 1 | `selected` | vald |"]),
    ] {
      let markdown = OutputTarget.codebookMarkdown.render(checked.survey, codebook: codebook, language: language)
      for word in words { #expect(markdown.contains(word), "\(language): \(word)\n\(markdown)") }
      #expect(!(markdown.contains("(1) and not b = ")), "\(language): English words in a \(language) codebook")
    }
  }

  // MARK: CSV

  @Test func testCSVQuotesAWkwardTextAndParsesBack() throws {
    let codebook = try awkwardCodebook()
    let csv = CodebookCSV.render(codebook)
    #expect(!csv.hasPrefix("\u{FEFF}"), "no byte order mark")
    #expect(csv.hasSuffix("\r\n"))
    #expect(csv.contains("\"Say \"\"yes\"\", or\nnot\""), "quoted, quotes doubled, newline kept")

    let rows = Self.parseCSV(csv)
    let header = try #require(rows.first)
    #expect(header == CodebookCSV.columns(codebook))
    #expect(
      Array(header.prefix(14)) == [
        "variable", "level", "section", "type", "storage", "required", "min", "max", "max_length", "universe",
        "formula", "value_code", "value_name", "value_missing",
      ])
    #expect(
      Array(header.dropFirst(14)) == [
        "label_en", "question_en", "value_label_en", "label_fi", "question_fi", "value_label_fi",
      ])
    for row in rows { #expect(row.count == header.count) }
    let records = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }

    let choice = records.filter { $0["variable"] == "pick" }
    #expect(choice.map { $0["value_code"] } == ["1", "2", "-1"])
    #expect(choice.first?["value_label_en"] == "Say \"yes\", or\nnot")
    #expect(choice.first?["question_en"] == "Pick, \"one\" | two")
    #expect(choice.last?["value_missing"] == "true")
    #expect(choice.first?["value_missing"] == "false")
    #expect(choice.first?["required"] == "true")

    let count = try #require(records.first { $0["variable"] == "amount" })
    #expect(records.filter { $0["variable"] == "amount" }.count == 1, "no values: one row")
    #expect(count["value_code"] == "")
    #expect(count["value_name"] == "")
    #expect(count["value_missing"] == "")
    #expect(count["min"] == "0")
    #expect(count["max"] == "10")
    #expect(count["universe"] == "pick == yes")
    #expect(count["section"] == "main")
    #expect(records.first { $0["variable"] == "total" }?["formula"] == "amount * 2")
  }

  @Test func testCSVQuotingFollowsRFC4180() {
    #expect(CodebookCSV.quoted("plain text") == "plain text")
    #expect(CodebookCSV.quoted("a,b") == "\"a,b\"")
    #expect(CodebookCSV.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CodebookCSV.quoted("line\r\nbreak") == "\"line\r\nbreak\"")
    #expect(CodebookCSV.quoted("cr\ronly") == "\"cr\ronly\"")
    #expect(CodebookCSV.quoted("") == "")
  }

  // MARK: HTML

  @Test func testHTMLEscapesUserTextAndIsSelfContained() throws {
    let codebook = try awkwardCodebook()
    let html = CodebookHTML.render(codebook, language: "en")
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(!html.contains("<script"), "user text cannot open a tag")
    #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
    #expect(html.contains("Say &quot;yes&quot;, or<br>not"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("src="))
    #expect(!html.contains("http://"))
    #expect(!html.contains("https://"))
    for tag in ["<header>", "<nav ", "<main>", "<section ", "<th scope=\"col\"", "<th scope=\"row\"", "@media print"] {
      #expect(html.contains(tag), Comment(rawValue: tag))
    }
    #expect(html.contains("href=\"#var-pick\""))
    #expect(html.contains("id=\"var-pick\""))
    #expect(html.contains("<li lang=\"fi\">"), "other languages carry their lang")

    let finnish = CodebookHTML.render(codebook, language: "fi")
    #expect(finnish.hasPrefix("<!DOCTYPE html>\n<html lang=\"fi\">"))
    #expect(finnish.contains("Valitse"))
    #expect(finnish.contains("Kysytään, jos:"))
  }

  @Test func testHTMLEscape() {
    #expect(CodebookHTML.escape("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
  }

  // MARK: Markdown

  @Test func testMarkdownEscapesPipesAndMarkup() throws {
    let codebook = try awkwardCodebook()
    let markdown = CodebookMarkdown.render(codebook, language: "en")
    #expect(markdown.contains("Pick, \"one\" \\| two"))
    #expect(markdown.contains("| 2 | `no` | \\<script>alert(\"x\")\\</script> |  |"))
    // The only unescaped `<` are the writer's own anchors and line breaks.
    let ownTags = markdown.replacingOccurrences(of: "\\<", with: "").replacingOccurrences(of: "<br>", with: "")
      .replacingOccurrences(of: "<a id=", with: "").replacingOccurrences(of: "</a>", with: "")
    #expect(!ownTags.contains("<"))
    #expect(markdown.contains("- **Universe:** Asked if: pick = Say \"yes\", or<br>not (1)"))
    #expect(markdown.contains("  - qdsl expression: `pick == yes`"))
    #expect(markdown.contains("- **Universe:** Asked of everyone"))
    #expect(markdown.contains("- **Formula:** `amount * 2`"))
    // Every row of a values table has exactly five unescaped pipes, whatever the labels hold.
    let tableRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") || $0.hasPrefix("|---") }
    #expect(!tableRows.isEmpty)
    for row in tableRows { #expect(Self.unescapedPipes(String(row)) == 5, Comment(rawValue: String(row))) }
    #expect(markdown.contains("| -1 | `pipe_code` | A \\| B \\| C | yes |"))
  }

  @Test func testMarkdownEscapeAndCodeSpan() {
    #expect(
      CodebookMarkdown.escape("a|b *c* _d_ [e](f) <g> `h` & $i")
        == "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g> \\`h\\` \\& \\$i")
    #expect(CodebookMarkdown.escape("one\ntwo") == "one<br>two")
    #expect(CodebookMarkdown.codeSpan("a == b") == "`a == b`")
    #expect(CodebookMarkdown.codeSpan("x == \"`\"") == "``x == \"`\"``")
    #expect(CodebookMarkdown.codeSpan("`") == "`` ` ``")
  }

  // MARK: Helpers

  /// A survey whose texts hold quotes, commas, newlines, pipes and markup, in two languages.
  func awkwardCodebook() throws -> Codebook {
    let source = #"""
      survey awkward
      version "1 | 2"
      languages en fi
      title { en "Awkward <b>texts</b>" fi "Hankalat tekstit" }

      choices yn {
        1 yes { en "Say \"yes\", or\nnot" fi "Kyllä" }
        2 no { en "<script>alert(\"x\")</script>" fi "Ei" }
        -1 pipe_code { en "A | B | C" fi "A | B" } missing
      }

      section main {
        title { en "Main" fi "Pää" }
        question pick: one of yn required {
          text { en "Pick, \"one\" | two" fi "Valitse" }
        }
        if pick == yes {
          question amount: integer 0..10 {
            text { en "How many?" fi "Kuinka monta?" }
          }
          calculate total = amount * 2
        }
      }
      """#
    let checked = Checker.check(source: source)
    #expect(!checked.hasErrors, "\(checked.diagnostics.map(\.message))")
    return Codebook(checked.survey)
  }

  static func unescapedPipes(_ line: String) -> Int {
    var count = 0
    var escaped = false
    for ch in line {
      if escaped {
        escaped = false
      } else if ch == "\\" {
        escaped = true
      } else if ch == "|" {
        count += 1
      }
    }
    return count
  }

  /// Reads CSV the way Python's `csv` module does by default: fields in double quotes may hold commas, doubled
  /// quotes and line breaks; records end with CRLF.
  static func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var scalars = Array(text.unicodeScalars)[...]
    while let c = scalars.popFirst() {
      if inQuotes {
        if c == "\"" {
          if scalars.first == "\"" {
            field.unicodeScalars.append("\"")
            scalars = scalars.dropFirst()
          } else {
            inQuotes = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" && field.isEmpty {
        inQuotes = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\r" && scalars.first == "\n" {
        scalars = scalars.dropFirst()
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.unicodeScalars.append(c)
      }
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}
