// Tidy tests keep the map true: every diagnostic code has a page whose example fails with it and whose fix is
// clean, is emitted somewhere, and has fixtures; every example checks clean; every Swift file opens with its
// purpose line; docs/cli.md shows each command's real help; the grammar names every keyword.

import Foundation
import QDSLOutputs
import QDSLRevisions
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import Testing

@Suite struct TidyTests {
  private let root = Fixtures.packageRoot()

  @Test func testEveryCodeHasAPageWhoseExampleFailsWithItAndWhoseFixIsClean() {
    let pages = Dictionary(uniqueKeysWithValues: DiagnosticDocs.pages(root).map { ($0.code, $0.text) })
    for code in DiagnosticCode.allCases {
      guard let page = pages[code.rawValue] else {
        Issue.record("\(code.rawValue) has no page docs/diagnostics/\(code.rawValue).md")
        continue
      }
      #expect(
        page.hasPrefix("# \(code.rawValue): \(code.summary)\n"), "\(code.rawValue): the title must be the summary")
      if code.isRevisionChange {
        checkRevisionPage(code, page)
        continue
      }
      if code.isModuleLoading {
        checkModulePage(code, page)
        continue
      }
      if code.isDataRule {
        checkDataPage(code, page)
        continue
      }
      let examples = DiagnosticDocs.qdslBlocks(page, under: "## Example")
      #expect(!examples.isEmpty, "\(code.rawValue): no qdsl example")
      for example in examples {
        let codes = Self.diagnostics(example, for: code).map(\.code)
        #expect(codes.contains(code), "\(code.rawValue): the page's example does not report it (got \(codes))")
      }
      let fixes = DiagnosticDocs.qdslBlocks(page, under: "## Fix")
      #expect(!fixes.isEmpty, "\(code.rawValue): no fixed example")
      for fix in fixes {
        let diagnostics = Self.diagnostics(fix, for: code)
        #expect(diagnostics.map(\.code) == [], "\(code.rawValue): the fixed example is not clean")
      }
    }
    for code in pages.keys where DiagnosticCode(rawValue: code) == nil {
      Issue.record("docs/diagnostics/\(code).md documents a code that is not in the registry")
    }
  }

  /// A revision code's page has pairs (old, new) of clean files: the example's diff reports the code; the fix's
  /// (required for breaking changes) does not.
  private func checkRevisionPage(_ code: DiagnosticCode, _ page: String) {
    func codes(_ blocks: [String], _ what: String) -> [DiagnosticCode]? {
      guard blocks.count == 2 else {
        Issue.record("\(code.rawValue): the \(what) must be two qdsl blocks, the old and the new revision")
        return nil
      }
      let checked = blocks.map { Checker.check(source: $0) }
      // A draft language's one warning (QD4019) is by design: a revision may carry a translation in progress.
      for c in checked {
        #expect(
          c.diagnostics.map(\.code).filter { $0 != .draftLanguage } == [], "\(code.rawValue): the \(what) is not clean")
      }
      return RevisionDiff(old: checked[0], new: checked[1]).changes.map(\.code)
    }
    if let found = codes(DiagnosticDocs.qdslBlocks(page, under: "## Example"), "example") {
      #expect(found.contains(code), "\(code.rawValue): the page's example does not report it (got \(found))")
    }
    let fixes = DiagnosticDocs.qdslBlocks(page, under: "## Fix")
    if code.severity == .error || !fixes.isEmpty, let found = codes(fixes, "fix") {
      #expect(!found.contains(code), "\(code.rawValue): the page's fix still reports it")
    }
  }

  /// A module code's page shows files (`# file: PATH` blocks, the instrument first): loading the example reports
  /// the code; loading the fix reports nothing (loading and syntax; checking across files is not there yet).
  private func checkModulePage(_ code: DiagnosticCode, _ page: String) {
    for heading in ["## Example", "## Fix"] {
      guard let files = ModuleFiles(blocks: DiagnosticDocs.qdslBlocks(page, under: heading)) else {
        Issue.record("\(code.rawValue): the blocks under \(heading) must each start with '# file: PATH'")
        continue
      }
      let codes = files.load().allDiagnostics.map(\.code)
      if heading == "## Example" {
        #expect(codes.contains(code), "\(code.rawValue): the page's example does not report it (got \(codes))")
      } else {
        #expect(codes == [], "\(code.rawValue): the fixed example is not clean (got \(codes))")
      }
    }
  }

  /// A data rule's page shows a survey (a qdsl block) and data files (```csv NAME blocks) under each heading, and
  /// the report of the example: run through the real binary, the example's data report the code and exactly that
  /// text; the fix's data report nothing, and the fixed survey checks clean.
  private func checkDataPage(_ code: DiagnosticCode, _ page: String) {
    for heading in ["## Example", "## Fix"] {
      let surveys = DiagnosticDocs.qdslBlocks(page, under: heading)
      let files = DiagnosticDocs.namedBlocks(page, under: heading, language: "csv")
      guard surveys.count == 1, !files.isEmpty else {
        Issue.record("\(code.rawValue): \(heading) must have one qdsl block and ```csv NAME blocks")
        continue
      }
      #expect(Checker.check(source: surveys[0]).diagnostics.map(\.code) == [], "\(code.rawValue): the survey")
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-page-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: dir) }
      do {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try surveys[0].write(to: dir.appendingPathComponent("survey.qdsl"), atomically: true, encoding: .utf8)
        for (name, text) in files {
          try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let r = try BinaryRunner.run(
          ["validate-data", "survey.qdsl"] + files.map(\.name) + ["--today", "2024-06-15"], directory: dir)
        if heading == "## Example" {
          #expect(r.stdout.contains("[\(code.rawValue)]"), "\(code.rawValue): the example does not report it")
          let shown = DiagnosticDocs.namedBlocks(page, under: heading, language: "text").first?.text
          #expect(shown == r.stdout, "\(code.rawValue): the page's report is not the example's:\n\(r.stdout)")
        } else {
          #expect(r.status == 0 && !r.stdout.contains("[QD60"), "\(code.rawValue): the fix is not clean: \(r.stdout)")
        }
      } catch {
        Issue.record("\(code.rawValue): \(error)")
      }
    }
  }

  /// The checker's diagnostics, and for a code of the XForm or XLSForm export also its warnings (the XLSForm's hold
  /// the XForm's).
  static func diagnostics(_ source: String, for code: DiagnosticCode) -> [Diagnostic] {
    let checked = Checker.check(source: source)
    return checked.diagnostics + (code.isXFormWarning ? OutputTarget.xlsform.warnings(checked.survey) : [])
  }

  @Test func testEveryCodeIsEmittedAndRetiredCodesAreNot() throws {
    var sources = ""
    let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent("Sources").path)
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".swift"), !path.hasSuffix("DiagnosticCode.swift"), !path.hasSuffix("DiagnosticPages.swift")
      else { continue }
      sources += Fixtures.read(root.appendingPathComponent("Sources").appendingPathComponent(path))
    }
    for code in DiagnosticCode.allCases {
      let name = String(describing: code)
      // A data rule is emitted by QDSLDataValidation as its DataRule case (the same name).
      #expect(
        sources.contains(".\(name),") || sources.contains(".\(name) ")
          || (code.isDataRule && sources.contains("DataRule.\(name).")),
        "\(code.rawValue) (\(name)) is never emitted")
    }
    for retired in DiagnosticCode.retired { #expect(DiagnosticCode(rawValue: retired) == nil, "\(retired) is retired") }
  }

  @Test func testEveryExampleChecksWithNoDiagnostics() {
    let examples = Fixtures.files(in: root.appendingPathComponent("Examples"), withExtension: "qdsl")
    #expect(examples.count >= 3)
    let revisions = Fixtures.files(in: root.appendingPathComponent("Examples/revisions"), withExtension: "qdsl")
    #expect(revisions.count >= 3)
    var reached = Set<String>()
    for file in examples + revisions {
      // With its modules, as every command reads it.
      let checked = Fixtures.checkInstrument(file)
      // An example with a draft language has exactly one warning per draft language (QD4019), by design.
      let drafts = checked.diagnostics.filter { $0.code == .draftLanguage }
      #expect(drafts.count == checked.survey.draftLanguages.count, Comment(rawValue: file.lastPathComponent))
      let shown = checked.diagnostics.filter { $0.code != .draftLanguage }.map {
        let lines = checked.sources.file(of: $0.range).parse.lineIndex
        return "\(checked.sources.file(of: $0.range).path):\(lines.position(of: $0.range.start)) "
          + "\($0.code.rawValue) \($0.message)"
      }
      #expect(shown == [], Comment(rawValue: file.lastPathComponent))
      for module in checked.sources.files.dropFirst() {
        reached.insert(URL(fileURLWithPath: module.path).standardizedFileURL.path)
      }
    }
    // The examples' modules (in folders below Examples/, so `Examples/*.qdsl` is the instruments) are each used by an
    // example, so each is checked in the context of an instrument.
    let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent("Examples").path)
    var modules = 0
    while let path = walker?.nextObject() as? String {
      guard path.hasSuffix(".qdsl"), path.contains("/"), !path.hasPrefix("revisions/") else { continue }
      modules += 1
      let module = root.appendingPathComponent("Examples/" + path).standardizedFileURL.path
      #expect(reached.contains(module), "Examples/\(path) is used by no example")
    }
    #expect(modules >= 2, "the barometers' modules")
  }

  @Test func testTheBarometerIsACompleteInstrument() {
    let checked = Fixtures.checkExample("innovation-barometer", root)
    #expect(checked.sources.files.count == 3, "the instrument and its two modules")
    let survey = checked.survey
    #expect(survey.languages == ["fi", "sv", "nb", "en"])
    let dataVariables = survey.variables.flatMap(\.dataNames)
    #expect(dataVariables.count >= 40)
    #expect(survey.variables.contains { if case .gridRow = $0.kind { return true } else { return false } })
    #expect(survey.variables.contains { $0.kind == .calculate })
    #expect(survey.lists.contains { $0.options.contains(where: \.isMissing) })
    #expect(survey.universes.count > 5, "nested skip logic")
  }

  @Test func testEverySwiftFileOpensWithItsPurposeLine() {
    for folder in ["Sources", "Tests"] {
      let base = root.appendingPathComponent(folder)
      let enumerator = FileManager.default.enumerator(atPath: base.path)
      while let path = enumerator?.nextObject() as? String {
        guard path.hasSuffix(".swift"), !path.contains("Fixtures/") else { continue }
        let text = Fixtures.read(base.appendingPathComponent(path))
        let first = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        #expect(
          first.hasPrefix("// ") && first.count > 12 && !first.hasPrefix("// swift-"),
          "\(folder)/\(path) must open with a '// ' line saying what it holds")
      }
    }
  }

  @Test func testTheTestsUseSwiftTestingOnly() {
    let base = root.appendingPathComponent("Tests")
    let enumerator = FileManager.default.enumerator(atPath: base.path)
    var swiftFiles = 0
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".swift"), !path.contains("Fixtures/") else { continue }
      swiftFiles += 1
      let lines = Fixtures.read(base.appendingPathComponent(path)).split(separator: "\n")
      #expect(!lines.contains("import XCTest"), "Tests/\(path) imports XCTest: write it with Swift Testing")
    }
    #expect(swiftFiles > 40)
  }

  @Test func testCLIDocsShowTheRealHelp() throws {
    let docs = Fixtures.read(root.appendingPathComponent("docs/cli.md"))
    for command in [
      "check", "compile", "fmt", "diff", "preview", "simulate", "translations", "explain", "lsp", "import", "help",
      "validate-data",
    ] {
      let help = try BinaryRunner.run([command, "--help"]).stdout
      #expect(docs.contains(help), "docs/cli.md does not contain the current output of 'qdsl \(command) --help'")
    }
  }

  @Test func testTheFuzzDictionaryNamesEveryKeyword() {
    let dictionary = Fixtures.read(root.appendingPathComponent("Fuzz/qdsl.dict"))
    for (word, _) in Keywords.all {
      #expect(dictionary.contains("=\"\(word)\"\n"), "Fuzz/qdsl.dict lacks the keyword \"\(word)\"")
    }
  }

  @Test func testGrammarNamesEveryKeyword() {
    let grammar = Fixtures.read(root.appendingPathComponent("Grammar/qdsl.ebnf"))
    for (word, _) in Keywords.all {
      #expect(grammar.contains("\"\(word)\""), "Grammar/qdsl.ebnf does not mention the keyword \"\(word)\"")
    }
  }
}
