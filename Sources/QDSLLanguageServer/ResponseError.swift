// JSON-RPC and LSP error codes, and the error a handler throws to answer a request with an error.

/// An error response: a JSON-RPC code and a message.
struct ResponseError: Error, Sendable {
  var code: Int
  var message: String

  static let parseError = -32700
  static let invalidRequest = -32600
  static let methodNotFound = -32601
  static let invalidParams = -32602
  static let internalError = -32603
  static let serverNotInitialized = -32002
  static let requestFailed = -32803
  static let requestCancelled = -32800

  static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: invalidParams, message: message) }
}
