// What every answer of the Analysis facade must satisfy on any document, however broken: ranges inside the
// document and on UTF-8 boundaries, no duplicates, hovers and renames at the cursor, definitions that are
// declarations, tokens sorted and non-overlapping, folding regions nested. Used by the robustness tests.

import QDSLIDE
import QDSLSyntax

/// Collects the answers of one analysis that break an invariant, as readable problems.
struct AnswerInvariants {
  let analysis: Analysis
  private(set) var problems: [String] = []
  /// How many non-empty answers each query gave, so that a test can tell the checks were not vacuous.
  private(set) var answered: [String: Int] = [:]
  private var bytes: [UInt8] { analysis.bytes }

  init(_ analysis: Analysis) { self.analysis = analysis }

  private mutating func fail(_ problem: String) { problems.append(problem) }

  private mutating func count(_ query: String, _ nonEmpty: Bool) {
    if nonEmpty { answered[query, default: 0] += 1 }
  }

  /// Whether an offset is inside the document and not in the middle of a UTF-8 sequence.
  private func isBoundary(_ offset: Int) -> Bool {
    offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
  }

  /// A range inside the document, both ends on UTF-8 boundaries (TextRange keeps end ≥ start).
  @discardableResult
  private mutating func checkRange(_ r: TextRange, _ what: String) -> Bool {
    guard r.start >= 0, r.end <= bytes.count, isBoundary(r.start), isBoundary(r.end) else {
      fail("\(what): range \(r) is outside the document (\(bytes.count) bytes) or splits a character")
      return false
    }
    return true
  }

  private func text(_ r: TextRange) -> String { String(decoding: bytes[r.start..<r.end], as: UTF8.self) }

  /// Ranges in strictly increasing order, none overlapping the next.
  private mutating func checkSortedDisjoint(_ ranges: [TextRange], _ what: String) {
    for (a, b) in zip(ranges, ranges.dropFirst()) where a.end > b.start || a == b {
      fail("\(what): \(a) and \(b) overlap or are out of order")
      return
    }
  }

  // MARK: whole-document queries

  mutating func checkDocument() {
    for d in analysis.diagnostics { checkRange(d.range, "diagnostic \(d.code.rawValue)") }
    checkOutline()
    checkSemanticTokens()
    checkFolding()
    checkInlayHints()
  }

  private mutating func checkOutline() {
    var seen = Set<String>()
    func walk(_ symbols: [OutlineSymbol], in parent: TextRange?, _ path: String, _ me: inout AnswerInvariants) {
      for (s, next) in zip(symbols, symbols.dropFirst()) where next.range.start < s.range.start {
        me.fail("outline \(path): \(s.name) at \(s.range) comes before \(next.name) at \(next.range)")
      }
      for s in symbols {
        let what = "outline \(path)\(s.name)"
        guard me.checkRange(s.range, what), me.checkRange(s.selectionRange, what + " (selection)") else { continue }
        if !s.range.contains(s.selectionRange) { me.fail("\(what): selection \(s.selectionRange) outside \(s.range)") }
        if let parent, !parent.contains(s.range) { me.fail("\(what): \(s.range) outside its parent \(parent)") }
        if s.name.isEmpty { me.fail("\(what): an entry without a name at \(s.range)") }
        if !seen.insert("\(s.kind) \(s.name) \(s.selectionRange)").inserted { me.fail("\(what): listed twice") }
        walk(s.children, in: s.range, path + s.name + "/", &me)
      }
    }
    let outline = analysis.outline()
    count("outline", !outline.isEmpty)
    walk(outline, in: nil, "", &self)
  }

  private mutating func checkSemanticTokens() {
    let tokens = analysis.semanticTokens()
    count("semanticTokens", !tokens.isEmpty)
    for t in tokens where checkRange(t.range, "semantic token \(t.type)") {
      if t.range.isEmpty { fail("semantic token \(t.type): empty at \(t.range)") }
      if bytes[t.range.start..<t.range.end].contains(0x0A) { fail("semantic token \(t.type): \(t.range) spans lines") }
    }
    checkSortedDisjoint(tokens.map(\.range), "semantic tokens")
  }

