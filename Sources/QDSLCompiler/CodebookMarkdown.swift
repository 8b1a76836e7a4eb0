// The Markdown codebook (`STEM.codebook.md`) in one language, and what it shares with the HTML codebook: the
// codebook's own words in the Nordic languages and English, number and range formats, and the runs of sections.

/// Renders a codebook as Markdown (GitHub-flavoured, with tables) in one language.
///
/// User text is escaped so that it never becomes markup (`|` cannot split a table cell, `<` cannot open a tag);
/// names and expressions are written as code spans. Sections and variables have explicit anchors
/// (`section-NAME`, `var-NAME`) so the table of contents links work in any renderer.
public enum CodebookMarkdown {
  public static func render(_ codebook: Codebook, language: String) -> String {
    let words = CodebookWords(language: language)
    let title = codebook.title.map { $0.text(language) } ?? codebook.surveyID
    var out = "# \(escape(words[.codebook])): \(escape(title))\n\n"
    out += "- **\(escape(words[.survey])):** \(codeSpan(codebook.surveyID))\n"
    if let version = codebook.version { out += "- **\(escape(words[.version])):** \(escape(version))\n" }
    let languages = codebook.languages.map { $0 == language ? "\($0) (\(words[.thisCodebook]))" : $0 }
    out += "- **\(escape(words[.languages])):** \(escape(languages.joined(separator: ", ")))\n"
    out += "- **\(escape(words[.variables])):** \(codebook.variables.count)\n\n"

    let runs = CodebookSectionRun.runs(codebook)
    out += "## \(escape(words[.contents]))\n\n"
    for run in runs {
      var indent = ""
      if let anchor = run.anchor {
        out += "- [\(escape(run.heading(language, words)))](#\(anchor)) (\(codeSpan(run.path)))\n"
        indent = "  "
      }
      for v in codebook.variables[run.range] {
        out += "\(indent)- [\(escape(v.name))](#var-\(v.name)): \(escape(shortened(v.ownLabel(language))))\n"
      }
    }
    for run in runs {
      if let anchor = run.anchor {
        out += "\n## <a id=\"\(anchor)\"></a>\(escape(run.heading(language, words))) (\(codeSpan(run.path)))\n"
      } else {
        out += "\n## \(escape(words[.variables]))\n"
      }
      for v in codebook.variables[run.range] { out += "\n" + entry(v, codebook, language, words) }
    }
    return out
  }

  static func entry(_ v: CodebookVariable, _ codebook: Codebook, _ language: String, _ words: CodebookWords) -> String {
    func field(_ key: CodebookWords.Key, _ value: String) -> String {
      "- **\(escape(words[key])):**" + (value.isEmpty ? "" : " " + value) + "\n"
    }
    var out = "### <a id=\"var-\(v.name)\"></a>\(escape(v.name))\n\n"
    if v.labelIsQuestion(language) {
      out += field(.labelAndQuestion, escape(v.labels.text(language)))
    } else {
      out += field(.label, escape(v.labels.text(language)))
      if !v.questionTexts.entries.isEmpty { out += field(.question, escape(v.questionTexts.text(language))) }
    }
    if !v.questionTexts.entries.isEmpty {
      let others = v.questionTexts.entries.filter { $0.language != language }
      if !others.isEmpty {
        out += field(.otherLanguages, "")
        for other in others { out += "  - \(escape(other.language)): \(escape(other.text))\n" }
      }
    }
    if let hint = v.hints, !hint.entries.isEmpty { out += field(.hint, escape(hint.text(language))) }
    out += field(.type, codeSpan(v.typeName))
    out += field(.storage, escape(v.storage.rawValue))
    if let range = CodebookFormat.range(v) { out += field(.range, escape(range)) }
    if let max = v.maxLength { out += field(.maxLength, "\(max) \(escape(words[.characters]))") }
    out += field(.required, escape(words[v.isRequired ? .yes : .no]))
    if !v.sections.isEmpty {
      let title = v.sectionTitle.map { escape($0.text(language)) + " " } ?? ""
      out += field(.section, "\(title)(\(codeSpan(v.sections.joined(separator: "/"))))")
    }
    out += field(.universe, escape(CodebookFormat.universe(v, language, words)))
    if let expression = v.universeExpression { out += "  - \(escape(words[.expression])): \(codeSpan(expression))\n" }
    if let formula = v.formula { out += field(.formula, codeSpan(formula)) }
    if !v.values.isEmpty {
      out += "\n| \(escape(words[.code])) | \(escape(words[.name])) | \(escape(words[.label])) "
      out += "| \(escape(words[.missingValue])) |\n|---:|---|---|---|\n"
      for value in v.values {
        out += "| \(value.code) | \(codeSpan(value.name)) | \(escape(value.labels.text(language))) "
        out += "| \(value.isMissing ? escape(words[.yes]) : "") |\n"
      }
    }
    return out
  }

