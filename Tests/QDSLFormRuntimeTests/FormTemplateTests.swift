// Filling templates byte by byte gives what the scalar-by-scalar filling gave, on texts of every shape: pipes,
// doubled and lone braces, names with dots, non-ASCII letters around and inside braces.

import QDSLFormRuntime
import QDSLText
import Testing

@Suite struct FormTemplateTests {
  /// The earlier filling, scalar by scalar, as the reference.
  static func reference(_ template: String, _ pipe: (String) -> String) -> String {
    let s = Array(template.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    func isName(_ c: Unicode.Scalar) -> Bool {
      (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "."
    }
    while i < s.count {
      let c = s[i]
      if (c == "{" || c == "}") && i + 1 < s.count && s[i + 1] == c {
        out.append(c)
        i += 2
      } else if c == "{", let close = s[(i + 1)...].firstIndex(of: "}"), close > i + 1,
        s[(i + 1)..<close].allSatisfy(isName)
      {
        out.append(contentsOf: pipe(String(String.UnicodeScalarView(s[(i + 1)..<close]))).unicodeScalars)
        i = close + 1
      } else {
        out.append(c)
        i += 1
      }
    }
    return String(out)
  }

  @Test func testFillingAgreesWithTheScalarFillingOnRandomTexts() {
    let pieces = ["{", "}", "{{", "}}", "a", "x.y", "_1", " ", "é", "Ä", "😀", "{q}", "{é}", "{a b}", "e\u{301}", "."]
    var random = SplitMix64(seed: 21)
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<random.below(12) { text += pieces[random.below(pieces.count)] }
      let pipe: (String) -> String = { "<\($0)|ü>" }
      #expect(FormTemplate.fill(text, pipe) == Self.reference(text, pipe), "\(text)")
      #expect(
        FormTemplate.pipes(text)
          == {
            var n: [String] = [];
            _ = Self.reference(text) {
              n.append($0); return ""
            }; return n
          }())
    }
  }
}
