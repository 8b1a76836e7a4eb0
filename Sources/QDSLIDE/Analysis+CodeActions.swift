// Code actions: the fixes the checker attached to diagnostics (near-miss names), the missing translations of
// a text block with the source text as a marked stub (a draft language's too, on any text block lacking it), and a
// new choice list for an undefined one.

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The marker put in front of the source text in a translation stub, for translators to find.
  public static let translationStubMarker = "TODO translate: "

  /// The actions for the diagnostics that overlap `range`.
  public func codeActions(in range: TextRange) -> [CodeAction] {
    var out: [CodeAction] = []
    for d in diagnostics where d.range.start <= range.end && range.start <= d.range.end {
      for f in d.fixes {
        out.append(
          CodeAction(
            title: f.title, edits: [TextEdit(range: f.range, newText: f.replacement)], diagnostic: d,
            isPreferred: d.fixes.count == 1))
      }
      switch d.code {
      case .missingTranslation: if let a = addTranslations(d) { out.append(withDocumentLineEnds(a)) }
      case .unknownList: if let a = createList(d) { out.append(withDocumentLineEnds(a)) }
      default: break
      }
    }
    if let a = addDraftTranslations(at: range) { out.append(withDocumentLineEnds(a)) }
    return out
  }

  /// On a text block that lacks a draft language (no diagnostic points there: QD4019 is one warning at the
  /// `languages` line), inserts the draft languages' stubs, as for a missing translation.
  private func addDraftTranslations(at range: TextRange) -> CodeAction? {
    guard !survey.draftLanguages.isEmpty, let block = translationsNode(near: range) else { return nil }
    guard !hasMissingTranslationDiagnostic(block) else { return nil }
    guard var action = translationsAction(block, candidates: survey.draftLanguages, diagnostic: nil) else {
      return nil
    }
    action.title = action.title.replacing("missing translation", with: "draft translation")
    action.isPreferred = false
    return action
  }

  /// Whether a QD4001 of this block already offers every missing translation (drafts included).
  private func hasMissingTranslationDiagnostic(_ block: NodeID) -> Bool {
    diagnostics.contains { $0.code == .missingTranslation && translationsNode(near: $0.range) == block }
  }

  /// The action with the line breaks of its new text written as the document's first line break ends, as
  /// `qdsl fmt` writes them, so that a Windows or classic Mac OS file keeps one style.
  private func withDocumentLineEnds(_ action: CodeAction) -> CodeAction {
    let style = LineBreak.style(of: bytes)
    guard style != .lf else { return action }
    let end = String(decoding: style.bytes, as: UTF8.self)
    var action = action
    action.edits = action.edits.map { TextEdit(range: $0.range, newText: $0.newText.replacing("\n", with: end)) }
    return action
  }

  /// Inserts `tag "TODO translate: source text"` for each declared language missing from the text block.
  private func addTranslations(_ d: Diagnostic) -> CodeAction? {
    guard let block = translationsNode(near: d.range) else { return nil }
    return translationsAction(block, candidates: survey.languages, diagnostic: d)
  }

  /// Inserts a stub for each of `candidates` that the text block lacks.
  private func translationsAction(_ block: NodeID, candidates: [String], diagnostic d: Diagnostic?) -> CodeAction? {
    let entries = tree.children(block, .translation)
    var present = Set<String>()
    var sourceString: Int?
    var lastEnd: Int?
    for e in entries {
      if let tag = tree.child(e, .languageTag) {
        let written = tree.text(tag)
        present.insert(survey.languages.first { $0.lowercased() == written.lowercased() } ?? written)
        if written.lowercased() == survey.sourceLanguage?.lowercased() {
          sourceString = tree.token(e, .string) ?? tree.token(e, .tripleString)
        }
      }
      lastEnd = tree.range(e).end
    }
    let single = tree.token(block, .string) ?? tree.token(block, .tripleString)
    if single != nil, let src = survey.sourceLanguage { present.insert(src) }
    let missing = candidates.filter { !present.contains($0) }
    guard !missing.isEmpty else { return nil }
    let stringToken = single ?? sourceString ?? entries.compactMap { tree.token($0, .string) }.first
    let stub = stringToken.map(stubText) ?? "\"\(Analysis.translationStubMarker)\""
    let title =
      "add the missing translation"
      + (missing.count == 1 ? " (\(missing[0]))" : "s (\(missing.joined(separator: ", ")))")
    if let single, let src = survey.sourceLanguage {
      // A single string becomes a block with the source language first.
      let r = tree.tokenRange(single)
      let newText = "{ \(src) \(text(r)) " + missing.map { "\($0) \(stub)" }.joined(separator: " ") + " }"
      return CodeAction(
        title: title, edits: [TextEdit(range: r, newText: newText)], diagnostic: d, isPreferred: true)
    }
    guard let lastEnd else { return nil }
    let blockRange = tree.range(block)
    let multiLine = lineIndex.line(of: blockRange.start) != lineIndex.line(of: blockRange.end)
    let insertion: String
    if multiLine, let first = entries.first {
      let indent = indentation(at: tree.range(first).start)
      insertion = missing.map { "\n\(indent)\($0) \(stub)" }.joined()
    } else {
      insertion = missing.map { " \($0) \(stub)" }.joined()
    }
    return CodeAction(
      title: title, edits: [TextEdit(range: .empty(at: lastEnd), newText: insertion)], diagnostic: d,
      isPreferred: true)
  }

  /// The source string with the marker after its opening quotes.
  private func stubText(_ token: Int) -> String {
    let s = tree.tokenText(token)
    let quotes = tree.tokens[token].kind == .tripleString ? "\"\"\"" : "\""
    guard s.hasPrefix(quotes) else { return "\"\(Analysis.translationStubMarker)\"" }
    return quotes + Analysis.translationStubMarker + s.dropFirst(quotes.count)
  }

  /// The whitespace that starts the line of an offset.
  func indentation(at offset: Int) -> String {
    let line = lineIndex.lineRange(lineIndex.line(of: offset))
    var end = line.start
    while end < offset, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
    return text(TextRange(line.start, end))
  }

  /// The text block a diagnostic about a text points at (its keyword, or an option's or row's name).
  private func translationsNode(near r: TextRange) -> NodeID? {
    for n in nodes(at: r.start + 1) {
      if tree.kind(n) == .translations { return n }
      if let t = tree.child(n, .translations) { return t }
    }
    return nil
  }

  /// Declares an undefined choice list after the last list (or before the first item).
  private func createList(_ d: Diagnostic) -> CodeAction? {
    let name = text(d.range)
    guard Analysis.nameProblem(name) == nil else { return nil }
    let label: String
    if survey.languages.count > 1 {
      label = "{ " + survey.languages.map { "\($0) \"…\"" }.joined(separator: " ") + " }"
    } else {
      label = "\"…\""
    }
    let body = "choices \(name) {\n  1 first_option \(label)\n}\n"
    let lastList = tree.children(SyntaxTree.root, .choicesDecl).last
    let firstItem = tree.children(SyntaxTree.root).first { n in
      [.sectionDecl, .questionDecl, .gridDecl, .calculateDecl, .noteDecl, .ifItem, .endItem].contains(tree.kind(n))
    }
    let edit: TextEdit
    if let lastList {
      edit = TextEdit(range: .empty(at: tree.range(lastList).end), newText: "\n\n" + body.dropLast())
    } else if let firstItem {
      edit = TextEdit(range: .empty(at: tree.range(firstItem).start), newText: body + "\n")
    } else {
      edit = TextEdit(range: .empty(at: bytes.count), newText: "\n" + body)
    }
    return CodeAction(title: "create the choice list '\(name)'", edits: [edit], diagnostic: d, isPreferred: false)
  }
}