  /// A label cut to 80 characters for the table of contents.
  static func shortened(_ text: String) -> String {
    let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard oneLine.count > 80 else { return oneLine }
    return String(oneLine.prefix(79)).trimmingTrailingSpaces() + "…"
  }

  /// User text as Markdown that shows the text itself: punctuation that could start markup is backslash-escaped,
  /// and line breaks become `<br>` (so text never starts a line of its own, and tables stay intact).
  /// Bytes that need a backslash in Markdown text (and line breaks), as a lookup table.
  private static let markdownSpecial: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for b in "\\`*_[]<|&~$#\n\r".utf8 { table[Int(b)] = true }
    return table
  }()

  public static func escape(_ text: String) -> String {
    // Bytes, not Characters: the special characters are ASCII, and most labels contain none of them.
    let special = markdownSpecial
    guard text.utf8.contains(where: { special[Int($0)] }) || text.unicodeScalars.contains(where: \.isUnicodeNewline)
    else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    var previousCR = false
    for scalar in text.unicodeScalars {
      if scalar.isUnicodeNewline {
        // "\r\n" is one line break.
        if !(previousCR && scalar == "\n") { out += Array("<br>".utf8) }
        previousCR = scalar == "\r"
        continue
      }
      previousCR = false
      if scalar.isASCII, special[Int(scalar.value)] { out.append(0x5C) }
      out += Array(String(scalar).utf8)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A code span that holds any text: the fence is longer than any run of backticks inside, and line breaks
  /// become spaces. Not for table cells (a `|` inside would split the cell); there only names are written.
  public static func codeSpan(_ text: String) -> String {
    let flat = text.map { $0.isNewline ? " " : String($0) }.joined()
    var longest = 0
    var run = 0
    for ch in flat {
      run = ch == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let pad = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.isEmpty ? " " : ""
    return fence + pad + flat + pad + fence
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while let last = s.last, last.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}

extension CodebookVariable {
  /// Whether the label is the question text itself (a plain question), so one field can show both.
  func labelIsQuestion(_ language: String) -> Bool {
    !questionTexts.entries.isEmpty && labels.text(language) == questionTexts.text(language)
  }

  /// The label without the question text in front: the option of a `many of` flag, the row of a grid, else the
  /// whole label. Tables of contents show this, so that the options of one question do not all read the same.
  func ownLabel(_ language: String) -> String {
    let label = labels.text(language)
    switch source {
    case .selectedOption, .gridRow:
      let prefix = questionTexts.text(language) + ": "
      return label.hasPrefix(prefix) ? String(label.dropFirst(prefix.count)) : label
    case .question, .calculate:
      return label
    }
  }
}

/// A run of consecutive variables in the same section (or outside every section), for tables of contents.
struct CodebookSectionRun {
  /// The section path (`outer/inner`), empty outside sections.
  var path: String
  var title: Translations?
  var range: Range<Int>
  /// `section-NAME` (with `-2`, `-3` for a section that comes back after a nested one); nil outside sections.
  var anchor: String?

  func heading(_ language: String, _ words: CodebookWords) -> String {
    title.map { $0.text(language) } ?? words[.section]
  }

  static func runs(_ codebook: Codebook) -> [CodebookSectionRun] {
    var runs: [CodebookSectionRun] = []
    var seen: [String: Int] = [:]
    for (i, v) in codebook.variables.enumerated() {
      let path = v.sections.joined(separator: "/")
      if let last = runs.last, last.path == path {
        runs[runs.count - 1].range = last.range.lowerBound..<(i + 1)
        continue
      }
      var anchor: String?
      if !path.isEmpty {
        let count = (seen[path] ?? 0) + 1
        seen[path] = count
        anchor = "section-" + v.sections.joined(separator: "-") + (count > 1 ? "-\(count)" : "")
      }
      runs.append(CodebookSectionRun(path: path, title: v.sectionTitle, range: i..<(i + 1), anchor: anchor))
    }
    return runs
  }
}

/// Numbers and sentences shared by the one-language codebooks.
enum CodebookFormat {
  /// `12`, `0.5`: whole numbers without a decimal point, others in Swift's shortest round-trip form.
  static func number(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
    return String(v)
  }

  /// `0 – 200000`, `≥ 0` or `≤ 10`; nil without bounds.
  static func range(_ v: CodebookVariable) -> String? {
    switch (v.minimum, v.maximum) {
    case (let lo?, let hi?): return "\(number(lo)) – \(number(hi))"
    case (let lo?, nil): return "≥ \(number(lo))"
    case (nil, let hi?): return "≤ \(number(hi))"
    case (nil, nil): return nil
    }
  }

  /// "Asked if: adopted = Yes (1)" or "Asked of everyone" ("Calculated …" for calculates).
  static func universe(_ v: CodebookVariable, _ language: String, _ words: CodebookWords) -> String {
    let isCalculate = v.source == .calculate
    guard let condition = v.universeWords else { return words[isCalculate ? .calculatedAll : .askedAll] }
    return "\(words[isCalculate ? .calculatedIf : .askedIf]) \(condition.text(language))"
  }
}

/// The codebook's own words (headings and field names) in the Nordic languages and English; other languages
/// get English.
struct CodebookWords {
  enum Key: CaseIterable {
    case codebook, survey, version, languages, thisCodebook, variables, contents
    case label, question, labelAndQuestion, otherLanguages, hint, type, storage, range, maxLength, characters, required,
      yes, no
    case section, universe, askedIf, askedAll, calculatedIf, calculatedAll, expression, formula
    case code, name, missingValue
  }

  let language: String
  private let column: Int

  init(language: String) {
    self.language = language
    let base = language.split(separator: "-").first.map { $0.lowercased() } ?? language
    column = ["en", "fi", "sv", "nb", "nn", "da"].firstIndex(of: base == "no" ? "nb" : base) ?? 0
  }

  subscript(_ key: Key) -> String { Self.table(key)[column] }

  /// English, Finnish, Swedish, Norwegian bokmål, Norwegian nynorsk, Danish.
  private static func table(_ key: Key) -> [String] {
    switch key {
    case .codebook: return ["Codebook", "Koodikirja", "Kodbok", "Kodebok", "Kodebok", "Kodebog"]
    case .survey: return ["Survey", "Kysely", "Enkät", "Undersøkelse", "Undersøking", "Undersøgelse"]
    case .version: return ["Version", "Versio", "Version", "Versjon", "Versjon", "Version"]
    case .languages: return ["Languages", "Kielet", "Språk", "Språk", "Språk", "Sprog"]
    case .thisCodebook:
      return ["this codebook", "tämä koodikirja", "denna kodbok", "denne kodeboken", "denne kodeboka", "denne kodebog"]
    case .variables: return ["Variables", "Muuttujat", "Variabler", "Variabler", "Variablar", "Variabler"]
    case .contents: return ["Contents", "Sisällys", "Innehåll", "Innhold", "Innhald", "Indhold"]
    case .label: return ["Label", "Nimiö", "Etikett", "Etikett", "Etikett", "Etiket"]
    case .question: return ["Question", "Kysymys", "Fråga", "Spørsmål", "Spørsmål", "Spørgsmål"]
    case .labelAndQuestion:
      return [
        "Label and question", "Nimiö ja kysymys", "Etikett och fråga", "Etikett og spørsmål", "Etikett og spørsmål",
        "Etiket og spørgsmål",
      ]
    case .otherLanguages:
      return ["Other languages", "Muilla kielillä", "Andra språk", "Andre språk", "Andre språk", "Andre sprog"]
    case .hint: return ["Hint", "Ohje", "Hjälptext", "Hjelpetekst", "Hjelpetekst", "Hjælpetekst"]
    case .type: return ["Type", "Tyyppi", "Typ", "Type", "Type", "Type"]
    case .storage:
      return ["Storage", "Tallennusmuoto", "Lagringsformat", "Lagringsformat", "Lagringsformat", "Lagringsformat"]
    case .range: return ["Range", "Vaihteluväli", "Intervall", "Intervall", "Intervall", "Interval"]
    case .maxLength:
      return ["Maximum length", "Enimmäispituus", "Maxlängd", "Maksimal lengde", "Maksimal lengd", "Maksimal længde"]
    case .characters: return ["characters", "merkkiä", "tecken", "tegn", "teikn", "tegn"]
    case .required: return ["Required", "Pakollinen", "Obligatorisk", "Obligatorisk", "Obligatorisk", "Obligatorisk"]
    case .yes: return ["yes", "kyllä", "ja", "ja", "ja", "ja"]
    case .no: return ["no", "ei", "nej", "nei", "nei", "nej"]
    case .section: return ["Section", "Osio", "Avsnitt", "Del", "Del", "Afsnit"]
    case .universe: return ["Universe", "Perusjoukko", "Population", "Populasjon", "Populasjon", "Population"]
    case .askedIf:
      return ["Asked if:", "Kysytään, jos:", "Frågas när:", "Spørres hvis:", "Vert spurt dersom:", "Spørges hvis:"]
    case .askedAll:
      return [
        "Asked of everyone", "Kysytään kaikilta", "Alla tillfrågas", "Alle spørres", "Alle vert spurde",
        "Alle spørges",
      ]
    case .calculatedIf:
      return [
        "Calculated if:", "Lasketaan, jos:", "Beräknas när:", "Beregnes hvis:", "Vert rekna ut dersom:",
        "Beregnes hvis:",
      ]
    case .calculatedAll:
      return [
        "Calculated for everyone", "Lasketaan kaikille", "Beräknas för alla", "Beregnes for alle",
        "Vert rekna ut for alle", "Beregnes for alle",
      ]
    case .expression:
      return ["qdsl expression", "qdsl-lauseke", "qdsl-uttryck", "qdsl-uttrykk", "qdsl-uttrykk", "qdsl-udtryk"]
    case .formula: return ["Formula", "Kaava", "Formel", "Formel", "Formel", "Formel"]
    case .code: return ["Code", "Koodi", "Kod", "Kode", "Kode", "Kode"]
    case .name: return ["Name", "Nimi", "Namn", "Navn", "Namn", "Navn"]
    case .missingValue:
      return [
        "Missing value", "Puuttuva tieto", "Saknat värde", "Manglende verdi", "Manglande verdi", "Manglende værdi",
      ]
    }
  }
}

extension Unicode.Scalar {
  /// Line feed, carriage return, next line, line and paragraph separators (what `Character.isNewline` means).
  var isUnicodeNewline: Bool {
    switch value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }
}
