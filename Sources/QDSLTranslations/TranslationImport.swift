// `translations import`: the translated files checked against the instrument (known ids, unchanged sources, the
// same pipes, readable texts, declared languages) and turned into edits of the .qdsl files: a translation's
// string replaced, an entry added to a block, or a single string made a block, everything else kept byte for byte.
// All or nothing: any problem and no file is changed; the edited instrument is checked again before it is kept.

import QDSLSemantics
import QDSLSyntax

/// A translated file to import: its path (for messages) and what was read from it.
public struct TranslatedFile: Sendable {
  public var path: String
  public var content: ReadTranslations

  public init(path: String, content: ReadTranslations) {
    self.path = path
    self.content = content
  }
}

/// A problem found while importing, located in a translated file (line and unit) or in a .qdsl file.
public struct ImportProblem: Sendable, CustomStringConvertible {
  public var path: String
  public var line: Int
  public var unit: String?
  public var message: String

  public var description: String {
    "\(path):\(line): " + (unit.map { "unit '\($0)': " } ?? "") + message
  }
}

/// The outcome of planning an import.
public struct ImportPlan: Sendable {
  /// New bytes per file index, only for files that change.
  public var files: [Int32: [UInt8]] = [:]
  /// Translations that change (added or edited).
  public var changed = 0
  /// Units whose translation was already the same, or that the file leaves untranslated.
  public var unchanged = 0
  public var problems: [ImportProblem] = []
}

public enum TranslationImport {
  /// Plans the import of `files` into the instrument. `language` is used for files that do not name theirs.
  public static func plan(_ t: InstrumentTranslations, files: [TranslatedFile], language: String? = nil) -> ImportPlan {
    var plan = ImportPlan()
    let survey = t.survey
    guard let source = survey.sourceLanguage else {
      plan.problems.append(
        ImportProblem(path: t.entryPath, line: 1, unit: nil, message: "the instrument declares no languages"))
      return plan
    }
    for d in t.units.duplicates {
      let line = t.location(d.second)
      plan.problems.append(
        ImportProblem(
          path: t.entryPath, line: 1, unit: d.id,
          message: "two texts would get this id (the second at \(line)); give the items distinct names"))
    }
    /// The new translations: unit index → language → text, and where each came from.
    var wanted: [Int: [String: (text: UnitText, path: String, line: Int)]] = [:]
    for file in files {
      let c = file.content
      if let own = c.targetLanguage, let language, !own.isEmpty, own.lowercased() != language.lowercased() {
        plan.problems.append(
          ImportProblem(
            path: file.path, line: 1, unit: nil,
            message: "the file is in '\(own)', but --lang says '\(language)'; leave out --lang or import another file"))
        continue
      }
      guard let lang = c.targetLanguage ?? language, !lang.isEmpty else {
        plan.problems.append(
          ImportProblem(path: file.path, line: 1, unit: nil, message: "the file does not say its language; give --lang")
        )
        continue
      }
      guard let declared = survey.languages.first(where: { $0.lowercased() == lang.lowercased() }) else {
        plan.problems.append(
          ImportProblem(
            path: file.path, line: 1, unit: nil,
            message:
              "the language '\(lang)' is not declared by the instrument (\(survey.languages.joined(separator: " ")))"))
        continue
      }
      guard declared != source else {
        plan.problems.append(
          ImportProblem(
            path: file.path, line: 1, unit: nil,
            message: "'\(declared)' is the source language: import translations into the other languages"))
        continue
      }
      if let s = c.sourceLanguage, !s.isEmpty, s.lowercased() != source.lowercased() {
        plan.problems.append(
          ImportProblem(
            path: file.path, line: 1, unit: nil,
            message: "the file translates from '\(s)', but the instrument's source language is '\(source)'"))
        continue
      }
      var seen: [String: Int] = [:]
      for r in c.units {
        func problem(_ m: String) {
          plan.problems.append(ImportProblem(path: file.path, line: r.line, unit: r.id, message: m))
        }
        if let earlier = seen[r.id] {
          problem("the id is given twice in this file (first on line \(earlier))")
          continue
        }
        seen[r.id] = r.line
        if let p = r.problem {
          problem(p)
          continue
        }
        guard let k = t.units.index[r.id] else {
          problem("there is no text with this id in the instrument (was it renamed or removed? export again)")
          continue
        }
        let unit = t.units.units[k]
        guard let current = unit.text(in: source) else { continue }
        if let exported = r.source, exported != current {
          problem(
            "the source text changed since the export: it was \"\(exported.display)\", now it is \"\(current.display)\"; export again and translate the new text"
          )
          continue
        }
        guard let target = r.target, !target.isEmpty else {
          plan.unchanged += 1
          continue
        }
        let lost = difference(current.pipes, target.pipes)
        let added = difference(target.pipes, current.pipes)
        if !lost.isEmpty || !added.isEmpty {
          var parts: [String] = []
          if !lost.isEmpty { parts.append("lost " + lost.map { "{\($0)}" }.joined(separator: ", ")) }
          if !added.isEmpty { parts.append("added " + added.map { "{\($0)}" }.joined(separator: ", ")) }
          problem(
            "the translation " + parts.joined(separator: " and ")
              + "; keep exactly the placeholders of the source text (\(current.pipes.isEmpty ? "none" : current.pipes.map { "{\($0)}" }.joined(separator: ", ")))"
          )
          continue
        }
        if let other = wanted[k]?[declared], other.text != target {
          problem("\(other.path):\(other.line) gives another \(declared) translation of this text")
          continue
        }
        if unit.text(in: declared) == target {
          plan.unchanged += 1
          continue
        }
        wanted[k, default: [:]][declared] = (target, file.path, r.line)
      }
    }
    guard plan.problems.isEmpty else { return plan }
    var editor = SourceEditor(t)
    for (k, byLanguage) in wanted.sorted(by: { $0.key < $1.key }) {
      let unit = t.units.units[k]
      let ordered = survey.languages.compactMap { l in byLanguage[l].map { (l, $0.text) } }
      if let p = editor.edit(unit, ordered, source: source) {
        let first = byLanguage.values.first
        plan.problems.append(
          ImportProblem(path: first?.path ?? t.entryPath, line: first?.line ?? 1, unit: unit.id, message: p))
      }
      plan.changed += ordered.count
    }
    guard plan.problems.isEmpty else { return plan }
    plan.files = editor.apply()
    plan.problems = recheck(t, plan.files)
    if !plan.problems.isEmpty { plan.files = [:] }
    return plan
  }

