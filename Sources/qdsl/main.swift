// The qdsl command: dispatches to one command per file and exits with its code.

import Foundation
import QDSLSemantics

/// The command table and top-level dispatch.
enum CLI {
  static let version = "0.1.0"

  static let commands: [CommandSpec] = [
    CheckCommand.spec, CompileCommand.spec, FmtCommand.spec, DiffCommand.spec, PreviewCommand.spec,
    SimulateCommand.spec, TranslationsCommand.spec, ExplainCommand.spec, LSPCommand.spec, ImportCommand.spec,
    ValidateDataCommand.spec,
    helpSpec,
  ]

  static func topLevelHelp() -> String {
    var out = """
      qdsl \(version): survey questionnaires as code

      Usage: qdsl <command> [options]

      Commands:

      """
    let width = commands.map(\.name.count).max() ?? 4
    for c in commands {
      out += "  " + c.name + String(repeating: " ", count: width - c.name.count + 2) + c.summary + "\n"
    }
    out += """

      Options:
        --version   Print the version
        -h, --help  Print this help

      Run 'qdsl help <command>' or 'qdsl <command> --help' for a command's options.

      """
    return out
  }

  static let helpSpec = CommandSpec(
    name: "help", summary: "Print help for qdsl or one of its commands", usage: "qdsl help [COMMAND]", details: "",
    options: [],
    run: { args in
      guard let name = args.positional.first else {
        Console.out(topLevelHelp())
        return .success
      }
      guard let c = commands.first(where: { $0.name == name }) else {
        Console.err("error: there is no command '\(name)'; run 'qdsl help' to list them\n")
        return .usage
      }
      Console.out(c.help)
      return .success
    })

  static func run(_ argv: [String]) -> ExitCode {
    guard let first = argv.first else {
      Console.err(topLevelHelp())
      return .usage
    }
    switch first {
    case "--version", "-V":
      Console.out("qdsl \(version)\n")
      return .success
    case "--help", "-h":
      Console.out(topLevelHelp())
      return .success
    default:
      break
    }
    guard let command = commands.first(where: { $0.name == first }) else {
      var nearMiss = NearMiss()
      if let near = nearMiss.suggestions(for: first, among: commands.map(\.name), count: 1).first {
        Console.err("error: unknown command '\(first)'; did you mean '\(near)'? run 'qdsl help' to list the commands\n")
      } else {
        Console.err("error: unknown command '\(first)'; run 'qdsl help' to list the commands\n")
      }
      return .usage
    }
    let rest = Array(argv.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      Console.out(command.help)
      return .success
    }
    switch command.parse(rest) {
    case .failure(let e):
      Console.err("error: \(e.message)\nUsage: \(command.usage)\n")
      return .usage
    case .success(let parsed):
      return command.run(parsed)
    }
  }
}

exit(CLI.run(Array(CommandLine.arguments.dropFirst())).rawValue)
