// The pattern dialect of matches(): the Swift matcher on the shared cases of Tests/Patterns/cases.json (which the
// JavaScript runtime and JavaRosa run too), the checker's parser and the runtime's agreeing on what is a pattern,
// problems located at the offending character, and linear time on patterns that make backtracking engines blow up.

import Foundation
import QDSLFormRuntime
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct PatternTests {
  let root = Fixtures.packageRoot()

  struct Case {
    var pattern: String
    var text: String
    var matches: Bool
  }

  func cases() throws -> [Case] {
    let json = try JSONReader.read([UInt8](Data(contentsOf: root.appendingPathComponent("Tests/Patterns/cases.json"))))
    return try #require(json.array).map {
      Case(
        pattern: $0["pattern"]?.string ?? "", text: $0["text"]?.string ?? "", matches: $0["matches"]?.bool ?? false)
    }
  }

  @Test func testSharedCases() throws {
    let all = try cases()
    #expect(all.count >= 100)
    for c in all {
      guard case .success = TextPattern.parse(c.pattern) else {
        Issue.record("the checker rejects \(c.pattern)")
        continue
      }
      let p = try #require(FormPattern(c.pattern), "the runtime rejects \(c.pattern)")
      #expect(p.matches(c.text) == c.matches, "\(c.pattern) on \(c.text.debugDescription)")
    }
  }

  /// The XForm's translation of every shared pattern (Tests/Patterns/xform.json), which JavaRosa runs in CI.
  @Test func testXFormTranslationsGolden() throws {
    var out = "[\n"
    for (i, c) in try cases().enumerated() {
      guard case .success(let p) = TextPattern.parse(c.pattern) else { continue }
      out += (i == 0 ? "" : ",\n") + " " + Self.jsonString(XFormPattern.source(p))
    }
    out += "\n]\n"
    let problem = Fixtures.compareGolden(out, root.appendingPathComponent("Tests/Patterns/xform.json"))
    #expect(problem == nil, "\(problem ?? "")")
  }

  /// Random patterns of the dialect with random texts, half of them drawn from the pattern (a third of those
  /// with one character changed), the Swift matcher's result and the XForm's pattern: Tests/Patterns/random.json,
  /// which the preview's runtime (run-scenarios.mjs) and JavaRosa (patterns.py) must agree with.
  @Test func testRandomCorpusGolden() throws {
    let alphabet =
      Array("ab1 -^$\\.*+?()[]{}|,dDsSwWn2".unicodeScalars) + ["\u{A0}", "\n", "ä", "\u{1F600}", "\u{85}"]
    let textAlphabet = Array("ab12 -.$d\n\u{A0}ä\u{1F600}\u{85}".unicodeScalars)
    var random = SplitMix64(seed: 2024)
    var lines: [String] = []
    var patterns = 0
    while lines.count < 1500 {
      var p = String.UnicodeScalarView()
      for _ in 0..<(1 + random.below(10)) { p.append(alphabet[random.below(alphabet.count)]) }
      let pattern = String(p)
      guard case .success(let parsed) = TextPattern.parse(pattern), let m = FormPattern(pattern) else { continue }
      patterns += 1
      for _ in 0..<6 {
        var scalars: [Unicode.Scalar] = []
        if random.below(2) == 0, let sample = m.sample(&random) {
          scalars = Array(sample.unicodeScalars)
          if !scalars.isEmpty, random.below(3) == 0 {
            scalars[random.below(scalars.count)] = textAlphabet[random.below(textAlphabet.count)]
          }
        } else {
          let source = random.below(2) == 0 ? Array(pattern.unicodeScalars) : textAlphabet
          for _ in 0..<random.below(7) { scalars.append(source[random.below(source.count)]) }
        }
        let text = String(String.UnicodeScalarView(scalars))
        lines.append(
          "{\"pattern\": \(Self.jsonString(pattern)), \"text\": \(Self.jsonString(text)), "
            + "\"matches\": \(m.matches(text)), \"xform\": \(Self.jsonString(XFormPattern.source(parsed)))}")
      }
    }
    #expect(patterns > 200)
    let out = "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    let problem = Fixtures.compareGolden(out, root.appendingPathComponent("Tests/Patterns/random.json"))
    #expect(problem == nil, "\(problem ?? "")")
  }

  static func jsonString(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default:
        if u.value < 0x20 || u.value == 0x7F {
          out += String(format: "\\u%04x", u.value)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }

  /// Patterns outside the dialect: the problem's place (scalar offset) and the runtime refuses them too.
  @Test func testProblemsAreLocated() {
    let bad: [(String, Int)] = [
      ("\\d{5", 2), ("a{,3}", 1), ("{3}", 0), ("a}", 1), ("a]", 1), ("*a", 0), ("a**", 2), ("a*?", 2), ("a+*", 2),
      ("(?:a)", 1), ("(?=a)", 1), ("(a", 0), ("a)", 1), ("[a", 0), ("[]", 0), ("[^]", 0), ("[z-a]", 1),
      ("[a-c-e]", 4), ("[\\d-z]", 3), ("[a-\\d]", 2), ("[[a]]", 1), ("[a&&b]", 3), ("\\b", 0), ("\\1", 0),
      ("\\k", 0), ("\\-", 0), ("\\\"", 0), ("\\", 0), ("a\\", 1), ("[\\S]", 1), ("a{3,2}", 1), ("a{1001}", 2),
      ("^*", 1), ("$+", 1), ("\\v", 0), ("\\u0041", 0), ("\\x41", 0), ("[\\b]", 1), ("(a{1000}){1000}", 0),
    ]
    for (pattern, offset) in bad {
      switch TextPattern.parse(pattern) {
      case .success: Issue.record("the checker accepts \(pattern)")
      case .failure(let p): #expect(p.start == offset, "\(pattern): \(p.message)")
      }
      #expect(FormPattern(pattern) == nil, "the runtime accepts \(pattern)")
    }
  }

  /// The checker's parser and the runtime's accept exactly the same patterns (random strings over the dialect's
  /// characters).
  @Test func testCheckerAndRuntimeAcceptTheSamePatterns() {
    let alphabet = Array("ab1-^$\\.*+?()[]{}|,dDsSwWn&2")
    var random = SplitMix64(seed: 17)
    var accepted = 0
    for _ in 0..<20_000 {
      let length = Int(random.next() % 8) + 1
      let pattern = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
      let checker: Bool
      if case .success = TextPattern.parse(pattern) { checker = true } else { checker = false }
      let runtime = FormPattern(pattern) != nil
      #expect(checker == runtime, "\(pattern): checker \(checker), runtime \(runtime)")
      if checker { accepted += 1 }
    }
    #expect(accepted > 1000)
  }

  /// The size limit (10,000 parts written out) is counted alike by the checker and the runtime, and a pattern far
  /// beyond it is refused before it is written out.
  @Test func testTheSizeLimitIsTheSameForCheckerAndRuntime() {
    for (pattern, fits) in [
      ("a{1000}", true), ("(a{1000}){10}", true), ("(a{1000}){10}b", false), ("(a{999}){10}(b|c)", true),
      ("((a{1000}){1000}){1000}", false), ("[a-z]{1000}[0-9]{1000}", true),
    ] {
      var checker = false
      if case .success = TextPattern.parse(pattern) { checker = true }
      #expect(checker == fits, "\(pattern)")
      #expect((FormPattern(pattern) != nil) == fits, "\(pattern)")
    }
  }

  /// Random respondents answer a text question checked with matches() mostly with texts that pass the check (so
  /// `qdsl simulate` reaches what lies behind it), and sometimes with a word that does not.
  @Test func testRandomRespondentsDrawTextsFromTheCheckedPattern() throws {
    let form = try FormModel.decode(
      Data(contentsOf: root.appendingPathComponent("Tests/Scenarios/patterns.form.json"))
    ).get()
    let respondent = RandomRespondent(form: form, today: try #require(FormDate("2024-06-15")))
    let postcode = try #require(FormPattern("\\d{5}"))
    var random = SplitMix64(seed: 3)
    var (matching, answered) = (0, 0)
    for _ in 0..<400 {
      guard case .text(let t)? = respondent.answers(&random)["postcode"] else { continue }
      answered += 1
      if postcode.matches(t) { matching += 1 }
    }
    #expect(answered > 300)
    #expect(Double(matching) > 0.75 * Double(answered) && matching < answered, "\(matching) of \(answered)")
  }

  /// Nested repetitions that take exponential time in a backtracking engine take linear time here.
  @Test func testLinearTime() throws {
    let p = try #require(FormPattern("(a*)*(b|a{2,5})*c"))
    let text = String(repeating: "a", count: 20_000)
    let clock = ContinuousClock()
    let elapsed = clock.measure { #expect(!p.matches(text)) }
    #expect(elapsed < .seconds(5))
  }
}
