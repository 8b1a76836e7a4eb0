// `qdsl-bench import`: `qdsl import` of the generator's XLSForm (four languages, pyxform Markdown) of N questions:
// reading the tables, the import with the formatter, and the check of the result; median of several runs.

import Foundation
import QDSLBenchmarkSupport
import QDSLSemantics
import QDSLText
import QDSLWorkbook
import QDSLXLSForm

enum ImportBenchmark {
  static func run(_ args: [String]) {
    let sizes = (Bench.option(args, "--sizes") ?? "1000,5000").split(separator: ",").compactMap { Int($0) }
    let runs = max(1, Bench.option(args, "--runs").flatMap(Int.init) ?? 5)
    print("qdsl-bench import: median of \(runs) runs after one warm-up (ms of CPU time)\n")
    print("questions  survey rows  read tables  import+fmt  check result  kept  errors")
    var rows: [JSON] = []
    for n in sizes {
      var generator = InstrumentGenerator(questions: n, seed: 1)
      let markdown = generator.generate().xlsformMarkdown
      // CPU time of this process (the machine may be shared; wall-clock time would count the others' work).
      func cpu() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
      }
      func median(_ body: () -> Void) -> Double {
        body()
        var times: [Double] = []
        for _ in 0..<runs {
          let start = cpu()
          body()
          times.append(cpu() - start)
        }
        return times.sorted()[times.count / 2]
      }
      guard var workbook = try? Workbook(markdown: markdown) else {
        Bench.fail("cannot read the tables")
      }
      let read = median { if let w = try? Workbook(markdown: markdown) { workbook = w } }
      var result: XLSFormImportResult?
      let importing = median { result = try? XLSFormImport.run(workbook).get() }
      guard let result else { Bench.fail("the generated form does not import") }
      var checked = Checker.check(source: result.source)
      let check = median { checked = Checker.check(source: result.source) }
      let errors = checked.diagnostics.filter { $0.severity == .error }.count
      let surveyRows = workbook.sheet(named: "survey")?.rows.count ?? 0
      print(
        String(
          format: "%9d  %11d  %11.1f  %10.1f  %12.1f  %4d  %6d", n, surveyRows, read, importing, check,
          result.report.keptCount, errors))
      rows.append(
        .object([
          "questions": .int(n), "surveyRows": .int(surveyRows), "readMs": .number(read),
          "importMs": .number(importing), "checkMs": .number(check), "kept": .int(result.report.keptCount),
          "errors": .int(errors),
        ]))
    }
    if let path = Bench.option(args, "--json") { Bench.write(.array(rows), to: path) }
  }
}
