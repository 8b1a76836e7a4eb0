// `qdsl-bench lsp --modules`: latency of the real `qdsl lsp` on an instrument of two files. A generated instrument
// is split into an entry file and a module holding the second half of its sections (`include`d at the end);
// both are written to a temporary workspace folder and opened; single characters are typed into question texts
// of the module, and the time from each didChange to the instrument's and the module's diagnostics is measured.

import Foundation
import QDSLBenchmarkSupport
import QDSLText

enum LSPModulesBenchmark {
  /// The instrument split in two: the entry (header, lists, the first half of the sections, `include part`) and
  /// the module `part` (the other sections).
  static func split(_ source: String) -> (instrument: String, module: String) {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let sections = lines.indices.filter { lines[$0].hasPrefix("section ") }
    guard sections.count >= 2, let languages = lines.first(where: { $0.hasPrefix("languages ") }),
      let header = lines.firstIndex(where: { $0.hasPrefix("title ") || $0.hasPrefix("languages ") })
    else { Bench.fail("the generated instrument has no sections to split") }
    let cut = sections[sections.count / 2]
    var instrument = Array(lines[..<cut])
    instrument.insert("use \"part.qdsl\"", at: header + 1)
    instrument.append("include part")
    let module = ["module part", languages, ""] + lines[cut...]
    return (instrument.joined(separator: "\n") + "\n", module.joined(separator: "\n"))
  }

  static func run(_ args: [String], qdsl: String) {
    let sizes = (Bench.option(args, "--sizes") ?? "2000").split(separator: ",").compactMap { Int($0) }
    let edits = max(1, Bench.option(args, "--edits").flatMap(Int.init) ?? 200)
    let seed = Bench.option(args, "--seed").flatMap(UInt64.init) ?? 1
    print("qdsl-bench lsp --modules: \(edits) single-character edits in the module per size; seed \(seed)\n")
    let header = [
      "questions", "module bytes", "open", "→instrument p50", "p95", "→module p50", "p95", "p99", "completion p50",
      "p95", "logic p50", "p95",
    ]
    print(header.map { $0.padding(toLength: 16, withPad: " ", startingAt: 0) }.joined())
    var rows: [JSON] = []
    for n in sizes {
      var generator = InstrumentGenerator(questions: n, seed: seed)
      let row = measure(generator.generate().qdsl, questions: n, edits: edits, qdsl: qdsl)
      rows.append(.object(row))
      func ms(_ k: String) -> String { String(format: "%.1f ms", Bench.figure(row[k]) * 1000) }
      let cells = [
        String(n), String(Int(Bench.figure(row["module_bytes"]))), ms("open_s"), ms("instrument_p50_s"),
        ms("instrument_p95_s"), ms("module_p50_s"), ms("module_p95_s"), ms("module_p99_s"), ms("completion_p50_s"),
        ms("completion_p95_s"), ms("outside_texts_p50_s"), ms("outside_texts_p95_s"),
      ]
      print(cells.map { $0.padding(toLength: 16, withPad: " ", startingAt: 0) }.joined())
    }
    if let path = Bench.option(args, "--json") {
      Bench.write(.object(["edits": .int(edits), "modules": .bool(true), "results": .array(rows)]), to: path)
    }
  }

