// Repeated question texts (QD4009): two questions or grids whose source-language texts are the same (the prompts
// of "other, specify" texts, shared by every question using a list, are left out). Computed
// from the item tree, so that the checker and the language server's fast path for typing inside a text give the
// same diagnostics.

import QDSLSyntax

extension Survey {
  /// A warning at each question or grid text that repeats an earlier one, in document order. `replacing` gives
  /// new texts for some source-language strings (by the range of the string in the checked source), as the
  /// language server knows them while the user types inside a text.
  public func duplicateTextDiagnostics(replacing: [TextRange: String] = [:]) -> [Diagnostic] {
    guard let source = sourceLanguage else { return [] }
    var seen: [TextKey: TextRange] = [:]
    var out: [Diagnostic] = []
    func record(_ text: TranslatedText?) {
      guard let entry = text?.entries.first(where: { $0.language == source }) else { return }
      let key = TextKey((replacing[entry.stringRange] ?? entry.template.display).trimmingCharacters())
      guard !key.text.isEmpty else { return }
      if let earlier = seen[key] {
        out.append(
          Diagnostic(
            .duplicateText, "another question already has exactly this text", at: entry.stringRange,
            related: [.init(earlier, "the same text")],
            help: "respondents and analysts cannot tell the two questions apart; reword one of them"))
      } else {
        seen[key] = entry.stringRange
      }
    }
    func walk(_ items: [Item]) {
      for item in items {
        switch item.kind {
        case .section(let s): walk(s.items)
        case .repeat(let r): walk(r.items)
        case .conditional(let c): for b in c.branches { walk(b.items) }
        case .question(let q): if q.specifies == nil { record(q.text) }
        case .grid(let g): record(g.text)
        case .calculate, .note, .end: break
        }
      }
    }
    walk(items)
    return out
  }
}

/// A text compared and hashed by its UTF-8 bytes: hashing a `String` normalises non-ASCII text (Finnish, Swedish)
/// first, which made the repeated-text check one of the checker's largest costs. Texts are compared as written.
struct TextKey: Hashable {
  let text: String
  init(_ text: String) { self.text = text }

  static func == (a: TextKey, b: TextKey) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

  func hash(into hasher: inout Hasher) {
    var copy = text
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
