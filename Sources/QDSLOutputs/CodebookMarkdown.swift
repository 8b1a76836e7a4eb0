// The Markdown codebook (`STEM.codebook.md`) in one language, and what it shares with the HTML codebook: number
// and range formats, universes in words and the runs of sections. The codebook's own words are QDSLWords'.

import QDSLSemantics
import QDSLText
import QDSLWords

/// Renders a codebook as Markdown (GitHub-flavoured, with tables) in one language.
///
/// User text is escaped so that it never becomes markup (`|` cannot split a table cell, `<` cannot open a tag);
/// names and expressions are written as code spans. Sections and variables have explicit anchors
/// (`section-NAME`, `var-NAME`) so the table of contents links work in any renderer.
public enum CodebookMarkdown {
  public static func render(_ codebook: Codebook, language: String) -> String {
    String(decoding: renderBytes(codebook, language: language), as: UTF8.self)
  }

  /// The same as UTF-8 bytes, for writing to a file without making (and validating) a `String`.
  public static func renderBytes(_ codebook: Codebook, language: String) -> [UInt8] {
    OutputBuffer.bytes(capacity: codebook.estimatedSize(perVariableAndLanguage: 512)) { out in
      write(codebook, language: language, into: &out)
    }
  }

  private static func write(_ codebook: Codebook, language: String, into out: inout OutputBuffer) {
    let words = Words.codebook(for: language)
    let title = codebook.title.map { $0.text(language) } ?? codebook.surveyID
    out.append(contentsOf: "# \(escape(words.codebook)): \(escape(title))\n\n")
    out.append(contentsOf: "- **\(escape(words.survey)):** \(codeSpan(codebook.surveyID))\n")
    if let version = codebook.version {
      out.append(contentsOf: "- **\(escape(words.version)):** \(escape(version))\n")
    }
    let languages = zip(codebook.languages, codebook.languageList(language)).map {
      $0 == language ? "\($1) (\(words.thisCodebook))" : $1
    }
    let note = codebook.draftNote(language).map { " — " + $0 } ?? ""
    out.append(contentsOf: "- **\(escape(words.languages)):** \(escape(languages.joined(separator: ", ") + note))\n")
    out.append(contentsOf: "- **\(escape(words.variables)):** \(codebook.variables.count)\n\n")

    let runs = CodebookSectionRun.runs(codebook)
    out.append(contentsOf: "## \(escape(words.contents))\n\n")
    var level: Int?
    for run in runs {
      var indent = ""
      if codebook.hasLevels {
        if run.level != level {
          level = run.level
          let l = codebook.levels[run.level]
          out.append(contentsOf: "- [\(escape(words.levels.dataFile)) \(codeSpan(l.dataFile(stem: codebook.stem)))]")
          out.append(contentsOf: "(#\(CodebookSectionRun.anchor(l))): \(escape(l.rows.text(language)))\n")
        }
        indent = "  "
      }
      if let anchor = run.anchor {
        out.append(contentsOf: indent)
        out.append(contentsOf: "- [\(escape(run.heading(language, words)))](#\(anchor)) (\(codeSpan(run.path)))\n")
        indent += "  "
      }
      codebook.forEachVariable(in: run.range) { v in
        out.append(contentsOf: indent)
        out.append("- [")
        out.appendMarkdown(v.name)
        out.append("](#var-")
        out.append(contentsOf: codebook.anchor(of: v))
        out.append("): ")
        out.appendMarkdown(shortened(v.ownLabel(language)))
        out.append("\n")
      }
    }
    // With levels, each level's file is a part (##) holding its sections (###) and variables (####).
    let heading = codebook.hasLevels ? "###" : "##"
    level = nil
    for run in runs {
      if codebook.hasLevels, run.level != level {
        level = run.level
        levelHeading(codebook, codebook.levels[run.level], language, words, into: &out)
      }
      if let anchor = run.anchor {
        out.append(
          contentsOf:
            "\n\(heading) <a id=\"\(anchor)\"></a>\(escape(run.heading(language, words))) (\(codeSpan(run.path)))\n")
      } else {
        out.append(contentsOf: "\n\(heading) \(escape(words.variables))\n")
      }
      codebook.forEachVariable(in: run.range) { v in
        out.append("\n")
        entry(v, anchor: codebook.anchor(of: v), heading: heading + "#", language, words, into: &out)
      }
    }
  }

