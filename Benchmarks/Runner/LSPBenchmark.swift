// `qdsl-bench lsp`: latency of the real `qdsl lsp` on generated instruments. Opens each document, types single
// characters into question texts spread over it, and times didChange → publishDiagnostics, plus completion
// (sent right after each change, so answered while the new analysis runs) and hover; prints p50/p95/p99.

import Foundation
import QDSLBenchmarkSupport
import QDSLIDE
import QDSLSemantics
import QDSLText

/// A client for the benchmark: frames messages to the server (compact JSON) and timestamps what comes back.
final class BenchClient: @unchecked Sendable {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let lock = NSCondition()
  private var received: [(message: JSON, at: UInt64)] = []
  private var nextID = 1

  init(qdsl: String) throws {
    process.executableURL = URL(fileURLWithPath: qdsl)
    process.arguments = ["lsp"]
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.standardError
    try process.run()
    let handle = output.fileHandleForReading
    Thread { [self] in self.readLoop(handle) }.start()
  }

  static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  private func readLoop(_ handle: FileHandle) {
    var buffer = Data()
    while true {
      let chunk = handle.availableData
      if chunk.isEmpty { return }
      buffer.append(chunk)
      while let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) {
        let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        guard let length = Int(header.replacingOccurrences(of: "Content-Length: ", with: "")) else { return }
        let start = headerEnd.upperBound
        guard buffer.endIndex - start >= length else { break }
        let body = buffer[start..<start + length]
        buffer = Data(buffer[(start + length)...])
        let message = (try? JSONReader.read([UInt8](body))) ?? .null
        let at = BenchClient.now()
        lock.lock()
        received.append((message, at))
        lock.broadcast()
        lock.unlock()
      }
    }
  }

  func send(_ message: JSONObject) {
    let body = JSON.object(message).bytes(.compact)
    input.fileHandleForWriting.write(Data(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body))
  }

  /// A notification: a message without an id.
  func notify(_ method: String, _ params: JSONObject) {
    send(["jsonrpc": .string("2.0"), "method": .string(method), "params": .object(params)])
  }

  func request(_ method: String, _ params: JSONObject) -> Int {
    lock.lock()
    let id = nextID
    nextID += 1
    lock.unlock()
    send(["jsonrpc": .string("2.0"), "id": .int(id), "method": .string(method), "params": .object(params)])
    return id
  }

  /// Waits for a message and returns when it arrived; removes it and everything before it that nobody waits for.
  func wait(_ matches: (JSON) -> Bool) -> UInt64 {
    let deadline = Date().addingTimeInterval(120)
    lock.lock()
    defer { lock.unlock() }
    while true {
      if let i = received.firstIndex(where: { matches($0.message) }) {
        let at = received[i].at
        received.remove(at: i)
        return at
      }
      if !lock.wait(until: deadline) { Bench.fail("the server did not answer within 120 s") }
    }
  }

  func response(_ id: Int) -> UInt64 { wait { $0["id"]?.int == id && $0["method"] == nil } }

  /// Drops every message received so far that matches.
  func discard(_ matches: (JSON) -> Bool) {
    lock.lock()
    received.removeAll { matches($0.message) }
    lock.unlock()
  }

  func published(_ version: Int) -> UInt64 {
    wait {
      $0["method"]?.string == "textDocument/publishDiagnostics" && $0["params"]?["version"]?.int == version
    }
  }

  func finish() {
    _ = response(request("shutdown", [:]))
    notify("exit", [:])
    process.waitUntilExit()
  }
}

enum LSPBenchmark {
  static let uri = "file:///bench.qdsl"

  /// An LSP position: a line and a character (a UTF-8 column here), both from 0.
  static func position(_ line: Int, _ character: Int) -> JSON {
    .object(["line": .int(line), "character": .int(character)])
  }

  /// A `didChange` of version `version` that inserts `text` at `position`.
  static func change(version: Int, at position: JSON, insert text: String) -> JSONObject {
    [
      "textDocument": .object(["uri": .string(uri), "version": .int(version)]),
      "contentChanges": .array([
        .object(["range": .object(["start": position, "end": position]), "text": .string(text)])
      ]),
    ]
  }

  static func percentile(_ values: [Double], _ p: Double) -> Double {
    let s = values.sorted()
    guard !s.isEmpty else { return 0 }
    return s[min(s.count - 1, Int((Double(s.count) * p).rounded(.up)) - 1)]
  }

