// Draft languages (Checker+Drafts.swift): one warning per draft language with the count of texts lacking it and
// the first three located, no per-text error, the fixes that make a complete draft final, and linear counting.

import QDSLSyntax
import Testing

@testable import QDSLSemantics

@Suite struct DraftLanguageTests {
  /// An instrument of `count` questions in fi, sv and the drafts `drafts`; every `translatedEvery`-th question has
  /// them.
  private func instrument(_ count: Int, languages: String = "fi sv draft nb", translatedEvery: Int = 2) -> String {
    var lines = ["survey staff", "languages \(languages)"]
    for k in 0..<count {
      let nb = k % translatedEvery == 0 ? " nb \"Spørsmål \(k)?\"" : ""
      lines.append("question q\(k): integer { text { fi \"Kysymys \(k)?\" sv \"Fråga \(k)?\"\(nb) } }")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func apply(_ fix: Diagnostic.Fix, to source: String) -> String {
    var bytes = Array(source.utf8)
    bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func testADraftLanguageIsOneWarningWithTheCountAndTheFirstThreeTexts() throws {
    let checked = Checker.check(source: instrument(10))
    #expect(!checked.diagnostics.contains { $0.code == .missingTranslation })
    let warning = try #require(checked.diagnostics.first { $0.code == .draftLanguage })
    #expect(checked.diagnostics.filter { $0.code == .draftLanguage }.count == 1)
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("5 of 10 texts lack it"), "\(warning.message)")
    #expect(warning.related.map(\.message) == ["q1", "q3", "q5"].map { "the text of question '\($0)' lacks nb" })
    #expect(checked.survey.draftLanguages == ["nb"])
  }

  @Test func testAFinalLanguageStillGetsAnErrorPerText() {
    let checked = Checker.check(source: instrument(6, languages: "fi sv nb"))
    #expect(checked.diagnostics.filter { $0.code == .missingTranslation }.count == 3)
    #expect(!checked.diagnostics.contains { $0.code == .draftLanguage })
  }

  @Test func testACompleteOnlyDraftIsFixedByRemovingDraft() throws {
    let source = instrument(4, translatedEvery: 1)
    let warning = try #require(Checker.check(source: source).diagnostics.first { $0.code == .draftLanguage })
    #expect(warning.message.contains("every text has it"), "\(warning.message)")
    let fix = try #require(warning.fixes.first)
    let fixed = apply(fix, to: source)
    #expect(fixed.contains("languages fi sv nb\n"))
    #expect(Checker.check(source: fixed).diagnostics.isEmpty)
  }

  @Test func testACompleteDraftAmongOthersMovesBeforeDraft() throws {
    let source = instrument(4, languages: "fi sv draft ru nb", translatedEvery: 1)
    let warnings = Checker.check(source: source).diagnostics.filter { $0.code == .draftLanguage }
    #expect(warnings.count == 2)
    let complete = try #require(warnings.first { $0.message.contains("every text has it") })
    let fixed = apply(try #require(complete.fixes.first), to: source)
    #expect(fixed.contains("languages fi sv nb draft ru\n"), "\(fixed.prefix(60))")
    #expect(Checker.check(source: fixed).survey.draftLanguages == ["ru"])
  }

  @Test func testTheSourceLanguageCannotBeADraft() throws {
    let source = instrument(2, languages: "draft fi sv nb", translatedEvery: 1)
    let checked = Checker.check(source: source)
    let error = try #require(checked.diagnostics.first { $0.code == .sourceLanguageDraft })
    #expect(checked.survey.draftLanguages == ["sv", "nb"])
    let fixed = apply(try #require(error.fixes.first), to: source)
    #expect(fixed.contains("languages fi sv nb\n"))
  }

  @Test func testCountingIsLinearInTheTexts() {
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = Checker.check(source: instrument(20000, translatedEvery: 3)) }
    let warning = Checker.check(source: instrument(3000, translatedEvery: 3)).diagnostics.first {
      $0.code == .draftLanguage
    }
    #expect(warning?.message.contains("2000 of 3000") == true)
    #expect(warning?.related.count == 3)
    #expect(elapsed < .seconds(20), "20,000 texts took \(elapsed)")
  }
}
