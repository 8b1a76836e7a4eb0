// The compile oracle on instruments of several files, the multi-file seeds of the fuzzer (Fuzz/make-corpus.py
// makes the same): the module fixture folders, the split examples, the examples with their modules, the docs'
// `# file:` blocks, the handwritten inputs under Fixtures/modules and generated ones (a long chain of modules, a
// module that is not UTF-8); and the `# file:` input format itself.

import Foundation
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

@testable import QDSLFuzzing

@Suite struct MultiFileSeedsTests {
  private let root = Fixtures.packageRoot()

  /// Files as one fuzz input: a `# file: PATH` line before each, the entry first.
  static func input(entry: String, _ files: [String: [UInt8]]) -> [UInt8] {
    var out: [UInt8] = []
    for path in [entry] + files.keys.sorted() where path != entry || out.isEmpty {
      guard var bytes = files[path] else { continue }
      if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
      out += Array("# file: \(path)\n".utf8) + bytes
    }
    return out
  }

  /// Every folder of files the repository keeps as one instrument: module fixtures and split examples.
  private func folderInputs() throws -> [(String, [UInt8])] {
    var inputs: [(String, [UInt8])] = []
    for base in ["Tests/QDSLSemanticsTests/Fixtures/modules", "Tests/QDSLOutputsTests/Fixtures/split"] {
      let folder = root.appendingPathComponent(base)
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
        let files = ModuleFiles(folder: folder.appendingPathComponent(name))
        inputs.append(("\(base)/\(name)", Self.input(entry: files.entry, files.files)))
      }
    }
    return inputs
  }

  /// The examples that use modules, each with the modules it reaches (paths from the example's folder).
  private func exampleInputs() -> [(String, [UInt8])] {
    Fixtures.exampleNames(root).compactMap { name in
      let instrument = Fixtures.checkExample(name, root)
      guard !instrument.isSingleFile else { return nil }
      let folder = root.appendingPathComponent("Examples").path + "/"
      var files: [String: [UInt8]] = [:]
      for file in instrument.sources.files {
        let path = file.index == 0 ? "\(name).qdsl" : String(file.path.dropFirst(folder.count))
        files[path] = file.parse.tree.bytes
      }
      return ("Examples/\(name)", Self.input(entry: "\(name).qdsl", files))
    }
  }

  /// The qdsl blocks of each section of the diagnostic pages whose blocks name their files.
  private func docsInputs() -> [(String, [UInt8])] {
    var inputs: [(String, [UInt8])] = []
    for page in DiagnosticDocs.pages(root) {
      for heading in ["## Example", "## Fix"] {
        let blocks = DiagnosticDocs.qdslBlocks(page.text, under: heading)
        guard let first = blocks.first, first.hasPrefix("# file: ") else { continue }
        inputs.append(
          ("\(page.code) \(heading)", Array(blocks.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined().utf8)))
      }
    }
    return inputs
  }

  @Test func everyMultiFileSeedKeepsTheCompilerPromises() throws {
    let handwritten = Fixtures.files(
      in: root.appendingPathComponent("Tests/QDSLFuzzingTests/Fixtures/modules"), withExtension: "qdsl"
    ).map { ($0.lastPathComponent, (try? Array(Data(contentsOf: $0))) ?? []) }
    let folders = try folderInputs()
    let examples = exampleInputs()
    let docs = docsInputs()
    #expect(handwritten.count >= 7 && folders.count >= 15, "the fixtures are found")
    #expect(examples.count >= 2, "the barometers")
    #expect(docs.count >= 7, "the pages of QD2030-QD2037")
    for (name, bytes) in handwritten + folders + examples + docs {
      // Some fixture folders hold only the instrument (its modules are missing on purpose).
      let input = try #require(MultiFileInput(bytes), "\(name) is read as an input of files")
      #expect(input.entry.hasSuffix(".qdsl"), Comment(rawValue: name))
      if let finding = CompileOracle.finding(in: bytes) { Issue.record("\(name): \(finding)") }
    }
  }

  /// The examples' instruments check clean, so the oracle compiles them to every output from their modules.
  @Test func theBarometersCompileThroughTheOracle() throws {
    for (name, bytes) in exampleInputs() {
      let input = try #require(MultiFileInput(bytes))
      let instrument = Checker.check(input.load())
      #expect(instrument.diagnostics.isEmpty, "\(name): \(instrument.diagnostics.map(\.message))")
      #expect(instrument.sources.files.count == 3, Comment(rawValue: name))
    }
  }

  /// A chain of modules longer than the nesting limit, each including the next, and a module that is not UTF-8:
  /// located errors, never a crash or a hang.
  @Test func generatedInputsKeepThePromises() throws {
    var chain = "# file: main.qdsl\nsurvey chain\nlanguages en\nuse \"m0.qdsl\"\ninclude m0\n"
    for k in 0..<150 {
      chain += "# file: m\(k).qdsl\nmodule m\(k)\nlanguages en\nuse \"m\(k + 1).qdsl\"\n"
      chain += "question q\(k): integer { text \"Q\(k)?\" }\ninclude m\(k + 1)\n"
    }
    chain += "# file: m150.qdsl\nmodule m150\nlanguages en\nquestion last: integer { text \"Last?\" }\n"
    #expect(CompileOracle.finding(in: Array(chain.utf8)) == nil)
    let latin1 =
      Array("# file: main.qdsl\nsurvey s\nlanguages en\nuse \"l.qdsl\"\ninclude l\n# file: l.qdsl\nmodule l\n".utf8)
      + [0x23, 0x20, 0xE4, 0x0A]
    #expect(CompileOracle.finding(in: latin1) == nil)
    let input = try #require(MultiFileInput(latin1))
    #expect(Checker.check(input.load()).diagnostics.map(\.code) == [.moduleNotUTF8])
  }

  /// Every handwritten multi-file input with one line left out, and cut short after each line: the promises hold
  /// for the broken instruments on the way (a module cut in half, a `use` or `# file:` line gone).
  @Test func everyLineLeftOutOfTheHandwrittenInputsKeepsThePromises() {
    let files = Fixtures.files(
      in: root.appendingPathComponent("Tests/QDSLFuzzingTests/Fixtures/modules"), withExtension: "qdsl")
    var tried = 0
    for url in files {
      let lines = Fixtures.read(url).split(separator: "\n", omittingEmptySubsequences: false)
      for k in lines.indices {
        let without = (lines[..<k] + lines[(k + 1)...]).joined(separator: "\n")
        let cut = lines[...k].joined(separator: "\n")
        for variant in [without, cut] {
          tried += 1
          if let finding = CompileOracle.finding(in: Array(variant.utf8)) {
            Issue.record("\(url.lastPathComponent) without or cut after line \(k + 1): \(finding)\n\(variant)")
          }
        }
      }
    }
    #expect(tried > 200)
  }

  @Test func theInputIsReadAsBlocksWithTheEntryFirst() throws {
    let text =
      "# file: dir/main.qdsl\r\nsurvey s\n# file: dir/m.qdsl \n# not a block: # file: x\nmodule m\n"
      + "# file: dir/main.qdsl\nsurvey again\n"
    let input = try #require(MultiFileInput(Array(text.utf8)))
    #expect(input.entry == "dir/main.qdsl")
    #expect(input.files.map(\.path) == ["dir/main.qdsl", "dir/m.qdsl"], "a path given twice keeps its first block")
    #expect(
      String(decoding: input.files[1].bytes, as: UTF8.self)
        == "# file: dir/m.qdsl \n# not a block: # file: x\nmodule m\n")
    #expect(MultiFileInput(Array("survey s\n# file: a.qdsl\n".utf8)) == nil, "one file: it does not open with a block")
    #expect(MultiFileInput(Array("# file:".utf8)) == nil)
    #expect(MultiFileInput(Array("# file: ".utf8))?.entry == "")
  }

  @Test func aDiagnosticInAnotherFilesRangeIsAFinding() throws {
    let input = try #require(
      MultiFileInput(Array("# file: a.qdsl\nsurvey s\nuse \"b.qdsl\"\n# file: b.qdsl\nmodule b\n".utf8)))
    let sources = input.load()
    #expect(sources.files.count == 2)
    let inside = Diagnostic(.unknownName, "m", at: TextRange(0, 8, file: 1))
    #expect(MultiFileRanges.finding([inside], in: sources) == nil)
    // Offsets of the entry (longer) in the module's file, and a file that is not there.
    let outside = Diagnostic(.unknownName, "m", at: TextRange(20, 30, file: 1))
    #expect(MultiFileRanges.finding([outside], in: sources) != nil)
    let noFile = Diagnostic(.unknownName, "m", at: TextRange(0, 1, file: 2))
    #expect(MultiFileRanges.finding([noFile], in: sources) != nil)
  }
}
