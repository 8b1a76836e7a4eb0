// The command line behaves the same way in every command: each case runs the real binary with arguments a user
// could mistype and compares the whole stdout, stderr and exit status with what the case expects.

import Foundation
import QDSLTestSupport
import Testing

@Suite struct CommandLineConsistencyTests {
  /// One run of the binary and everything it should print.
  struct Case {
    var arguments: [String]
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let example = "Examples/library-user-survey.qdsl"

  static let cases: [Case] = [
    // A directory where one file is expected says so, instead of "cannot read this file".
    Case(
      arguments: ["compile", "Examples", "-o", "OUT"], status: 2, stdout: "",
      stderr: "error: Examples: is a directory; give one .qdsl file (only 'qdsl check' and 'qdsl fmt' take "
        + "directories)\n"),
    Case(
      arguments: ["simulate", "Examples"], status: 2, stdout: "",
      stderr: "error: Examples: is a directory; give one .qdsl file (only 'qdsl check' and 'qdsl fmt' take "
        + "directories)\n"),
    // After an input that could not be read, check never closes with a bare "no problems found".
    Case(
      arguments: ["check", example, "missing.qdsl"], status: 2,
      stdout: "checked 1 file: no problems found; 1 input could not be read (see above)\n",
      stderr: "error: missing.qdsl: no such file or directory\n"),
    // An option given twice is an error, not a silent choice of the last value...
    Case(
      arguments: ["check", "--format", "json", "--format", "text", example], status: 2, stdout: "",
      stderr: "error: --format is given twice ('json' and 'text'); give it once\n"
        + "Usage: qdsl check PATH... [--format text|json|sarif|github] [--warnings-as-errors] "
        + "[--color auto|always|never]\n"),
    // ...but lists add up.
    Case(
      arguments: ["compile", example, "-o", "OUT", "--target", "form", "--target", "ddi,form"], status: 0,
      stdout: "wrote OUT/library-user-survey.form.json\nwrote OUT/library-user-survey.ddi.xml\n", stderr: ""),
    // A mistyped command or option gets the near miss.
    Case(
      arguments: ["chek", example], status: 2, stdout: "",
      stderr: "error: unknown command 'chek'; did you mean 'check'? run 'qdsl help' to list the commands\n"),
    Case(
      arguments: ["frobnicate"], status: 2, stdout: "",
      stderr: "error: unknown command 'frobnicate'; run 'qdsl help' to list the commands\n"),
    Case(
      arguments: ["check", "--formt", "json", example], status: 2, stdout: "",
      stderr: "error: unknown option '--formt' for 'qdsl check'; did you mean '--format'?\n"
        + "Usage: qdsl check PATH... [--format text|json|sarif|github] [--warnings-as-errors] "
        + "[--color auto|always|never]\n"),
  ]

  @Test func testEveryCase() throws {
    let root = Fixtures.packageRoot()
    for c in Self.cases {
      let out = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-cli-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: out) }
      let arguments = c.arguments.map { $0 == "OUT" ? out.path : $0 }
      let result = try BinaryRunner.run(arguments, directory: root)
      let label = "qdsl " + c.arguments.joined(separator: " ")
      #expect(result.status == c.status, "\(label): exit status")
      #expect(result.stdout.replacingOccurrences(of: out.path, with: "OUT") == c.stdout, "\(label): stdout")
      #expect(result.stderr.replacingOccurrences(of: out.path, with: "OUT") == c.stderr, "\(label): stderr")
    }
  }
}
