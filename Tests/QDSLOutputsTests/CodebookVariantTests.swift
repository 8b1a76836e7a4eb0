// Text variants, defaults and soft checks in the codebooks: each variant with its condition in words and in qdsl,
// the default, and soft checks told apart from hard ones, in Markdown, HTML, CSV, DDI and the SPSS and Stata files.

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import Testing

@Suite struct CodebookVariantTests {
  static let source = #"""
    survey s
    languages en fi
    choices yes_no { 1 yes { en "Yes" fi "Kyllä" } 2 no { en "No" fi "Ei" } }
    question person_number: integer 1..20 required { text { en "Person?" fi "Henkilö?" } }
    question works: one of yes_no default yes {
      text if person_number == 1 { en "Do you work?" fi "Oletko töissä?" }
      text { en "Do they work?" fi "Ovatko he töissä?" }
    }
    question hours: integer 0..100 {
      text { en "Hours?" fi "Tunnit?" }
      soft check hours <= 60 { en "Over 60 hours: sure?" fi "Yli 60 tuntia: varmasti?" }
      check hours >= 1 { en "At least one." fi "Vähintään yksi." }
    }
    """#

  func codebook() -> Codebook {
    let checked = Checker.check(source: Self.source)
    #expect(checked.diagnostics.map(\.message) == [])
    return Codebook(checked.survey)
  }

  @Test func testTheModelHasVariantsDefaultsAndSoftChecks() {
    let codebook = codebook()
    let works = codebook.variables.first { $0.name == "works" }
    #expect(works?.textVariants.map(\.expression) == ["person_number == 1"])
    #expect(works?.textVariants.first?.conditionWords["en"] == "person_number = 1")
    #expect(works?.textVariants.first?.texts["fi"] == "Oletko töissä?")
    #expect(works?.defaultValue?.words["en"] == "Yes (1)")
    let hours = codebook.variables.first { $0.name == "hours" }
    #expect(hours?.checks.map(\.isSoft) == [true, false])
  }

  @Test func testEveryCodebookShowsThem() {
    let codebook = codebook()
    let markdown = CodebookMarkdown.render(codebook, language: "en")
    #expect(
      markdown.contains("- **Text if person\\_number = 1:** Do you work?\n  - qdsl expression: `person_number == 1`"))
    #expect(markdown.contains("- **Default:** Yes (1)"))
    #expect(markdown.contains("- **Soft check:** hours ≤ 60 (the respondent may confirm the answer and go on)"))
    #expect(markdown.contains("- **Check:** hours ≥ 1"))
    let finnish = CodebookMarkdown.render(codebook, language: "fi")
    #expect(finnish.contains("- **Teksti, jos person\\_number = 1:** Oletko töissä?"))
    #expect(finnish.contains("- **Pehmeä tarkistus:**"))
    let html = CodebookHTML.render(codebook, language: "en")
    #expect(html.contains("<dt>Text if person_number = 1</dt><dd class=\"variant\">Do you work?"))
    #expect(html.contains("<dd class=\"check soft\">hours ≤ 60"))
    #expect(html.contains("<dt>Default</dt><dd class=\"default\">Yes (1)"))
    let csv = CodebookCSV.render(codebook)
    let header = csv.split(separator: "\r\n").first.map(String.init) ?? ""
    #expect(
      header.hasSuffix(
        "check_2,check_2_message_en,check_2_message_fi,check_2_soft,default,text_if_1,text_1_en,text_1_fi"))
    #expect(csv.contains(",hours <= 60,Over 60 hours: sure?,Yli 60 tuntia: varmasti?,true,hours >= 1,"))
    #expect(csv.contains(",yes_no.yes,person_number == 1,Do you work?,Oletko töissä?"))
    let ddi = DDIWriter.render(codebook)
    #expect(ddi.contains("type=\"qdsl:softCheck\" subject=\"hours &lt;= 60\""))
    #expect(ddi.contains("type=\"qdsl:textVariant\" subject=\"person_number == 1\""))
    #expect(ddi.contains("type=\"qdsl:default\" subject=\"yes_no.yes\""))
    for script in [SPSSWriter.render(codebook, language: "en"), StataWriter.render(codebook, language: "en")] {
      #expect(script.contains("hours (soft check): hours <= 60. Message: Over 60 hours: sure?"))
      #expect(script.contains("works: text if person_number == 1: Do you work?"))
      #expect(script.contains("works: default yes_no.yes"))
    }
  }
}
