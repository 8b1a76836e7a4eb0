// XLIFF 2.0 exports validate against the OASIS core schema kept in Grammar/schemas/xliff-2.0 (with xmllint, when
// it is installed; CI installs it and validates the example's export too), and the exported PO files pass
// msgfmt --check when gettext is installed.

import Foundation
import QDSLTestSupport
import QDSLTranslations
import Testing

@Suite struct XLIFFSchemaTests {
  func tool(_ name: String) -> String? {
    ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first(where: FileManager.default.isExecutableFile)
  }

  /// Runs a tool; its status and what it printed.
  func run(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let output = Pipe()
    process.standardError = output
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }

  /// Every example's export to each language, and the awkward document of the format tests (placeholders, code
  /// points, a stale unit).
  func documents() -> [(String, TranslationDocument)] {
    var out = [("awkward", TranslationFormatsTests.document())]
    for name in Fixtures.exampleNames() {
      let (_, _, t) = Instruments.example(name)
      for language in t.survey.languages.dropFirst() {
        out.append(("\(name)-\(language)", t.document(language: language)))
      }
    }
    return out
  }

  @Test func xliffExportsValidateAgainstTheSchema() throws {
    let schema = Fixtures.packageRoot().appendingPathComponent("Grammar/schemas/xliff-2.0/xliff_core_2.0.xsd")
    #expect(FileManager.default.fileExists(atPath: schema.path))
    guard let xmllint = tool("xmllint") else { try Test.cancel("xmllint is not installed") }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-xliff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for (stem, document) in documents() {
      let file = dir.appendingPathComponent(stem + ".xlf")
      try document.render(.xliff).write(to: file, atomically: true, encoding: .utf8)
      let (status, output) = try run(xmllint, ["--noout", "--nonet", "--schema", schema.path, file.path])
      #expect(status == 0, "\(stem).xlf does not validate:\n\(output)")
    }
  }

  @Test func poExportsPassMsgfmtCheck() throws {
    guard let msgfmt = tool("msgfmt") else { try Test.cancel("msgfmt (gettext) is not installed") }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-po-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for (stem, document) in documents() {
      let file = dir.appendingPathComponent(stem + ".po")
      try document.render(.po).write(to: file, atomically: true, encoding: .utf8)
      let (status, output) = try run(msgfmt, ["--check", "-o", "/dev/null", file.path])
      #expect(status == 0 && output.isEmpty, "msgfmt --check \(stem).po:\n\(output)")
    }
    // A lost placeholder is what msgfmt catches too (the check can fail).
    let broken = dir.appendingPathComponent("broken.po")
    let text =
      "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n#, python-brace-format\n"
      + "msgctxt \"u\"\nmsgid \"{staff} people\"\nmsgstr \"henkilöä\"\n"
    try text.write(to: broken, atomically: true, encoding: .utf8)
    #expect(try run(msgfmt, ["--check", "-o", "/dev/null", broken.path]).0 != 0)
  }
}
