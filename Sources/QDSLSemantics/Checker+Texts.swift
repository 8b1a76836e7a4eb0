// Translated texts: every declared language present once, no undeclared ones, the same pipes in every
// translation, pipes resolved (and later checked for answers that may be missing).

import QDSLSyntax

extension CheckerState {
  /// `what` names the text in messages ("the text of question 'q'"); it is only built when there is a problem.
  mutating func lowerText(_ block: NodeID, anchor: TextRange, what: @autoclosure () -> String, scope: Scope)
    -> TranslatedText
  {
    var entries: [TranslatedText.Entry] = []
    let languages = survey.languages
    // Where each declared language was first given, by its index in `languages`; tags that are not declared
    // (rare) go to `seenOther`. An empty dictionary allocates nothing.
    var seenDeclared = [TextRange?](repeating: nil, count: languages.count)
    var seenOther: [String: TextRange] = [:]
    // A single string is the source-language text.
    if let t = tree.token(block, .string) ?? tree.token(block, .tripleString) {
      let r = range(t)
      entries.append(
        .init(
          language: survey.sourceLanguage ?? "", template: StringDecoder.decode(tree.bytes, r), tagRange: r,
          stringRange: r))
      if languages.isEmpty { seenOther[""] = r } else { seenDeclared[0] = r }
    }
    for entry in tree.children(block) where tree.kind(entry) == .translation {
      guard let s = tree.token(entry, .string) ?? tree.token(entry, .tripleString) else { continue }
      guard let tagNode = tree.child(entry, .languageTag) else { continue }
      let stringRange = range(s)
      let tagRange = tree.range(tagNode)
      // Tags compare case-insensitively (BCP 47); the declared spelling is kept.
      let index = declaredLanguageIndex(tagRange)
      let tag = index.map { languages[$0] } ?? tree.text(in: tagRange)
      if let earlier = index.flatMap({ seenDeclared[$0] }) ?? seenOther[tag] {
        report(
          Diagnostic(
            .duplicateTranslation, "\(what()) gives \(LanguageTags.describe(tag)) twice", at: tagRange,
            related: [.init(earlier, "first given here")], help: "keep one of the two translations"))
        continue
      }
      if let index { seenDeclared[index] = tagRange } else { seenOther[tag] = tagRange }
      if !languages.isEmpty && index == nil {
        let near = suggestions(for: tag, count: 1) { _ in languages }
        report(
          Diagnostic(
            .undeclaredLanguage,
            "\(LanguageTags.describe(tag)) is not one of the survey's languages (\(languages.joined(separator: " ")))",
            at: tagRange,
            help: near.first.map { "did you mean '\($0)'?" }
              ?? "add '\(tag)' to the 'languages' line, or remove this translation",
            fixes: near.first.map { [.init(title: "change to '\($0)'", range: tagRange, replacement: $0)] } ?? []))
      }
      entries.append(
        .init(
          language: tag, template: StringDecoder.decode(tree.bytes, stringRange), tagRange: tagRange,
          stringRange: stringRange))
    }
    let isText = !(entries.isEmpty && tree.directTokens(block).isEmpty) && !hasSyntaxError(in: tree.range(block))
    if isText && !drafts.isEmpty { drafts.texts += 1 }
    if isText && seenDeclared.contains(where: { $0 == nil }) {
      // A draft language's missing text is counted (one warning per language at the end), not reported here.
      var missing: [String] = []
      for i in languages.indices where seenDeclared[i] == nil {
        if let position = draftPosition(ofLanguage: i) {
          countLackingDraft(position, anchor: anchor, what: what)
        } else {
          missing.append(languages[i])
        }
      }
      if !missing.isEmpty {
        let names = missing.map(LanguageTags.describe)
        let list =
          names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
        report(
          Diagnostic(
            .missingTranslation, "\(what()) has no \(list) translation", at: anchor,
            help: "add " + missing.map { "\($0) \"…\"" }.joined(separator: " ") + " to the text block"))
      }
    }
    checkPipeConsistency(entries, anchor: anchor, what: what())
    // Each pipe is resolved in every translation, but recorded once per text for the may-be-missing check.
    var recorded = Set<VariableID>()
    for e in entries { resolvePipes(e.template, scope: scope, recorded: &recorded) }
    return TranslatedText(entries: entries, anchor: anchor)
  }

  /// The index in the declared languages of the tag written at `r`: the exact spelling first, then ignoring
  /// ASCII case (BCP 47 tags are ASCII). Compares bytes, so no String is made per translation.
  private func declaredLanguageIndex(_ r: TextRange) -> Int? {
    let bytes = tree.bytes
    func matches(_ language: String, foldingCase: Bool) -> Bool {
      guard language.utf8.count == r.length else { return false }
      var i = r.start
      for b in language.utf8 {
        let c = bytes[i]
        if c != b && !(foldingCase && Self.asciiLower(c) == Self.asciiLower(b)) { return false }
        i += 1
      }
      return true
    }
    if let exact = survey.languages.firstIndex(where: { matches($0, foldingCase: false) }) { return exact }
    return survey.languages.firstIndex { matches($0, foldingCase: true) }
  }

  private static func asciiLower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