  /// The heading of one level's part: its data file, what its rows are and its key columns.
  private static func levelHeading(
    _ codebook: Codebook, _ level: CodebookLevel, _ language: String, _ words: CodebookWords,
    into out: inout OutputBuffer
  ) {
    let w = words.levels
    out.append(contentsOf: "\n## <a id=\"\(CodebookSectionRun.anchor(level))\"></a>\(escape(w.dataFile)) ")
    out.append(contentsOf: codeSpan(level.dataFile(stem: codebook.stem)))
    out.append(contentsOf: "\n\n- **\(escape(w.rows)):** \(escape(level.rows.text(language)))\n")
    out.append(contentsOf: "- **\(escape(w.keyColumns)):** ")
    out.append(contentsOf: level.keys.map(codeSpan).joined(separator: ", "))
    out.append("\n")
  }

  /// Appends one variable's heading, its fields as a list, and its values as a table.
  static func entry(
    _ v: CodebookVariable, anchor: String, heading: String = "###", _ language: String, _ words: CodebookWords,
    into out: inout OutputBuffer
  ) {
    // `- **Name:**`; the caller appends the value (after a space) and the newline.
    func field(_ key: KeyPath<CodebookWords, String>) {
      out.append("- **")
      out.appendMarkdown(words[keyPath: key])
      out.append(":**")
    }
    func textField(_ key: KeyPath<CodebookWords, String>, _ text: String) {
      field(key)
      if !text.isEmpty {
        out.append(" ")
        out.appendMarkdown(text)
      }
      out.append("\n")
    }
    func codeField(_ key: KeyPath<CodebookWords, String>, _ code: String) {
      field(key)
      out.append(" ")
      out.appendCodeSpan(code)
      out.append("\n")
    }
    out.append(contentsOf: heading)
    out.append(" <a id=\"var-")
    out.append(contentsOf: anchor)
    out.append("\"></a>")
    out.appendMarkdown(v.name)
    out.append("\n\n")
    if v.labelIsQuestion(language) {
      textField(\.labelAndQuestion, v.labels.text(language))
    } else {
      textField(\.label, v.labels.text(language))
      if !v.questionTexts.entries.isEmpty { textField(\.question, v.questionTexts.text(language)) }
    }
    if v.questionTexts.entries.contains(where: { $0.language != language }) {
      field(\.otherLanguages)
      out.append("\n")
      for other in v.questionTexts.entries where other.language != language {
        out.append("  - ")
        out.appendMarkdown(other.language)
        out.append(": ")
        out.appendMarkdown(other.text)
        out.append("\n")
      }
    }
    let variantWords = Words.variants(for: language)
    // Each text variant: "Text if CONDITION IN WORDS:" and its text, then its condition in qdsl.
    for variant in v.textVariants {
      out.append("- **")
      out.appendMarkdown(variantWords.textIf + " " + variant.conditionWords.text(language))
      out.append(":** ")
      out.appendMarkdown(variant.texts.text(language))
      out.append("\n  - ")
      out.appendMarkdown(words.expression)
      out.append(": ")
      out.appendCodeSpan(variant.expression)
      out.append("\n")
    }
    if let hint = v.hints, !hint.entries.isEmpty { textField(\.hint, hint.text(language)) }
    codeField(\.type, v.typeName)
    textField(\.storage, v.storage.rawValue)
    if let range = CodebookFormat.range(v) { textField(\.range, range) }
    if let max = v.maxLength {
      field(\.maxLength)
      out.append(" ")
      out.append(max)
      out.append(" ")
      out.appendMarkdown(words.characters)
      out.append("\n")
    }
    if v.isKey {
      // A key column is in every row: it has no universe and is never asked.
      field(\.levels.keyColumn)
      out.append(" ")
      out.appendMarkdown(words.yes)
      out.append("\n")
      values(v, language, words, into: &out)
      return
    }
    textField(\.required, (v.isRequired ? words.yes : words.no))
    if let d = v.defaultValue {
      out.append("- **")
      out.appendMarkdown(variantWords.defaultAnswer)
      out.append(":** ")
      out.appendMarkdown(d.words.text(language))
      out.append("\n  - ")
      out.appendMarkdown(words.expression)
      out.append(": ")
      out.appendCodeSpan(d.expression)
      out.append("\n")
    }
    if !v.sections.isEmpty {
      field(\.section)
      out.append(" ")
      if let title = v.sectionTitle {
        out.appendMarkdown(title.text(language))
        out.append(" ")
      }
      out.append("(")
      out.appendCodeSpan(v.sections.count == 1 ? v.sections[0] : v.sections.joined(separator: "/"))
      out.append(")\n")
    }
    field(\.universe)
    out.append(" ")
    CodebookFormat.universe(v, language, words) { out.appendMarkdown($0) }
    out.append("\n")
    if let expression = v.universeExpression {
      out.append("  - ")
      out.appendMarkdown(words.expression)
      out.append(": ")
      out.appendCodeSpan(expression)
      out.append("\n")
    }
    for check in v.checks {
      if check.isSoft {
        out.append("- **")
        out.appendMarkdown(variantWords.softCheck)
        out.append(":** ")
        out.appendMarkdown(check.conditionWords.text(language) + " (" + variantWords.softCheckMeaning + ")")
        out.append("\n")
      } else {
        textField(\.check, check.conditionWords.text(language))
      }
      if !check.messages.entries.isEmpty {
        out.append("  - ")
        out.appendMarkdown(words.message)
        out.append(": ")
        out.appendMarkdown(check.messages.text(language))
        out.append("\n")
      }
      out.append("  - ")
      out.appendMarkdown(words.expression)
      out.append(": ")
      out.appendCodeSpan(check.expression)
      out.append("\n")
    }
    if let filter = v.filterWords, let expression = v.filterExpression {
      out.append("- **")
      out.appendMarkdown(OptionWords.words(for: language).optionsOffered)
      out.append(":** ")
      out.appendMarkdown(filter.text(language))
      out.append("\n  - ")
      out.appendMarkdown(words.expression)
      out.append(": ")
      out.appendCodeSpan(expression)
      out.append("\n")
    }
    if let formula = v.formula { codeField(\.formula, formula) }
    if let d = v.optionDescription {
      out.append("- **")
      out.appendMarkdown(Words.specify(for: language).description)
      out.append(":** ")
      out.appendMarkdown(d.text(language))
      out.append("\n")
    }
    if let s = v.specifies {
      let optionWords = Words.specify(for: language)
      out.append("- **")
      out.appendMarkdown(optionWords.specify)
      out.append(":** ")
      let parts = optionWords.specifyParts(option: CodebookFormat.optionText(s, language))
      out.appendMarkdown(parts.before)
      out.appendCodeSpan(s.question)
      out.appendMarkdown(parts.after)
      out.append("\n")
    }
    values(v, language, words, into: &out)
  }

