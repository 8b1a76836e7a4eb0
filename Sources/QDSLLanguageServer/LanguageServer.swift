// The language server's loop (Gleam's shape): a reader thread that only frames and queues messages, a worker
// that answers them in order from the latest analysis, and an analyser that re-checks changed documents after a
// short pause, coalescing queued changes, and publishes one set of diagnostics per analysed version.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLText

/// A queued input: a parsed message, or a framing problem to answer.
enum Incoming: Sendable {
  case message(JSON)
  case parseError(String)
  case end
}

/// The server. Its mutable state is guarded by `lock`; it is shared by the reader, the worker and the analyser.
public final class LanguageServer: @unchecked Sendable {
  public static let version = "0.1.0"

  let writer: MessageWriter
  private let inputFD: Int32
  let lock = NSCondition()
  // State below is guarded by `lock`.
  var inbox: [Incoming] = []
  var inboxHead = 0
  var cancelled: Set<JSON> = []
  var documents: [String: OpenDocument] = [:]
  var dirty: [String] = []
  /// Documents whose diagnostics came from the fast path for typing in texts (`Analysis.diagnosticsAfterTypingInTexts`):
  /// when their full check is due (once typing pauses), and the diagnostics published, to compare with it.
  var fullCheckDue: [String: (due: Date, version: Int, diagnostics: [Diagnostic])] = [:]
  var stopping = false
  /// Set while the worker handles a message; the analyser lets queued requests go first.
  var workerBusy = false
  // Lifecycle, touched by the worker only.
  var initialized = false
  var shutdownRequested = false
  var encoding = PositionEncoding.utf16
  /// The base URL of the diagnostic pages (the setting `diagnosticsDocsBaseUrl`).
  var diagnosticDocs = DiagnosticDocumentation.defaultBase
  /// How long the analyser waits after a change before re-checking, so that bursts of typing coalesce.
  var debounce: TimeInterval = 0.003
  /// How long the analyser lets queued requests go first at most.
  static let requestsFirstLimit: TimeInterval = 0.05
  /// How long typing in texts must pause before the full check that renews the analysis behind requests.
  static let fullCheckPause: TimeInterval = 0.3
  var exitCode: Int32?
  /// The workspace's files and use graph (the analyser's alone).
  var workspace = Workspace()
  /// Counts the analysis rounds (the analyser's; read under the lock), so that a late one never replaces a newer.
  var generation = 0
  /// Files changed on disk since the last analysis, and whether any was created or deleted (under the lock).
  var diskChanges: [String] = []
  var diskFilesCreated = false
  /// Whether the client registers file watchers on request (`client/registerCapability`).
  var watchFilesDynamically = false

  public init(input: Int32 = 0, output: Int32 = 1) {
    inputFD = input
    writer = MessageWriter(fd: output)
  }

  /// Serves until `exit` or the end of the input; returns the process exit code (0 after `shutdown`, else 1).
  public func run() -> Int32 {
    signal(SIGPIPE, SIG_IGN)
    let reader = Thread { [self] in self.readLoop() }
    reader.stackSize = 1 << 22
    reader.start()
    let analyser = Thread { [self] in self.analyseLoop() }
    analyser.stackSize = 1 << 24
    analyser.start()
    while exitCode == nil {
      lock.lock()
      while inboxHead >= inbox.count { lock.wait() }
      let next = inbox[inboxHead]
      inboxHead += 1
      if inboxHead > 1024 {
        inbox.removeFirst(inboxHead)
        inboxHead = 0
      }
      workerBusy = true
      lock.unlock()
      switch next {
      case .message(let m): handle(m)
      case .parseError(let why): respondError(id: .null, ResponseError(code: ResponseError.parseError, message: why))
      case .end: exitCode = shutdownRequested ? 0 : 1
      }
      lock.lock()
      workerBusy = false
      lock.broadcast()
      lock.unlock()
    }
    lock.lock()
    stopping = true
    lock.broadcast()
    lock.unlock()
    return exitCode ?? 1
  }

  // MARK: Reader

  private func readLoop() {
    let reader = MessageReader(fd: inputFD)
    while let frame = reader.next() {
      switch frame {
      case .badHeader(let why): enqueue(.parseError(why))
      case .message(let body):
        let json: JSON
        do {
          json = try JSONReader.read(body)
        } catch {
          enqueue(.parseError("the message is not valid JSON: \(error)"))
          continue
        }
        // Cancellation is noted at once, so that a queued request is answered as cancelled.
        if json["method"]?.string == "$/cancelRequest", let id = json["params"]?["id"] {
          lock.lock()
          cancelled.insert(id)
          lock.unlock()
          continue
        }
        enqueue(.message(json))
      }
    }
    enqueue(.end)
  }

  private func enqueue(_ m: Incoming) {
    lock.lock()
    inbox.append(m)
    lock.broadcast()
    lock.unlock()
  }

  // MARK: Analyser

  /// Marks a document for re-analysis (caller holds the lock).
  func scheduleAnalysis(_ uri: String) {
    if !dirty.contains(uri) { dirty.append(uri) }
    lock.broadcast()
  }

