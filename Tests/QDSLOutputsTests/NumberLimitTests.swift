// The largest whole numbers and large decimals reach every output as written: codes and bounds of
// ±9007199254740991 without a decimal point or an exponent, data names of negative codes, decimals without
// exponents in qdsl source (the codebook's formulas), XPath and codebooks.

import Foundation
import QDSLOutputs
import QDSLSemantics
import Testing

@Suite struct NumberLimitTests {
  private let source = """
    survey limits
    languages en
    choices extreme {
      -9007199254740991 lowest "Lowest" missing
      1 middle "Middle"
      9007199254740991 highest "Highest"
    }
    question debt: integer -9007199254740991..9007199254740991 required { text "Debt?" }
    question budget: decimal 0..100000000000000000000.0 { text "Budget?" }
    question areas: many of extreme { text "Areas?" }
    question area: one of extreme { text "Area?" }
    calculate tiny = debt * 0.00001
    calculate huge = budget + 100000000000000000000.0

    """

  private func render(_ target: OutputTarget) -> String {
    let checked = Checker.check(source: source)
    #expect(checked.diagnostics == [])
    return target.render(checked.survey, codebook: Codebook(checked.survey), language: "en")
  }

  @Test func testCodesAndBoundsAtTheLimitAreWrittenAsWholeNumbers() {
    for target in [OutputTarget.codebookMarkdown, .codebookHTML, .codebookCSV, .ddi, .spss, .stata, .xform, .form] {
      let text = render(target)
      #expect(text.contains("9007199254740991"), "\(target)")
      #expect(!text.contains("9007199254740991.0"), "\(target) writes a whole number with a point")
      #expect(!(text.contains("e+15") || text.contains("e+20") && target != .form), "\(target) uses an exponent")
    }
    #expect(render(.codebookCSV).contains("areas_m9007199254740991"))
    #expect(render(.spss).contains("-9007199254740991"))
  }

  @Test func testDecimalsAreWrittenWithoutExponentsSoThatFormulasReadBackAsQdsl() {
    #expect(Survey.formatDecimal(1e20) == "100000000000000000000.0")
    #expect(Survey.formatDecimal(0.00001) == "0.00001")
    #expect(Survey.formatDecimal(-2.5) == "-2.5")
    #expect(Survey.formatDecimal(9007199254740991) == "9007199254740991.0")
    #expect(Survey.plainNumber(-9007199254740991) == "-9007199254740991")
    // The codebook shows each formula as qdsl source; it must check as written.
    let checked = Checker.check(source: source)
    let formulas = checked.survey.items.compactMap { item -> String? in
      if case .calculate(let c) = item.kind { return checked.survey.source(of: c.formula) }
      return nil
    }
    #expect(formulas == ["debt * 0.00001", "budget + 100000000000000000000.0"])
    for (i, formula) in formulas.enumerated() {
      let again = Checker.check(source: source + "calculate again_\(i) = \(formula)\n")
      #expect(again.diagnostics == [], Comment(rawValue: formula))
    }
  }
}
