// The printable questionnaire (`STEM.document.html`, `qdsl compile --target document`): one self-contained HTML
// page (inline CSS, no scripts) laid out as a paper questionnaire, in one language or several side by side.

import QDSLSemantics
import QDSLText
import QDSLWords

/// Renders a survey as a printable questionnaire.
///
/// Numbering (stable under `fmt`, which never reorders items): questions and grids are numbered 1, 2, 3… in
/// document order across the whole instrument, a grid's rows a, b, c…; sections are numbered 1, 2, 3… in their own
/// series ("Section 2"). Notes, ends and routing are not numbered; calculates and generated specify questions are
/// not shown (an option's specify prompt is an "Other, specify" line under the option). Routing comes from the
/// `if` branches: "Ask if …" before a branch's items, with "If not, go to question N" when the branch has no
/// `else` and a numbered question follows. The chrome words are `Words.document(for:)` of the first language.
public enum QuestionnaireDocument {
  /// `languages`: one language, or several shown in parallel columns (translation review); the chrome words are
  /// the first's.
  public static func renderBytes(_ survey: Survey, languages: [String]) -> [UInt8] {
    var writer = DocumentWriter(survey: survey, languages: languages.isEmpty ? ["en"] : languages)
    writer.number(survey.items)
    writer.write()
    return Array(writer.out.utf8)
  }

  /// The languages of a `--lang` value: `fi` or `fi,sv`.
  public static func languages(_ value: String) -> [String] {
    value.split(separator: ",").map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
  }
}

/// The letters of a grid's rows: a, b, … z, aa, ab, …
public enum DocumentRowLetters {
  public static func letters(_ indices: [Int]) -> [String] { indices.map(DocumentWriter.rowLetter) }
}

extension String {
  fileprivate func trimmingCharacters() -> String {
    var s = Substring(self)
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}

struct DocumentWriter {
  let survey: Survey
  let languages: [String]
  let words: DocumentWords
  let lowering: CodebookLowering
  var out = ""
  /// The number of each numbered question or grid, by variable.
  var numbers: [VariableID: Int] = [:]
  /// Per `if` (in walk order): the number of the first question after it, if any.
  var nextAfterConditional: [Int?] = []
  var conditionalIndex = 0
  var sectionCount = 0
  var counter = 0

  init(survey: Survey, languages: [String]) {
    self.survey = survey
    self.languages = languages
    words = Words.document(for: languages[0])
    lowering = CodebookLowering(survey: survey)
  }

  var parallel: Bool { languages.count > 1 }

  // MARK: numbering

  mutating func number(_ items: [Item]) {
    for item in items {
      switch item.kind {
      case .section(let s): number(s.items)
      case .repeat(let r):
        let first = nextAfterConditional.count
        number(r.items)
        // An iteration's skip never jumps out of its repeat: past the repeat's last question there is no "go to".
        for slot in first..<nextAfterConditional.count where nextAfterConditional[slot] == counter + 1 {
          nextAfterConditional[slot] = nil
        }
      case .question(let q):
        guard q.specifies == nil else { continue }
        counter += 1
        numbers[q.variable] = counter
      case .grid(let g):
        counter += 1
        numbers[g.variable] = counter
      case .conditional(let c):
        let slot = nextAfterConditional.count
        nextAfterConditional.append(nil)
        for b in c.branches { number(b.items) }
        nextAfterConditional[slot] = counter + 1
      default: break
      }
    }
  }

  // MARK: texts

  func escape(_ s: String) -> String { HTML.escape(s) }

  func fill(_ pattern: String, _ what: String = "", n: String = "", max: String = "") -> String {
    pattern.replacingOccurrences("{what}", what).replacingOccurrences("{n}", n).replacingOccurrences("{max}", max)
  }

  /// A text in one language as HTML: a draft language's missing text is the source language's, marked `[en]`.
  func text(_ t: TranslatedText?, _ language: String) -> String {
    guard let t, let template = t.shown(language, in: survey) else { return "" }
    let body = HTML.text(CodebookLowering.display(template))
    guard t.fallsBack(language, in: survey), let source = survey.sourceLanguage else { return body }
    return "<span class=\"draft\" title=\"\(escape(words.draftMark))\">\(escape(Codebook.fallbackMark(source)))</span> "
      + body
  }

  /// A text in every language of the document: plain in one language, parallel columns in several.
  func texts(_ t: TranslatedText?, tag: String = "div", cls: String) -> String {
    guard let t else { return "" }
    if !parallel { return "<\(tag) class=\"\(cls)\">\(text(t, languages[0]))</\(tag)>" }
    let columns = languages.map { "<div lang=\"\(escape($0))\">\(text(t, $0))</div>" }.joined()
    return "<div class=\"\(cls) par\">\(columns)</div>"
  }

