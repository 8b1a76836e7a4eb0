// `qdsl lsp`: runs the language server on stdin and stdout until the client says exit or closes stdin.

import QDSLLanguageServer

enum LSPCommand {
  static let spec = CommandSpec(
    name: "lsp", summary: "Run the language server (LSP 3.17 on stdin and stdout)", usage: "qdsl lsp [--stdio]",
    details:
      "Speaks JSON-RPC with Content-Length framing on stdin and stdout; logs go to stderr. Exits 0 after shutdown\nand exit, 1 when the input ends or exit comes without shutdown. docs/lsp.md lists the methods and settings.",
    options: [OptionSpec(long: "stdio", valueName: nil, help: "Use stdin and stdout (the default and only transport)")],
    run: run)

  static func run(_ args: ParsedArguments) -> ExitCode {
    guard args.positional.isEmpty else {
      Console.err("error: 'qdsl lsp' takes no file arguments; the editor sends the documents\n")
      return .usage
    }
    let code = LanguageServer().run()
    return code == 0 ? .success : .findings
  }
}
