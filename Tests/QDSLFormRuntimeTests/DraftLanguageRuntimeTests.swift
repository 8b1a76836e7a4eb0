// Draft languages in the form JSON and its runtime: the form says which languages are drafts, a draft's missing
// texts are absent from it, the decoder refuses a draft that is not a later language, and the evaluator shows a
// missing text in the source language (the shared scenarios, Tests/Scenarios/drafts.*, cover the whole walk).

import QDSLFormRuntime
import QDSLOutputs
import QDSLSemantics
import QDSLText
import Testing

@Suite struct DraftLanguageRuntimeTests {
  private let source = """
    survey staff
    languages en fi draft nb
    question staff: integer { text { en "How many staff?" fi "Montako työntekijää?" } }
    question office: text { text { en "Where is the office?" fi "Missä toimisto on?" nb "Hvor er kontoret?" } }

    """

  @Test func testTheFormListsTheDraftsAndLeavesTheirMissingTextsOut() throws {
    let json = FormDocument.render(Checker.check(source: source).survey)
    let root = try JSONReader.read(Array(json.utf8))
    #expect(root["draftLanguages"]?.array?.compactMap(\.string) == ["nb"])
    let staff = try #require(root["items"]?.array?.first)
    #expect(staff["text"]?["nb"] == nil && staff["text"]?["fi"]?.string == "Montako työntekijää?")
    let form = try FormModel.decode(json).get()
    #expect(form.draftLanguages == ["nb"])
  }

  @Test func testTheEvaluatorFallsBackToTheSourceLanguageTextByText() throws {
    let form = try FormModel.decode(FormDocument.render(Checker.check(source: source).survey)).get()
    let evaluator = FormEvaluator(form: form)
    let result = evaluator.evaluate([:], language: "nb", today: try #require(FormDate("2024-06-15")))
    #expect(evaluator.shownText("staff", in: result) == "How many staff?")
    #expect(evaluator.shownText("office", in: result) == "Hvor er kontoret?")
  }

  @Test func testTheDecoderRefusesADraftThatIsNotALaterLanguage() throws {
    let json = FormDocument.render(Checker.check(source: source).survey)
    for bad in ["\"en\"", "\"sv\""] {
      let edited = json.replacingOccurrences(
        of: "\"draftLanguages\": [\n    \"nb\"\n  ]", with: "\"draftLanguages\": [\(bad)]")
      #expect(edited != json)
      guard case .failure(let error) = FormModel.decode(edited) else {
        Issue.record("a draft language \(bad) was accepted")
        continue
      }
      #expect("\(error)".contains("draft language"), "\(error)")
    }
  }
}
