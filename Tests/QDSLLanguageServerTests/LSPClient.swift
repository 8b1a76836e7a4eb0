// A minimal LSP client for end-to-end tests: starts the real `qdsl lsp` over pipes, frames messages, collects
// everything the server writes and waits for the messages a test expects. Uses Foundation's JSONSerialization,
// independent of the server's own JSON code.

import Foundation
import QDSLTestSupport

final class LSPClient: @unchecked Sendable {
  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private let lock = NSCondition()
  private var received: [[String: Any]] = []
  private var consumed = 0
  private var nextID = 1
  private var closedOutput = false
  let timeout: TimeInterval = 20

  init(arguments: [String] = ["lsp"]) throws {
    guard let exe = BinaryRunner.executable() else { throw CocoaError(.fileNoSuchFile) }
    process.executableURL = exe
    process.arguments = arguments
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let handle = output.fileHandleForReading
    let reader = Thread { [self] in self.readLoop(handle) }
    reader.start()
    // Drain stderr so that the server never blocks on it.
    let errHandle = errors.fileHandleForReading
    Thread { while !errHandle.availableData.isEmpty {} }.start()
  }

  private func readLoop(_ handle: FileHandle) {
    var buffer = Data()
    while true {
      let chunk = handle.availableData
      if chunk.isEmpty { break }
      buffer.append(chunk)
      while let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) {
        let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        guard let lengthText = header.split(separator: "\r\n").first(where: { $0.hasPrefix("Content-Length: ") }),
          let length = Int(lengthText.dropFirst("Content-Length: ".count))
        else { return }
        let bodyStart = headerEnd.upperBound
        guard buffer.count - (bodyStart - buffer.startIndex) >= length else { break }
        let body = buffer[bodyStart..<bodyStart + length]
        buffer = Data(buffer[(bodyStart + length)...])
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? ["unparsable": true]
        lock.lock()
        received.append(object)
        lock.broadcast()
        lock.unlock()
      }
    }
    lock.lock()
    closedOutput = true
    lock.broadcast()
    lock.unlock()
  }

  // MARK: Sending

  func sendRaw(_ bytes: Data) { input.fileHandleForWriting.write(bytes) }

  func frame(_ object: [String: Any]) -> Data {
    let body = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
    return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }

  func send(_ object: [String: Any]) { sendRaw(frame(object)) }

  func notify(_ method: String, _ params: [String: Any] = [:]) {
    send(["jsonrpc": "2.0", "method": method, "params": params])
  }

  /// Sends a request and returns its id without waiting.
  @discardableResult
  func sendRequest(_ method: String, _ params: Any = [String: Any]()) -> Int {
    lock.lock()
    let id = nextID
    nextID += 1
    lock.unlock()
    send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
    return id
  }

  /// Sends a request and waits for its response (the whole message, with `result` or `error`).
  func request(_ method: String, _ params: Any = [String: Any]()) -> [String: Any] {
    let id = sendRequest(method, params)
    return response(id) ?? ["timeout": method]
  }

  func result(_ method: String, _ params: Any = [String: Any]()) -> Any? { request(method, params)["result"] }

  func response(_ id: Int) -> [String: Any]? {
    waitFor { ($0["id"] as? Int) == id && $0["method"] == nil }
  }

  func closeInput() { try? input.fileHandleForWriting.close() }

  // MARK: Receiving

  /// The first message not yet returned by an earlier wait that matches; other messages are kept.
  func waitFor(seconds: TimeInterval? = nil, _ matches: ([String: Any]) -> Bool) -> [String: Any]? {
    let deadline = Date().addingTimeInterval(seconds ?? timeout)
    lock.lock()
    defer { lock.unlock() }
    var searched = 0
    while true {
      while searched < received.count {
        let m = received[searched]
        if matches(m) {
          received.remove(at: searched)
          return m
        }
        searched += 1
      }
      if closedOutput || !lock.wait(until: deadline) { return nil }
    }
  }

  /// Every message received so far that matches (without removing them).
  func all(_ matches: ([String: Any]) -> Bool) -> [[String: Any]] {
    lock.lock()
    defer { lock.unlock() }
    return received.filter(matches)
  }

  func diagnostics(version: Int, uri: String = LSPClient.uri) -> [[String: Any]]? {
    let m = waitFor {
      ($0["method"] as? String) == "textDocument/publishDiagnostics"
        && (($0["params"] as? [String: Any])?["uri"] as? String) == uri
        && (($0["params"] as? [String: Any])?["version"] as? Int) == version
    }
    return (m?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
  }

  /// Waits for the server to exit and returns its status.
  func waitForExit(seconds: TimeInterval = 20) -> Int32? {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    if process.isRunning {
      process.terminate()
      return nil
    }
    return process.terminationStatus
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  // MARK: Conveniences

  static let uri = "file:///work/test.qdsl"

  @discardableResult
  func initialize(encodings: [String]? = nil, options: [String: Any]? = nil) -> [String: Any] {
    var capabilities: [String: Any] = [:]
    if let encodings { capabilities["general"] = ["positionEncodings": encodings] }
    var params: [String: Any] = ["processId": NSNull(), "rootUri": NSNull(), "capabilities": capabilities]
    if let options { params["initializationOptions"] = options }
    let r = request("initialize", params)
    notify("initialized")
    return r
  }

  func open(_ text: String, uri: String = LSPClient.uri, version: Int = 1) {
    notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": uri, "languageId": "qdsl", "version": version, "text": text]])
  }

  func change(_ version: Int, line: Int, character: Int, endLine: Int? = nil, endCharacter: Int? = nil, text: String) {
    let range: [String: Any] = [
      "start": ["line": line, "character": character],
      "end": ["line": endLine ?? line, "character": endCharacter ?? character],
    ]
    notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": LSPClient.uri, "version": version], "contentChanges": [["range": range, "text": text]],
      ])
  }

  /// A change that sends the whole text, as Vim with ALE does on every keystroke.
  func changeAll(_ version: Int, text: String) {
    notify(
      "textDocument/didChange",
      ["textDocument": ["uri": LSPClient.uri, "version": version], "contentChanges": [["text": text]]])
  }

  func at(_ line: Int, _ character: Int, _ extra: [String: Any] = [:]) -> [String: Any] {
    var p: [String: Any] = [
      "textDocument": ["uri": LSPClient.uri], "position": ["line": line, "character": character],
    ]
    for (k, v) in extra { p[k] = v }
    return p
  }

  func shutdownAndExit() -> Int32? {
    _ = request("shutdown")
    notify("exit")
    return waitForExit()
  }
}
