// Draft languages in the editor: the hover of `draft` in the languages line, and of a draft language's tag there,
// with how many texts lack each draft (the checker's tally). The code action that inserts a draft's missing
// translation is with the other code actions (Analysis+CodeActions.swift).

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// The hover of `draft` or of a draft language's tag in the `languages` line.
  func draftHover(at offset: Int) -> Hover? {
    guard let t = tokenIndex(at: offset), tree.tokens[t].kind.isNameLike else { return nil }
    let range = tree.tokenRange(t)
    guard let node = nodes(at: range.start + 1).first else { return nil }
    let word = tree.tokenText(t)
    let progress = survey.draftLanguages.enumerated().map { i, tag in
      let lacking = i < survey.draftLacking.count ? survey.draftLacking[i] : 0
      return "- `\(tag)`: \(lacking) of \(survey.textCount) texts lack it"
    }
    let explanation =
      "The languages after `draft` are translations in progress: a text that lacks one of them is shown in the "
      + "source language (`\(survey.sourceLanguage ?? "?")`) when the form runs, and `qdsl check` reports each "
      + "draft once (QD4019); `--warnings-as-errors` fails while a language is a draft."
    if tree.kind(node) == .draftMarker {
      return Hover(
        range: range,
        markdown: "```qdsl\ndraft\n```\n\n\(explanation)"
          + (progress.isEmpty ? "" : "\n\n" + progress.joined(separator: "\n")))
    }
    guard tree.kind(node) == .languageTag, let line = tree.parent(node), tree.kind(line) == .languagesDecl,
      let i = survey.draftLanguages.firstIndex(of: word)
    else { return nil }
    return Hover(range: range, markdown: "```qdsl\ndraft \(word)\n```\n\n\(explanation)\n\n\(progress[i])")
  }
}
