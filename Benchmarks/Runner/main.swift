// qdsl-bench: generates synthetic instruments and times lex+parse, check, form JSON and codebooks in release
// mode (median of several runs after a warm-up), with throughput and peak memory; prints a table, writes JSON.
// "all 7 (par)" is every output written the way `qdsl compile` writes them (on every core); "compile" adds parse
// and check to it.
// Usage: qdsl-bench generate N [--seed S] -o DIR | qdsl-bench run [--sizes LIST] [--runs R] [--json FILE]
// Its JSON (the rows from the measuring processes, bench.json, lsp.json) is QDSLText's `JSON`.

import Foundation
import QDSLBenchmarkSupport
import QDSLFormat
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax
import QDSLText

/// The benchmark command line.
enum Bench {
  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(2)
  }

  /// A figure of a row: a number, whole or not; 0 when absent.
  static func figure(_ value: JSON?) -> Double {
    switch value {
    case .int(let i)?: return Double(i)
    case .number(let d)?: return d
    default: return 0
    }
  }

  /// Writes `value` to `path` in the pretty layout, with a final line break.
  static func write(_ value: JSON, to path: String) {
    do {
      try Data(value.bytes(.pretty) + Array("\n".utf8)).write(to: URL(fileURLWithPath: path))
    } catch {
      fail("cannot write \(path)")
    }
    print("\nwrote \(path)")
  }

  static func option(_ args: [String], _ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
  }

  static func main() {
    let args = Array(CommandLine.arguments.dropFirst())
    switch args.first {
    case "generate": generate(Array(args.dropFirst()))
    case "run": run(Array(args.dropFirst()))
    case "measure": measure(Array(args.dropFirst()))
    case "lsp": LSPBenchmark.run(Array(args.dropFirst()))
    case "cascade": CascadeBenchmark.run(Array(args.dropFirst()))
    case "import": ImportBenchmark.run(Array(args.dropFirst()))
    case "translations": TranslationsBenchmark.run(Array(args.dropFirst()))
    case "data": DataBenchmark.run(Array(args.dropFirst()))
    default:
      print(
        """
        qdsl-bench: benchmarks of the qdsl core on synthetic instruments

        Usage:
          qdsl-bench generate N [--seed S] -o DIR   write DIR/bench-N.qdsl and DIR/bench-N.md (XLSForm, pyxform Markdown)
          qdsl-bench run [--sizes 1000,10000,50000] [--runs 5] [--seed S] [--json FILE]
          qdsl-bench lsp [--sizes 2000,10000] [--edits 200] [--seed S] [--qdsl PATH] [--json FILE]
          qdsl-bench lsp --modules [--sizes 2000] [--edits 200] [--seed S] [--qdsl PATH] [--json FILE]
          qdsl-bench cascade [--sizes 5000,10000,20000,40000] [--runs 3] [--json FILE]
          qdsl-bench import [--sizes 1000,5000] [--runs 5] [--json FILE]
          qdsl-bench translations [--sizes 10000] [--runs 3] [--json FILE]
          qdsl-bench data [--records 100000,1000000] [--qdsl PATH] [--sql FILE.sql] [--dir DIR] [--phases] [--json FILE]
        """)
      exit(args.isEmpty || args.first == "--help" || args.first == "-h" ? 0 : 2)
    }
  }

  static func generate(_ args: [String]) {
    guard let n = args.first.flatMap(Int.init), n > 0 else { fail("give the number of questions, e.g. generate 1000") }
    let seed = option(args, "--seed").flatMap(UInt64.init) ?? 1
    guard let dir = option(args, "-o") else { fail("give the output folder with -o DIR") }
    var generator = InstrumentGenerator(questions: n, seed: seed)
    let instrument = generator.generate()
    do {
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      try instrument.qdsl.write(toFile: "\(dir)/bench-\(n).qdsl", atomically: true, encoding: .utf8)
      try instrument.xlsformMarkdown.write(toFile: "\(dir)/bench-\(n).md", atomically: true, encoding: .utf8)
    } catch {
      fail("cannot write to \(dir): \(error.localizedDescription)")
    }
    print("wrote \(dir)/bench-\(n).qdsl and \(dir)/bench-\(n).md")
  }

  /// Runs each size in a child process so that peak memory is measured per size.
  static func run(_ args: [String]) {
    let sizes = (option(args, "--sizes") ?? "1000,10000,50000").split(separator: ",").compactMap { Int($0) }
    let runs = max(1, option(args, "--runs").flatMap(Int.init) ?? 5)
    let seed = option(args, "--seed") ?? "1"
    var results: [JSON] = []
    print("qdsl-bench: median of \(runs) runs after one warm-up; seed \(seed)\n")
    let header = [
      "questions", "MB", "lex+parse", "check", "parse+check", "form JSON", "codebooks", "all 7 (par)", "compile",
      "questions/s", "MB/s", "check MB", "peak MB", "fmt",
    ]
    print(header.map { $0.padding(toLength: 12, withPad: " ", startingAt: 0) }.joined())
    for n in sizes {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
      process.arguments = ["measure", String(n), String(runs), seed]
      let pipe = Pipe()
      process.standardOutput = pipe
      do { try process.run() } catch { fail("cannot start the measuring process: \(error)") }
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      guard let row = (try? JSONReader.read([UInt8](data)))?.object else { fail("measuring \(n) failed") }
      results.append(.object(row))
      func ms(_ k: String) -> String { String(format: "%.1f ms", figure(row[k]) * 1000) }
      let bytes = figure(row["bytes"])
      let checkTotal = row["parse_check_s"] == nil ? 1 : figure(row["parse_check_s"])
      let cells = [
        String(n), String(format: "%.1f", bytes / 1e6), ms("parse_s"), ms("check_s"), ms("parse_check_s"), ms("form_s"),
        ms("codebooks_s"), ms("all_outputs_parallel_s"), ms("compile_s"),
        String(format: "%.0f", Double(n) / checkTotal),
        String(format: "%.1f", bytes / 1e6 / checkTotal),
        String(format: "%.0f", figure(row["peak_check_bytes"]) / 1e6),
        String(format: "%.0f", figure(row["peak_bytes"]) / 1e6), ms("fmt_s"),
      ]
      print(cells.map { $0.padding(toLength: 12, withPad: " ", startingAt: 0) }.joined())
    }
    if let path = option(args, "--json") {
      write(.object(["runs": .int(runs), "seed": .string(seed), "results": .array(results)]), to: path)
    }
  }

  static func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    return s.isEmpty ? 0 : s[s.count / 2]
  }

  static func time(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// The process's peak resident memory so far.
  static func peakBytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
  }

  /// The child process: one size, all phases, printed as one JSON object.
  static func measure(_ args: [String]) {
    guard args.count == 3, let n = Int(args[0]), let runs = Int(args[1]), let seed = UInt64(args[2]) else {
      fail("measure N RUNS SEED")
    }
    var generator = InstrumentGenerator(questions: n, seed: seed)
    let bytes = Array(generator.generate().qdsl.utf8)
    var parseTimes: [Double] = []
    var checkTimes: [Double] = []
    var formTimes: [Double] = []
    var codebookTimes: [Double] = []
    var allTimes: [Double] = []
    var perOutput: [String: [Double]] = [:]
    var fmtTimes: [Double] = []
    var diagnostics = 0
    // Parse and check first, so that the peak memory of checking is read before any output is written.
    var lastChecked: CheckedFile?
    for run in 0...runs {
      var parse: Parse?
      let tp = time { parse = Parse(bytes: bytes) }
      guard let parsed = parse else { fail("no parse") }
      var checked: CheckedFile?
      let tc = time { checked = Checker.check(parsed) }
      guard let file = checked else { fail("no check") }
      diagnostics = file.diagnostics.count
      lastChecked = file
      if run == 0 { continue }  // warm-up
      parseTimes.append(tp)
      checkTimes.append(tc)
    }
    let checkPeak = peakBytes()
    guard let file = lastChecked else { fail("no check") }
    // qdsl fmt's work on the same parse: the canonical layout of the whole instrument.
    for run in 0...runs {
      var length = 0
      let tfmt = time { if case .formatted(let text) = Formatter.format(file.parse) { length = text.utf8.count } }
      if length == 0 { fail("no formatted text") }
      if run > 0 { fmtTimes.append(tfmt) }
    }
    for run in 0...runs {
      var sink = 0
      let tf = time { sink += FormDocument.renderBytes(file.survey).count }
      var codebook: Codebook?
      let tl = time { codebook = Codebook(file.survey) }
      guard let codebook else { fail("no codebook") }
      var tb = tl
      var outputTimes: [String: Double] = ["form": tf, "codebook model": tl]
      for target in OutputTarget.defaults where target != .form {
        let t = time {
          for output in target.renderFiles(file.survey, codebook: codebook, language: "fi") {
            sink += output.bytes.count
          }
        }
        outputTimes[target.rawValue] = t
        tb += t
      }
      // What `qdsl compile` does after checking: all seven outputs, on every core.
      let ta = time {
        for output in OutputTarget.renderAllFiles(OutputTarget.defaults, survey: file.survey, language: "fi").joined() {
          sink += output.bytes.count
        }
      }
      if sink == 0 { fail("no output") }
      if run == 0 { continue }  // warm-up
      formTimes.append(tf)
      codebookTimes.append(tb)
      for (name, t) in outputTimes { perOutput[name, default: []].append(t) }
      allTimes.append(ta)
    }
    let row: JSONObject = [
      "questions": .int(n), "bytes": .int(bytes.count), "diagnostics": .int(diagnostics),
      "parse_s": .number(median(parseTimes)), "check_s": .number(median(checkTimes)),
      "parse_check_s": .number(median(zip(parseTimes, checkTimes).map { $0 + $1 })),
      "form_s": .number(median(formTimes)), "codebooks_s": .number(median(codebookTimes)),
      "all_outputs_parallel_s": .number(median(allTimes)),
      "compile_s": .number(median(zip(zip(parseTimes, checkTimes), allTimes).map { $0.0 + $0.1 + $1 })),
      "peak_bytes": .int(peakBytes()), "peak_check_bytes": .int(checkPeak),
      "outputs_s": .object(
        JSONObject(perOutput.sorted { $0.key < $1.key }.map { ($0.key, .number(median($0.value))) })),
      "fmt_s": .number(median(fmtTimes)),
    ]
    FileHandle.standardOutput.write(Data(JSON.object(row).bytes(.compact)))
  }
}

Bench.main()
