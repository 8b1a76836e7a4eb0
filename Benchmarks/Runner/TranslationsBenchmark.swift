// `qdsl-bench translations`: `qdsl translations export` and `import` of a generated four-language instrument of N
// questions, median of several runs: the units and each format written, and an import of a translated XLIFF file
// (every tenth text changed) read, planned, edited and re-checked, the check of the instrument apart.

import Foundation
import QDSLBenchmarkSupport
import QDSLSemantics
import QDSLSyntax
import QDSLText
import QDSLTranslations

enum TranslationsBenchmark {
  static func run(_ args: [String]) {
    let sizes = (Bench.option(args, "--sizes") ?? "10000").split(separator: ",").compactMap { Int($0) }
    let runs = max(1, Bench.option(args, "--runs").flatMap(Int.init) ?? 3)
    print("qdsl-bench translations: median of \(runs) runs after one warm-up (ms); four languages, export to sv\n")
    print("questions  texts    check      export xliff  export po  export csv  import xliff  import po  changed")
    var rows: [JSON] = []
    for n in sizes {
      var generator = InstrumentGenerator(questions: n, seed: 1)
      let bytes = Array(generator.generate().qdsl.utf8)
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
      let path = "bench-\(n).qdsl"
      var instrument = Checker.check(SourceSet(single: path, bytes: bytes))
      let check = median { instrument = Checker.check(SourceSet(single: path, bytes: bytes)) }
      var units = 0
      func export(_ format: TranslationFormat) -> Double {
        median {
          let t = InstrumentTranslations(instrument, entryPath: path)
          units = t.units.units.count
          _ = t.document(language: "sv").render(format)
        }
      }
      var t = InstrumentTranslations(instrument, entryPath: path)
      let unitsMs = median { t = InstrumentTranslations(instrument, entryPath: path) }
      var d = t.document(language: "sv")
      let documentMs = median { d = t.document(language: "sv") }
      let renderMs = median { _ = d.render(.xliff) }
      print("  (units \(Int(unitsMs)) ms, document \(Int(documentMs)) ms, xliff text \(Int(renderMs)) ms)")
      let xliff = export(.xliff)
      let po = export(.po)
      let csv = export(.csv)
      // The translator's files: every tenth text changed.
      let document = InstrumentTranslations(instrument, entryPath: path).document(language: "sv")
      var translated = document
      for k in stride(from: 0, to: translated.units.count, by: 10) {
        if let target = translated.units[k].target {
          translated.units[k].target = UnitText(target.pieces + [.text(" (r)")])
        }
      }
      var changed = 0
      func importing(_ format: TranslationFormat) -> Double {
        let file = Array(translated.render(format).utf8)
        return median {
          guard case .success(let content) = TranslationReader.read(file, format: format) else {
            Bench.fail("unreadable")
          }
          let t = InstrumentTranslations(instrument, entryPath: path)
          let plan = TranslationImport.plan(t, files: [TranslatedFile(path: "sv." + format.suffix, content: content)])
          if !plan.problems.isEmpty { Bench.fail("import problems: \(plan.problems.prefix(3))") }
          changed = plan.changed
        }
      }
      let xliffFile = Array(translated.render(.xliff).utf8)
      let readMs = median { _ = TranslationReader.read(xliffFile, format: .xliff) }
      print("  (reading the translated XLIFF \(Int(readMs)) ms)")
      let importXLIFF = importing(.xliff)
      let importPO = importing(.po)
      print(
        String(
          format: "%9d  %6d  %7.1f  %12.1f  %9.1f  %10.1f  %12.1f  %9.1f  %7d", n, units, check, xliff, po, csv,
          importXLIFF, importPO, changed))
      rows.append(
        .object([
          "questions": .int(n), "texts": .int(units), "checkMs": .number(check), "exportXliffMs": .number(xliff),
          "exportPoMs": .number(po), "exportCsvMs": .number(csv), "importXliffMs": .number(importXLIFF),
          "importPoMs": .number(importPO), "changed": .int(changed),
        ]))
    }
    if let path = Bench.option(args, "--json") { Bench.write(.array(rows), to: path) }
  }
}
