// Grammar rules for the file level: header declarations, choice lists and translated texts.

extension Parser {
  mutating func parseSourceFile() {
    while !atEnd {
      let before = pos
      switch current {
      case .kwSurvey: surveyDecl()
      case .kwVersion: versionDecl()
      case .kwLanguages: languagesDecl()
      case .kwTitle: titleDecl()
      case .kwChoices: choicesDecl()
      case .rBrace:
        error("this '}' closes nothing", at: currentRange, help: "remove it, or check the '{' braces above")
        let m = start(.error)
        bump()
        finish(m)
      default:
        if TokenSet.itemStart.contains(current) {
          item()
        } else if !misspeltKeyword() {
          errorSkip(
            "expected a declaration (survey, version, languages, title, choices, section, question, grid, "
              + "calculate, note, if or end), found \(currentDescription)", recovery: TokenSet.declarationStart)
        }
      }
      ensureProgress(since: before)
    }
  }

  /// A name after a keyword, reported as missing when absent.
  mutating func expectName(_ what: String) {
    if current.isNameLike {
      bump()
      return
    }
    if current.isReserved {
      error("'\(text(currentRange))' is a reserved word and cannot be used as \(what)", at: currentRange)
      bump()
      return
    }
    error("expected \(what), found \(currentDescription)", at: missingRange)
  }

  mutating func surveyDecl() {
    let m = start(.surveyDecl)
    bump()
    expectName("the survey's id")
    finish(m)
  }

  mutating func versionDecl() {
    let m = start(.versionDecl)
    bump()
    if at(.string) || at(.tripleString) {
      bump()
    } else {
      error("expected the version as a string, e.g. version \"2022.1\", found \(currentDescription)", at: missingRange)
    }
    finish(m)
  }

  mutating func languagesDecl() {
    let m = start(.languagesDecl)
    bump()
    var count = 0
    while (current.isNameLike || current.isReserved) && !TokenSet.declarationStart.contains(current) {
      languageTag()
      count += 1
    }
    if count == 0 {
      error("expected language tags such as fi sv en, found \(currentDescription)", at: missingRange)
    }
    finish(m)
  }

  /// A BCP 47 tag: words and numbers joined by '-' with nothing between (`sv-FI`, `es-419`).
  mutating func languageTag() {
    let m = start(.languageTag)
    bump()
    while at(.minus), isAdjacent, pos + 1 < tokens.count,
      tokens[pos + 1].kind.isNameLike || tokens[pos + 1].kind == .integer || tokens[pos + 1].kind.isReserved
    {
      bump()
      bump()
    }
    finish(m)
  }

  mutating func titleDecl() {
    let m = start(.titleDecl)
    bump()
    translations(for: "title")
    finish(m)
  }

  mutating func choicesDecl() {
    let m = start(.choicesDecl)
    bump()
    expectName("the name of the choice list")
    if at(.lBrace) {
      let brace = currentRange
      bump()
      while !at(.rBrace) && !atEnd {
        let before = pos
        if at(.integer) || at(.minus) || at(.decimal) {
          optionDecl()
        } else if TokenSet.declarationStart.contains(current) {
          break  // A missing '}': the next declaration starts here.
        } else {
          errorRecover(
            "expected an option: a code, a name and its labels, like 1 yes { fi \"Kyllä\" en \"Yes\" }; found "
              + currentDescription, recovery: TokenSet.declarationStart)
        }
        ensureProgress(since: before)
      }
      closeBrace(brace, "a choice list")
    } else {
      error("expected '{' and the options of the list, found \(currentDescription)", at: missingRange)
    }
    finish(m)
  }

  mutating func optionDecl() {
    let m = start(.optionDecl)
    signedNumber()
    expectName("the option's name (used in conditions, e.g. adopted == yes)")
    if at(.lBrace) || at(.string) || at(.tripleString) {
      translations(for: "option label")
    } else {
      error(
        "expected the option's label, e.g. { fi \"Kyllä\" en \"Yes\" }, found \(currentDescription)", at: missingRange)
    }
    while at(.kwExclusive) || at(.kwMissing) { bump() }
    finish(m)
  }

  /// An optionally negative integer or decimal.
  mutating func signedNumber() {
    let m = start(.signedNumber)
    _ = eat(.minus)
    if at(.integer) || at(.decimal) {
      bump()
    } else {
      error("expected a number, found \(currentDescription)", at: missingRange)
    }
    finish(m)
  }

  /// A translated text: `{ fi "…" sv "…" }`, or a single string in the source language.
  mutating func translations(for what: String) {
    let m = start(.translations)
    defer { finish(m) }
    if at(.string) || at(.tripleString) {
      bump()
      return
    }
    guard at(.lBrace) else {
      error(
        "expected the \(what): a string, or translations like { fi \"…\" en \"…\" }; found \(currentDescription)",
        at: missingRange)
      return
    }
    let brace = currentRange
    bump()
    while !at(.rBrace) && !atEnd {
      let before = pos
      let next = nth(1)
      if current.isNameLike || current.isReserved {
        let isTag = next == .string || next == .tripleString || next == .minus
        if !isTag && (TokenSet.declarationStart.contains(current) || TokenSet.partStart.contains(current)) {
          break  // A missing '}': the next part or item starts here.
        }
        let t = start(.translation)
        languageTag()
        if at(.string) || at(.tripleString) {
          bump()
        } else {
          error("expected the text in this language as a string, found \(currentDescription)", at: missingRange)
        }
        finish(t)
      } else if at(.string) || at(.tripleString) {
        error("this text has no language tag", at: currentRange, help: "write the language first, e.g. en \"…\"")
        let t = start(.translation)
        bump()
        finish(t)
      } else {
        errorRecover(
          "expected a language tag and a string, like en \"…\"; found \(currentDescription)",
          recovery: TokenSet.declarationStart)
      }
      ensureProgress(since: before)
    }
    closeBrace(brace, "the translations of the \(what)")
  }
}
