// The compiler's promises for an instrument of several files: loading and checking never crash, every diagnostic
// lies inside the file it names (its related locations and fixes too, each in its own file), formatting each file
// keeps the instrument's diagnostics and form JSON, and an instrument that checks clean compiles to every output.

import QDSLFormat
import QDSLOutputs
import QDSLSemantics
import QDSLSyntax

extension CompileOracle {
  /// The first broken promise for an instrument of several files, or nil when it keeps them all.
  public static func finding(in input: MultiFileInput) -> Finding? {
    let instrument = Checker.check(input.load())
    if let f = MultiFileRanges.finding(instrument.diagnostics, in: instrument.sources) { return f }
    if let f = formatting(input, instrument) { return f }
    guard !instrument.hasErrors else { return nil }
    // The outputs' warnings are located in the assembled text; the command line moves them to their files.
    let warnings = OutputTarget.xform.warnings(instrument.survey).compactMap { instrument.locate($0) }
    if let f = MultiFileRanges.finding(warnings, in: instrument.sources) { return f }
    return outputs(instrument.survey)
  }

  /// Every file of the instrument that has no syntax error, formatted, formats to itself, and the instrument of the
  /// formatted files has the same diagnostics (by code) and the same form JSON.
  static func formatting(_ input: MultiFileInput, _ instrument: CheckedInstrument) -> Finding? {
    var formatted: [String: [UInt8]] = [:]
    for file in instrument.sources.files {
      guard case .formatted(let once) = Formatter.format(file.parse) else { continue }
      switch Formatter.format(Parse(bytes: Array(once.utf8))) {
      case .syntaxErrors(let errors):
        return Finding(
          "the formatted text of \(file.path) has syntax errors",
          DiagnosticRanges.list(errors) + "\n--- formatted text:\n" + once)
      case .formatted(let twice) where twice != once:
        return Finding("formatting \(file.path) twice changes the text", firstDifference(once, twice))
      case .formatted:
        break
      }
      // The entry is named as the input names it; a module by the path it was loaded from (normalised).
      formatted[file.index == 0 ? input.entry : file.path] = Array(once.utf8)
    }
    let after = Checker.check(input.replacing(formatted).load())
    if after.diagnostics.map(\.code) != instrument.diagnostics.map(\.code) {
      return Finding(
        "formatting the files changes the instrument's diagnostics",
        "before:\n\(MultiFileRanges.list(instrument.diagnostics, instrument.sources))\nafter:\n"
          + MultiFileRanges.list(after.diagnostics, after.sources))
    }
    if FormDocument.renderBytes(after.survey) != FormDocument.renderBytes(instrument.survey) {
      return Finding("formatting the files changes the instrument's form JSON")
    }
    return nil
  }
}

/// Every diagnostic of an instrument of several files points into the file it names.
enum MultiFileRanges {
  /// A finding for the first diagnostic whose range, a related range or a fix's range names no file of the set or
  /// does not lie within that file's bytes.
  static func finding(_ diagnostics: [Diagnostic], in sources: SourceSet) -> Finding? {
    func inside(_ r: TextRange) -> Bool {
      guard r.file >= 0, Int(r.file) < sources.files.count else { return false }
      let count = sources.files[Int(r.file)].parse.tree.bytes.count
      return 0 <= r.start && r.start <= r.end && r.end <= count
    }
    for d in diagnostics {
      let ranges = [d.range] + d.related.map(\.range) + d.fixes.map(\.range)
      if let bad = ranges.first(where: { !inside($0) }) {
        let size =
          Int(bad.file) < sources.files.count && bad.file >= 0
          ? "\(sources.files[Int(bad.file)].parse.tree.bytes.count) bytes of \(sources.files[Int(bad.file)].path)"
          : "file \(bad.file) of \(sources.files.count)"
        return Finding("a diagnostic points outside its file", "\(d.code.rawValue) \(d.message): \(bad) in \(size)")
      }
    }
    return nil
  }

  /// The diagnostics one per line with their files, for a report.
  static func list(_ diagnostics: [Diagnostic], _ sources: SourceSet) -> String {
    diagnostics.map { d in
      let path =
        d.range.file >= 0 && Int(d.range.file) < sources.files.count ? sources.files[Int(d.range.file)].path : "?"
      return "  \(d.code.rawValue) \(path) \(d.range) \(d.message)"
    }.joined(separator: "\n")
  }
}
