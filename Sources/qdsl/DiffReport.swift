// The reports of `qdsl diff`: text for people (each change with its source line), JSON, a Markdown report
// for a pull-request comment, and the entries SARIF and GitHub annotations are made from.

import QDSLRevisions
import QDSLSemantics
import QDSLSyntax
import QDSLText

struct DiffReport {
  let diff: RevisionDiff
  let old: DiffSide
  let new: DiffSide

  func side(_ s: RevisionSide) -> DiffSide { s == .old ? old : new }

  static func label(_ c: RevisionClass) -> String {
    switch c {
    case .breaking: return "breaking"
    case .rename: return "rename"
    case .compatible: return "compatible"
    }
  }

  /// "3 breaking changes, 1 likely rename and 4 compatible changes".
  func counts() -> String {
    let b = diff.count(.breaking)
    let r = diff.count(.rename)
    let c = diff.count(.compatible)
    if b + r + c == 0 { return "no changes for analysts" }
    var parts: [String] = []
    if b > 0 { parts.append(b == 1 ? "1 breaking change" : "\(b) breaking changes") }
    if r > 0 { parts.append(r == 1 ? "1 likely rename" : "\(r) likely renames") }
    if c > 0 { parts.append(c == 1 ? "1 compatible change" : "\(c) compatible changes") }
    if parts.count == 1 { return parts[0] }
    return parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
  }

  func summary() -> String {
    let verdict = diff.isBreaking ? "breaks comparability with the old revision" : "is compatible with the old revision"
    return "compared \(old.file.path) with \(new.file.path): \(counts()); the new revision \(verdict)"
  }

  // MARK: - Text

  func text(style: Style) -> String {
    var out = ""
    for c in diff.changes {
      let at = side(c.side).place(c.range)
      let d = Diagnostic(c.code, c.message, at: at.range)
      var block = DiagnosticRenderer.text(
        d, path: at.path, lines: at.lines, style: style, label: Self.label(c.changeClass))
      let empty = String(repeating: " ", count: String(at.lines.position(of: at.range.start).line).count)
      for r in c.related {
        let other = side(r.side).place(r.range)
        let p = other.lines.position(of: other.range.start)
        block +=
          style.blue("\(empty) =") + " \(r.side.rawValue): \(other.path):\(p.line):\(p.column) (\(r.message))\n"
      }
      if c.variables.count > 1 && c.code != .likelyRename && c.code != .variableRemoved && c.code != .variableAdded {
        let shown = c.variables.prefix(8).joined(separator: ", ") + (c.variables.count > 8 ? ", …" : "")
        block += style.blue("\(empty) =") + " variables: " + shown + "\n"
      }
      if let was = c.oldValue, c.newValue != nil || c.changeClass != .compatible {
        block += style.blue("\(empty) =") + " was: " + was + "\n"
      }
      if let now = c.newValue, c.oldValue != nil { block += style.blue("\(empty) =") + " now: " + now + "\n" }
      if let help = c.help { block += style.blue("\(empty) =") + " " + style.bold("help") + ": " + help + "\n" }
      out += block + "\n"
    }
    return out + summary() + "\n"
  }

  // MARK: - JSON

  func position(_ s: RevisionSide, _ range: TextRange) -> JSONObject {
    let at = side(s).place(range)
    let a = at.lines.position(of: at.range.start)
    let b = at.lines.position(of: at.range.end)
    return [
      "file": .string(at.path), "side": .string(s.rawValue), "line": .int(a.line), "column": .int(a.column),
      "endLine": .int(b.line), "endColumn": .int(b.column),
    ]
  }

  func json() -> String {
    func revision(_ s: DiffSide) -> JSON {
      .object([
        "file": .string(s.file.path), "version": s.checked.survey.version.map { .string($0) } ?? .null,
        "languages": .array(s.checked.survey.languages.map { .string($0) }),
      ])
    }
    let changes = diff.changes.map { c -> JSON in
      var fields: JSONObject = [
        "code": .string(c.code.rawValue), "class": .string(Self.label(c.changeClass)),
        "variables": .array(c.variables.map { .string($0) }), "message": .string(c.message),
      ]
      fields += position(c.side, c.range)
      // The anchor is in NEW: its place without the file and the side.
      fields["anchor"] = .object(JSONObject(position(.new, c.anchor).dropFirst(2).map { ($0.key, $0.value) }))
      fields += [
        "old": c.oldValue.map { .string($0) } ?? .null, "new": c.newValue.map { .string($0) } ?? .null,
        "help": c.help.map { .string($0) } ?? .null,
        "related": .array(c.related.map { .object(position($0.side, $0.range) + ["message": .string($0.message)]) }),
      ]
      return .object(fields)
    }
    let root: JSON = .object([
      "old": revision(old), "new": revision(new), "breaking": .bool(diff.isBreaking),
      "counts": .object([
        "breaking": .int(diff.count(.breaking)), "rename": .int(diff.count(.rename)),
        "compatible": .int(diff.count(.compatible)),
      ]), "changes": .array(changes), "diagnostics": .array([]),
    ])
    return root.render() + "\n"
  }

  // MARK: - Markdown