  private mutating func checkFolding() {
    let regions = analysis.foldingRegions()
    count("foldingRegions", !regions.isEmpty)
    let lines = analysis.lineIndex
    for f in regions where checkRange(f.range, "folding region") {
      if lines.line(of: f.range.start) >= lines.line(of: max(f.range.start, f.range.end - 1)) {
        fail("folding region \(f.range): does not span lines")
      }
    }
    for (a, b) in zip(regions, regions.dropFirst()) where b.range < a.range || a.range == b.range {
      fail("folding regions: \(a.range) and \(b.range) are out of order or repeated")
    }
    // Properly nested: two regions are disjoint or one holds the other.
    for (i, a) in regions.enumerated() {
      for b in regions[(i + 1)...] where b.range.start < a.range.end && !a.range.contains(b.range) {
        fail("folding regions: \(a.range) and \(b.range) cross")
      }
    }
  }

  private mutating func checkInlayHints() {
    let hints = analysis.inlayHints(in: TextRange(0, bytes.count))
    count("inlayHints", !hints.isEmpty)
    for h in hints where !isBoundary(h.offset) { fail("inlay hint \(h.label): offset \(h.offset) is not in the text") }
    for (a, b) in zip(hints, hints.dropFirst()) where b.offset <= a.offset {
      fail("inlay hints: \(a.offset) and \(b.offset) are out of order or repeated")
    }
    for h in hints where !h.label.hasPrefix("= ") || Int(h.label.dropFirst(2)) == nil {
      fail("inlay hint at \(h.offset): label '\(h.label)' is not '= CODE'")
    }
  }

  // MARK: queries at an offset

