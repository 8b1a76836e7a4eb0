// The `qdsl preview` page: one self-contained HTML file holding the form JSON, the starting answers, the page's own
// words in the form's languages (QDSLWords) and the preview runtime (PreviewAssets), which runs the interview in a
// browser from file:// with nothing else.

import Foundation
import QDSLText
import QDSLWords

/// Writes the preview page of a form.
public enum PreviewPage {
  /// The page for `formJSON` (the form JSON as `FormDocument.render` writes it) in the form's `languages`, opening
  /// in `language`, with the answers of `answersJSON` (a JSON object as `FormModel.answers(fromJSON:)` reads it)
  /// filled in.
  public static func render(
    formJSON: String, title: String, language: String, languages: [String], answersJSON: String? = nil
  ) -> String {
    let words = Words.page(for: language)
    let start =
      "{\"language\": \(JSON.string(language).render()), \"answers\": \(answersJSON ?? "{}"), "
      + "\"words\": \(pageWords(languages).render()), \"languageNames\": \(languageNames(languages).render())}"
    var out = """
      <!DOCTYPE html>
      <html lang="\(escape(language))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="qdsl preview">
      <title>\(escape(title))</title>
      <style>

      """
    out += PreviewAssets.style
    out += """
      </style>
      </head>
      <body>
      <header class="top">
      <h1 id="survey-title">\(escape(title))</h1>
      <div class="lang"><label for="lang" id="lang-label">\(escape(words.language))</label> <select id="lang"></select></div>
      </header>
      <div class="layout">
      <main id="interview" aria-label="\(escape(words.interview))"></main>
      <aside class="panel" aria-label="Designer panel">
      <p id="status" role="status"></p>
      <h2>Focused item and its universe</h2>
      <div id="focus"></div>
      <h2>Hidden items, and why</h2>
      <ul id="hidden-items" class="hidden-items"></ul>
      <h2>Data row</h2>
      <table><thead><tr><th scope="col">variable</th><th scope="col">value</th></tr></thead>
      <tbody id="data-row"></tbody></table>
      <div id="data-levels"></div>
      </aside>
      </div>
      <div class="layout"><div class="finish"><button type="button" id="finish">\(escape(words.finish))</button>
      <span id="finish-status" role="status"></span></div></div>
      <script type="application/json" id="qdsl-form">

      """
    out += scriptSafeJSON(formJSON)
    out += "</script>\n<script type=\"application/json\" id=\"qdsl-start\">\n"
    out += scriptSafeJSON(start) + "\n"
    out += "</script>\n<script>\n"
    out += PreviewAssets.runtime
    out += "</script>\n<script>\n"
    out += PreviewAssets.page
    out += "</script>\n</body>\n</html>\n"
    return out
  }

  /// The page's words in each language of the form, by tag: page.js shows those of the current language.
  static func pageWords(_ languages: [String]) -> JSON {
    .object(
      JSONObject(
        languages.map { language in
          (language, .object(JSONObject(Words.page(for: language).named.map { ($0.name, JSON.string($0.text)) })))
        }))
  }

  /// Each language's own name for the language menu ("Suomi", "Svenska"); the tag alone when it is not known.
  static func languageNames(_ languages: [String]) -> JSON {
    .object(JSONObject(languages.map { ($0, JSON.string(LanguageNames.name($0)?.native ?? $0)) }))
  }

  /// JSON that cannot end its `<script>` element: every `<` (which JSON has only inside strings) as `\u003c`.
  static func scriptSafeJSON(_ json: String) -> String {
    json.contains("<") ? json.replacingOccurrences(of: "<", with: "\\u003c") : json
  }

  /// Text escaped for HTML text and attribute values, as every HTML output escapes it.
  static func escape(_ text: String) -> String { HTML.escape(text) }
}
