// The HTML codebook (`STEM.codebook.html`) in one language: one self-contained page (inline CSS, no scripts, no
// external assets) with a table of contents, readable on a phone and printable.

/// Renders a codebook as one HTML page in one language.
///
/// Semantic HTML: `header` (title and survey facts), `nav` (the table of contents, linking every variable),
/// `main` with one `section` per run of a questionnaire section and one `section` per variable, values in a
/// `table` with `th scope`. Every user text is escaped; texts in other languages carry their own `lang`.
public enum CodebookHTML {
  public static func render(_ codebook: Codebook, language: String) -> String {
    let words = CodebookWords(language: language)
    let title = codebook.title.map { $0.text(language) } ?? codebook.surveyID
    var out = """
      <!DOCTYPE html>
      <html lang="\(escape(language))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="qdsl">
      <title>\(escape(words[.codebook])): \(escape(title))</title>
      <style>
      \(style)</style>
      </head>
      <body>
      <header>
      <p class="kicker">\(escape(words[.codebook]))</p>
      <h1>\(escape(title))</h1>
      <dl class="facts">

      """
    out += "<div><dt>\(escape(words[.survey]))</dt><dd><code>\(escape(codebook.surveyID))</code></dd></div>\n"
    if let version = codebook.version {
      out += "<div><dt>\(escape(words[.version]))</dt><dd>\(escape(version))</dd></div>\n"
    }
    let languages = codebook.languages.map {
      $0 == language ? "<strong>\(escape($0))</strong> (\(escape(words[.thisCodebook])))" : escape($0)
    }
    out += "<div><dt>\(escape(words[.languages]))</dt><dd>\(languages.joined(separator: ", "))</dd></div>\n"
    out += "<div><dt>\(escape(words[.variables]))</dt><dd>\(codebook.variables.count)</dd></div>\n"
    out += "</dl>\n</header>\n<div class=\"page\">\n"

    let runs = CodebookSectionRun.runs(codebook)
    out += "<nav aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">\(escape(words[.contents]))</h2>\n"
    out += "<ol class=\"toc\">\n"
    for run in runs {
      if let anchor = run.anchor {
        out += "<li class=\"toc-section\"><a href=\"#\(escape(anchor))\">"
        out += "\(escape(run.heading(language, words)))</a>\n<ol>\n"
      }
      for v in codebook.variables[run.range] {
        out += "<li><a href=\"#var-\(escape(v.name))\" title=\"\(escape(v.ownLabel(language)))\">"
        out += "<code>\(escape(v.name))</code>"
        out += " <span class=\"toc-label\">\(escape(v.ownLabel(language)))</span></a></li>\n"
      }
      if run.anchor != nil { out += "</ol>\n</li>\n" }
    }
    out += "</ol>\n</nav>\n<main>\n"
    for run in runs {
      if let anchor = run.anchor {
        out += "<section class=\"part\" aria-labelledby=\"\(escape(anchor))-title\" id=\"\(escape(anchor))\">\n"
        out += "<h2 id=\"\(escape(anchor))-title\">\(escape(run.heading(language, words))) "
        out += "<code class=\"path\">\(escape(run.path))</code></h2>\n"
      } else {
        // Variables outside every section still get a heading, so each entry sits under an h2.
        let id = "variables-\(run.range.lowerBound)"
        out += "<section class=\"part\" aria-labelledby=\"\(id)\">\n"
        out += "<h2 id=\"\(id)\">\(escape(words[.variables]))</h2>\n"
      }
      for v in codebook.variables[run.range] { out += entry(v, language, words) }
      out += "</section>\n"
    }
    out += "</main>\n</div>\n</body>\n</html>\n"
    return out
  }