  /// Parses every edited file again: an import never leaves a file with a syntax error it did not have (the strings
  /// it writes are escaped, and their pipes are the source text's, so the check can only find fewer missing
  /// translations than before; the tests and CI check the result in full).
  static func recheck(_ t: InstrumentTranslations, _ edited: [Int32: [UInt8]]) -> [ImportProblem] {
    var problems: [ImportProblem] = []
    for (index, bytes) in edited.sorted(by: { $0.key < $1.key }) {
      let before = t.instrument.sources.files[Int(index)].parse.diagnostics.filter { $0.severity == .error }.count
      let parse = Parse(bytes: bytes)
      let errors = parse.diagnostics.filter { $0.severity == .error }
      guard errors.count > before, let first = errors.first else { continue }
      problems.append(
        ImportProblem(
          path: t.path(ofFile: index), line: parse.lineIndex.position(of: first.range.start).line, unit: nil,
          message: "the imported translations would give error[\(first.code.rawValue)]: \(first.message)"))
    }
    return problems
  }

  /// The names of `a` not matched one for one in `b`.
  static func difference(_ a: [String], _ b: [String]) -> [String] {
    var counts: [String: Int] = [:]
    for n in b { counts[n, default: 0] += 1 }
    var out: [String] = []
    for n in a {
      if let c = counts[n], c > 0 { counts[n] = c - 1 } else { out.append(n) }
    }
    return out
  }
}

/// The edits of the files, collected then applied in one pass per file.
struct SourceEditor {
  let t: InstrumentTranslations
  var edits: [Int32: [(range: TextRange, text: String)]] = [:]
  /// Per file: the `translations` node holding each string token, by the string's start offset.
  var blocks: [Int32: [Int: NodeID]] = [:]

  init(_ t: InstrumentTranslations) { self.t = t }

  mutating func blockIndex(_ file: Int32) -> [Int: NodeID] {
    if let known = blocks[file] { return known }
    let tree = t.instrument.sources.files[Int(file)].parse.tree
    var map: [Int: NodeID] = [:]
    for i in 0..<tree.nodes.count where tree.nodes[i].kind == .translations {
      let n = NodeID(i)
      for tok in tree.directTokens(n) where tree.tokenKind(tok) == .string || tree.tokenKind(tok) == .tripleString {
        map[tree.tokenRange(tok).start] = n
      }
      for e in tree.children(n, .translation) {
        for tok in tree.directTokens(e) where tree.tokenKind(tok) == .string || tree.tokenKind(tok) == .tripleString {
          map[tree.tokenRange(tok).start] = n
        }
      }
    }
    blocks[file] = map
    return map
  }