  /// Words about an expression (conditions, drivers) per language, parallel like texts.
  func inWords(_ make: (ExprWords, DocumentWords) -> String, cls: String) -> String {
    let parts = languages.map { language -> String in
      let sentence = ExprWords(survey: survey, language: language, words: Words.codebook(for: language))
      return make(sentence, Words.document(for: language))
    }
    if !parallel { return "<p class=\"\(cls)\">\(parts[0])</p>" }
    return "<div class=\"\(cls) par\">"
      + zip(languages, parts).map { "<div lang=\"\(escape($0))\">\($1)</div>" }.joined() + "</div>"
  }

  // MARK: the page

  mutating func write() {
    let title =
      survey.title.flatMap { $0.shown(languages[0], in: survey) }.map { CodebookLowering.display($0) }
      ?? survey.id ?? "survey"
    let running = escape(title) + (survey.version.map { " · \(escape(words.version)) \(escape($0))" } ?? "")
    out += """
      <!DOCTYPE html>
      <html lang="\(escape(languages[0]))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="qdsl">
      <title>\(escape(title))</title>
      <style>
      \(Self.style)</style>
      </head>
      <body\(parallel ? " class=\"parallel\"" : "")>
      <table class="frame">
      <thead><tr><td><div class="running">\(running)</div></td></tr></thead>
      <tbody><tr><td>
      <header>
      \(survey.title == nil ? "<h1>\(escape(title))</h1>" : texts(survey.title, cls: "h1"))
      <p class="facts"><code>\(escape(survey.id ?? "survey"))</code>\(survey.version.map { " · \(escape(words.version)) \(escape($0))" } ?? "") · \(escape(words.languages)): \(escape(survey.languages.joined(separator: ", ")))</p>
      </header>

      """
    writeContents()
    writeSample()
    out += "<main>\n"
    conditionalIndex = 0
    sectionCount = 0
    write(survey.items, depth: 0)
    out += "</main>\n</td></tr></tbody>\n</table>\n</body>\n</html>\n"
  }

  /// The table of contents, for instruments of more than two sections (top level).
  mutating func writeContents() {
    var entries: [(Int, Section)] = []
    var n = 0
    for item in survey.items {
      if case .section(let s) = item.kind {
        n += 1
        entries.append((n, s))
      }
    }
    guard entries.count > 2 else { return }
    out += "<nav class=\"contents\">\n<h2>\(escape(words.contents))</h2>\n<ol>\n"
    for (n, s) in entries {
      let title = s.title.flatMap { text($0, languages[0]) } ?? escape(s.name)
      out += "<li><a href=\"#section-\(n)\">\(escape(words.section)) \(n): \(title)</a></li>\n"
    }
    out += "</ol>\n</nav>\n"
  }

  mutating func writeSample() {
    guard !survey.samples.isEmpty else { return }
    out += "<section class=\"sample\">\n<p class=\"inote\">\(escape(words.fromSample))</p>\n<ul>\n"
    for s in survey.samples {
      let name = survey.variables[s.variable].name
      out += "<li><code>\(escape(name))</code>\(texts(s.text, tag: "span", cls: "stext"))</li>\n"
    }
    out += "</ul>\n</section>\n"
  }

  mutating func write(_ items: [Item], depth: Int) {
    for item in items {
      switch item.kind {
      case .section(let s):
        var heading = ""
        if depth == 0 {
          sectionCount += 1
          heading = "<span class=\"sn\">\(escape(words.section)) \(sectionCount)</span> "
        }
        let h = depth == 0 ? "h2" : "h3"
        let id = depth == 0 ? " id=\"section-\(sectionCount)\"" : ""
        out +=
          "<section class=\"sec\">\n<\(h)\(id)>\(heading)\(s.title == nil ? escape(s.name) : texts(s.title, tag: "span", cls: "stitle"))</\(h)>\n"
        if s.shuffle != nil { out += "<p class=\"inote\">\(escape(words.shuffled))</p>\n" }
        write(s.items, depth: depth + 1)
        out += "</section>\n"
      case .question(let q):
        guard q.specifies == nil else { continue }
        writeQuestion(q)
      case .grid(let g): writeGrid(g)
      case .calculate: continue
      case .note(let n):
        out += "<div class=\"note\">\n\(texts(n.text, cls: "qt"))\(texts(n.hint, cls: "hint"))"
        writeVariants(n.variants)
        out += "</div>\n"
      case .conditional(let c): writeConditional(c, depth: depth)
      case .repeat(let r): writeRepeat(r, depth: depth)
      case .end(let e):
        out +=
          "<div class=\"end\">\n<p class=\"endw\">\(escape(words.end))</p>\n\(texts(e.message, cls: "emsg"))</div>\n"
      }
    }
  }

