// The `qdsl preview` page: its embedded assets are Sources/QDSLPreview/Resources/, and the page of every example is
// self-contained (no external URLs, no <link>, nothing that could end a <script> early) and holds the form JSON.

import Foundation
import QDSLFormRuntime
import QDSLOutputs
import QDSLPreview
import QDSLSemantics
import QDSLTestSupport
import QDSLText
import QDSLWords
import Testing

@Suite struct PreviewPageTests {
  let root = Fixtures.packageRoot()

  @Test func testEmbeddedAssetsAreTheResourceFilesAndSafeInAPage() {
    let dir = root.appendingPathComponent("Sources/QDSLPreview/Resources")
    for (file, embedded) in [
      ("runtime.js", PreviewAssets.runtime), ("page.js", PreviewAssets.page), ("page.css", PreviewAssets.style),
    ] {
      let text = Fixtures.read(dir.appendingPathComponent(file))
      #expect(!text.isEmpty, "Sources/QDSLPreview/Resources/\(file) is missing")
      #expect(embedded + "\n" == text, "the binary embeds Resources/\(file) as it is, but its last line break")
      #expect(
        !(text.lowercased().contains("</script") || text.lowercased().contains("</style")),
        "\(file) must not contain a closing </script> or </style>: it is embedded in the page")
    }
  }

  func page(_ source: String, language: String? = nil, answers: String? = nil) throws -> (String, String) {
    try page(Checker.check(source: source), language: language, answers: answers)
  }

  /// The page of an example, its modules included.
  func page(example: String, language: String? = nil) throws -> (String, String) {
    let checked = Fixtures.checkExample(example, root)
    #expect(!checked.hasErrors, Comment(rawValue: checked.diagnostics.map(\.message).joined(separator: "\n")))
    return try page(checked.checked, language: language, answers: nil)
  }

  func page(_ checked: CheckedFile, language: String?, answers: String?) throws -> (String, String) {
    #expect(!checked.hasErrors, Comment(rawValue: checked.diagnostics.map(\.message).joined(separator: "\n")))
    let json = FormDocument.render(checked.survey)
    let html = PreviewPage.render(
      formJSON: json, title: checked.survey.id ?? "survey", language: language ?? checked.survey.sourceLanguage ?? "en",
      languages: checked.survey.languages, answersJSON: answers)
    return (html, json)
  }

  /// Every `attribute="value"` value of the page.
  func attributeValues(_ html: String, _ attribute: String) -> [String] {
    html.components(separatedBy: " \(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
  }

  func scriptContent(_ html: String, id: String) throws -> String {
    let open = "<script type=\"application/json\" id=\"\(id)\">\n"
    let start = try #require(html.range(of: open), "no script #\(id)")
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    return String(html[start.upperBound..<end.lowerBound])
  }

  @Test func testEveryExamplePageIsSelfContainedAndHoldsItsForm() throws {
    let examples = Fixtures.exampleNames()
    #expect(examples.count >= 4)
    for example in examples {
      let (html, json) = try page(example: example)
      #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\""), Comment(rawValue: example))
      #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
      for attribute in ["src", "href", "action", "srcset", "poster", "data"] {
        #expect(attributeValues(html, attribute) == [], "\(example): a \(attribute) attribute")
      }
      #expect(!html.contains("<link"), Comment(rawValue: example))
      #expect(!(html.contains("url(")), "\(example): the CSS loads nothing")
      #expect(!(html.contains("import(")), Comment(rawValue: example))
      #expect(html.components(separatedBy: "</script>").count - 1 == 4, "\(example): four script elements")
      // The embedded form is the form JSON, byte for byte but for `<`.
      let embedded = try scriptContent(html, id: "qdsl-form")
      #expect(embedded.replacingOccurrences(of: "\\u003c", with: "<") == json, Comment(rawValue: example))
      #expect(try JSONReader.read(embedded) == JSONReader.read(json), Comment(rawValue: example))
      #expect(html.contains(PreviewAssets.runtime) && html.contains(PreviewAssets.page), Comment(rawValue: example))
    }
  }

  @Test func testTextThatLooksLikeMarkupCannotBreakOutOfThePage() throws {
    let source = """
      survey s
      languages en
      title "A <b>bold</b> & </script> title"
      question q: text { text "Type </script><script>alert(1)</script> here" }
      """
    let (html, _) = try page(source, answers: #"{"q": "</script>"}"#)
    #expect(html.components(separatedBy: "</script>").count - 1 == 4)
    #expect(!html.contains("<script>alert"))
    let start = try scriptContent(html, id: "qdsl-start")
    #expect(start.hasPrefix(#"{"language": "en", "answers": {"q": "\u003c/script>"}, "words": {"#))
    #expect(try JSONReader.read(start)["answers"]?["q"] == .string("</script>"))
  }

  /// The node harness of CI, run here too when node is installed (CI installs it and runs the harness itself).
  @Test func testTheJavaScriptRuntimeAgreesWithTheScenariosUnderNode() throws {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    guard let node = paths.map({ "\($0)/node" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else { try Test.cancel("node is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: node)
    process.arguments = [root.appendingPathComponent("Tests/preview-js/run-scenarios.mjs").path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, Comment(rawValue: text))
    #expect(text.contains("all agree"), Comment(rawValue: text))
  }

  /// The same table is in Tests/preview-js/run-scenarios.mjs, so both runtimes pipe numbers alike.
  @Test func testNumbersPipeAsTheRuntimeFormatsThem() {
    let table: [(Double, String)] = [
      (12, "12"), (-0.5, "-0.5"), (38.25, "38.25"), (0, "0"), (1e-5, "1e-05"), (0.0001, "0.0001"),
      (0.00012345, "0.00012345"), (1.5e15, "1500000000000000.0"), (1e15 + 0.5, "1000000000000000.5"),
      (1.5e16, "1.5e+16"), (2.5e17, "2.5e+17"), (9_007_199_254_740_992, "9007199254740992.0"), (1e16, "1e+16"),
      (123456.789, "123456.789"), (-0.5e-7, "-5e-08"), (1e300, "1e+300"), (.leastNonzeroMagnitude, "5e-324"),
      (0.1 + 0.2, "0.30000000000000004"),
    ]
    for (x, text) in table { #expect(FormValue.format(x) == text, "\(x)") }
  }

  /// The words a respondent reads are the page's own words (QDSLWords) in every language of the form, with English
  /// for a language without them; the page opens with those of its starting language.
  @Test func testThePageHoldsItsWordsInEveryLanguageOfTheForm() throws {
    let source = """
      survey s
      languages FI sv-FI smn
      question q: integer 1900..2010 { text { FI "Vuosi?" sv-FI "År?" smn "Ihe?" } }
      """
    let (html, _) = try page(source, language: "sv-FI")
    #expect(html.contains(#"<label for="lang" id="lang-label">Språk</label>"#), "the menu's label in Swedish")
    #expect(html.contains(#"<button type="button" id="finish">Slutför</button>"#))
    #expect(!(html.contains(">Finish<") || html.contains(">Language<")))
    let start = try scriptContent(html, id: "qdsl-start")
    let parsed = try JSONReader.read(start)
    let words = try #require(parsed["words"]?.object)
    #expect(Set(words.keys) == ["FI", "sv-FI", "smn"])
    #expect(words["FI"]?["numberFromTo"]?.string == "Anna luku väliltä {min}–{max}.")
    #expect(words["sv-FI"]?["answerRequired"]?.string == "Ett svar krävs.")
    #expect(words["smn"]?["answerRequired"]?.string == "An answer is required.", "English for a language without words")
    #expect(words["FI"]?.object?.count == Words.page(for: "en").named.count, "every word")
    let names = try #require(parsed["languageNames"]?.object)
    #expect(names == ["FI": .string("Suomi"), "sv-FI": .string("Svenska (Finland)"), "smn": .string("Anarâškielâ")])
    // Every word the page script asks for is in the table.
    let asked = Set(
      PreviewAssets.page.components(separatedBy: "word(\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
    #expect(!asked.isEmpty)
    let finnish = Set(words["FI"]?.object?.keys ?? [])
    #expect(asked.isSubset(of: finnish), "\(asked.subtracting(finnish))")
  }

  /// Texts keep their paragraph breaks wherever the page shows them.
  @Test func testThePageStyleKeepsTheLineBreaksOfTexts() {
    let rule = PreviewAssets.style.components(separatedBy: "\n").drop { !$0.contains(".qtext, .hint, .note p") }
    let selectors = rule.prefix(2).joined()
    #expect(selectors.contains("white-space: pre-line"), Comment(rawValue: selectors))
    for selector in ["#survey-title", ".section h2", ".qtext", ".hint", ".note p", ".option span", "table.grid th"] {
      #expect(selectors.contains(selector), Comment(rawValue: selector))
    }
  }

  @Test func testTheStartingLanguageIsThePagesLanguage() throws {
    let (html, _) = try page(example: "innovation-barometer", language: "sv")
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
    #expect(try scriptContent(html, id: "qdsl-start").hasPrefix(#"{"language": "sv""#))
  }
}