  /// Records the edits that give `unit` the texts `ordered` (in the instrument's language order); a problem in words.
  mutating func edit(_ unit: TranslationUnit, _ ordered: [(String, UnitText)], source: String) -> String? {
    guard let sourceEntry = unit.text.entries.first(where: { $0.language == source }),
      let sourceString = t.locate(sourceEntry.stringRange)
    else { return "the text's source string was not found in the files" }
    let file = sourceString.file
    let sf = t.instrument.sources.files[Int(file)]
    let tree = sf.parse.tree
    let bytes = tree.bytes
    let lineBreak = String(decoding: LineBreak.style(of: bytes).bytes, as: UTF8.self)
    let indent = indentation(bytes, at: sourceString.start)
    var missing: [(String, UnitText)] = []
    for (language, text) in ordered {
      if let entry = unit.text.entries.first(where: { $0.language == language }) {
        guard let r = t.locate(entry.stringRange), r.file == file else { return "the \(language) string was not found" }
        let wasTriple = r.length >= 6 && bytes[r.start + 1] == 0x22 && bytes[r.start + 2] == 0x22
        let literal = QDSLStringLiteral.write(
          text, indent: wasTriple ? indentation(bytes, at: r.start) : nil, lineBreak: lineBreak)
        edits[file, default: []].append((TextRange(r.start, r.end), literal))
      } else {
        missing.append((language, text))
      }
    }
    guard !missing.isEmpty else { return nil }
    guard let block = blockIndex(file)[sourceString.start] else { return "the text's block was not found" }
    let entries = tree.children(block, .translation)
    if entries.isEmpty {
      // A single string becomes a block: the source first, then the new languages.
      let r = TextRange(sourceString.start, sourceString.end)
      var original = tree.text(in: r)
      if original.hasPrefix("\"\"\"") {
        // One level deeper inside the block, as `qdsl fmt` re-indents it (the text itself stays the same).
        original = reindented(original)
      }
      let all =
        [(source, original)]
        + missing.map { ($0.0, QDSLStringLiteral.write($0.1, indent: indent + "  ", lineBreak: lineBreak)) }
      let oneLine = "{ " + all.map { "\($0.0) \($0.1)" }.joined(separator: " ") + " }"
      let column = sf.parse.lineIndex.position(of: r.start).column
      let lineEnd = sf.parse.lineIndex.lineRange(sf.parse.lineIndex.line(of: r.end)).end
      let rest = lineEnd - r.end
      if !oneLine.contains("\n"), !original.hasPrefix("\"\"\""), column + oneLine.utf8.count + rest <= 121 {
        edits[file, default: []].append((r, oneLine))
      } else {
        let width = all.map(\.0.count).max() ?? 0
        var text = "{"
        for (tag, s) in all {
          text += lineBreak + indent + "  " + tag + String(repeating: " ", count: width - tag.count + 1) + s
        }
        edits[file, default: []].append((r, text + lineBreak + indent + "}"))
      }
      return nil
    }
    guard let last = entries.last else { return nil }
    let blockRange = tree.range(block)
    let lines = sf.parse.lineIndex
    let multiLine = lines.line(of: blockRange.start) != lines.line(of: blockRange.end)
    var insertion = ""
    if multiLine, let first = entries.first {
      let entryIndent = indentation(bytes, at: tree.range(first).start)
      // Tags padded like the first entry's, so that the texts line up.
      var pad = 1
      if let tag = tree.child(first, .languageTag),
        let s = tree.token(first, .string) ?? tree.token(first, .tripleString)
      {
        pad = max(1, tree.tokenRange(s).start - tree.range(tag).end)
        pad += tree.range(tag).length
      }
      for (tag, text) in missing {
        let gap = max(1, pad - tag.count)
        insertion +=
          lineBreak + entryIndent + tag + String(repeating: " ", count: gap)
          + QDSLStringLiteral.write(text, indent: entryIndent, lineBreak: lineBreak)
      }
    } else {
      for (tag, text) in missing {
        insertion += " " + tag + " " + QDSLStringLiteral.write(text, indent: indent + "  ", lineBreak: lineBreak)
      }
    }
    let end = tree.range(last).end
    edits[file, default: []].append((TextRange(end, end), insertion))
    return nil
  }

  /// A triple-quoted string with two more spaces before every line after its first that is not blank.
  func reindented(_ s: String) -> String {
    var out = ""
    var atStart = false
    for c in s.unicodeScalars {
      if atStart && c != "\n" && c != "\r" { out += "  " }
      out.unicodeScalars.append(c)
      atStart = c == "\n" || c == "\r"
    }
    return out
  }

  /// The spaces and tabs that start the line of an offset.
  func indentation(_ bytes: [UInt8], at offset: Int) -> String {
    var start = offset
    while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
    var end = start
    while end < offset, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The new bytes of every edited file.
  func apply() -> [Int32: [UInt8]] {
    var out: [Int32: [UInt8]] = [:]
    for (file, list) in edits {
      let bytes = t.instrument.sources.files[Int(file)].parse.tree.bytes
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count + list.count * 32)
      var cursor = 0
      for e in list.sorted(by: { $0.range.start < $1.range.start }) where e.range.start >= cursor {
        result += bytes[cursor..<e.range.start]
        result += Array(e.text.utf8)
        cursor = e.range.end
      }
      result += bytes[cursor...]
      out[file] = result
    }
    return out
  }
}