  private mutating func checkPipeConsistency(
    _ entries: [TranslatedText.Entry], anchor: TextRange, what: @autoclosure () -> String
  ) {
    guard let first = entries.first else { return }
    // Most texts have no pipes at all: nothing to compare.
    if entries.allSatisfy({ !$0.template.parts.contains { if case .pipe = $0 { return true } else { return false } } })
    {
      return
    }
    let reference = Set(first.template.pipeNames)
    for e in entries.dropFirst() {
      let here = Set(e.template.pipeNames)
      guard here != reference else { continue }
      let lacking = reference.subtracting(here).sorted()
      let extra = here.subtracting(reference).sorted()
      var parts: [String] = []
      if !lacking.isEmpty { parts.append("lacks " + lacking.map { "{\($0)}" }.joined(separator: ", ")) }
      if !extra.isEmpty { parts.append("adds " + extra.map { "{\($0)}" }.joined(separator: ", ")) }
      report(
        Diagnostic(
          .pipesDiffer,
          "in \(what()), the \(LanguageTags.describe(e.language)) translation \(parts.joined(separator: " and ")) "
            + "compared with \(LanguageTags.describe(first.language))",
          at: anchor, related: [.init(e.stringRange, "this translation")],
          help: "use the same pipes in every language, so that every respondent sees the same information"))
      return
    }
  }

  private mutating func resolvePipes(_ template: TextTemplate, scope: Scope, recorded: inout Set<VariableID>) {
    for part in template.parts {
      guard case .pipe(let pipeName, let r) = part else { continue }
      if survey.variableIndex[pipeName] == nil {
        let parts = pipeName.split(separator: ".", maxSplits: 1).map(String.init)
        if let e = lowerRepeatReference(
          parts[0], parts.count > 1 ? parts[1] : nil, at: r, secondRange: nil, scope: scope)
        {
          if case .instanceVariable(_, let v) = e.kind, survey.variables[v].kind == .grid {
            report(Diagnostic(.typeMismatch, "a pipe needs a value, but '\(pipeName)' is a grid", at: r))
          }
          continue
        }
      }
      guard let v = resolveVariable(pipeName, at: r, scope: scope, context: "a pipe") else { continue }
      if survey.variables[v].kind == .grid {
        report(
          Diagnostic(
            .typeMismatch, "a pipe needs a value, but '\(pipeName)' is a grid", at: r,
            help: "pipe one of its rows: {\(pipeName).ROW}"))
        continue
      }
      if scope.positioned, recorded.insert(v).inserted {
        pipeUses.append(
          PipeUse(
            variable: v, range: r, universe: scope.universe,
            isOwnCheckMessage: scope.allowSelf && v == scope.selfVariable))
      }
    }
  }

  /// Pipes of answers that may be missing where the text is shown: not required, or asked under
  /// conditions the text's own universe does not imply. One warning per pipe gives every reason at once, and its
  /// help names changes that each clear the warning on their own.
  mutating func checkPipes() {
    for use in pipeUses where !use.isOwnCheckMessage {
      let v = survey.variables[use.variable]
      var isGridRow = false
      if case .gridRow = v.kind { isGridRow = true }
      let optionalSample = v.kind == .sample(optional: true)
      let mayBeUnanswered = (v.kind == .question || isGridRow || optionalSample) && !v.isRequired
      let asked = survey.isAncestor(v.universe, of: use.universe)
      if !mayBeUnanswered && asked { continue }
      // A text under `if answered(x)` (or `if x > 0`) shows an answer that was given, so also asked.
      if universeImpliesAnswered(use.universe, use.variable) { continue }
      let mayBeUnasked = !asked && !universeImplies(use.universe, v.universe)
      guard mayBeUnanswered || mayBeUnasked else { continue }
      let condition = survey.universeText(v.universe) ?? "some condition"
      let guarded = "put the text under if answered(\(v.name)) { … }"
      let message: String
      let help: String
      switch (mayBeUnanswered, mayBeUnasked) {
      case (true, _) where optionalSample:
        message = "'\(v.name)' is an optional sample variable, so this pipe may show an empty value"
        help =
          "\(guarded); or declare '\(v.name)' without 'optional' if the sample gives it for everyone; "
          + "or word the text so that it reads well without the value"
      case (true, true):
        message =
          "'\(v.name)' is not required and is only asked when \(condition), so this pipe may show an empty answer"
        help =
          "\(guarded); or make '\(v.name)' required and show the text only when \(condition); "
          + "or word the text so that it reads well without the answer"
      case (true, false):
        message = "'\(v.name)' is not required, so this pipe may show an empty answer"
        help = "make '\(v.name)' required, or \(guarded), or word the text so that it reads well without the answer"
      default:
        message = "'\(v.name)' is only asked when \(condition), but this text is shown in other cases too"
        help = "move the text under the same condition, or \(guarded), or pipe an answer that everyone gives"
      }
      report(
        Diagnostic(
          .pipeMayBeMissing, message, at: use.range, related: [.init(v.nameRange, "declared here")], help: help))
    }
  }
}

extension String {
  /// The string without leading and trailing whitespace and newlines (stdlib only).
  func trimmingCharacters() -> String {
    // Most texts start and end with a visible ASCII character: nothing to trim.
    if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
      return self
    }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
