// Header declarations: survey id, version, languages (valid BCP 47 tags, none twice) and title.

import QDSLSyntax
import QDSLWords

extension CheckerState {
  mutating func checkHeader() {
    var first: [SyntaxKind: NodeID] = [:]
    var titleNode: NodeID?
    for n in tree.children(SyntaxTree.root) {
      let kind = tree.kind(n)
      guard [.surveyDecl, .moduleDecl, .versionDecl, .languagesDecl, .titleDecl].contains(kind) else { continue }
      let keyword = tree.firstSignificantToken(n).map(range) ?? tree.range(n)
      // A file is an instrument (`survey`) or a module (`module`), never both: the second header is one too many.
      let other: SyntaxKind? = kind == .surveyDecl ? .moduleDecl : kind == .moduleDecl ? .surveyDecl : nil
      if let earlier = first[kind] ?? other.flatMap({ first[$0] }) {
        let word = tree.firstSignificantToken(n).map(name) ?? "declaration"
        let message =
          tree.kind(earlier) == kind
          ? "there is already a '\(word)' declaration; the header gives it once"
          : "a file is either an instrument ('survey') or a module ('module'), not both"
        report(
          Diagnostic(
            .duplicateHeader, message, at: keyword,
            related: [.init(tree.range(earlier), "first declared here")], help: "remove one of the two declarations"))
        continue
      }
      first[kind] = n
      switch kind {
      case .surveyDecl:
        survey.id = tree.declaredName(n).map(name)
      case .moduleDecl:
        survey.moduleName = tree.declaredName(n).map(name)
      case .versionDecl:
        if let t = tree.token(n, .string) ?? tree.token(n, .tripleString) {
          survey.version = StringDecoder.decode(tree.bytes, range(t)).display
        }
      case .languagesDecl:
        declareLanguages(n)
      case .titleDecl:
        titleNode = n
      default:
        break
      }
    }
    let fileStart = tree.firstSignificantToken(SyntaxTree.root).map(range) ?? .empty(at: 0)
    if first[.surveyDecl] == nil && first[.moduleDecl] == nil {
      report(
        Diagnostic(
          .missingHeader, "the file has no 'survey' declaration", at: fileStart,
          help: "start the file with the survey's id, e.g. 'survey innovation_barometer'"))
    }
    if first[.languagesDecl] == nil {
      report(
        Diagnostic(
          .missingHeader, "the file has no 'languages' declaration", at: fileStart,
          help: "declare the survey's languages after its id, source language first, e.g. 'languages fi sv en'"))
    }
    titleNodeForLowering = titleNode
  }

  /// The survey title is lowered after the declarations, so that its pipes resolve against every variable.
  mutating func lowerTitle() {
    guard let t = titleNodeForLowering, let block = tree.child(t, .translations) else { return }
    let keyword = tree.firstSignificantToken(t).map(range) ?? tree.range(t)
    let scope = Scope(
      ordinal: Int.max, selfVariable: nil, allowSelf: false, universe: 0, what: "the title", positioned: false)
    let title = lowerText(block, anchor: keyword, what: "the survey's title", scope: scope)
    survey.title = title
    // The title is shown before any question is asked: a pipe in it could only ever show an empty answer.
    for entry in title.entries {
      for case .pipe(let pipeName, let r) in entry.template.parts {
        guard let v = survey.variableIndex[pipeName] else { continue }
        report(
          Diagnostic(
            .laterVariable,
            "the survey's title is shown before any question is asked, so it cannot show the answer '\(pipeName)'",
            at: r, related: [.init(survey.variables[v].nameRange, "declared here")],
            help: "remove the pipe from the title; a note or a section's title can show the answer"))
      }
    }
  }

  private mutating func declareLanguages(_ n: NodeID) {
    var seen: [String: TextRange] = [:]
    var draft = false
    var lastTag: TextRange?
    for tagNode in tree.children(n) {
      if tree.kind(tagNode) == .draftMarker {
        draft = true
        drafts.marker = tree.range(tagNode)
        drafts.tagBeforeMarker = lastTag
      }
      guard tree.kind(tagNode) == .languageTag else { continue }
      let tag = tree.text(tagNode)
      let r = tree.range(tagNode)
      lastTag = r
      if let earlier = seen[tag.lowercased()] {
        report(
          Diagnostic(
            .duplicateLanguage, "the language '\(tag)' is declared twice", at: r,
            related: [.init(earlier, "first declared here")], help: "remove the second '\(tag)'",
            fixes: [.init(title: "remove the repeated language", range: r, replacement: "")]))
        continue
      }
      if !LanguageTags.isValid(tag) {
        report(
          Diagnostic(
            .invalidLanguageTag, "'\(tag)' is not a language tag", at: r,
            help: LanguageTags.suggestion(for: tag).map { "write the BCP 47 tag: '\($0)'" }
              ?? "use a BCP 47 tag such as fi, sv, nb, en or sv-FI"))
      }
      seen[tag.lowercased()] = r
      survey.languages.append(tag)
      guard draft else { continue }
      if survey.languages.count == 1 {
        reportSourceLanguageDraft(tag, at: r)
      } else {
        declareDraftLanguage(languageIndex: survey.languages.count - 1, tag: r)
        survey.draftLanguages.append(tag)
      }
    }
  }
}

/// BCP 47 language tags: validation and the names used in messages (from QDSLWords' table of language names).
enum LanguageTags {
  /// "Swedish (sv)", "Swedish (Finland) (sv-FI)", or just the quoted tag when its name is not known.
  static func describe(_ tag: String) -> String {
    if let n = LanguageNames.exact(tag) { return "\(n.english) (\(tag))" }
    return "'\(tag)'"
  }

  /// A well-formed BCP 47 tag: a 2–3 letter primary subtag (ISO 639), then subtags of 1–8 letters or digits.
  static func isValid(_ tag: String) -> Bool {
    let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
    guard let primary = subtags.first, (2...3).contains(primary.count),
      primary.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) })
    else { return false }
    for s in subtags.dropFirst() {
      guard (1...8).contains(s.count),
        s.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) })
      else { return false }
    }
    return true
  }

  /// The tag for an English language name ("swedish" → "sv").
  static func suggestion(for word: String) -> String? { LanguageNames.tag(englishName: word) }
}