  static func entry(_ v: CodebookVariable, _ language: String, _ words: CodebookWords) -> String {
    let id = "var-" + v.name
    var out = "<section class=\"variable\" id=\"\(escape(id))\" aria-labelledby=\"\(escape(id))-name\">\n"
    out += "<h3 id=\"\(escape(id))-name\"><code>\(escape(v.name))</code></h3>\n"
    out += "<dl class=\"fields\">\n"
    func field(_ key: CodebookWords.Key, _ html: String, _ attributes: String = "") {
      out += "<dt>\(escape(words[key]))</dt><dd\(attributes)>\(html)</dd>\n"
    }
    let label = text(v.labels.text(language))
    if v.labelIsQuestion(language) {
      field(.labelAndQuestion, label, " class=\"label\"")
    } else {
      field(.label, label, " class=\"label\"")
      if !v.questionTexts.entries.isEmpty { field(.question, text(v.questionTexts.text(language))) }
    }
    if !v.questionTexts.entries.isEmpty {
      let others = v.questionTexts.entries.filter { $0.language != language }
      if !others.isEmpty {
        let items = others.map {
          "<li lang=\"\(escape($0.language))\"><span class=\"tag\">\(escape($0.language))</span> \(text($0.text))</li>"
        }
        field(.otherLanguages, "<ul class=\"translations\">\n" + items.joined(separator: "\n") + "\n</ul>")
      }
    }
    if let hint = v.hints, !hint.entries.isEmpty { field(.hint, text(hint.text(language))) }
    field(.type, "<code>\(escape(v.typeName))</code>")
    field(.storage, escape(v.storage.rawValue))
    if let range = CodebookFormat.range(v) { field(.range, escape(range)) }
    if let max = v.maxLength { field(.maxLength, "\(max) \(escape(words[.characters]))") }
    field(.required, escape(words[v.isRequired ? .yes : .no]))
    if !v.sections.isEmpty {
      let title = v.sectionTitle.map { text($0.text(language)) + " " } ?? ""
      field(.section, "\(title)<code>\(escape(v.sections.joined(separator: "/")))</code>")
    }
    var universe = text(CodebookFormat.universe(v, language, words))
    if let expression = v.universeExpression {
      universe += "<br><span class=\"expr\"><span class=\"expr-name\">\(escape(words[.expression])):</span> "
      universe += "<code>\(escape(expression))</code></span>"
    }
    field(.universe, universe)
    if let formula = v.formula { field(.formula, "<code>\(escape(formula))</code>") }
    out += "</dl>\n"
    if !v.values.isEmpty {
      out += "<table class=\"values\">\n<thead><tr><th scope=\"col\" class=\"num\">\(escape(words[.code]))</th>"
      out += "<th scope=\"col\" class=\"name\">\(escape(words[.name]))</th>"
      out += "<th scope=\"col\">\(escape(words[.label]))</th>"
      out += "<th scope=\"col\" class=\"flag\">\(escape(words[.missingValue]))</th></tr></thead>\n<tbody>\n"
      for value in v.values {
        out += value.isMissing ? "<tr class=\"missing\">" : "<tr>"
        out += "<th scope=\"row\" class=\"num\">\(value.code)</th>"
        out += "<td class=\"name\"><code>\(escape(value.name))</code></td>"
        out += "<td class=\"value-label\">\(text(value.labels.text(language)))</td>"
        out += "<td class=\"flag\" data-label=\"\(escape(words[.missingValue]))\">"
        out += "\(value.isMissing ? escape(words[.yes]) : "")</td></tr>\n"
      }
      out += "</tbody>\n</table>\n"
    }
    out += "</section>\n"
    return out
  }

  /// User text as HTML: escaped, line breaks as `<br>`.
  static func text(_ s: String) -> String {
    s.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { escape(String($0)) }
      .joined(separator: "<br>")
  }

  /// Escapes `&`, `<`, `>`, `"` and `'`, for text and attribute values alike.
  public static func escape(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
      return s
    }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 16)
    for b in s.utf8 {
      switch b {
      case 0x26: out += Array("&amp;".utf8)
      case 0x3C: out += Array("&lt;".utf8)
      case 0x3E: out += Array("&gt;".utf8)
      case 0x22: out += Array("&quot;".utf8)
      case 0x27: out += Array("&#39;".utf8)
      default: out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

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