  static func run(_ args: [String]) {
    let sizes = (Bench.option(args, "--sizes") ?? "2000,10000").split(separator: ",").compactMap { Int($0) }
    let edits = max(1, Bench.option(args, "--edits").flatMap(Int.init) ?? 200)
    let seed = Bench.option(args, "--seed").flatMap(UInt64.init) ?? 1
    let qdsl =
      Bench.option(args, "--qdsl")
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("qdsl").path
    guard FileManager.default.isExecutableFile(atPath: qdsl) else {
      Bench.fail("no qdsl binary at \(qdsl); give --qdsl PATH")
    }
    if args.contains("--modules") {
      LSPModulesBenchmark.run(args, qdsl: qdsl)
      return
    }
    print("qdsl-bench lsp: \(edits) single-character edits per size; UTF-8 positions; seed \(seed); server \(qdsl)\n")
    let header = [
      "questions", "check", "analysis", "facade compl.", "facade hover", "open", "edit→diag p50", "p95", "p99",
      "completion p50", "p95", "p99",
      "hover p50", "p95", "p99", "outside p50", "p95",
    ]
    print(header.map { $0.padding(toLength: 15, withPad: " ", startingAt: 0) }.joined())
    var rows: [JSON] = []
    for n in sizes {
      var generator = InstrumentGenerator(questions: n, seed: seed)
      let row = measure(generator.generate().qdsl, questions: n, edits: edits, qdsl: qdsl)
      rows.append(.object(row))
      func ms(_ k: String) -> String { String(format: "%.1f ms", Bench.figure(row[k]) * 1000) }
      let cells = [
        String(n), ms("check_s"), ms("analysis_s"), ms("completion_facade_s"), ms("hover_facade_s"), ms("open_s"),
        ms("diagnostics_p50_s"), ms("diagnostics_p95_s"),
        ms("diagnostics_p99_s"),
        ms("completion_p50_s"), ms("completion_p95_s"), ms("completion_p99_s"), ms("hover_p50_s"), ms("hover_p95_s"),
        ms("hover_p99_s"), ms("outside_texts_p50_s"), ms("outside_texts_p95_s"),
      ]
      print(cells.map { $0.padding(toLength: 15, withPad: " ", startingAt: 0) }.joined())
    }
    if let path = Bench.option(args, "--json") {
      Bench.write(
        .object([
          "edits": .int(edits), "seed": Int(exactly: seed).map { .int($0) } ?? .string(String(seed)),
          "results": .array(rows),
        ]), to: path)
    }
  }

  /// Lines (0-based) and UTF-8 columns: where question texts start (typing places) and where conditions start.
  static func places(_ source: String) -> (texts: [(Int, Int)], conditions: [(Int, Int)]) {
    var texts: [(Int, Int)] = []
    var conditions: [(Int, Int)] = []
    for (i, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let bytes = Array(line.utf8)
      if let r = line.range(of: "text { fi \"") {
        texts.append((i, line.utf8.distance(from: line.startIndex, to: r.upperBound)))
      }
      var k = 0
      while k < bytes.count && bytes[k] == 0x20 { k += 1 }
      if line.dropFirst(k).hasPrefix("if ") { conditions.append((i, k + 3)) }
    }
    return (texts, conditions)
  }

  /// In this process: the median time of `Checker.check`, of a whole `Analysis` (check plus symbol index), and
  /// of one completion and one hover at a condition (the facade's own cost, without the protocol).
  static func inProcess(_ source: String, at condition: (Int, Int)) -> JSONObject {
    let bytes = Array(source.utf8)
    var checks: [Double] = []
    var analyses: [Double] = []
    var completions: [Double] = []
    var hovers: [Double] = []
    for run in 0...3 {
      let c = Bench.time { _ = Checker.check(bytes: bytes) }
      var analysis: Analysis?
      let a = Bench.time {
        let built = Analysis(bytes: bytes)
        built.prepare()
        analysis = built
      }
      guard let analysis else { Bench.fail("no analysis") }
      let offset = analysis.lineIndex.offset(line: condition.0, column: condition.1, encoding: .utf8)
      let k = Bench.time { _ = analysis.completion(at: offset) }
      let h = Bench.time { _ = analysis.hover(at: offset + 1) }
      if run > 0 {
        checks.append(c)
        analyses.append(a)
        completions.append(k)
        hovers.append(h)
      }
    }
    return [
      "check_s": .number(Bench.median(checks)), "analysis_s": .number(Bench.median(analyses)),
      "completion_facade_s": .number(Bench.median(completions)), "hover_facade_s": .number(Bench.median(hovers)),
    ]
  }