  static func cell(_ s: String) -> String {
    var out = ""
    for ch in s.unicodeScalars {
      switch ch {
      case "|": out += "\\|"
      case "\n", "\r": out += " "
      case "<": out += "&lt;"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }

  func markdown() -> String {
    var out = "### qdsl diff: `\(Self.cell(old.file.path))` → `\(Self.cell(new.file.path))`\n\n"
    let verdict =
      diff.isBreaking
      ? "**Breaking**: this revision breaks comparability with the old one."
      : "**Compatible**: nothing the old data means changes."
    out += verdict + " " + counts().prefix(1).uppercased() + counts().dropFirst() + ".\n"
    let sections: [(RevisionClass, String)] = [
      (.breaking, "Breaking changes"), (.rename, "Likely renames"), (.compatible, "Compatible changes"),
    ]
    for (c, title) in sections {
      let changes = diff.changes.filter { $0.changeClass == c }
      guard !changes.isEmpty else { continue }
      out += "\n#### \(title)\n\n| code | variables | change | was | now | where |\n|---|---|---|---|---|---|\n"
      for change in changes {
        let at = side(change.side).place(change.range)
        let p = at.lines.position(of: at.range.start)
        let variables =
          change.variables.prefix(4).map { "`\($0)`" }.joined(separator: ", ")
          + (change.variables.count > 4 ? " …" : "")
        let code = "[\(change.code.rawValue)](\(DiagnosticDocumentation.url(change.code)))"
        out += "| \(code) | \(variables) | \(Self.cell(change.message)) | \(Self.cell(change.oldValue ?? "")) | "
        out += "\(Self.cell(change.newValue ?? "")) | `\(Self.cell(at.path)):\(p.line)` |\n"
      }
    }
    return out
  }

  // MARK: - Entries for SARIF and GitHub

  /// A place as a report location. Places in an old revision read from git are not files of the working
  /// tree: they are shown at the matching place in NEW, with the old position in the message.
  func location(_ s: RevisionSide, _ range: TextRange, anchor: TextRange, message: String) -> (ReportLocation, String?)
  {
    let d = side(s)
    let at = d.place(range)
    if d.isWorkingFile {
      return (ReportLocation(path: at.path, lines: at.lines, range: at.range, message: message), nil)
    }
    let p = at.lines.position(of: at.range.start)
    let anchored = new.place(anchor)
    return (
      ReportLocation(path: anchored.path, lines: anchored.lines, range: anchored.range, message: message),
      "\(at.path):\(p.line):\(p.column)"
    )
  }

  func entries() -> [ReportEntry] {
    diff.changes.map { c in
      var (place, oldPlace) = location(c.side, c.range, anchor: c.anchor, message: "")
      var message = c.message
      if let oldPlace { message += " (in \(oldPlace))" }
      if let was = c.oldValue { message += "\nwas: " + was }
      if let now = c.newValue, c.oldValue != nil { message += "\nnow: " + now }
      place.message = ""
      let related = c.related.compactMap { r -> ReportLocation? in
        guard side(r.side).isWorkingFile else { return nil }
        let related = location(r.side, r.range, anchor: c.anchor, message: r.message).0
        // In git mode a removal's primary place is its anchor in NEW: do not repeat it.
        return related.path == place.path && related.range == place.range ? nil : related
      }
      var properties: JSONObject = [
        "class": .string(Self.label(c.changeClass)), "variables": .array(c.variables.map { .string($0) }),
      ]
      if let o = c.oldValue { properties["old"] = .string(o) }
      if let n = c.newValue { properties["new"] = .string(n) }
      return ReportEntry(
        code: c.code, level: c.changeClass == .compatible ? .note : .error, message: message, location: place,
        related: related, help: c.help, properties: properties)
    }
  }

  // MARK: - Errors in a revision

  /// The diagnostics of revisions that have errors, in the chosen format.
  static func errors(_ sides: [DiffSide], format: String, new: DiffSide, style: Style) -> String {
    var entries: [ReportEntry] = []
    var text = ""
    var json: [JSON] = []
    for s in sides {
      text += DiagnosticRenderer.text(
        s.checked.diagnostics, path: s.file.path, lines: s.lines, style: style,
        more: "; 'qdsl check --format json' lists every one")
      for d in s.checked.diagnostics {
        json.append(DiagnosticRenderer.json(d, path: s.file.path, lines: s.lines))
        var entry = ReportEntry(d, path: s.file.path, lines: s.lines)
        if !s.isWorkingFile {
          let p = s.lines.position(of: d.range.start)
          entry.message += " (in \(s.file.path):\(p.line):\(p.column))"
          entry.location = ReportLocation(path: new.file.path, lines: new.lines, range: TextRange(0, 0), message: "")
          entry.related = []
        }
        entries.append(entry)
      }
    }
    switch format {
    case "json":
      let root: JSON = .object(["breaking": .bool(false), "changes": .array([]), "diagnostics": .array(json)])
      return root.render() + "\n"
    case "sarif": return SARIFWriter.render(entries)
    case "github": return GitHubAnnotations.render(entries)
    case "markdown":
      let names = sides.map { "`\(cell($0.file.path))`" }.joined(separator: " and ")
      return "### qdsl diff\n\n**Cannot compare**: \(names) \(sides.count == 1 ? "has" : "have") errors.\n\n```text\n"
        + text + "```\n"
    default: return text
    }
  }
}
