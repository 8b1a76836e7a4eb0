// The largest whole numbers and large decimals reach every output as written: codes and bounds of
// ±9007199254740991 without a decimal point or an exponent, data names of negative codes, decimals without
// exponents in qdsl source (the codebook's formulas), XPath and codebooks.

import QDSLOutputs
import QDSLSemantics
import XCTest

final class NumberLimitTests: XCTestCase {
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
    XCTAssertEqual(checked.diagnostics, [])
    return target.render(checked.survey, codebook: Codebook(checked.survey), language: "en")
  }

  func testCodesAndBoundsAtTheLimitAreWrittenAsWholeNumbers() {
    for target in [OutputTarget.codebookMarkdown, .codebookHTML, .codebookCSV, .ddi, .spss, .stata, .xform, .form] {
      let text = render(target)
      XCTAssertTrue(text.contains("9007199254740991"), "\(target)")
      XCTAssertFalse(text.contains("9007199254740991.0"), "\(target) writes a whole number with a point")
      XCTAssertFalse(text.contains("e+15") || text.contains("e+20") && target != .form, "\(target) uses an exponent")
    }
    XCTAssertTrue(render(.codebookCSV).contains("areas_m9007199254740991"))
    XCTAssertTrue(render(.spss).contains("-9007199254740991"))
  }

  func testDecimalsAreWrittenWithoutExponentsSoThatFormulasReadBackAsQdsl() {
    XCTAssertEqual(Survey.formatDecimal(1e20), "100000000000000000000.0")
    XCTAssertEqual(Survey.formatDecimal(0.00001), "0.00001")
    XCTAssertEqual(Survey.formatDecimal(-2.5), "-2.5")
    XCTAssertEqual(Survey.formatDecimal(9007199254740991), "9007199254740991.0")
    XCTAssertEqual(Survey.plainNumber(-9007199254740991), "-9007199254740991")
    // The codebook shows each formula as qdsl source; it must check as written.
    let checked = Checker.check(source: source)
    let formulas = checked.survey.items.compactMap { item -> String? in
      if case .calculate(let c) = item.kind { return checked.survey.source(of: c.formula) }
      return nil
    }
    XCTAssertEqual(formulas, ["debt * 0.00001", "budget + 100000000000000000000.0"])
    for (i, formula) in formulas.enumerated() {
      let again = Checker.check(source: source + "calculate again_\(i) = \(formula)\n")
      XCTAssertEqual(again.diagnostics, [], formula)
    }
  }
}
