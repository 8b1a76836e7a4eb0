// Draft languages through the real binary: `check` reports each draft once and exits 0, `--warnings-as-errors`
// blocks the release (exit 1), and compile, simulate and preview work in the draft language.

import Foundation
import QDSLTestSupport
import Testing

@Suite final class DraftLanguageCommandTests {
  private var teardownBlocks: [() -> Void] = []

  deinit {
    for block in teardownBlocks.reversed() { block() }
  }

  private let example = "Examples/household-services.qdsl"

  private func qdsl(_ args: [String], stdin: String? = nil) throws -> RunResult {
    try BinaryRunner.run(args, stdin: stdin.map { Data($0.utf8) }, environment: [:], directory: nil)
  }

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-draft-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    teardownBlocks.append { try? FileManager.default.removeItem(at: dir) }
    return dir
  }

  @Test func testADraftLanguageIsOneWarningThatWarningsAsErrorsMakesBlocking() throws {
    let plain = try qdsl(["check", "--color", "never", example])
    #expect(plain.status == 0, Comment(rawValue: plain.stdout))
    #expect(plain.stdout.contains("warning[QD4019]: Russian (ru) is a draft: "), Comment(rawValue: plain.stdout))
    #expect(plain.stdout.hasSuffix("checked 1 file: 1 warning\n"), Comment(rawValue: plain.stdout))
    let strict = try qdsl(["check", "--warnings-as-errors", "--color", "never", example])
    #expect(strict.status == 1, Comment(rawValue: strict.stdout))
    #expect(strict.stdout.contains("QD4019"))
    // The same file with `draft` removed: one error per text that lacks Russian, and exit 1 without the option.
    let source = try String(
      contentsOfFile: Fixtures.packageRoot().appendingPathComponent(example).path, encoding: .utf8)
    let final = source.replacingOccurrences(of: "languages fi sv en draft ru", with: "languages fi sv en ru")
    #expect(final != source)
    let released = try qdsl(["check", "--format", "json", "-"], stdin: final)
    #expect(released.status == 1)
    #expect(released.stdout.contains("\"QD4001\"") && !released.stdout.contains("\"QD4019\""))
  }

  @Test func testCompileSimulateAndPreviewWorkInTheDraftLanguage() throws {
    let dir = try temporaryDirectory()
    let compiled = try qdsl(["compile", example, "-o", dir.path, "--target", "form,codebook-md,xform", "--lang", "ru"])
    #expect(compiled.status == 0, Comment(rawValue: compiled.stderr))
    let form = try String(contentsOf: dir.appendingPathComponent("household-services.form.json"), encoding: .utf8)
    #expect(form.contains("\"draftLanguages\": [\n    \"ru\"\n  ]"))
    let codebook = try String(
      contentsOf: dir.appendingPathComponent("household-services.codebook.md"), encoding: .utf8)
    #expect(codebook.contains("ru (черновик)") || codebook.contains("ru (draft)"), Comment(rawValue: codebook))
    #expect(codebook.contains("\\[fi\\] "))
    let simulated = try qdsl(["simulate", example, "--respondents", "20", "--seed", "3", "--lang", "ru"])
    #expect(simulated.status == 0, Comment(rawValue: simulated.stderr))
    let page = dir.appendingPathComponent("page.html").path
    let preview = try qdsl(["preview", example, "-o", page, "--lang", "ru"])
    #expect(preview.status == 0, Comment(rawValue: preview.stderr))
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(html.contains("<html lang=\"ru\""))
  }
}
