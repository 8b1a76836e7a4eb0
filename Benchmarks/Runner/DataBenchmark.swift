// `qdsl-bench data`: `qdsl validate-data` on N simulated records of the innovation barometer (the release binary
// as a process: wall time, CPU time, peak memory), side by side with DuckDB running the same rules from
// `qdsl compile --target sql`; with --phases, where the validator's time goes (reading, cells as strings, the
// driver on one thread and on two workers), measured in this process.

import Foundation
import QDSLDataValidation
import QDSLFormRuntime
import QDSLText

enum DataBenchmark {
  /// One measured process: wall and CPU seconds, peak resident memory in MB, exit status.
  struct Run {
    var wall: Double
    var cpu: Double
    var peakMB: Double
    var status: Int32
  }

  static let today = "2026-06-01"

  static func run(_ args: [String]) {
    let sizes = (Bench.option(args, "--records") ?? "100000,1000000").split(separator: ",").compactMap { Int($0) }
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let qdsl = Bench.option(args, "--qdsl") ?? here.appendingPathComponent("qdsl").path
    let survey = Bench.option(args, "--survey") ?? "Examples/innovation-barometer.qdsl"
    let folder = Bench.option(args, "--dir") ?? NSTemporaryDirectory() + "qdsl-bench-data"
    guard FileManager.default.isExecutableFile(atPath: qdsl) else {
      Bench.fail("no qdsl binary at \(qdsl): build it with `swift build -c release` or give --qdsl PATH")
    }
    guard FileManager.default.fileExists(atPath: survey) else {
      Bench.fail("no survey at \(survey): run from the repository's root or give --survey FILE.qdsl")
    }
    let stem = URL(fileURLWithPath: survey).deletingPathExtension().lastPathComponent
    let sql = Bench.option(args, "--sql") ?? compileSQL(qdsl: qdsl, survey: survey, folder: folder, stem: stem)
    var rows: [JSON] = []
    print("qdsl-bench data: \(survey), today \(today), seed 1; \(ProcessInfo.processInfo.activeProcessorCount) cores")
    print("load: \(loadAverage())\n")
    print("records    step                       wall s    CPU s   peak MB   records/s")
    for n in sizes {
      let dir = "\(folder)/\(n)"
      let marker = "\(dir)/.simulated-\(n)"
      var row: [(String, JSON)] = [("records", .int(n))]
      if !FileManager.default.fileExists(atPath: marker) {
        try? FileManager.default.removeItem(atPath: dir)
        let r = measure(
          [qdsl, "simulate", survey, "--data", dir, "--respondents", String(n), "--seed", "1", "--today", today])
        guard r.status == 0 else { Bench.fail("qdsl simulate --data failed (status \(r.status))") }
        _ = FileManager.default.createFile(atPath: marker, contents: Data())
        report(n, "qdsl simulate --data", r)
        row.append(("simulate", json(r)))
      }
      let data = "\(dir)/\(stem).csv"
      let size = (try? FileManager.default.attributesOfItem(atPath: data)[.size] as? Int) ?? 0
      row.append(("megabytes", .number(Double(size) / 1e6)))
      if Bench.option(args, "--phase") != nil {
        row.append(
          (
            "phases",
            phases(qdsl: qdsl, survey: survey, data: data, records: n, only: Bench.option(args, "--phase") ?? "")
          ))
        rows.append(.object(JSONObject(row)))
        continue
      }
      let v = measure([qdsl, "validate-data", survey, data, "--format", "csv", "--today", today])
      guard v.status <= 1 else { Bench.fail("qdsl validate-data failed (status \(v.status))") }
      report(n, "qdsl validate-data", v)
      row.append(("validate", json(v)))
      if let sql {
        let d = measure(["python3", "-c", duckDBScript, sql, data, today])
        if d.status == 0 {
          report(n, "DuckDB (generated SQL)", d)
          row.append(("duckdb", json(d)))
        } else {
          print("\(pad(String(n), 11))DuckDB failed (status \(d.status)): is `python3 -c 'import duckdb'` working?")
        }
      }
      if args.contains("--phases") {
        row.append(("phases", phases(qdsl: qdsl, survey: survey, data: data, records: n, only: "")))
      }
      rows.append(.object(JSONObject(row)))
    }
    if sql == nil {
      print(
        "\nDuckDB: skipped: `qdsl compile --target sql` is not available in \(qdsl) and no --sql FILE.sql was given")
    }
    if let path = Bench.option(args, "--json") { Bench.write(.array(rows), to: path) }
  }