  mutating func writeConditional(_ c: Conditional, depth: Int) {
    let slot = conditionalIndex
    conditionalIndex += 1
    // The generated question of an option's specify prompt: shown as the option's "Other, specify" line.
    if c.asksSpecifyText { return }
    var earlier: [Expr] = []
    for (i, branch) in c.branches.enumerated() {
      let failed = earlier
      let condition = branch.condition
      if let e = condition { earlier.append(e) }
      let jump =
        c.branches.count == 1 && i == 0 ? nextAfterConditional[slot].flatMap { $0 <= counter ? $0 : nil } : nil
      let condition_ = { (sentence: ExprWords) -> String in
        var parts = failed.map { "\(sentence.words.not) (\(sentence.text($0, 0)))" }
        if let e = condition { parts.append(sentence.text(e, parts.isEmpty ? 0 : 2)) }
        return parts.joined(separator: " \(sentence.words.and) ")
      }
      // A branch that only ends the interview: "End of interview if …".
      if branch.items.count == 1, case .end(let e) = branch.items[0].kind {
        out += "<div class=\"end\">\n"
        out += inWords({ s, w in escape(fill(w.endIf, condition_(s))) }, cls: "endw")
        out += texts(e.message, cls: "emsg") + "</div>\n"
        continue
      }
      // A branch of calculates only shows nothing: no "Ask if" over an empty block.
      guard Self.showsSomething(branch.items) else { continue }
      out += "<div class=\"branch\">\n"
      out += inWords(
        { s, w in
          escape(fill(w.askIf, condition_(s)))
            + (jump.map { ". " + escape(fill(w.otherwiseGoTo, n: String($0))) } ?? "")
        }, cls: "route")
      write(branch.items, depth: depth)
      out += "</div>\n"
    }
  }

  /// Whether the items show anything on paper (calculates and generated specify questions do not).
  static func showsSomething(_ items: [Item]) -> Bool {
    items.contains { item in
      switch item.kind {
      case .calculate: return false
      case .question(let q): return q.specifies == nil
      case .conditional(let c): return !c.asksSpecifyText && c.branches.contains { showsSomething($0.items) }
      default: return true
      }
    }
  }

  mutating func writeRepeat(_ r: Repeat, depth: Int) {
    let level = survey.levels[r.level]
    let max = String(level.maxIterations)
    out += "<div class=\"repeat\">\n<p class=\"rhead\">\(escape(words.repeatBlock))</p>\n"
    out += texts(r.title, cls: "rtitle")
    let numbers = self.numbers
    out += inWords(
      { s, w in
        switch level.driver {
        case .count(let e): return escape(fill(w.repeatCount, s.text(e, 0), max: max))
        case .forEachQuestion(let v, _):
          let n = numbers[v].map { "\(w.question) \($0)" } ?? survey.variables[v].name
          return escape(fill(w.repeatForEachChosen, n))
        case .forEachList(let l):
          let labels = survey.lists[l].options.map {
            $0.label?.shown(s.language, in: survey).map { CodebookLowering.display($0) } ?? $0.name
          }
          return escape(fill(w.repeatForEachOption, labels.joined(separator: ", ")))
        case .forEachRepeat(let other):
          let o = survey.levels[other]
          let name = o.title?.shown(s.language, in: survey).map { CodebookLowering.display($0) } ?? o.name
          return escape(fill(w.repeatForEach, name))
        case .addAnother(let e): return escape(fill(w.repeatWhile, s.text(e, 0), max: max))
        case .none, .invalid: return ""
        }
      }, cls: "inote")
    write(r.items, depth: depth)
    out += "</div>\n"
  }

  mutating func writeVariants(_ variants: [TextVariant]) {
    for v in variants {
      out += "<div class=\"variant\">\n"
      out += inWords({ s, w in escape(fill(w.textIf, s.text(v.condition, 0))) + ":" }, cls: "vcond")
      out += texts(v.text, cls: "vt") + "</div>\n"
    }
  }

  mutating func writeHead(_ variable: VariableID, text: TranslatedText?, hint: TranslatedText?, variants: [TextVariant])
  {
    let name = survey.variables[variable].name
    out +=
      "<div class=\"q\" id=\"q-\(escape(name))\">\n<div class=\"qhead\"><span class=\"qn\">\(numbers[variable] ?? 0)</span>"
    out += "<div class=\"qbody\">\(texts(text, cls: "qt"))\(texts(hint, cls: "hint"))"
    writeVariants(variants)
    out += "</div></div>\n"
  }