  mutating func check(at offset: Int) {
    let inside = offset >= 0 && offset <= bytes.count
    let symbol = analysis.symbol(at: offset)
    let highlights = analysis.highlights(at: offset)
    let references = analysis.references(at: offset)
    let definition = analysis.definition(at: offset)
    let target = analysis.prepareRename(at: offset)
    count("symbol", symbol != nil)
    count("highlights", !highlights.isEmpty)
    count("definition", definition != nil)
    count("prepareRename", target != nil)

    let hover = analysis.hover(at: offset)
    count("hover", hover != nil)
    if let h = hover {
      if checkRange(h.range, "hover at \(offset)"), h.range.isEmpty || !(h.range.start...h.range.end ~= offset) {
        fail("hover at \(offset): its range \(h.range) does not hold the cursor")
      }
      if h.markdown.isEmpty { fail("hover at \(offset): empty") }
    }

    checkCompletion(at: offset)

    if let s = symbol {
      if !inside || !(s.range.start...s.range.end ~= offset) {
        fail("symbol at \(offset): its range \(s.range) does not hold the cursor")
      }
      if !highlights.contains(s) { fail("symbol at \(offset): not among its own highlights") }
    } else if !highlights.isEmpty || !references.isEmpty || definition != nil || target != nil {
      fail("at \(offset): no symbol, yet highlights, references, a definition or a rename target")
    }

    for o in highlights { checkRange(o.range, "highlight at \(offset)") }
    checkSortedDisjoint(highlights.map(\.range), "highlights at \(offset)")
    if references != highlights.map(\.range) { fail("references at \(offset) differ from the highlights") }
    let uses = analysis.references(at: offset, includeDeclaration: false)
    if uses != highlights.filter({ !$0.isDeclaration }).map(\.range) {
      fail("references at \(offset) without the declaration are not the highlights that are uses")
    }
    let declarations = highlights.filter(\.isDeclaration)
    if declarations.count > 1 { fail("highlights at \(offset): \(declarations.count) declarations") }

    if let d = definition, checkRange(d, "definition at \(offset)") {
      if declarations.map(\.range) != [d] {
        fail("definition at \(offset): \(d) is not the declaration among the highlights \(declarations.map(\.range))")
      }
      if let target, text(d) != target.placeholder {
        fail("definition at \(offset): '\(text(d))' is not the name '\(target.placeholder)'")
      }
    }

    if let t = target, checkRange(t.range, "rename target at \(offset)") {
      if symbol?.range != t.range { fail("rename target at \(offset): \(t.range) is not the symbol's range") }
      for o in highlights where checkRange(o.range, "highlight") && text(o.range) != t.placeholder {
        fail("occurrence at \(o.range) of '\(t.placeholder)' reads '\(text(o.range))'")
      }
    }

    switch analysis.rename(at: offset, to: "renamed") {
    case .success(let all):
      count("rename", true)
      if target == nil { fail("rename at \(offset): edits without a rename target") }
      // Renaming a question or option also renames the reads of its specify texts (`renamed_other`,
      // `question_renamed`), after the edits of its own references.
      let edits = all.filter { $0.newText == "renamed" }
      if all.dropFirst(edits.count).contains(where: {
        !$0.newText.hasPrefix("renamed_") && !$0.newText.hasSuffix("_renamed")
      }) {
        fail("rename at \(offset): an edit beyond the references is not a specify text's name")
      }
      if edits.map(\.range) != references || all.prefix(edits.count).contains(where: { $0.newText != "renamed" }) {
        fail("rename at \(offset): the edits are not one per reference")
      }
    case .failure(let error):
      if target != nil && !error.message.contains("already") {
        fail("rename at \(offset): refused (\(error.message)) though there is a rename target")
      }
    }

    let signature = analysis.signatureHelp(at: offset)
    count("signatureHelp", signature != nil)
    if let s = signature {
      if s.activeParameter < 0 { fail("signature help at \(offset): active parameter \(s.activeParameter)") }
      if s.label.isEmpty || s.parameters.contains(where: { !s.label.contains($0) }) {
        fail("signature help at \(offset): parameters \(s.parameters) are not in '\(s.label)'")
      }
    }

    let cursor = TextRange(max(0, offset), max(0, offset))
    let actions = analysis.codeActions(in: cursor)
    count("codeActions", !actions.isEmpty)
    var titles = Set<String>()
    for a in actions {
      if a.title.isEmpty || a.edits.isEmpty { fail("code action at \(offset): '\(a.title)' without a title or edits") }
      for e in a.edits { checkRange(e.range, "code action '\(a.title)' at \(offset)") }
      checkSortedDisjoint(a.edits.map(\.range), "code action '\(a.title)' at \(offset)")
      let key = a.title + a.edits.map { "\($0.range)\($0.newText)" }.joined()
      if !titles.insert(key).inserted { fail("code actions at \(offset): '\(a.title)' twice") }
    }
  }

  private mutating func checkCompletion(at offset: Int) {
    let c = analysis.completion(at: offset)
    count("completion", !c.items.isEmpty)
    // The cursor is clamped to the document and moved back to the start of the character it falls in.
    var cursor = min(max(0, offset), bytes.count)
    while !isBoundary(cursor) { cursor -= 1 }
    if checkRange(c.replacing, "completion at \(offset)"), !(c.replacing.start...c.replacing.end ~= cursor) {
      fail("completion at \(offset): it replaces \(c.replacing), away from the cursor")
    }
    if c.items.count > Analysis.completionLimit || (c.isIncomplete && c.items.count != Analysis.completionLimit) {
      fail("completion at \(offset): \(c.items.count) items, incomplete: \(c.isIncomplete)")
    }
    var labels = Set<String>()
    for item in c.items {
      if item.label.isEmpty { fail("completion at \(offset): an item without a label") }
      if !labels.insert(item.label).inserted { fail("completion at \(offset): '\(item.label)' offered twice") }
    }
  }
}