  private func analyseLoop() {
    while true {
      lock.lock()
      while dirty.isEmpty && !stopping {
        guard let due = fullCheckDue.values.map(\.due).min() else {
          lock.wait()
          continue
        }
        if due <= Date() { break }
        _ = lock.wait(until: due)
      }
      if stopping {
        lock.unlock()
        return
      }
      lock.unlock()
      // A short pause lets queued changes arrive, so that one analysis covers them all.
      if debounce > 0 { Thread.sleep(forTimeInterval: debounce) }
      lock.lock()
      // Requests already queued (a completion typed right after the change) are answered before the analysis
      // takes the CPU, for at most `requestsFirstLimit`; they are answered from the latest analysis anyway.
      let deadline = Date().addingTimeInterval(LanguageServer.requestsFirstLimit)
      while (workerBusy || inboxHead < inbox.count) && !stopping && lock.wait(until: deadline) {}
      // A changed document first; else one whose full check is due.
      let changed = !dirty.isEmpty
      let now = Date()
      guard let uri = changed ? dirty.removeFirst() : fullCheckDue.first(where: { $0.value.due <= now })?.key else {
        lock.unlock()
        continue
      }
      guard let doc = documents[uri] else {
        fullCheckDue[uri] = nil
        lock.unlock()
        continue
      }
      let text = doc.text
      let version = doc.version
      // The fast path reads the document's own analysis: not an instrument's of several files.
      let previous = doc.context == nil ? doc.analysis : nil
      let lines = doc.lines
      // For a file of several: the edits since its check, and its text as checked.
      let typedSince = (edits: doc.pendingEdits, checked: doc.context?.bytes)
      let encoding = self.encoding
      let diagnosticDocs = self.diagnosticDocs
      lock.unlock()

      // Typing inside texts changes no diagnostic but repeated question texts: publish at once, and check the
      // whole document once typing pauses.
      if changed, let previous, let predicted = previous.diagnosticsAfterTypingInTexts(text) {
        lock.lock()
        let publish = markPublished(uri, version)
        fullCheckDue[uri] = (Date().addingTimeInterval(LanguageServer.fullCheckPause), version, predicted)
        lock.unlock()
        if LanguageServer.tracing { log("version \(version): diagnostics without a check (typing in texts)") }
        if publish {
          publishDiagnostics(
            uri: uri, version: version, diagnostics: predicted, lines: lines, from: previous, encoding,
            diagnosticDocs: diagnosticDocs)
        }
        continue
      }

      let started = DispatchTime.now().uptimeNanoseconds
      guard
        let analysis = analyseInWorkspace(
          uri: uri, text: text, version: version, lines: lines, typed: changed ? typedSince : nil)
      else {
        if LanguageServer.tracing {
          log("analysed version \(version) in \(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6) ms")
        }
        continue
      }
      if LanguageServer.tracing {
        log("analysed version \(version) in \(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6) ms")
      }

      // Diagnostics first; then the symbol index is built before requests see the new analysis, so that
      // they never wait for it (until then they are answered from the previous one).
      lock.lock()
      let round = generation
      var publish = markPublished(uri, version)
      if let fast = fullCheckDue[uri], fast.version == version {
        // Never expected: the fast path is exact (TypingInTextsTests). Should it differ, the truth is published.
        if fast.diagnostics != analysis.diagnostics {
          log("version \(version): the diagnostics without a check differed from the check; publishing the check")
          publish = true
        }
      }
      if fullCheckDue[uri].map({ $0.version <= version }) ?? false { fullCheckDue[uri] = nil }
      lock.unlock()
      if publish {
        publishDiagnostics(
          uri: uri, version: version, analysis: analysis, encoding: encoding, diagnosticDocs: diagnosticDocs)
      }
      // The index is built beside the next analysis, not before it; a late one for an older version is ignored.
      DispatchQueue.global(qos: .utility).async { [self] in
        analysis.prepare()
        var replaced: Analysis? = nil
        self.lock.lock()
        self.documents[uri]?.update {
          replaced = $0.analysed(analysis, version: version, context: nil, generation: round)
        }
        // Requests waiting for a first analysis are woken.
        self.lock.broadcast()
        self.lock.unlock()
        // A large analysis takes milliseconds to free: never while holding the lock.
        withExtendedLifetime(replaced) {}
      }
    }
  }

  /// Records that `version` of the document is published, unless a newer one already is (caller holds the lock).
  private func markPublished(_ uri: String, _ version: Int) -> Bool {
    var publish = false
    documents[uri]?.update { current in
      if current.publishedVersion.map({ version > $0 }) ?? true {
        current.publishedVersion = version
        publish = true
      }
    }
    return publish
  }

  // MARK: Output

  func respond(id: JSON, _ result: JSON) {
    writer.send(.object(["jsonrpc": .string("2.0"), "id": id, "result": result]))
  }

  func respondError(id: JSON, _ e: ResponseError) {
    writer.send(
      .object([
        "jsonrpc": .string("2.0"), "id": id,
        "error": .object(["code": .int(e.code), "message": .string(e.message)]),
      ]))
  }

  func notify(_ method: String, _ params: JSON) {
    writer.send(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params]))
  }

  func log(_ message: String) {
    FileHandle.standardError.write(Data("qdsl lsp: \(message)\n".utf8))
  }
}
