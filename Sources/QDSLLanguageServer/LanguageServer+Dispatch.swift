// The one dispatch table of the server: every request and notification it serves, and the LSP 3.17 lifecycle
// (initialize, initialized, shutdown, exit) with its error rules.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLText

typealias RequestHandler = @Sendable (LanguageServer, JSON) throws(ResponseError) -> JSON
typealias NotificationHandler = @Sendable (LanguageServer, JSON) -> Void

extension LanguageServer {
  static let requests: [String: RequestHandler] = [
    "initialize": { s, p throws(ResponseError) in try s.initialize(p) },
    "shutdown": { s, _ in
      s.shutdownRequested = true
      return .null
    },
    "textDocument/hover": { s, p throws(ResponseError) in try s.hover(p) },
    "textDocument/completion": { s, p throws(ResponseError) in try s.completion(p) },
    "completionItem/resolve": { s, p throws(ResponseError) in try s.resolveCompletion(p) },
    "textDocument/signatureHelp": { s, p throws(ResponseError) in try s.signatureHelp(p) },
    "textDocument/definition": { s, p throws(ResponseError) in try s.definition(p) },
    "textDocument/references": { s, p throws(ResponseError) in try s.references(p) },
    "textDocument/documentHighlight": { s, p throws(ResponseError) in try s.documentHighlight(p) },
    "textDocument/prepareRename": { s, p throws(ResponseError) in try s.prepareRename(p) },
    "textDocument/rename": { s, p throws(ResponseError) in try s.rename(p) },
    "textDocument/documentSymbol": { s, p throws(ResponseError) in try s.documentSymbol(p) },
    "workspace/symbol": { s, p throws(ResponseError) in try s.workspaceSymbol(p) },
    "textDocument/semanticTokens/full": { s, p throws(ResponseError) in try s.semanticTokens(p) },
    "textDocument/foldingRange": { s, p throws(ResponseError) in try s.foldingRange(p) },
    "textDocument/inlayHint": { s, p throws(ResponseError) in try s.inlayHint(p) },
    "textDocument/codeAction": { s, p throws(ResponseError) in try s.codeAction(p) },
    "textDocument/formatting": { s, p throws(ResponseError) in try s.formatting(p) },
    "textDocument/rangeFormatting": { s, p throws(ResponseError) in try s.rangeFormatting(p) },
  ]

  static let notifications: [String: NotificationHandler] = [
    "initialized": { s, _ in s.registerFileWatching() },
    "exit": { s, _ in s.exitCode = s.shutdownRequested ? 0 : 1 },
    "textDocument/didOpen": { s, p in s.didOpen(p) },
    "textDocument/didChange": { s, p in s.didChange(p) },
    "textDocument/didClose": { s, p in s.didClose(p) },
    "textDocument/didSave": { _, _ in },
    "workspace/didChangeConfiguration": { s, p in s.didChangeConfiguration(p) },
    "workspace/didChangeWatchedFiles": { s, p in s.didChangeWatchedFiles(p) },
  ]

  /// `QDSL_LSP_TRACE=1` logs how long each request took, and each analysis, to stderr.
  static let tracing = ProcessInfo.processInfo.environment["QDSL_LSP_TRACE"] == "1"

  /// Every method the server handles (the reader handles `$/cancelRequest` itself), for docs/lsp.md.
  public static var methods: [String] {
    (Array(requests.keys) + Array(notifications.keys) + ["$/cancelRequest"]).sorted()
  }

  func handle(_ m: JSON) {
    guard case .object(let o) = m, o["jsonrpc"]?.string == "2.0" else {
      respondError(
        id: m["id"] ?? .null,
        ResponseError(code: ResponseError.invalidRequest, message: "expected a JSON-RPC 2.0 message object"))
      return
    }
    let params = o["params"] ?? .null
    guard let method = o["method"]?.string else {
      // A response to a request of ours (none are sent), or junk with an id.
      if o["result"] == nil && o["error"] == nil {
        respondError(
          id: o["id"] ?? .null, ResponseError(code: ResponseError.invalidRequest, message: "the message has no method"))
      }
      return
    }
    guard let id = o["id"] else {
      // A notification: before initialize and after shutdown only `exit` counts.
      if method == "exit" || (initialized && !shutdownRequested) { LanguageServer.notifications[method]?(self, params) }
      return
    }
    switch id {
    case .int, .number, .string: break
    default:
      respondError(
        id: .null, ResponseError(code: ResponseError.invalidRequest, message: "a request id is a number or a string"))
      return
    }
    lock.lock()
    let wasCancelled = cancelled.remove(id) != nil
    lock.unlock()
    if wasCancelled {
      respondError(id: id, ResponseError(code: ResponseError.requestCancelled, message: "the request was cancelled"))
      return
    }
    if !initialized && method != "initialize" {
      respondError(
        id: id,
        ResponseError(code: ResponseError.serverNotInitialized, message: "the server has not been initialized yet"))
      return
    }
    if shutdownRequested {
      respondError(
        id: id, ResponseError(code: ResponseError.invalidRequest, message: "the server is shutting down"))
      return
    }
    guard let handler = LanguageServer.requests[method] else {
      respondError(
        id: id, ResponseError(code: ResponseError.methodNotFound, message: "the method '\(method)' is not supported"))
      return
    }
    let started = DispatchTime.now().uptimeNanoseconds
    do {
      respond(id: id, try handler(self, params))
    } catch {
      respondError(id: id, error)
    }
    if LanguageServer.tracing {
      log("\(method) answered in \(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6) ms")
    }
  }