  static func measure(_ source: String, questions: Int, edits: Int, qdsl: String) -> JSONObject {
    let (texts, conditions) = places(source)
    guard !texts.isEmpty, !conditions.isEmpty else { Bench.fail("the generated instrument has no texts or conditions") }
    let facade = inProcess(source, at: conditions[conditions.count / 2])
    let client: BenchClient
    do { client = try BenchClient(qdsl: qdsl) } catch { Bench.fail("cannot start \(qdsl) lsp: \(error)") }
    let utf8: JSON = .object(["positionEncodings": .array([.string("utf-8")])])
    let initialize = client.request("initialize", ["processId": .null, "capabilities": .object(["general": utf8])])
    _ = client.response(initialize)
    client.notify("initialized", [:])
    let opened = BenchClient.now()
    client.notify(
      "textDocument/didOpen",
      [
        "textDocument": .object([
          "uri": .string(uri), "languageId": .string("qdsl"), "version": .int(1), "text": .string(source),
        ])
      ])
    let openTime = Double(client.published(1) - opened) / 1e9
    // Ten keystrokes at each place: a word typed into a question text, at places spread over the document.
    let word = Array("uusi sana ")
    let placeCount = max(1, edits / word.count)
    var typed: [Int: Int] = [:]
    var diagnostics: [Double] = []
    var completion: [Double] = []
    var hover: [Double] = []
    for e in 0..<edits {
      let place = texts[(e / word.count % placeCount) * texts.count / placeCount]
      let already = typed[place.0, default: 0]
      typed[place.0] = already + 1
      let version = e + 2
      let character = place.1 + already
      let start = BenchClient.now()
      client.notify(
        "textDocument/didChange",
        change(version: version, at: position(place.0, character), insert: String(word[e % word.count])))
      // Completion at a condition elsewhere, right after the change: answered from the latest analysis.
      let condition = conditions[(e * 7919) % conditions.count]
      let at: JSONObject = [
        "textDocument": .object(["uri": .string(uri)]), "position": position(condition.0, condition.1),
      ]
      let sent = BenchClient.now()
      let c = client.request("textDocument/completion", at)
      completion.append(Double(client.response(c) - sent) / 1e9)
      diagnostics.append(Double(client.published(version) - start) / 1e9)
      // Hover on the variable the condition reads.
      let hoverAt: JSONObject = [
        "textDocument": .object(["uri": .string(uri)]), "position": position(condition.0, condition.1 + 1),
      ]
      let hs = BenchClient.now()
      let h = client.request("textDocument/hover", hoverAt)
      hover.append(Double(client.response(h) - hs) / 1e9)
    }
    // Edits the checker must see (a letter typed at the start of a condition's first name, which makes it an
    // unknown name): each takes a full check, which typing in texts, whitespace and comments does not.
    var outside: [Double] = []
    for k in 0..<max(1, edits / 10) {
      let condition = conditions[(k * 104_729) % conditions.count]
      let version = edits + 2 + k
      let start = BenchClient.now()
      client.notify(
        "textDocument/didChange", change(version: version, at: position(condition.0, condition.1), insert: "z"))
      outside.append(Double(client.published(version) - start) / 1e9)
    }
    client.finish()
    let row: JSONObject = [
      "questions": .int(questions), "bytes": .int(source.utf8.count), "edits": .int(edits), "open_s": .number(openTime),
      "diagnostics_p50_s": .number(percentile(diagnostics, 0.5)),
      "diagnostics_p95_s": .number(percentile(diagnostics, 0.95)),
      "diagnostics_p99_s": .number(percentile(diagnostics, 0.99)),
      "completion_p50_s": .number(percentile(completion, 0.5)),
      "completion_p95_s": .number(percentile(completion, 0.95)),
      "completion_p99_s": .number(percentile(completion, 0.99)),
      "hover_p50_s": .number(percentile(hover, 0.5)), "hover_p95_s": .number(percentile(hover, 0.95)),
      "hover_p99_s": .number(percentile(hover, 0.99)),
      "outside_texts_p50_s": .number(percentile(outside, 0.5)),
      "outside_texts_p95_s": .number(percentile(outside, 0.95)),
    ]
    return row + facade
  }
}
