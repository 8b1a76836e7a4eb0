// The HTML codebook (`STEM.codebook.html`) in one language: one self-contained page (inline CSS, no scripts, no
// external assets) with a table of contents, readable on a phone and printable.

import QDSLText
import QDSLWords

/// Renders a codebook as one HTML page in one language.
///
/// Semantic HTML: `header` (title and survey facts), `nav` (the table of contents, linking every variable),
/// `main` with one `section` per run of a questionnaire section and one `section` per variable, values in a
/// `table` with `th scope`. Every user text is escaped; texts in other languages carry their own `lang`.
public enum CodebookHTML {
  public static func render(_ codebook: Codebook, language: String) -> String {
    String(decoding: renderBytes(codebook, language: language), as: UTF8.self)
  }

  /// The same as UTF-8 bytes, for writing to a file without making (and validating) a `String`.
  public static func renderBytes(_ codebook: Codebook, language: String) -> [UInt8] {
    OutputBuffer.bytes(capacity: style.utf8.count + codebook.estimatedSize(perVariableAndLanguage: 1024)) { out in
      write(codebook, language: language, into: &out)
    }
  }

  private static func write(_ codebook: Codebook, language: String, into out: inout OutputBuffer) {
    let words = Words.codebook(for: language)
    let title = codebook.title.map { $0.text(language) } ?? codebook.surveyID
    out.append(
      contentsOf:
        """
        <!DOCTYPE html>
        <html lang="\(escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="qdsl">
        <title>\(escape(words.codebook)): \(escape(title))</title>
        <style>
        \(style)\(codebook.hasLevels ? levelStyle : "")</style>
        </head>
        <body>
        <header>
        <p class="kicker">\(escape(words.codebook))</p>
        <h1>\(escape(title))</h1>
        <dl class="facts">

        """)
    out.append(
      contentsOf: "<div><dt>\(escape(words.survey))</dt><dd><code>\(escape(codebook.surveyID))</code></dd></div>\n")
    if let version = codebook.version {
      out.append(contentsOf: "<div><dt>\(escape(words.version))</dt><dd>\(escape(version))</dd></div>\n")
    }
    let languages = zip(codebook.languages, codebook.languageList(language)).map {
      $0 == language ? "<strong>\(escape($1))</strong> (\(escape(words.thisCodebook)))" : escape($1)
    }
    let note = codebook.draftNote(language).map { " — " + escape($0) } ?? ""
    out.append(
      contentsOf: "<div><dt>\(escape(words.languages))</dt><dd>\(languages.joined(separator: ", "))\(note)</dd></div>\n"
    )
    out.append(contentsOf: "<div><dt>\(escape(words.variables))</dt><dd>\(codebook.variables.count)</dd></div>\n")
    out.append("</dl>\n</header>\n<div class=\"page\">\n")

    let runs = CodebookSectionRun.runs(codebook)
    out.append(
      contentsOf:
        "<nav aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">\(escape(words.contents))</h2>\n")
    out.append("<ol class=\"toc\">\n")
    var level: Int?
    for run in runs {
      if codebook.hasLevels, run.level != level {
        if level != nil { out.append("</ol>\n</li>\n") }
        level = run.level
        let l = codebook.levels[run.level]
        out.append(contentsOf: "<li class=\"toc-level\"><a href=\"#\(escape(CodebookSectionRun.anchor(l)))\">")
        out.append(
          contentsOf: "\(escape(words.levels.dataFile)) <code>\(escape(l.dataFile(stem: codebook.stem)))</code>")
        out.append("</a>\n<ol>\n")
      }
      if let anchor = run.anchor {
        out.append(contentsOf: "<li class=\"toc-section\"><a href=\"#\(escape(anchor))\">")
        out.append(contentsOf: "\(escape(run.heading(language, words)))</a>\n<ol>\n")
      }
      codebook.forEachVariable(in: run.range) { v in
        let ownLabel = v.ownLabel(language)
        out.append("<li><a href=\"#var-")
        out.appendHTML(codebook.anchor(of: v))
        out.append("\" title=\"")
        out.appendHTML(ownLabel)
        out.append("\"><code>")
        out.appendHTML(v.name)
        out.append("</code> <span class=\"toc-label\">")
        out.appendHTML(ownLabel)
        out.append("</span></a></li>\n")
      }
      if run.anchor != nil { out.append("</ol>\n</li>\n") }
    }
    if level != nil { out.append("</ol>\n</li>\n") }
    out.append("</ol>\n</nav>\n<main>\n")
    // With levels, each level's file is a `section` (h2) holding its parts (h3) and variables (h4).
    let (partHeading, entryHeading): (StaticString, StaticString) = codebook.hasLevels ? ("h3", "h4") : ("h2", "h3")
    level = nil
    for run in runs {
      if codebook.hasLevels, run.level != level {
        if level != nil { out.append("</section>\n") }
        level = run.level
        levelHeading(codebook, codebook.levels[run.level], language, words, into: &out)
      }
      if let anchor = run.anchor {
        out.append(
          contentsOf: "<section class=\"part\" aria-labelledby=\"\(escape(anchor))-title\" id=\"\(escape(anchor))\">\n")
        out.append(
          contentsOf: "<\(partHeading) id=\"\(escape(anchor))-title\">\(escape(run.heading(language, words))) ")
        out.append(contentsOf: "<code class=\"path\">\(escape(run.path))</code></\(partHeading)>\n")
      } else {
        // Variables outside every section still get a heading, so each entry sits under one.
        let id = "variables-\(run.range.lowerBound)"
        out.append(contentsOf: "<section class=\"part\" aria-labelledby=\"\(id)\">\n")
        out.append(contentsOf: "<\(partHeading) id=\"\(id)\">\(escape(words.variables))</\(partHeading)>\n")
      }
      codebook.forEachVariable(in: run.range) {
        entry($0, anchor: codebook.anchor(of: $0), heading: entryHeading, language, words, into: &out)
      }
      out.append("</section>\n")
    }
    if level != nil { out.append("</section>\n") }
    out.append("</main>\n</div>\n</body>\n</html>\n")
  }

  /// Opens one level's `section`: its heading (the data file), what its rows are and its key columns.
  private static func levelHeading(
    _ codebook: Codebook, _ level: CodebookLevel, _ language: String, _ words: CodebookWords,
    into out: inout OutputBuffer
  ) {
    let w = words.levels
    let anchor = escape(CodebookSectionRun.anchor(level))
    out.append(contentsOf: "<section class=\"level\" aria-labelledby=\"\(anchor)-title\" id=\"\(anchor)\">\n")
    out.append(contentsOf: "<h2 id=\"\(anchor)-title\">\(escape(w.dataFile)) ")
    out.append(contentsOf: "<code>\(escape(level.dataFile(stem: codebook.stem)))</code></h2>\n<dl class=\"fields\">\n")
    out.append(contentsOf: "<dt>\(escape(w.rows))</dt><dd>\(text(level.rows.text(language)))</dd>\n")
    out.append(contentsOf: "<dt>\(escape(w.keyColumns))</dt><dd>")
    out.append(contentsOf: level.keys.map { "<code>\(escape($0))</code>" }.joined(separator: ", "))
    out.append("</dd>\n</dl>\n")
  }

  /// Appends one variable's `section`: its fields as a `dl`, then its values as a table.
  static func entry(
    _ v: CodebookVariable, anchor: String, heading: StaticString = "h3", _ language: String,
    _ words: CodebookWords, into out: inout OutputBuffer
  ) {
    out.append("<section class=\"variable\" id=\"var-")
    out.appendHTML(anchor)
    out.append("\" aria-labelledby=\"var-")
    out.appendHTML(anchor)
    out.append("-name\">\n<")
    out.append(heading)
    out.append(" id=\"var-")
    out.appendHTML(anchor)
    out.append("-name\"><code>")
    out.appendHTML(v.name)
    out.append("</code></")
    out.append(heading)
    out.append(">\n<dl class=\"fields\">\n")
    /// `<dt>name</dt><dd attributes>`: the caller appends the value and `endField()`.
    func field(_ key: KeyPath<CodebookWords, String>, _ attributes: String = "") {
      out.append("<dt>")
      out.appendHTML(words[keyPath: key])
      out.append("</dt><dd")
      out.append(contentsOf: attributes)
      out.append(">")
    }
    func endField() { out.append("</dd>\n") }
    func textField(_ key: KeyPath<CodebookWords, String>, _ text: String, _ attributes: String = "") {
      field(key, attributes)
      out.appendHTMLText(text)
      endField()
    }
    func codeField(_ key: KeyPath<CodebookWords, String>, _ code: String) {
      field(key)
      out.append("<code>")
      out.appendHTML(code)
      out.append("</code>")
      endField()
    }
    let label = v.labels.text(language)
    if v.labelIsQuestion(language) {
      textField(\.labelAndQuestion, label, " class=\"label\"")
    } else {
      textField(\.label, label, " class=\"label\"")
      if !v.questionTexts.entries.isEmpty { textField(\.question, v.questionTexts.text(language)) }
    }
    if v.questionTexts.entries.contains(where: { $0.language != language }) {
      field(\.otherLanguages)
      out.append("<ul class=\"translations\">\n")
      for other in v.questionTexts.entries where other.language != language {
        out.append("<li lang=\"")
        out.appendHTML(other.language)
        out.append("\"><span class=\"tag\">")
        out.appendHTML(other.language)
        out.append("</span> ")
        out.appendHTMLText(other.text)
        out.append("</li>\n")
      }
      out.append("</ul>")
      endField()
    }
    let variantWords = Words.variants(for: language)
    /// A field named by one of the words about variants, defaults and soft checks.
    func variantField(_ name: String, _ attributes: String = "") {
      out.append("<dt>")
      out.appendHTML(name)
      out.append("</dt><dd")
      out.append(contentsOf: attributes)
      out.append(">")
    }
    func expression(_ code: String) {
      out.append("<br><span class=\"expr\"><span class=\"expr-name\">")
      out.appendHTML(words.expression)
      out.append(":</span> <code>")
      out.appendHTML(code)
      out.append("</code></span>")
    }
    // Each text variant: "Text if CONDITION IN WORDS" and its text, then its condition in qdsl.
    for variant in v.textVariants {
      variantField(variantWords.textIf + " " + variant.conditionWords.text(language), " class=\"variant\"")
      out.appendHTMLText(variant.texts.text(language))
      expression(variant.expression)
      endField()
    }
    if let hint = v.hints, !hint.entries.isEmpty { textField(\.hint, hint.text(language)) }
    codeField(\.type, v.typeName)
    textField(\.storage, v.storage.rawValue)
    if let range = CodebookFormat.range(v) { textField(\.range, range) }
    if let max = v.maxLength {
      field(\.maxLength)
      out.append(max)
      out.append(" ")
      out.appendHTML(words.characters)
      endField()
    }
    if v.isKey {
      // A key column is in every row: it has no universe and is never asked.
      textField(\.levels.keyColumn, words.yes)
      out.append("</dl>\n")
      values(v, language, words, into: &out)
      out.append("</section>\n")
      return
    }
    textField(\.required, (v.isRequired ? words.yes : words.no))
    if let d = v.defaultValue {
      variantField(variantWords.defaultAnswer, " class=\"default\"")
      out.appendHTMLText(d.words.text(language))
      expression(d.expression)
      endField()
    }
    if !v.sections.isEmpty {
      field(\.section)
      if let title = v.sectionTitle {
        out.appendHTMLText(title.text(language))
        out.append(" ")
      }
      out.append("<code>")
      for (i, name) in v.sections.enumerated() {
        if i > 0 { out.append("/") }
        out.appendHTML(name)
      }
      out.append("</code>")
      endField()
    }
    field(\.universe)
    CodebookFormat.universe(v, language, words) { out.appendHTMLText($0) }
    if let expression = v.universeExpression {
      out.append("<br><span class=\"expr\"><span class=\"expr-name\">")
      out.appendHTML(words.expression)
      out.append(":</span> <code>")
      out.appendHTML(expression)
      out.append("</code></span>")
    }
    endField()
    for check in v.checks {
      if check.isSoft {
        variantField(variantWords.softCheck, " class=\"check soft\"")
        out.appendHTMLText(check.conditionWords.text(language) + " (" + variantWords.softCheckMeaning + ")")
      } else {
        field(\.check, " class=\"check\"")
        out.appendHTMLText(check.conditionWords.text(language))
      }
      if !check.messages.entries.isEmpty {
        out.append("<br><span class=\"message\"><span class=\"expr-name\">")
        out.appendHTML(words.message)
        out.append(":</span> ")
        out.appendHTMLText(check.messages.text(language))
        out.append("</span>")
      }
      out.append("<br><span class=\"expr\"><span class=\"expr-name\">")
      out.appendHTML(words.expression)
      out.append(":</span> <code>")
      out.appendHTML(check.expression)
      out.append("</code></span>")
      endField()
    }
    if let filter = v.filterWords, let expression = v.filterExpression {
      out.append("<dt>")
      out.appendHTML(OptionWords.words(for: language).optionsOffered)
      out.append("</dt><dd class=\"filter\">")
      out.appendHTMLText(filter.text(language))
      out.append("<br><span class=\"expr\"><span class=\"expr-name\">")
      out.appendHTML(words.expression)
      out.append(":</span> <code>")
      out.appendHTML(expression)
      out.append("</code></span>")
      endField()
    }
    if let formula = v.formula { codeField(\.formula, formula) }
    if let d = v.optionDescription {
      out.append("<dt>")
      out.appendHTML(Words.specify(for: language).description)
      out.append("</dt><dd class=\"description\">")
      out.appendHTMLText(d.text(language))
      out.append("</dd>\n")
    }
    if let s = v.specifies {
      let optionWords = Words.specify(for: language)
      out.append("<dt>")
      out.appendHTML(optionWords.specify)
      out.append("</dt><dd class=\"specify\">")
      let parts = optionWords.specifyParts(option: CodebookFormat.optionText(s, language))
      out.appendHTMLText(parts.before)
      out.append("<code>")
      out.appendHTML(s.question)
      out.append("</code>")
      out.appendHTMLText(parts.after)
      out.append("</dd>\n")
    }
    out.append("</dl>\n")
    values(v, language, words, into: &out)
    out.append("</section>\n")
  }

  /// The table of a variable's values; nothing without values.
  private static func values(
    _ v: CodebookVariable, _ language: String, _ words: CodebookWords, into out: inout OutputBuffer
  ) {
    if !v.values.isEmpty {
      out.append("<table class=\"values\">\n<thead><tr><th scope=\"col\" class=\"num\">")
      out.appendHTML(words.code)
      out.append("</th><th scope=\"col\" class=\"name\">")
      out.appendHTML(words.name)
      out.append("</th><th scope=\"col\">")
      out.appendHTML(words.label)
      out.append("</th><th scope=\"col\" class=\"flag\">")
      out.appendHTML(words.missingValue)
      // A column of option descriptions only when some option has one.
      let described = v.values.contains { $0.descriptions != nil }
      let descriptionWord = Words.specify(for: language).description
      if described {
        out.append("</th><th scope=\"col\">")
        out.appendHTML(descriptionWord)
      }
      out.append("</th></tr></thead>\n<tbody>\n")
      for value in v.values {
        out.append(value.isMissing ? "<tr class=\"missing\">" : "<tr>")
        out.append("<th scope=\"row\" class=\"num\">")
        out.append(value.code)
        out.append("</th><td class=\"name\"><code>")
        out.appendHTML(value.name)
        out.append("</code></td><td class=\"value-label\">")
        out.appendHTMLText(value.labels.text(language))
        if let note = value.offeredNote(language) {
          out.append("<br><span class=\"offered\">")
          out.appendHTMLText(note)
          out.append("</span>")
        }
        out.append("</td><td class=\"flag\" data-label=\"")
        out.appendHTML(words.missingValue)
        out.append("\">")
        if value.isMissing { out.appendHTML(words.yes) }
        if described {
          out.append("</td><td class=\"description\" data-label=\"")
          out.appendHTML(descriptionWord)
          out.append("\">")
          if let d = value.descriptions { out.appendHTMLText(d.text(language)) }
        }
        out.append("</td></tr>\n")
      }
      out.append("</tbody>\n</table>\n")
    }
  }

  /// User text as HTML: escaped, line breaks as `<br>` (QDSLText's `HTML.text`).
  static func text(_ s: String) -> String { HTML.text(s) }

  /// Text escaped for HTML text and attribute values (QDSLText's `HTML.escape`).
  public static func escape(_ s: String) -> String { HTML.escape(s) }

  /// The style of the parts a codebook with levels adds: a level's heading (h2) above its parts (h3) and
  /// variables (h4). Only such codebooks carry it.
  static let levelStyle = """
    .level > h2 { margin: 2.75rem 0 0.4rem; padding: 0.4rem 0.6rem; font-size: 1.5rem; line-height: 1.25;
      background: var(--soft); border-left: 4px solid var(--accent); }
    .level > h2 code { font-size: 0.85em; }
    .level > .fields { margin: 0.5rem 0 0.75rem; }
    .part > h3 { margin: 2rem 0 0.5rem; padding-bottom: 0.3rem; font-size: 1.3rem; line-height: 1.25;
      border-bottom: 2px solid var(--ink); }
    .part > h3 .path { color: var(--muted); font-weight: normal; font-size: 0.75em; }
    .variable h4 { margin: 0; font-size: 1.15rem; }
    .variable h4 code { font-size: 1em; }
    .variable h4 + .fields { margin-top: 0.6rem; }
    .toc .toc-level > a { font-weight: 700; white-space: normal; }
    @media print {
      .level > h2 { background: none; border-left-width: 2px; }
      .level > h2, .part > h3 { break-after: avoid; page-break-after: avoid; }
    }

    """

  static let style = """
    :root { color-scheme: light; --ink: #1d232b; --muted: #58616c; --line: #d5dbe2; --soft: #f3f5f8;
      --accent: #0a58a8; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0; color: var(--ink); background: #fff;
      font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
      font-size: 0.9em; overflow-wrap: anywhere; }
    a { color: var(--accent); }
    header { padding: 1.5rem 1.25rem 1.25rem; background: var(--soft); border-bottom: 1px solid var(--line); }
    .kicker { margin: 0; font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
    h1 { margin: 0.2rem 0 0.9rem; font-size: 1.8rem; line-height: 1.2; }
    .facts { display: flex; flex-wrap: wrap; gap: 0.35rem 2rem; margin: 0; }
    .facts div { display: flex; gap: 0.4rem; }
    .facts dt { color: var(--muted); }
    .facts dt::after { content: ":"; }
    .facts dd { margin: 0; }
    nav { padding: 1rem 1.25rem; border-bottom: 1px solid var(--line); font-size: 0.92rem; }
    nav h2 { margin: 0 0 0.5rem; font-size: 1.05rem; }
    .toc, .toc ol { list-style: none; margin: 0; padding: 0; }
    .toc ol { margin: 0.15rem 0 0.6rem; padding-left: 0.8rem; border-left: 2px solid var(--line); }
    .toc .toc-section > a { font-weight: 600; white-space: normal; }
    .toc a { display: block; padding: 0.1rem 0; text-decoration: none; white-space: nowrap; overflow: hidden;
      text-overflow: ellipsis; }
    .toc a:hover .toc-label, .toc a:focus .toc-label { text-decoration: underline; }
    .toc-label { color: var(--muted); }
    main { padding: 0 1.25rem 3rem; max-width: 56rem; min-width: 0; }
    .part > h2 { margin: 2.25rem 0 0.5rem; padding-bottom: 0.3rem; font-size: 1.4rem; line-height: 1.25;
      border-bottom: 2px solid var(--ink); }
    .part > h2 .path, .fields code, .expr code { color: var(--muted); font-weight: normal; }
    .part > h2 .path { font-size: 0.75em; }
    .variable { margin: 1rem 0; padding: 1rem 1.1rem; border: 1px solid var(--line); border-radius: 6px;
      break-inside: avoid; page-break-inside: avoid; scroll-margin-top: 0.5rem; }
    .variable h3 { margin: 0; font-size: 1.15rem; }
    .variable h3 code { font-size: 1em; }
    .variable h3 + .fields { margin-top: 0.6rem; }
    .fields dd.label { font-weight: 600; }
    .fields { display: grid; grid-template-columns: 10.5rem minmax(0, 1fr); gap: 0.3rem 1rem; margin: 0; }
    .fields dt { color: var(--muted); }
    .fields dd { margin: 0; overflow-wrap: break-word; }
    .translations { margin: 0; padding: 0; list-style: none; }
    .translations li { display: grid; grid-template-columns: 2rem minmax(0, 1fr); }
    .translations li + li { margin-top: 0.2rem; }
    .tag { padding-top: 0.15em; font-size: 0.8em; color: var(--muted); text-transform: uppercase; }
    .expr-name { color: var(--muted); font-size: 0.9em; }
    .values { width: 100%; margin-top: 0.9rem; border-collapse: collapse; table-layout: fixed; font-size: 0.95rem; }
    .values thead .num { width: 4.5rem; }
    .values thead .name { width: 30%; }
    .values thead .flag { width: 9rem; }
    .values th, .values td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); text-align: left;
      vertical-align: top; }
    .values thead th { border-bottom: 2px solid var(--line); color: var(--muted); font-weight: 600; }
    .values tbody th { font-weight: normal; }
    .values .num { text-align: right; font-variant-numeric: tabular-nums; }
    .values tr.missing td, .values tr.missing th { color: var(--muted); font-style: italic; }
    @media (min-width: 64rem) {
      .page { display: grid; grid-template-columns: 19rem minmax(0, 1fr); align-items: start; }
      nav { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; border-bottom: 0;
        border-right: 1px solid var(--line); }
      main { padding: 0 2rem 3rem; }
    }
    @media (max-width: 36rem) {
      header, nav, main { padding-left: 0.85rem; padding-right: 0.85rem; }
      h1 { font-size: 1.45rem; }
      .variable { padding: 0.8rem; }
      .fields { grid-template-columns: minmax(0, 1fr); gap: 0; }
      .fields dt { margin-top: 0.45rem; font-size: 0.85rem; }
      .values { font-size: 0.9rem; }
      .values th, .values td { padding: 0.3rem 0.3rem; }
      .toc ol { display: flex; flex-wrap: wrap; gap: 0.1rem 0.9rem; }
      .toc-label { display: none; }
      .values thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      .values, .values tbody { display: block; }
      .values tr { display: grid; grid-template-columns: 2.2rem minmax(0, 1fr); column-gap: 0.6rem;
        padding: 0.35rem 0; border-bottom: 1px solid var(--line); }
      .values th, .values td { padding: 0; border: 0; }
      .values tbody th { grid-row: 1 / span 3; width: auto; }
      .values td { grid-column: 2; }
      .values .value-label { order: 1; }
      .values .name { order: 2; font-size: 0.85em; }
      .values .flag { order: 3; }
      .values .flag:empty { display: none; }
      .values .flag::before { content: attr(data-label) ": "; }
    }
    @media print {
      :root { --ink: #000; --muted: #444; --line: #999; --accent: #000; }
      html { font-size: 9.5pt; }
      body { line-height: 1.4; }
      header { background: none; padding: 0 0 0.5rem; }
      nav { padding: 0.5rem 0; font-size: 0.9rem; }
      main { padding: 0; max-width: none; }
      a { text-decoration: none; }
      .toc a { white-space: normal; }
      .part > h2 { break-after: avoid; page-break-after: avoid; }
      .variable { margin: 0.7rem 0; padding: 0.7rem 0.9rem; border-radius: 0; break-inside: avoid;
        page-break-inside: avoid; }
      @page { margin: 1.5cm; }
    }

    """
}