  /// The table of a variable's values, after an empty line; nothing without values.
  private static func values(
    _ v: CodebookVariable, _ language: String, _ words: CodebookWords, into out: inout OutputBuffer
  ) {
    if !v.values.isEmpty {
      // A column of option descriptions only when some option has one.
      let described = v.values.contains { $0.descriptions != nil }
      out.append(contentsOf: "\n| \(escape(words.code)) | \(escape(words.name)) | \(escape(words.label)) ")
      out.append(contentsOf: "| \(escape(words.missingValue)) |")
      if described { out.append(contentsOf: " \(escape(Words.specify(for: language).description)) |") }
      out.append(contentsOf: described ? "\n|---:|---|---|---|---|\n" : "\n|---:|---|---|---|\n")
      for value in v.values {
        out.append("| ")
        out.append(value.code)
        out.append(" | ")
        out.appendCodeSpan(value.name)
        out.append(" | ")
        out.appendMarkdown(value.labels.text(language))
        if let note = value.offeredNote(language) {
          out.append(" (")
          out.appendMarkdown(note)
          out.append(")")
        }
        out.append(" | ")
        if value.isMissing { out.appendMarkdown(words.yes) }
        if described {
          out.append(" | ")
          if let d = value.descriptions { out.appendMarkdown(d.text(language)) }
        }
        out.append(" |\n")
      }
    }
  }

