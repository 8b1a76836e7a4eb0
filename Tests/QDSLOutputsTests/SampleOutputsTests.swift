// Sample variables in the outputs: hidden read-only XForm fields with no control, codebooks marking them from the
// sample (optional ones as such), and the form JSON's sample array.

import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import Testing

@Suite struct SampleOutputsTests {
  static let source = """
    survey s
    languages en fi
    sample org_name: text max 60 { text { en "Organisation's name" fi "Organisaation nimi" } }
    sample contact: text optional { text { en "Contact person" fi "Yhteyshenkilö" } }
    question staff: integer 0..100 { text { en "Staff at {org_name}?" fi "Henkilöstö: {org_name}?" } }
    """

  static let survey: Survey = {
    let checked = Checker.check(source: source)
    precondition(checked.diagnostics.filter { $0.severity == .error }.isEmpty)
    return checked.survey
  }()

  @Test func testTheXFormHasHiddenReadOnlyFieldsWithNoControl() {
    let xform = XFormWriter.render(Self.survey)
    #expect(xform.contains("<bind nodeset=\"/s/org_name\" type=\"string\" readonly=\"true()\"/>"))
    #expect(xform.contains("<bind nodeset=\"/s/contact\" type=\"string\" readonly=\"true()\"/>"))
    #expect(xform.contains("<org_name/>"))
    #expect(!xform.contains("ref=\"/s/org_name\""), "no control answers a sample variable")
    #expect(xform.contains("<output value=\"/s/org_name\"/>"), "piped like an answer")
  }

  @Test func testCodebooksMarkThemFromTheSample() {
    let codebook = Codebook(Self.survey)
    let markdown = CodebookMarkdown.render(codebook, language: "en")
    #expect(markdown.contains("From the sample, for every respondent (not asked)"))
    #expect(markdown.contains("From the sample, where the sample has it (not asked)"))
    #expect(CodebookMarkdown.render(codebook, language: "fi").contains("Otoksesta, jokaiselle vastaajalle"))
    let ddi = DDIWriter.render(codebook)
    #expect(ddi.contains("type=\"qdsl:sample\" subject=\"always\" xml:lang=\"en\""))
    #expect(ddi.contains("type=\"qdsl:sample\" subject=\"optional\" xml:lang=\"fi\""))
    // The CSV codebook's type column says so: `sample text`, `sample text optional`.
    let csv = CodebookCSV.render(codebook)
    #expect(csv.contains("org_name,,,sample text,"))
    #expect(csv.contains("contact,,,sample text optional,"))
    // First in the data file, before the questions.
    #expect(codebook.variables.map(\.name).prefix(2) == ["org_name", "contact"])
  }

  @Test func testTheFormJSONListsThem() {
    let json = FormDocument.render(Self.survey)
    #expect(json.contains("\"sample\": ["))
    #expect(json.contains("\"optional\": true"))
    // A survey without sample variables has no sample key.
    let plain = Checker.check(source: "survey p\nlanguages en\nquestion q: integer { text \"Q?\" }").survey
    #expect(!FormDocument.render(plain).contains("\"sample\""))
  }
}
