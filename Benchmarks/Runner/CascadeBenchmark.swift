// `qdsl-bench cascade`: check, form JSON and XForm of an instrument with a cascading list of N municipalities
// (Benchmarks/Generator/CascadeGenerator.swift), median of several runs; the time per municipality stays flat
// when N grows, which shows the filters' "leaves no option" analysis and the outputs are linear.

import Foundation
import QDSLBenchmarkSupport
import QDSLOutputs
import QDSLSemantics
import QDSLText

enum CascadeBenchmark {
  static func run(_ args: [String]) {
    let sizes = (Bench.option(args, "--sizes") ?? "5000,10000,20000,40000").split(separator: ",").compactMap {
      Int($0)
    }
    let runs = max(1, Bench.option(args, "--runs").flatMap(Int.init) ?? 3)
    print("qdsl-bench cascade: median of \(runs) runs after one warm-up (ms; µs per municipality)\n")
    print("municipalities  check (µs/m)      form JSON      xform          diagnostics")
    var rows: [JSON] = []
    for n in sizes {
      let source = CascadeGenerator(municipalities: n).generate()
      func median(_ body: () -> Void) -> Double {
        body()
        var times: [Double] = []
        for _ in 0..<runs {
          let start = DispatchTime.now().uptimeNanoseconds
          body()
          times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times.sorted()[times.count / 2]
      }
      var checked = Checker.check(source: source)
      let check = median { checked = Checker.check(source: source) }
      let survey = checked.survey
      let form = median { _ = FormDocument.renderBytes(survey) }
      let xform = median { _ = XFormWriter.renderBytes(survey) }
      let perMunicipality = check * 1000 / Double(n)
      print(
        String(
          format: "%14d  %7.1f (%5.2f)  %9.1f      %9.1f      %d", n, check, perMunicipality, form, xform,
          checked.diagnostics.count))
      rows.append(
        .object([
          "municipalities": .int(n), "checkMs": .number(check), "formMs": .number(form), "xformMs": .number(xform),
          "diagnostics": .int(checked.diagnostics.count),
        ]))
    }
    if let path = Bench.option(args, "--json") { Bench.write(.array(rows), to: path) }
  }
}
