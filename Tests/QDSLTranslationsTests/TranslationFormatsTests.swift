// XLIFF 2.0, PO and CSV: what is written reads back the same (awkward characters, braces, pipes, line breaks,
// control characters), placeholders survive, stale units are marked, and malformed files give located problems,
// never a crash (every truncation of a real export).

import Foundation
import QDSLSyntax
import QDSLTestSupport
import QDSLText
import QDSLTranslations
import Testing

@Suite struct TranslationFormatsTests {
  static let awkward: [UnitText] = [
    UnitText([.text("Plain")]),
    UnitText([.text("Quotes \" and 'single', a backslash \\ and <tags> & ampersands")]),
    UnitText([.text("Braces { not a pipe } and "), .pipe("staff"), .text(" then "), .pipe("grid.row")]),
    UnitText([.pipe("a"), .pipe("a")]),
    UnitText([.text("Line one\nLine two\n\n  indented\ttab\n")]),
    UnitText([.text("Control \u{01} and \u{7F} and CR \r here")]),
    UnitText([.text("Unicode: Kyllä · 日本語 · 🙂")]),
    UnitText([.text(" leading and trailing ")]),
  ]

  static func document() -> TranslationDocument {
    var units: [ExportedUnit] = []
    for (k, t) in awkward.enumerated() {
      var u = ExportedUnit(
        id: "question.q\(k).text", note: "question text of question 'q\(k)' with \"quotes\" & <more>",
        location: "main file.qdsl:\(k + 1)", source: t, target: k % 2 == 0 ? t : nil)
      if k == 2 {
        u.needsReview = true
        u.previousSource = UnitText([.text("Old { text ")])
      }
      units.append(u)
    }
    return TranslationDocument(
      instrument: "awkward", version: "1 \"beta\"", original: "main file.qdsl", sourceLanguage: "en",
      targetLanguage: "fi", units: units)
  }

  @Test(arguments: TranslationFormat.allCases) func writtenUnitsReadBack(_ format: TranslationFormat) throws {
    let doc = Self.document()
    let written = doc.render(format)
    let read = try TranslationReader.read(Array(written.utf8), format: format).get()
    #expect(read.targetLanguage == "fi")
    #expect(read.sourceLanguage == "en")
    #expect(read.units.map(\.id) == doc.units.map(\.id))
    for (r, u) in zip(read.units, doc.units) {
      #expect(r.problem == nil, "\(format) \(u.id): \(r.problem ?? "")")
      #expect(r.source == u.source, "\(format) \(u.id)")
      // PO skips fuzzy (stale) entries, as gettext does.
      let expected = format == .po && u.needsReview ? nil : u.target
      #expect(r.target == expected, "\(format) \(u.id)")
    }
  }

  @Test func xliffShowsPipesAsPlaceholdersAndMarksStaleUnits() {
    let x = Self.document().render(.xliff)
    #expect(x.contains("<data id=\"d1\">{staff}</data>"))
    #expect(x.contains("<ph id=\"1\" dataRef=\"d1\" disp=\"{staff}\"/>"))
    #expect(x.contains("<segment state=\"initial\" subState=\"qdsl:stale\">"))
    #expect(x.contains("<cp hex=\"0001\"/>"))
    #expect(x.contains("<cp hex=\"000D\"/>"))
  }

  @Test func poFlagsBraceFormatAndFuzzy() {
    let p = Self.document().render(.po)
    #expect(p.contains("#, fuzzy, python-brace-format\n#| msgctxt \"question.q2.text\"\n#| msgid \"Old {{ text \"\n"))
    #expect(p.contains("msgctxt \"question.q1.text\"\nmsgid \"Quotes \\\" and 'single', a backslash \\\\ and"))
  }

  /// A CAT tool that keeps only a placeholder's id still gives its pipe back; markers are read through.
  @Test func xliffPlaceholdersByIdAndMarkers() throws {
    let x = """
      <?xml version="1.0"?>
      <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fi">
       <file id="f"><group id="g"><unit id="u">
        <segment><source>Hi <ph id="1" disp="{name}"/>!</source>
        <target><mrk id="m" type="term">Hei</mrk> <ph id="1"/>&#33;<![CDATA[ <ok> ]]></target></segment>
       </unit></group></file>
      </xliff>
      """
    let read = try XLIFFReader.read(Array(x.utf8)).get()
    #expect(read.units.count == 1)
    #expect(read.units[0].target == UnitText([.text("Hei "), .pipe("name"), .text("! <ok> ")]))
  }

