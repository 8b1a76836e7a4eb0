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
import XCTest

final class PreviewPageTests: XCTestCase {
  let root = Fixtures.packageRoot()

  func testEmbeddedAssetsAreTheResourceFilesAndSafeInAPage() {
    let dir = root.appendingPathComponent("Sources/QDSLPreview/Resources")
    for (file, embedded) in [
      ("runtime.js", PreviewAssets.runtime), ("page.js", PreviewAssets.page), ("page.css", PreviewAssets.style),
    ] {
      let text = Fixtures.read(dir.appendingPathComponent(file))
      XCTAssertFalse(text.isEmpty, "Sources/QDSLPreview/Resources/\(file) is missing")
      XCTAssertEqual(embedded + "\n", text, "the binary embeds Resources/\(file) as it is, but its last line break")
      XCTAssertFalse(
        text.lowercased().contains("</script") || text.lowercased().contains("</style"),
        "\(file) must not contain a closing </script> or </style>: it is embedded in the page")
    }
  }

  func page(_ source: String, language: String? = nil, answers: String? = nil) throws -> (String, String) {
    let checked = Checker.check(source: source)
    XCTAssertFalse(checked.hasErrors, checked.diagnostics.map(\.message).joined(separator: "\n"))
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
    let start = try XCTUnwrap(html.range(of: open), "no script #\(id)")
    let end = try XCTUnwrap(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    return String(html[start.upperBound..<end.lowerBound])
  }

  func testEveryExamplePageIsSelfContainedAndHoldsItsForm() throws {
    for example in ["innovation-barometer", "library-user-survey", "staff-wellbeing-pulse"] {
      let source = Fixtures.read(root.appendingPathComponent("Examples/\(example).qdsl"))
      let (html, json) = try page(source)
      XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\""), example)
      XCTAssertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
      for attribute in ["src", "href", "action", "srcset", "poster", "data"] {
        XCTAssertEqual(attributeValues(html, attribute), [], "\(example): a \(attribute) attribute")
      }
      XCTAssertFalse(html.contains("<link"), example)
      XCTAssertFalse(html.contains("url("), "\(example): the CSS loads nothing")
      XCTAssertFalse(html.contains("import("), example)
      XCTAssertEqual(html.components(separatedBy: "</script>").count - 1, 4, "\(example): four script elements")
      // The embedded form is the form JSON, byte for byte but for `<`.
      let embedded = try scriptContent(html, id: "qdsl-form")
      XCTAssertEqual(embedded.replacingOccurrences(of: "\\u003c", with: "<"), json, example)
      XCTAssertEqual(try JSONReader.read(embedded), try JSONReader.read(json), example)
      XCTAssertTrue(html.contains(PreviewAssets.runtime) && html.contains(PreviewAssets.page), example)
    }
  }

  func testTextThatLooksLikeMarkupCannotBreakOutOfThePage() throws {
    let source = """
      survey s
      languages en
      title "A <b>bold</b> & </script> title"
      question q: text { text "Type </script><script>alert(1)</script> here" }
      """
    let (html, _) = try page(source, answers: #"{"q": "</script>"}"#)
    XCTAssertEqual(html.components(separatedBy: "</script>").count - 1, 4)
    XCTAssertFalse(html.contains("<script>alert"))
    let start = try scriptContent(html, id: "qdsl-start")
    XCTAssertTrue(start.hasPrefix(#"{"language": "en", "answers": {"q": "\u003c/script>"}, "words": {"#))
    XCTAssertEqual(try JSONReader.read(start)["answers"]?["q"], .string("</script>"))
  }

  /// The node harness of CI, run here too when node is installed (CI installs it and runs the harness itself).
  func testTheJavaScriptRuntimeAgreesWithTheScenariosUnderNode() throws {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    guard let node = paths.map({ "\($0)/node" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else { throw XCTSkip("node is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: node)
    process.arguments = [root.appendingPathComponent("Tests/preview-js/run-scenarios.mjs").path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, text)
    XCTAssertTrue(text.contains("all agree"), text)
  }

  /// The same table is in Tests/preview-js/run-scenarios.mjs, so both runtimes pipe numbers alike.
  func testNumbersPipeAsTheRuntimeFormatsThem() {
    let table: [(Double, String)] = [
      (12, "12"), (-0.5, "-0.5"), (38.25, "38.25"), (0, "0"), (1e-5, "1e-05"), (0.0001, "0.0001"),
      (0.00012345, "0.00012345"), (1.5e15, "1500000000000000.0"), (1e15 + 0.5, "1000000000000000.5"),
      (1.5e16, "1.5e+16"), (2.5e17, "2.5e+17"), (9_007_199_254_740_992, "9007199254740992.0"), (1e16, "1e+16"),
      (123456.789, "123456.789"), (-0.5e-7, "-5e-08"), (1e300, "1e+300"), (.leastNonzeroMagnitude, "5e-324"),
      (0.1 + 0.2, "0.30000000000000004"),
    ]
    for (x, text) in table { XCTAssertEqual(FormValue.format(x), text, "\(x)") }
  }

  /// The words a respondent reads are the page's own words (QDSLWords) in every language of the form, with English
  /// for a language without them; the page opens with those of its starting language.
  func testThePageHoldsItsWordsInEveryLanguageOfTheForm() throws {
    let source = """
      survey s
      languages FI sv-FI smn
      question q: integer 1900..2010 { text { FI "Vuosi?" sv-FI "År?" smn "Ihe?" } }
      """
    let (html, _) = try page(source, language: "sv-FI")
    XCTAssertTrue(html.contains(#"<label for="lang" id="lang-label">Språk</label>"#), "the menu's label in Swedish")
    XCTAssertTrue(html.contains(#"<button type="button" id="finish">Slutför</button>"#))
    XCTAssertFalse(html.contains(">Finish<") || html.contains(">Language<"))
    let start = try scriptContent(html, id: "qdsl-start")
    let parsed = try JSONReader.read(start)
    let words = try XCTUnwrap(parsed["words"]?.object)
    XCTAssertEqual(Set(words.keys), ["FI", "sv-FI", "smn"])
    XCTAssertEqual(words["FI"]?["numberFromTo"]?.string, "Anna luku väliltä {min}–{max}.")
    XCTAssertEqual(words["sv-FI"]?["answerRequired"]?.string, "Ett svar krävs.")
    XCTAssertEqual(
      words["smn"]?["answerRequired"]?.string, "An answer is required.", "English for a language without words")
    XCTAssertEqual(words["FI"]?.object?.count, Words.page(for: "en").named.count, "every word")
    let names = try XCTUnwrap(parsed["languageNames"]?.object)
    XCTAssertEqual(
      names, ["FI": .string("Suomi"), "sv-FI": .string("Svenska (Finland)"), "smn": .string("Anarâškielâ")])
    // Every word the page script asks for is in the table.
    let asked = Set(
      PreviewAssets.page.components(separatedBy: "word(\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
    XCTAssertFalse(asked.isEmpty)
    let finnish = Set(words["FI"]?.object?.keys ?? [])
    XCTAssertTrue(asked.isSubset(of: finnish), "\(asked.subtracting(finnish))")
  }

  /// Texts keep their paragraph breaks wherever the page shows them.
  func testThePageStyleKeepsTheLineBreaksOfTexts() {
    let rule = PreviewAssets.style.components(separatedBy: "\n").drop { !$0.contains(".qtext, .hint, .note p") }
    let selectors = rule.prefix(2).joined()
    XCTAssertTrue(selectors.contains("white-space: pre-line"), selectors)
    for selector in ["#survey-title", ".section h2", ".qtext", ".hint", ".note p", ".option span", "table.grid th"] {
      XCTAssertTrue(selectors.contains(selector), selector)
    }
  }

  func testTheStartingLanguageIsThePagesLanguage() throws {
    let source = Fixtures.read(root.appendingPathComponent("Examples/innovation-barometer.qdsl"))
    let (html, _) = try page(source, language: "sv")
    XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
    XCTAssertTrue(try scriptContent(html, id: "qdsl-start").hasPrefix(#"{"language": "sv""#))
  }
}
