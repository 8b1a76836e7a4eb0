// Renders several outputs of one survey at once, on every core: the outputs are independent once the codebook
// model exists, so `qdsl compile` spends the time of the largest share, not of the sum.

import Dispatch
import QDSLSemantics

extension OutputTarget {
  /// The bytes of each target's file, in the order of `targets`. The codebook model is lowered once (while the
  /// form JSON, which does not need it, is written beside it), then the other outputs (the codebooks and the
  /// XForm) are written in parallel, largest first. Deterministic: each output is written by one thread from immutable inputs.
  /// `stem` names the data files in the outputs that describe them (`STEM.csv`); the survey's id when nil. For
  /// SPSS and Stata, the bytes are those of the instrument's level (`STEM.sps`); `renderAllFiles` has every file.
  public static func renderAll(
    _ targets: [OutputTarget], survey: Survey, language: String, stem: String? = nil
  ) -> [[UInt8]] {
    renderAllFiles(targets, survey: survey, language: language, stem: stem).map { $0.first?.bytes ?? [] }
  }

  /// Every file of each target (see `renderFiles`), in the order of `targets`, rendered as `renderAll` says.
  public static func renderAllFiles(
    _ targets: [OutputTarget], survey: Survey, language: String, stem: String? = nil
  ) -> [[OutputFile]] {
    let results = ResultSlots(count: targets.count)
    let formIndex = targets.firstIndex(of: .form)
    let rest = targets.indices.filter { targets[$0] != .form }
    let needsCodebook = targets.contains { $0.needsCodebook }
    let codebookSlot = CodebookSlot()
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 {
        codebookSlot.value = needsCodebook ? Codebook(survey, stem: stem) : nil
      } else if let formIndex {
        results[formIndex] = [OutputFile(suffix: OutputTarget.form.fileSuffix, bytes: FormDocument.renderBytes(survey))]
      }
    }
    // Largest outputs first, so that no core is left with a big one at the end.
    let order = rest.sorted { targets[$0].relativeCost > targets[$1].relativeCost }
    DispatchQueue.concurrentPerform(iterations: order.count) { k in
      let i = order[k]
      // The codebook argument is only evaluated by outputs that need it, and those have it lowered already.
      results[i] = targets[i].renderFiles(
        survey, codebook: codebookSlot.value ?? Codebook(survey, stem: stem), language: language)
    }
    return results.values
  }

  /// Whether the output is written from the codebook model (the form JSON, the XForm, the XLSForm and the printable
  /// questionnaire are not).
  var needsCodebook: Bool { self != .form && self != .xform && self != .xlsform && self != .document }

  /// How long this output takes to write, relative to the others (measured on generated instruments).
  var relativeCost: Int {
    switch self {
    case .ddi: return 7
    case .codebookHTML, .codebookCSV: return 5
    case .codebookMarkdown: return 4
    case .xlsform, .document: return 4
    case .form, .xform: return 3
    case .stata: return 2
    case .spss: return 1
    }
  }
}

/// One result per target, each written by exactly one thread (distinct indices) before it is read.
private final class ResultSlots: @unchecked Sendable {
  private var slots: [[OutputFile]]
  init(count: Int) { slots = Array(repeating: [], count: count) }

  subscript(_ i: Int) -> [OutputFile] {
    get { slots.withUnsafeBufferPointer { $0[i] } }
    set { slots.withUnsafeMutableBufferPointer { $0[i] = newValue } }
  }

  var values: [[OutputFile]] { slots }
}

/// The codebook model, written by one thread and read after the threads have joined.
private final class CodebookSlot: @unchecked Sendable {
  var value: Codebook?
}