  /// A label cut to 80 characters for the table of contents, on one line.
  static func shortened(_ text: String) -> String {
    // Most labels are short, or hold only characters below U+0300 (each one scalar, one character) and no line
    // breaks: then characters can be counted by their UTF-8 lead bytes.
    if text.utf8.count <= 80, !lineBreakStarts.any(text) { return text }
    guard !notLatin.any(text) else { return shortenedCharacters(text) }
    var text = text
    return text.withUTF8 { utf8 -> String in
      var characters = 0
      var cut = 0
      for (i, b) in utf8.enumerated() where b & 0xC0 != 0x80 {
        if characters == 79 { cut = i }
        characters += 1
      }
      guard characters > 80 else { return String(decoding: utf8, as: UTF8.self) }
      while cut > 0, utf8[cut - 1] == UInt8(ascii: " ") || utf8[cut - 1] == UInt8(ascii: "\t") { cut -= 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: utf8[..<cut]), as: UTF8.self) + "…"
    }
  }

  private static func shortenedCharacters(_ text: String) -> String {
    let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard oneLine.count > 80 else { return oneLine }
    return String(oneLine.prefix(79)).trimmingTrailingSpaces() + "…"
  }

  /// Bytes that need a backslash in Markdown text (and the starts of line breaks and control characters).
  static let markdownSpecial = ByteTable("\\`*_[]<|&~$#", ByteTable.lineBreakStarts + ControlCharacters.starts)
  static let lineBreakStarts = ByteTable("", ByteTable.lineBreakStarts)
  /// Line-break starts and the lead bytes of U+0300 and above, where a character may be more than one scalar.
  static let notLatin = ByteTable(where: { ByteTable.lineBreakStarts.contains($0) || $0 >= 0xCC })
  /// Bytes that make a code span more than its text between single backticks.
  static let codeSpanSpecial = ByteTable("`", ByteTable.lineBreakStarts + ControlCharacters.starts)

  /// User text as Markdown that shows the text itself: punctuation that could start markup is backslash-escaped,
  /// line breaks become `<br>` (so text never starts a line of its own, and tables stay intact), and other control
  /// characters U+FFFD (see `ControlCharacters`).
  public static func escape(_ text: String) -> String {
    // Bytes, not Characters: the special characters are ASCII, and most labels contain none of them.
    guard markdownSpecial.any(text) else { return text }
    var out = OutputBuffer(capacity: text.utf8.count + 16)
    out.appendMarkdown(text)
    return out.text
  }

  /// A code span that holds any text: the fence is longer than any run of backticks inside, and line breaks
  /// become spaces. Not for table cells (a `|` inside would split the cell); there only names are written.
  public static func codeSpan(_ text: String) -> String {
    if !text.isEmpty, !codeSpanSpecial.any(text) { return "`" + text + "`" }
    let flat = ControlCharacters.replacing(text.map { $0.isNewline ? " " : String($0) }.joined())
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

extension OutputBuffer {
  /// Appends user text escaped as Markdown (see `CodebookMarkdown.escape`).
  mutating func appendMarkdown(_ text: String) {
    append(text, special: CodebookMarkdown.markdownSpecial) { out, utf8, i in
      if let next = OutputBuffer.lineBreak(utf8, at: i) {
        out.append("<br>")
        return next
      }
      if let next = ControlCharacters.replaced(utf8, at: i) {
        out.append("\u{FFFD}")
        return next
      }
      // The lead byte of a non-ASCII character that is no line break needs nothing.
      if utf8[i] < 0x80 { out.append(byte: UInt8(ascii: "\\")) }
      out.append(byte: utf8[i])
      return i + 1
    }
  }

  /// Appends a code span (see `CodebookMarkdown.codeSpan`).
  mutating func appendCodeSpan(_ text: String) {
    if !text.isEmpty, !CodebookMarkdown.codeSpanSpecial.any(text) {
      append(byte: UInt8(ascii: "`"))
      append(contentsOf: text)
      append(byte: UInt8(ascii: "`"))
    } else {
      append(contentsOf: CodebookMarkdown.codeSpan(text))
    }
  }
}

extension String {
  /// The rest of the string after `first` and `second` when its UTF-8 starts with theirs and a character boundary
  /// follows for certain (the next scalar is below U+0300 and `second` ends in ASCII); nil when unsure. Then the
  /// result is what `hasPrefix` and `dropFirst` would give, without walking characters.
  func droppingBytePrefix(_ first: String, _ second: String) -> String? {
    guard let last = second.utf8.last, last < 0x80, last != 0x0D else { return nil }
    let end = first.utf8.count + second.utf8.count
    guard utf8.count >= end else { return nil }
    let matches = utf8.withContiguousStorageIfAvailable { whole in
      first.utf8.withContiguousStorageIfAvailable { first in
        second.utf8.withContiguousStorageIfAvailable { second in
          UnsafeBufferPointer(rebasing: whole[..<first.count]).hasSameBytes(as: first)
            && UnsafeBufferPointer(rebasing: whole[first.count..<end]).hasSameBytes(as: second)
            && (end == whole.count || whole[end] < 0xCC)
        }
      }
    }
    guard matches == true else { return nil }
    return String(unicodeScalars[utf8.index(utf8.startIndex, offsetBy: end)...])
  }

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
    case .selectedOption, .gridRow, .rank:
      let question = questionTexts.text(language)
      if let own = label.droppingBytePrefix(question, ": ") { return own }
      let prefix = question + ": "
      return label.hasPrefix(prefix) ? String(label.dropFirst(prefix.count)) : label
    case .question, .calculate, .key, .shownOrder, .paradata, .sample:
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
  /// The level of the run's variables (a run never spans two levels).
  var level: Int = 0

  /// The anchor of a level's part of a codebook: `data-file` for the instrument's, `data-file-NAME` for a
  /// repeat's (no qdsl name holds a hyphen, so it never meets a section's or variable's anchor).
  static func anchor(_ level: CodebookLevel) -> String {
    level.name.isEmpty ? "data-file" : "data-file-" + level.name
  }

  func heading(_ language: String, _ words: CodebookWords) -> String {
    title.map { $0.text(language) } ?? words.section
  }

  static func runs(_ codebook: Codebook) -> [CodebookSectionRun] {
    var runs: [CodebookSectionRun] = []
    var seen: [String: Int] = [:]
    // The sections of the current run. Section names hold no `/`, so equal paths are equal section lists.
    var runSections: [String]?
    var runLevel = 0
    for i in codebook.variables.indices {
      let sections = codebook.variables[i].sections
      let level = codebook.variables[i].level
      if sections == runSections, level == runLevel {
        runs[runs.count - 1].range = runs[runs.count - 1].range.lowerBound..<(i + 1)
        continue
      }
      runSections = sections
      runLevel = level
      let path = sections.joined(separator: "/")
      var anchor: String?
      if !path.isEmpty {
        let count = (seen[path] ?? 0) + 1
        seen[path] = count
        anchor = "section-" + sections.joined(separator: "-") + (count > 1 ? "-\(count)" : "")
      }
      runs.append(
        CodebookSectionRun(
          path: path, title: codebook.variables[i].sectionTitle, range: i..<(i + 1), anchor: anchor, level: level))
    }
    return runs
  }
}

/// Numbers and sentences shared by the one-language codebooks.
enum CodebookFormat {
  /// An option of a specify text as the codebooks name it: "Other (96)".
  static func optionText(_ s: CodebookSpecify, _ language: String) -> String {
    "\(s.optionLabels[language] ?? s.optionLabels.entries.first?.text ?? s.option) (\(s.code))"
  }

  /// `12`, `0.5`: whole numbers without a decimal point, others in the shortest form that reads back the same,
  /// never with an exponent.
  static func number(_ v: Double) -> String { Survey.plainNumber(v) }

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
    var text = ""
    universe(v, language, words) { text += $0 }
    return text
  }

  /// The same sentence in pieces, for writers that escape each piece as they append it.
  static func universe(
    _ v: CodebookVariable, _ language: String, _ words: CodebookWords, _ append: (String) -> Void
  ) {
    let isCalculate = v.source == .calculate
    if case .paradata = v.source {
      append(Words.paradata(for: language).filledByCollector)
      return
    }
    if case .sample(let isOptional) = v.source {
      let sample = Words.sample(for: language)
      append(isOptional ? sample.fromSampleOptional : sample.fromSample)
      return
    }
    if v.level != 0, let perIteration = v.universeWords {
      // "Asked for each person row where age ≥ 16, in records where …"
      append(isCalculate ? words.levels.calculated : words.levels.asked)
      append(" ")
      append(perIteration.text(language))
      return
    }
    guard let condition = v.universeWords else {
      append((isCalculate ? words.calculatedAll : words.askedAll))
      return
    }
    append((isCalculate ? words.calculatedIf : words.askedIf))
    append(" ")
    append(condition.text(language))
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether both hold the same bytes, compared eight at a time.
  func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
    guard count == other.count else { return false }
    guard let a = baseAddress, let b = other.baseAddress else { return true }
    let raw = UnsafeRawPointer(a)
    let otherRaw = UnsafeRawPointer(b)
    var i = 0
    while i + 8 <= count {
      if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        != otherRaw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      {
        return false
      }
      i += 8
    }
    while i < count {
      if a[i] != b[i] { return false }
      i += 1
    }
    return true
  }
}
