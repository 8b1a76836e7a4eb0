// Control characters in texts (`\u{0}`, ESC, DEL, the C1 controls, U+FFFF) in every output but the form JSON:
// replaced by U+FFFD the same way everywhere, while tabs and line breaks stay text; XML outputs stay well-formed.

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLText
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct ControlCharacterTests {
  /// Texts with a NUL, an ESC, a BEL, DEL, a C1 control (U+009B), U+FFFF, and a tab, a newline and NEL.
  static let source = #"""
    survey s
    languages en
    title "Title\u{0}with a NUL"
    choices yn { 1 yes "Yes\u{1B}[31m red" 2 no "No\u{7F}\u{9B}" -1 dk "DK\u{FFFF}" missing }
    section part {
      title "Part\u{7}bell"
      question q: one of yn {
        text "Tab\there,\nnew line\u{85}and NEL\u{0}end"
        hint "Hint\u{1}"
      }
      calculate c = q == yes
    }
    """#

  /// Scalars that no output for people may hold: C0 controls but tab and line breaks, DEL, C1 controls but NEL,
  /// U+FFFE and U+FFFF.
  static func isForbidden(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x09...0x0D, 0x85: return false
    case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
    default: return false
    }
  }

  @Test func testEveryOutputReplacesControlCharacters() throws {
    let checked = Checker.check(source: Self.source)
    #expect(checked.diagnostics.map(\.message) == [])
    let survey = checked.survey
    for target in OutputTarget.allCases where target != .form {
      // The XLSForm's .xlsx is a zip: its cells are read as pyxform's Markdown form.
      let text =
        target == .xlsform
        ? XLSFormWriter.markdown(XLSFormWriter.workbook(survey))
        : target.render(survey, codebook: Codebook(survey), language: "en")
      let forbidden = text.unicodeScalars.filter(Self.isForbidden)
      #expect(forbidden.map { String($0.value, radix: 16) } == [], "\(target.rawValue)")
      if target != .codebookCSV {  // the CSV has no title
        #expect(text.contains("Title\u{FFFD}with a NUL"), "\(target.rawValue): the NUL is U+FFFD")
      }
      #expect(text.contains("Yes\u{FFFD}"), "\(target.rawValue): the ESC is U+FFFD")
      #expect(text.contains("No\u{FFFD}\u{FFFD}"), "\(target.rawValue): DEL and U+009B")
      #expect(text.contains("DK\u{FFFD}"), "\(target.rawValue): U+FFFF")
      if target == .ddi || target == .xform {
        let parser = XMLParser(data: Data(text.utf8))
        #expect(parser.parse(), "\(target.rawValue): \(String(describing: parser.parserError))")
      }
    }
  }

  @Test func testTabsAndLineBreaksStayText() {
    let survey = Checker.check(source: Self.source).survey
    let codebook = Codebook(survey)
    let markdown = CodebookMarkdown.render(codebook, language: "en")
    #expect(markdown.contains("Tab\there,<br>new line<br>and NEL\u{FFFD}end"), Comment(rawValue: markdown))
    let html = CodebookHTML.render(codebook, language: "en")
    #expect(html.contains("Tab\there,<br>new line<br>and NEL\u{FFFD}end"), Comment(rawValue: html))
    let csv = CodebookCSV.render(codebook)
    #expect(csv.contains("\"Tab\there,\nnew line\u{85}and NEL\u{FFFD}end\""), Comment(rawValue: csv))
    // SPSS and Stata labels are one line: a tab and line breaks are spaces.
    #expect(SPSSWriter.render(codebook, language: "en").contains("\"Tab here, new line and NEL\u{FFFD}end\""))
    #expect(StataWriter.render(codebook, language: "en").contains("`\"Tab here, new line and NEL\u{FFFD}end\"'"))
    // The form JSON carries texts exactly, escaped.
    #expect(FormDocument.render(survey).contains(#"Title\u0000with a NUL"#))
  }

  @Test func testReplacingIsTheIdentityOnOrdinaryText() {
    for text in ["", "plain", "äöå ½ § ©\u{A0}", "tab\tand\nlines\r\n", "emoji 😀 \u{FEFF} \u{FFFD}"] {
      #expect(ControlCharacters.replacing(text) == text)
    }
    #expect(
      ControlCharacters.replacing("a\u{0}b\u{80}c\u{9F}\u{85}\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{85}\u{FFFD}")
  }
}
