// `qdsl explain CODE`: prints the long explanation of a diagnostic code, with an example and its fix.

import QDSLSyntax

enum ExplainCommand {
  static let spec = CommandSpec(
    name: "explain", summary: "Explain a diagnostic code, with an example and the fix",
    usage: "qdsl explain CODE", details: "CODE is a code such as QD2001 (the 'QD' may be left out).", options: [],
    run: run)

  static func run(_ args: ParsedArguments) -> ExitCode {
    guard args.positional.count == 1, var code = args.positional.first?.uppercased() else {
      Console.err("error: give one diagnostic code, e.g. qdsl explain QD2001\n")
      return .usage
    }
    if !code.hasPrefix("QD") { code = "QD" + code }
    if DiagnosticCode.retired.contains(code) {
      Console.out("\(code) is retired: qdsl no longer reports it.\n")
      return .success
    }
    guard let page = DiagnosticPages.pages[code] else {
      Console.err(
        "error: there is no diagnostic code '\(args.positional[0])'; the codes are listed in docs/diagnostics.md\n")
      return .usage
    }
    Console.out(page.hasSuffix("\n") ? page : page + "\n")
    return .success
  }
}
