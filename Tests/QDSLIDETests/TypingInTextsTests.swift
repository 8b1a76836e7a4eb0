// The fast path for typing inside texts, whitespace and comments gives exactly the diagnostics of a full check,
// and refuses every edit that could change anything else: random typing in every example (repeated question
// texts made and unmade on the way), and edits that must take the full check.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct TypingInTextsTests {
  /// The content ranges of translation strings written `tag "…"` (or `text "…"`, `hint "…"`) with plain content.
  static func plainTexts(_ bytes: [UInt8]) -> [TextRange] {
    let source = String(decoding: bytes, as: UTF8.self)
    guard let regex = try? NSRegularExpression(pattern: #"\b(fi|sv|nb|en|text|hint) "([^"\\{}\n]+)""#) else {
      return []
    }
    let matches = regex.matches(in: source, range: NSRange(source.startIndex..., in: source))
    return matches.compactMap { m in
      guard let r = Range(m.range(at: 2), in: source) else { return nil }
      let start = source.utf8.distance(from: source.utf8.startIndex, to: r.lowerBound)
      return TextRange(start, start + source.utf8.distance(from: r.lowerBound, to: r.upperBound))
    }
  }

  private let sources: [(String, String)] = {
    let root = Fixtures.packageRoot()
    let names = Fixtures.exampleNames()
    return names.map { ($0, Fixtures.read(root.appendingPathComponent("Examples/\($0).qdsl"))) } + [
      ("broken", Fixture.survey + "\nquestion later: integer { text { fi \"Ei kumpikaan\" } }\nif nope == 1 {\n")
    ]
  }()

  @Test func testRandomTypingInTextsGivesTheDiagnosticsOfAFullCheck() {
    let insertions = ["a", "ä", "Ö", " ", "😀", "x y", "-", "?"]
    #expect(sources.count >= 5, "every example and the broken file")
    for (name, source) in sources {
      var random = SplitMix64(seed: 7)
      var analysis = Analysis(source: source)
      var text = Array(source.utf8)
      var fastPaths = 0
      for step in 0..<60 {
        let texts = Self.plainTexts(text)
        guard !texts.isEmpty else { break }
        let target = texts[random.remainder(texts.count)]
        var new = text
        switch random.remainder(4) {
        case 0:
          // Another text's content copied over this one: a repeated question text appears (or goes).
          let other = texts[random.remainder(texts.count)]
          new.replaceSubrange(target.start..<target.end, with: text[other.start..<other.end])
        case 1 where target.length > 1:
          // One character deleted (whole UTF-8 sequences only).
          var at = target.start + random.remainder(target.length)
          while at > target.start, text[at] & 0xC0 == 0x80 { at -= 1 }
          var end = at + 1
          while end < target.end, text[end] & 0xC0 == 0x80 { end += 1 }
          guard end - at < target.length else { continue }
          new.removeSubrange(at..<end)
        default:
          var at = target.start + random.remainder(target.length + 1)
          while at < target.end, at > target.start, text[at] & 0xC0 == 0x80 { at += 1 }
          new.insert(contentsOf: Array(insertions[random.remainder(insertions.count)].utf8), at: at)
        }
        let full = Analysis(bytes: new)
        guard let fast = analysis.diagnosticsAfterTypingInTexts(new) else {
          Issue.record("\(name), step \(step): typing inside a text did not take the fast path")
          return
        }
        fastPaths += 1
        #expect(fast == full.diagnostics, "\(name), step \(step)")
        // Every few steps the analysis is renewed, as the server does after a pause; in between, several
        // changes pile up against the same analysis.
        if step % 7 == 6 { analysis = full }
        text = new
      }
      #expect(fastPaths > 30, Comment(rawValue: name))
    }
  }

  @Test func testTypingWhitespaceAndCommentsGivesTheDiagnosticsOfAFullCheck() {
    for (name, source) in sources {
      var random = SplitMix64(seed: 11)
      var analysis = Analysis(source: source)
      var text = Array(source.utf8)
      for step in 0..<60 {
        var new = text
        // A space, tab or line break typed into (or deleted from) a run of whitespace, or a word typed into a
        // comment (one is added first when the file has none).
        let tree = Parse(bytes: text).tree
        var spaces: [Int] = []
        var comments: [Int] = []
        for i in tree.tokens.indices {
          let r = tree.tokenRange(i)
          switch tree.tokens[i].kind {
          case .whitespace where r.length > 1: spaces.append(r.start + 1)
          case .comment: comments.append(r.start)
          default: break
          }
        }
        switch random.remainder(3) {
        case 0 where spaces.count > 1:
          new.remove(at: spaces[random.remainder(spaces.count)])
        case 1 where !comments.isEmpty:
          new.insert(contentsOf: Array(" sana ä".utf8), at: comments[random.remainder(comments.count)] + 1)
        default:
          guard !spaces.isEmpty else { continue }
          new.insert([0x20, 0x09, 0x0A][random.remainder(3)], at: spaces[random.remainder(spaces.count)])
        }
        guard let fast = analysis.diagnosticsAfterTypingInTexts(new) else {
          // A file that ends inside a block has its missing '}' placed by the indentation, so whitespace that holds
          // a line break is checked in full there.
          if analysis.file.parse.endsInsideBlock { continue }
          Issue.record("\(name), step \(step): typing whitespace or a comment did not take the fast path")
          return
        }
        #expect(fast == Analysis(bytes: new).diagnostics, "\(name), step \(step)")
        if step % 7 == 6 { analysis = Analysis(bytes: new) }
        text = new
      }
    }
  }

  @Test func testRepeatedTextsAreFoundAndLostWhileTyping() throws {
    let source = """
      survey s
      languages fi en
      question a: integer { text { fi "Ikä" en "Age" } }
      question b: integer { text { fi "Ikää" en "Age in years" } }

      """
    let analysis = Analysis(source: source)
    #expect(analysis.diagnostics.map(\.code) == [])
    // Deleting the last letter of b's Finnish text repeats a's.
    let bytes = Array(source.utf8)
    let at = try #require(Self.plainTexts(bytes).dropFirst(2).first)
    var new = bytes
    new.removeSubrange((at.end - 2)..<at.end)
    let fast = try #require(analysis.diagnosticsAfterTypingInTexts(new))
    #expect(fast.map(\.code) == [.duplicateText])
    #expect(fast == Analysis(bytes: new).diagnostics)
  }

  @Test func testTypingAroundPipesMovesTheirDiagnostics() throws {
    // 'n' is optional, so its pipe is a warning (QD4005, once per text) whose range must move with the typing.
    let source = """
      survey s
      languages fi en
      question n: integer { text { fi "Montako?" en "How many?" } }
      question a: integer required {
        text { fi "Kun {n} on annettu, {n} riittää" en "With {n} given, {n} will do" }
      }

      """
    let analysis = Analysis(source: source)
    #expect(analysis.diagnostics.map(\.code) == [.pipeMayBeMissing])
    func edited(_ old: String, _ new: String) -> [UInt8] {
      Array(source.replacingOccurrences(of: old, with: new).utf8)
    }
    let accepted = [
      edited("Kun {n}", "Kun nyt {n}"), edited("{n} on", "{n} ei ole"), edited("riittää", "riittää aina"),
      edited("With {n} given, {n}", "With {n} given, then {n}"), edited("Kun {n} on annettu, {n}", "Kun {n} ja {n}"),
    ]
    for new in accepted {
      let fast = try #require(
        analysis.diagnosticsAfterTypingInTexts(new), Comment(rawValue: String(decoding: new, as: UTF8.self)))
      #expect(fast == Analysis(bytes: new).diagnostics)
    }
    let refused = [
      edited("{n} on", "{nn} on"), edited("{n} on", "{n on"), edited("Kun {n}", "Kun {{n}"),
      edited("Kun {n} on annettu, {n}", "Kun {n}"), edited("Kun {n}", "Kun {a} {n}"),
    ]
    for new in refused {
      #expect(
        analysis.diagnosticsAfterTypingInTexts(new) == nil, Comment(rawValue: String(decoding: new, as: UTF8.self)))
    }
  }

  /// Typing that crashed the server (a negative index): `#` on the second of two blank lines at the start, and a
  /// letter typed into the spaces of a text, each followed by more typing against the same analysis.
  @Test func testTypingIntoBlankLinesAndSpacesInTextsNeverCrashes() {
    let body = "survey s\nlanguages fi\nquestion q: integer { text { fi \"a   b\" } }\nnote n { text \"   \" }\n"
    let cases: [(String, [String])] = [
      ("\n\n" + body, ["\n#\n" + body, "\n# \n" + body]),
      (
        body,
        [
          body.replacingOccurrences(of: "a   b", with: "a x  b"),
          body.replacingOccurrences(of: "a   b", with: "a xx b"),
        ]
      ),
      (
        body,
        [
          body.replacingOccurrences(of: "\"   \"", with: "\" x  \""),
          body.replacingOccurrences(of: "\"   \"", with: "\"x   \""),
        ]
      ),
      (
        body,
        [
          body.replacingOccurrences(of: "\"   \"", with: "\"  x \""),
          body.replacingOccurrences(of: "\"   \"", with: "\"   x\""),
        ]
      ),
    ]
    for (source, typed) in cases {
      let analysis = Analysis(source: source)
      for new in typed {
        let bytes = Array(new.utf8)
        if let fast = analysis.diagnosticsAfterTypingInTexts(bytes) {
          #expect(fast == Analysis(bytes: bytes).diagnostics, Comment(rawValue: new))
        }
      }
    }
  }

  /// Edits whose diagnostics a full check places differently: spaces typed where a diagnostic's range ends or an
  /// empty one sits, a line break that moves a syntax error, a comment joined with the next line.
  @Test func testEditsThatMoveDiagnosticsTakeTheFullCheck() throws {
    let source = """
      survey s
      languages fi
      # a comment
      question q: integer { text { fi "Kysymys" } }
      question r integer { text { fi "Toinen" } }
      if later == 1 { question x: integer { text "X" } }
      question later: integer { text "Myöhemmin" }

      """
    let analysis = Analysis(source: source)
    #expect(analysis.diagnostics.map(\.code) == [.unexpectedToken, .laterVariable])
    func edited(_ old: String, _ new: String) -> [UInt8] {
      Array(source.replacingOccurrences(of: old, with: new).utf8)
    }
    let edits: [(String, [UInt8])] = [
      ("the comment joined with the question after it", edited("# a comment\n", "# a comment")),
      ("spaces typed where the missing ':' is reported", edited("question r integer", "question r  integer")),
      ("a line break where the missing ':' is reported", edited("question r integer", "question r\ninteger")),
      ("a line break before the later question, named by line", edited("\nquestion later", "\n\nquestion later")),
      ("a line break in the blank line at the end", edited("}\n", "}\n\n")),
      ("'#' typed into a blank line", edited("languages fi\n", "languages fi\n#\n")),
    ]
    for (what, new) in edits {
      if let fast = analysis.diagnosticsAfterTypingInTexts(new) {
        #expect(fast == Analysis(bytes: new).diagnostics, Comment(rawValue: what))
      }
    }
    // Comments and spaces away from any diagnostic still take the fast path, a space typed at the end of a line too.
    for new in [
      edited("# a comment", "# a longer comment"), edited("question q: integer", "question q:  integer"),
      edited("languages fi\n", "languages fi \n"),
    ] {
      #expect(analysis.diagnosticsAfterTypingInTexts(new) == Analysis(bytes: new).diagnostics)
    }
  }

  @Test func testEditsThatMayChangeMoreTakeTheFullCheck() throws {
    let source = """
      survey s
      version "1"
      languages fi en
      question a: text { text { fi "Nimi" en "Name" } }
      question b: date { text { fi "Päivä" en "Day" } check b > date("2024-01-01") { fi "Liian aikaisin" en "Too early" } }
      if a == "x" { question c: integer { text { fi "Luku" en "Number" } } }

      """
    let analysis = Analysis(source: source)
    let bytes = Array(source.utf8)
    func edited(_ old: String, _ new: String) -> [UInt8] {
      Array(source.replacingOccurrences(of: old, with: new).utf8)
    }
    // Each of these must be refused: they can change the tree, a pipe, a date, a condition or the version.
    let refused: [(String, [UInt8])] = [
      ("a pipe typed", edited("\"Nimi\"", "\"Nimi {a}\"")),
      ("a pipe half typed", edited("\"Nimi\"", "\"Nimi {a\"")),
      ("a brace typed", edited("\"Nimi\"", "\"Nimi {\"")),
      ("a quote typed", edited("\"Nimi\"", "\"Ni\"mi\"")),
      ("an escape typed", edited("\"Nimi\"", "\"Nimi\\n\"")),
      ("a line break typed", edited("\"Nimi\"", "\"Ni\nmi\"")),
      ("a text emptied", edited("\"Nimi\"", "\"\"")),
      ("a name changed", edited("question a:", "question ab:")),
      ("the version changed", edited("\"1\"", "\"2\"")),
      ("a date changed", edited("2024-01-01", "2024-13-01")),
      ("a compared text changed", edited("\"x\"", "\"y\"")),
      ("a comment added", edited("survey s\n", "survey s # x\n")),
      ("a letter typed after a name", edited("question a:", "question ax:")),
      ("spaces between two words removed", edited("question a:", "questiona:")),
    ]
    for (what, new) in refused {
      #expect(new != bytes, Comment(rawValue: what))
      #expect(analysis.diagnosticsAfterTypingInTexts(new) == nil, Comment(rawValue: what))
    }
    #expect(analysis.diagnosticsAfterTypingInTexts(bytes) == analysis.diagnostics, "no change at all")
    let typed = edited("\"Nimi\"", "\"Nimi ja ikä\"")
    #expect(analysis.diagnosticsAfterTypingInTexts(typed) == Analysis(bytes: typed).diagnostics)
  }

  /// In a file that ends inside a block, the indentation places the error about the missing '}' (found by
  /// qdsl-fuzz-editor): indenting the last line moves it from the question's '{' to the section's.
  @Test func testIndentationInAFileThatEndsInsideABlockTakesTheFullCheck() {
    let source = "survey s\nlanguages en\nsection a {\n  question q: integer {\n    text \"Q?\"\n}\n"
    let analysis = Analysis(source: source)
    #expect(analysis.file.parse.endsInsideBlock)
    let indented = Array(source.replacingOccurrences(of: "\n}\n", with: "\n  }\n").utf8)
    #expect(Analysis(bytes: indented).diagnostics.map(\.range) != analysis.diagnostics.map(\.range))
    #expect(analysis.diagnosticsAfterTypingInTexts(indented) == nil)
    // Words typed into a text still take the fast path, exactly.
    let typed = Array(source.replacingOccurrences(of: "Q?", with: "Your age?").utf8)
    #expect(analysis.diagnosticsAfterTypingInTexts(typed) == Analysis(bytes: typed).diagnostics)
    #expect(analysis.diagnosticsAfterTypingInTexts(typed) != nil)
  }
}
