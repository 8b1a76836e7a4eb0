// The formatter's properties on every fixture that parses clean and every example: idempotent, same meaning, same comments.

import Foundation
import QDSLBenchmarkSupport
import QDSLFormat
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct FormatterPropertyTests {
  /// Every .qdsl file under Tests/ and Examples/ whose parse has no syntax error.
  static func cleanSources() -> [(name: String, text: String)] {
    let root = Fixtures.packageRoot()
    var found: [(String, String)] = []
    for folder in ["Examples", "Tests"] {
      let base = root.appendingPathComponent(folder)
      guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
      var names: [String] = []
      while let item = walker.nextObject() as? String {
        if item.hasSuffix(".qdsl") { names.append(item) }
      }
      for name in names.sorted() {
        let text = Fixtures.read(base.appendingPathComponent(name))
        if Parse(source: text).diagnostics.allSatisfy({ $0.severity != .error }) {
          found.append((folder + "/" + name, text))
        }
      }
    }
    return found
  }

  /// The sources with their layout scrambled: as written, all on few lines (whitespace squashed to one space),
  /// and spread out (every gap a new line with odd indentation). Comments keep their line ends.
  static func variants() -> [(name: String, text: String)] {
    var out: [(String, String)] = []
    for (name, text) in cleanSources() {
      out.append((name, text))
      out.append((name + " (squashed)", relayout(text, " ")))
      out.append((name + " (spread)", relayout(text, "\n     \n   ")))
      out.append((name + " (crlf, tabs)", relayout(text, "\t").replacingOccurrences(of: "\n", with: "\r\n")))
      out.append((name + " (cr)", relayout(text, " ").replacingOccurrences(of: "\n", with: "\r")))
    }
    return out
  }

  static func relayout(_ text: String, _ gap: String) -> String {
    let tree = Parse(source: text).tree
    var out = ""
    for t in tree.tokens.indices {
      if tree.tokenKind(t) == .whitespace {
        out += t > 0 && tree.tokenKind(t - 1) == .comment ? "\n" : gap
      } else {
        out += tree.tokenText(t)
      }
    }
    return out
  }

  static func comments(_ text: String) -> [String] {
    let tree = Parse(source: text).tree
    return tree.tokens.indices.filter { tree.tokenKind($0) == .comment }.map {
      var c = tree.tokenText($0)
      while let last = c.last, last == " " || last == "\t" || last == "\r" { c.removeLast() }
      return c
    }.sorted()
  }

  func formatted(_ text: String, _ name: String) -> String? {
    switch Formatter.format(source: text) {
    case .formatted(let out): return out
    case .syntaxErrors(let errors):
      Issue.record("\(name): refused with \(errors.map(\.code))")
      return nil
    }
  }

  @Test func testThereAreEnoughSourcesToMeanSomething() {
    let sources = Self.cleanSources()
    #expect(sources.count > 80, "fixtures and examples found")
    #expect(sources.contains { $0.name == "Examples/innovation-barometer.qdsl" })
  }

  @Test func testIdempotent() {
    for (name, text) in Self.variants() {
      guard let once = formatted(text, name), let twice = formatted(once, name) else { continue }
      if once != twice {
        Issue.record(
          Comment(rawValue: "\(name): formatting twice changes the text:\n" + Fixtures.lineDiff(once, twice)))
      }
    }
  }

  @Test func testMeaningPreserved() {
    for (name, text) in Self.variants() {
      guard let out = formatted(text, name) else { continue }
      let before = Checker.check(source: text)
      let after = Checker.check(source: out)
      #expect(FormDocument.render(after.survey) == FormDocument.render(before.survey), "\(name): the form JSON changed")
      #expect(after.diagnostics.map(\.code) == before.diagnostics.map(\.code), "\(name): the diagnostics changed")
    }
  }

  @Test func testCommentsPreserved() {
    var total = 0
    for (name, text) in Self.variants() {
      guard let out = formatted(text, name) else { continue }
      let before = Self.comments(text)
      total += before.count
      #expect(Self.comments(out) == before, "\(name): the comments changed")
    }
    #expect(total > 50, "the sources hold comments to keep")
  }

  @Test func testOutputIsTidy() {
    for (name, text) in Self.variants() {
      guard let out = formatted(text, name) else { continue }
      // Every line ends as the source's first line does ("\n", "\r\n" or "\r"), triple-quoted texts included.
      let end = String(decoding: LineBreak.style(of: Array(text.utf8)).bytes, as: UTF8.self)
      let lines = out.components(separatedBy: end)
      let bytes = Array(out.utf8)
      #expect(
        LineBreak.count(bytes, in: 0..<bytes.count) == lines.count - 1,
        "\(name): line ends other than \(end.debugDescription)")
      #expect(out.isEmpty || out.hasSuffix(end) && !out.hasSuffix(end + end), "\(name): one final line end")
      for (i, line) in lines.enumerated() {
        if line.last == " " { Issue.record("\(name):\(i + 1): trailing space") }
        if i > 0 && line.isEmpty && lines[i - 1].isEmpty && i < lines.count - 1 {
          Issue.record("\(name):\(i + 1): two blank lines")
        }
      }
    }
  }

  @Test func testRefusesSyntaxErrors() {
    let source = "survey s\nlanguages en\nquestion q: integer {\n  text \"Q\"\n"
    guard case .syntaxErrors(let errors) = Formatter.format(source: source) else {
      Issue.record("a file with an unclosed brace was formatted")
      return
    }
    #expect(errors.map(\.code.rawValue) == ["QD1001"])
  }
}

