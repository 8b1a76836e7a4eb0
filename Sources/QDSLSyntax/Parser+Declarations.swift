// Grammar rules for the file level: header declarations, choice lists and translated texts.

extension Parser {
  mutating func parseSourceFile() {
    while !atEnd {
      let before = pos
      switch current {
      case .kwSurvey: surveyDecl()
      case .kwModule: moduleDecl()
      case .kwUse: useDecl()
      case .kwVersion: versionDecl()
      case .kwLanguages: languagesDecl()
      case .kwTitle: titleDecl()
      case .kwChoices: choicesDecl()
      case .kwParadata: paradataDecl()
      case .rBrace:
        error("this '}' closes nothing", at: currentRange, help: "remove it, or check the '{' braces above")
        let m = start(.error)
        bump()
        finish(m)
      default:
        if TokenSet.itemStart.contains(current) {
          item()
        } else if atSampleDecl {
          sampleDecl()
        } else if !misspeltKeyword() {
          errorSkip(
            "expected a declaration (survey, module, use, version, languages, title, choices, paradata, sample, "
              + "section, question, grid, calculate, note, if, repeat, include or end), found \(currentDescription)",
            recovery: TokenSet.declarationStart)
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

  /// `module NAME`: the header of a module file, which an instrument brings in with `use` and `include NAME`.
  mutating func moduleDecl() {
    let m = start(.moduleDecl)
    bump()
    expectName("the module's name")
    finish(m)
  }

  /// `use "relative/path.qdsl"`: loads a module file, relative to this file.
  mutating func useDecl() {
    let m = start(.useDecl)
    bump()
    if at(.string) {
      bump()
    } else {
      error(
        "expected the module's path as a string, e.g. use \"background.qdsl\", found \(currentDescription)",
        at: missingRange)
    }
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
    var drafts: Int?
    while (current.isNameLike || current.isReserved) && !TokenSet.declarationStart.contains(current)
      && !atSampleDecl
    {
      if drafts == nil && at(.identifier) && bytes[currentRange.start..<currentRange.end].elementsEqual("draft".utf8) {
        // `languages fi sv en draft nb`: the tags after the contextual word `draft` are translations in progress.
        let marker = start(.draftMarker)
        bump()
        finish(marker)
        drafts = 0
        continue
      }
      languageTag()
      count += 1
      drafts = drafts.map { $0 + 1 }
    }
    if count == 0 {
      error("expected language tags such as fi sv en, found \(currentDescription)", at: missingRange)
    } else if drafts == 0 {
      error(
        "expected the draft languages' tags after 'draft', found \(currentDescription)", at: missingRange,
        help: "list the languages still being translated: languages fi sv draft en")
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
    if at(.lParen) { attributeList() }
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
    optionModifiers()
    finish(m)
  }

  /// What may follow an option's labels, in any order: `exclusive`, `missing`, `fixed`, `description { … }`,
  /// `specify { … }`, `if (COND)` and attribute values `ATTR = VALUE`. The next option starts with a number.
  mutating func optionModifiers() {
    while !atEnd {
      let before = pos
      if current.isNameLike && nth(1) == .equals {
        let a = start(.optionAttribute)
        bump()
        bump()
        attributeValue()
        finish(a)
      } else if at(.kwExclusive) || at(.kwMissing) || at(.kwFixed) {
        bump()
      } else if at(.kwDescription) {
        let d = start(.optionDescription)
        bump()
        translations(for: "option description")
        finish(d)
      } else if at(.kwSpecify) {
        let d = start(.optionSpecify)
        bump()
        translations(for: "prompt of the 'other, specify' answer")
        finish(d)
      } else if at(.kwIf) {
        let c = start(.optionCondition)
        bump()
        if at(.lParen) {
          let p = start(.parenExpr)
          bump()
          expression()
          expect(.rParen, "to close the option's condition")
          finish(p)
        } else {
          error(
            "expected '(' and the condition under which the option is offered, found \(currentDescription)",
            at: missingRange,
            help: "write the condition in parentheses, e.g. if (age >= 18): a following option's negative code "
              + "would otherwise continue it")
          if TokenSet.expressionStart.contains(current) || current.isNameLike { expression() }
        }
        finish(c)
      } else {
        return
      }
      if pos == before { return }
    }
  }

  /// One token giving an option's attribute: a name, a number (negative too), a string, true or false.
  mutating func attributeValue() {
    if at(.minus) || at(.integer) || at(.decimal) {
      signedNumber()
    } else if current.isNameLike || at(.string) || at(.kwTrue) || at(.kwFalse) {
      let l = start(current.isNameLike ? .nameRef : .literal)
      bump()
      finish(l)
    } else {
      error(
        "expected the attribute's value (an option name, a number or a string), found \(currentDescription)",
        at: missingRange)
    }
  }

  /// `(country: country, population: integer)`: the typed attributes every option of the list gives.
  mutating func attributeList() {
    let m = start(.attributeList)
    let paren = currentRange
    bump()
    while !at(.rParen) && !atEnd && !at(.lBrace) {
      let before = pos
      if current.isNameLike {
        let a = start(.attributeDecl)
        bump()
        if expect(.colon, "after the attribute's name", help: "write NAME: TYPE, e.g. country: country") {
          if current.isNameLike {
            bump()
          } else {
            error(
              "expected the attribute's type (integer, decimal, text or a choice list), found \(currentDescription)",
              at: missingRange)
          }
        } else {
          skipAttributeRest()
        }
        finish(a)
        if eat(.comma) || at(.rParen) || at(.lBrace) { continue }
        if TokenSet.declarationStart.contains(current) { break }
        error("expected ',' or ')' after the attribute, found \(currentDescription)", at: missingRange)
        skipAttributeRest()
        _ = eat(.comma)
      } else {
        errorRecover(
          "expected an attribute such as country: country, found \(currentDescription)",
          recovery: TokenSet([.rParen, .lBrace]).union(TokenSet.declarationStart))
        if TokenSet.declarationStart.contains(current) { break }
      }
      ensureProgress(since: before)
    }
    if at(.rParen) {
      bump()
    } else {
      error("expected ')' to close the attributes opened here", at: paren)
    }
    finish(m)
  }

  /// Skips, without a further error, what is left of a malformed attribute: up to ',', ')' or '{'.
  mutating func skipAttributeRest() {
    guard !at(.comma) && !at(.rParen) && !at(.lBrace) && !atEnd else { return }
    let m = start(.error)
    while !at(.comma) && !at(.rParen) && !at(.lBrace) && !atEnd && !TokenSet.declarationStart.contains(current) {
      bump()
    }
    finish(m)
  }

  /// `paradata { started: start  finished: end  interview_date: today  device_id: device }`.
  mutating func paradataDecl() {
    let m = start(.paradataDecl)
    bump()
    if at(.lBrace) {
      let brace = currentRange
      bump()
      while !at(.rBrace) && !atEnd {
        let before = pos
        if current.isNameLike && (nth(1) == .colon || nth(1).isNameLike)
          && !(TokenSet.declarationStart.contains(current) && nth(1) != .colon)
        {
          let f = start(.paradataField)
          bump()
          if expect(.colon, "between the variable's name and what it records", help: "write e.g. started: start") {
            expectName("what the collector records (start, end, today, device or user)")
          } else {
            bump()
          }
          finish(f)
        } else if TokenSet.declarationStart.contains(current) && nth(1) != .colon {
          break
        } else {
          errorRecover(
            "expected a paradata variable such as started: start, found \(currentDescription)",
            recovery: TokenSet.declarationStart)
        }
        ensureProgress(since: before)
      }
      closeBrace(brace, "the paradata block")
    } else {
      error(
        "expected '{' and the paradata variables, e.g. paradata { started: start }, found \(currentDescription)",
        at: missingRange)
    }
    finish(m)
  }

  /// At `sample NAME:`: `sample` is a contextual word, so `sample` stays a valid name elsewhere.
  var atSampleDecl: Bool {
    at(.identifier) && bytes[currentRange.start..<currentRange.end].elementsEqual("sample".utf8)
      && nth(1).isNameLike && nth(2) == .colon
  }

  /// `sample org_name: text optional { text { fi "…" en "…" } }`: a typed value from the sample file.
  mutating func sampleDecl() {
    let m = start(.sampleDecl)
    bump()
    expectName("the sample variable's name")
    if expect(.colon, "after the sample variable's name", help: "give its type: sample org_name: text { … }") {
      typeSpec()
    }
    if at(.identifier) && bytes[currentRange.start..<currentRange.end].elementsEqual("optional".utf8) {
      bump()
    }
    skipToBody("the sample variable's type")
    itemBody("for the sample variable's text", of: "sample variable")
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