  @Test func malformedFilesGiveLocatedProblems() {
    let cases: [(TranslationFormat, String, Int, String)] = [
      (.xliff, "<xliff>", 1, "not closed"),
      (.xliff, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"boom\">]>\n<x/>", 2, "DOCTYPE"),
      (.xliff, "<a>\n<b></a>", 2, "does not match"),
      (.xliff, "<a>&bogus;</a>", 1, "unknown entity"),
      (.xliff, "<x xmlns=\"urn:other\"/>", 1, "not an XLIFF 2.0 file"),
      (.xliff, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>", 1, "not an XLIFF 2.0"),
      (.xliff, "not xml", 1, "not XML"),
      (.po, "msgid \"a\"\nmsgstr \"unclosed\n", 2, "is not closed"),
      (.po, "msgid \"a\"\nmsgstr unquoted\n", 2, "quoted string"),
      (.po, "msgstr \"x\"\n", 1, "without a msgid"),
      (.po, "msgid \"a\"\nmsgstr \"b\"\n", 1, "without msgctxt"),
      (.po, "bogus \"x\"\n", 1, "not a PO keyword"),
      (.csv, "id,target:fi\n\"a,b\n", 2, "not closed"),
      (.csv, "a,b\n", 1, "'id' and 'target:LANG'"),
      (.csv, "id,target:fi\nx\n", 2, "1 fields"),
    ]
    for (format, text, line, words) in cases {
      switch TranslationReader.read(Array(text.utf8), format: format) {
      case .success(let r):
        Issue.record("\(format) \(text.debugDescription) was read: \(r.units.map(\.id))")
      case .failure(let p):
        #expect(p.line == line, "\(text.debugDescription): \(p)")
        #expect(p.message.contains(words), "\(text.debugDescription): \(p.message)")
      }
    }
    #expect(TranslationReader.read([0xFF, 0xFE], format: .po).failureMessage?.contains("UTF-8") == true)
  }

  /// A lone brace in a PO or CSV translation is a problem of its unit, reported at import.
  @Test func loneBracesAreUnitProblems() throws {
    let po = "msgctxt \"u\"\nmsgid \"a {x}\"\nmsgstr \"b {x\"\n"
    let read = try POReader.read(Array(po.utf8)).get()
    #expect(read.units.first?.problem?.contains("is not a pipe") == true)
    #expect(UnitText.parseBraced("a } b").failureMessage?.contains("lone '}'") == true)
    #expect(UnitText.parseBraced("{{x}} {y.z}") == .success(UnitText([.text("{x} "), .pipe("y.z")])))
  }

  /// Every prefix of a real export, in each format, reads or fails with a problem; none crashes or hangs.
  @Test(arguments: TranslationFormat.allCases) func truncationsNeverCrash(_ format: TranslationFormat) {
    let (_, _, t) = Instruments.example("staff-wellbeing-pulse")
    let language = t.survey.languages.dropFirst().first ?? "en"
    let bytes = Array(t.document(language: language).render(format).utf8)
    var read = 0
    for end in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 150)) {
      if case .success = TranslationReader.read(Array(bytes[..<end]), format: format) { read += 1 }
    }
    #expect(bytes.count > 1000)
    if case .failure(let p) = TranslationReader.read(bytes, format: format) { Issue.record("\(p)") }
  }
}

extension TranslationFormatsTests {
  /// Seeded random edits of a real export (bytes replaced by markup characters, quotes, braces, line breaks or
  /// invalid UTF-8; bytes deleted) are read and imported without a crash: each gives units or a located problem.
  @Test(arguments: TranslationFormat.allCases) func mutatedFilesNeverCrash(_ format: TranslationFormat) {
    let (_, _, barometer) = Instruments.example("innovation-barometer")
    var document = barometer.document(language: "sv")
    document.units = Array(document.units.prefix(40))
    let original = Array(document.render(format).utf8)
    let junk: [UInt8] = Array("<>&\"'{}\\\n\r,#:;=/![]".utf8) + [0xFF, 0xC3, 0x00]
    var random = SplitMix64(seed: 19)
    var readable = 0
    var imported = 0
    for _ in 0..<150 {
      var bytes = original
      for _ in 0..<(1 + random.below(4)) {
        let at = random.below(bytes.count)
        if random.below(3) == 0 {
          bytes.remove(at: at)
        } else {
          bytes[at] = junk[random.below(junk.count)]
        }
      }
      if case .success(let content) = TranslationReader.read(bytes, format: format) {
        readable += 1
        // Imported: problems, or edits whose files still parse (a mutated text is written escaped).
        let plan = TranslationImport.plan(barometer, files: [TranslatedFile(path: "x", content: content)])
        #expect(plan.files.isEmpty || plan.problems.isEmpty)
        if !plan.files.isEmpty { imported += 1 }
        for bytes in plan.files.values {
          #expect(Parse(bytes: bytes).diagnostics.isEmpty, "\(format): an import wrote a file that does not parse")
        }
      }
    }
    #expect(readable < 150)
    #expect(imported > 0, "\(format): no mutation was imported")
  }
}

extension Result where Failure == ReadProblem {
  var failureMessage: String? {
    if case .failure(let e) = self { return e.message }
    return nil
  }
}

extension Result where Failure == BraceProblem {
  var failureMessage: String? {
    if case .failure(let e) = self { return e.message }
    return nil
  }
}