@Suite struct FormatterRobustnessTests {
  @Test func testNestingAtTheLimitAndHugeTextsFormatWithoutRecursionOrQuadraticWork() {
    let depth = SyntaxLimits.maxNesting - 1
    var source = "survey s\nlanguages en\nquestion q: integer { text \"Q\" }\n"
    for i in 0..<depth { source += "if q > \(i) {" }
    source += "note n { text \"" + String(repeating: "x", count: 2_000_000) + "\" }"
    source += String(repeating: "}", count: depth) + "\n"
    guard case .formatted(let out) = Formatter.format(source: source) else {
      Issue.record("a file at the nesting limit was refused")
      return
    }
    #expect(out.contains("\n" + String(repeating: "  ", count: depth) + "note n {\n"), "indented to its depth")
    guard case .formatted(let again) = Formatter.format(source: out) else {
      Issue.record("refused the second time")
      return
    }
    #expect(again == out)
  }

  @Test func testDraftStaysInPlaceInTheLanguagesLine() {
    let source =
      "survey s\nlanguages   fi sv\tdraft  nb ru # in progress\nquestion draft: integer { text { fi \"Q\" } }\n"
    guard case .formatted(let out) = Formatter.format(source: source) else {
      Issue.record("a languages line with draft was refused")
      return
    }
    #expect(out.hasPrefix("survey s\nlanguages fi sv draft nb ru # in progress\n"), "\(out)")
    #expect(out.contains("question draft: integer"))
  }

  @Test func testTruncationsAreRefusedOrFormattedConsistently() throws {
    let example = Fixtures.read(Fixtures.packageRoot().appendingPathComponent("Examples/staff-wellbeing-pulse.qdsl"))
    let bytes = Array(example.utf8)
    var formatted = 0
    for end in stride(from: 0, to: bytes.count, by: 97) {
      let prefix = Array(bytes[0..<end])
      guard case .formatted(let out) = Formatter.format(bytes: prefix) else { continue }
      formatted += 1
      guard case .formatted(let again) = Formatter.format(source: out) else {
        Issue.record("cut at \(end): the output does not parse")
        continue
      }
      #expect(again == out, "cut at \(end): not idempotent")
    }
    #expect(formatted > 3)
  }
}

@Suite struct GeneratedInstrumentFormatTests {
  /// The benchmark's generated instruments use every construct at scale: formatting keeps their meaning.
  @Test func testGeneratedInstrumentsKeepTheirMeaningAndFormatOnce() {
    for seed: UInt64 in [3, 11] {
      var generator = InstrumentGenerator(questions: 400, seed: seed)
      let source = generator.generate().qdsl
      guard case .formatted(let once) = Formatter.format(source: source),
        case .formatted(let twice) = Formatter.format(source: once)
      else {
        Issue.record("seed \(seed): refused")
        return
      }
      #expect(twice == once, "seed \(seed): not idempotent")
      #expect(
        FormDocument.render(Checker.check(source: once).survey)
          == FormDocument.render(Checker.check(source: source).survey), "seed \(seed): the form JSON changed")
      #expect(FormatterPropertyTests.comments(once) == FormatterPropertyTests.comments(source))
    }
  }
}
