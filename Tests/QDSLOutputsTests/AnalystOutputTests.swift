// DDI, SPSS and Stata outputs: golden files for the examples, determinism, escaping of awkward labels, the
// packages' limits on label lengths and missing values, and (when xmllint is installed) DDI schema validation.

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import Testing

@Suite struct AnalystOutputTests {
  static let targets: [OutputTarget] = [.ddi, .spss, .stata]

  /// A survey whose texts hold every character that needs quoting somewhere: `<`, `&`, `"`, `'`, a newline,
  /// Stata's macro characters and compound quotes, and a label longer than SPSS and Stata allow.
  static let awkward = #"""
    survey awkward_labels
    version "1 & <2>"
    languages en fi

    title { en "Tags <b> & \"quotes\" aren't\nmarkup" fi "Otsikko" }

    choices answer {
      1 yes { en "Yes <really> & \"truly\"" fi "Kyllä" }
      2 no { en "Costs $HOME or `x' \\ path, `\"nested\"' end`" fi "Ei" }
      -1 dont_know { en "Don't know\nat all" fi "En tiedä" } missing
    }

    section first {
      title { en "Part <1> & \"2\"" fi "Osa 1" }
      question q1: one of answer {
        text { en "Is 1 < 2 & \"3\" > 2? It's\nobvious" fi "Onko 1 < 2?" }
      }
      if q1 == yes {
        question q2: text max 20 {
          text {
            en "\#(String(repeating: "Ä", count: 150))"
            fi "Pitkä"
          }
        }
      }
    }
    """#

  func render(_ source: String, _ target: OutputTarget, language: String? = nil) -> String {
    let checked = Checker.check(source: source)
    #expect(!checked.hasErrors, "\(checked.diagnostics)")
    return render(checked.survey, target, language: language)
  }

  func render(_ survey: Survey, _ target: OutputTarget, language: String? = nil) -> String {
    target.render(survey, codebook: Codebook(survey), language: language ?? survey.sourceLanguage ?? "en")
  }

  /// Every file of the DDI, SPSS and Stata targets (SPSS and Stata once per level of the data) of every example
  /// and codebook fixture, named as `qdsl compile` names them.
  @Test func testExamplesMatchGoldenFiles() {
    let root = Fixtures.packageRoot()
    for (stem, file) in GoldenInstruments.all(root) {
      func files(_ target: OutputTarget) -> [OutputFile] {
        let survey = Fixtures.checkInstrument(file).survey
        return target.renderFiles(
          survey, codebook: Codebook(survey, stem: stem), language: survey.sourceLanguage ?? "en")
      }
      for target in Self.targets {
        let rendered = files(target)
        #expect(rendered == files(target), "\(stem)\(target.fileSuffix) is not deterministic")
        for output in rendered {
          let text = String(decoding: output.bytes, as: UTF8.self)
          #expect(text.hasSuffix("\n"))
          let golden = root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(stem)\(output.suffix)")
          if let difference = Fixtures.compareGolden(text, golden) { Issue.record(Comment(rawValue: difference)) }
        }
      }
    }
  }

  @Test func testTargetsAreRegisteredInOrderWithTheirSuffixes() {
    let names = OutputTarget.defaults.map(\.rawValue)
    #expect(Array(names.suffix(3)) == ["ddi", "spss", "stata"])
    #expect(
      Array(OutputTarget.allCases.suffix(3)) == [.xform, .xlsform, .document],
      "the ODK forms and the printable questionnaire come after the defaults")
    #expect(Self.targets.map(\.fileSuffix) == [".ddi.xml", ".sps", ".do"])
  }

  @Test func testDDIEscapesMarkupQuotesAndNewlines() {
    let xml = render(Self.awkward, .ddi)
    #expect(xml.contains(#"<titl xml:lang="en">Tags &lt;b&gt; &amp; "quotes" aren't"# + "\nmarkup</titl>"))
    #expect(xml.contains("<version>1 &amp; &lt;2&gt;</version>"))
    #expect(xml.contains(#"<labl xml:lang="en">Yes &lt;really&gt; &amp; "truly"</labl>"#))
    #expect(xml.contains("<qstnLit xml:lang=\"en\">Is 1 &lt; 2 &amp; \"3\" &gt; 2? It's\nobvious</qstnLit>"))
    #expect(xml.contains("<txt>q1 == yes</txt>"))
    #expect(xml.contains(#"<catgry missing="Y">"#))
    #expect(!xml.contains("<b>"))
    #expect(!xml.contains("<really>"))
    #expect(xml.contains(#"<varGrp ID="section.first" type="section" var="q1 q2" name="first">"#))
  }

  @Test func testSPSSQuotesOneLanguageAndCutsLabelsAtCharacterBoundaries() {
    let sps = render(Self.awkward, .spss)
    #expect(sps.hasPrefix("* Encoding: UTF-8.\n"))
    #expect(sps.contains(#"VARIABLE LABELS q1 "Is 1 < 2 & ""3"" > 2? It's obvious""#))
    #expect(sps.contains(#"      1 "Yes <really> & ""truly"""#))
    #expect(sps.contains(#"      -1 "Don't know at all"."#))
    #expect(sps.contains("\nMISSING VALUES q1 (-1).\n"))
    // The 300-byte label is cut to 255 bytes, what PSPP keeps (127 two-byte letters: a 128th would be cut in two
    // by PSPP), continued over lines with `+`.
    let q2 = spssString(after: "  /q2 ", in: sps)
    #expect(q2 == String(repeating: "Ä", count: 127))
    for line in sps.split(separator: "\n") { #expect(line.utf8.count <= 256) }
    for (language, label) in [("fi", "Onko 1 < 2?"), ("en", "Is 1 < 2")] {
      #expect(render(Self.awkward, .spss, language: language).contains("VARIABLE LABELS q1 \"" + label))
    }
    // Commands end with a period.
    #expect(sps.contains("/q2 \"ÄÄ"))
    #expect(sps.hasSuffix("(-1).\n"))
  }

