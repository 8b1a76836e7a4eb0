// `qdsl fmt PATH…`: rewrites files, directories or stdin in the one canonical layout, or lists what would change.

import Foundation
import QDSLFormat
import QDSLSyntax

enum FmtCommand {
  static let spec = CommandSpec(
    name: "fmt", summary: "Rewrite questionnaires in the canonical layout (comments kept)",
    usage: "qdsl fmt PATH... [--check] [--color auto|always|never]",
    details: """
      PATH is a .qdsl file, a directory (every .qdsl file below it, in sorted order) or '-' to read stdin and
      write the formatted text to stdout. Files are rewritten in place, atomically, and only when they change;
      each rewritten file is listed. A file with syntax errors is left untouched and its errors are printed.
      With --check nothing is written: the files that would change are listed.
      Exit status: 0 when done (with --check: nothing would change), 1 when a file has syntax errors or,
      with --check, would change, 2 on usage or I/O errors.
      """,
    options: [
      OptionSpec(long: "check", valueName: nil, help: "Write nothing; list the files that would change, exit 1 if any"),
      .color("the error output"),
    ],
    run: run)

  static func run(_ args: ParsedArguments) -> ExitCode {
    guard !args.positional.isEmpty else {
      Console.err(
        "error: give at least one .qdsl file or directory to format, or '-' to read stdin\nUsage: \(spec.usage)\n")
      return .usage
    }
    let (paths, expandErrors) = InputFiles.expand(args.positional)
    var ioFailed = !expandErrors.isEmpty
    for e in expandErrors { Console.err("error: \(e)\n") }
    let check = args.flag("check")
    let style = Style(enabled: Console.useColor(args.value("color")))
    var refused = false
    var differs = false
    for path in paths {
      let file: InputFile
      switch InputFiles.read(path) {
      case .failure(let e):
        Console.err("error: \(e.message)\n")
        ioFailed = true
        continue
      case .success(let f):
        file = f
      }
      let parse = Parse(bytes: file.bytes)
      switch Formatter.format(parse) {
      case .syntaxErrors(let errors):
        refused = true
        let text = DiagnosticRenderer.text(errors, path: file.path, lines: parse.lineIndex, style: style)
        let count = errors.count == 1 ? "1 syntax error" : "\(errors.count) syntax errors"
        Console.err(text + "error: \(file.path) was not formatted: fix its \(count) first\n")
      case .formatted(let text):
        let changed = Array(text.utf8) != file.bytes
        if check {
          if changed {
            differs = true
            Console.out(file.path + "\n")
          }
        } else if path == "-" {
          Console.out(text)
        } else if changed {
          do {
            // A link is followed, so that the file it points to is rewritten and the link stays; the mode is kept.
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let mode = (try? FileManager.default.attributesOfItem(atPath: target))?[.posixPermissions] as? Int
            try AtomicFile.write(text, to: target, permissions: mode)
            Console.out("formatted \(file.path)\n")
          } catch {
            Console.err("error: cannot write \(path): \(error.localizedDescription)\n")
            ioFailed = true
          }
        }
      }
    }
    if ioFailed { return .usage }
    if refused || differs { return .findings }
    return .success
  }
}