  static func measure(_ source: String, questions: Int, edits: Int, qdsl: String) -> JSONObject {
    let (instrument, module) = split(source)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-bench-modules-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try instrument.write(to: folder.appendingPathComponent("instrument.qdsl"), atomically: true, encoding: .utf8)
      try module.write(to: folder.appendingPathComponent("part.qdsl"), atomically: true, encoding: .utf8)
    } catch {
      Bench.fail("cannot write the workspace: \(error)")
    }
    let root = folder.standardizedFileURL.absoluteString
    let instrumentURI = root + (root.hasSuffix("/") ? "" : "/") + "instrument.qdsl"
    let moduleURI = root + (root.hasSuffix("/") ? "" : "/") + "part.qdsl"
    let (texts, conditions) = LSPBenchmark.places(module)
    guard !texts.isEmpty, !conditions.isEmpty else { Bench.fail("the module has no texts or conditions") }
    let client: BenchClient
    do { client = try BenchClient(qdsl: qdsl) } catch { Bench.fail("cannot start \(qdsl) lsp: \(error)") }
    let utf8: JSON = .object(["positionEncodings": .array([.string("utf-8")])])
    let initialize = client.request(
      "initialize", ["processId": .null, "rootUri": .string(root), "capabilities": .object(["general": utf8])])
    _ = client.response(initialize)
    client.notify("initialized", [:])
    func publish(_ uri: String, _ version: Int?) -> (JSON) -> Bool {
      { m in
        m["method"]?.string == "textDocument/publishDiagnostics" && m["params"]?["uri"]?.string == uri
          && (version == nil || m["params"]?["version"]?.int == version)
      }
    }
    let opened = BenchClient.now()
    for (uri, text) in [(instrumentURI, instrument), (moduleURI, module)] {
      client.notify(
        "textDocument/didOpen",
        [
          "textDocument": .object([
            "uri": .string(uri), "languageId": .string("qdsl"), "version": .int(1), "text": .string(text),
          ])
        ])
    }
    let openTime = Double(client.wait(publish(moduleURI, 1)) - opened) / 1e9
    client.discard(publish(instrumentURI, nil))
    let word = Array("uusi sana ")
    let placeCount = max(1, edits / word.count)
    var typed: [Int: Int] = [:]
    var toInstrument: [Double] = []
    var toModule: [Double] = []
    var completion: [Double] = []
    for e in 0..<edits {
      let place = texts[(e / word.count % placeCount) * texts.count / placeCount]
      let already = typed[place.0, default: 0]
      typed[place.0] = already + 1
      let version = e + 2
      let start = BenchClient.now()
      client.notify(
        "textDocument/didChange",
        [
          "textDocument": .object(["uri": .string(moduleURI), "version": .int(version)]),
          "contentChanges": .array([
            .object([
              "range": .object([
                "start": LSPBenchmark.position(place.0, place.1 + already),
                "end": LSPBenchmark.position(place.0, place.1 + already),
              ]), "text": .string(String(word[e % word.count])),
            ])
          ]),
        ])
      let condition = conditions[(e * 7919) % conditions.count]
      let sent = BenchClient.now()
      let c = client.request(
        "textDocument/completion",
        [
          "textDocument": .object(["uri": .string(moduleURI)]),
          "position": LSPBenchmark.position(condition.0, condition.1),
        ])
      completion.append(Double(client.response(c) - sent) / 1e9)
      // A round publishes the instrument, then the module.
      toInstrument.append(Double(client.wait(publish(instrumentURI, nil)) - start) / 1e9)
      toModule.append(Double(client.wait(publish(moduleURI, version)) - start) / 1e9)
    }
    // Edits the checker must see (a letter at the start of a condition's first name): a check of the instrument.
    var outside: [Double] = []
    for k in 0..<max(1, edits / 10) {
      let condition = conditions[(k * 104_729) % conditions.count]
      let version = edits + 2 + k
      let start = BenchClient.now()
      client.notify(
        "textDocument/didChange",
        [
          "textDocument": .object(["uri": .string(moduleURI), "version": .int(version)]),
          "contentChanges": .array([
            .object([
              "range": .object([
                "start": LSPBenchmark.position(condition.0, condition.1),
                "end": LSPBenchmark.position(condition.0, condition.1),
              ]), "text": .string("z"),
            ])
          ]),
        ])
      outside.append(Double(client.wait(publish(moduleURI, version)) - start) / 1e9)
    }
    client.finish()
    return [
      "outside_texts_p50_s": .number(LSPBenchmark.percentile(outside, 0.5)),
      "outside_texts_p95_s": .number(LSPBenchmark.percentile(outside, 0.95)),
      "questions": .int(questions), "module_bytes": .int(module.utf8.count), "edits": .int(edits),
      "open_s": .number(openTime),
      "instrument_p50_s": .number(LSPBenchmark.percentile(toInstrument, 0.5)),
      "instrument_p95_s": .number(LSPBenchmark.percentile(toInstrument, 0.95)),
      "module_p50_s": .number(LSPBenchmark.percentile(toModule, 0.5)),
      "module_p95_s": .number(LSPBenchmark.percentile(toModule, 0.95)),
      "module_p99_s": .number(LSPBenchmark.percentile(toModule, 0.99)),
      "completion_p50_s": .number(LSPBenchmark.percentile(completion, 0.5)),
      "completion_p95_s": .number(LSPBenchmark.percentile(completion, 0.95)),
    ]
  }
}