  private func initialize(_ p: JSON) throws(ResponseError) -> JSON {
    if initialized {
      throw ResponseError(code: ResponseError.invalidRequest, message: "the server is already initialized")
    }
    let offered = p["capabilities"]?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
    let chosen: PositionEncoding = offered.contains("utf-8") ? .utf8 : .utf16
    if let ms = p["initializationOptions"]?["diagnosticsDelayMilliseconds"]?.int, ms >= 0, ms <= 5000 {
      lock.lock()
      debounce = Double(ms) / 1000
      lock.unlock()
    }
    if let options = p["initializationOptions"] { applyDocsSetting(options) }
    watchFilesDynamically =
      p["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool ?? false
    let roots = workspaceRoots(p)
    lock.lock()
    encoding = chosen
    // Read by the analyser, which starts on the first open document.
    workspace.roots = roots
    lock.unlock()
    initialized = true
    return .object([
      "capabilities": capabilities(chosen),
      "serverInfo": .object(["name": .string("qdsl"), "version": .string(LanguageServer.version)]),
    ])
  }

  /// `workspace/didChangeConfiguration`: the settings may come as they are or under `qdsl` (as VS Code sends a
  /// section). A new base URL of the diagnostic pages applies from the next diagnostics published.
  func didChangeConfiguration(_ p: JSON) {
    guard let settings = p["settings"] else { return }
    applyDocsSetting(settings["qdsl"] ?? settings)
  }

  /// `diagnosticsDocsBaseUrl`: an absolute URL replaces the base of `codeDescription` links, `null` restores the
  /// default; anything else is logged and ignored.
  private func applyDocsSetting(_ settings: JSON) {
    guard let value = settings["diagnosticsDocsBaseUrl"] else { return }
    let base: String?
    if case .null = value {
      base = DiagnosticDocumentation.defaultBase
    } else {
      base = value.string.flatMap(DiagnosticDocumentation.base)
    }
    guard let base else {
      log("ignored diagnosticsDocsBaseUrl: expected an absolute URL such as https://example.org/docs/diagnostics/")
      return
    }
    lock.lock()
    diagnosticDocs = base
    lock.unlock()
  }

  private func capabilities(_ encoding: PositionEncoding) -> JSON {
    let legend = JSON.object([
      "tokenTypes": .array(SemanticTokenType.allCases.map { .string($0.name) }),
      "tokenModifiers": .array([.string("declaration")]),
    ])
    return .object([
      "positionEncoding": .string(encoding.rawValue),
      "textDocumentSync": .object([
        "openClose": .bool(true), "change": .int(2), "save": .object(["includeText": .bool(false)]),
      ]),
      "hoverProvider": .bool(true),
      "completionProvider": .object([
        "triggerCharacters": .array([.string("{"), .string(".")]), "resolveProvider": .bool(true),
      ]),
      "signatureHelpProvider": .object(["triggerCharacters": .array([.string("("), .string(",")])]),
      "definitionProvider": .bool(true),
      "referencesProvider": .bool(true),
      "documentHighlightProvider": .bool(true),
      "renameProvider": .object(["prepareProvider": .bool(true)]),
      "documentSymbolProvider": .bool(true),
      "workspaceSymbolProvider": .bool(true),
      "semanticTokensProvider": .object(["legend": legend, "full": .bool(true)]),
      "foldingRangeProvider": .bool(true),
      "inlayHintProvider": .bool(true),
      "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
      "documentFormattingProvider": .bool(true),
      "documentRangeFormattingProvider": .bool(true),
    ])
  }
}