  /// The SQL of the survey's rules, or nil when this qdsl has no SQL target.
  static func compileSQL(qdsl: String, survey: String, folder: String, stem: String) -> String? {
    let out = "\(folder)/sql"
    let r = measure([qdsl, "compile", survey, "-o", out, "--target", "sql"], quiet: true)
    let path = "\(out)/\(stem).sql"
    return r.status == 0 && FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// Runs the SQL file on an empty in-memory database (on 2 threads, as validate-data has 2 cores), sets its
  /// `today` to the one validate-data is given, loads the data file into the first table it creates (every cell
  /// as text, as `qdsl compile --target sql` documents), and materialises the findings.
  static let duckDBScript = """
    import re, sys, duckdb
    sql, data = sys.argv[1], sys.argv[2]
    text = open(sql).read()
    con = duckdb.connect()
    con.execute("SET threads = 2")
    table = re.search(r'CREATE TABLE\\s+("[^"]+"|\\S+)', text).group(1)
    statements = [s for s in text.split(";\\n") if s.strip()]
    for s in statements[:-1]:
        con.execute(s)
    try:
        con.execute("UPDATE qdsl_today SET today = DATE '%s'" % sys.argv[3])
    except duckdb.Error:
        pass
    con.execute("INSERT INTO %s BY NAME SELECT * FROM read_csv('%s', header = true, all_varchar = true)" % (table, data))
    con.execute("CREATE TABLE found AS SELECT * FROM findings")
    print(con.execute("SELECT count(*) FROM found").fetchone()[0], file=sys.stderr)
    """

  /// Runs `command` under /usr/bin/time, its output discarded.
  static func measure(_ command: [String], quiet: Bool = false) -> Run {
    let times = NSTemporaryDirectory() + "qdsl-bench-time-\(getpid())"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-f", "%e %U %S %M", "-o", times] + command
    process.standardOutput = FileHandle.nullDevice
    if quiet { process.standardError = FileHandle.nullDevice }
    do { try process.run() } catch { Bench.fail("cannot run /usr/bin/time: \(error)") }
    process.waitUntilExit()
    let line = (try? String(contentsOfFile: times, encoding: .utf8))?.split(separator: "\n").last ?? ""
    let f = line.split(separator: " ").compactMap { Double($0) }
    guard f.count == 4 else { return Run(wall: 0, cpu: 0, peakMB: 0, status: process.terminationStatus) }
    return Run(wall: f[0], cpu: f[1] + f[2], peakMB: f[3] / 1024, status: process.terminationStatus)
  }

  static func json(_ r: Run) -> JSON {
    .object(["wall_s": .number(r.wall), "cpu_s": .number(r.cpu), "peak_mb": .number(r.peakMB)])
  }

  static func pad(_ s: String, _ n: Int) -> String { s.padding(toLength: n, withPad: " ", startingAt: 0) }

  static func report(_ n: Int, _ step: String, _ r: Run) {
    print(
      pad(String(n), 11) + pad(step, 25)
        + String(format: "%8.2f %8.2f %9.1f %11.0f", r.wall, r.cpu, r.peakMB, Double(n) / max(r.wall, 1e-9)))
  }

  static func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(
      separator: " ") ?? "unknown"
  }

  // MARK: phases, in this process

  /// Times each layer of the validator on the data file: where the time goes.
  /// `only`: the phases whose names start with it (all when empty), e.g. for a profiler.
  static func phases(qdsl: String, survey: String, data: String, records: Int, only: String) -> JSON {
    let out = NSTemporaryDirectory() + "qdsl-bench-form-\(getpid())"
    let c = measure([qdsl, "compile", survey, "-o", out, "--target", "form"], quiet: true)
    let stem = URL(fileURLWithPath: survey).deletingPathExtension().lastPathComponent
    guard c.status == 0, let formJSON = FileManager.default.contents(atPath: "\(out)/\(stem).form.json"),
      case .success(let form) = FormModel.decode(formJSON)
    else { Bench.fail("cannot compile the form JSON of \(survey)") }
    let today = FormDate(Self.today)!
    var result: [(String, JSON)] = []
    func phase(_ name: String, _ body: () throws -> Int) {
      guard name.hasPrefix(only) else { return }
      let (wall0, cpu0) = (now(), cpu())
      let count = (try? body()) ?? -1
      let (wall, time) = (now() - wall0, cpu() - cpu0)
      print(
        pad("", 11) + pad(name, 25)
          + String(format: "%8.2f %8.2f          %11.0f", wall, time, Double(records) / max(wall, 1e-9))
          + "  (\(count))")
      result.append((name, .object(["wall_s": .number(wall), "cpu_s": .number(time)])))
    }
    phase("read: strings") {
      var reader = try fileReader(data)
      var n = 0
      while try reader.next() != nil { n += 1 }
      return n
    }
    phase("read: rows") {
      var reader = try fileReader(data)
      var row = DataFileRow()
      var n = 0
      while try reader.nextRow(into: &row) { n += 1 }
      return n
    }
    phase("validate: 1 thread") { try validate(form: form, data: data, today: today, workers: 1) }
    phase("validate: 2 workers") { try validate(form: form, data: data, today: today, workers: 2) }
    phase("sketch: 1 thread") {
      var reader = try fileReader(data)
      guard let header = try reader.next() else { return 0 }
      let check = PlannedCheck(form: form, header: header.cells, today: today)
      var row = DataFileRow()
      var n = 0
      while try reader.nextRow(into: &row) { n += check.count(row) }
      return n
    }
    phase("sketch: 2 workers") {
      var reader = try fileReader(data)
      guard let header = try reader.next() else { return 0 }
      let check = PlannedCheck(form: form, header: header.cells, today: today)
      var n = 0
      try ParallelRecordPipeline.run(
        workers: 2, read: { row in try reader.nextRow(into: &row) },
        makeCheck: { { batch in batch.reduce(0) { $0 + check.count($1) } } },
        emit: { n += $0 })
      return n
    }
    phase("sketch: 2, own forms") {
      var reader = try fileReader(data)
      guard let header = try reader.next() else { return 0 }
      var n = 0
      // Each worker decodes the form itself: no object is shared, so no reference count is either.
      let json = [UInt8](formJSON)
      let cells = header.cells
      try ParallelRecordPipeline.run(
        workers: 2, read: { row in try reader.nextRow(into: &row) },
        makeCheck: {
          guard case .success(let own) = FormModel.decode(json) else { return { _ in 0 } }
          let check = PlannedCheck(form: own, header: cells, today: today)
          return { batch in batch.reduce(0) { $0 + check.count($1) } }
        },
        emit: { n += $0 })
      return n
    }
    return .object(JSONObject(result))
  }

