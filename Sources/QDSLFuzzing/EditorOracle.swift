// The promise of the editor's fast path: when the language server derives a version's diagnostics from an older
// analysis (typing in texts, whitespace or comments, docs/lsp.md), they equal what a full check of that version
// gives.

import QDSLIDE
import QDSLSemantics
import QDSLSyntax

/// The oracle of the `qdsl-fuzz-editor` fuzzer (and of the replay of its findings in the tests).
public enum EditorOracle {
  /// Types the script's edits one after another, as the server receives them: each version is compared with the
  /// last analysed one (the document as opened, or as renewed after an edit that renews it).
  public static func finding(in script: EditScript) -> Finding? {
    var text = script.document
    var analysis = Analysis(bytes: text)
    for edit in script.edits {
      text = edit.applied(to: text)
      if let f = finding(analysis, edited: text) { return f }
      if edit.renewsAnalysis { analysis = Analysis(bytes: text) }
    }
    return nil
  }

  /// The fast path's diagnostics for `after` derived from an analysis of `before`, compared with a full check.
  public static func finding(before: [UInt8], after: [UInt8]) -> Finding? {
    finding(Analysis(bytes: before), edited: after)
  }

  static func finding(_ analysis: Analysis, edited: [UInt8]) -> Finding? {
    guard let fast = analysis.diagnosticsAfterTypingInTexts(edited) else { return nil }
    let full = Checker.check(bytes: edited).diagnostics
    guard fast != full else { return nil }
    let before = analysis.bytes
    return Finding(
      "the editor's fast path gives other diagnostics than a full check",
      "--- before:\n\(String(decoding: before, as: UTF8.self))\n--- after:\n\(String(decoding: edited, as: UTF8.self))"
        + "\n--- fast path:\n\(describe(fast))\n--- full check:\n\(describe(full))",
      versions: [before, edited])
  }

  /// Diagnostics with everything the comparison sees: ranges, related ranges, help and fixes.
  static func describe(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map { d in
      var line = "  \(d.code.rawValue) \(d.range) \(d.message)"
      for r in d.related { line += "\n    related \(r.range) \(r.message)" }
      if let help = d.help { line += "\n    help: \(help)" }
      for f in d.fixes { line += "\n    fix \(f.range) \(f.title): \(f.replacement.debugDescription)" }
      if d.isUnnecessary { line += "\n    unnecessary" }
      return line
    }.joined(separator: "\n")
  }
}