  mutating func writeQuestion(_ q: Question) {
    writeHead(q.variable, text: q.text, hint: q.hint, variants: q.variants)
    out += "<div class=\"answer\">\n"
    switch q.type {
    case .integer(let min, let max):
      writeField("num", range(min.map(String.init), max.map(String.init)))
    case .decimal(let min, let max):
      writeField("num", range(min.map(Survey.formatDecimal), max.map(Survey.formatDecimal)))
    case .text(let maxLength):
      writeField("line", maxLength.map { fill(words.atMost, max: String($0)) + " " + words.characters } ?? "")
    case .date: writeField("date", words.date)
    case .time: writeField("date", words.time)
    case .datetime: writeField("line", words.dateTime)
    case .oneOf(let l): writeOptions(l, mark: "one", hint: words.oneAnswer)
    case .manyOf(let l): writeOptions(l, mark: "many", hint: words.manyAnswers)
    case .rank(let l): writeOptions(l, mark: "rank", hint: words.rankAnswers)
    case .invalid: break
    }
    if q.shuffle != nil { out += "<p class=\"inote\">\(escape(words.shuffled))</p>\n" }
    if let filter = q.filter {
      out += inWords({ s, w in escape(fill(w.optionsWhere, s.text(filter, 0))) }, cls: "inote")
    }
    if let d = q.defaultValue {
      out += inWords({ s, w in escape(w.defaultAnswer + ": " + s.text(d, 0)) }, cls: "inote")
    }
    out += "</div>\n"
    writeChecks(q)
    out += "</div>\n"
  }

  func range(_ min: String?, _ max: String?) -> String {
    switch (min, max) {
    case (let a?, let b?):
      return words.number + ", " + words.range.replacingOccurrences("{min}", a).replacingOccurrences("{max}", b)
    case (let a?, nil): return words.number + ", ≥ " + a
    case (nil, let b?): return words.number + ", ≤ " + b
    case (nil, nil): return words.number
    }
  }

  mutating func writeField(_ kind: String, _ hint: String) {
    out += "<div class=\"field \(kind)\"></div>"
    if !hint.isEmpty { out += "<span class=\"ahint\">\(escape(hint))</span>" }
    out += "\n"
  }

  mutating func writeOptions(_ l: ListID, mark: String, hint: String) {
    out += "<p class=\"ahint\">\(escape(hint))</p>\n<ul class=\"opts \(mark)\">\n"
    for option in survey.lists[l].options {
      out += "<li><span class=\"box\"></span><span class=\"code\">\(option.code)</span>"
      out += "<div class=\"olabel\">\(texts(option.label, tag: "span", cls: "ol"))"
      var flags: [String] = []
      if option.isExclusive { flags.append(words.exclusiveOption) }
      if option.isFixed { flags.append(words.fixedOption) }
      if !flags.isEmpty { out += " <span class=\"flag\">(\(escape(flags.joined(separator: ", "))))</span>" }
      out += texts(option.description, cls: "desc")
      if let condition = option.condition {
        out += inWords({ s, w in escape(fill(w.offeredIf, s.text(condition, 0))) }, cls: "inote")
      }
      if let specify = option.specify {
        out += "<div class=\"specify\"><span class=\"sw\">\(escape(words.otherSpecify)):</span>"
        out += texts(specify, tag: "span", cls: "sp") + "<div class=\"field line\"></div></div>"
      }
      out += "</div></li>\n"
    }
    out += "</ul>\n"
  }

  mutating func writeChecks(_ q: Question) {
    for check in lowering.checks(q) {
      let label = check.isSoft ? words.softCheck : words.check
      out +=
        "<div class=\"check\"><p class=\"inote\">\(escape(label)): \(escape(check.conditionWords.text(languages[0])))</p>"
      if !check.messages.entries.isEmpty {
        let messages = languages.map { "<span lang=\"\(escape($0))\">\(HTML.text(check.messages.text($0)))</span>" }
        out += "<p class=\"cmsg\">“" + messages.joined(separator: " / ") + "”</p>"
      }
      out += "</div>\n"
    }
  }

  mutating func writeGrid(_ g: Grid) {
    writeHead(g.variable, text: g.text, hint: g.hint, variants: g.variants)
    guard let l = g.list else {
      out += "</div>\n"
      return
    }
    let options = survey.lists[l].options
    out += "<table class=\"grid\">\n<thead><tr><th></th>"
    for option in options {
      out +=
        "<th scope=\"col\">\(texts(option.label, tag: "span", cls: "ol"))<span class=\"code\">\(option.code)</span></th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for (i, row) in g.rows.enumerated() {
      out +=
        "<tr><th scope=\"row\"><span class=\"rl\">\(Self.rowLetter(i))</span>\(texts(row.label, tag: "span", cls: "ol"))</th>"
      out += String(repeating: "<td><span class=\"box\"></span></td>", count: options.count) + "</tr>\n"
    }
    out += "</tbody>\n</table>\n</div>\n"
  }

  /// a, b, … z, aa, ab, …
  static func rowLetter(_ i: Int) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    return i < 26 ? String(letters[i]) : rowLetter(i / 26 - 1) + String(letters[i % 26])
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    guard contains(target) else { return self }
    return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
