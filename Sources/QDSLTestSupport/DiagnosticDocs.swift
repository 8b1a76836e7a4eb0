// Generates the files made from the diagnostic pages (docs/diagnostics/QDxxxx.md): the `qdsl explain` table
// in Sources/QDSLSyntax/DiagnosticPages.swift and the index docs/diagnostics.md. Tests compare or bless them.

import Foundation
import QDSLSyntax

/// The diagnostic pages and what is generated from them.
public enum DiagnosticDocs {
  public static func pagesDirectory(_ root: URL) -> URL { root.appendingPathComponent("docs/diagnostics") }

  /// Every page as (code, markdown), sorted by code.
  public static func pages(_ root: URL) -> [(code: String, text: String)] {
    Fixtures.files(in: pagesDirectory(root), withExtension: "md").map {
      ($0.deletingPathExtension().lastPathComponent, Fixtures.read($0))
    }
  }

  /// The ```qdsl blocks of a page under a heading (`## Example`, `## Fix`).
  public static func qdslBlocks(_ page: String, under heading: String) -> [String] {
    var blocks: [String] = []
    var inSection = false
    var current: [Substring]?
    for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil && line.hasPrefix("## ") { inSection = line.trimmingCharacters(in: .whitespaces) == heading }
      if line.hasPrefix("```") {
        if current != nil {
          if let c = current { blocks.append(c.joined(separator: "\n") + "\n") }
          current = nil
        } else if inSection && line.hasPrefix("```qdsl") {
          current = []
        }
        continue
      }
      current?.append(line)
    }
    return blocks
  }

  /// The fenced blocks of `language` in the section `heading`, each with the name after the language (```csv
  /// survey.csv; "" when none), in order: the data files (and the report) of a data rule's page.
  public static func namedBlocks(_ page: String, under heading: String, language: String) -> [(
    name: String, text: String
  )] {
    var blocks: [(String, String)] = []
    var inSection = false
    var current: (name: String, lines: [Substring])?
    var inOtherBlock = false
    for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil && !inOtherBlock && line.hasPrefix("## ") {
        inSection = line.trimmingCharacters(in: .whitespaces) == heading
      }
      if line.hasPrefix("```") {
        if let c = current {
          blocks.append((c.name, c.lines.map { $0 + "\n" }.joined()))
          current = nil
        } else if inOtherBlock {
          inOtherBlock = false
        } else {
          let info = line.dropFirst(3).split(separator: " ", maxSplits: 1).map(String.init)
          if inSection && info.first == language {
            current = (info.count > 1 ? info[1] : "", [])
          } else {
            inOtherBlock = true
          }
        }
        continue
      }
      current?.lines.append(line)
    }
    return blocks
  }

  public static func swiftSource(_ pages: [(code: String, text: String)]) -> String {
    var out = """
      // Generated from docs/diagnostics/*.md by `QDSL_BLESS=1 swift test --filter GeneratedFilesTests`; do not edit.
      // swift-format-ignore-file

      /// The long explanation of every diagnostic code, shown by `qdsl explain` and in editors.
      public enum DiagnosticPages {
        public static let pages: [String: String] = [

      """
    for (code, text) in pages {
      out += "    \"\(code)\": #\"\"\"\n\(text.hasSuffix("\n") ? text : text + "\n")\"\"\"#,\n"
    }
    out += "  ]\n}\n"
    return out
  }

  public static func indexMarkdown(_ pages: [(code: String, text: String)]) -> String {
    var out = """
      # Diagnostics

      Every problem qdsl reports has a stable code. Codes are never reused or renumbered; a retired code stays
      listed. They are grouped by the phase that first had them: QD1 syntax, QD2 names, QD3 types,
      QD4 logic and translations, QD5 outputs and revisions,
      QD6 collected data (`qdsl validate-data`, [validate-data.md](validate-data.md)). `qdsl explain CODE` prints the same page as below.

      Errors stop `qdsl check` from passing (exit 1); warnings do not, unless `--warnings-as-errors` is given.
      An instrument that passes every default check has no diagnostics at all.

      This file is generated from [docs/diagnostics/](diagnostics/) by
      `QDSL_BLESS=1 swift test --filter GeneratedFilesTests`; edit the pages, not this file.

      | code | severity | meaning |
      |---|---|---|

      """
    for code in DiagnosticCode.allCases {
      // Revision codes (`qdsl diff`) are classed as breaking or compatible rather than by severity.
      // Data rules (`validate-data`) are errors or notes about collected data.
      let severity =
        code.isRevisionChange
        ? (code.severity == .error ? "breaking (diff)" : "compatible (diff)")
        : code.isDataRule ? (code.severity == .error ? "error (data)" : "note (data)") : code.severity.rawValue
      out += "| [\(code.rawValue)](diagnostics/\(code.rawValue).md) | \(severity) | \(code.summary) |\n"
    }
    for retired in DiagnosticCode.retired.sorted() { out += "| \(retired) | retired | no longer reported |\n" }
    out += "\n"
    for (_, text) in pages {
      // Demote the page's headings by one level inside the index.
      let demoted = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        line.hasPrefix("#") ? "#" + line : String(line)
      }
      out += demoted.joined(separator: "\n")
      if !out.hasSuffix("\n") { out += "\n" }
      out += "\n"
    }
    return out
  }
}