  /// `validate-data`'s driver on the data file, on `workers` threads: the number of findings.
  static func validate(form: FormModel, data: String, today: FormDate, workers: Int) throws -> Int {
    guard let handle = FileHandle(forReadingAtPath: data) else { Bench.fail("cannot read \(data)") }
    let input = DataFileInput(path: data, read: DataFileInput.chunks(of: handle))
    var n = 0
    try DataValidation(form: form, today: today).run([input], workers: workers) { n += $0.findings.count }
    return n
  }

  static func fileReader(_ path: String) throws -> DataFileReader {
    guard let handle = FileHandle(forReadingAtPath: path) else { Bench.fail("cannot read \(path)") }
    return DataFileReader(file: path, read: DataFileInput.chunks(of: handle))
  }

  static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  static func cpu() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}

/// The per-record work a validator built on DataColumnPlan, DataFileRow and evaluateForData does (the rules
/// QD6003–QD6009 on a clean file, counted rather than worded): how fast `validate-data` can be.
struct PlannedCheck: Sendable {
  let evaluator: FormEvaluator
  let plan: DataColumnPlan
  let today: FormDate

  init(form: FormModel, header: [String], today: FormDate) {
    evaluator = FormEvaluator(form: form)
    plan = DataColumnPlan(level: FormDataLayout(form: form).levels[0], header: header, variables: evaluator.variables)
    self.today = today
  }

  /// The number of findings of one record.
  func count(_ row: DataFileRow) -> Int {
    var findings = 0
    var answers: [String: AnswerValue] = [:]
    answers.reserveCapacity(plan.values.count + plan.options.count)
    for value in plan.values {
      guard let cell = value.cell, !row.isEmpty(cell) else { continue }
      guard let answer = DataColumnPlan.answer(row, cell, value.variable.kind),
        case .success = evaluator.accept(answer, for: value.variable)
      else {
        findings += 1
        continue
      }
      answers[value.variable.name] = answer
    }
    for group in plan.options {
      var codes = Set<Int>()
      var ranks: [(Int, Int)] = []
      var empty = 0
      for (_, cell, code) in group.columns {
        guard let cell, !row.isEmpty(cell) else {
          empty += 1
          continue
        }
        if group.isRank, let r = row.integer(cell) {
          ranks.append((r, code))
        } else if row.isByte(cell, 0x31) {
          codes.insert(code)
        } else if !row.isByte(cell, 0x30) {
          findings += 1
        }
      }
      if empty > 0 { continue }
      if !ranks.isEmpty {
        answers[group.variable] = .ranking(ranks.sorted { $0.0 < $1.0 }.map(\.1))
      } else if !codes.isEmpty {
        answers[group.variable] = .codes(codes)
      }
    }
    let result = evaluator.evaluateForData(answers, today: today)
    findings += result.ignoredAnswers.count + result.requiredUnanswered.count + result.failedChecks.count
    for value in plan.calculates {
      guard let cell = value.cell else { continue }
      let expected = FormDataLayout.cell(result.values[value.variable.name], plan.level.columns[value.column].role)
      if !row.bytes[row.cells[cell]].elementsEqual(expected.utf8) { findings += 1 }
    }
    return findings
  }
}
