// An instrument of several files in the IDE facade: places of a file in the assembled text and back, answers of
// the assembled analysis located in their files, and a module's text answered with the instrument's names.

import QDSLIDE
import QDSLSyntax
import Testing

@Suite struct InstrumentAnalysisTests {
  static let instrument = """
    survey s
    languages en
    use "m.qdsl"
    question staff: integer 1..500 required { text { en "Staff" } }
    include m
    if sector == public {
      calculate big = max(staff, 1)
    }

    """
  static let module = """
    module m
    languages en
    choices sector { 1 public { en "Public" } 2 private { en "Private" } }
    question sector: one of sector { text { en "Sector ({staff})" } }

    """

  static func load(module: String = module) -> InstrumentAnalysis {
    let files = ["m.qdsl": Array(module.utf8)]
    return InstrumentAnalysis(
      SourceSet(entry: "i.qdsl", bytes: Array(instrument.utf8), read: { files[$0].map(SourceRead.bytes) ?? .missing }))
  }

  static func offset(of needle: String, in text: String, nth: Int = 0) -> Int {
    var from = text.startIndex
    var found = text.startIndex
    for _ in 0...nth {
      guard let r = text.range(of: needle, range: from..<text.endIndex) else { return -1 }
      found = r.lowerBound
      from = text.index(after: found)
    }
    return text.utf8.distance(from: text.startIndex, to: found)
  }

  @Test func definitionAndReferencesCrossFiles() throws {
    let a = Self.load()
    #expect(a.diagnostics.isEmpty)
    // `staff` in the module's pipe: its declaration is in the instrument.
    let pipe = Self.offset(of: "staff})", in: Self.module)
    let at = try #require(a.assembledOffset(pipe, inFile: 1))
    let definition = try #require(a.analysis.definition(at: at).flatMap(a.locate))
    #expect(
      definition
        == TextRange(
          Self.offset(of: "staff", in: Self.instrument), Self.offset(of: ": integer", in: Self.instrument), file: 0))
    // The module's header and `languages` line are not in the assembled text.
    #expect(a.assembledOffset(2, inFile: 1) == nil)
    let uses = a.analysis.references(at: at).compactMap(a.locate)
    #expect(uses.map(\.file).sorted() == [0, 0, 1])
  }

  @Test func aModulesTextCompletesTheInstrumentsNames() {
    let a = Self.load()
    let typed = Self.module.replacingOccurrences(of: "({staff})", with: "({st")
    let offset = Self.offset(of: "({st", in: typed) + 4
    let c = CurrentText(reparsing: Array(typed.utf8), names: a.analysis).completion(at: offset)
    #expect(c.items.map(\.label) == ["staff"])
  }

  @Test func includeCompletesTheModulesTheFileUses() {
    let a = Self.load()
    let typed = Self.instrument.replacingOccurrences(of: "include m\n", with: "include \n")
    let offset = Self.offset(of: "include ", in: typed) + 8
    let c = a.moduleCompletion(inFile: 0, bytes: Array(typed.utf8), at: offset)
    #expect(c?.items.map(\.label) == ["m"])
    #expect(a.moduleCompletion(inFile: 0, bytes: Array(typed.utf8), at: 3) == nil)
  }

  /// Typing in a module's texts: the fast path gives what a check of the new files gives, or refuses.
  @Test func typingInAModulesTextsEqualsACheck() {
    // `staff` is not required here, so the module's pipe draws a warning that must move with the text; the
    // module is included twice, so its names clash (errors in the module, from both copies).
    let instrument = Self.instrument.replacingOccurrences(of: " required", with: "")
      .replacingOccurrences(of: "include m\n", with: "include m\ninclude m\n")
    // An unused list in the module draws nothing (a library); one in the instrument does.
    let module = Self.module + "note later { text { en \"Later {staff}\" } }\nchoices spare { 1 a { en \"A\" } }\n"
    func load(_ module: String) -> InstrumentAnalysis {
      let files = ["m.qdsl": Array(module.utf8)]
      return InstrumentAnalysis(
        SourceSet(
          entry: "i.qdsl", bytes: Array(instrument.utf8), read: { files[$0].map(SourceRead.bytes) ?? .missing }))
    }
    let before = load(module)
    #expect(!before.diagnostics.isEmpty)
    var fast = 0
    let bytes = Array(module.utf8)
    for offset in 0...bytes.count {
      for typed in ["x", " ", "é"] {
        let new = Array(bytes[..<offset]) + Array(typed.utf8) + Array(bytes[offset...])
        let edit = (range: TextRange(offset, offset), length: typed.utf8.count)
        guard let predicted = before.diagnosticsAfterTypingInTexts(file: 1, newText: new, edits: [edit]) else {
          continue
        }
        fast += 1
        let checked = load(String(decoding: new, as: UTF8.self)).diagnostics
        #expect(predicted == checked, "typing \(typed) at \(offset)")
      }
    }
    // Most places inside the texts take the fast path.
    #expect(fast > 40)
    // A change of a name is refused.
    let renamed = Array(module.replacingOccurrences(of: "question sector", with: "question sectors").utf8)
    let at = Self.offset(of: "question sector", in: module) + 15
    #expect(
      before.diagnosticsAfterTypingInTexts(file: 1, newText: renamed, edits: [(TextRange(at, at), 1)]) == nil)
    // Two places typed since the check: both in texts, one prediction.
    let first = Self.offset(of: "\"Sector", in: module) + 1
    let second = Self.offset(of: "\"Later", in: module) + 1
    var twice = bytes
    twice.insert(UInt8(ascii: "b"), at: second)
    twice.insert(UInt8(ascii: "a"), at: first)
    let predicted = before.diagnosticsAfterTypingInTexts(
      file: 1, newText: twice, edits: [(TextRange(first, first), 1), (TextRange(second + 1, second + 1), 1)])
    #expect(predicted != nil)
    #expect(predicted == load(String(decoding: twice, as: UTF8.self)).diagnostics)
  }
}