  /// PSPP (and SPSS in batch mode) takes a line that begins with `document`, `comment`, `title`, `begin data`
  /// or a command name for the start of a new command, even inside VALUE LABELS: so no line may begin with a
  /// variable name. Long name lists become several specifications, each on a line of its own.
  @Test func testSPSSNeverBeginsALineWithAName() {
    let words =
      ["document", "comment", "doc", "comm", "title", "subtitle", "begin", "data", "define", "file"]
      + ["label", "do", "repeat", "frequencies", "compute", "execute", "list", "save"]
    var source = "survey s\nlanguages en\nchoices yn { 1 yes \"Yes\" 2 no \"No\" -1 dk \"DK\" missing }\n"
    for (i, word) in words.enumerated() {
      source += "question \(word): one of yn { text \"Q\(i)?\" }\n"
    }
    source += "choices many { " + (1...30).map { "\($0) o\($0) \"O\($0)\"" }.joined(separator: " ") + " }\n"
    source += "question document_list_with_a_long_name: many of many { text \"Which?\" }\n"
    let sps = render(source, .spss)
    for line in sps.split(separator: "\n", omittingEmptySubsequences: true) {
      let text = line.drop { $0 == " " }
      let starts = ["*", "VARIABLE LABELS ", "VALUE LABELS ", "MISSING VALUES ", "/", "\"", "-"]
      #expect(
        starts.contains { text.hasPrefix($0) } || text.first?.isNumber == true, "a line begins with a name: \(line)")
      #expect(line.utf8.count <= 100, Comment(rawValue: String(line)))
    }
    // Every name is still labelled and declared, in specifications that begin on their own lines.
    #expect(
      sps.contains(
        "\nVALUE LABELS document comment doc comm title subtitle begin data define file label do repeat\n"
          + "      1 \"Yes\"\n      2 \"No\"\n      -1 \"DK\"\n  /frequencies compute execute list save\n"),
      Comment(rawValue: sps))
    #expect(
      sps.contains(
        "\nMISSING VALUES document comment doc comm title subtitle begin data define file label do repeat (-1)\n"
          + "  /frequencies compute execute list save (-1).\n"), Comment(rawValue: sps))
    #expect(
      sps.contains("  /document_list_with_a_long_name_29 document_list_with_a_long_name_30\n      0 \"not selected\""))
  }

  @Test func testTruncationNeverSplitsACharacterWithACombiningMark() {
    // "é" written as e + U+0301: three UTF-8 bytes, two Unicode scalars, one character.
    let source = """
      survey s
      languages en
      question q: integer { text "\(String(repeating: #"e\u{301}"#, count: 100))" }
      """
    let accented = "e\u{301}"
    #expect(
      spssString(after: "VARIABLE LABELS q ", in: render(source, .spss)) == String(repeating: accented, count: 85))
    #expect(render(source, .stata).contains("label variable q `\"" + String(repeating: accented, count: 40) + "\"'\n"))
  }

  @Test func testSPSSMissingValuesUseARangeOrSaySoWhenThereAreMoreThanThree() {
    func survey(_ options: String) -> String {
      """
      survey m
      languages en
      choices c { \(options) }
      question q: one of c { text "Q" }
      """
    }
    let range = render(
      survey(#"1 a "A" 2 b "B" -1 m1 "M1" missing -2 m2 "M2" missing -3 m3 "M3" missing -4 m4 "M4" missing"#), .spss)
    #expect(range.contains("MISSING VALUES q (-4 THRU -1).\n"), Comment(rawValue: range))
    let rangeAndOne = render(
      survey(#"1 a "A" 97 x "X" missing -1 m1 "M1" missing -2 m2 "M2" missing -3 m3 "M3" missing"#), .spss)
    #expect(rangeAndOne.contains("MISSING VALUES q (-3 THRU -1, 97).\n"), Comment(rawValue: rangeAndOne))
    let tooMany = render(
      survey(#"5 a "A" -9 m9 "M9" missing -1 m1 "M1" missing 97 x "X" missing 98 y "Y" missing"#), .spss)
    #expect(tooMany.contains("MISSING VALUES q (-9, -1, 97).\n"), Comment(rawValue: tooMany))
    #expect(tooMany.contains("* SPSS allows three missing values per variable: q also has the missing codes 98"))
  }

  @Test func testStataQuotesAnyCharacterAndMapsMissingCodes() {
    let stata = render(Self.awkward, .stata)
    #expect(stata.contains("\nversion 14\n"))
    #expect(stata.contains("label variable q1 `\"Is 1 < 2 & \"3\" > 2? It's obvious\"'\n"))
    #expect(stata.contains("  1 `\"Yes <really> & \"truly\"\"' ///\n"))
    // $ and ` are escaped against macro expansion, \ is doubled, compound quotes inside are made typographic.
    #expect(stata.contains(#"  2 `"Costs \$HOME or \`x' \\ path, ‘"nested"’ end‘"' ///"#), Comment(rawValue: stata))
    #expect(stata.contains("  .a `\"Don't know at all\"', replace\n"))
    #expect(stata.contains("replace q1 = .a if q1 == -1\n"))
    #expect(stata.contains("label values q1 q1\n"))
    // Variable labels are cut to 80 characters.
    #expect(stata.contains("label variable q2 `\"" + String(repeating: "Ä", count: 80) + "\"'\n"))
    #expect(render(Self.awkward, .stata, language: "fi").contains("label variable q1 `\"Onko 1 < 2?\"'\n"))
  }

  @Test func testStataNamesSharedValueLabels() {
    let source = """
      survey s
      languages en
      choices yn { 1 yes "Yes" 2 no "No" }
      question a: one of yn { text "A" }
      question b: many of yn { text "B" }
      question c: one of yn { text "C" }
      grid g: one of yn {
        text "G"
        rows { r1 "R1" r2 "R2" }
      }
      calculate both = a == yes and c == yes
      """
    let stata = render(source, .stata)
    #expect(stata.contains("label values a c g_r1 g_r2 a\n"), Comment(rawValue: stata))
    #expect(stata.contains("label define selected ///\n  0 `\"not selected\"' ///\n  1 `\"selected\"', replace\n"))
    #expect(stata.contains("label values b_1 b_2 selected\n"))
    #expect(stata.contains("label values both true_false\n"))
  }

  /// Validates every example's DDI and the awkward survey's DDI with xmllint against the DDI 2.5 schema kept in
  /// `Grammar/schemas`, when xmllint is installed (CI installs it and runs this check too).
  @Test func testDDIValidatesAgainstTheSchema() throws {
    let root = Fixtures.packageRoot()
    let schema = root.appendingPathComponent("Grammar/schemas/ddi-codebook-2.5/codebook.xsd")
    guard FileManager.default.fileExists(atPath: schema.path) else { try Test.cancel("no schema at \(schema.path)") }
    guard let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(where: FileManager.default.fileExists)
    else { try Test.cancel("xmllint is not installed") }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-ddi-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var surveys = [("awkward", Checker.check(source: Self.awkward).survey)]
    for (stem, file) in GoldenInstruments.all(root) {
      let checked = Fixtures.checkInstrument(file)
      #expect(!checked.hasErrors, "\(stem): \(checked.diagnostics)")
      surveys.append((stem, checked.survey))
    }
    for (stem, survey) in surveys {
      let file = dir.appendingPathComponent(stem + ".ddi.xml")
      try render(survey, .ddi).write(to: file, atomically: true, encoding: .utf8)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: xmllint)
      process.arguments = ["--noout", "--nonet", "--schema", schema.path, file.path]
      let errors = Pipe()
      process.standardError = errors
      try process.run()
      let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(stem).ddi.xml does not validate:\n\(output)")
    }
  }

  /// The text of the SPSS string that follows `prefix`: its `"…" +` pieces joined and doubled quotes undone.
  private func spssString(after prefix: String, in text: String) -> String? {
    guard let start = text.range(of: prefix)?.upperBound else { return nil }
    var result = ""
    var inString = false
    var i = start
    while i < text.endIndex {
      let c = text[i]
      let next = text.index(after: i)
      if inString {
        if c == "\"" {
          if next < text.endIndex, text[next] == "\"" {
            result.append("\"")
            i = text.index(after: next)
            continue
          }
          inString = false
        } else {
          result.append(c)
        }
      } else if c == "\"" {
        inString = true
      } else if c != " " && c != "+" && c != "\n" {
        break
      }
      i = next
    }
    return result
  }
}
