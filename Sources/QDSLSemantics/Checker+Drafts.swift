// Draft languages (`languages fi sv draft nb`): translations in progress. A text lacking a draft language is
// counted, not reported; each draft language gets one warning with how many texts lack it and where the first few
// are (QD4019), and the source language cannot be a draft (QD4020).

import QDSLSyntax

/// The tally of the draft languages while texts are lowered: one counter per draft language, and the first few
/// texts that lack it (their descriptions are only built for those), so counting stays linear.
struct DraftTally {
  /// How many texts lacking a language are located in its warning.
  static let locatedTexts = 3

  /// The `draft` word of the languages line, and the end of the tag before it (nil when `draft` comes first).
  var marker: TextRange?
  var tagBeforeMarker: TextRange?
  /// For each declared language (by its index in `Survey.languages`), its index among the draft languages.
  var draftIndex: [Int?] = []
  /// Per draft language: its tag in the languages line, how many texts lack it, and the first few of them.
  var tags: [TextRange] = []
  var lacking: [Int] = []
  var firstLacking: [[Diagnostic.Related]] = []
  /// Texts counted (every text block that is not broken by a syntax error).
  var texts = 0

  var isEmpty: Bool { tags.isEmpty }
}

extension CheckerState {
  /// Called by the header for each draft language kept in `survey.draftLanguages`.
  mutating func declareDraftLanguage(languageIndex: Int, tag: TextRange) {
    while drafts.draftIndex.count <= languageIndex { drafts.draftIndex.append(nil) }
    drafts.draftIndex[languageIndex] = drafts.tags.count
    drafts.tags.append(tag)
    drafts.lacking.append(0)
    drafts.firstLacking.append([])
  }

  /// The source language written after `draft`: an error, and it is not a draft (its texts are what the drafts
  /// fall back to).
  mutating func reportSourceLanguageDraft(_ tag: String, at r: TextRange) {
    let marker = drafts.marker ?? r
    report(
      Diagnostic(
        .sourceLanguageDraft,
        "the source language \(LanguageTags.describe(tag)) cannot be a draft: the texts of draft languages fall "
          + "back to it", at: r, related: [.init(marker, "'draft' is written before it")],
        help: "the first language is the source language; put 'draft' after it, before the languages still being "
          + "translated",
        fixes: [.init(title: "remove 'draft'", range: TextRange(marker.start, r.start), replacement: "")]))
  }

  /// The index among the draft languages of the declared language at `languageIndex`, if it is a draft.
  func draftPosition(ofLanguage languageIndex: Int) -> Int? {
    languageIndex < drafts.draftIndex.count ? drafts.draftIndex[languageIndex] : nil
  }

  /// A text lacks the draft language at `position`: counted, and located if it is among the first few.
  mutating func countLackingDraft(_ position: Int, anchor: TextRange, what: () -> String) {
    drafts.lacking[position] += 1
    if drafts.firstLacking[position].count < DraftTally.locatedTexts {
      let tag = survey.draftLanguages[position]
      drafts.firstLacking[position].append(.init(anchor, "\(what()) lacks \(tag)"))
    }
  }

  /// One warning per draft language: how many texts lack it and where the first few are, or, when none does,
  /// that `draft` can go.
  mutating func checkDraftLanguages() {
    guard !drafts.isEmpty, let source = survey.sourceLanguage else { return }
    survey.draftLacking = drafts.lacking
    survey.textCount = drafts.texts
    for (position, tag) in survey.draftLanguages.enumerated() {
      let r = drafts.tags[position]
      let lacking = drafts.lacking[position]
      let name = LanguageTags.describe(tag)
      if lacking == 0 {
        report(
          Diagnostic(
            .draftLanguage,
            "\(name) is a draft, but every text has it (\(drafts.texts) \(drafts.texts == 1 ? "text" : "texts"))",
            at: r, help: "remove 'draft' for \(tag): its translation is complete",
            fixes: completeFix(position).map { [$0] } ?? []))
        continue
      }
      let shown = drafts.firstLacking[position].count
      let more = lacking > shown ? "; \(shown) of them are shown" : ""
      report(
        Diagnostic(
          .draftLanguage,
          "\(name) is a draft: \(lacking) of \(drafts.texts) \(drafts.texts == 1 ? "text lacks" : "texts lack") it"
            + more, at: r,
          related: drafts.firstLacking[position].sorted {
            ($0.range.file, $0.range.start) < ($1.range.file, $1.range.start)
          },
          help: "a text without \(tag) shows its \(LanguageTags.describe(source)) text instead; translate the rest "
            + "and remove 'draft' (qdsl check --warnings-as-errors fails while a language is a draft)"))
    }
  }

  /// The edit that makes a complete draft language final: remove `draft` when it is the only draft language,
  /// otherwise move the language before `draft`.
  private func completeFix(_ position: Int) -> Diagnostic.Fix? {
    guard let marker = drafts.marker else { return nil }
    let tag = survey.draftLanguages[position]
    let r = drafts.tags[position]
    if drafts.tags.count == 1 {
      let start = drafts.tagBeforeMarker?.end ?? marker.start
      return .init(title: "remove 'draft'", range: TextRange(start, marker.end), replacement: "")
    }
    // `draft ru nb` → `nb draft ru`: the words between `draft` and the tag stay in their order.
    let between = tree.text(in: TextRange(marker.start, r.start))
    let kept = String(between.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    return .init(
      title: "make \(tag) final (move it before 'draft')", range: TextRange(marker.start, r.end),
      replacement: tag + " " + kept)
  }
}
